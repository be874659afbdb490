import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// History rows remember the quality lint and the target model the rewrite was written for.
export const m002HistoryQuality: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('history').addColumn('quality', 'text').execute();
    await db.schema.alterTable('history').addColumn('target_model', 'text').execute();
    await db.schema.createIndex('history_intent').on('history').columns(['intent', 'created_at']).execute();
    await db.schema.createIndex('history_favorite').on('history').columns(['favorite', 'created_at']).execute();
  },
};
