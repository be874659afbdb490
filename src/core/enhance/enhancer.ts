// The enhance pipeline: classify → analyze → select → generate → lint, with timings and notes.
import type { Classification } from '../../shared/classification.ts';
import { AppError } from '../../shared/errors.ts';
import { DEFAULT_SETTINGS } from '../../shared/routes/settings.ts';
import { TARGET_MODELS } from '../../shared/task-types.ts';
import type { TargetModel } from '../../shared/task-types.ts';
import { classifyByRules } from '../../inference/rules-classifier.ts';
import { analyzePrompt, techniqueTaskType } from './analyze.ts';
import { selectTechniques } from './select.ts';
import { generatePrompt, MAX_ADDED_CHARS } from './generate.ts';
import { parseEnhanced, styleFor } from './layout.ts';
import { lintQuality } from './quality.ts';
import { getTechnique, listTechniques } from './techniques/index.ts';
import type { EnhanceOptions, EnhanceResult, Preferences, TechniqueContext, TechniqueInfo, Verbosity } from './types.ts';

/** Hard ceiling on input size; the contract's route rejects larger input before it gets here. */
export const MAX_INPUT_CHARS = 1_000_000;
/** Above this the prompt is "long": kept verbatim, analysed at its start and end, and a note says so. */
export const LONG_PROMPT_CHARS = 20_000;

const SCAN_HEAD = 8000;
const SCAN_TAIL = 6000;

export type Classify = (text: string) => Promise<Classification> | Classification;

export interface Enhancer {
  /** Enhance a prompt. Throws AppError VALIDATION (empty) or TOO_LARGE. */
  enhance(text: string, options?: EnhanceOptions): Promise<EnhanceResult>;
  /** The technique registry, for the UI and CLI. */
  techniques(): TechniqueInfo[];
}

const VERBOSITIES: readonly Verbosity[] = ['concise', 'balanced', 'detailed'];

/** Fill unset options from the defaults of the settings schema, clamping what is out of range. */
export function resolvePreferences(options: EnhanceOptions = {}): Preferences {
  const target: TargetModel = options.targetModel && TARGET_MODELS.includes(options.targetModel) ? options.targetModel : DEFAULT_SETTINGS.targetModel;
  const max = Number.isFinite(options.maxTechniques) ? Math.max(1, Math.min(10, Math.floor(options.maxTechniques ?? 0))) : DEFAULT_SETTINGS.maxTechniques;
  return {
    targetModel: target,
    preferredTechniques: [...new Set(options.preferredTechniques ?? DEFAULT_SETTINGS.preferredTechniques)],
    excludedTechniques: [...new Set(options.excludedTechniques ?? DEFAULT_SETTINGS.excludedTechniques)],
    maxTechniques: max,
    verbosity: options.verbosity && VERBOSITIES.includes(options.verbosity) ? options.verbosity : DEFAULT_SETTINGS.verbosity,
  };
}

/** Reject input the engine cannot work with, with a message a user understands. */
export function validateInput(text: unknown): string {
  if (typeof text !== 'string') throw new AppError('VALIDATION', 'The prompt must be text.');
  if (text.trim().length === 0) throw new AppError('VALIDATION', 'The prompt is empty: type or paste a prompt to enhance.');
  if (text.length > MAX_INPUT_CHARS) {
    throw new AppError('TOO_LARGE', `The prompt is ${Math.round(text.length / 1000)}k characters; the limit is ${MAX_INPUT_CHARS / 1000}k.`);
  }
  return text;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * The synchronous core of enhance, given a classification. Exposed for tests and benchmarks that supply their own
 * classification; `createEnhancer().enhance` is the normal entry point.
 */
export function enhanceWithClassification(text: string, classification: Classification, options: EnhanceOptions = {}, classifyMs = 0): EnhanceResult {
  const t0 = performance.now();
  validateInput(text);
  const prefs = resolvePreferences(options);
  const parsed = parseEnhanced(text);
  const userText = parsed?.doc.task ?? text.trim();
  const features = analyzePrompt(userText);
  // Typographic apostrophes read as plain ones, so "don’t" and "I’ll" match the same rules as "don't" and "I'll".
  const scan = (text.length > SCAN_HEAD + SCAN_TAIL ? `${text.slice(0, SCAN_HEAD)}\n${text.slice(-SCAN_TAIL)}` : text).toLowerCase().replace(/[’‘]/g, "'");
  const lower = (userText.length > SCAN_HEAD + SCAN_TAIL ? `${userText.slice(0, SCAN_HEAD)}\n${userText.slice(-SCAN_TAIL)}` : userText).toLowerCase().replace(/[’‘]/g, "'");
  const ctx: TechniqueContext = {
    userText,
    lower,
    fullText: text,
    scan,
    reenhance: parsed !== null,
    // The result still reports the classifier's label; techniques may be chosen as for another type (techniqueTaskType).
    taskType: techniqueTaskType(classification.intent, lower, features),
    confidence: classification.confidence,
    complexity: classification.complexity,
    features,
    verbosity: prefs.verbosity,
    target: prefs.targetModel,
  };
  const t1 = performance.now();
  // Nothing to build on: no letters at all (emoji, symbols, binary junk), or a couple of words the classifier cannot place.
  const tooThin = !features.hasLetters || (features.words < 3 && !features.isQuestion && classification.confidence < 0.45 && !parsed);
  const selection = tooThin ? { techniques: [], alreadyPresent: [], notes: [] } : selectTechniques(ctx, prefs);
  const t2 = performance.now();
  const generated = generatePrompt(ctx, selection.techniques, parsed);
  const t3 = performance.now();
  const before = lintQuality(text, parsed ? undefined : features);
  const after = generated.text === text ? before : lintQuality(generated.text);
  const t4 = performance.now();

  const notes = [...selection.notes];
  if (parsed) {
    notes.push(
      selection.techniques.length === 0
        ? 'This prompt already has the enhanced layout; nothing new to add.'
        : 'This prompt already has the enhanced layout; new techniques were merged into its sections.',
    );
    if (parsed.style !== styleFor(prefs.targetModel)) {
      notes.push(`Kept the prompt's existing ${parsed.style === 'xml' ? 'XML' : 'Markdown'} layout; enhance the original text again to get the ${prefs.targetModel} layout.`);
    }
  } else if (tooThin) {
    notes.push('Too little to work with: say what you want, for whom, and in what form, then enhance again.');
  } else if (generated.applied.length === 0) {
    notes.push('No technique fits this prompt with the current settings, so it was left as it is.');
  }
  if (generated.dropped.length > 0) {
    notes.push(`Left out to keep the prompt within its length budget: ${generated.dropped.map((id) => getTechnique(id)?.name ?? id).join(', ')}.`);
  }
  if (userText.length > LONG_PROMPT_CHARS) {
    notes.push(
      `Long prompt (${Math.round(userText.length / 1024)} KB): your text is kept verbatim; the task type and features were read from its start and end, and the added guidance stays under ${MAX_ADDED_CHARS / 1000} KB.`,
    );
  }
  if (features.hasControlChars) notes.push('The prompt contains control or replacement characters; they were kept as they are.');
  if (classification.truncated) notes.push('The classifier read only the start and end of this long prompt.');

  const applied = new Set(generated.applied);
  const techniques = selection.techniques.filter((s) => applied.has(s.id)).map((s) => ({ id: s.id, name: s.name, reason: s.reason }));
  const total = classifyMs + (t4 - t0);
  return {
    original: text,
    enhanced: generated.text,
    intent: classification.intent,
    confidence: classification.confidence,
    complexity: classification.complexity,
    techniques,
    quality: { before, after },
    notes,
    ms: round(total),
    timings: {
      classify: round(classifyMs),
      analyze: round(t1 - t0),
      select: round(t2 - t1),
      generate: round(t3 - t2),
      lint: round(t4 - t3),
      total: round(total),
    },
    targetModel: prefs.targetModel,
    modelVersion: classification.modelVersion,
    classificationSource: classification.source,
    alreadyPresent: selection.alreadyPresent,
  };
}

export interface EnhancerDeps {
  /** The intent classifier (the ONNX model with its rules fallback); defaults to the rules classifier. */
  classify?: Classify;
}

export function createEnhancer(deps: EnhancerDeps = {}): Enhancer {
  const classify: Classify = deps.classify ?? classifyByRules;
  return {
    async enhance(text, options = {}) {
      validateInput(text);
      // Classify the user's own request: for an already enhanced prompt that is its task section.
      const parsed = parseEnhanced(text);
      const t0 = performance.now();
      // Classify exactly the text a second pass would see (the task section is stored trimmed), so passes agree.
      const classification = await classify(parsed?.doc.task ?? text.trim());
      const classifyMs = performance.now() - t0;
      return enhanceWithClassification(text, classification, options, classifyMs);
    },
    techniques: listTechniques,
  };
}
