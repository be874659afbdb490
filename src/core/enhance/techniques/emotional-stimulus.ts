// Emotional stimulus: state honestly why the result matters, which measurably raises care and thoroughness.
import type { Technique } from '../types.ts';
import { mentions } from './util.ts';

const SHORT_ON_TIME = /\b(?:(?:have|got|with|in|only) (?:only |just |about )?(?:\d{1,2}|five|ten|fifteen|twenty|thirty) (?:min|mins|minutes)\b|short on time|in a hurry|quick(?:ly)? before (?:my|the) (?:exam|test))/;

export const emotionalStimulus: Technique = {
  id: 'emotional_stimulus',
  name: 'Emotional stimulus',
  purpose: 'States why the result matters to the user, which nudges the model toward care and thoroughness.',
  source: 'Li et al. 2023, "Large Language Models Understand and Can Be Enhanced by Emotional Stimuli" (EmotionPrompt)',
  // Not for mechanical transformations (rewrite, extraction, labels), where stakes change nothing.
  taskTypes: ['creative_writing', 'code', 'analysis', 'planning', 'open_qa', 'reasoning', 'brainstorming'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'context',
  priority: 20,
  present: (ctx) => mentions(ctx, /\b(this matters:|very important to (me|my)|important to my career|take a deep breath)\b/),
  // Only when the user says what is at stake: inventing stakes would put words in their mouth.
  fit: (ctx) => (ctx.features.stakes && ctx.taskType !== 'rewrite' && ctx.taskType !== 'extraction' && ctx.taskType !== 'classification' ? 1.2 : null),
  reason: (ctx) =>
    ctx.features.stakes
      ? `Added a note on why it matters because the prompt says ${ctx.features.stakes.replace(/\bI am\b/, 'you are').replace(/\bmy\b/, 'your').replace(/\bme\b/, 'you')}, and stating the stakes makes answers more careful.`
      : 'Added a note on why it matters because stating the stakes makes answers more careful.',
  // "…and have 10 minutes": asking for thoroughness would contradict the time the user has; accuracy still matters.
  render: (ctx) => [
    `This matters: ${ctx.features.stakes ?? 'it is important to me'}, so be ${SHORT_ON_TIME.test(ctx.lower.slice(0, 300)) ? 'accurate and keep to what matters most in the time I have' : 'accurate and thorough rather than quick'}.`,
  ],
};
