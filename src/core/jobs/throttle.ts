/**
 * Calls `fn` at most once per `intervalMs`: the first call runs at once, later ones within the window are merged
 * into one trailing call with the latest arguments. `flush` runs a pending call now; `cancel` drops it.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs: number) {
  let last = -Infinity;
  let pending: A | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (args: A) => {
    last = performance.now();
    pending = null;
    fn(...args);
  };
  return {
    call(...args: A) {
      const wait = last + intervalMs - performance.now();
      if (wait <= 0 && !timer) return run(args);
      pending = args;
      timer ??= setTimeout(() => {
        timer = null;
        if (pending) run(pending);
      }, Math.max(0, wait));
    },
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      if (pending) run(pending);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
