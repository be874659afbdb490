import { randomUUID } from 'node:crypto';
import { AppError, type Job } from '../../shared/index.ts';
import type { JobRepo } from '../storage/index.ts';
import type { EventBus } from '../events/event-bus.ts';
import { throttle } from './throttle.ts';

export interface JobContext {
  readonly jobId: string;
  readonly signal: AbortSignal;
  /** Report progress (0..1) and a short message; persisted and emitted at most ~10 times a second. */
  progress(fraction: number, message?: string): void;
}

export type JobRunner<T> = (ctx: JobContext) => Promise<T>;

interface Running {
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Long work as jobs: `start` returns an id at once; the runner reports progress through a throttled channel;
 * `cancel` aborts its signal; every state change is persisted, so a job that was running when the process died is
 * shown as interrupted after restart.
 */
export class JobManager {
  readonly #repo: JobRepo;
  readonly #events: EventBus;
  readonly #intervalMs: number;
  readonly #running = new Map<string, Running>();

  constructor(repo: JobRepo, events: EventBus, { progressIntervalMs = 100 } = {}) {
    this.#repo = repo;
    this.#events = events;
    this.#intervalMs = progressIntervalMs;
  }

  /** Call once at start-up. */
  async recover(): Promise<number> {
    return this.#repo.markInterrupted();
  }

  async start<T>(kind: string, input: unknown, runner: JobRunner<T>): Promise<string> {
    const id = randomUUID();
    await this.#repo.create(id, kind, input);
    const controller = new AbortController();
    let lastWrite: Promise<unknown> = Promise.resolve();
    const report = throttle((fraction: number, message: string) => {
      const progress = Math.min(1, Math.max(0, Number.isFinite(fraction) ? fraction : 0));
      this.#events.emit('job.progress', { jobId: id, kind, state: 'running', progress, message });
      lastWrite = lastWrite.then(() => this.#repo.update(id, { progress, message })).catch(() => undefined);
    }, this.#intervalMs);

    const ctx: JobContext = {
      jobId: id,
      signal: controller.signal,
      progress: (fraction, message = '') => {
        if (!controller.signal.aborted) report.call(fraction, message);
      },
    };

    const done = (async () => {
      await this.#repo.update(id, { state: 'running' });
      let final: Job;
      try {
        const result = await runner(ctx);
        controller.signal.throwIfAborted();
        report.flush();
        await lastWrite;
        final = await this.#repo.update(id, { state: 'succeeded', progress: 1, result: result ?? null });
      } catch (err) {
        report.cancel();
        await lastWrite;
        final = controller.signal.aborted
          ? await this.#repo.update(id, { state: 'cancelled', message: 'Cancelled.' })
          : await this.#repo.update(id, { state: 'failed', error: err instanceof Error ? err.message : String(err) });
      }
      this.#running.delete(id);
      this.#events.emit('job.finished', final);
    })().catch(() => {
      // The database went away under us (shutdown); nothing left to record.
      this.#running.delete(id);
    });
    this.#running.set(id, { controller, done });
    return id;
  }

  async cancel(id: string): Promise<Job> {
    const running = this.#running.get(id);
    if (!running) {
      const job = await this.#repo.get(id); // NOT_FOUND for unknown ids
      if (job.state === 'running' || job.state === 'queued') {
        throw new AppError('CONFLICT', `Job ${id} is not running in this process.`);
      }
      return job; // already finished: cancelling is a no-op
    }
    running.controller.abort(new AppError('CANCELLED', 'Cancelled by the user.'));
    await running.done;
    return this.#repo.get(id);
  }

  get(id: string): Promise<Job> {
    return this.#repo.get(id);
  }

  list(): Promise<Job[]> {
    return this.#repo.list();
  }

  /** Wait for a job to settle (tests, CLI). */
  async wait(id: string): Promise<Job> {
    await this.#running.get(id)?.done;
    return this.#repo.get(id);
  }

  /** Cancel everything still running and wait for it to record its final state. */
  async dispose(): Promise<void> {
    const all = [...this.#running.values()];
    for (const r of all) r.controller.abort(new AppError('CANCELLED', 'The app is shutting down.'));
    await Promise.all(all.map((r) => r.done));
  }
}
