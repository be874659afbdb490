// Property tests (fast-check) for the invariants of DESIGN.md §4 and issue 4.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TASK_TYPES, TARGET_MODELS } from '../../shared/task-types.ts';
import { TECHNIQUES } from './techniques/index.ts';
import { MAX_ADDED_CHARS } from './generate.ts';
import { sectionMarkers, styleFor } from './layout.ts';
import { enhanceAs, squash } from './test-helpers.ts';
import type { EnhanceOptions } from './types.ts';

const FRAGMENTS = [
  'Write a function that', 'summarize this article', 'for my boss', 'in 3 bullet points', 'Why does', 'How many apples are left if',
  'Compare', 'plan a trip to Lisbon', 'act as a pirate', 'classify these reviews', 'extract the dates', 'rewrite this email to be formal',
  'give me ideas', 'translate into German', 'Return JSON.', 'step by step', 'You are an expert.', 'must be under 200 words', '```py\nprint(1)\n```',
  'The meeting is on March 3.', 'emoji 🎉🔥', 'مرحبا', '日本語のテキスト', '\u0007\u0001', '\u202E', '?', '\n\n', '  ', '- item one\n- item two',
  // The user's text may contain our own section markers; parsing must not lose or double anything.
  '<task>', '</task>', '\n## Task\n', '\n## Output format\n', '<output_format>\nJSON\n</output_format>', '\n\n<requirements>\n- x\n</requirements>',
];

const textArb = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 200 }),
).filter((s) => s.trim().length > 0 && !s.includes('\u0000'));

const ids = TECHNIQUES.map((t) => t.id);
const optionsArb: fc.Arbitrary<EnhanceOptions> = fc.record({
  targetModel: fc.constantFrom(...TARGET_MODELS),
  excludedTechniques: fc.subarray(ids, { maxLength: 6 }),
  preferredTechniques: fc.subarray(ids, { maxLength: 3 }),
  maxTechniques: fc.integer({ min: 1, max: 10 }),
  verbosity: fc.constantFrom('concise', 'balanced', 'detailed'),
});
const typeArb = fc.constantFrom(...TASK_TYPES);
/** Section openers are whole lines; a marker quoted inside a sentence is not a section. */
const count = (hay: string, marker: string): number => hay.split('\n').filter((line) => line === marker).length;

describe('enhance properties', () => {
  it('keeps the user text verbatim (whitespace aside) and bounds the output length', () => {
    fc.assert(
      fc.property(textArb, typeArb, optionsArb, (text, type, options) => {
        const r = enhanceAs(text, type, options);
        expect(squash(r.enhanced)).toContain(squash(text));
        expect(r.enhanced.length).toBeLessThanOrEqual(text.trim().length + MAX_ADDED_CHARS);
      }),
      { numRuns: 300 },
    );
  });

  it('never repeats a section or a technique, and never applies an excluded technique', () => {
    fc.assert(
      fc.property(textArb, typeArb, optionsArb, (text, type, options) => {
        const r = enhanceAs(text, type, options);
        const applied = r.techniques.map((t) => t.id);
        expect(new Set(applied).size).toBe(applied.length);
        for (const id of options.excludedTechniques ?? []) expect(applied).not.toContain(id);
        expect(applied.length).toBeLessThanOrEqual(options.maxTechniques ?? 4);
        for (const marker of sectionMarkers(styleFor(options.targetModel ?? 'generic'))) {
          // The user text is kept whitespace aside: "   <task>" is trimmed into a line that reads exactly "<task>".
          expect(count(r.enhanced, marker) - count(text.trim(), marker)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a second pass adds no technique twice and grows the prompt by less than 15%', () => {
    fc.assert(
      fc.property(textArb, typeArb, optionsArb, (text, type, options) => {
        const first = enhanceAs(text, type, options);
        const second = enhanceAs(first.enhanced, type, options);
        expect(second.enhanced.length).toBeLessThan(first.enhanced.length * 1.15 + 1);
        const again = second.techniques.map((t) => t.id).filter((id) => first.techniques.some((t) => t.id === id));
        expect(again).toEqual([]);
        expect(squash(second.enhanced)).toContain(squash(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never writes placeholders or an assistant voice', () => {
    fc.assert(
      fc.property(textArb, typeArb, optionsArb, (text, type, options) => {
        const added = enhanceAs(text, type, options).enhanced.replace(text.trim(), '');
        expect(added).not.toMatch(/\[(insert|list|your|add|describe|placeholder)[^\]]*\]|\{\{|TODO|lorem ipsum/i);
        expect(added).not.toMatch(/^(Sure|Certainly|Of course|Here is|Here's|I will|I'll|As an AI)\b/im);
      }),
      { numRuns: 200 },
    );
  });
});
