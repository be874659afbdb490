// Worker thread that owns the onnxruntime session (see runner.ts for why).
import { parentPort, workerData } from 'node:worker_threads';
import { createSession } from './providers.ts';
import type { ProviderName } from './providers.ts';
import { runSession } from './runner.ts';

interface Init {
  modelPath: string;
  threads: number;
  providers: ProviderName[];
}

const port = parentPort;
if (!port) throw new Error('session-worker.ts must run in a worker thread');
const init = workerData as Init;

try {
  const res = await createSession(init.modelPath, { threads: init.threads, providers: init.providers });
  port.on('message', (msg: { type: 'run'; id: number; batch: number[][] }) => {
    runSession(res.session, msg.batch).then(
      (out) => {
        // Copies own their buffers, so they can be transferred (onnxruntime's output memory may not be detachable).
        const task = out.task.slice();
        const complexity = out.complexity.slice();
        port.postMessage({ type: 'result', id: msg.id, task, complexity }, [task.buffer, complexity.buffer]);
      },
      (err: unknown) => port.postMessage({ type: 'run-error', id: msg.id, message: err instanceof Error ? err.message : String(err) }),
    );
  });
  port.postMessage({ type: 'ready', provider: res.provider, loadMs: res.loadMs, failures: res.failures });
} catch (err) {
  port.postMessage({ type: 'init-error', message: err instanceof Error ? err.message : String(err) });
}
