// Quality lint: a transparent score for a prompt. Five dimensions of 0..20 each (clarity, specificity, structure,
// output format, context), each the weighted share of simple checks that pass; the checks are returned too, so the
// UI can show exactly why a prompt scored what it did.
import type { QualityCheck, QualityDimension, QualityReport } from './types.ts';
import { QUALITY_DIMENSIONS } from './types.ts';
import { analyzeForLint } from './analyze.ts';
import type { LintFeatures } from './analyze.ts';

const SAMPLE = 12_000;

const ASK =
  /(^|[.!?:]\s+|\n)\s*(please\s+|can you\s+|could you\s+)?(write|explain|summari[sz]e|list|give|create|make|translate|rewrite|compare|analy[sz]e|plan|classify|extract|find|generate|draft|describe|tell|help|suggest|design|build|fix|solve|calculate|review|answer|act|pretend|imagine|you are|return|reply|identify|outline|propose|recommend|evaluate|convert|proofread|edit)\b/i;

interface CheckDef {
  id: string;
  dimension: QualityDimension;
  label: string;
  weight: number;
  test: (text: string, lower: string, f: LintFeatures) => boolean;
}

const SECTION_RE = /^(#{1,4} \S|<[a-z_]+>$|[A-Z][A-Za-z ]{2,30}:\s*$)/gm;

const CHECKS: CheckDef[] = [
  // Clarity: is there one clear ask, stated readably?
  { id: 'clear-ask', dimension: 'clarity', label: 'States a clear request (an instruction or a question)', weight: 3, test: (t) => ASK.test(t) || /\?/.test(t) },
  { id: 'enough-words', dimension: 'clarity', label: 'Long enough to be unambiguous (8+ words)', weight: 1, test: (_t, _l, f) => f.words >= 8 },
  {
    id: 'readable-sentences',
    dimension: 'clarity',
    label: 'Sentences of readable length (under 40 words on average)',
    weight: 1,
    test: (_t, _l, f) => f.hasSuppliedText || f.words / Math.max(1, f.sentences) <= 40,
  },
  // Specificity: details, constraints, scope.
  {
    id: 'concrete-details',
    dimension: 'specificity',
    label: 'Gives concrete details (numbers, names, quoted material)',
    weight: 1.5,
    test: (t, _l, f) => f.numbers > 0 || f.hasSuppliedText || /\S\s+[A-Z][a-z]{2,}/.test(t.slice(1, 2000)),
  },
  {
    id: 'constraints',
    dimension: 'specificity',
    label: 'States requirements or constraints',
    weight: 2,
    test: (_t, l, f) => /^\s*- /m.test(l) || f.constraintCount > 0 || f.lengthLimit !== null,
  },
  {
    id: 'scope',
    dimension: 'specificity',
    label: 'Sets the scope or length of the answer',
    weight: 1.5,
    test: (_t, l, f) => /\b(brief|short|concise|detailed|in depth|at most|up to|no more than|one sentence|one line|roughly|about \d+)\b/.test(l) || f.lengthLimit !== null || f.itemCount !== null,
  },
  // Structure: is the prompt organized?
  {
    id: 'sections',
    dimension: 'structure',
    label: 'Organized into labelled sections',
    weight: 2,
    test: (t) => (t.slice(0, SAMPLE).match(SECTION_RE)?.length ?? 0) + (t.length > SAMPLE ? t.slice(-SAMPLE).match(SECTION_RE)?.length ?? 0 : 0) >= 2,
  },
  {
    id: 'delimited-material',
    dimension: 'structure',
    label: 'Separates supplied material from the instructions',
    weight: 1.5,
    test: (t, _l, f) => !f.hasSuppliedText || /```|"""|<[a-z_]+>|^#{1,4} |\n\s*\n|^[A-Za-z ]{2,20}:\s*$/m.test(t.slice(0, SAMPLE)),
  },
  {
    id: 'ordered-parts',
    dimension: 'structure',
    label: 'Lists steps or requirements as items',
    weight: 1,
    test: (t) => /^\s*(\d+[.)]|[-*•])\s+\S/m.test(t.slice(0, SAMPLE)) || /^\s*(\d+[.)]|[-*•])\s+\S/m.test(t.slice(-SAMPLE)),
  },
  // Output format.
  {
    id: 'format-named',
    dimension: 'outputFormat',
    label: 'Names the output format',
    weight: 3,
    test: (_t, l, f) => /\b(output format|respond with|reply with|return only|return the|structure the reply|present the|give a numbered list|as a markdown table)\b/.test(l) || f.formatRequested !== null,
  },
  {
    id: 'answer-shape',
    dimension: 'outputFormat',
    label: 'Says how the answer should start or end',
    weight: 1.5,
    test: (_t, l) => /\b(lead with|open with|start with|begin with|finish with|end with|final line|`?answer: ?`?|first line|then a|followed by)\b/.test(l),
  },
  // Context.
  { id: 'role', dimension: 'context', label: 'Gives the model a role', weight: 1.5, test: (_t, _l, f) => f.hasPersona },
  {
    id: 'audience',
    dimension: 'context',
    label: 'Names the audience or reader',
    weight: 1.5,
    test: (_t, l, f) => /\b(the audience|the reader|readers?|listeners|for (my|our) (team|boss|manager|class|students|customers|clients))\b/.test(l) || f.audience !== null,
  },
  {
    id: 'purpose',
    dimension: 'context',
    label: 'Explains the purpose or background',
    weight: 1,
    test: (_t, l, f) => f.hasSuppliedText || /\b(because|so that|in order to|the goal|purpose|i need|i'?m |i am |we are|we're|for my|for our|this matters)\b/.test(l),
  },
];

/**
 * Score a prompt. Pure; bounded work on huge prompts (it reads the head and tail). Each check tries its wording pattern
 * before the feature behind it, so the lite analysis works out audience, limits and format only when they decide.
 */
export function lintQuality(text: string, features: LintFeatures = analyzeForLint(text)): QualityReport {
  const sample = text.length > 2 * SAMPLE ? `${text.slice(0, SAMPLE)}\n${text.slice(-SAMPLE)}` : text;
  const lower = sample.toLowerCase();
  const checks: QualityCheck[] = CHECKS.map((c) => ({
    id: c.id,
    dimension: c.dimension,
    label: c.label,
    weight: c.weight,
    passed: text.trim().length > 0 && c.test(sample, lower, features),
  }));
  const dimensions = {} as Record<QualityDimension, number>;
  let score = 0;
  for (const d of QUALITY_DIMENSIONS) {
    const mine = checks.filter((c) => c.dimension === d);
    const total = mine.reduce((a, c) => a + c.weight, 0);
    const passed = mine.filter((c) => c.passed).reduce((a, c) => a + c.weight, 0);
    const value = total === 0 ? 0 : Math.round((20 * passed) / total);
    dimensions[d] = value;
    score += value;
  }
  return { score, dimensions, checks };
}
