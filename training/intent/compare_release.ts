// Compares the previous release with the shipped model on test rows that neither was trained on: rows in today's
// test split that were also in the previous release's test split, scored with today's labels. (Today's split differs
// from the previous one, so the previous model cannot simply be run on today's test split.)
// Usage: node training/intent/compare_release.ts PREV_MODEL_DIR PREV_TEST_JSONL [--out FILE]
//   e.g. git show v1.0.0-commit:resources/models/intent/{model.onnx,tokenizer.json,labels.json} into a folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIntentClassifier } from '../../src/inference/index.ts';

interface Row { id: string; text: string; label: string; real: boolean; source: string }
const [prevDir, prevTest] = process.argv.slice(2);
if (!prevDir || !prevTest) throw new Error('usage: compare_release.ts PREV_MODEL_DIR PREV_TEST_JSONL [--out FILE]');
const root = join(import.meta.dirname, '..', '..');
const work = process.env.BP_TRAIN_WORK ?? join(root, 'training', '.work');
const read = (f: string): Row[] => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
const seenByNeither = new Set(read(prevTest).map((r) => r.id));
const rows = read(join(work, 'data', 'test.jsonl')).filter((r) => seenByNeither.has(r.id));
const subsets: Record<string, (r: Row) => boolean> = { all: () => true, real: (r) => r.real, arenaHard: (r) => r.source === 'arena-hard' };
const out: Record<string, Record<string, unknown>> = {};
for (const [name, dir] of [['previous', prevDir], ['shipped', join(root, 'resources', 'models', 'intent')]] as const) {
  const clf = await createIntentClassifier({ modelDir: dir });
  const pred = await clf.predictBatch(rows.map((r) => r.text));
  const entry: Record<string, unknown> = { model: clf.info().version };
  for (const [k, keep] of Object.entries(subsets)) {
    const idx = rows.map((r, i) => (keep(r) ? i : -1)).filter((i) => i >= 0);
    const ok = idx.filter((i) => pred[i]!.intent === rows[i]!.label).length;
    entry[k] = { n: idx.length, accuracy: Math.round((ok / Math.max(1, idx.length)) * 1000) / 1000 };
  }
  out[name] = entry;
  await clf.dispose();
}
const i = process.argv.indexOf('--out');
writeFileSync(i >= 0 ? process.argv[i + 1]! : join(work, 'compare_prev.json'), JSON.stringify(out, null, 1));
console.log(JSON.stringify(out));
