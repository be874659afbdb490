import { z } from 'zod';
import { defineEvents, defineRoutes } from '../define.ts';
import { Empty, IsoDate, JobStarted } from './common.ts';

/** A file in the data folder's backups/ (a bare name: no folders, so a restore can only read backups). */
export const BackupName = z
  .string()
  .max(200)
  .regex(/^[\w-][\w.-]*\.db$/, 'must be the name of a backup file (name.db)');
export const BackupInfoSchema = z.object({ name: z.string(), path: z.string(), bytes: z.number().int().nonnegative(), createdAt: IsoDate });
export type BackupInfo = z.infer<typeof BackupInfoSchema>;

export const JOB_STATES = ['queued', 'running', 'succeeded', 'failed', 'cancelled', 'interrupted'] as const;
export const JobStateSchema = z.enum(JOB_STATES);
export type JobState = z.infer<typeof JobStateSchema>;
export const JobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be a job id');

export const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  state: JobStateSchema,
  progress: z.number().min(0).max(1),
  message: z.string(),
  result: z.unknown().nullable(),
  error: z.string().nullable(),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type Job = z.infer<typeof JobSchema>;

export const jobRoutes = defineRoutes({
  'jobs.list': { input: Empty, output: z.array(JobSchema), summary: 'Recent jobs, newest first.' },
  'jobs.get': { input: z.object({ id: JobId }).strict(), output: JobSchema, summary: 'One job.' },
  'jobs.cancel': { input: z.object({ id: JobId }).strict(), output: JobSchema, summary: 'Cancel a running job.' },
  'data.backup': {
    input: Empty,
    output: JobStarted,
    summary: 'Copy the database to the backups folder (a job with progress).',
    job: true,
  },
  'data.backups': { input: Empty, output: z.array(BackupInfoSchema), summary: 'Backups in the data folder, newest first.' },
  'data.restore': {
    input: z.object({ name: BackupName }).strict(),
    output: JobStarted,
    summary: 'Replace history, library and settings with a backup (the current data is backed up first; a job).',
    job: true,
  },
});

export const jobEvents = defineEvents({
  'job.progress': z.object({ jobId: z.string(), kind: z.string(), state: JobStateSchema, progress: z.number(), message: z.string() }),
  'job.finished': JobSchema,
});
