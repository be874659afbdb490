// The n-gram head against the probabilities scikit-learn computed for the same texts (ngram_head.py writes the
// fixture from the shipped int8 weights), and its behaviour on odd input and broken files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPLEXITIES, TASK_TYPES } from '../shared/task-types.ts';
import { DEFAULT_MODEL_DIR } from './model-dir.ts';
import { loadNgramHead } from './ngram-head.ts';

const shipped = join(DEFAULT_MODEL_DIR, 'ngram.json');
const head = loadNgramHead(shipped);
const tmp = mkdtempSync(join(tmpdir(), 'bp-ngram-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('n-gram head (resources/models/intent/ngram.json)', () => {
  it('gives the probabilities scikit-learn gives, text for text', () => {
    const fx = JSON.parse(readFileSync(new URL('./fixtures/ngram-parity.json', import.meta.url), 'utf8')) as { text: string; probs: number[]; complexity: number[] }[];
    expect(fx.length).toBeGreaterThan(300);
    for (const { text, probs, complexity } of fx) {
      const p = head.predictAll(text);
      expect(head.predict(text)).toEqual(p.task);
      // The fixture rounds to 7 decimals; featurizing differently (one n-gram more or less) moves probabilities by far more.
      p.task.forEach((x, k) => expect(Math.abs(x - (probs[k] ?? NaN)), `${JSON.stringify(text.slice(0, 60))} / ${TASK_TYPES[k]}`).toBeLessThan(1e-6));
      // Complexity adds length features (code points, words, line breaks: a miscount shows here).
      expect(p.complexity).toHaveLength(COMPLEXITIES.length);
      p.complexity?.forEach((x, k) => expect(Math.abs(x - (complexity[k] ?? NaN)), `${JSON.stringify(text.slice(0, 60))} / ${COMPLEXITIES[k]}`).toBeLessThan(1e-6));
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

  it('tells a one-line ask, a short request with context and a long brief apart', () => {
    const cx = (t: string): string => { const p = head.predictAll(t).complexity ?? []; return COMPLEXITIES[p.indexOf(Math.max(...p))] ?? '?'; };
    expect(cx('What is the capital of Peru?')).toBe('simple');
    expect(cx('Summarize this email for my manager and suggest a reply. Keep it short.\n\nHi all, the vendor moved the delivery to Friday.')).toBe('moderate');
    const context = 'Our support team answers about 400 tickets a week, mostly about billing, login problems and exports that time out. '.repeat(16);
    const requirements = ['Each step must name an owner.', 'Include a budget.', 'Avoid hiring.', 'Format it as a table.', 'Make sure it covers weekends.'];
    expect(cx(`Write a plan to cut our first-response time in half by June.\n\n${context}\nRequirements:\n${requirements.map((r) => `- ${r}`).join('\n')}`)).toBe('complex');
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
    const cx = raw.complexity as Record<string, unknown>;
    expect(() => loadNgramHead(write('cxlabels.json', { ...raw, complexity: { ...cx, labels: ['easy', 'hard'] } }))).toThrow(/complexity labels do not match/);
    expect(() => loadNgramHead(write('cxlen.json', { ...raw, complexity: { ...cx, length_coef: [[1, 2, 3]] } }))).toThrow(/complexity scale, intercept or length weights have the wrong shape/);
    expect(() => loadNgramHead(write('cxcoef.json', { ...raw, complexity: { ...cx, coef_int8: 'AAAA' } }))).toThrow(/3 weights for 40000 features × 3 complexities/);
    // A head trained before the complexity layer existed still gives task types.
    const { complexity: _dropped, ...older } = raw;
    expect(loadNgramHead(write('older.json', older)).predictAll('Summarize this article.').complexity).toBeUndefined();
    expect(() => loadNgramHead(write('trunc.json', '{"labels": ['))).toThrow(SyntaxError);
    expect(() => loadNgramHead(join(tmp, 'missing.json'))).toThrow(/ENOENT/);
  });
});
