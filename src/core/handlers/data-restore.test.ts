import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../app-core.ts';
import { tempDir } from '../testing/temp-dir.ts';

describe('data.backups and data.restore', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(async () => {
    dir = tempDir();
    core = await createCore({ dataDir: dir.path, mode: 'test', log: () => {} });
  });
  afterEach(async () => {
    await core.dispose();
    dir.remove();
  });

  const runJob = async (route: 'data.backup' | 'data.restore', input: object) => {
    const started = await core.dispatch(route, input);
    if (!started.ok) throw new Error(started.error.message);
    return core.jobs.wait((started.data as { jobId: string }).jobId);
  };

  it('restores history, library and settings from a backup, after backing up the current data', async () => {
    const kept = await core.library.create({ title: 'Kept prompt', body: 'Review {{diff}}', notes: '', tags: ['dev'] });
    await core.history.add({
      input: 'Summarize the zanzibar report',
      output: 'You are…',
      intent: 'summarization',
      confidence: 0.9,
      complexity: 'simple',
      techniques: [],
      timings: {},
      modelVersion: 'rules@1',
      targetModel: null,
      source: 'window',
      quality: null,
    });
    await core.settings.update({ theme: 'dark', maxTechniques: 7 });
    const backup = await runJob('data.backup', {});
    expect(backup.state).toBe('succeeded');

    await core.library.delete(kept.id);
    await core.library.create({ title: 'Added later', body: 'x', notes: '', tags: [] });
    await core.settings.update({ theme: 'light' });
    const listed = await core.dispatch('data.backups', {});
    expect(listed.ok && (listed.data as unknown[]).length).toBe(1);
    const name = (listed as { data: { name: string }[] }).data[0]!.name;

    const restored = await runJob('data.restore', { name });
    expect(restored.state).toBe('succeeded');
    expect(restored.result).toMatchObject({ history: 1, library: 1 });
    const lib = await core.library.list({ limit: 10, offset: 0 });
    expect(lib.items.map((i) => [i.title, i.tags])).toEqual([['Kept prompt', ['dev']]]);
    expect((await core.library.list({ query: 'diff', limit: 10, offset: 0 })).total).toBe(1); // FTS follows
    expect((await core.history.list({ query: 'zanzibar', limit: 10, offset: 0 })).total).toBe(1);
    expect(await core.settings.getAll()).toMatchObject({ theme: 'dark', maxTechniques: 7 });
    // The data from before the restore was kept as a backup of its own.
    expect(((await core.dispatch('data.backups', {})) as { data: unknown[] }).data).toHaveLength(2);
  });

  it('refuses names outside the backups folder, missing backups and files that are not backups', async () => {
    expect(await core.dispatch('data.restore', { name: '../betterprompts.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await core.dispatch('data.restore', { name: 'nope.db' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    mkdirSync(join(dir.path, 'backups'), { recursive: true });
    writeFileSync(join(dir.path, 'backups', 'junk.db'), 'not sqlite at all');
    expect(await core.dispatch('data.restore', { name: 'junk.db' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
