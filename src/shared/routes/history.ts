import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { Id, IdInput, IsoDate, Ok, Text } from './common.ts';
import { ComplexitySchema, TaskTypeSchema, TargetModelSchema } from '../task-types.ts';

export const HistorySourceSchema = z.enum(['window', 'tray', 'hotkey', 'cli', 'api']);
export const FeedbackSchema = z.enum(['up', 'down']).nullable();

export const HistoryEntrySchema = z.object({
  id: Id,
  createdAt: IsoDate,
  input: z.string(),
  output: z.string(),
  intent: TaskTypeSchema,
  confidence: z.number().min(0).max(1),
  complexity: ComplexitySchema,
  techniques: z.array(z.object({ id: z.string(), reason: z.string() })),
  /** Milliseconds per stage, e.g. {classify: 3.1, select: 0.2, generate: 0.4, total: 4}. */
  timings: z.record(z.string(), z.number()),
  modelVersion: z.string(),
  targetModel: TargetModelSchema.nullable(),
  source: HistorySourceSchema,
  favorite: z.boolean(),
  feedback: FeedbackSchema,
  /** Quality lint of the original and enhanced prompt, when the engine computed one. */
  quality: z.unknown().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistoryListInput = z
  .object({
    query: Text(500).optional(),
    intent: TaskTypeSchema.optional(),
    technique: z.string().max(60).optional(),
    favorite: z.boolean().optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: z.number().int().min(1).max(500).default(50),
    offset: z.number().int().min(0).max(10_000_000).default(0),
  })
  .strict();

export const historyRoutes = defineRoutes({
  'history.list': {
    input: HistoryListInput,
    output: z.object({ items: z.array(HistoryEntrySchema), total: z.number().int() }),
    summary: 'Enhancements, newest first, with full-text search and filters.',
  },
  'history.get': { input: IdInput, output: HistoryEntrySchema, summary: 'One enhancement.' },
  'history.setFavorite': {
    input: z.object({ id: Id, favorite: z.boolean() }).strict(),
    output: HistoryEntrySchema,
    summary: 'Star or unstar an enhancement.',
  },
  'history.setFeedback': {
    input: z.object({ id: Id, feedback: FeedbackSchema }).strict(),
    output: HistoryEntrySchema,
    summary: 'Thumbs up/down on an enhancement.',
  },
  'history.delete': { input: IdInput, output: Ok, summary: 'Delete an enhancement (undo with history.restore).' },
  'history.restore': { input: IdInput, output: HistoryEntrySchema, summary: 'Undo a delete.' },
});
