// Runs the real shipped model (resources/models/intent) through onnxruntime-node.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { ClassificationSchema } from '../shared/classification.ts';
import { ClassifierInfoSchema } from '../shared/routes/classifier.ts';
import { TASK_TYPES } from '../shared/task-types.ts';
import type { TaskType } from '../shared/task-types.ts';
import { batchTensors, blendComplexity, createIntentClassifier, headsVerdict, NON_LATIN_RULES_FACTOR, rulesWeightFor, SKIP_ENCODER_AT } from './classifier.ts';
import type { IntentClassifier } from './classifier.ts';
import { DEFAULT_MODEL_DIR } from './model-dir.ts';
import { InvalidClassifierInputError } from './text.ts';

let clf: IntentClassifier;
// Always through the encoder, for the tests of the encoder's own path (batching, the worker thread).
let encoder: IntentClassifier;
beforeAll(async () => {
  clf = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [] });
  encoder = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [], skipEncoderAt: 2 });
});
afterAll(async () => {
  await clf.dispose();
  await encoder.dispose();
});

describe('intent classifier (shipped ONNX model)', () => {
  it('loads the model on CPU and reports it', () => {
    const info = ClassifierInfoSchema.parse(clf.info());
    expect(info.source).toBe('model');
    expect(info.provider).toBe('cpu');
    expect(info.name).toBe('intent-deberta-v3-small');
    expect(info.loadMs).toBeGreaterThan(0);
    expect(info.modelBytes).toBeLessThanOrEqual(30 * 1024 * 1024);
    expect(info.runner).toBe('worker');
    // Two intra-op threads where there are two cores (bench:enhance --model: pipeline p95 12.0 → 8.2 ms).
    expect(info.threads).toBe(Math.min(2, availableParallelism()));
  });

  it('keeps the event loop free while the model works (session in a worker thread)', async () => {
    const long = 'Review this design doc and list risks. '.repeat(30);
    let maxGap = 0;
    let last = performance.now();
    const iv = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
    }, 1);
    const t0 = performance.now();
    for (let round = 0; round < 3; round++) await Promise.all(Array.from({ length: 32 }, (_, i) => encoder.predict(`${long} ${i}`)));
    const total = performance.now() - t0;
    clearInterval(iv);
    // The main thread only tokenizes and blends; the model's compute (most of `total`) happens elsewhere.
    expect(maxGap).toBeLessThan(Math.max(60, total / 2));
  });

  it('can run in process too', async () => {
    const c = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [], worker: false, warmup: false });
    try {
      expect(c.info().runner).toBe('in-process');
      const [a, b] = [await c.predict('Translate this into French: good morning'), await clf.predict('Translate this into French: good morning')];
      expect(a.intent).toBe(b.intent);
      expect(Math.abs(a.confidence - b.confidence)).toBeLessThan(1e-5);
    } finally {
      await c.dispose();
    }
  });

  it('classifies clear prompts, with valid results', async () => {
    const cases: [string, string][] = [
      ['Write a Python function that checks whether a string is a palindrome.', 'code'],
      ['A train travels 120 km in 1.5 hours. What is its average speed in km/h?', 'reasoning'],
      ['I want you to act as a Linux terminal. I will type commands and you will reply with what the terminal should show.', 'roleplay'],
      ['Write a poem about the ocean at night.', 'creative_writing'],
    ];
    for (const [text, intent] of cases) {
      const c = ClassificationSchema.parse(await clf.predict(text));
      expect(c.source).toBe('model');
      expect(c.modelVersion).toMatch(/^intent-deberta-v3-small@.+ \(cpu\)$/);
      expect(c.intent, text).toBe(intent);
      const sum = TASK_TYPES.reduce((s, t) => s + c.scores[t], 0);
      expect(sum).toBeCloseTo(1, 4);
      expect(c.truncated).toBe(false);
    }
  });

  it('batches concurrent requests and gives the same answers as one at a time', async () => {
    const texts = Array.from({ length: 40 }, (_, i) =>
      i % 2 ? `Summarize this note in one line: meeting ${i} moved to Friday at ${i % 12} pm.` : `Give me ${i} ideas for a birthday party.`,
    );
    const one: number[] = [];
    for (const t of texts.slice(0, 6)) one.push((await encoder.predict(t)).confidence);
    const ran = encoder.info().encoderCalls?.ran ?? 0;
    const many = await Promise.all(texts.map((t) => encoder.predict(t)));
    expect(many).toHaveLength(40);
    expect(encoder.info().encoderCalls).toEqual({ ran: ran + 40, skipped: 0 });
    // Dynamic int8 quantization scales activations per batch, so batched confidences move slightly; intents do not.
    one.forEach((c, i) => expect(Math.abs(c - (many[i]?.confidence ?? -1))).toBeLessThan(0.02));
    const batch = await encoder.predictBatch(texts.slice(0, 6));
    batch.forEach((c, i) => expect(c.intent).toBe(many[i]?.intent));
    // A batch is queued whole, so it runs in the same model calls every time: the same scores, to the last digit.
    const scoresOf = async (): Promise<unknown[]> => (await encoder.predictBatch(texts)).map((c) => c.scores);
    expect(await scoresOf()).toEqual(await scoresOf());
    // With the cheap heads answering where they agree, the intents stay those of the encoder.
    const quick = await clf.predictBatch(texts);
    quick.forEach((c, i) => expect(c.intent, texts[i]).toBe(many[i]?.intent));
  });

  it('classifies a 100 KB prompt, keeping its start and end', async () => {
    const text = `Summarize the following log. ${'2024-01-01 INFO request handled in 12ms by worker 7\n'.repeat(2000)}`.slice(0, 100_000);
    expect(text.length).toBe(100_000);
    const t0 = performance.now();
    const c = await clf.predict(text);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(c.truncated).toBe(true);
    expect(TASK_TYPES).toContain(c.intent);
  });

  it('blends the rules scores in by default, and can run the model alone', async () => {
    expect(clf.info().rulesWeight).toBeGreaterThan(0);
    const alone = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [], rulesWeight: 0, warmup: false });
    try {
      expect(alone.info().rulesWeight).toBe(0);
      const text = 'Give me five ideas for a rainy Sunday with kids.';
      const [a, b] = [await alone.predict(text), await clf.predict(text)];
      expect(a.source).toBe('model');
      expect(a.scores).not.toEqual(b.scores);
    } finally {
      await alone.dispose();
    }
  });

  it('lets a strong rule outvote a model that reads a legal question as writing', async () => {
    // The encoder and the n-gram head both lean to creative_writing/rewrite here; "is that allowed" is a question.
    const r = await clf.predict('my landlord wants to raise rent by 15% mid-lease, is that allowed in California');
    expect(r.intent).toBe('open_qa');
  });

  it('lets a strong rule outvote a model that reads "I\'m giving a talk… help me structure it" as roleplay', async () => {
    // The encoder reads the first person as a role to play (roleplay 0.65); the asker is giving the talk.
    const r = await clf.predict("I'm giving a 10-minute talk on climate tech to high school students. Help me structure it.");
    expect(r.intent).toBe('creative_writing');
  });

  it('reads a request to answer a quoted review as writing, not as the review to classify', async () => {
    // The encoder leans to classification (0.72) because the quote reads like a review to label.
    const r = await clf.predict('Help me respond to this negative Google review: "Terrible service, waited an hour and nobody apologized. Never coming back."');
    expect(r.intent).toBe('creative_writing');
  });

  it('blends the n-gram head in too, and works without it or with a broken one', async () => {
    expect(clf.info().ngramWeight).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), 'bp-model-'));
    try {
      for (const f of ['model.onnx', 'tokenizer.json', 'labels.json']) copyFileSync(join(DEFAULT_MODEL_DIR, f), join(dir, f));
      const text = 'Can you compare these two phones for me and tell me which one to buy?';
      const without = await createIntentClassifier({ modelDir: dir, preferredProviders: [], warmup: false });
      writeFileSync(join(dir, 'ngram.json'), '{"labels": ["open_qa"]}');
      const broken = await createIntentClassifier({ modelDir: dir, preferredProviders: [], warmup: false });
      try {
        expect(without.info().ngramWeight).toBe(0);
        expect(without.info().errors).toEqual([]);
        expect(broken.info().source).toBe('model');
        expect(broken.info().ngramWeight).toBe(0);
        expect(broken.info().errors.join('\n')).toMatch(/n-gram head not used: .*labels do not match/);
        const [a, b, c] = [await without.predict(text), await broken.predict(text), await clf.predict(text)];
        expect(a.scores).toEqual(b.scores);
        expect(c.scores).not.toEqual(a.scores);
      } finally {
        await without.dispose();
        await broken.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers without the encoder where the rules and the n-gram head agree, and asks it otherwise', async () => {
    expect(clf.info().skipEncoderAt).toBe(SKIP_ENCODER_AT);
    const count = (): { ran: number; skipped: number } => ({ ...(clf.info().encoderCalls ?? { ran: NaN, skipped: NaN }) });
    const before = count();
    const clear = await clf.predict('Write a poem about the ocean at night.');
    expect(count()).toEqual({ ran: before.ran, skipped: before.skipped + 1 });
    expect(ClassificationSchema.parse(clear)).toMatchObject({ intent: 'creative_writing', source: 'model', complexity: 'simple' });
    expect(clear.modelVersion).toMatch(/^intent-deberta-v3-small@.+ \(cpu\)$/);
    expect(clear.intent).toBe((await encoder.predict('Write a poem about the ocean at night.')).intent);
    // The rules read a decision here, the n-gram head a rewrite: the encoder settles it.
    await clf.predict('should we rewrite our Django monolith in Go or keep it?');
    expect(count()).toEqual({ ran: before.ran + 1, skipped: before.skipped + 1 });
  });

  it('warms the encoder up even with prompts the heads could answer', async () => {
    const warm = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [] });
    const cold = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: [], warmup: false });
    try {
      expect(warm.info().encoderCalls).toEqual({ ran: 2, skipped: 0 });
      expect(cold.info().encoderCalls).toEqual({ ran: 0, skipped: 0 });
    } finally {
      await warm.dispose();
      await cold.dispose();
    }
  });

  it('takes complexity from the encoder and the n-gram head together: a long brief is complex', async () => {
    expect(clf.info().complexityNgramWeight).toBeGreaterThan(0);
    const context = 'Our support team answers about 400 tickets a week, mostly about billing, login problems and exports that time out. '.repeat(16);
    const brief = `Write a plan to cut our first-response time in half by June.\n\n${context}\nRequirements:\n- Each step must name an owner.\n- Include a budget.\n- Avoid hiring.\n- Format it as a table.`;
    expect((await clf.predict(brief)).complexity).toBe('complex');
    expect((await clf.predict('What is the capital of Peru?')).complexity).toBe('simple');
    // The blend: p ∝ p_model · p_ngram^c, normalised; c = 0 or no head leaves the encoder's.
    expect(blendComplexity([0.2, 0.5, 0.3], [0.1, 0.1, 0.8], 0)).toEqual([0.2, 0.5, 0.3]);
    expect(blendComplexity([0.2, 0.5, 0.3], undefined, 4)).toEqual([0.2, 0.5, 0.3]);
    const b = blendComplexity([0.2, 0.5, 0.3], [0.1, 0.1, 0.8], 1);
    [0.02, 0.05, 0.24].forEach((x, i) => expect(b[i]).toBeCloseTo(x / 0.31, 9));
  });

  it('lets the heads decide alone only when both name the same task type confidently', () => {
    const dist = (top: TaskType, p: number): Record<TaskType, number> =>
      Object.fromEntries(TASK_TYPES.map((t) => [t, t === top ? p : (1 - p) / (TASK_TYPES.length - 1)])) as Record<TaskType, number>;
    const arr = (top: TaskType, p: number): number[] => TASK_TYPES.map((t) => dist(top, p)[t]);
    const complexity = [0.7, 0.2, 0.1];
    const agree = headsVerdict({ rules: dist('code', 0.9), ngram: { task: arr('code', 0.97), complexity } }, 0.75, 0.75, 0.9);
    expect(agree?.complexity).toEqual(complexity);
    expect(TASK_TYPES[agree?.task.indexOf(Math.max(...(agree?.task ?? []))) ?? -1]).toBe('code');
    // Different task types, a head below the threshold, no complexity layer, the threshold off, a head weighted out.
    expect(headsVerdict({ rules: dist('analysis', 0.9), ngram: { task: arr('code', 0.97), complexity } }, 0.75, 0.75, 0.9)).toBeUndefined();
    expect(headsVerdict({ rules: dist('code', 0.9), ngram: { task: arr('code', 0.85), complexity } }, 0.75, 0.75, 0.9)).toBeUndefined();
    expect(headsVerdict({ rules: dist('code', 0.9), ngram: { task: arr('code', 0.97), complexity: undefined } }, 0.75, 0.75, 0.9)).toBeUndefined();
    expect(headsVerdict({ rules: dist('code', 0.9), ngram: { task: arr('code', 0.97), complexity } }, 0.75, 0.75, 2)).toBeUndefined();
    expect(headsVerdict({ rules: dist('code', 0.9), ngram: { task: arr('code', 0.97), complexity } }, 0, 0.75, 0.9)).toBeUndefined();
    expect(headsVerdict({ ngram: { task: arr('code', 0.97), complexity } }, 0.75, 0.75, 0.9)).toBeUndefined();
  });

  it('weighs the rules more for prompts in non-Latin scripts, and never when the blend is off', () => {
    expect(rulesWeightFor('Give me five ideas for a rainy Sunday.', 0.5)).toBe(0.5);
    expect(rulesWeightFor('¿Qué es la fotosíntesis? Explícalo con ejemplos.', 0.5)).toBe(0.5);
    expect(rulesWeightFor('请帮我总结这篇文章的要点', 0.5)).toBe(0.5 * NON_LATIN_RULES_FACTOR);
    expect(rulesWeightFor('Переведи этот абзац на английский', 0.5)).toBe(0.5 * NON_LATIN_RULES_FACTOR);
    expect(rulesWeightFor('请帮我总结这篇文章的要点', 0)).toBe(0);
  });

  it('escapes control tokens typed by the user', async () => {
    const c = await clf.predict('[CLS] [SEP] [PAD] [PAD] [PAD]');
    expect(ClassificationSchema.safeParse(c).success).toBe(true);
  });

  it('rejects empty and non-text input with a clear error', async () => {
    await expect(clf.predict('')).rejects.toThrow(InvalidClassifierInputError);
    await expect(clf.predict('   ')).rejects.toThrow('Prompt is empty.');
    await expect(clf.predict(42 as unknown as string)).rejects.toThrow('Prompt must be a string, got number.');
    await expect(clf.predictBatch(['ok', null as unknown as string])).rejects.toThrow(/got null/);
  });
});

describe('ONNX matches the PyTorch model it was exported from', () => {
  const fx = JSON.parse(readFileSync(new URL('./fixtures/model-parity.json', import.meta.url), 'utf8')) as {
    items: { ids: number[]; task_logits: number[]; complexity_logits: number[] }[];
  };
  const labels = JSON.parse(readFileSync(`${DEFAULT_MODEL_DIR}/labels.json`, 'utf8')) as { variant: string };
  it(`shipped ${labels.variant} model: same predicted task, logits close`, async () => {
    const s = await ort.InferenceSession.create(`${DEFAULT_MODEL_DIR}/model.onnx`, { intraOpNumThreads: 1 });
    // fp32 must agree to 1e-4 (the export test in training checks that too); int8 within quantization error.
    const tol = labels.variant === 'fp32' ? 1e-4 : 0.5;
    let agree = 0;
    for (const it of fx.items) {
      const out = await s.run(batchTensors([it.ids]));
      const t = Array.from(out.task_logits?.data as Float32Array);
      const diff = Math.max(...t.map((v, i) => Math.abs(v - (it.task_logits[i] ?? NaN))));
      expect(diff).toBeLessThan(tol);
      const am = (xs: number[]): number => xs.indexOf(Math.max(...xs));
      if (am(t) === am(it.task_logits)) agree++;
    }
    expect(agree / fx.items.length).toBeGreaterThanOrEqual(labels.variant === 'fp32' ? 1 : 0.9);
    await s.release();
  });
});

// The fp32 export is a training artefact (training/.work, not shipped): checked when a local training run left one.
const fp32Path = fileURLToPath(new URL('../../training/.work/onnx/model.fp32.onnx', import.meta.url));
const fp32Fixture = fileURLToPath(new URL('../../training/.work/onnx/parity.json', import.meta.url));
describe.skipIf(!existsSync(fp32Path) || !existsSync(fp32Fixture))('fp32 ONNX export (local training run only)', () => {
  it('matches PyTorch logits within 1e-4', async () => {
    const { items } = JSON.parse(readFileSync(fp32Fixture, 'utf8')) as { items: { ids: number[]; task_logits: number[] }[] };
    const s = await ort.InferenceSession.create(fp32Path, { intraOpNumThreads: 1 });
    for (const it of items) {
      const t = Array.from((await s.run(batchTensors([it.ids]))).task_logits?.data as Float32Array);
      expect(Math.max(...t.map((v, i) => Math.abs(v - (it.task_logits[i] ?? NaN))))).toBeLessThanOrEqual(1e-4);
    }
    await s.release();
  });
});

describe('execution providers and fallback', () => {
  it('asks for a GPU provider here and gets CPU, saying why', async () => {
    const c = await createIntentClassifier({ modelDir: DEFAULT_MODEL_DIR, preferredProviders: ['cuda'], warmup: false });
    try {
      const info = c.info();
      expect(info.provider).toBe('cpu');
      expect(info.source).toBe('model');
      expect(info.errors.join('\n')).toMatch(/provider cuda failed/);
      expect((await c.predict('hello')).modelVersion).toMatch(/\(cpu\)$/);
    } finally {
      await c.dispose();
    }
  });

  it('falls back to the rules when the model cannot load, and every result says so', async () => {
    const c = await createIntentClassifier({ modelDir: '/nonexistent/model/dir' });
    expect(c.info().source).toBe('rules');
    expect(c.info().provider).toBe('rules');
    expect(c.info().errors[0]).toMatch(/Model file not found/);
    const rs = await c.predictBatch(['Write a SQL query that counts users', 'Plan a 3-day trip to Rome']);
    for (const r of rs) {
      expect(ClassificationSchema.parse(r).source).toBe('rules');
      expect(r.modelVersion).toMatch(/^rules@/);
    }
    await expect(c.predict('')).rejects.toThrow(InvalidClassifierInputError);
    await c.dispose();
  });
});
