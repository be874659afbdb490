// Self-verification (chain of verification): check the draft against targeted questions before answering.
import type { Technique, TechniqueContext } from '../types.ts';
import { cronGiven, asksAnalogy, byVerbosity, codeMode, isShellOneLiner, mentions, openQaKind, sub, isGrammarCheck, isProgrammingQuestion, isAlgorithmQuestion, inspectTarget, practiceSkill, isWeightGoal, isUsageQuestion, isBenchmarkQuestion, phraseMeaning, gameRules, isBodyFigure, isHabitChange, talkToChild, isLeadDilemma, isPeopleManagement, isResearchFindings, isTermination, isSecondOpinion, lawCanOverride, isOutOfRange } from './util.ts';

const FACT_CHECK =
  'Before you finish, verify the facts the answer depends on (names, dates, numbers): check each one independently, correct any error, and flag anything you are not sure of.';
const CURRENT_BEHAVIOUR =
  'Before you finish, check each claim and any example against how the language or tool actually behaves in current versions, and correct anything wrong or outdated.';

const ALGORITHM_CHECK = 'Before you finish, check each claim, and any cost you state, by tracing the algorithm on a small input (including its worst case), and correct anything that does not hold.';
// A reader who will never run the code: a child, a grandparent, a parent or anyone non-technical.
const LAY_READER = /\b(?:year-old|child|kids?|children|grand(?:ma|pa|mother|father|mom|dad|parents?)|mom|mum|dad|parents?|non-?technical|non-?tech|layperson|lay reader)\b/;
const ALGORITHM_CHECK_WHY = 'Added a self-check (trace the algorithm on a small input) because claims about algorithms and their costs are easy to state and easy to get wrong.';
const CURRENT_BEHAVIOUR_WHY = 'Added a self-check (each claim against current behaviour) because answers about languages and tools go out of date.';

function lines(ctx: TechniqueContext): string[] {
  switch (ctx.taskType) {
    case 'code':
      if (codeMode(ctx) === 'tests-only') return ['Before you finish, work out each expected value by running the code by hand on that input, so no test asserts a wrong result.'];
      if (codeMode(ctx) === 'convert') return ['Before you finish, count the records and fields in the input and in the output, and check a few values in each: nothing may be missing or changed.'];
      if (codeMode(ctx) === 'orm') return ['Before you finish, write out the SQL the ORM query generates and check it against the original clause by clause.'];
      if (codeMode(ctx) === 'port') return ['Before you finish, trace the original and the converted code on a normal input and on each edge case, and fix any difference in output.'];
      if (codeMode(ctx) === 'cron')
        return [`Before you finish, work out the next run times from the expression field by field and check that they ${cronGiven(ctx) ? 'agree with your plain reading of it' : 'match the schedule asked for'}.`];
      if (codeMode(ctx) === 'regex') return ['Before you finish, run the pattern by hand against every test string and fix it if any result is wrong.'];
      if (codeMode(ctx) === 'oneliner')
        return [
          isShellOneLiner(ctx)
            ? 'Before you finish, trace the command on a name with a space and on an empty folder or input, and fix it if either breaks.'
            : 'Before you finish, trace the line on a normal input and an empty one, and fix it if either gives the wrong result.',
        ];
      if (codeMode(ctx) === 'concept') return [isAlgorithmQuestion(ctx) ? ALGORITHM_CHECK : CURRENT_BEHAVIOUR];
      if (codeMode(ctx) === 'howto') return ['Before you finish, check that every snippet runs as written on the version you name and does what the text says.'];
      if (codeMode(ctx) === 'app') return ['Before you finish, check that every feature in the task is implemented and that each entry point validates its input and handles errors.'];
      if (codeMode(ctx) === 'refactor') return ['Before you finish, run the original and the refactored code by hand on a normal input and an empty one, and check that they give the same result.'];
      if (codeMode(ctx) === 'testdata') return ['Before you finish, count the records and check every field of each against the format asked for.'];
      if (codeMode(ctx) === 'commit') return ['Before you finish, check that the summary line is imperative and short, and that every statement in the message comes from the change described.'];
      if (codeMode(ctx) === 'jsonschema') return ['Before you finish, check both example instances against the schema by hand: the valid one must pass and the invalid one must fail for the reason given.'];
      if (codeMode(ctx) === 'schema') return ['Before you finish, walk the main actions (add, look up, change, remove) through the tables and check that each works without storing a fact twice or leaving orphaned rows.'];
      if (codeMode(ctx) === 'config') return ['Before you finish, check the file against the tool’s schema (valid keys, indentation, references between services or resources) and that every port, volume and variable it uses is defined.'];
      if (codeMode(ctx) === 'setup') return ['Before you finish, check that the steps run in order on a clean machine with the versions you assumed, and that no command is missing.'];
      if (ctx.features.codeLanguage === 'SQL') return ['Before you finish, run the query by hand on the sample rows, including a NULL and a duplicate, and fix anything that comes out wrong.'];
      return ['Before you finish, verify the code by tracing it by hand on a normal input and on each edge case, and fix anything that fails.'];
    case 'extraction':
      if (isResearchFindings(ctx)) return ['Before you finish, check each finding against the source: it must rest on something said there, and each quote must appear there word for word.'];
      if (ctx.features.itemFields.length > 0)
        return ['Before you finish, check each object against the text: copied values appear there verbatim, nothing goes beyond what the wording supports, and no item is missed.'];
      // A high or low flag is worked out, not copied: the check is the comparison itself.
      if (isOutOfRange(ctx)) return ['Before you finish, check every test against its range a second time, including the ones you left out, and fix any value or flag that is wrong.'];
      return ['Before you finish, verify every extracted value against the text: each must appear there verbatim; remove anything inferred and add anything missed.'];
    case 'closed_qa':
      return [
        ctx.features.formatRequested
          ? 'Before you finish, verify that each item of the answer is supported by a specific passage of the text, and remove any that is not.'
          : `Before you finish, verify that each statement in the answer is supported by a quoted passage${lawCanOverride(ctx) ? ' (the note on local law aside)' : ''}, and remove any that is not.`,
      ];
    case 'reasoning':
      return ['Before you finish, verify the answer by substituting it back into the problem and checking that it satisfies every condition.'];
    case 'summarization':
      return ['Before you finish, verify each point of the summary against the source: names, numbers and claims must match it exactly.'];
    case 'analysis':
      return ['Before you finish, verify the conclusion: check each key claim against the evidence and state the strongest counter-argument.'];
    case 'planning':
      return ['Before you finish, verify the plan: the times add up, nothing depends on a later step, and every stated constraint is met.'];
    case 'open_qa':
      if (asksAnalogy(ctx)) return ['Before you finish, check that the analogy matches how the real thing works at each point you map, and say where it stops holding.'];
      if (isProgrammingQuestion(ctx)) return [isAlgorithmQuestion(ctx) ? ALGORITHM_CHECK : CURRENT_BEHAVIOUR];
      return [FACT_CHECK];
    default:
      return [FACT_CHECK];
  }
}

export const selfVerification: Technique = {
  id: 'self_verification',
  name: 'Self-verification (chain of verification)',
  purpose: 'Has the model check its draft against targeted verification questions and fix what fails before answering.',
  source: 'Dhuliawala et al. 2023, "Chain-of-Verification Reduces Hallucination in Large Language Models"',
  taskTypes: ['open_qa', 'closed_qa', 'extraction', 'code', 'reasoning', 'summarization', 'analysis', 'planning'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'verification',
  priority: 55,
  present: (ctx) => mentions(ctx, /\b(before you finish, verify|double-check|verify (each|every|your)|check your (answer|work)|chain of verification)\b/),
  fit(ctx) {
    if (isGrammarCheck(ctx)) return null;
    const c = ctx.complexity;
    switch (ctx.taskType) {
      case 'open_qa':
        // A symptom, a choice or a conversation has its own shape, and its facts are the asker's: "why does my knee
        // hurt when I go down stairs?" has no names or dates to check.
        // So do checks to make on a purchase, a practice routine or a weight goal ("when buying" is no date to check),
        // and a body figure ("how many cups of water a day"), which is a range from a named method, not a fact to look up.
        if (['diagnose', 'approach', 'decision'].includes(openQaKind(ctx) ?? '') || isTermination(ctx) || isSecondOpinion(ctx) || inspectTarget(ctx) || practiceSkill(ctx) || isWeightGoal(ctx) || isUsageQuestion(ctx) || isBenchmarkQuestion(ctx) || phraseMeaning(ctx) || gameRules(ctx) || isBodyFigure(ctx) || isHabitChange(ctx) || talkToChild(ctx) || isLeadDilemma(ctx) || isPeopleManagement(ctx)) return -0.3;
        // Claims about a language are checked against how it behaves; "when should I use…" has no dates to check.
        // An analogy asked for is easy to stretch past where it holds.
        if (asksAnalogy(ctx)) return 0.6;
        // "Explain recursion like I'm 10" or "what an API is to my grandmother" is judged by its analogy, not by
        // checking claims against current versions.
        if (isProgrammingQuestion(ctx)) return LAY_READER.test(ctx.features.audience ?? '') ? -0.3 : 0.4;
        return /\b(who|when|where|which year|how many|how much|what year|date|dates|statistics?|figures?)\b/.test(ctx.lower) ? 1 : -0.3;
      case 'extraction':
        return 1.1;
      case 'code':
        return sub(ctx, 'explain-code', 'review') ? null : c === 'simple' ? 0.2 : 1;
      case 'closed_qa':
        return 0.6;
      case 'reasoning':
        return sub(ctx, 'puzzle') ? 0.6 : -0.3;
      case 'summarization':
        return c === 'simple' ? -0.3 : 0.5;
      case 'analysis':
        return c === 'complex' ? 0.5 : -0.2;
      case 'planning':
        return c === 'simple' ? -0.5 : 0.3;
      default:
        return null;
    }
  },
  reason(ctx) {
    if (ctx.taskType === 'code' && codeMode(ctx) === 'tests-only') return 'Added a self-check (work out each expected value by hand) because a test with a wrong expectation is worse than none.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'convert') return 'Added a self-check (count records and fields on both sides) because conversions fail silently by dropping or changing values.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'cron') return 'Added a self-check (work out the next run times) because a cron field in the wrong place still looks valid.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'regex') return 'Added a self-check (run the pattern on every test string) because regexes fail on the inputs nobody tried.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'oneliner')
      return isShellOneLiner(ctx)
        ? 'Added a self-check (a name with a space, an empty input) because that is where command lines break.'
        : 'Added a self-check (trace the line on a normal and an empty input) because compressed code hides mistakes.';
    if (asksAnalogy(ctx)) return 'Added a self-check on the analogy (does each part map to the real thing, where does it stop holding) because an analogy that misleads is worse than none.';
    if (isAlgorithmQuestion(ctx) && !['diagnose', 'approach', 'decision'].includes(openQaKind(ctx) ?? '')) return ALGORITHM_CHECK_WHY;
    if (isProgrammingQuestion(ctx) && !['diagnose', 'approach', 'decision'].includes(openQaKind(ctx) ?? '')) return CURRENT_BEHAVIOUR_WHY;
    if (ctx.taskType === 'code' && codeMode(ctx) === 'concept') return CURRENT_BEHAVIOUR_WHY;
    if (ctx.taskType === 'code' && codeMode(ctx) === 'howto') return 'Added a self-check (run each snippet as written) because a how-to answer is only useful if it runs.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'refactor') return 'Added a self-check (the original and the new code give the same results) because a refactor that changes behaviour is a bug.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'jsonschema') return 'Added a self-check (the examples checked against the schema) because a schema that rejects good data or accepts bad data looks fine until it runs.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'schema') return 'Added a self-check (walk the main actions through the tables) because a schema flaw shows only once data is in it.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'config') return 'Added a self-check (schema, and every port, volume and variable defined) because a config error only shows when it is deployed.';
    if (ctx.taskType === 'code' && codeMode(ctx) === 'setup') return 'Added a self-check (walk through the steps on a clean machine) because setup instructions most often fail on a skipped step.';
    if (ctx.taskType === 'code' && ctx.features.codeLanguage === 'SQL') return 'Added a self-check (run the query by hand on sample rows) because it catches lost NULL rows and double-counted joins.';
    const why: Record<string, string> = {
      code: 'Added a self-check (trace the code on edge cases) because it catches off-by-one and empty-input bugs before they reach you.',
      extraction: 'Added a self-check against the source because it catches invented or missed values.',
      closed_qa: 'Added a self-check so every statement in the answer is backed by the text.',
      reasoning: 'Added a self-check (substitute the answer back) because it catches answers that break a condition of the problem.',
      summarization: 'Added a self-check against the source because summaries tend to distort numbers and claims.',
      analysis: 'Added a self-check with a counter-argument because it guards against a one-sided conclusion.',
      planning: 'Added a self-check so the plan’s times and dependencies actually work.',
    };
    return why[ctx.taskType] ?? 'Added a fact-checking pass because the answer depends on specific facts that models sometimes misremember.';
  },
  render: (ctx) => byVerbosity(ctx, lines(ctx)),
};
