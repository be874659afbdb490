// Routes of quick enhance (DESIGN.md §1, §4): rewrite a prompt with the local technique engine (src/core/enhance),
// and list the technique registry for the UI and CLI. The handler is wired by the composition root.
import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { Empty, Id, Text } from './common.ts';
import { HistorySourceSchema } from './history.ts';
import { ComplexitySchema, TargetModelSchema, TaskTypeSchema } from '../task-types.ts';

/** Largest prompt accepted; longer prompts are kept verbatim and analysed at their start and end. */
export const ENHANCE_MAX_INPUT_CHARS = 1_000_000;

const TechniqueId = z.string().regex(/^[a-z][a-z0-9_-]{1,40}$/, 'must be a technique id');

export const VerbositySchema = z.enum(['concise', 'balanced', 'detailed']);

/** Per-call options; unset ones come from settings (targetModel, preferred/excluded techniques, max, verbosity). */
export const EnhanceOptionsSchema = z.object({
  targetModel: TargetModelSchema.optional(),
  preferredTechniques: z.array(TechniqueId).max(40).optional(),
  excludedTechniques: z.array(TechniqueId).max(40).optional(),
  maxTechniques: z.number().int().min(1).max(10).optional(),
  verbosity: VerbositySchema.optional(),
});
export type EnhanceRouteOptions = z.infer<typeof EnhanceOptionsSchema>;

export const EnhanceRunInputSchema = EnhanceOptionsSchema.extend({
  text: Text(ENHANCE_MAX_INPUT_CHARS).refine((t) => t.trim().length > 0, 'The prompt is empty: type or paste a prompt to enhance.'),
  /** Which surface asked (recorded in history); defaults to the transport's. */
  source: HistorySourceSchema.optional(),
}).strict();
export type EnhanceRunInput = z.infer<typeof EnhanceRunInputSchema>;

export const QualityDimensionSchema = z.enum(['clarity', 'specificity', 'structure', 'outputFormat', 'context']);
export const QualityReportSchema = z.object({
  /** 0..100: the sum of the five dimensions. */
  score: z.number().min(0).max(100),
  /** 0..20 each. */
  dimensions: z.record(QualityDimensionSchema, z.number().min(0).max(20)),
  checks: z.array(z.object({ id: z.string(), dimension: QualityDimensionSchema, label: z.string(), passed: z.boolean(), weight: z.number() })),
});
export type QualityReportShape = z.infer<typeof QualityReportSchema>;

export const AppliedTechniqueSchema = z.object({ id: z.string(), name: z.string(), reason: z.string() });

export const EnhanceResultSchema = z.object({
  original: z.string(),
  enhanced: z.string(),
  intent: TaskTypeSchema,
  confidence: z.number().min(0).max(1),
  complexity: ComplexitySchema,
  /** Techniques actually applied, in priority order, each with a one-sentence reason. */
  techniques: z.array(AppliedTechniqueSchema),
  quality: z.object({ before: QualityReportSchema, after: QualityReportSchema }),
  /** Plain-language notes: long prompt, preferences that could not apply, already-enhanced input… */
  notes: z.array(z.string()),
  /** Total wall time (classify + analyze + select + generate + lint) in milliseconds. */
  ms: z.number().nonnegative(),
  /** Milliseconds per stage: classify, analyze, select, generate, lint, total. */
  timings: z.record(z.string(), z.number()),
  targetModel: TargetModelSchema,
  modelVersion: z.string(),
  classificationSource: z.enum(['model', 'rules']),
  /** Techniques the prompt already applied, so they were not added again. */
  alreadyPresent: z.array(z.string()),
  /** The history row, when the enhancement was saved. */
  historyId: Id.optional(),
});
export type EnhanceRunOutput = z.infer<typeof EnhanceResultSchema>;

export const TechniqueInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  source: z.string(),
  taskTypes: z.array(TaskTypeSchema),
  complexities: z.array(ComplexitySchema),
  conflicts: z.array(z.string()),
  /** The section of the enhanced prompt it writes into: role, context, examples, requirements, approach, verification, output. */
  section: z.string(),
});
export type TechniqueInfoShape = z.infer<typeof TechniqueInfoSchema>;

export const enhanceRoutes = defineRoutes({
  'enhance.run': {
    input: EnhanceRunInputSchema,
    output: EnhanceResultSchema,
    summary: 'Rewrite a prompt with fitting prompt-engineering techniques (local, no LLM), explaining each choice.',
  },
  'enhance.techniques': {
    input: Empty,
    output: z.array(TechniqueInfoSchema),
    summary: 'The technique registry: id, name, purpose, source, suited task types and conflicts.',
  },
});
