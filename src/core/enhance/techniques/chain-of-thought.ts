// Chain of thought: ask for explicit intermediate reasoning before the answer.
import type { Technique } from '../types.ts';
import { bodyMethod, byVerbosity, isBodyFigure, isQuickCalc, isSlowCode, mentions, sub, isUnseenBug, isCompoundGrowth, codeMode } from './util.ts';

export const chainOfThought: Technique = {
  id: 'chain_of_thought',
  name: 'Chain of thought',
  purpose: 'Asks the model to reason through intermediate steps before it commits to an answer.',
  source: 'Wei et al. 2022, "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"',
  taskTypes: ['reasoning', 'analysis', 'code', 'classification', 'closed_qa', 'open_qa'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: ['step_decomposition'],
  section: 'approach',
  priority: 90,
  present: (ctx) =>
    ctx.features.asksForReasoning || mentions(ctx, /\b(step by step|reason through|think (it )?through|show your (work|working|reasoning))\b/),
  fit(ctx) {
    switch (ctx.taskType) {
      case 'reasoning':
        return 3;
      case 'code':
        return codeMode(ctx) === 'debug' ? 1.5 : -2;
      case 'analysis':
        return ctx.complexity === 'simple' ? -0.5 : 0.6;
      case 'classification':
        return ctx.complexity === 'complex' ? 0.3 : -1.5;
      case 'closed_qa':
        return ctx.complexity === 'complex' ? 0 : -1.5;
      case 'open_qa':
        return sub(ctx, 'explain') && ctx.complexity !== 'simple' ? -0.3 : -1.5;
      default:
        return null;
    }
  },
  reason(ctx) {
    if (ctx.taskType === 'reasoning') {
      if (isQuickCalc(ctx)) return 'Asked for the calculation to be written out because even a one-step sum goes wrong when done in the head.';
      if (isBodyFigure(ctx)) return 'Asked for the working with a named formula and stated assumptions because a body-based figure depends on the method and the activity level assumed.';
      const what = sub(ctx, 'puzzle') ? 'a logic puzzle' : sub(ctx, 'estimate') ? 'an estimate' : sub(ctx, 'proof') ? 'a proof' : 'a multi-step math problem';
      return `Added step-by-step reasoning because this is ${what}, where working each step explicitly prevents slips.`;
    }
    if (ctx.taskType === 'code') return 'Added step-by-step reasoning because debugging goes better when the model traces what the code actually does before changing it.';
    if (ctx.taskType === 'classification') return 'Added step-by-step reasoning because the items need weighing before a label is chosen.';
    return 'Added step-by-step reasoning because the answer depends on several linked points that should be worked out in order.';
  },
  render(ctx) {
    if (ctx.taskType === 'reasoning') {
      if (sub(ctx, 'puzzle'))
        return byVerbosity(ctx, [
          'Reason step by step: write down each stated fact or rule, draw its consequences one at a time, and rule possibilities out explicitly instead of guessing.',
          'Keep each step to one or two lines.',
        ]);
      if (isBodyFigure(ctx))
        return byVerbosity(ctx, [
          `Work it out step by step with a standard, named method (${bodyMethod(ctx)}), using the figures given and stating each assumption, such as activity level.`,
        ]);
      if (sub(ctx, 'estimate'))
        return byVerbosity(ctx, [
          'Reason step by step: break the quantity into factors you can estimate, give each estimate with its basis, and combine them, keeping the units.',
          'Round sensibly and say which factor is the most uncertain.',
        ]);
      if (sub(ctx, 'proof')) return byVerbosity(ctx, ['Reason step by step from the definitions and the given facts, justifying every step.']);
      if (isCompoundGrowth(ctx))
        return byVerbosity(ctx, [
          'Work it out step by step with the time-value-of-money formula that fits (future or present value, of a lump sum or of regular payments), showing each intermediate value.',
          'Where the problem does not fix the convention (compounding monthly or yearly, payments at the start or end of each period), state the one you use, since it changes the result; round only at the end.',
        ]);
      if (isQuickCalc(ctx)) return byVerbosity(ctx, ['Write the calculation out in one or two lines, with each intermediate value, before giving the result.']);
      // "Is Z → Q an epimorphism in Ring?" has no quantities to list: it is argued from definitions.
      if (ctx.features.numbers === 0)
        return byVerbosity(ctx, [
          'Work through the problem step by step: state what is given and what must be found or shown, then justify each step from the definitions or an earlier step.',
          'Keep each step short.',
        ]);
      return byVerbosity(ctx, [
        'Work through the problem step by step: list the given quantities, decide what each step must compute, and do one calculation per step, keeping the units.',
        'Keep each step to one line.',
      ]);
    }
    if (isSlowCode(ctx))
      return byVerbosity(ctx, ['Think it through step by step before changing anything: estimate where the time goes (rows scanned, calls made, work repeated), find the biggest cost, and change that first.']);
    if (isUnseenBug(ctx))
      return byVerbosity(ctx, ['Think it through step by step: list what could produce exactly this symptom, and rule each cause in or out from the details given before suggesting a fix.']);
    if (ctx.taskType === 'code')
      return byVerbosity(ctx, [
        'Think it through step by step before changing anything: restate what the code should do, trace what it actually does with the failing input, and pinpoint where the two diverge.',
      ]);
    if (ctx.taskType === 'classification')
      return byVerbosity(ctx, ['Think step by step about the features of each item that decide its label before choosing.']);
    return byVerbosity(ctx, ['Reason step by step: establish the relevant facts first, then what follows from them, and only then the conclusion.']);
  },
};
