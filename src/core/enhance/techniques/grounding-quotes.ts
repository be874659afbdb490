// Grounding in quotes: answer from the supplied text by first pulling out the passages that bear on the question.
import type { Technique } from '../types.ts';
import { byVerbosity, isGrammarCheck, mentions, lawCanOverride } from './util.ts';

export const groundingQuotes: Technique = {
  id: 'grounding_quotes',
  name: 'Quote grounding',
  purpose: 'Answers from supplied text by first quoting the relevant passages, and says so when the text has no answer.',
  source: 'Anthropic, "Long context prompting tips" (extract relevant quotes first); Lewis et al. 2020 (retrieval-grounded answers)',
  taskTypes: ['closed_qa', 'summarization', 'analysis', 'extraction'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'approach',
  priority: 88,
  present: (ctx) => mentions(ctx, /\b(quote (the )?relevant|relevant quotes|cite the (passage|text|sentence)|answer only from the text|only use (the )?(information|text) (provided|given|above|below))\b/),
  fit(ctx) {
    // A sentence to judge is not a source to quote from.
    if (isGrammarCheck(ctx)) return null;
    if (ctx.taskType === 'closed_qa') return 2.5;
    if (!ctx.features.hasSuppliedText) return null;
    if (ctx.taskType === 'summarization') return ctx.complexity === 'complex' ? 0.6 : null;
    if (ctx.taskType === 'analysis') return 0.3;
    return null;
  },
  reason(ctx) {
    if (ctx.taskType === 'closed_qa') return 'Added quote grounding because the answer must come from the supplied text, and quoting it first keeps the model from filling gaps with outside knowledge.';
    return 'Added quote grounding because the work is based on supplied text, and anchoring claims in quotes keeps them faithful to it.';
  },
  render(ctx) {
    if (ctx.taskType === 'closed_qa')
      return byVerbosity(ctx, [
        ctx.features.formatRequested
          ? 'Answer only from the text in the task. First find the sentences that bear on the question, then answer from them in the format the task asks for.'
          : 'Answer only from the text in the task. First find the sentences that bear on the question and quote them, then answer from those quotes.',
        'If the text does not contain the answer, say so plainly instead of guessing or using outside knowledge.',
        // "Based on this lease clause, can my landlord keep my deposit?": the clause is not the last word, and the asker may act on it.
        lawCanOverride(ctx)
          ? 'Then add one line noting that local law (for example on deposits or notice) can override what a clause says, and where to check, without stating that law as fact.'
          : '',
      ].filter(Boolean));
    return byVerbosity(ctx, ['Anchor every claim in the supplied text: pick out the passages that support it before writing, and do not add facts the text does not contain.']);
  },
};
