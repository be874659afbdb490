import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

// Typed as Kysely<unknown>: a migration must keep working after the app's current schema types move on.
export const m001Initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('history')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('output', 'text', (c) => c.notNull())
      .addColumn('intent', 'text', (c) => c.notNull())
      .addColumn('confidence', 'real', (c) => c.notNull())
      .addColumn('complexity', 'text', (c) => c.notNull())
      .addColumn('techniques', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('timings', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('model_version', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('favorite', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('feedback', 'text')
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema.createIndex('history_created_at').on('history').column('created_at').execute();

    // External-content FTS5 index kept in step by triggers, so search never scans 100k rows.
    await sql`CREATE VIRTUAL TABLE history_fts USING fts5(input, output, content='history', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE TRIGGER history_ai AFTER INSERT ON history BEGIN
      INSERT INTO history_fts(rowid, input, output) VALUES (new.id, new.input, new.output); END`.execute(db);
    await sql`CREATE TRIGGER history_ad AFTER DELETE ON history BEGIN
      INSERT INTO history_fts(history_fts, rowid, input, output) VALUES ('delete', old.id, old.input, old.output); END`.execute(db);
    await sql`CREATE TRIGGER history_au AFTER UPDATE OF input, output ON history BEGIN
      INSERT INTO history_fts(history_fts, rowid, input, output) VALUES ('delete', old.id, old.input, old.output);
      INSERT INTO history_fts(rowid, input, output) VALUES (new.id, new.input, new.output); END`.execute(db);

    await db.schema
      .createTable('library')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('deleted_at', 'text')
      .execute();
    await db.schema
      .createTable('library_tags')
      .addColumn('library_id', 'integer', (c) => c.notNull().references('library.id').onDelete('cascade'))
      .addColumn('tag', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('library_tags_pk', ['library_id', 'tag'])
      .execute();
    await db.schema.createIndex('library_tags_tag').on('library_tags').column('tag').execute();
    await sql`CREATE VIRTUAL TABLE library_fts USING fts5(title, body, notes, content='library', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`CREATE TRIGGER library_ai AFTER INSERT ON library BEGIN
      INSERT INTO library_fts(rowid, title, body, notes) VALUES (new.id, new.title, new.body, new.notes); END`.execute(db);
    await sql`CREATE TRIGGER library_ad AFTER DELETE ON library BEGIN
      INSERT INTO library_fts(library_fts, rowid, title, body, notes) VALUES ('delete', old.id, old.title, old.body, old.notes); END`.execute(db);
    await sql`CREATE TRIGGER library_au AFTER UPDATE OF title, body, notes ON library BEGIN
      INSERT INTO library_fts(library_fts, rowid, title, body, notes) VALUES ('delete', old.id, old.title, old.body, old.notes);
      INSERT INTO library_fts(rowid, title, body, notes) VALUES (new.id, new.title, new.body, new.notes); END`.execute(db);

    await db.schema
      .createTable('settings')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull().defaultTo('{}'))
      .addColumn('progress', 'real', (c) => c.notNull().defaultTo(0))
      .addColumn('message', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('jobs_state').on('jobs').column('state').execute();
  },
};
