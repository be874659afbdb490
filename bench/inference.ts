// Benchmark of the on-device intent model. Prints one JSON object:
// session load time; single-prompt latency p50/p95 at 16, 64 and 256 tokens with 1 and 2 threads; batch-32 throughput
// of short prompts; end-to-end classifier latency (tokenize + run + rules and n-gram head) incl. a 100 KB prompt; and
// the same model-level numbers for a DeBERTa-v3-base-sized model (768 hidden, 12 layers, 128k vocabulary, random
// weights) exported by the same code (training/intent/export.py --random-base), built on first use into
// training/.work/bench-base (gitignored).
//   npm run bench:inference [-- --iterations 200 --no-base]
import { existsSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { batchTensors, createIntentClassifier, DEFAULT_MODEL_DIR } from '../src/inference/index.ts';

const args = process.argv.slice(2);
const arg = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const v = i >= 0 ? Number(args[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const ITER = arg('iterations', 200);
const BASE_ITER = arg('base-iterations', 12);
const root = fileURLToPath(new URL('..', import.meta.url));
const baseDir = join(root, 'training', '.work', 'bench-base');

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const r2 = (x: number): number => Math.round(x * 100) / 100;

/** Deterministic ids in [5, vocab): a "prompt" of exactly `len` tokens incl. [CLS]/[SEP]. */
function ids(len: number, vocab: number, seed: number): number[] {
  let s = seed;
  const body = Array.from({ length: len - 2 }, () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return 5 + (s % (vocab - 5));
  });
  return [1, ...body, 2];
}

async function benchModel(path: string, vocab: number, iterations: number) {
  const out: Record<string, unknown> = { file: path.replace(root, ''), mb: r2(statSync(path).size / 2 ** 20) };
  for (const threads of [1, 2]) {
    const t0 = performance.now();
    const s = await ort.InferenceSession.create(path, {
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      graphOptimizationLevel: 'all',
      executionMode: 'sequential',
    });
    const loadMs = performance.now() - t0;
    const lat: Record<string, { p50: number; p95: number; n: number }> = {};
    for (const len of [16, 64, 256]) {
      const feeds = batchTensors([ids(len, vocab, len)]);
      for (let i = 0; i < 3; i++) await s.run(feeds);
      const xs: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const a = performance.now();
        await s.run(feeds);
        xs.push(performance.now() - a);
      }
      lat[`${len}`] = { p50: r2(pct(xs, 50)), p95: r2(pct(xs, 95)), n: xs.length };
    }
    // Batch of 32 short prompts (12-28 tokens, padded to the longest), as concurrent app requests are run.
    const batch = Array.from({ length: 32 }, (_, i) => ids(12 + (i % 17), vocab, 1000 + i));
    const feeds = batchTensors(batch);
    await s.run(feeds);
    const reps = Math.max(3, Math.round(iterations / 10));
    const b0 = performance.now();
    for (let i = 0; i < reps; i++) await s.run(feeds);
    const secs = (performance.now() - b0) / 1000;
    out[`threads_${threads}`] = {
      loadMs: r2(loadMs),
      latencyMs: lat,
      batch32: { promptsPerSec: Math.round((32 * reps) / secs), msPerBatch: r2((secs * 1000) / reps) },
    };
    await s.release();
  }
  return out;
}

async function endToEnd() {
  const res: Record<string, unknown> = {};
  for (const threads of [1, 2]) {
    const c = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, threads });
    // The same with the encoder asked for every prompt (the app skips it where the rules and the n-gram head agree).
    const e = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, threads, skipEncoderAt: 2 });
    const info = c.info();
    const prompt =
      'You are a senior editor. Rewrite the following paragraph so it sounds more professional and keep it under 80 words: ' +
      'hey team, the launch got pushed to friday because QA found two bugs in checkout, pls update your calendars.';
    const timeOne = async (clf: typeof c, text: string): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < ITER; i++) {
        const a = performance.now();
        await clf.predict(text);
        out.push(performance.now() - a);
      }
      return out;
    };
    const xs = await timeOne(c, prompt);
    const xe = await timeOne(e, prompt);
    const clear = 'Write a short poem about the first snow of the year.';
    const xq = await timeOne(c, clear);
    const big = 'Summarize this server log. ' + 'INFO request handled in 12 ms by worker 7 with status 200\n'.repeat(2000);
    const ys: number[] = [];
    for (let i = 0; i < 20; i++) {
      const a = performance.now();
      await c.predict(big.slice(0, 100_000));
      ys.push(performance.now() - a);
    }
    // Event-loop responsiveness while the model works (onnxruntime-node runs inference off the JS thread).
    const h = monitorEventLoopDelay({ resolution: 1 });
    h.enable();
    await Promise.all(Array.from({ length: 64 }, (_, i) => e.predict(`${prompt} (${i}) ${'more context '.repeat(i % 20)}`)));
    h.disable();
    const loopDelayMs = { p99: r2(h.percentile(99) / 1e6), max: r2(h.max / 1e6) };
    const many = Array.from({ length: 32 }, (_, i) => `Give me ${i + 3} ideas for a team offsite in spring.`);
    const reps = 20;
    const perSec = async (clf: typeof c): Promise<number> => {
      await clf.predictBatch(many);
      const b0 = performance.now();
      for (let i = 0; i < reps; i++) await clf.predictBatch(many);
      return Math.round((32 * reps) / ((performance.now() - b0) / 1000));
    };
    const batchApp = await perSec(c);
    const batchEncoder = await perSec(e);
    res[`threads_${threads}`] = {
      provider: info.provider,
      loadMs: r2(info.loadMs),
      warmupMs: r2(info.warmupMs),
      prompt: { p50: r2(pct(xs, 50)), p95: r2(pct(xs, 95)) },
      promptEncoderAlways: { p50: r2(pct(xe, 50)), p95: r2(pct(xe, 95)) },
      clearPromptAnsweredByHeads: { p50: r2(pct(xq, 50)), p95: r2(pct(xq, 95)) },
      prompt100KB: { p50: r2(pct(ys, 50)), p95: r2(pct(ys, 95)) },
      batch32PromptsPerSec: batchApp,
      batch32PromptsPerSecEncoderAlways: batchEncoder,
      encoderCalls: c.info().encoderCalls,
      eventLoopDelayDuring64ConcurrentMs: loopDelayMs,
    };
    await c.dispose();
    await e.dispose();
  }
  return res;
}

const small = await benchModel(join(DEFAULT_MODEL_DIR, 'model.onnx'), 8000, ITER);
const e2e = await endToEnd();
const result: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version, ort: ort.env.versions.common },
  iterations: ITER,
  model: small,
  classifierEndToEnd: e2e,
};
if (!args.includes('--no-base')) {
  if (!existsSync(join(baseDir, 'model.onnx'))) {
    execFileSync(process.env.PYTHON ?? '/usr/bin/python3', ['export.py', '--random-base', baseDir], {
      cwd: join(root, 'training', 'intent'),
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const base = await benchModel(join(baseDir, 'model.onnx'), 128000, BASE_ITER);
  result.debertaV3BaseSized = base;
  const get = (m: Record<string, unknown>, t: number, len: string): number =>
    ((m[`threads_${t}`] as { latencyMs: Record<string, { p50: number }> }).latencyMs[len]?.p50 ?? NaN);
  result.speedupVsBase = Object.fromEntries(
    [1, 2].flatMap((t) => ['16', '64', '256'].map((len) => [`threads${t}_${len}tok_p50`, r2(get(base, t, len) / get(small, t, len))])),
  );
}
console.log(JSON.stringify(result, null, 1));
