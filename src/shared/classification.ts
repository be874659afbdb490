// What the intent classifier says about a prompt. Produced by src/inference (the ONNX model, or the rules
// fallback when the model cannot load), consumed by the technique selector and shown in the UI.
import { z } from 'zod';
import { ComplexitySchema, TaskTypeSchema } from './task-types.ts';

export const ClassificationSchema = z.object({
  intent: TaskTypeSchema,
  /** Probability of `intent`, 0..1. */
  confidence: z.number().min(0).max(1),
  complexity: ComplexitySchema,
  complexityConfidence: z.number().min(0).max(1),
  /** Probabilities for every task type (sums to ~1). */
  scores: z.record(TaskTypeSchema, z.number()),
  /** 'model' = the ONNX classifier; 'rules' = the rules fallback (the model could not load). */
  source: z.enum(['model', 'rules']),
  /** e.g. "intent-deberta-v3-small@1.0.0 (cpu)" or "rules@1". */
  modelVersion: z.string(),
  /** Wall time of classification in milliseconds. */
  ms: z.number().nonnegative(),
  /** Set when the input was cut to the model's length budget (start and end kept). */
  truncated: z.boolean(),
});
export type Classification = z.infer<typeof ClassificationSchema>;
