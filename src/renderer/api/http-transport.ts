import type { Result } from '../../shared/index.ts';
import type { Transport } from './client.ts';

/** Web mode: POST /api/invoke/<route>; events over one shared EventSource. Auth is the session cookie. */
export function httpTransport(base = ''): Transport {
  let source: EventSource | null = null;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ensureSource = () => {
    if (source) return;
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (msg) => {
      try {
        const { name, payload } = JSON.parse(String(msg.data)) as { name: string; payload: unknown };
        for (const l of listeners.get(name) ?? []) l(payload);
      } catch {
        /* a malformed frame is dropped, the stream goes on */
      }
    };
  };
  return {
    async invoke(route, input) {
      try {
        const res = await fetch(`${base}/api/invoke/${route}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<unknown>;
      } catch (err) {
        return { ok: false, error: { code: 'UNAVAILABLE', message: `Cannot reach BetterPrompts: ${err instanceof Error ? err.message : String(err)}` } };
      }
    },
    on(event, listener) {
      ensureSource();
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
  };
}
