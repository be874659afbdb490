import type { Kysely, Selectable } from 'kysely';
import { AppError, type Job, type JobState } from '../../shared/index.ts';
import type { Database, JobTable } from './schema.ts';
import { nowIso, parseJsonColumn } from './json-column.ts';

const toJob = (r: Selectable<JobTable>): Job => ({
  id: r.id,
  kind: r.kind,
  state: r.state as JobState,
  progress: r.progress,
  message: r.message,
  result: parseJsonColumn(r.result, null),
  error: r.error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export class JobRepo {
  readonly #db: Kysely<Database>;
  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async create(id: string, kind: string, input: unknown): Promise<Job> {
    const now = nowIso();
    const row = await this.#db
      .insertInto('jobs')
      .values({ id, kind, state: 'queued', input: JSON.stringify(input ?? {}), progress: 0, message: '', result: null, error: null, created_at: now, updated_at: now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toJob(row);
  }

  async update(id: string, patch: { state?: JobState; progress?: number; message?: string; result?: unknown; error?: string | null }): Promise<Job> {
    const { result, ...rest } = patch;
    const row = await this.#db
      .updateTable('jobs')
      .set({ ...rest, ...(result !== undefined ? { result: JSON.stringify(result) } : {}), updated_at: nowIso() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `No job with id ${id}.`);
    return toJob(row);
  }

  async get(id: string): Promise<Job> {
    const row = await this.#db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `No job with id ${id}.`);
    return toJob(row);
  }

  async input(id: string): Promise<unknown> {
    const row = await this.#db.selectFrom('jobs').select('input').where('id', '=', id).executeTakeFirst();
    return row ? parseJsonColumn(row.input, {}) : null;
  }

  async list(limit = 50): Promise<Job[]> {
    const rows = await this.#db.selectFrom('jobs').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
    return rows.map(toJob);
  }

  /** Jobs left queued or running by a previous process that died: they can no longer finish on their own. */
  async markInterrupted(): Promise<number> {
    const res = await this.#db
      .updateTable('jobs')
      .set({ state: 'interrupted', message: 'Interrupted: the app stopped while this job was running.', updated_at: nowIso() })
      .where('state', 'in', ['queued', 'running'])
      .executeTakeFirst();
    return Number(res.numUpdatedRows);
  }
}
