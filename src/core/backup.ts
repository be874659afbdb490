import { mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { JobContext } from './jobs/job-manager.ts';

/**
 * Copies the live database page by page with SQLite's online backup API, so the app keeps working meanwhile and the
 * copy is consistent. A cancelled or failed backup leaves no partial file behind.
 */
export async function backupDatabase(sqlite: BetterSqlite3.Database, dataDir: string, ctx: JobContext, pagesPerStep = 256) {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `betterprompts-${new Date().toISOString().replace(/[:.]/g, '-')}.db`);
  try {
    await sqlite.backup(file, {
      progress: ({ totalPages, remainingPages }) => {
        ctx.signal.throwIfAborted();
        ctx.progress(totalPages ? (totalPages - remainingPages) / totalPages : 1, `Copied ${totalPages - remainingPages} of ${totalPages} pages`);
        return pagesPerStep;
      },
    });
    ctx.signal.throwIfAborted();
  } catch (err) {
    rmSync(file, { force: true });
    throw err;
  }
  return { path: file, bytes: statSync(file).size };
}
