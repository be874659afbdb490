import { backupDatabase } from '../backup.ts';
import type { HandlerDeps, HandlersFor } from './deps.ts';

export const jobHandlers = ({ jobs, database, config }: HandlerDeps): HandlersFor<'jobs.' | 'data.'> => ({
  'jobs.list': () => jobs.list(),
  'jobs.get': ({ id }) => jobs.get(id),
  'jobs.cancel': ({ id }) => jobs.cancel(id),
  'data.backup': async () => ({
    jobId: await jobs.start('data.backup', {}, (ctx) => backupDatabase(database.sqlite, config.dataDir, ctx)),
  }),
});
