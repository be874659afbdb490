// Public API of the on-device intent classifier (DESIGN.md §2: no electron here).
export { createIntentClassifier, batchTensors, blendComplexity, blendWithRules, defaultClassifierThreads, DEFAULT_COMPLEXITY_NGRAM_WEIGHT, DEFAULT_NGRAM_WEIGHT, DEFAULT_RULES_WEIGHT, headsVerdict, rulesWeightFor, SKIP_ENCODER_AT } from './classifier.ts';
export { loadNgramHead } from './ngram-head.ts';
export type { NgramHead, NgramPrediction } from './ngram-head.ts';
export type { CheapHeads } from './classifier.ts';
export type { IntentClassifier, IntentClassifierOptions } from './classifier.ts';
export type { ClassifierInfo } from '../shared/routes/classifier.ts';
export { defaultProviderOrder, cudaLibrariesPresent, createSession } from './providers.ts';
export type { ProviderName } from './providers.ts';
export { InvalidClassifierInputError, assertPromptText, cutText, escapeSpecialTokens, truncateIds } from './text.ts';
export { loadTokenizer } from './tokenizer.ts';
export { classifyByRules } from './rules-classifier.ts';
export { DEFAULT_MODEL_DIR, defaultModelDir } from './model-dir.ts';
