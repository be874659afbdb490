// Test helpers: enhance with a fixed task type, so tests exercise the engine rather than the classifier.
import type { Classification } from '../../shared/classification.ts';
import type { TaskType } from '../../shared/task-types.ts';
import { classifyByRules } from '../../inference/rules-classifier.ts';
import { enhanceWithClassification } from './enhancer.ts';
import type { EnhanceOptions, EnhanceResult } from './types.ts';
import { parseEnhanced } from './layout.ts';

/** The rules classification of `text` with its intent forced to `type` (confidence 0.9). */
export function classificationAs(text: string, type: TaskType): Classification {
  const c = classifyByRules(parseEnhanced(text)?.doc.task ?? text.trim());
  return { ...c, intent: type, confidence: 0.9 };
}

export function enhanceAs(text: string, type: TaskType, options: EnhanceOptions = {}): EnhanceResult {
  return enhanceWithClassification(text, classificationAs(text, type), options);
}

/** Whitespace-insensitive containment: the user's text must survive verbatim apart from whitespace. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
