// ONNX ↔ PyTorch logits parity, run by onnxruntime-node (Debian has no Python onnxruntime).
// Usage: node training/intent/check_onnx.ts [dir]   (dir defaults to training/.work/onnx)
// Fails (exit 1) when the fp32 model differs from PyTorch by more than 1e-4 on any logit, or when the int8 model changes
// the predicted task on any parity item; prints the max differences as JSON.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';

interface Item { ids: number[]; task_logits: number[]; complexity_logits: number[] }

const dir = process.argv[2] ?? join(import.meta.dirname, '..', '.work', 'onnx');
const { items } = JSON.parse(readFileSync(join(dir, 'parity.json'), 'utf8')) as { items: Item[] };

const argmax = (xs: ArrayLike<number>): number => {
  let b = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? 0) > (xs[b] ?? 0)) b = i;
  return b;
};

async function check(file: string): Promise<{ maxDiff: number; argmaxAgree: number; batchedMaxDiff: number }> {
  const s = await ort.InferenceSession.create(join(dir, file), { intraOpNumThreads: 1, graphOptimizationLevel: 'all' });
  let maxDiff = 0;
  let agree = 0;
  const single: Float32Array[] = [];
  for (const it of items) {
    const n = it.ids.length;
    const out = await s.run({
      input_ids: new ort.Tensor('int64', BigInt64Array.from(it.ids.map(BigInt)), [1, n]),
      attention_mask: new ort.Tensor('int64', new BigInt64Array(n).fill(1n), [1, n]),
    });
    const t = out.task_logits!.data as Float32Array;
    const c = out.complexity_logits!.data as Float32Array;
    single.push(t.slice());
    it.task_logits.forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - (t[i] ?? NaN)))));
    it.complexity_logits.forEach((v, i) => (maxDiff = Math.max(maxDiff, Math.abs(v - (c[i] ?? NaN)))));
    if (argmax(t) === argmax(it.task_logits)) agree++;
  }
  // One padded batch must give the same logits as single calls.
  const L = Math.max(...items.map((i) => i.ids.length));
  const ids = new BigInt64Array(items.length * L);
  const mask = new BigInt64Array(items.length * L);
  items.forEach((it, r) => it.ids.forEach((v, j) => { ids[r * L + j] = BigInt(v); mask[r * L + j] = 1n; }));
  const out = await s.run({
    input_ids: new ort.Tensor('int64', ids, [items.length, L]),
    attention_mask: new ort.Tensor('int64', mask, [items.length, L]),
  });
  const bt = out.task_logits!.data as Float32Array;
  let batchedMaxDiff = 0;
  single.forEach((t, r) => t.forEach((v, i) => (batchedMaxDiff = Math.max(batchedMaxDiff, Math.abs(v - (bt[r * 13 + i] ?? NaN))))));
  await s.release();
  return { maxDiff, argmaxAgree: agree / items.length, batchedMaxDiff };
}

const fp32 = await check('model.fp32.onnx');
const int8 = existsSync(join(dir, 'model.int8.onnx')) ? await check('model.int8.onnx') : null;
console.log(JSON.stringify({ items: items.length, fp32, int8 }));
if (!(fp32.maxDiff <= 1e-4) || fp32.argmaxAgree !== 1) {
  console.error(`fp32 ONNX differs from PyTorch: max |Δlogit| = ${fp32.maxDiff}`);
  process.exit(1);
}
