// Golden tests: realistic prompts of every task type (golden/cases.json) and the enhanced prompts a reviewer
// approved (golden/expected/*.md). Run with UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change,
// then review the diff.
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TASK_TYPES } from '../../shared/task-types.ts';
import type { TargetModel, TaskType } from '../../shared/task-types.ts';
import { enhanceAs, squash } from './test-helpers.ts';
import { lintQuality } from './quality.ts';

interface GoldenCase {
  id: string;
  type: TaskType;
  target: TargetModel;
  text: string;
}

const dir = fileURLToPath(new URL('./golden/', import.meta.url));
const cases = JSON.parse(readFileSync(`${dir}cases.json`, 'utf8')) as GoldenCase[];
const update = process.env.UPDATE_GOLDEN === '1';

function render(c: GoldenCase): string {
  const r = enhanceAs(c.text, c.type, { targetModel: c.target });
  const header = [
    `<!-- golden: ${c.id} · ${c.type} · target ${c.target} · quality ${r.quality.before.score} → ${r.quality.after.score} -->`,
    ...r.techniques.map((t) => `<!-- ${t.id}: ${t.reason} -->`),
  ];
  return `${header.join('\n')}\n\n${r.enhanced}\n`;
}

describe('golden prompts', () => {
  it('has at least 3 cases for every task type', () => {
    for (const t of TASK_TYPES) expect(cases.filter((c) => c.type === t).length, t).toBeGreaterThanOrEqual(3);
  });

  for (const c of cases) {
    it(`${c.id} matches its approved enhancement`, () => {
      const actual = render(c);
      const file = `${dir}expected/${c.id}.md`;
      if (update) {
        mkdirSync(`${dir}expected`, { recursive: true });
        writeFileSync(file, actual);
      }
      // A missing approved file is a failure, not something to create silently: run with UPDATE_GOLDEN=1 and review.
      expect(existsSync(file), `missing ${file}`).toBe(true);
      expect(actual).toBe(readFileSync(file, 'utf8'));
      // Whatever the wording, these hold for every golden case.
      const r = enhanceAs(c.text, c.type, { targetModel: c.target });
      expect(squash(r.enhanced)).toContain(squash(c.text));
      expect(r.techniques.length).toBeGreaterThanOrEqual(1);
      expect(r.quality.after.score).toBeGreaterThan(r.quality.before.score);
      expect(lintQuality(r.enhanced).score).toBe(r.quality.after.score);
    });
  }
});
