// The composition root: builds every service from a config. Electron main, the web server, the CLI and tests all
// go through here, so they run the same core.
import { readFileSync } from 'node:fs';
import type { AppInfo } from '../shared/index.ts';
import { openDatabase, HistoryRepo, LibraryRepo, SettingsRepo, JobRepo, type OpenedDatabase } from './storage/index.ts';
import { EventBus } from './events/event-bus.ts';
import { JobManager } from './jobs/job-manager.ts';
import { createDispatch, type Dispatch, type Handlers } from './dispatch.ts';
import { databasePath } from './data-dir.ts';
import type { HandlerDeps } from './handlers/deps.ts';
import { appHandlers } from './handlers/app.ts';
import { settingsHandlers } from './handlers/settings.ts';
import { historyHandlers } from './handlers/history.ts';
import { libraryHandlers } from './handlers/library.ts';
import { jobHandlers } from './handlers/jobs.ts';
import { shellHandlers, type ShellPort } from './handlers/shell.ts';
import { classifierHandlers } from './handlers/classifier.ts';
import { enhanceHandlers } from './handlers/enhance.ts';
import { createIntentClassifier, defaultModelDir, type IntentClassifier } from '../inference/index.ts';

export interface CoreConfig {
  dataDir: string;
  mode: AppInfo['mode'];
  /** The app's version (Electron passes app.getVersion()); read from package.json when omitted. */
  version?: string;
  /** Folder of the intent model (model.onnx, tokenizer.json, labels.json); default resources/models/intent. */
  modelDir?: string;
  /** onnxruntime threads for the classifier (default: 2 where the machine has 2+ cores, see defaultClassifierThreads). */
  classifierThreads?: number;
  /** The inference worker script when running from a bundle (the Electron main process); default: from source. */
  inferenceWorkerPath?: string;
  /** Job progress event interval; ~10/s by default. */
  progressIntervalMs?: number;
  log?: (msg: string, err?: unknown) => void;
  /** The desktop shell (global hotkey, tray), passed by the Electron main process; absent in web mode and the CLI. */
  shell?: ShellPort;
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
  readonly classifier: Promise<IntentClassifier>;
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
  const history = new HistoryRepo(database.db, database.sqlite);
  const library = new LibraryRepo(database.db);
  const settings = new SettingsRepo(database.db);
  const events = new EventBus();
  const jobs = new JobManager(new JobRepo(database.db), events, { progressIntervalMs: config.progressIntervalMs ?? 100 });
  await jobs.recover();
  const cutoff = new Date(Date.now() - DELETED_RETENTION_MS).toISOString();
  await history.purgeDeleted(cutoff);
  await library.purgeDeleted(cutoff);

  // Start loading the model now but do not wait: the window and server come up at once, and the first request
  // awaits the load (~100-500 ms). A missing or broken model yields the rules fallback, never a failure.
  const classifier = createIntentClassifier({
    modelDir: config.modelDir ?? defaultModelDir(),
    ...(config.classifierThreads ? { threads: config.classifierThreads } : {}),
    ...(config.inferenceWorkerPath ? { workerPath: config.inferenceWorkerPath } : {}),
  });
  const version = config.version ?? appVersion();
  const deps: HandlerDeps = { config: { ...config, version }, dbPath, history, library, settings, jobs, database, classifier };
  const handlers: Handlers = {
    ...appHandlers(deps),
    ...settingsHandlers(deps),
    ...historyHandlers(deps),
    ...libraryHandlers(deps),
    ...jobHandlers(deps),
    ...shellHandlers(deps),
    ...classifierHandlers(deps),
    ...enhanceHandlers(deps),
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
    classifier,
    async dispose() {
      if (disposed) return;
      disposed = true;
      await jobs.dispose();
      await (await classifier).dispose();
      await database.close();
    },
  };
}

