// A static list rather than a folder scan: a bundled app (asar, vite) has no migrations folder to read.
// Names sort in the order they run; never rename or edit a shipped migration, add a new one.
import type { Migration } from 'kysely/migration';
import { m001Initial } from './001-initial.ts';
import { m002HistoryQuality } from './002-history-quality.ts';

export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '001-initial': m001Initial,
  '002-history-quality': m002HistoryQuality,
};
export const MIGRATION_NAMES = Object.keys(MIGRATIONS).sort();
export const LATEST_MIGRATION = MIGRATION_NAMES[MIGRATION_NAMES.length - 1]!;
