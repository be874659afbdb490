// Input checks and pre-tokenization text handling for the intent model. Pure functions, shared by the classifier,
// the evaluation script and the tests. Mirrors training/intent/common.py (cut_text) and train.py (truncate_ids): keep both in step.

/** Thrown for empty or non-text input. `code` matches the app's INVALID_INPUT error code. */
export class InvalidClassifierInputError extends Error {
  readonly code = 'INVALID_INPUT';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClassifierInputError';
  }
}

/** Throws InvalidClassifierInputError unless `text` is a string with at least one non-whitespace character. */
export function assertPromptText(text: unknown): asserts text is string {
  if (typeof text !== 'string') {
    throw new InvalidClassifierInputError(
      `Prompt must be a string, got ${text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text}.`,
    );
  }
  if (text.trim().length === 0) throw new InvalidClassifierInputError('Prompt is empty.');
}

/** Characters kept before tokenizing (tokenizing a huge text only to throw most tokens away dominates latency). */
export const DEFAULT_MAX_CHARS = 2000;
/** Share of the character budget kept from the start; the rest comes from the end. */
export const HEAD_SHARE = 0.7;

/** Cut `text` to `maxChars` keeping its start and end (joined by " … "). Never splits a surrogate pair. */
export function cutText(text: string, maxChars = DEFAULT_MAX_CHARS): { text: string; cut: boolean } {
  if (text.length <= maxChars) return { text, cut: false };
  let head = Math.floor(maxChars * HEAD_SHARE);
  let tailStart = text.length - (maxChars - head);
  if (isHighSurrogate(text.charCodeAt(head - 1))) head -= 1;
  if (isLowSurrogate(text.charCodeAt(tailStart))) tailStart += 1;
  return { text: `${text.slice(0, head)} … ${text.slice(tailStart)}`, cut: true };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

const SPECIAL = /\[(CLS|SEP|PAD|UNK|MASK)\]/g;

/** A user typing "[CLS]" must not get the control token: "[CLS]" → "[ CLS]" (the model then sees ordinary pieces). */
export function escapeSpecialTokens(text: string): string {
  return text.replace(SPECIAL, '[ $1]');
}

/**
 * Keep at most `maxLen` ids including [CLS] and [SEP]: the first `headTokens`·(maxLen-2)/(trainedLen-2) body tokens and
 * the rest from the end. `ids` includes [CLS] first and [SEP] last (as the tokenizer's template adds them).
 */
export function truncateIds(ids: readonly number[], maxLen: number, headTokens: number, trainedLen = maxLen): { ids: number[]; cut: boolean } {
  const body = ids.slice(1, -1);
  const budget = maxLen - 2;
  if (body.length <= budget) return { ids: [...ids], cut: false };
  const head = Math.round((budget * headTokens) / (trainedLen - 2));
  const kept = [...body.slice(0, head), ...body.slice(body.length - (budget - head))];
  return { ids: [ids[0] ?? 1, ...kept, ids[ids.length - 1] ?? 2], cut: true };
}
