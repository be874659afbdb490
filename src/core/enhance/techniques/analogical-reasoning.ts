// Analogical reasoning: recall related problems (or an everyday analogy) and transfer what works.
import type { Technique } from '../types.ts';
import { byVerbosity, gameRules, mentions, sub, talkToChild } from './util.ts';

const BEGINNER = /\b(beginner|novice|kids?|child(ren)?|five[- ]year[- ]old|5[- ]year[- ]old|eli5|non-technical|layman|lay (person|audience)|simple terms|intuiti(on|ve)|grandma|grandmother|newbie)\b/;

export const analogicalReasoning: Technique = {
  id: 'analogical_reasoning',
  name: 'Analogical reasoning',
  purpose: 'Has the model recall related problems or an everyday analogy and transfer what works to this one.',
  source: 'Yasunaga et al. 2023, "Large Language Models as Analogical Reasoners"',
  taskTypes: ['reasoning', 'open_qa'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: ['few_shot'],
  section: 'approach',
  priority: 60,
  present: (ctx) => mentions(ctx, /\b(analog(y|ies|ous)|similar problems? you (know|have solved)|by analogy|like a(n)? \w+ (is|that))\b/),
  fit(ctx) {
    if (ctx.taskType === 'open_qa') {
      // The rules of a game are concrete steps of play: an analogy adds a layer instead of removing one.
      // Death or divorce explained to a child needs plain, honest words; an analogy ("like going to sleep") confuses.
      if (!sub(ctx, 'explain') || gameRules(ctx) || talkToChild(ctx) === 'hard') return null;
      return BEGINNER.test(ctx.lower) || (ctx.features.audience !== null && BEGINNER.test(ctx.features.audience)) ? 2 : -0.6;
    }
    if (ctx.taskType === 'reasoning') return ctx.complexity === 'complex' && sub(ctx, 'proof', 'puzzle') ? 0.2 : -1;
    return null;
  },
  reason(ctx) {
    if (ctx.taskType === 'open_qa') return 'Added an everyday analogy because the explanation is for a newcomer, and analogies make an unfamiliar idea intuitive.';
    return 'Added analogical reasoning because recalling how similar problems are solved gives the model a proven method to adapt.';
  },
  render(ctx) {
    if (ctx.taskType === 'open_qa')
      return byVerbosity(ctx, ['Make the core idea intuitive with one concrete analogy from everyday life, and say where the analogy stops holding.']);
    return byVerbosity(ctx, [
      'Before solving, recall one or two related problems you know how to solve, note the method that worked for them, and adapt it to this one.',
    ]);
  },
};
