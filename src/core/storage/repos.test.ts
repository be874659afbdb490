import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDatabase, type OpenedDatabase } from './database.ts';
import { HistoryRepo, type NewHistoryEntry } from './history-repo.ts';
import { LibraryRepo } from './library-repo.ts';
import { SettingsRepo } from './settings-repo.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { DEFAULT_SETTINGS } from '../../shared/index.ts';

const entry = (over: Partial<NewHistoryEntry> = {}): NewHistoryEntry => ({
  input: 'Summarize the quarterly report for the board',
  output: 'You are summarizing…',
  intent: 'summarization',
  confidence: 0.91,
  complexity: 'moderate',
  techniques: [{ id: 'structured_output', reason: 'a summary reads best as bullets' }],
  timings: { classify: 3.2, total: 4.1 },
  modelVersion: 'rules@1',
  targetModel: 'claude',
  source: 'window',
  quality: { before: 41, after: 78 },
  ...over,
});

describe('repositories', () => {
  let dir: ReturnType<typeof tempDir>;
  let opened: OpenedDatabase;
  beforeEach(async () => {
    dir = tempDir();
    opened = await openDatabase(join(dir.path, 'bp.db'));
  });
  afterEach(async () => {
    await opened.close();
    dir.remove();
  });

  it('history: add, get, FTS search, filters, favorite, feedback, delete and restore', async () => {
    const repo = new HistoryRepo(opened.db);
    const a = await repo.add(entry(), '2026-01-01T10:00:00.000Z');
    const b = await repo.add(entry({ input: 'Write a haiku about autumn rain', intent: 'creative_writing', techniques: [{ id: 'role', reason: 'r' }] }), '2026-01-02T10:00:00.000Z');
    expect(await repo.get(a.id)).toMatchObject({ input: entry().input, quality: { before: 41, after: 78 }, favorite: false, feedback: null, targetModel: 'claude' });

    expect((await repo.list({ limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([b.id, a.id]); // newest first
    expect((await repo.list({ query: 'quartERly', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([a.id]);
    expect((await repo.list({ query: 'haik', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([b.id]); // prefix
    expect((await repo.list({ query: '"unbalanced AND (', limit: 10, offset: 0 })).total).toBe(0); // FTS syntax is text
    expect((await repo.list({ intent: 'creative_writing', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([b.id]);
    expect((await repo.list({ technique: 'structured_output', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([a.id]);
    expect((await repo.list({ from: '2026-01-02T00:00:00.000Z', limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([b.id]);

    expect((await repo.setFavorite(a.id, true)).favorite).toBe(true);
    expect((await repo.list({ favorite: true, limit: 10, offset: 0 })).items.map((e) => e.id)).toEqual([a.id]);
    expect((await repo.setFeedback(a.id, 'down')).feedback).toBe('down');

    await repo.delete(a.id);
    await expect(repo.get(a.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await repo.list({ query: 'quarterly', limit: 10, offset: 0 })).total).toBe(0);
    expect((await repo.restore(a.id)).id).toBe(a.id);
    expect((await repo.list({ query: 'quarterly', limit: 10, offset: 0 })).total).toBe(1);
    await expect(repo.setFavorite(999, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('history.addMany writes rows in one transaction, searchable like single adds', async () => {
    const repo = new HistoryRepo(opened.db);
    const rows = Array.from({ length: 1203 }, (_, i) => ({
      entry: entry({ input: i === 700 ? 'Translate the zanzibar manifest' : `Prompt number ${i}` }),
      createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    }));
    expect(await repo.addMany(rows)).toBe(1203);
    const all = await repo.list({ limit: 2, offset: 0 });
    expect(all.total).toBe(1203);
    expect(all.items[0]!.input).toBe('Prompt number 1202'); // newest first
    expect((await repo.list({ query: 'zanzibar', limit: 10, offset: 0 })).items.map((e) => e.input)).toEqual(['Translate the zanzibar manifest']);
    expect(await repo.addMany([])).toBe(0);
  });

  it('history.insert (prepared statement) stores exactly what add stores, FTS included', async () => {
    const fast = new HistoryRepo(opened.db, opened.sqlite);
    const slow = new HistoryRepo(opened.db);
    const at = '2026-03-01T08:00:00.000Z';
    const viaInsert = await fast.get(await fast.insert(entry({ input: 'Plan a sprint retrospective agenda' }), at));
    const viaAdd = await slow.add(entry({ input: 'Plan a sprint retrospective agenda' }), at);
    expect({ ...viaInsert, id: 0 }).toEqual({ ...viaAdd, id: 0 });
    expect(viaInsert.id).not.toBe(viaAdd.id);
    const found = await fast.list({ query: 'retrospective', limit: 10, offset: 0 });
    expect(found.items.map((e) => e.id).sort()).toEqual([viaInsert.id, viaAdd.id].sort());
    // Without the raw handle (e.g. inside a transaction) it goes through kysely and still returns the id.
    const id = await slow.insert(entry({ input: 'third' }), at);
    expect((await slow.get(id)).input).toBe('third');
  });

  it('history tolerates a damaged JSON cell instead of failing the whole list', async () => {
    const repo = new HistoryRepo(opened.db);
    const a = await repo.add(entry());
    opened.sqlite.prepare('UPDATE history SET techniques = ? WHERE id = ?').run('{not json', a.id);
    expect((await repo.get(a.id)).techniques).toEqual([]);
  });

  it('library: tags, search, tag filter, update, delete with undo', async () => {
    const repo = new LibraryRepo(opened.db);
    const a = await repo.create({ title: 'Code review', body: 'Review this diff for bugs', notes: '', tags: ['dev', 'dev', ' review '] });
    expect(a.tags).toEqual(['dev', 'review']);
    const b = await repo.create({ title: 'Cover letter', body: 'Write a cover letter', notes: 'for jobs', tags: ['career'] });
    expect((await repo.list({ query: 'diff', limit: 10, offset: 0 })).items.map((i) => i.id)).toEqual([a.id]);
    expect((await repo.list({ tag: 'career', limit: 10, offset: 0 })).items.map((i) => i.id)).toEqual([b.id]);
    const updated = await repo.update(a.id, { title: 'Careful code review', tags: ['dev'] });
    expect(updated).toMatchObject({ title: 'Careful code review', tags: ['dev'] });
    expect((await repo.list({ query: 'careful', limit: 10, offset: 0 })).total).toBe(1);
    expect((await repo.list({ limit: 10, offset: 0 })).tags).toEqual(['career', 'dev']);
    await repo.delete(b.id);
    expect((await repo.list({ limit: 10, offset: 0 })).tags).toEqual(['dev']);
    await repo.restore(b.id);
    expect((await repo.list({ limit: 10, offset: 0 })).total).toBe(2);
    await expect(repo.update(12345, { title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('settings: defaults, partial update, and an invalid stored value falls back to its default', async () => {
    const repo = new SettingsRepo(opened.db);
    expect(await repo.getAll()).toEqual(DEFAULT_SETTINGS);
    expect(await repo.update({ theme: 'dark', maxTechniques: 6 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', maxTechniques: 6 });
    opened.sqlite.prepare("UPDATE settings SET value = '\"neon\"' WHERE key = 'user.theme'").run();
    expect((await repo.getAll()).theme).toBe(DEFAULT_SETTINGS.theme);
    expect((await repo.getAll()).maxTechniques).toBe(6);
    await repo.setInternal('window.bounds', { width: 1000, height: 700 });
    expect(await repo.getInternal('window.bounds', null)).toEqual({ width: 1000, height: 700 });
  });
});
