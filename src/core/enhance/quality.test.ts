import { describe, expect, it } from 'vitest';
import { analyzePrompt } from './analyze.ts';
import { lintQuality } from './quality.ts';
import { enhanceAs } from './test-helpers.ts';
import { QUALITY_DIMENSIONS } from './types.ts';

describe('lintQuality', () => {
  it('scores the same from the lite analysis as from the full one, so the lint reads only what lite computes', () => {
    const prompts = [
      'write a poem',
      'Translate this into French and German: "The meeting moved to Thursday at 10am."',
      'You are a senior Python engineer. Fix this:\n```python\ndef avg(xs): return sum(xs)/len(xs)\n```\nKeep it under 100 words.',
      'Explain how vaccines work to a 10 year old, step by step, in 3 short paragraphs.',
      'Give me 5 names for a bakery — cozy, seaside, budget €2,000.',
      'my sourdough came out dense and flat, what went wrong',
      'Зачем нужен индекс в базе данных? Ответь кратко.',
    ];
    for (const p of [...prompts, ...prompts.map((t) => enhanceAs(t, 'open_qa').enhanced)]) expect(lintQuality(p)).toEqual(lintQuality(p, analyzePrompt(p)));
  });

  it('is transparent: five dimensions of 0..20 that sum to the score, with the checks behind them', () => {
    const r = lintQuality('write a poem');
    expect(Object.keys(r.dimensions).sort()).toEqual([...QUALITY_DIMENSIONS].sort());
    expect(Object.values(r.dimensions).reduce((a, b) => a + b, 0)).toBe(r.score);
    for (const v of Object.values(r.dimensions)) expect(v).toBeGreaterThanOrEqual(0);
    for (const v of Object.values(r.dimensions)) expect(v).toBeLessThanOrEqual(20);
    expect(r.checks.length).toBeGreaterThanOrEqual(10);
    expect(r.checks.every((c) => c.label.length > 10)).toBe(true);
  });

  it('scores a vague prompt low and a specific, structured one high', () => {
    const vague = lintQuality('write a poem');
    const good = lintQuality(
      'You are a poet writing for children aged 6 to 8.\n\n## Task\nWrite a poem about autumn rain because my class is studying seasons.\n\n## Requirements\n- Exactly 12 lines, rhyming couplets.\n- Avoid scary images.\n\n## Output format\nReturn only the poem, with a title on the first line.',
    );
    expect(vague.score).toBeLessThan(40);
    expect(good.score).toBeGreaterThan(85);
    expect(good.checks.find((c) => c.id === 'format-named')?.passed).toBe(true);
    expect(vague.checks.find((c) => c.id === 'format-named')?.passed).toBe(false);
  });

  it('gives empty text zero', () => {
    expect(lintQuality('   ').score).toBe(0);
  });

  it('rates the enhanced prompt above the original', () => {
    const r = enhanceAs('Create a weekly workout routine for a beginner.', 'planning');
    expect(r.quality.after.score).toBeGreaterThan(r.quality.before.score);
    expect(r.quality.after.dimensions.outputFormat).toBeGreaterThan(r.quality.before.dimensions.outputFormat);
  });
});
