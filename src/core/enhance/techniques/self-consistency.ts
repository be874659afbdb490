// Self-consistency: reach the answer by independent routes and keep it only if they agree.
import type { Technique } from '../types.ts';
import { byVerbosity, isBodyFigure, isQuickCalc, mentions, sub, isTriage } from './util.ts';

export const selfConsistency: Technique = {
  id: 'self_consistency',
  name: 'Self-consistency',
  purpose: 'Solves the problem by an independent second route and accepts the answer only when the routes agree.',
  source: 'Wang et al. 2022, "Self-Consistency Improves Chain of Thought Reasoning in Language Models"',
  taskTypes: ['reasoning', 'classification'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: ['tree_of_thoughts'],
  section: 'approach',
  priority: 80,
  present: (ctx) => mentions(ctx, /\b((a )?second, independent (way|route|method)|solve it (two|2) (different )?ways|majority vote|independent(ly)? (re-?)?solve)\b/),
  fit(ctx) {
    if (ctx.taskType === 'reasoning') {
      // A one-step sum has no second route worth taking.
      // Nor does a figure from a standard formula: a second formula gives a second estimate, not a check.
      if (isQuickCalc(ctx) || isBodyFigure(ctx)) return null;
      if (sub(ctx, 'math', 'estimate')) return ctx.complexity === 'simple' ? 0.8 : 1.5;
      // Puzzles are checked better by substituting the solution back (self-verification).
      return sub(ctx, 'puzzle') ? -0.5 : 0.3;
    }
    // Ordering today's tasks by priority has no labels to weigh against each other.
    if (ctx.taskType === 'classification') return ctx.complexity === 'simple' || isTriage(ctx) ? null : 0.2;
    return null;
  },
  reason(ctx) {
    if (ctx.taskType === 'classification') return 'Added a self-consistency check because borderline items are labelled more reliably when the two likeliest labels are weighed against each other.';
    return 'Added a self-consistency check because an answer reached two independent ways is far less likely to hide an arithmetic or logic error.';
  },
  render(ctx) {
    if (ctx.taskType === 'classification')
      return byVerbosity(ctx, ['For borderline items, weigh the case for the two likeliest labels and choose the one the evidence supports more consistently.']);
    return byVerbosity(ctx, [
      // Stands on its own: the prompt may already ask for step-by-step work, so this is not always after ours.
      'Check the result by solving the problem a second, independent way (for example working backwards, or with a different breakdown); if the two answers differ, find the error before giving the final answer.',
    ]);
  },
};
