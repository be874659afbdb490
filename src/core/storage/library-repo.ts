import { sql, type Kysely, type Selectable } from 'kysely';
import { AppError, type LibraryItem } from '../../shared/index.ts';
import type { Database, LibraryTable } from './schema.ts';
import { toFtsQuery } from './fts-query.ts';
import { nowIso } from './json-column.ts';

export interface NewLibraryItem {
  title: string;
  body: string;
  notes: string;
  tags: string[];
}

const uniqueTags = (tags: string[]): string[] => [...new Set(tags.map((t) => t.trim()).filter(Boolean))].sort();

export class LibraryRepo {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(item: NewLibraryItem): Promise<LibraryItem> {
    const now = nowIso();
    const id = await this.#db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('library')
        .values({ title: item.title, body: item.body, notes: item.notes, created_at: now, updated_at: now, deleted_at: null })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tags = uniqueTags(item.tags);
      if (tags.length) await trx.insertInto('library_tags').values(tags.map((tag) => ({ library_id: row.id, tag }))).execute();
      return row.id;
    });
    return this.get(id);
  }

  async update(id: number, patch: Partial<NewLibraryItem>): Promise<LibraryItem> {
    await this.get(id); // NOT_FOUND before any write
    await this.#db.transaction().execute(async (trx) => {
      const { tags, ...fields } = patch;
      await trx.updateTable('library').set({ ...fields, updated_at: nowIso() }).where('id', '=', id).execute();
      if (tags) {
        await trx.deleteFrom('library_tags').where('library_id', '=', id).execute();
        const clean = uniqueTags(tags);
        if (clean.length) await trx.insertInto('library_tags').values(clean.map((tag) => ({ library_id: id, tag }))).execute();
      }
    });
    return this.get(id);
  }

  async get(id: number, { includeDeleted = false } = {}): Promise<LibraryItem> {
    let q = this.#db.selectFrom('library').selectAll().where('id', '=', id);
    if (!includeDeleted) q = q.where('deleted_at', 'is', null);
    const row = await q.executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `No saved prompt with id ${id}.`);
    const [item] = await this.#withTags([row]);
    return item!;
  }

  async list(query: { query?: string | undefined; tag?: string | undefined; limit: number; offset: number }) {
    let q = this.#db.selectFrom('library').where('deleted_at', 'is', null);
    const fts = query.query ? toFtsQuery(query.query) : null;
    if (query.query && !fts) return { items: [], total: 0, tags: await this.allTags() };
    if (fts) q = q.where('library.id', 'in', sql<number>`(SELECT rowid FROM library_fts WHERE library_fts MATCH ${fts})`);
    if (query.tag) {
      const tag = query.tag;
      q = q.where('library.id', 'in', (eb) => eb.selectFrom('library_tags').select('library_id').where('tag', '=', tag));
    }
    const [rows, count, tags] = await Promise.all([
      q.selectAll().orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      this.allTags(),
    ]);
    return { items: await this.#withTags(rows), total: Number(count.n), tags };
  }

  async allTags(): Promise<string[]> {
    const rows = await this.#db
      .selectFrom('library_tags')
      .innerJoin('library', 'library.id', 'library_tags.library_id')
      .where('library.deleted_at', 'is', null)
      .select('tag')
      .distinct()
      .orderBy('tag')
      .execute();
    return rows.map((r) => r.tag);
  }

  async delete(id: number): Promise<void> {
    const res = await this.#db.updateTable('library').set({ deleted_at: nowIso() }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', `No saved prompt with id ${id}.`);
  }

  async restore(id: number): Promise<LibraryItem> {
    const res = await this.#db.updateTable('library').set({ deleted_at: null }).where('id', '=', id).executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) throw new AppError('NOT_FOUND', `No saved prompt with id ${id}.`);
    return this.get(id);
  }

  async purgeDeleted(olderThan: string): Promise<number> {
    const res = await this.#db.deleteFrom('library').where('deleted_at', '<', olderThan).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async #withTags(rows: Selectable<LibraryTable>[]): Promise<LibraryItem[]> {
    if (rows.length === 0) return [];
    const tagRows = await this.#db
      .selectFrom('library_tags')
      .select(['library_id', 'tag'])
      .where('library_id', 'in', rows.map((r) => r.id))
      .orderBy('tag')
      .execute();
    const byId = new Map<number, string[]>();
    for (const t of tagRows) byId.set(t.library_id, [...(byId.get(t.library_id) ?? []), t.tag]);
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      body: r.body,
      notes: r.notes,
      tags: byId.get(r.id) ?? [],
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }
}
