import type { CoreConfig } from '../app-core.ts';
import type { HistoryRepo, LibraryRepo, OpenedDatabase, SettingsRepo } from '../storage/index.ts';
import type { JobManager } from '../jobs/job-manager.ts';
import type { Handlers } from '../dispatch.ts';
import type { RouteName } from '../../shared/index.ts';
import type { IntentClassifier } from '../../inference/index.ts';

/** What route handlers may use: the services the composition root built. */
export interface HandlerDeps {
  config: CoreConfig & { version: string };
  dbPath: string;
  history: HistoryRepo;
  library: LibraryRepo;
  settings: SettingsRepo;
  jobs: JobManager;
  database: OpenedDatabase;
  /** Loads in the background at start-up (model or rules fallback); handlers await it. */
  classifier: Promise<IntentClassifier>;
}

/** Handlers for the routes whose names start with `prefix` (e.g. 'library.'). */
export type HandlersFor<P extends string> = Pick<Handlers, Extract<RouteName, `${P}${string}`>>;
