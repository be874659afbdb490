// Softmax over n logits starting at `offset` (a row of a batched output tensor, or a whole array).
export function softmax(logits: ArrayLike<number>, offset = 0, n = logits.length - offset): number[] {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, logits[offset + i] ?? -Infinity);
  const out = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const e = Math.exp((logits[offset + i] ?? -Infinity) - max);
    out[i] = e;
    sum += e;
  }
  for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) / sum;
  return out;
}
