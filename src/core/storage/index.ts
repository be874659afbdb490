export { openDatabase, openSqlite, kyselyOver, migrate, type OpenedDatabase } from './database.ts';
export { HistoryRepo, type NewHistoryEntry, type HistoryQuery } from './history-repo.ts';
export { LibraryRepo, type NewLibraryItem } from './library-repo.ts';
export { SettingsRepo } from './settings-repo.ts';
export { JobRepo } from './job-repo.ts';
export { MIGRATIONS, MIGRATION_NAMES, LATEST_MIGRATION } from './migrations/index.ts';
export type { Database } from './schema.ts';
