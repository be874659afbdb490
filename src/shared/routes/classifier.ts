// Routes of the on-device intent classifier (src/inference). The handler is wired by the composition root.
import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { ClassificationSchema } from '../classification.ts';
import { Empty } from './common.ts';

/** Largest prompt accepted by `classifier.predict` (the model itself reads start and end of longer texts). */
export const CLASSIFIER_MAX_INPUT_CHARS = 1_000_000;

export const ClassifierPredictInputSchema = z.object({
  text: z
    .string()
    .max(CLASSIFIER_MAX_INPUT_CHARS)
    .refine((t) => t.trim().length > 0, { message: 'Prompt is empty.' }),
});
export type ClassifierPredictInput = z.infer<typeof ClassifierPredictInputSchema>;

export const ClassifierInfoSchema = z.object({
  /** e.g. "intent-deberta-v3-small". */
  name: z.string(),
  version: z.string(),
  /** Active execution provider: 'cpu' | 'cuda' | 'dml' | 'coreml' | 'webgpu', or 'rules' when the model could not load. */
  provider: z.string(),
  source: z.enum(['model', 'rules']),
  /** Session creation time in ms (0 with the rules fallback). */
  loadMs: z.number().nonnegative(),
  warmupMs: z.number().nonnegative(),
  /** Wall time per request over the last predictions. */
  latencyMs: z.object({ mean: z.number().nonnegative(), p95: z.number().nonnegative(), count: z.number().int().nonnegative() }),
  threads: z.number().int().positive(),
  modelBytes: z.number().int().nonnegative(),
  /** Why the model is not used, or which providers failed before the active one. */
  errors: z.array(z.string()),
  /** Weight of the rules scores blended into the model's (p ∝ p_model · p_rules^w); 0 = model only. */
  rulesWeight: z.number().nonnegative().optional(),
  /** Weight of the n-gram head (ngram.json) blended in the same way (· p_ngram^n); 0 = not used. */
  ngramWeight: z.number().nonnegative().optional(),
  /** Weight of the n-gram head's complexity probabilities (p ∝ p_model · p_ngram^c); 0 = the encoder's alone. */
  complexityNgramWeight: z.number().nonnegative().optional(),
  /** The rules and the n-gram head answer alone when they agree at this probability (above 1 = never). */
  skipEncoderAt: z.number().nonnegative().optional(),
  /** Predictions since start-up (the warm-up's two included) that ran the encoder, and those the cheap heads answered alone. */
  encoderCalls: z.object({ ran: z.number().int().nonnegative(), skipped: z.number().int().nonnegative() }).optional(),
  /** Where the session runs: a worker thread (default), in process, or none (rules fallback). */
  runner: z.enum(['worker', 'in-process', 'none']).optional(),
});
export type ClassifierInfo = z.infer<typeof ClassifierInfoSchema>;

export const classifierRoutes = defineRoutes({
  'classifier.predict': {
    input: ClassifierPredictInputSchema,
    output: ClassificationSchema,
    summary: 'Task type and complexity of a prompt, from the on-device model (or the rules fallback).',
  },
  'classifier.info': {
    input: Empty,
    output: ClassifierInfoSchema,
    summary: 'Name, version, execution provider, load time and latency of the intent classifier.',
  },
});
