// Step-by-step decomposition: split a multi-part deliverable into ordered sub-tasks (least-to-most, plan-and-solve).
import type { Technique } from '../types.ts';
import { byVerbosity, codeMode, isTalkOutline, mentions, sub, isTriage, creativeKind, forYoungChild } from './util.ts';

export const stepDecomposition: Technique = {
  id: 'step_decomposition',
  name: 'Step-by-step decomposition',
  purpose: 'Breaks a multi-part task into ordered sub-tasks that are solved one after another.',
  source: 'Zhou et al. 2022, "Least-to-Most Prompting"; Wang et al. 2023, "Plan-and-Solve Prompting"',
  taskTypes: ['code', 'planning', 'analysis', 'creative_writing', 'summarization'],
  complexities: ['moderate', 'complex'],
  conflicts: ['chain_of_thought'],
  section: 'approach',
  priority: 85,
  present: (ctx) => mentions(ctx, /\b(break (it|this|the (task|problem|work)) (down|into)|sub-?tasks|in (ordered )?stages|outline first|top-down)\b/),
  fit(ctx) {
    const c = ctx.complexity;
    switch (ctx.taskType) {
      case 'planning':
        // A talk outline is itself the breakdown: "outline first, then write" would ask for it twice.
        // Ordering a to-do list is the whole answer: there is no plan to build top-down.
        if (isTalkOutline(ctx) || isTriage(ctx)) return null;
        return c === 'simple' ? 0.5 : 1.5;
      case 'code':
        if (['debug', 'explain-code', 'review', 'setup', 'regex', 'cron', 'tests-only', 'howto', 'convert', 'concept', 'refactor'].includes(codeMode(ctx))) return null;
        if (sub(ctx, 'app')) return c === 'simple' ? 0.5 : 1.8;
        return c === 'complex' ? 2 : c === 'moderate' ? 0.8 : -0.5;
      case 'analysis':
        return c === 'complex' ? 1.2 : 0.2;
      case 'creative_writing':
        // An outline-first plan fights a user's own precise format ("exactly 3 bullet points").
        if (ctx.features.userConstraints.length > 0 || ctx.features.formatRequested) return null;
        // A 400-word bedtime story is written in one go; an outline pays off only on longer pieces.
        if (forYoungChild(ctx) || (ctx.features.lengthLimit?.unit === 'words' && ctx.features.lengthLimit.value <= 600)) return null;
        return sub(ctx, 'story', 'article', 'speech') && !isTalkOutline(ctx) && c !== 'simple' ? 0.8 : null;
      case 'summarization':
        return c === 'complex' ? 0.6 : null;
      default:
        return c === 'complex' ? 0 : null;
    }
  },
  reason(ctx) {
    const what: Record<string, string> = {
      code: 'a multi-part coding task',
      planning: 'a plan with several parts',
      analysis: 'a comparison across several criteria',
      creative_writing: 'a longer piece that benefits from an outline',
      summarization: 'a long text with several parts',
    };
    return `Added step-by-step decomposition because this is ${what[ctx.taskType] ?? 'a multi-part task'}, and solving the parts in order keeps anything from being missed.`;
  },
  render(ctx) {
    switch (ctx.taskType) {
      case 'code':
        return byVerbosity(ctx, [
          ctx.features.codeLanguage === 'SQL'
            ? 'Break the work into ordered steps before writing the query: identify the tables, keys and grain of the result, build each step as a CTE, handle NULLs and duplicates, then check the result on sample rows.'
            : 'Break the work into ordered steps before writing code: define the interface (inputs, outputs, errors), implement the core logic, handle the edge cases, then write the tests.',
        ]);
      case 'planning':
        return byVerbosity(ctx, [
          'Build the plan top-down: fix the goal and the hard constraints first, then the main phases (or days), then the concrete actions inside each, with time estimates.',
        ]);
      case 'analysis':
        return byVerbosity(ctx, [
          'Work in stages: settle the criteria that matter for this decision, assess each option against every criterion, then weigh the results into a conclusion.',
        ]);
      case 'creative_writing':
        // A speech has no plot: it is carried by a few points or stories between an opening and a close.
        return byVerbosity(ctx, [
          creativeKind(ctx) === 'speech'
            ? 'Outline first (an opening that wins the room, two or three stories or points, a close that lands), then write the full piece from that outline; leave the outline out of the answer.'
            : 'Outline first (opening, development, turning point, ending), then write the full piece from that outline; leave the outline out of the answer.',
        ]);
      case 'summarization':
        return byVerbosity(ctx, ['Work in two passes: note the main point of each part of the text, then merge those notes into the summary.']);
      default:
        return byVerbosity(ctx, ['Break the task into sub-tasks, solve them in order, and use each result in the next.']);
    }
  },
};
