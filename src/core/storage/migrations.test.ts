import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { sql } from 'kysely';
import { kyselyOver, migrate, openSqlite } from './database.ts';
import { MIGRATION_NAMES } from './migrations/index.ts';
import { HistoryRepo } from './history-repo.ts';
import { tempDir } from '../testing/temp-dir.ts';

// Data seeded at each schema version, written with raw SQL as that version's code would have written it.
const SEEDS: Record<string, string[]> = {
  '001-initial': [
    `INSERT INTO history (created_at, input, output, intent, confidence, complexity, techniques, timings, model_version, source)
     VALUES ('2026-01-01T00:00:00.000Z', 'summarize the meeting notes', 'Summarize…', 'summarization', 0.9, 'simple', '[{"id":"cot","reason":"r"}]', '{"total":3}', 'rules@1', 'window')`,
    `INSERT INTO library (title, body, notes, created_at, updated_at) VALUES ('Standup', 'Write my standup', '', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
    `INSERT INTO library_tags (library_id, tag) VALUES (1, 'work')`,
    `INSERT INTO settings (key, value) VALUES ('user.theme', '"dark"')`,
  ],
  '002-history-quality': [
    `INSERT INTO history (created_at, input, output, intent, confidence, complexity, model_version, source, quality, target_model)
     VALUES ('2026-02-01T00:00:00.000Z', 'plan a trip to Lisbon', 'Plan…', 'planning', 0.8, 'moderate', 'rules@1', 'cli', '{"before":40,"after":80}', 'claude')`,
  ],
};

describe('migrations', () => {
  const dirs: { remove: () => void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  it('has a seed for every migration, so each step is tested with data in it', () => {
    expect(Object.keys(SEEDS).sort()).toEqual(MIGRATION_NAMES);
  });

  it.each(MIGRATION_NAMES.map((name, i) => [name, i] as const))('migrates forward to %s from a database seeded at the previous version', async (name, i) => {
    const dir = tempDir();
    dirs.push(dir);
    const sqlite = openSqlite(join(dir.path, 'db.sqlite'));
    const db = kyselyOver(sqlite);
    // Bring the database to each earlier version in turn, seeding as we go.
    for (const prev of MIGRATION_NAMES.slice(0, i)) {
      await migrate(db, prev);
      for (const stmt of SEEDS[prev] ?? []) sqlite.exec(stmt);
    }
    const before = sqlite.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get() as { n: number };
    await migrate(db, name);
    for (const stmt of SEEDS[name] ?? []) sqlite.exec(stmt); // the new version's writes work
    expect((sqlite.prepare('SELECT COUNT(*) AS n FROM sqlite_master').get() as { n: number }).n).toBeGreaterThanOrEqual(before.n);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);

    // Everything seeded earlier is still there and still readable through today's repositories.
    const history = await new HistoryRepo(db).list({ limit: 10, offset: 0 });
    const expectedHistory = MIGRATION_NAMES.slice(0, i + 1).flatMap((n) => SEEDS[n] ?? []).filter((s) => s.includes('INSERT INTO history')).length;
    expect(history.total).toBe(expectedHistory);
    if (i > 0) {
      const found = await new HistoryRepo(db).list({ query: 'meeting', limit: 10, offset: 0 });
      expect(found.items.map((h) => h.input)).toEqual(['summarize the meeting notes']);
      const tags = await sql<{ tag: string }>`SELECT tag FROM library_tags`.execute(db);
      expect(tags.rows).toEqual([{ tag: 'work' }]);
    }
    await db.destroy();
  });

  it('is idempotent: migrating an up-to-date database changes nothing', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const sqlite = openSqlite(join(dir.path, 'db.sqlite'));
    const db = kyselyOver(sqlite);
    await migrate(db);
    const schema = sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    await migrate(db);
    expect(sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(schema);
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    await db.destroy();
  });
});
