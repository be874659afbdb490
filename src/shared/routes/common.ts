import { z } from 'zod';

export const Empty = z.object({}).strict();
/** Row ids are positive integers (SQLite rowids). */
export const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const IdInput = z.object({ id: Id }).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const IsoDate = z.string().datetime({ offset: true });
export const JobStarted = z.object({ jobId: z.string() });
/** Free text fields reject NUL bytes: they are never meaningful in a prompt and break some consumers. */
export const Text = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine((s) => !s.includes('\u0000'), 'must not contain NUL bytes');
