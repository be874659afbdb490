// Restore from a backup made by `data.backup`: the current data is backed up first, then history, library and
// user settings are replaced by the backup's in one transaction (all or nothing). Jobs are not restored.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError, type BackupInfo } from '../../shared/index.ts';
import { backupDatabase } from '../backup.ts';
import type { JobContext } from '../jobs/job-manager.ts';
import { MIGRATION_NAMES } from '../storage/index.ts';

const TABLES = ['history', 'library', 'library_tags', 'settings'] as const;

export const backupsDir = (dataDir: string): string => join(dataDir, 'backups');

export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => {
      const st = statSync(join(dir, name));
      return { name, path: join(dir, name), bytes: st.size, createdAt: st.mtime.toISOString() };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

const columnsOf = (db: BetterSqlite3.Database, schema: string, table: string): string[] =>
  (db.prepare(`PRAGMA ${schema}.table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

/** Checks a backup can be restored into this version: it has the tables and no migration this version lacks. */
function checkBackup(path: string): void {
  let bk: BetterSqlite3.Database;
  try {
    bk = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new AppError('VALIDATION', `Cannot open the backup: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const integrity = bk.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new AppError('VALIDATION', `The backup is damaged (${String(integrity)}); choose another one.`);
    const tables = new Set((bk.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new AppError('VALIDATION', `This file is not a BetterPrompts backup (no ${missing.join(', ')} table).`);
    if (tables.has('kysely_migration')) {
      const names = (bk.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name);
      const newer = names.filter((n) => !MIGRATION_NAMES.includes(n));
      if (newer.length) throw new AppError('CONFLICT', `The backup comes from a newer BetterPrompts (${newer.join(', ')}); update the app to restore it.`);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION', `Cannot read the backup: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    bk.close();
  }
}

export function resolveBackup(dataDir: string, name: string): string {
  const path = join(backupsDir(dataDir), name);
  if (!existsSync(path)) throw new AppError('NOT_FOUND', `No backup named ${name} in ${backupsDir(dataDir)}.`);
  checkBackup(path);
  return path;
}

export async function restoreBackup(sqlite: BetterSqlite3.Database, dataDir: string, path: string, ctx: JobContext) {
  // 1. Keep what is there now, so a restore can itself be undone.
  const safety = await backupDatabase(sqlite, dataDir, { ...ctx, progress: (f, m) => ctx.progress(f * 0.5, `Backing up current data first: ${m ?? ''}`) });
  ctx.signal.throwIfAborted();
  ctx.progress(0.55, 'Restoring…');
  // 2. Replace the rows in one transaction, copying the columns both versions have.
  sqlite.prepare('ATTACH DATABASE ? AS bk').run(path);
  const counts: Record<string, number> = {};
  try {
    sqlite.transaction(() => {
      sqlite.prepare('DELETE FROM library_tags').run();
      sqlite.prepare('DELETE FROM library').run();
      sqlite.prepare('DELETE FROM history').run();
      sqlite.prepare("DELETE FROM settings WHERE key LIKE 'user.%'").run();
      for (const table of ['history', 'library', 'library_tags', 'settings'] as const) {
        const mine = columnsOf(sqlite, 'main', table);
        const theirs = new Set(columnsOf(sqlite, 'bk', table));
        const cols = mine.filter((c) => theirs.has(c)).map((c) => `"${c}"`).join(', ');
        const where = table === 'settings' ? " WHERE key LIKE 'user.%'" : '';
        counts[table] = sqlite.prepare(`INSERT INTO main.${table} (${cols}) SELECT ${cols} FROM bk.${table}${where}`).run().changes;
      }
    })();
  } finally {
    sqlite.prepare('DETACH DATABASE bk').run();
  }
  ctx.progress(1, 'Restored');
  return { restoredFrom: path, safetyBackup: safety.path, history: counts.history ?? 0, library: counts.library ?? 0, settings: counts.settings ?? 0 };
}
