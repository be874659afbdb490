// The project-written training data (training/data/*.jsonl) is committed: check it stays well-formed, uses only the
// 13 labels of DESIGN.md §3, and never carries text copied from the shared datasets (arena-hard hand labels are ids +
// label + a short note).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TASK_TYPES } from '../src/shared/task-types.ts';

const dir = join(import.meta.dirname, 'data');
const shared = process.env.BP_SHARED_DATA ?? join(import.meta.dirname, '..', '..', 'shared', 'data');
const readJsonl = (file: string): Record<string, unknown>[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as Record<string, unknown>;
      } catch {
        throw new Error(`${file}:${i + 1} is not JSON`);
      }
    });
const labels: ReadonlySet<string> = new Set(TASK_TYPES);
const norm = (t: unknown): string => String(t).toLowerCase().replace(/\s+/g, ' ').trim();
const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** Every run of n consecutive words, joined by spaces: two texts share one exactly when one quotes n words of the other. */
const ngrams = (text: string, n: number): string[] => {
  const w = words(text);
  return Array.from({ length: Math.max(0, w.length - n + 1) }, (_, i) => w.slice(i, i + n).join(' '));
};

describe.each(['project_examples.jsonl', 'handwritten.jsonl', 'multilingual.jsonl', 'short_asks.jsonl', 'probe_short_asks.jsonl', 'chat_prompts.jsonl'])('training/data/%s', (name) => {
  const rows = readJsonl(join(dir, name));
  it('has unique ids, non-empty texts and only known labels', () => {
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(typeof r.text === 'string' && r.text.trim().length > 0, String(r.id)).toBe(true);
      expect(labels.has(String(r.label)), `${String(r.id)}: ${String(r.label)}`).toBe(true);
    }
  });
});

describe('training/data/multilingual.jsonl', () => {
  const rows = readJsonl(join(dir, 'multilingual.jsonl'));
  it('covers every label in many languages', () => {
    for (const label of TASK_TYPES) {
      const of = rows.filter((r) => r.label === label);
      expect(of.length, label).toBeGreaterThanOrEqual(30);
      expect(new Set(of.map((r) => r.lang)).size, label).toBeGreaterThanOrEqual(8);
    }
    // Mostly non-Latin or non-English text: at least a third of the rows contain CJK, Cyrillic, Hangul or Vietnamese.
    const nonLatin = rows.filter((r) => /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af\u0400-\u04ff\u1ea0-\u1ef9]/u.test(String(r.text)));
    expect(nonLatin.length).toBeGreaterThan(rows.length / 3);
  });
});

describe('training/data/arena_hard_labels.jsonl', () => {
  const rows = readJsonl(join(dir, 'arena_hard_labels.jsonl'));
  it('holds only ids, known labels and short notes', () => {
    expect(rows.length).toBe(1250);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(['id', 'label', 'note']);
      expect(String(r.id)).toMatch(/^ah(2|01)-[0-9a-f]+$/);
      expect(labels.has(String(r.label)), String(r.id)).toBe(true);
      expect(String(r.note).length).toBeLessThanOrEqual(100);
    }
  });

  const file = (v: string): string => join(shared, 'arena-hard', v);
  const present = existsSync(file('arena_hard_v2_labeled.jsonl')) && existsSync(file('arena_hard_v0.1_unlabeled.jsonl'));
  it.skipIf(!present)('labels every arena-hard prompt, and no note quotes 10 words of one (needs ../shared/data)', () => {
    const texts = new Map<string, string>();
    for (const v of ['arena_hard_v2_labeled.jsonl', 'arena_hard_v0.1_unlabeled.jsonl']) {
      for (const r of readJsonl(file(v))) texts.set(String(r.id), String(r.text));
    }
    expect(new Set(rows.map((r) => String(r.id)))).toEqual(new Set(texts.keys()));
    for (const r of rows) {
      const prompt = new Set(ngrams(texts.get(String(r.id)) ?? '', 10));
      for (const g of ngrams(String(r.note), 10)) expect(prompt.has(g), `${String(r.id)} note quotes the prompt`).toBe(false);
    }
  });
});

describe('training/data short asks and their held-out probe', () => {
  const train = readJsonl(join(dir, 'short_asks.jsonl'));
  const probe = readJsonl(join(dir, 'probe_short_asks.jsonl'));
  it('the probe has 10 prompts per label and shares no text or id with the training asks', () => {
    for (const label of TASK_TYPES) expect(probe.filter((r) => r.label === label).length, label).toBe(10);
    const trainTexts = new Set(train.map((r) => norm(r.text)));
    const trainIds = new Set(train.map((r) => String(r.id)));
    for (const r of probe) {
      expect(trainTexts.has(norm(r.text)), String(r.text)).toBe(false);
      expect(trainIds.has(String(r.id))).toBe(false);
    }
  });
  it('short asks are short', () => {
    for (const r of [...train, ...probe]) expect(String(r.text).length, String(r.id)).toBeLessThan(200);
  });
});

describe('training/data everyday asks and their held-out probe', () => {
  const train = readJsonl(join(dir, 'everyday_asks.jsonl'));
  const probe = readJsonl(join(dir, 'probe_everyday_asks.jsonl'));
  it('are well-formed, with the advice labels and their look-alikes', () => {
    for (const [rows, prefix] of [[train, 'ea-'], [probe, 'pe-']] as const) {
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
      expect(new Set(rows.map((r) => norm(r.text))).size).toBe(rows.length);
      for (const r of rows) {
        expect(String(r.id).startsWith(prefix), String(r.id)).toBe(true);
        expect(labels.has(String(r.label)), `${String(r.id)}: ${String(r.label)}`).toBe(true);
        expect(String(r.text).trim().length, String(r.id)).toBeGreaterThan(10);
      }
      for (const label of ['open_qa', 'analysis', 'brainstorming', 'creative_writing', 'planning', 'reasoning'])
        expect(rows.filter((r) => r.label === label).length, `${prefix}${label}`).toBeGreaterThanOrEqual(2);
    }
    expect(train.length).toBeGreaterThanOrEqual(200);
  });
  it('the probe shares no text, id or run of 8 words with the training asks', () => {
    const trainRuns = new Set(train.flatMap((r) => ngrams(String(r.text), 8)));
    const trainIds = new Set(train.map((r) => String(r.id)));
    for (const r of probe) {
      expect(trainIds.has(String(r.id))).toBe(false);
      for (const g of ngrams(String(r.text), 8)) expect(trainRuns.has(g), `${String(r.id)}: "${g}"`).toBe(false);
    }
  });
  // Written here, not taken from Dolly (whose advice questions are the nearest dataset rows).
  const dolly = join(shared, 'dolly-15k', 'databricks-dolly-15k.jsonl');
  it.skipIf(!existsSync(dolly))('copies no Dolly instruction (needs ../shared/data)', () => {
    const dollyTexts = new Set(readJsonl(dolly).map((r) => norm(r.instruction)));
    for (const r of [...train, ...probe]) expect(dollyTexts.has(norm(r.text)), String(r.id)).toBe(false);
  });
});

describe('training/data/chat_prompts.jsonl', () => {
  const rows = readJsonl(join(dir, 'chat_prompts.jsonl'));
  const probe = readJsonl(join(dir, 'probe_short_asks.jsonl'));
  it('covers every label, has long prompts with pasted material, and ids name their label', () => {
    for (const label of TASK_TYPES) expect(rows.filter((r) => r.label === label).length, label).toBeGreaterThanOrEqual(20);
    for (const r of rows) expect(String(r.id)).toBe(`rs-${String(r.label)}-${String(r.id).slice(-3)}`);
    const long = rows.filter((r) => String(r.text).length >= 1500);
    expect(long.length).toBeGreaterThan(rows.length / 10);
    expect(new Set(rows.map((r) => norm(r.text))).size).toBe(rows.length);
  });
  it('shares no text with the held-out probe', () => {
    const probeTexts = new Set(probe.map((r) => norm(r.text)));
    for (const r of rows) expect(probeTexts.has(norm(r.text)), String(r.id)).toBe(false);
  });
  // The shared datasets are never copied in: no chat prompt contains 12 consecutive words of an arena-hard prompt.
  const arena = join(shared, 'arena-hard', 'arena_hard_v2_labeled.jsonl');
  it.skipIf(!existsSync(arena))('copies no arena-hard prompt (needs ../shared/data)', () => {
    const arenaRuns = new Set<string>();
    for (const v of ['arena_hard_v2_labeled.jsonl', 'arena_hard_v0.1_unlabeled.jsonl']) {
      for (const r of readJsonl(join(shared, 'arena-hard', v))) for (const g of ngrams(String(r.text), 12)) arenaRuns.add(g);
    }
    for (const r of rows) for (const g of ngrams(String(r.text), 12)) expect(arenaRuns.has(g), String(r.id)).toBe(false);
  });
});

describe('training/data/ifeval_labels.jsonl', () => {
  const rows = readJsonl(join(dir, 'ifeval_labels.jsonl'));
  it('holds only ids, known labels and short notes', () => {
    expect(rows.length).toBe(540);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['id', 'label', 'note']).toEqual(expect.arrayContaining(Object.keys(r)));
      expect(String(r.id)).toMatch(/^ifeval-\d+$/);
      expect(labels.has(String(r.label)), String(r.id)).toBe(true);
      expect(String(r.note ?? '').length).toBeLessThanOrEqual(100);
    }
  });
  const file = join(shared, 'ifeval', 'ifeval_prompts.jsonl');
  it.skipIf(!existsSync(file))('labels every IFEval prompt (needs ../shared/data)', () => {
    expect(new Set(rows.map((r) => String(r.id)))).toEqual(new Set(readJsonl(file).map((r) => String(r.id))));
  });
});
