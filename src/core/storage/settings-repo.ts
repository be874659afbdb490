import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../shared/index.ts';
import type { Database } from './schema.ts';
import { parseJsonColumn } from './json-column.ts';

/**
 * Key/value settings. User settings are validated against the contract on read, so a value written by an older
 * version (or by hand) that no longer fits falls back to its default instead of breaking start-up.
 */
export class SettingsRepo {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async getAll(): Promise<Settings> {
    const rows = await this.#db.selectFrom('settings').selectAll().where('key', 'like', 'user.%').execute();
    const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const row of rows) {
      const key = row.key.slice('user.'.length);
      if (!(key in DEFAULT_SETTINGS)) continue;
      const value = parseJsonColumn<unknown>(row.value, undefined);
      const field = SettingsSchema.shape[key as keyof Settings];
      if (field.safeParse(value).success) merged[key] = value;
    }
    return SettingsSchema.parse(merged);
  }

  async update(patch: Partial<Settings>): Promise<Settings> {
    const entries = Object.entries(patch).filter(([, v]) => v !== undefined);
    if (entries.length) {
      await this.#db.transaction().execute(async (trx) => {
        for (const [key, value] of entries) {
          await trx
            .insertInto('settings')
            .values({ key: `user.${key}`, value: JSON.stringify(value) })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
            .execute();
        }
      });
    }
    return this.getAll();
  }

  /** Internal state that is not a user setting (window bounds, last page…). */
  async getInternal<T>(key: string, fallback: T): Promise<T> {
    const row = await this.#db.selectFrom('settings').select('value').where('key', '=', `internal.${key}`).executeTakeFirst();
    return row ? parseJsonColumn(row.value, fallback) : fallback;
  }

  async setInternal(key: string, value: unknown): Promise<void> {
    const json = JSON.stringify(value);
    await this.#db
      .insertInto('settings')
      .values({ key: `internal.${key}`, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json }))
      .execute();
  }
}
