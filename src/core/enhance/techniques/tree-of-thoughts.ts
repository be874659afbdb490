// Tree of thoughts: explore several candidate approaches, evaluate them, and continue with the best.
import type { Technique } from '../types.ts';
import { byVerbosity, mentions, sub } from './util.ts';

export const treeOfThoughts: Technique = {
  id: 'tree_of_thoughts',
  name: 'Tree of thoughts',
  purpose: 'Explores two or three distinct approaches, evaluates them, and develops the most promising one.',
  source: 'Yao et al. 2023, "Tree of Thoughts: Deliberate Problem Solving with Large Language Models"',
  taskTypes: ['reasoning', 'planning', 'analysis', 'brainstorming', 'code'],
  complexities: ['complex'],
  conflicts: ['self_consistency'],
  section: 'approach',
  priority: 70,
  present: (ctx) => mentions(ctx, /\b(two or three (distinct|different) (approaches|ways|angles|directions)|several (different )?approaches|explore (multiple|several|different) (approaches|options|paths)|tree of thoughts?)\b/),
  fit(ctx) {
    const complex = ctx.complexity === 'complex';
    switch (ctx.taskType) {
      case 'reasoning':
        return sub(ctx, 'puzzle') ? (complex ? 2 : 1.2) : complex ? 0.2 : null;
      case 'planning':
        return complex ? 1.3 : null;
      case 'analysis':
        return complex ? 1 : null;
      case 'brainstorming':
        return complex ? 0.8 : null;
      case 'code':
        return complex && !sub(ctx, 'debug', 'explain-code', 'review', 'tests') && /\b(design|architect\w*|approach|system)\b/.test(ctx.lower) ? 1 : null;
      default:
        return null;
    }
  },
  reason(ctx) {
    if (ctx.taskType === 'reasoning') return 'Added tree-of-thoughts exploration because puzzles like this often have dead ends, so trying more than one line of attack pays off.';
    if (ctx.taskType === 'code') return 'Added tree-of-thoughts exploration because this is a design question where comparing two or three designs beats committing to the first.';
    return 'Added tree-of-thoughts exploration because this is an open-ended problem where comparing a few distinct approaches beats committing to the first one.';
  },
  render(ctx) {
    switch (ctx.taskType) {
      case 'planning':
        return byVerbosity(ctx, [
          'Before committing, sketch two or three genuinely different ways to structure the plan (for example by pace, cost or priority), judge each against the goal and constraints, and develop the strongest; say in one sentence why it won.',
        ]);
      case 'analysis':
        return byVerbosity(ctx, [
          'Look at the question from two or three distinct angles (for example cost, risk and long-term impact), note the conclusion each suggests, and reconcile them before deciding.',
        ]);
      case 'brainstorming':
        return byVerbosity(ctx, ['Generate ideas along two or three different directions first, then prune weak or duplicate ones and keep the strongest.']);
      case 'code':
        return byVerbosity(ctx, ['Consider two or three possible designs, compare them on correctness, simplicity and performance, and implement the best; note briefly why it won.']);
      default:
        return byVerbosity(ctx, [
          'Explore more than one line of attack: outline two or three candidate approaches, test each for a dead end early, drop the ones that fail, and finish the most promising.',
        ]);
    }
  },
};
