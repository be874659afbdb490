// ReAct: interleave reasoning with tool use (search, code execution) and observations.
import type { Technique } from '../types.ts';
import { byVerbosity, mentions } from './util.ts';

export const react: Technique = {
  id: 'react',
  name: 'ReAct (reason + act)',
  purpose: 'Interleaves short reasoning steps with tool actions and their observations, for questions that need lookups.',
  source: 'Yao et al. 2022, "ReAct: Synergizing Reasoning and Acting in Language Models"',
  taskTypes: ['open_qa', 'code', 'analysis', 'planning', 'reasoning', 'closed_qa'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'approach',
  priority: 65,
  present: (ctx) => mentions(ctx, /\bthought\b[\s\S]{0,120}\baction\b[\s\S]{0,120}\bobservation\b|\breact\b (loop|pattern|prompting)/),
  fit: (ctx) => (ctx.features.needsTools ? 2.2 : null),
  reason: () => 'Added a reason-and-act loop because the request depends on current or external information that should be looked up rather than recalled.',
  render: (ctx) =>
    byVerbosity(ctx, [
      'If you have tools (web search, code execution, files), work in cycles: a short Thought about what you still need, an Action that uses one tool, and the Observation it returns; repeat until you can answer.',
      'Without tools, say which facts need checking and how, and give the date your knowledge runs to instead of presenting guesses as current.',
    ]),
};
