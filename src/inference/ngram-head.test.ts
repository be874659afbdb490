// The n-gram head against the probabilities scikit-learn computed for the same texts (ngram_head.py writes the
// fixture from the shipped int8 weights), and its behaviour on odd input and broken files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TASK_TYPES } from '../shared/task-types.ts';
import { DEFAULT_MODEL_DIR } from './model-dir.ts';
import { loadNgramHead } from './ngram-head.ts';

const shipped = join(DEFAULT_MODEL_DIR, 'ngram.json');
const head = loadNgramHead(shipped);
const tmp = mkdtempSync(join(tmpdir(), 'bp-ngram-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('n-gram head (resources/models/intent/ngram.json)', () => {
  it('gives the probabilities scikit-learn gives, text for text', () => {
    const fx = JSON.parse(readFileSync(new URL('./fixtures/ngram-parity.json', import.meta.url), 'utf8')) as { text: string; probs: number[] }[];
    expect(fx.length).toBeGreaterThan(300);
    for (const { text, probs } of fx) {
      const p = head.predict(text);
      // The fixture rounds to 7 decimals; featurizing differently (one n-gram more or less) moves probabilities by far more.
      p.forEach((x, k) => expect(Math.abs(x - (probs[k] ?? NaN)), `${JSON.stringify(text.slice(0, 60))} / ${TASK_TYPES[k]}`).toBeLessThan(1e-6));
    }
  });

  it('returns a distribution over the task types for odd input, without throwing', () => {
    const odd = ['\u0000\u0001\u0007 binary \uFFFD\uFFFD', '🚀'.repeat(5000), 'שלום עולם, כתוב לי שיר', '   x   ', 'a'.repeat(100_000), 'Ελληνικά ΤΕΛΟΣ'];
    for (const t of odd) {
      const p = head.predict(t);
      expect(p).toHaveLength(TASK_TYPES.length);
      expect(p.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
      expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    }
  });

  it('reads text in its own words: code, a poem and a summary land where they belong', () => {
    const top = (t: string): string => { const p = head.predict(t); return TASK_TYPES[p.indexOf(Math.max(...p))] ?? '?'; };
    expect(top('Write a Python function that parses a CSV file and returns a list of dicts.')).toBe('code');
    expect(top('Write a short poem about autumn leaves falling.')).toBe('creative_writing');
    expect(top('Summarize the following article in three sentences.')).toBe('summarization');
  });

  it('refuses a file for other labels or with weights of the wrong size, saying which', () => {
    const raw = JSON.parse(readFileSync(shipped, 'utf8')) as Record<string, unknown>;
    const write = (name: string, v: unknown): string => { const f = join(tmp, name); writeFileSync(f, typeof v === 'string' ? v : JSON.stringify(v)); return f; };
    expect(() => loadNgramHead(write('labels.json', { ...raw, labels: ['a', 'b'] }))).toThrow(/labels do not match/);
    expect(() => loadNgramHead(write('coef.json', { ...raw, coef_int8: Buffer.from([1, 2, 3]).toString('base64') }))).toThrow(/3 weights for 40000 features × 13 labels/);
    expect(() => loadNgramHead(write('trunc.json', '{"labels": ['))).toThrow(SyntaxError);
    expect(() => loadNgramHead(join(tmp, 'missing.json'))).toThrow(/ENOENT/);
  });
});
