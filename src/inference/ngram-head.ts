// The n-gram head shipped beside the encoder (resources/models/intent/ngram.json, written by
// training/intent/ngram_head.py): TF-IDF over word 1–2-grams and in-word char 2–4-grams, then a linear layer.
// It reproduces scikit-learn's TfidfVectorizer (lowercase, token pattern \b\w\w+\b, char_wb padding, sublinear tf,
// l2 norm per vectorizer) so its probabilities match the trained model; the parity test checks that on 397 texts.
// A second linear layer over the same features plus three length features predicts complexity (when the file has it).
import { readFileSync } from 'node:fs';
import { COMPLEXITIES, TASK_TYPES } from '../shared/task-types.ts';
import { softmax } from './softmax.ts';

interface BlockFile {
  ngram_range: [number, number];
  vocab: string[];
  idf: number[];
}

interface NgramFile {
  name: string;
  labels: string[];
  cut_chars: number;
  word: BlockFile;
  char_wb: BlockFile;
  coef_int8: string;
  coef_scale: number[];
  intercept: number[];
  complexity?: {
    labels: string[];
    coef_int8: string;
    coef_scale: number[];
    /** [3 length features][3 complexities]. */
    length_coef: number[][];
    intercept: number[];
  };
}

export interface NgramPrediction {
  /** Probabilities in TASK_TYPES order. */
  task: number[];
  /** Probabilities in COMPLEXITIES order; undefined when the file has no complexity layer. */
  complexity: number[] | undefined;
}

export interface NgramHead {
  /** Task-type probabilities in TASK_TYPES order. */
  predict(text: string): number[];
  /** Task type and complexity from one featurization. */
  predictAll(text: string): NgramPrediction;
}

interface Block {
  index: Map<string, number>;
  idf: Float64Array;
  offset: number;
}

// Python's \w: letters and numbers of any script, and the underscore (combining marks are not word characters).
const WORD_RUN = /[\p{L}\p{N}_]{2,}/gu;
// Python's str.split(): runs of whitespace, including the Unicode separators and \x1c–\x1f.
// eslint-disable-next-line no-control-regex -- Python counts these control characters as whitespace
const WHITESPACE = /[\s\x1c-\x1f\x85]+/u;

const SURROGATE = /[\uD800-\uDFFF]/;

/** A tally of the block's known n-grams by feature index; unknown ones are ignored, as scikit-learn does. */
function tally(block: Block): { counts: Map<number, number>; add(gram: string): void } {
  const counts = new Map<number, number>();
  return {
    counts,
    add(gram) {
      const i = block.index.get(gram);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    },
  };
}

/** Counts of the block's known word 1–2-grams, by feature index. */
function countWordGrams(text: string, block: Block): Map<number, number> {
  const { counts, add } = tally(block);
  const tokens = text.match(WORD_RUN) ?? [];
  tokens.forEach((t, i) => {
    add(t);
    if (i > 0) add(`${tokens[i - 1]} ${t}`);
  });
  return counts;
}

/**
 * Counts of the block's known char n-grams within words, padded with a space each side (scikit-learn's char_wb: for
 * each n, every n-gram of the padded word; a padded word no longer than n ends the run of sizes).
 */
function countCharWbGrams(text: string, minN: number, maxN: number, block: Block): Map<number, number> {
  const { counts, add } = tally(block);
  for (const word of text.split(WHITESPACE)) {
    if (!word) continue;
    const padded = ` ${word} `;
    // Python slices code points; without surrogate pairs those are the UTF-16 units, and slicing the string is cheaper.
    // (Looking grams up by packed char codes instead, with no string per gram, measured only 7% faster.)
    const units: string | string[] = SURROGATE.test(padded) ? Array.from(padded) : padded;
    const len = units.length;
    for (let n = minN; n <= maxN; n++) {
      for (let o = 0; o + n <= len || o === 0; o++) add(typeof units === 'string' ? units.slice(o, o + n) : units.slice(o, o + n).join(''));
      if (len <= n) break;
    }
  }
  return counts;
}

/** tf-idf of one vectorizer's counts (sublinear tf), l2-normalised, added to `into` at the block's offset. */
function tfidf(counts: Map<number, number>, block: Block, into: Map<number, number>): void {
  let norm = 0;
  const vals: [number, number][] = [];
  for (const [i, c] of counts) {
    const v = (1 + Math.log(c)) * (block.idf[i] ?? 0);
    vals.push([i, v]);
    norm += v * v;
  }
  norm = Math.sqrt(norm);
  if (norm === 0) return;
  for (const [i, v] of vals) into.set(block.offset + i, v / norm);
}

/** Python's len(): code points, not UTF-16 units. */
function codePoints(text: string): number {
  let n = text.length;
  if (SURROGATE.test(text)) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) n--;
  return n;
}

/**
 * The complexity layer's length features (ngram_head.py length_features): code points, whitespace-separated words
 * and line breaks of the text the heads are given, each as log(1 + n).
 */
export function lengthFeatures(text: string): [number, number, number] {
  let words = 0;
  for (const w of text.split(WHITESPACE)) if (w) words++;
  let lines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  return [Math.log1p(codePoints(text)), Math.log1p(words), Math.log1p(lines)];
}

/** int8 weights [features × classes] from base64, checked against the expected size. */
function int8Weights(b64: unknown, features: number, classes: number, what: string, path: string): Int8Array {
  const bytes = Buffer.from(String(b64), 'base64');
  // A view of exactly these bytes: a small Buffer lives inside a shared pool.
  const coef = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (coef.length !== features * classes) throw new Error(`${path}: ${coef.length} weights for ${features} features × ${classes} ${what}`);
  return coef;
}

/** Load ngram.json. Throws with a clear message when the file is missing, malformed or for other labels. */
export function loadNgramHead(path: string): NgramHead {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as NgramFile;
  if (!Array.isArray(raw.labels) || raw.labels.join() !== TASK_TYPES.join()) throw new Error(`${path}: labels do not match the app task types`);
  const nLabels = TASK_TYPES.length;
  const mkBlock = (b: BlockFile, offset: number): Block => {
    if (!Array.isArray(b?.vocab) || b.vocab.length !== b.idf?.length) throw new Error(`${path}: vocabulary and idf differ in length`);
    return { index: new Map(b.vocab.map((g, i) => [g, i])), idf: Float64Array.from(b.idf), offset };
  };
  const word = mkBlock(raw.word, 0);
  const chars = mkBlock(raw.char_wb, raw.word.vocab.length);
  const features = raw.word.vocab.length + raw.char_wb.vocab.length;
  const coef = int8Weights(raw.coef_int8, features, nLabels, 'labels', path);
  const scale = Float64Array.from(raw.coef_scale);
  const intercept = Float64Array.from(raw.intercept);
  if (scale.length !== nLabels || intercept.length !== nLabels) throw new Error(`${path}: scale or intercept has the wrong length`);
  const nCx = COMPLEXITIES.length;
  const cx = raw.complexity;
  if (cx && (!Array.isArray(cx.labels) || cx.labels.join() !== COMPLEXITIES.join())) throw new Error(`${path}: complexity labels do not match the app's`);
  const cxCoef = cx ? int8Weights(cx.coef_int8, features, nCx, 'complexities', path) : undefined;
  const cxScale = Float64Array.from(cx?.coef_scale ?? []);
  const cxIntercept = Float64Array.from(cx?.intercept ?? []);
  const cxLength = (cx?.length_coef ?? []).map((row) => Float64Array.from(row));
  if (cx && (cxScale.length !== nCx || cxIntercept.length !== nCx || cxLength.length !== 3 || cxLength.some((r) => r.length !== nCx))) {
    throw new Error(`${path}: complexity scale, intercept or length weights have the wrong shape`);
  }
  const [cMin, cMax] = raw.char_wb.ngram_range;
  const cut = raw.cut_chars;

  /** Sparse features x · int8 weights [features × k], then × per-class scale. */
  const linear = (x: Map<number, number>, w: Int8Array, k: number, s: Float64Array): Float64Array => {
    const acc = new Float64Array(k);
    for (const [f, v] of x) {
      const row = f * k;
      for (let j = 0; j < k; j++) acc[j] = (acc[j] ?? 0) + v * (w[row + j] ?? 0);
    }
    for (let j = 0; j < k; j++) acc[j] = (acc[j] ?? 0) * (s[j] ?? 0);
    return acc;
  };

  const predictAll = (text: string): NgramPrediction => {
    // The first cut_chars code points (a string no longer than that in UTF-16 units has no more code points).
    const t = (text.length <= cut ? text : Array.from(text).slice(0, cut).join('')).toLowerCase();
    const x = new Map<number, number>();
    tfidf(countWordGrams(t, word), word, x);
    tfidf(countCharWbGrams(t, cMin, cMax, chars), chars, x);
    const task = softmax(Array.from(linear(x, coef, nLabels, scale), (a, k) => a + (intercept[k] ?? 0)));
    if (!cxCoef) return { task, complexity: undefined };
    const lf = lengthFeatures(text);
    const logits = Array.from(linear(x, cxCoef, nCx, cxScale), (a, k) => a + lf.reduce((sum, v, i) => sum + v * (cxLength[i]?.[k] ?? 0), 0) + (cxIntercept[k] ?? 0));
    return { task, complexity: softmax(logits) };
  };

  return { predict: (text) => predictAll(text).task, predictAll };
}
