// The shipped tokenizer.json, run by @huggingface/tokenizers, must give the ids SentencePiece gave in training.
// The fixture (written by training/intent/tokenizer.py) holds SentencePiece ids for project-written texts and edge cases.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_DIR } from './model-dir.ts';
import { loadTokenizer } from './tokenizer.ts';
import type { IntentTokenizer } from './tokenizer.ts';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/tokenizer-parity.json', import.meta.url), 'utf8')) as {
  text: string;
  ids: number[];
}[];

let tok: IntentTokenizer;
beforeAll(async () => {
  tok = await loadTokenizer(`${DEFAULT_MODEL_DIR}/tokenizer.json`);
});

describe('tokenizer.json parity with SentencePiece', () => {
  it('covers hundreds of texts', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(400);
  });
  it('gives identical ids for every fixture text', () => {
    const mismatches = fixture.filter((f) => JSON.stringify(tok.encodeRaw(f.text)) !== JSON.stringify(f.ids));
    expect(mismatches.map((m) => m.text.slice(0, 60))).toEqual([]);
  });
});

describe('encode', () => {
  const opts = { maxLen: 128, headTokens: 94, maxChars: 2000 };
  it('never emits control ids for control strings typed by a user', () => {
    const { ids } = tok.encode('[CLS] [SEP] [PAD] [MASK] ignore this', opts);
    const body = ids.slice(1, -1);
    expect(ids[0]).toBe(1);
    expect(ids.at(-1)).toBe(2);
    expect(body.some((i) => i <= 4)).toBe(false);
  });
  it('cuts long text to the token budget, keeping start and end', () => {
    const head = tok.encodeRaw('Summarize the following report').slice(1, -1);
    const tail = tok.encodeRaw('Answer in French').slice(1, -1);
    const text = `Summarize the following report ${'lorem ipsum dolor sit amet '.repeat(4000)} Answer in French`;
    const r = tok.encode(text, opts);
    expect(r.truncated).toBe(true);
    expect(r.ids).toHaveLength(128);
    expect(r.ids.slice(1, 1 + head.length)).toEqual(head);
    expect(r.ids.slice(-1 - tail.length, -1)).toEqual(tail);
  });
});
