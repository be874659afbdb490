import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import { createCore, type Core } from '../app-core.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { throttle } from './throttle.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('throttle', () => {
  it('runs the first call at once and merges a burst into one trailing call with the last arguments', async () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 50);
    for (let i = 0; i < 100; i++) t.call(i);
    expect(calls).toEqual([0]);
    await sleep(80);
    expect(calls).toEqual([0, 99]);
  });
});

describe('JobManager', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });
  const makeCore = async (dataDir: string): Promise<Core> => {
    const core = await createCore({ dataDir, mode: 'test' });
    cleanups.push(() => core.dispose());
    return core;
  };

  it('throttles progress events to about 10 per second and persists the final result', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const core = await makeCore(dir.path);
    const events: number[] = [];
    core.events.subscribe((name) => {
      if (name === 'job.progress') events.push(performance.now());
    });
    const start = performance.now();
    const id = await core.jobs.start('test.busy', { n: 1 }, async (ctx) => {
      for (let i = 1; i <= 500; i++) {
        ctx.progress(i / 500, `step ${i}`);
        if (i % 50 === 0) await sleep(50); // ~500 ms of work with 500 progress calls
      }
      return { steps: 500 };
    });
    const job = await core.jobs.wait(id);
    const seconds = (performance.now() - start) / 1000;
    expect(job).toMatchObject({ state: 'succeeded', progress: 1, result: { steps: 500 } });
    // 500 progress calls collapse to a handful of events: no more than ~10 per second (+1 leading, +1 trailing).
    expect(events.length).toBeLessThanOrEqual(Math.ceil(seconds * 10) + 2);
    expect(events.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < events.length - 1; i++) expect(events[i]! - events[i - 1]!).toBeGreaterThanOrEqual(90);
  });

  it('cancels through the AbortSignal and records the job as cancelled', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const core = await makeCore(dir.path);
    let sawAbort = false;
    const id = await core.jobs.start('test.wait', {}, (ctx) =>
      new Promise((_resolve, reject) => {
        ctx.signal.addEventListener('abort', () => {
          sawAbort = true;
          reject(ctx.signal.reason);
        });
      }),
    );
    await sleep(20);
    const result = await core.dispatch('jobs.cancel', { id });
    expect(result).toMatchObject({ ok: true, data: { state: 'cancelled' } });
    expect(sawAbort).toBe(true);
    // Cancelling again is harmless; an unknown id is NOT_FOUND.
    expect(await core.dispatch('jobs.cancel', { id })).toMatchObject({ ok: true, data: { state: 'cancelled' } });
    expect(await core.dispatch('jobs.cancel', { id: 'no-such-job-0000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('a failing runner records its error', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const core = await makeCore(dir.path);
    const id = await core.jobs.start('test.fail', {}, async () => {
      throw new Error('disk full');
    });
    expect(await core.jobs.wait(id)).toMatchObject({ state: 'failed', error: 'disk full' });
  });

  it('a job running when the process stopped is shown as interrupted after restart', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const first = await createCore({ dataDir: dir.path, mode: 'test' });
    const id = await first.jobs.start('test.forever', {}, () => new Promise(() => {}));
    await sleep(20);
    // Simulate a crash: the database closes under the job without the job manager getting to record anything.
    await first.database.close();
    const second = await makeCore(dir.path);
    const res = await second.dispatch('jobs.get', { id });
    expect(res).toMatchObject({ ok: true, data: { id, state: 'interrupted' } });
  });

  it('data.backup copies the database with progress events, and cancel leaves no partial file', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const core = await makeCore(dir.path);
    for (let i = 0; i < 300; i++) await core.library.create({ title: `Prompt ${i}`, body: 'x'.repeat(2000), notes: '', tags: [] });
    const progress: number[] = [];
    core.events.subscribe((name, p) => {
      if (name === 'job.progress') progress.push((p as { progress: number }).progress);
    });
    const started = await core.dispatch('data.backup', {});
    expect(started.ok).toBe(true);
    const jobId = (started as { data: { jobId: string } }).data.jobId;
    const job = await core.jobs.wait(jobId);
    expect(job.state).toBe('succeeded');
    const path = (job.result as { path: string }).path;
    expect(existsSync(path)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
  });

  it('a cancelled backup removes its partial file', async () => {
    const dir = tempDir();
    cleanups.push(dir.remove);
    const core = await makeCore(dir.path);
    for (let i = 0; i < 200; i++) await core.library.create({ title: `Prompt ${i}`, body: 'y'.repeat(4000), notes: '', tags: [] });
    const { backupDatabase } = await import('../backup.ts');
    const controller = new AbortController();
    let steps = 0;
    const run = backupDatabase(core.database.sqlite, dir.path, {
      jobId: 'x',
      signal: controller.signal,
      progress: () => {
        if (++steps === 2) controller.abort(new Error('stop'));
      },
    }, 8);
    await expect(run).rejects.toThrow();
    const backups = join(dir.path, 'backups');
    expect(existsSync(backups) ? readdirSync(backups) : []).toEqual([]);
  });
});
