import { describe, expect, it } from 'vitest';
import { TECHNIQUES, listTechniques, validateRegistry } from './index.ts';
import { enhanceAs } from '../test-helpers.ts';
import type { TaskType } from '../../../shared/task-types.ts';

/** A realistic prompt that should make the selector choose each technique (with default settings). */
const REACHABLE: Record<string, [TaskType, string]> = {
  role_persona: ['code', 'Write a Python function that checks whether a string is a palindrome.'],
  audience_context: ['open_qa', 'Why is the sky blue?'],
  emotional_stimulus: ['open_qa', 'I have a job interview tomorrow. How does a hash map work?'],
  explicit_constraints: ['rewrite', 'Make this email more formal: hey, can u send the report asap? thx'],
  clarifying_assumptions: ['planning', 'Create a weekly workout routine for a beginner.'],
  few_shot: ['classification', 'Classify the sentiment of this review as positive or negative: "The food was cold and the waiter was rude."'],
  chain_of_thought: ['reasoning', 'A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?'],
  step_decomposition: ['code', 'Build a REST API in TypeScript for a todo app with users, authentication, and tasks that can be shared between users. It must support pagination, and tasks need due dates and tags.'],
  tree_of_thoughts: [
    'planning',
    'Plan a two-week product launch for our new budgeting app. We have a team of four, a $15,000 marketing budget and no existing audience. The launch must include a landing page, a beta program, press outreach and social media. Sequence the work, assign owners, and make sure nothing depends on the press coverage landing on time. We also need to prepare customer support before launch day and must not exceed the budget.',
  ],
  self_consistency: ['reasoning', 'Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?'],
  analogical_reasoning: ['open_qa', "how does a mortgage work? explain it like I'm a beginner"],
  react: ['open_qa', 'What is the latest stable version of Node.js and what changed in it? Search the web if you can.'],
  grounding_quotes: ['closed_qa', 'According to the text below, who founded the company?\n\nText: Acme Corp was founded in 1962 by Jane Doe and her brother in a small garage in Dayton, Ohio.'],
  self_verification: ['extraction', 'Extract all the names and dates from this email: "Hi Tom, the review with Ana Ruiz moved to March 3, and the launch with Wei Chen is on April 18."'],
  structured_output: ['extraction', 'Pull out every company and amount mentioned in the following text.\n\nIn Q3, Northwind signed a $1.2M deal with Contoso.'],
};

describe('technique registry', () => {
  it('has at least 14 techniques, each fully described', () => {
    expect(TECHNIQUES.length).toBeGreaterThanOrEqual(14);
    for (const t of listTechniques()) {
      expect(t.id).toMatch(/^[a-z][a-z0-9_]+$/);
      expect(t.name.length).toBeGreaterThan(3);
      expect(t.purpose.length).toBeGreaterThan(20);
      expect(t.source.length).toBeGreaterThan(10);
      expect(t.taskTypes.length).toBeGreaterThan(0);
      expect(t.complexities.length).toBeGreaterThan(0);
    }
  });

  it('covers the techniques the issue names', () => {
    const ids = TECHNIQUES.map((t) => t.id);
    for (const id of [
      'chain_of_thought', 'step_decomposition', 'tree_of_thoughts', 'self_consistency', 'few_shot', 'structured_output', 'role_persona',
      'explicit_constraints', 'audience_context', 'emotional_stimulus', 'analogical_reasoning', 'react', 'self_verification', 'clarifying_assumptions',
    ]) expect(ids).toContain(id);
  });

  it('rejects unknown ids, duplicates and bad task types at start-up', () => {
    const [first, second] = TECHNIQUES;
    if (!first || !second) throw new Error('registry empty');
    expect(() => validateRegistry([{ ...first, conflicts: ['no_such_technique'] }])).toThrow(/unknown technique "no_such_technique"/);
    expect(() => validateRegistry([first, { ...second, id: first.id }])).toThrow(/duplicate/);
    expect(() => validateRegistry([{ ...first, taskTypes: ['poetry' as never] }])).toThrow(/unknown task type/);
  });

  it('lists conflicts symmetrically', () => {
    const info = new Map(listTechniques().map((t) => [t.id, t]));
    for (const t of info.values()) for (const c of t.conflicts) expect(info.get(c)?.conflicts).toContain(t.id);
  });

  for (const t of TECHNIQUES) {
    it(`${t.id} is reachable by a realistic prompt, and stays out when excluded`, () => {
      const example = REACHABLE[t.id];
      expect(example, `no reachability example for ${t.id}`).toBeDefined();
      if (!example) return;
      const [type, text] = example;
      const chosen = enhanceAs(text, type);
      expect(chosen.techniques.map((x) => x.id)).toContain(t.id);
      const reason = chosen.techniques.find((x) => x.id === t.id)?.reason ?? '';
      expect(reason).toMatch(/^Added|^Asked|^Set/);
      const excluded = enhanceAs(text, type, { excludedTechniques: [t.id] });
      expect(excluded.techniques.map((x) => x.id)).not.toContain(t.id);
    });
  }
});
