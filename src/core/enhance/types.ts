// Types shared by the technique registry, the selector and the generator.
import type { Classification } from '../../shared/classification.ts';
import type { Complexity, TargetModel, TaskType } from '../../shared/task-types.ts';
import type { PromptFeatures } from './analyze.ts';

export type Verbosity = 'concise' | 'balanced' | 'detailed';

/**
 * The sections of an enhanced prompt, in the order they are rendered. One structure for every technique,
 * so techniques merge into sections instead of wrapping each other.
 */
export const SECTION_KINDS = ['role', 'context', 'task', 'examples', 'requirements', 'approach', 'verification', 'output'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Everything a technique needs to decide whether it fits and what to write. */
export interface TechniqueContext {
  /** The user's own request (for an already enhanced prompt: the text of its task section). */
  userText: string;
  /** The whole input, used to notice what the prompt already does. */
  fullText: string;
  /** Lower-cased head and tail of the whole input: what `present()` checks scan (bounded for huge prompts). */
  scan: string;
  /** Lower-cased head and tail of the user's own request: what `fit()` rules read. */
  lower: string;
  /** True when the input is a prompt this engine enhanced before (its own sections were recognized). */
  reenhance: boolean;
  taskType: TaskType;
  confidence: number;
  complexity: Complexity;
  features: PromptFeatures;
  verbosity: Verbosity;
  target: TargetModel;
}

export interface Technique {
  id: string;
  name: string;
  /** One line: what it does for the prompt. */
  purpose: string;
  /** The paper or vendor guide it comes from. */
  source: string;
  /** Task types it suits (the selector's first filter). */
  taskTypes: readonly TaskType[];
  /** Complexities it suits. */
  complexities: readonly Complexity[];
  /** Ids it must not be combined with (checked symmetrically). */
  conflicts: readonly string[];
  /** The section its text goes into. */
  section: Exclude<SectionKind, 'task'>;
  /** Tie-breaker among equal scores; higher comes first. */
  priority: number;
  /** True when the prompt already does what this technique would add (never re-add it). */
  present(ctx: TechniqueContext): boolean;
  /**
   * How well it fits beyond task type and complexity: > 0 adds, < 0 subtracts, `null` means "not applicable here"
   * (e.g. few-shot with no suitable example for this prompt).
   */
  fit(ctx: TechniqueContext): number | null;
  /** One sentence a user understands: why it was added. */
  reason(ctx: TechniqueContext): string;
  /** The lines it contributes to its section; the first line alone is the concise form. */
  render(ctx: TechniqueContext): string[];
}

/** What the UI and CLI list. */
export interface TechniqueInfo {
  id: string;
  name: string;
  purpose: string;
  source: string;
  taskTypes: TaskType[];
  complexities: Complexity[];
  conflicts: string[];
  section: string;
}

export interface SelectedTechnique {
  id: string;
  name: string;
  reason: string;
  /** 'rules' = chosen by the selector; 'preferred' = the user's preference forced it in. */
  via: 'rules' | 'preferred';
  score: number;
}

export interface Preferences {
  targetModel: TargetModel;
  preferredTechniques: readonly string[];
  excludedTechniques: readonly string[];
  maxTechniques: number;
  verbosity: Verbosity;
}

export interface Selection {
  techniques: SelectedTechnique[];
  /** Ids the prompt already applies (so they were not added again). */
  alreadyPresent: string[];
  notes: string[];
}

export type EnhanceOptions = Partial<Preferences>;

export interface QualityCheck {
  id: string;
  dimension: QualityDimension;
  label: string;
  passed: boolean;
  weight: number;
}
export const QUALITY_DIMENSIONS = ['clarity', 'specificity', 'structure', 'outputFormat', 'context'] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];
export interface QualityReport {
  /** 0..100, the sum of the dimensions. */
  score: number;
  /** 0..20 each. */
  dimensions: Record<QualityDimension, number>;
  checks: QualityCheck[];
}

export interface EnhanceResult {
  original: string;
  enhanced: string;
  intent: TaskType;
  confidence: number;
  complexity: Complexity;
  techniques: { id: string; name: string; reason: string }[];
  quality: { before: QualityReport; after: QualityReport };
  notes: string[];
  /** Total wall time in milliseconds. */
  ms: number;
  /** Milliseconds per stage: classify, analyze, select, generate, lint, total. */
  timings: Record<string, number>;
  targetModel: TargetModel;
  modelVersion: string;
  classificationSource: Classification['source'];
  /** Techniques the prompt already applied, so they were not added again. */
  alreadyPresent: string[];
}
