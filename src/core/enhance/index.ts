// Public API of the technique engine (DESIGN.md §4). Local and deterministic: no LLM involved.
export { createEnhancer, enhanceWithClassification, resolvePreferences, validateInput, MAX_INPUT_CHARS, LONG_PROMPT_CHARS } from './enhancer.ts';
export type { Classify, Enhancer, EnhancerDeps } from './enhancer.ts';
export { analyzePrompt } from './analyze.ts';
export type { PromptFeatures, LengthLimit, FormatKind } from './analyze.ts';
export { selectTechniques, scoreTechnique } from './select.ts';
export { generatePrompt, MAX_ADDED_CHARS } from './generate.ts';
export type { Generated } from './generate.ts';
export { parseEnhanced, renderDoc, styleFor, sectionMarkers } from './layout.ts';
export type { ParsedPrompt, PromptDoc, LayoutStyle } from './layout.ts';
export { lintQuality } from './quality.ts';
export { TECHNIQUES, getTechnique, isTechniqueId, listTechniques, validateRegistry, conflictsWith } from './techniques/index.ts';
export type {
  EnhanceOptions,
  EnhanceResult,
  Preferences,
  QualityCheck,
  QualityDimension,
  QualityReport,
  SelectedTechnique,
  Selection,
  Technique,
  TechniqueContext,
  TechniqueInfo,
  Verbosity,
} from './types.ts';
export { createEnhanceHandlers, toHistoryRecord, optionsFrom } from './routes.ts';
export type { EnhanceCallContext, EnhanceRouteDeps, EnhanceRouteHandlers, HistoryRecord } from './routes.ts';
