import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type MigrationProvider } from 'kysely/migration';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema.ts';
import { MIGRATIONS } from './migrations/index.ts';

export interface OpenedDatabase {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  close(): Promise<void>;
}

export const staticMigrationProvider = (migrations = MIGRATIONS): MigrationProvider => ({
  getMigrations: async () => ({ ...migrations }),
});

/** Opens the SQLite file with the pragmas the app relies on. Does not migrate (see `openAndMigrate`). */
export function openSqlite(path: string): BetterSqlite3.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path, { timeout: 5000 });
  // WAL: readers never block the writer, and a crash leaves the database consistent.
  sqlite.pragma('journal_mode = WAL');
  // NORMAL (not FULL) in WAL mode: a commit is durable once it reaches the OS, so a crash or SIGKILL of the app
  // loses nothing it acknowledged (proven by the crash test); only an OS crash or power cut can roll back the last
  // commits. That trade keeps every enhancement save off an fsync on the hotkey path.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (the CLI while the app runs) may hold the write lock briefly; wait rather than fail.
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

export function kyselyOver(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export async function migrate(db: Kysely<Database>, target?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider() });
  const { error, results } = target ? await migrator.migrateTo(target) : await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function openDatabase(path: string): Promise<OpenedDatabase> {
  const sqlite = openSqlite(path);
  const db = kyselyOver(sqlite);
  try {
    await migrate(db);
  } catch (err) {
    sqlite.close();
    throw err;
  }
  let closed = false;
  return {
    sqlite,
    db,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy(); // closes the better-sqlite3 handle too
    },
  };
}
