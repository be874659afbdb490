// Few-shot examples: show the expected output with a small worked example. Only examples that are safe in any
// context are used (they illustrate format and register, never the user's facts), so some prompts get none.
import type { Technique, TechniqueContext } from '../types.ts';
import { isBodyFigure, rewriteKind, sub, isCompoundGrowth, isSingleRecord, isDatedList } from './util.ts';

interface Example {
  input: string;
  output: string;
}

const EXTRACTION_SAMPLE: Record<string, [string, string[]]> = {
  names: ['Maria Lopez', ['Maria Lopez']],
  organizations: ['Northwind Ltd', ['Northwind Ltd']],
  dates: ['12 March 2024', ['12 March 2024']],
  emails: ['maria.lopez@example.com', ['maria.lopez@example.com']],
  phone_numbers: ['+1 555 0100', ['+1 555 0100']],
  locations: ['Lisbon', ['Lisbon']],
  amounts: ['€3,200', ['€3,200']],
  products: ['40 standing desks', ['standing desks']],
};

function extractionExample(fields: string[]): Example | null {
  const usable = fields.filter((f) => f in EXTRACTION_SAMPLE);
  if (usable.length === 0 || usable.length !== fields.length) return null;
  const v = (f: string) => EXTRACTION_SAMPLE[f]?.[0] ?? '';
  const parts: string[] = [];
  if (usable.includes('dates')) parts.push(`On ${v('dates')},`);
  parts.push(usable.includes('names') ? v('names') : parts.length === 0 ? 'A buyer' : 'a buyer');
  if (usable.includes('emails')) parts.push(`(${v('emails')})`);
  if (usable.includes('phone_numbers')) parts.push(`(tel. ${v('phone_numbers')})`);
  if (usable.includes('organizations')) parts.push(`of ${v('organizations')}`);
  parts.push(`ordered ${usable.includes('products') ? v('products') : 'new furniture'}`);
  if (usable.includes('locations')) parts.push(`for the ${v('locations')} office`);
  if (usable.includes('amounts')) parts.push(`for ${v('amounts')}`);
  const output = `{${usable.map((f) => `"${f}": ${JSON.stringify(EXTRACTION_SAMPLE[f]?.[1] ?? [])}`).join(', ')}}`;
  return { input: `${parts.join(' ')}.`, output };
}

function examplesFor(ctx: TechniqueContext): { kind: string; items: Example[]; inLabel: string; outLabel: string } | null {
  const f = ctx.features;
  switch (ctx.taskType) {
    case 'classification': {
      const labels = f.labels.map((l) => l.toLowerCase());
      // "As friendly, neutral or tense": examples labelled positive or negative would show labels outside the set.
      if ((sub(ctx, 'sentiment') && labels.every((l) => /^(?:positive|negative|neutral|mixed)$/.test(l))) || (labels.includes('positive') && labels.includes('negative'))) {
        const items: Example[] = [
          { input: 'The battery died after two days and support never replied.', output: 'negative' },
          { input: 'Setup took five minutes and it has worked perfectly since.', output: 'positive' },
        ];
        if (labels.includes('neutral')) items.push({ input: 'The package arrived on Tuesday.', output: 'neutral' });
        return { kind: 'sentiment', items, inLabel: 'Text', outLabel: 'Label' };
      }
      // "Urgent, normal or spam": the examples would show a label outside the set, so only a spam/not-spam split gets them.
      if (sub(ctx, 'spam') && labels.every((l) => /^(?:spam|ham|not spam|legit(?:imate)?)$/.test(l))) {
        const ham = labels.find((l) => l === 'ham' || l === 'not spam') ?? 'not spam';
        return {
          kind: 'spam',
          items: [
            { input: 'Congratulations! You have won a $500 gift card. Click here to claim it today.', output: 'spam' },
            { input: 'Hi Sam, attached are the notes from this morning’s meeting.', output: ham },
          ],
          inLabel: 'Message',
          outLabel: 'Label',
        };
      }
      return null;
    }
    case 'extraction': {
      const ex = extractionExample(f.fields);
      return ex ? { kind: 'extraction', items: [ex], inLabel: 'Text', outLabel: 'Output' } : null;
    }
    case 'rewrite': {
      const pairs: Record<string, Example> = {
        formal: { input: 'hey, can u send me the numbers by fri? thx', output: 'Hello, could you please send me the figures by Friday? Thank you.' },
        casual: { input: 'We regret to inform you that the event has been postponed.', output: 'Heads up: we’ve had to push the event back.' },
        simplify: { input: 'The medication should be administered twice daily subsequent to meals.', output: 'Take the medicine twice a day, after eating.' },
        shorten: { input: 'In order to be able to get started, we will first need to schedule a meeting.', output: 'To start, we need to schedule a meeting.' },
        proofread: { input: 'Their going to recieve the package tomorow.', output: 'They’re going to receive the package tomorrow.' },
      };
      // One precedence with the other techniques: a formal translation gets no English before/after example.
      const kind = rewriteKind(ctx);
      const ex = kind ? pairs[kind] : undefined;
      return kind && ex ? { kind, items: [ex], inLabel: 'Before', outLabel: 'After' } : null;
    }
    case 'reasoning':
      // "Is 0.1 + 0.2 == 0.3 in JavaScript?" is about a language, not arithmetic: a shopping sum would mislead.
      // A calorie target is a formula and a range, not a shopping sum.
      // A Fermi estimate rests on stated assumptions, not on given prices: the shopping sum would show the wrong shape.
      // Money growing over years is a formula with a compounding convention, not a sum of prices either.
      if (!sub(ctx, 'math') || sub(ctx, 'puzzle', 'proof', 'estimate') || isBodyFigure(ctx) || isCompoundGrowth(ctx) || (ctx.features.codeLanguage && /==|!=|console\.log|print\(/.test(ctx.lower))) return null;
      return {
        kind: 'math',
        items: [
          {
            input: 'A notebook costs $3 and a pen costs $1.50. How much do 2 notebooks and 2 pens cost?',
            output: '1. Notebooks: 2 × $3 = $6\n2. Pens: 2 × $1.50 = $3\n3. Total: $6 + $3 = $9\nAnswer: $9',
          },
        ],
        inLabel: 'Problem',
        outLabel: 'Solution',
      };
    default:
      return null;
  }
}

export const fewShot: Technique = {
  id: 'few_shot',
  name: 'Few-shot examples',
  purpose: 'Shows a small worked example so the model copies the expected format and register.',
  source: 'Brown et al. 2020, "Language Models are Few-Shot Learners"',
  taskTypes: ['classification', 'extraction', 'rewrite', 'reasoning'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: ['analogical_reasoning'],
  section: 'examples',
  priority: 75,
  present: (ctx) => ctx.features.hasExamples || /only illustrates? the expected format/.test(ctx.scan),
  fit(ctx) {
    const ex = examplesFor(ctx);
    if (!ex) return null;
    // A generic example would contradict the shape the user asked for ("as a list", "a JSON array, one object per review").
    // One document's details ("the flight number and seat from this email") take one value each, not the example's lists.
    if ((ctx.taskType === 'extraction' || ctx.taskType === 'classification') && (ctx.features.formatRequested !== null || ctx.features.itemFields.length > 0 || isSingleRecord(ctx) || isDatedList(ctx))) return null;
    if (ctx.taskType === 'classification' || ctx.taskType === 'extraction') return 1.5;
    if (ctx.taskType === 'rewrite') return 0.6;
    return ctx.complexity === 'simple' ? 0.3 : -0.5;
  },
  reason(ctx) {
    const ex = examplesFor(ctx);
    if (ctx.taskType === 'classification') return `Added ${ex && ex.items.length > 1 ? 'labelled examples' : 'an example'} because classifiers answer more consistently when they see the exact label style expected.`;
    if (ctx.taskType === 'extraction') return 'Added a worked extraction example because it pins down the exact output shape better than a description.';
    if (ctx.taskType === 'rewrite') return 'Added a before/after example because it shows the target register more precisely than adjectives do.';
    return 'Added a worked example because it shows the expected layout of the working and the final answer line.';
  },
  render(ctx) {
    const ex = examplesFor(ctx);
    if (!ex) return [];
    const head =
      ex.items.length > 1
        ? 'The examples below only illustrate the expected format; their content is unrelated to the task.'
        : 'The example below only illustrates the expected format; its content is unrelated to the task.';
    if (ctx.target === 'claude') {
      return [head, ...ex.items.map((e) => `<example>\n${ex.inLabel}: ${e.input}\n${ex.outLabel}:${e.output.includes('\n') ? `\n${e.output}` : ` ${e.output}`}\n</example>`)].slice(
        0,
        ctx.verbosity === 'concise' ? 2 : undefined,
      );
    }
    return [head, ...ex.items.map((e) => `${ex.inLabel}: ${e.input}\n${ex.outLabel}:${e.output.includes('\n') ? `\n${e.output}` : ` ${e.output}`}`)].slice(
      0,
      ctx.verbosity === 'concise' ? 2 : undefined,
    );
  },
};
