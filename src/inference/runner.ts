// Where the ONNX session runs. onnxruntime-node's session.run() returns a promise but computes on the calling thread
// (measured: a 380 ms batch stalls the event loop for 380 ms), so by default the session lives in a worker thread and
// the main thread only tokenizes and posts ids. In-process mode remains for environments without worker support.
import { Worker } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { createSession } from './providers.ts';
import type { ProviderName, SessionResult } from './providers.ts';

export interface RunOutput {
  task: Float32Array;
  complexity: Float32Array;
}

export interface Runner {
  readonly provider: ProviderName;
  readonly loadMs: number;
  readonly failures: SessionResult['failures'];
  readonly mode: 'worker' | 'in-process';
  run(batch: readonly (readonly number[])[]): Promise<RunOutput>;
  release(): Promise<void>;
}

export interface RunnerOptions {
  threads: number;
  providers: readonly ProviderName[];
  /** The worker script; default session-worker.ts beside this file (bundled builds pass their emitted .js). */
  workerPath?: string | URL | undefined;
}

/** Pack a batch into int64 tensors padded to its longest member (attention_mask marks real tokens). */
export function batchTensors(batch: readonly (readonly number[])[]): { input_ids: ort.Tensor; attention_mask: ort.Tensor } {
  const L = Math.max(...batch.map((b) => b.length));
  const ids = new BigInt64Array(batch.length * L);
  const mask = new BigInt64Array(batch.length * L);
  batch.forEach((row, r) => {
    for (let j = 0; j < row.length; j++) {
      ids[r * L + j] = BigInt(row[j] ?? 0);
      mask[r * L + j] = 1n;
    }
  });
  return {
    input_ids: new ort.Tensor('int64', ids, [batch.length, L]),
    attention_mask: new ort.Tensor('int64', mask, [batch.length, L]),
  };
}

export async function runSession(session: ort.InferenceSession, batch: readonly (readonly number[])[]): Promise<RunOutput> {
  const out = await session.run(batchTensors(batch));
  const task = out.task_logits?.data;
  const complexity = out.complexity_logits?.data;
  if (!(task instanceof Float32Array) || !(complexity instanceof Float32Array)) {
    throw new Error('model output is missing task_logits/complexity_logits');
  }
  return { task, complexity };
}

export async function createInProcessRunner(modelPath: string, opts: RunnerOptions): Promise<Runner> {
  const res = await createSession(modelPath, opts);
  return {
    provider: res.provider,
    loadMs: res.loadMs,
    failures: res.failures,
    mode: 'in-process',
    run: (batch) => runSession(res.session, batch),
    release: () => res.session.release(),
  };
}

type FromWorker =
  | { type: 'ready'; provider: ProviderName; loadMs: number; failures: SessionResult['failures'] }
  | { type: 'init-error'; message: string }
  | { type: 'result'; id: number; task: Float32Array; complexity: Float32Array }
  | { type: 'run-error'; id: number; message: string };

/** Start the session in a worker thread (session-worker.ts). Rejects if the worker or the model cannot start. */
export function createWorkerRunner(modelPath: string, opts: RunnerOptions): Promise<Runner> {
  const worker = new Worker(opts.workerPath ?? new URL('./session-worker.ts', import.meta.url), {
    workerData: { modelPath, threads: opts.threads, providers: [...opts.providers] },
  });
  // The worker keeps the process alive only while it has work (start-up or pending runs), so a CLI exits on its own.
  const pending = new Map<number, { resolve: (o: RunOutput) => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let dead: Error | undefined;
  const failAll = (err: Error): void => {
    dead = err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  return new Promise<Runner>((resolve, reject) => {
    let started = false;
    worker.on('error', (err) => {
      failAll(err);
      if (!started) reject(err);
    });
    worker.on('exit', (code) => {
      const err = new Error(`inference worker exited (code ${code})`);
      failAll(err);
      if (!started) reject(err);
    });
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        started = true;
        worker.unref();
        resolve({
          provider: msg.provider,
          loadMs: msg.loadMs,
          failures: msg.failures,
          mode: 'worker',
          run(batch) {
            if (dead) return Promise.reject(dead);
            const id = nextId++;
            return new Promise<RunOutput>((res, rej) => {
              if (pending.size === 0) worker.ref();
              pending.set(id, { resolve: res, reject: rej });
              worker.postMessage({ type: 'run', id, batch });
            });
          },
          async release() {
            dead = new Error('classifier has been disposed');
            await worker.terminate();
          },
        });
      } else if (msg.type === 'init-error') {
        started = true;
        void worker.terminate();
        reject(new Error(msg.message));
      } else if (msg.type === 'result' || msg.type === 'run-error') {
        const p = pending.get(msg.id);
        pending.delete(msg.id);
        if (pending.size === 0) worker.unref();
        if (!p) return;
        if (msg.type === 'result') p.resolve({ task: msg.task, complexity: msg.complexity });
        else p.reject(new Error(msg.message));
      }
    });
  });
}
