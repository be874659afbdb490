// The shipped SentencePiece-unigram tokenizer (tokenizer.json, DeBERTa-v3 layout) run by @huggingface/tokenizers.
import { readFile } from 'node:fs/promises';
import { Tokenizer } from '@huggingface/tokenizers';
import { cutText, escapeSpecialTokens, truncateIds } from './text.ts';

export interface EncodeOptions {
  maxLen: number;
  headTokens: number;
  maxChars: number;
  trainedLen?: number;
}

export interface Encoded {
  ids: number[];
  /** True when the text or its tokens were cut (start and end kept). */
  truncated: boolean;
}

export interface IntentTokenizer {
  /** Raw ids with [CLS] … [SEP], no escaping and no truncation (used by parity tests). */
  encodeRaw(text: string): number[];
  /** Escape control strings, cut the text, tokenize, then cut tokens to the budget. */
  encode(text: string, opts: EncodeOptions): Encoded;
}

export async function loadTokenizer(tokenizerJsonPath: string): Promise<IntentTokenizer> {
  const json: unknown = JSON.parse(await readFile(tokenizerJsonPath, 'utf8'));
  const tok = new Tokenizer(json as never, {} as never);
  const encodeRaw = (text: string): number[] => tok.encode(text).ids;
  return {
    encodeRaw,
    encode(text, opts) {
      const cut = cutText(escapeSpecialTokens(text), opts.maxChars);
      const t = truncateIds(encodeRaw(cut.text), opts.maxLen, opts.headTokens, opts.trainedLen ?? opts.maxLen);
      return { ids: t.ids, truncated: cut.cut || t.cut };
    },
  };
}
