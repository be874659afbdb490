import { backupDatabase } from '../backup.ts';
import type { HandlerDeps, HandlersFor } from './deps.ts';
import { listBackups, resolveBackup, restoreBackup } from './data-restore.ts';

export const jobHandlers = ({ jobs, database, config }: HandlerDeps): HandlersFor<'jobs.' | 'data.'> => ({
  'jobs.list': () => jobs.list(),
  'jobs.get': ({ id }) => jobs.get(id),
  'jobs.cancel': ({ id }) => jobs.cancel(id),
  'data.backup': async () => ({
    jobId: await jobs.start('data.backup', {}, (ctx) => backupDatabase(database.sqlite, config.dataDir, ctx)),
  }),
  'data.backups': async () => listBackups(config.dataDir),
  'data.restore': async ({ name }) => {
    const path = resolveBackup(config.dataDir, name); // NOT_FOUND / not a backup: answered at once, no job
    return { jobId: await jobs.start('data.restore', { name }, (ctx) => restoreBackup(database.sqlite, config.dataDir, path, ctx)) };
  },
});
