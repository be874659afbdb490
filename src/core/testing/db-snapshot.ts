import type BetterSqlite3 from 'better-sqlite3';

/** Every row of every app table, as one string: equal snapshots mean no side effect happened. */
export function snapshotTables(sqlite: BetterSqlite3.Database): string {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .all() as { name: string }[];
  return JSON.stringify(tables.map(({ name }) => [name, sqlite.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()]));
}
