// The composition root: builds every service from a config. Electron main, the web server, the CLI and tests all
// go through here, so they run the same core.
import { readFileSync } from 'node:fs';
import type { AppInfo } from '../shared/index.ts';
import { openDatabase, HistoryRepo, LibraryRepo, SettingsRepo, JobRepo, type OpenedDatabase } from './storage/index.ts';
import { EventBus } from './events/event-bus.ts';
import { JobManager } from './jobs/job-manager.ts';
import { createDispatch, type Dispatch, type Handlers } from './dispatch.ts';
import { databasePath } from './data-dir.ts';
import { backupDatabase } from './backup.ts';

export interface CoreConfig {
  dataDir: string;
  mode: AppInfo['mode'];
  /** The app's version (Electron passes app.getVersion()); read from package.json when omitted. */
  version?: string;
  /** Job progress event interval; ~10/s by default. */
  progressIntervalMs?: number;
  log?: (msg: string, err?: unknown) => void;
}

export interface Core {
  readonly config: CoreConfig;
  readonly dispatch: Dispatch;
  readonly events: EventBus;
  readonly jobs: JobManager;
  readonly history: HistoryRepo;
  readonly library: LibraryRepo;
  readonly settings: SettingsRepo;
  readonly database: OpenedDatabase;
  dispose(): Promise<void>;
}

const DELETED_RETENTION_MS = 24 * 60 * 60 * 1000;

export function appVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

export async function createCore(config: CoreConfig): Promise<Core> {
  const log = config.log ?? ((msg: string, err?: unknown) => console.error(`[betterprompts] ${msg}`, err ?? ''));
  const dbPath = databasePath(config.dataDir);
  const database = await openDatabase(dbPath);
  const history = new HistoryRepo(database.db);
  const library = new LibraryRepo(database.db);
  const settings = new SettingsRepo(database.db);
  const events = new EventBus();
  const jobs = new JobManager(new JobRepo(database.db), events, { progressIntervalMs: config.progressIntervalMs ?? 100 });
  await jobs.recover();
  const cutoff = new Date(Date.now() - DELETED_RETENTION_MS).toISOString();
  await history.purgeDeleted(cutoff);
  await library.purgeDeleted(cutoff);

  const version = config.version ?? appVersion();
  const handlers: Handlers = {
    'app.info': async () => ({
      name: 'BetterPrompts',
      version,
      mode: config.mode,
      dataDir: config.dataDir,
      dbPath,
      platform: `${process.platform}-${process.arch}`,
      features: { classifier: false, enhance: false, lab: false },
    }),
    'settings.get': () => settings.getAll(),
    'settings.update': (patch) => settings.update(patch),
    'history.list': (q) => history.list(q),
    'history.get': ({ id }) => history.get(id),
    'history.setFavorite': ({ id, favorite }) => history.setFavorite(id, favorite),
    'history.setFeedback': ({ id, feedback }) => history.setFeedback(id, feedback),
    'history.delete': async ({ id }) => {
      await history.delete(id);
      return { ok: true as const };
    },
    'history.restore': ({ id }) => history.restore(id),
    'library.list': (q) => library.list(q),
    'library.get': ({ id }) => library.get(id),
    'library.create': (item) => library.create(item),
    'library.update': ({ id, ...patch }) => library.update(id, patch),
    'library.delete': async ({ id }) => {
      await library.delete(id);
      return { ok: true as const };
    },
    'library.restore': ({ id }) => library.restore(id),
    'jobs.list': () => jobs.list(),
    'jobs.get': ({ id }) => jobs.get(id),
    'jobs.cancel': ({ id }) => jobs.cancel(id),
    'data.backup': async () => ({
      jobId: await jobs.start('data.backup', {}, (ctx) => backupDatabase(database.sqlite, config.dataDir, ctx)),
    }),
  };

  const dispatch = createDispatch(handlers, log);
  let disposed = false;
  return {
    config,
    dispatch,
    events,
    jobs,
    history,
    library,
    settings,
    database,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await jobs.dispose();
      await database.close();
    },
  };
}

