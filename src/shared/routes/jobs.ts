import { z } from 'zod';
import { defineEvents, defineRoutes } from '../define.ts';
import { Empty, IsoDate, JobStarted } from './common.ts';

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
});

export const jobEvents = defineEvents({
  'job.progress': z.object({ jobId: z.string(), kind: z.string(), state: JobStateSchema, progress: z.number(), message: z.string() }),
  'job.finished': JobSchema,
});
