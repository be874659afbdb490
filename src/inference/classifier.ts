// The intent classifier service: loads the ONNX model and tokenizer once, warms up, micro-batches concurrent requests,
// and falls back to the rules classifier (every result then says source 'rules') when the model cannot load. The cheap
// heads (rules, n-gram head) run first; when they agree confidently the encoder is not asked (see SKIP_ENCODER_AT).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { COMPLEXITIES, TASK_TYPES } from '../shared/task-types.ts';
import type { Complexity, TaskType } from '../shared/task-types.ts';
import { isMostlyNonLatin } from '../shared/script.ts';
import type { Classification } from '../shared/classification.ts';
import type { ClassifierInfo } from '../shared/routes/classifier.ts';
import { classifyByRules, RULES_MODEL_VERSION } from './rules-classifier.ts';
import { loadNgramHead } from './ngram-head.ts';
import { softmax } from './softmax.ts';
import type { NgramHead, NgramPrediction } from './ngram-head.ts';
import { defaultProviderOrder } from './providers.ts';
import { batchTensors, createInProcessRunner, createWorkerRunner } from './runner.ts';
import type { Runner } from './runner.ts';
import type { ProviderName } from './providers.ts';
import { loadTokenizer } from './tokenizer.ts';
import type { IntentTokenizer } from './tokenizer.ts';
import { assertPromptText, cutText, DEFAULT_MAX_CHARS } from './text.ts';

export interface IntentClassifierOptions {
  /** Folder with model.onnx, tokenizer.json and labels.json (resources/models/intent). */
  modelDir: string;
  /** onnxruntime intra-op threads (default: defaultClassifierThreads()). */
  threads?: number;
  /** Providers to try before CPU, e.g. ['cuda']. Default: per-platform order (see defaultProviderOrder). */
  preferredProviders?: readonly ProviderName[];
  /** Most requests run in one model call (default 32). */
  maxBatch?: number;
  /** Token budget incl. [CLS]/[SEP] (default: labels.json max_len, 128). */
  maxTokens?: number;
  /** Run one inference right after loading so the first user request is fast (default true). */
  warmup?: boolean;
  /**
   * Weight of the rules classifier's scores as cheap prompt features, combined with the model's as
   * p ∝ p_model · p_rules^w (default DEFAULT_RULES_WEIGHT, chosen on the dev split; 0 = model only).
   */
  rulesWeight?: number;
  /**
   * Weight of the n-gram head (ngram.json beside the model, when present): p ∝ p_model · p_rules^w · p_ngram^n
   * (default DEFAULT_NGRAM_WEIGHT, chosen on the dev split; 0 = not used).
   */
  ngramWeight?: number;
  /**
   * Weight of the n-gram head's complexity probabilities: p ∝ p_model · p_ngram^c (default
   * DEFAULT_COMPLEXITY_NGRAM_WEIGHT; 0 = the encoder's complexity head alone).
   */
  complexityNgramWeight?: number;
  /**
   * Answer without the encoder when the rules and the n-gram head name the same task type and both it and their blend
   * reach this probability (default SKIP_ENCODER_AT; above 1 = always run the encoder).
   */
  skipEncoderAt?: number;
  /**
   * Run the ONNX session in a worker thread (default true): onnxruntime-node computes on the calling thread, so
   * in-process inference would stall the event loop for the length of each batch. Falls back to in-process when a
   * worker cannot start (info().errors says so).
   */
  worker?: boolean;
  /** Path of the worker script when running from a bundle (electron-vite emits out/main/session-worker.js). */
  workerPath?: string;
}

/**
 * Chosen together on the dev split (training/intent/eval.ts prints the sweep; see MODEL_CARD.md): the best dev
 * real-prompt accuracy among the settings within 0.001 of the best dev accuracy. Model 1.2.1 (the 1.2.0 encoder with
 * the n-gram head retrained on the everyday asks), dev: rules 0.5 alone → acc 0.840, real 0.752; rules 0.75 with the
 * n-gram head at 0.75 → acc 0.851, real 0.780; at 1 → acc 0.854, real 0.772 (the best dev accuracy).
 */
export const DEFAULT_RULES_WEIGHT = 0.75;
export const DEFAULT_NGRAM_WEIGHT = 1;

/**
 * Prompts mostly in a non-Latin script (Chinese, Russian, Japanese…) give the rules twice the weight: the model has
 * seen few of them, while the rules carry keywords in those languages (dev split, model 1.2.0, weight 0.5 → 1 for its 44
 * such rows: their accuracy 0.45 → 0.59; all rows 0.836 → 0.838, real prompts 0.740 → 0.748).
 */
export const NON_LATIN_RULES_FACTOR = 2;

/**
 * The cheap heads decide alone when they agree at this probability. Chosen on the dev split (model 1.2.0, training/
 * intent/eval.ts prints the sweep): at 0.9 the encoder is skipped for 45% of dev prompts and accuracy is unchanged
 * (all 0.8505, real 0.780; the probe and chat sets unchanged too); at 0.8, 51% and one dev prompt lost.
 */
export const SKIP_ENCODER_AT = 0.9;

/**
 * Complexity: p ∝ p_model · p_ngram^c. The n-gram head's complexity layer reads length as well as words and learns the
 * heuristic labels (training/intent/common.py complexity_of) far better than the encoder's head. Dev split, model
 * 1.2.0, accuracy / F1 on complex prompts: encoder alone 0.912 / 0.31; c = 0.5 0.945 / 0.67; 1 0.956 / 0.80;
 * 2 0.961 / 0.86; 4 0.962 / 0.88.
 */
export const DEFAULT_COMPLEXITY_NGRAM_WEIGHT = 4;

/** The blend weight for one prompt: `w`, or `w × NON_LATIN_RULES_FACTOR` when it is mostly in a non-Latin script. */
export function rulesWeightFor(text: string, w: number): number {
  return w > 0 && isMostlyNonLatin(text) ? w * NON_LATIN_RULES_FACTOR : w;
}

export interface IntentClassifier {
  predict(text: string): Promise<Classification>;
  predictBatch(texts: readonly string[]): Promise<Classification[]>;
  info(): ClassifierInfo;
  dispose(): Promise<void>;
}

interface LabelsFile {
  name: string;
  version: string;
  task_types: TaskType[];
  complexities: Complexity[];
  max_len: number;
  head_tokens: number;
  max_chars?: number;
}

interface Pending {
  ids: number[];
  text: string;
  heads: CheapHeads;
  truncated: boolean;
  start: number;
  resolve: (c: Classification) => void;
  reject: (e: unknown) => void;
}

/**
 * Combine model probabilities (in TASK_TYPES order) with the rules classifier's scores as cheap prompt features:
 * p ∝ p_model · p_rules^w, and with the n-gram head's probabilities when given: · p_ngram^n. Returns probabilities in
 * TASK_TYPES order.
 */
export function blendWithRules(
  pModel: readonly number[],
  pRules: Readonly<Record<TaskType, number>> | undefined,
  w: number,
  pNgram?: readonly number[],
  n = 0,
): number[] {
  const logs = TASK_TYPES.map(
    (t, i) =>
      Math.log((pModel[i] ?? 0) + 1e-12) +
      (pRules && w > 0 ? w * Math.log((pRules[t] ?? 0) + 1e-12) : 0) +
      (pNgram && n > 0 ? n * Math.log((pNgram[i] ?? 0) + 1e-12) : 0),
  );
  return softmax(logs);
}

/**
 * predictBatch reads this many prompts (cheap heads and tokenizing, ~0.5 ms each) per turn of the event loop, so a
 * long batch does not hold it in one piece. One prompt at a time (the app's case) costs one turn either way.
 */
const PROMPTS_PER_TURN = 8;

/** The cheap heads' view of one prompt (computed before the encoder is asked). */
export interface CheapHeads {
  rules?: Readonly<Record<TaskType, number>>;
  ngram?: NgramPrediction;
}

const UNIFORM_TASK = TASK_TYPES.map(() => 1 / TASK_TYPES.length);

/**
 * The verdict of the rules and the n-gram head alone (task and complexity probabilities), when they name the same task
 * type and both the head and their blend reach `skipAt`; otherwise undefined and the encoder decides with them.
 * `rulesW` is the prompt's rules weight (rulesWeightFor).
 */
export function headsVerdict(h: CheapHeads, rulesW: number, ngramW: number, skipAt: number): { task: number[]; complexity: number[] } | undefined {
  const ng = h.ngram;
  if (!h.rules || !ng?.complexity || skipAt > 1 || ngramW <= 0 || rulesW <= 0) return undefined;
  const top = argmax(ng.task);
  if ((ng.task[top] ?? 0) < skipAt || argmax(TASK_TYPES.map((t) => h.rules?.[t] ?? 0)) !== top) return undefined;
  const task = blendWithRules(UNIFORM_TASK, h.rules, rulesW, ng.task, ngramW);
  return (task[top] ?? 0) >= skipAt && argmax(task) === top ? { task, complexity: ng.complexity } : undefined;
}

/** Complexity probabilities (COMPLEXITIES order): the encoder's, times the n-gram head's to the power `c` when given. */
export function blendComplexity(pModel: readonly number[], pNgram: readonly number[] | undefined, c: number): number[] {
  if (!pNgram || c <= 0) return [...pModel];
  return softmax(COMPLEXITIES.map((_, i) => Math.log((pModel[i] ?? 0) + 1e-12) + c * Math.log((pNgram[i] ?? 0) + 1e-12)));
}

function argmax(xs: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if ((xs[i] ?? -1) > (xs[best] ?? -1)) best = i;
  return best;
}

function readLabels(modelDir: string): LabelsFile {
  const raw = JSON.parse(readFileSync(join(modelDir, 'labels.json'), 'utf8')) as LabelsFile;
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(raw.task_types, TASK_TYPES) || !same(raw.complexities, COMPLEXITIES)) {
    throw new Error('labels.json does not match the app task types / complexities');
  }
  return raw;
}

export { batchTensors };

/**
 * Splits requests (sorted by length) into model calls of at most `maxBatch`, starting a new call when a request is
 * much longer than the call's shortest: every row is padded to the longest, so mixing a 10-token and a 128-token
 * prompt would make the short one cost as much as the long one.
 */
export function lengthBuckets<T extends { ids: readonly unknown[] }>(sorted: readonly T[], maxBatch: number): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  for (const item of sorted) {
    const first = cur[0];
    if (first && (cur.length >= maxBatch || item.ids.length > first.ids.length * 1.5 + 8)) {
      out.push(cur);
      cur = [];
    }
    cur.push(item);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * Two intra-op threads where the machine has two cores or more. Measured with bench:enhance --model on a 2-core
 * machine: pipeline p95 12.0 ms with 1 thread vs 8.2 ms with 2 (classify p95 10.6 → 6.8 ms). The session runs in a
 * worker thread and the window in its own process, so the second core is only busy for the few milliseconds of a
 * model call. More than 2 does not pay for a model this small (the per-op work is too short to split further).
 */
export function defaultClassifierThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Create the classifier. Never throws for a missing or broken model: it logs nothing, returns a classifier whose
 * results come from the rules (source 'rules'), and `info().errors` says why.
 */
export async function createIntentClassifier(opts: IntentClassifierOptions): Promise<IntentClassifier> {
  const threads = opts.threads ?? defaultClassifierThreads();
  const maxBatch = Math.max(1, opts.maxBatch ?? 32);
  const latencies: number[] = [];
  const errors: string[] = [];
  const record = (ms: number): void => {
    latencies.push(ms);
    if (latencies.length > 200) latencies.shift();
  };
  const latencyStats = (): ClassifierInfo['latencyMs'] => {
    if (latencies.length === 0) return { mean: 0, p95: 0, count: 0 };
    const s = [...latencies].sort((a, b) => a - b);
    return {
      mean: s.reduce((a, b) => a + b, 0) / s.length,
      p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? 0,
      count: s.length,
    };
  };

  let labels: LabelsFile | undefined;
  let ngram: NgramHead | undefined;
  let tokenizer: IntentTokenizer | undefined;
  let session: Runner | undefined;
  let provider = 'rules';
  let loadMs = 0;
  let warmupMs = 0;
  let modelBytes = 0;
  try {
    const modelPath = join(opts.modelDir, 'model.onnx');
    if (!existsSync(modelPath)) throw new Error(`Model file not found: ${modelPath}`);
    labels = readLabels(opts.modelDir);
    tokenizer = await loadTokenizer(join(opts.modelDir, 'tokenizer.json'));
    modelBytes = statSync(modelPath).size;
    const runnerOpts = { threads, providers: opts.preferredProviders ?? defaultProviderOrder(), workerPath: opts.workerPath };
    let res: Runner;
    if (opts.worker === false) {
      res = await createInProcessRunner(modelPath, runnerOpts);
    } else {
      try {
        res = await createWorkerRunner(modelPath, runnerOpts);
      } catch (err) {
        // A model that cannot load fails the same way in process; anything else (no worker support) is worth a retry.
        errors.push(`worker thread unavailable, running in process: ${err instanceof Error ? err.message : String(err)}`);
        res = await createInProcessRunner(modelPath, runnerOpts);
      }
    }
    session = res;
    provider = res.provider;
    loadMs = res.loadMs;
    for (const f of res.failures) errors.push(`provider ${f.provider} failed: ${f.error}`);
    // The n-gram head only joins the model: the rules fallback stays the plain rules, as its results say.
    const ngramPath = join(opts.modelDir, 'ngram.json');
    if ((opts.ngramWeight ?? DEFAULT_NGRAM_WEIGHT) > 0 && existsSync(ngramPath)) {
      try {
        ngram = loadNgramHead(ngramPath);
      } catch (err) {
        errors.push(`n-gram head not used: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  } catch (err) {
    errors.push(err instanceof Error ? err.message : String(err));
    session = undefined;
    provider = 'rules';
  }

  const name = labels?.name ?? 'intent-deberta-v3-small';
  const version = labels?.version ?? '0.0.0';
  const maxLen = opts.maxTokens ?? labels?.max_len ?? 128;
  const encodeOpts = {
    maxLen,
    headTokens: labels?.head_tokens ?? 94,
    maxChars: labels?.max_chars ?? DEFAULT_MAX_CHARS,
    trainedLen: labels?.max_len ?? 128,
  };
  const modelVersion = (): string => (session ? `${name}@${version} (${provider})` : RULES_MODEL_VERSION);

  const rulesWeight = Math.max(0, opts.rulesWeight ?? DEFAULT_RULES_WEIGHT);
  const ngramWeight = ngram ? Math.max(0, opts.ngramWeight ?? DEFAULT_NGRAM_WEIGHT) : 0;
  const cxWeight = ngram ? Math.max(0, opts.complexityNgramWeight ?? DEFAULT_COMPLEXITY_NGRAM_WEIGHT) : 0;
  const skipAt = opts.skipEncoderAt ?? SKIP_ENCODER_AT;
  const encoderCalls = { ran: 0, skipped: 0 };
  // The cheap heads' view of a prompt (of the cut text the model would read).
  const heads = (text: string): CheapHeads => ({
    ...(rulesWeight > 0 ? { rules: classifyByRules(text).scores } : {}),
    ...(ngram && (ngramWeight > 0 || cxWeight > 0) ? { ngram: ngram.predictAll(text) } : {}),
  });
  const blend = (pt: number[], text: string, h: CheapHeads): number[] =>
    !h.rules && !h.ngram
      ? pt
      : blendWithRules(pt, h.rules, h.rules ? rulesWeightFor(text, rulesWeight) : 0, h.ngram?.task, ngramWeight);
  const verdict = (p: { task: number[]; complexity: number[] }, start: number, truncated: boolean): Classification => {
    const ti = argmax(p.task);
    const ci = argmax(p.complexity);
    const ms = performance.now() - start;
    record(ms);
    return {
      intent: TASK_TYPES[ti] ?? 'open_qa',
      confidence: p.task[ti] ?? 0,
      complexity: COMPLEXITIES[ci] ?? 'moderate',
      complexityConfidence: p.complexity[ci] ?? 0,
      scores: Object.fromEntries(TASK_TYPES.map((t, i) => [t, p.task[i] ?? 0])) as Record<TaskType, number>,
      source: 'model',
      modelVersion: modelVersion(),
      ms,
      truncated,
    };
  };

  let queue: Pending[] = [];
  let running = false;
  let scheduled = false;
  let disposed = false;

  const runBatch = async (batch: Pending[]): Promise<void> => {
    const s = session;
    if (!s) throw new Error('model not loaded');
    const { task, complexity: cx } = await s.run(batch.map((p) => p.ids));
    encoderCalls.ran += batch.length;
    const nT = TASK_TYPES.length;
    const nC = COMPLEXITIES.length;
    batch.forEach((p, r) => {
      const pt = blend(softmax(task, r * nT, nT), p.text, p.heads);
      const pc = blendComplexity(softmax(cx, r * nC, nC), p.heads.ngram?.complexity, cxWeight);
      p.resolve(verdict({ task: pt, complexity: pc }, p.start, p.truncated));
    });
  };

  const pump = async (): Promise<void> => {
    if (running) return;
    running = true;
    try {
      while (queue.length > 0) {
        // Take everything that is waiting; sort by length so each model call pads little.
        const waiting = queue;
        queue = [];
        waiting.sort((a, b) => a.ids.length - b.ids.length);
        for (const batch of lengthBuckets(waiting, maxBatch)) {
          try {
            await runBatch(batch);
          } catch (err) {
            for (const p of batch) p.reject(err);
          }
        }
      }
    } finally {
      running = false;
    }
  };

  const schedule = (): void => {
    if (scheduled || running) return;
    scheduled = true;
    // setImmediate lets every request issued in the same tick join one batch.
    setImmediate(() => {
      scheduled = false;
      void pump();
    });
  };

  // The cheap heads first: when they agree confidently, the answer needs neither the tokenizer nor the encoder.
  // `held` collects the requests for the encoder instead of queueing them, so predictBatch can queue a whole batch at
  // once (the same batches every run: int8 activation scales depend on the batch a prompt runs in).
  const classify = (text: string, start: number, maySkip = true, held?: Pending[]): Classification | Promise<Classification> => {
    const t = tokenizer;
    if (!t) throw new Error('tokenizer not loaded');
    const { text: cut, cut: truncated } = cutText(text, encodeOpts.maxChars);
    const h = heads(cut);
    const quick = maySkip ? headsVerdict(h, rulesWeightFor(cut, rulesWeight), ngramWeight, skipAt) : undefined;
    if (quick) {
      encoderCalls.skipped++;
      return verdict(quick, start, truncated);
    }
    const enc = t.encode(text, encodeOpts);
    return new Promise<Classification>((resolve, reject) => {
      const pending = { ids: enc.ids, text: cut, heads: h, truncated: enc.truncated, start, resolve, reject };
      if (held) return void held.push(pending);
      queue.push(pending);
      schedule();
    });
  };

  const rules = (text: string, start: number): Classification => {
    const c = classifyByRules(text);
    const ms = performance.now() - start;
    record(ms);
    return { ...c, source: 'rules', modelVersion: RULES_MODEL_VERSION, ms };
  };

  const predict = async (text: string): Promise<Classification> => {
    assertPromptText(text);
    if (disposed) throw new Error('classifier has been disposed');
    const start = performance.now();
    if (!session) return rules(text, start);
    return classify(text, start);
  };

  if (session && opts.warmup !== false) {
    const w0 = performance.now();
    try {
      // Through the encoder even where the cheap heads would answer: warming it up is the point.
      const start = performance.now();
      await Promise.all(['Warm up the intent model.', 'Summarize this text for me, please.'].map((t) => classify(t, start, false)));
    } catch (err) {
      errors.push(`warm-up failed: ${err instanceof Error ? err.message : String(err)}`);
    }
    warmupMs = performance.now() - w0;
    latencies.length = 0;
  }

  return {
    predict,
    async predictBatch(texts) {
      if (!Array.isArray(texts)) throw new TypeError('predictBatch expects an array of strings');
      texts.forEach((t) => assertPromptText(t));
      if (disposed) throw new Error('classifier has been disposed');
      if (!session) return texts.map((t) => rules(t, performance.now()));
      const out: (Classification | Promise<Classification>)[] = [];
      const held: Pending[] = [];
      for (const [i, t] of texts.entries()) {
        if (i > 0 && i % PROMPTS_PER_TURN === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        out.push(classify(t, performance.now(), true, held));
      }
      queue.push(...held);
      if (held.length) schedule();
      return Promise.all(out);
    },
    info() {
      return {
        name,
        version,
        provider,
        source: session ? 'model' : 'rules',
        loadMs,
        warmupMs,
        latencyMs: latencyStats(),
        threads,
        modelBytes,
        errors: [...errors],
        rulesWeight: session ? rulesWeight : 0,
        ngramWeight: session ? ngramWeight : 0,
        ...(session ? { complexityNgramWeight: cxWeight, skipEncoderAt: skipAt, encoderCalls: { ...encoderCalls } } : {}),
        runner: session ? session.mode : 'none',
      };
    },
    async dispose() {
      disposed = true;
      const s = session;
      session = undefined;
      if (s) await s.release();
    },
  };
}
