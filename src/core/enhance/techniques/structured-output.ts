// Structured output: name the exact shape of the answer (JSON with a schema, a table, a list, a final-answer line).
import type { Technique, TechniqueContext } from '../types.ts';
import type { AnalysisKind } from './util.ts';
import { isBabyProblem, isVisitTiming, isFoodLeftOut, COOK_TEMP, isSideIncome, isIcebreakers, isWorkedExample, isContentIdeas, symptomsOf, cronGiven, fictionIdeas, isJobMatch, unitConversion, isReadingOrder, asksSigns, isScamCheck, isMeetingAgenda, isTitleRecs, isLayover, isLiteraryAnalysis, funFacts, isLabResults, correctionStyle, isTermsReview, severalDescriptions, sharedChores, isExerciseList, asksQuestionsBefore, isMeetingRecap, isFreshnessCheck, isResumeSummary, forLinkedIn, vocabList, analysisKind, byVerbosity, FOR_AGAINST, isActionItems, isBodyFigure, isTopicSummary, isCookFromWhatIHave, isDecisionAsk, isTipsAsk, isTldr, listedItems, codeMode, creativeKind, isBotSetup, isCarefulDomain, isChecklist, isFactoid, isIdeaReview, isIdentifierName, isKidsActivities, isKnownWork, isNumbersDecision, isProductPick, isQuickCalc, isServiceRole, isShellOneLiner, isSingleSession, isWellbeing, mealNeeds, openQaKind, planKind, SHORT_ITEMS, sub, isQuizMaking, isCareerSwitch, isGrammarCheck, isInterviewerQuestions, talkFormat, COMPARE_ASK, isTriage, isShortPiece, isSwot, isUnseenBug, WEEKLY_SPLIT, isBenchmarkQuestion, isGuidedExercise, isSocialPost, isTopicComparison, isResumeBullet, practiceSkill, isShoppingListFromText, isWeightGoal, inspectTarget, isKeywordIdeas, isRecipeScaling, isWritingOutline, isMnemonic, readingAsked, extractionGroups, isHealthEffect, isParentingProblem, isFoodKeeping, messageFromNotes, isCookingTime, isHabitChange, asksCarefulOptions, petToTrain, isTrivia, memorizeKind, isPetPoisoning, isChildBullied, isNeighbourProblem, isHomeRecipe, livingPick, asksCookMethod, isWorkTrouble, isBabyNames, isDoctorQuestions, isPairing, writingHowTo, isUsageQuestion, isTimeZoneMeeting, isDateTalk, cardKind, isDebtOrder, phraseMeaning, gameRules, isSingleTrend, isDishIdeas, isCustomerReply, isScienceFair, isVocabStudy, talkToChild, forOneOccasion, isTravelMishap, isSkincare, isPepTalk, LUGGAGE, openingOnly, isRetroActions, findsFallacies, paragraphOnly, isLeadDilemma, isTimeConversion, isTweetThread, joinList, isPeopleManagement, LONG_SPAN, summaryPoints, asksCounter, singleRecordFields, isCookingTimeline, labelDimensions, isResearchFindings, isLifecycleEmail, verbForms, isPhrasings, isDatedList, isCandidateCompare, isCostBreakdown, isSingleWorkshop, isRadioAd, isTalkingPoints, isTermination, isVoicemailGreeting, isServiceCall, isSalesCall, RECORD_NOUNS, isRanking, isPrivateLesson, isDrinkRecipes, isDealCheck, isPricingMyWork, isCarePractice, summarySections, isRehab, moneyGap, isBlankForm, isPluralField, isOutOfRange, asksInconsistencies, asksTimeline, ranksByMerit, isWorkOrder } from './util.ts';

/** The layout of each kind of analysis (see analysisKind). */
const ANALYSIS_FORMATS: Record<AnalysisKind, string> = {
  risks: 'Give the risks as a Markdown table (risk, likelihood, impact, mitigation), the most serious first, then a short paragraph on whether and how to go ahead.',
  spending: 'Open with the monthly total and what is left over, then a Markdown table (category, amount, share of income, suggested change, monthly saving), then the two or three changes to make first.',
  logic: 'Open with a one-line verdict (valid or invalid, and sound or not), then the argument in standard form, then why, with the counterexample if it fails.',
  drop: 'Open with the first place to look and why, then the other likely causes in order, each with its check and what the result would mean, then what to do if none of them explains it.',
  policy: 'Open with the decision in one sentence (for example a refund, a replacement, or nothing owed), then the clause that decides it and how the facts meet each condition, then what to check before acting, then a short, courteous reply to send.',
  causes: 'Open with the most likely cause in one or two sentences; then a table of likely causes (cause, how to check it, the fix), most likely first; then the first three things to do this month.',
  options: 'Open with what you would do first, in one or two sentences; then the options as a table (option, cost, how soon it helps, risk); then the next steps for the coming two weeks.',
  abtest: 'Open with the verdict in one sentence (is one version better, and how sure), then the calculations step by step, then what to do next (ship, keep testing, or how long to run it).',
  themes: 'Open with how people feel overall in one or two sentences (with the counts), then the themes, largest first, each with its count and a short quote, then anything that stands out or needs following up.',
  feedback: 'Open with a one-line summary of what the feedback says, then what to keep, then the improvements as a numbered list (the problem, the fix, how to tell it worked), most important first.',
  data: 'Open with three lines (what improved, what worsened, what needs attention first), then the analysis metric by metric, then the questions to answer next.',
};
/** Why each kind's layout was added, shown beside the technique. */
const ANALYSIS_FORMAT_WHY: Partial<Record<AnalysisKind, string>> = {
  spending: 'Added a spending table with the suggested change and saving per category, so the cuts can be weighed line by line.',
  logic: 'Added a verdict-first format with the argument in standard form, so the flaw (if any) is easy to point to.',
  drop: 'Added a first-check-first format so the most likely cause is ruled in or out before the rest.',
  policy: 'Added a decision-first format that shows the clause and the facts behind it, with a reply ready to send.',
  causes: 'Added a cause-check-fix table, so each fix can be traced to the cause it addresses.',
  options: 'Added a first-step-first format with the options side by side, so the person can act straight away.',
  abtest: 'Added a verdict-first format with the calculations behind it, so the decision and how sure it is come first.',
  themes: 'Added a themes format (overall feeling, then themes with counts and quotes) so the picture and its evidence come together.',
  feedback: 'Added an improvements format (what to keep, then ranked fixes with how to tell they worked) so the feedback turns into action.',
};

/** A conversation the asker will have: how to go about it, then words they could say. */
// Three openings to choose from: the user keeps the rest of the piece.
const OPENING_VERSIONS = 'Give three versions as a numbered list, each followed by one line on what it does differently, then say which one you would use.';
const APPROACH_FORMAT = 'Give the approach in a few short steps, then an example of what to say in natural spoken words, and one line on how to respond if it goes badly.';

// "What jobs could I realistically get?": the roles first, then the way into the best one.
const CAREER_ROLES_FORMAT =
  'Open with an honest answer on how realistic the timeline is for this person, then a numbered list of four to six roles, each with why their experience fits, what they would need to add and a rough time to get there, then the first steps towards the best fit.';
const ASKS_ROLES = /\b(?:what|which) (?:kinds? of |types? of )?(?:jobs|roles|careers|positions)\b/;
const ROAD_STOPS = /\b(?:drive|driving|road ?trip)\b[^?!\n]{0,80}\b(?:stops?|stopping|on the way|along the way)\b/;
const CAREER_FORMAT =
  'Open with an honest answer on how realistic it is for this person, then the route in as numbered steps (skills to build and the cheapest good way to learn them, what to show employers, how to use their current experience), each with a rough time and cost, then the most common mistake to avoid.';

const DIAGNOSE_FORMAT = 'Start with the most likely cause, then the other likely causes in order of likelihood, each with how to tell whether it is the one and how to fix it.';
// "My laptop gets really hot when I play games, is that bad": the verdict is asked first.
const IS_IT_BAD = /,\s*(?:is (?:that|this|it) (?:bad|normal|ok|okay|dangerous|a problem)|should i (?:be )?(?:worried|concerned))\s*\??\s*$/;
const diagnoseFormat = (ctx: TechniqueContext): string =>
  IS_IT_BAD.test(ctx.lower.slice(0, 300))
    ? 'Start with whether this is normal or a concern, in one or two sentences; then the likely causes in order of likelihood, each with how to tell whether it is the one and how to fix it.'
    : DIAGNOSE_FORMAT;

/** A list to tick off: tasks by when they are due, things to pack or buy by category. */
const DATA_FORMATS: ReadonlySet<string> = new Set(['json', 'csv', 'table', 'yaml', 'xml']);
/** "…and return JSON.", "answer as a table": the reply's own format, which a code request can set too. */
const REPLY_IN_FORMAT = /(?:^|[.!?]\s+|\band\s+)(?:please\s+)?(?:return|respond|reply|answer|output|give (?:me )?(?:the |your )?(?:answer|reply|result))\s+(?:only\s+)?(?:in\s+|as\s+)?(?:valid\s+)?(?:json|yaml|csv|xml|a (?:markdown )?table)\b/;

function checklistFormat(ctx: TechniqueContext): string {
  if (/\bto-?do list\b/.test(ctx.lower))
    return 'Give the list as a checklist grouped by when each task is due (or by area where no dates are given), one task per line starting with a verb, and nothing else.';
  const groups = /\bfirst[- ]aid\b/.test(ctx.lower)
    ? 'wound care, medicines, tools, emergency items'
    : /\b(?:emergency|go-?bag|bug-?out|earthquake|hurricane|survival|72[- ]hour)\b/.test(ctx.lower)
    ? 'water and food, light and power, first aid, documents and cash'
    : /\btool ?(?:box|kit)\b/.test(ctx.lower)
    ? 'hand tools, fasteners, measuring, safety'
    : /\b(camping|campsite|backpacking|hike|hiking|trek|trekking)\b/.test(ctx.lower)
    ? 'shelter and sleep, cooking and water, clothing, safety and navigation'
    : forOneOccasion(ctx)
    ? 'documents and copies, things to show, for the day itself'
    : /\b(pack(?:ing)?|bring)\b/.test(ctx.lower)
      ? 'clothes, toiletries, documents, electronics'
      : 'produce, dairy, pantry';
  return `Give the list as a checklist grouped by category (for example ${groups}), with quantities where they matter, and nothing else.`;
}

/** Numbered working that ends in an `Answer:` line giving what the question turns on. */
const workedAnswer = (gives: string): string => `Show the working as short numbered steps, then finish with a final line starting with \`Answer:\` that gives ${gives}.`;

/** A should-I question: the recommendation first, then the factors that decide it, then what would change it. */
function decisionFormat(ctx: TechniqueContext): string {
  const [a, b] = ctx.features.options;
  if (/\bdifferences? between\b/.test(ctx.lower))
    return 'Open with the key difference in one or two sentences, then a Markdown table comparing them point by point (one row per aspect), then your recommendation for the asker’s situation and what would change it.';
  return a && b
    ? `Start with your recommendation in one or two sentences (or, if it truly depends, the one fact it turns on); then compare ${a} and ${b} on the factors that decide it, in a Markdown table with one row per factor; then say what would change the answer.`
    : 'Start with your recommendation in one or two sentences (or, if it truly depends, the one fact it turns on); then weigh the options on each factor that decides it; then say what would change the answer.';
}
const DECISION_REASON = 'Added a recommendation-first format, with the deciding factors and what would change the answer, because the question asks for a choice.';

/** Tips to act on: the ones that make the most difference first. */
const TIPS_REASON = 'Added a numbered list of tips, most effective first, so what makes the biggest difference is read first.';
const tipsFormat = (n: number | null): string =>
  `Give a numbered list of ${n ?? 'eight to ten'} tips, most effective first; for each, a short bold instruction followed by one or two sentences on how to do it or why it works.`;
/** A buying decision: a few named models side by side, then one pick. */
const COOK_FORMAT = (n: number | null): string =>
  `Give ${n ?? 'three to five'} dishes, each with a bold name, its total time and one line on how it comes together, then the full recipe (quantities and numbered steps) for the one you would make first.`;
const PRODUCT_TABLE = (n: number | null): string =>
  `Give ${n ?? 'three to five'} picks as a Markdown table (model, typical price, the specs that matter for this use, best for, main trade-off), then name the one you would buy and why.`;

const WELLBEING_FORMAT = 'Open with one sentence that acknowledges the situation, then a short numbered list of five to seven suggestions, each with one line on how to start.';
/**
 * "In one line", "in 3 sentences", "in 50 words": an overview plus bullets would break the limit. Not a summary of each
 * section, nor one that asks for a headline as well; a recap or action items keep their own shape.
 */
function isShortSummary(ctx: TechniqueContext): boolean {
  const limit = ctx.features.lengthLimit;
  if (ctx.taskType !== 'summarization' || !limit || isMeetingRecap(ctx) || isActionItems(ctx)) return false;
  const short = ((limit.unit === 'sentences' || limit.unit === 'lines') && limit.value <= 3) || (limit.unit === 'words' && limit.value <= 60);
  return short && !/\b(?:each|every|per)\b|\b(?:headline|title)\b/.test(ctx.lower.slice(0, 200));
}
const ORDER_FORMAT =
  'Give the recommended order as a numbered list (title (year) and one line on why it comes there), then the best single place to start for someone who wants to try just one.';
const TITLE_FORMAT = (n: number | null): string => `Give a numbered list of ${n ?? 8} titles, each as title — creator (year), followed by one line on why it fits.`;
const WELLBEING_SIGNS_FORMAT = 'Open with the signs as a short list, then a numbered list of five to seven steps to recover, each with one line on how to start.';

/**
 * "Extract the company, amount, round and date … and return JSON", "pull every deadline and who owns it … as a table":
 * the format is named but not its keys or columns, so the fields asked for become them.
 */
const fieldsUnshaped = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'extraction' &&
  ctx.features.fields.length > 0 &&
  // Asked for in the request itself (not a "table" in the pasted text), and with no columns listed already.
  ((ctx.features.formatRequested === 'json' && /\bjson\b/.test(ctx.lower.slice(0, 300)) && !/[{[]/.test(ctx.userText.slice(0, 1500))) ||
    (ctx.features.formatRequested === 'table' && /\btable\b/.test(ctx.lower.slice(0, 200)) && !/\bcolumns?\b|\||\btable\b[^.\n]{0,60}\(/.test(ctx.lower.slice(0, 400))));

function extractionSchema(fields: string[]): string {
  return `{ ${fields.map((f) => `"${f}": string[]`).join(', ')} }`;
}

/** "Is it an epimorphism?", "Does the series converge?": the answer is yes or no plus a reason, not a number. */
const isYesNo = (ctx: TechniqueContext): boolean =>
  /(^|[.!?:]\s+)(is|are|does|do|can|could|will|would|was|were|should|has|have)\s[^?.!]{0,160}\?/i.test(ctx.userText.slice(0, 1500)) && ctx.features.numbers === 0;

function lines(ctx: TechniqueContext): string[] {
  const f = ctx.features;
  const n = f.itemCount;
  if (isGrammarCheck(ctx)) return ['Start with Yes or No, then the corrected sentence if it needs one, then the rule behind it in one or two sentences.'];
  if (isBabyProblem(ctx))
    return ['Open with what is typical at this age in one or two sentences, then a numbered list of strategies in the order to try them, each with what to do, then how long to give it, then the signs that mean talking to a paediatrician.'];
  if (isParentingProblem(ctx))
    return ['Open with one or two sentences on why children this age often do this, then a numbered list of strategies in the order to try them, each with what to do and what to say, then how long to give it, then the signs that mean talking to a paediatrician.'];
  if (isTimeConversion(ctx)) return ['Give a Markdown table (the original time and place, the converted time, and the day where it changes), then one line on daylight saving.'];
  if (isTimeZoneMeeting(ctx))
    return ['Lead with the time you recommend in one line, then a Markdown table with each place’s local time for it (and who is early or late), then one or two alternatives.'];
  if (isDateTalk(ctx))
    return [`Give a numbered list of ${ctx.features.itemCount ?? 10} topics, each with a bold name and one or two example questions to open it.`];
  if (isPeopleManagement(ctx))
    return ['Open with the likeliest explanations in a few lines, then how to run the conversation step by step with example questions, then what to do depending on what you learn, and how to follow up.'];
  if (isLeadDilemma(ctx))
    return ['Open with your recommendation in one or two sentences, then the options as a short numbered list (what it involves, what it costs, who must agree), then the next three steps in order, with an example of what to say in the hardest conversation.'];
  if (isWorkTrouble(ctx))
    return ['Give the options as a short numbered list in the order to try them, each with when to move on to the next; then an example of what to say in the first conversation, in natural words.'];
  if (isBabyNames(ctx))
    return [`Give a numbered list of ${ctx.features.itemCount ?? 20} names, each with its origin and meaning in a few words; then your five favourites and why.`];
  if (isDoctorQuestions(ctx))
    return [`Give ${ctx.features.itemCount ?? 'eight to twelve'} questions under short group headings, one per line, ready to read out as written.`];
  if (isPairing(ctx))
    return ['Lead with your top pick in one line, then two or three alternatives as a short list (grape or style, an example, why it works), then the one to avoid and why.'];
  if (writingHowTo(ctx))
    return ['Open with what a good one does in one or two sentences, then the steps to write one as a short numbered list, then two or three weak-to-strong examples.'];
  if (phraseMeaning(ctx))
    return ['Lead with the meaning in one sentence, then the tone it carries and when people use it, then one or two example sentences; if it can come across badly, end with a more neutral way to say it.'];
  if (gameRules(ctx))
    return ['Start with the aim of the game in one or two sentences, then the rules as a short numbered list in the order they come up in play, then the two or three mistakes beginners make most.'];
  if (isUsageQuestion(ctx))
    return ['Lead with the rule in one or two sentences, then a quick test for choosing, then three or four example sentences marked right or wrong, then any common exception.'];
  if (isChildBullied(ctx))
    return ['Give the steps in order as a short numbered list (talking with your child, keeping a record, raising it with the school, what to do if it does not stop), each with what to do or say; then the warning signs that mean getting help at once.'];
  if (isNeighbourProblem(ctx))
    return ['Give the options as a short numbered list in the order to try them, each with when to move on to the next; then, for the first step, an example of what to say or write in natural words.'];
  if (isHomeRecipe(ctx))
    return [
      asksCookMethod(ctx)
        ? 'Lead with the method you recommend and why in one or two sentences, then the steps as a short numbered list with times and temperatures, then one line on the other methods and what they trade off.'
        : 'Give the ingredients with quantities (and any special equipment), then numbered steps with times and temperatures, then how to tell it is ready, how to store it and one or two common mistakes.',
    ];
  if (livingPick(ctx))
    return [`Give ${ctx.features.itemCount ?? 'six to eight'} picks as a numbered list, each with a bold name, one line on why it suits, and its main care need or drawback; then the one you would start with and why.`];
  if (petToTrain(ctx))
    return ['Open with why this happens in one or two sentences, then a numbered training plan in the order to do it (what to do, how often, for how long), then what to avoid, then when to get professional help.'];
  if (isMnemonic(ctx)) return ['Give three to five mnemonics as a numbered list, each followed by the items it stands for, in order; then say which is easiest to remember and why.'];
  if (isExerciseList(ctx)) return ['Give a numbered list of five to eight exercises, each with a bold name, how to do it in two or three short steps, and how long to hold it or how many repetitions; then how often to do them and when to stop.'];
  if (isGuidedExercise(ctx)) return ['Give the exercise a short name, then numbered steps with their counts or timings, then one or two lines on when to use it.'];
  if (isKeywordIdeas(ctx)) return [`Give the ${ctx.features.itemCount ?? 20} keywords grouped by search intent, one per line with no commentary, then the five to target first and why.`];
  if (isWeightGoal(ctx)) return ['Open with whether the goal is realistic in the time given, then the daily targets, then a sample day of meals, then the foods to eat more and less of, then when to check with a doctor.'];
  if (isResumeSummary(ctx)) return ['Give three versions, from the most conservative to the boldest, each under a short label, then one line on which facts to add to make them stronger.'];
  if (isResumeBullet(ctx)) return ['Give three versions, from the most conservative to the boldest, one per line, then one line on which facts to add to make them stronger.'];
  if (isTriage(ctx)) return ['Give the order as a numbered list, each item with a one-line reason, then one line on what can wait or be dropped.'];
  if (isPetPoisoning(ctx))
    return ['Lead with what to do right now in one or two lines (call a vet or an animal poison line, and what to tell them: the pet’s weight, what and how much it ate, and when), then the signs to watch for, then how harmful it usually is and why.'];
  if (isTrivia(ctx)) return [`Number the questions${n ? ` (${n} in all)` : ''}, each with its answer on the line below it.`];
  if (isVocabStudy(ctx))
    return ['Lead with the method you recommend in one or two sentences, then a daily routine as short numbered steps (how many new words, how long, when to review), then two or three tools or tricks, then what to avoid (rereading lists, cramming).'];
  if (memorizeKind(ctx))
    return ['Give the method as short numbered steps in the order to do them (what to do, for how long, how many days before), then one line on what to do if your mind goes blank.'];
  if (isQuizMaking(ctx))
    return [
      `Number the questions${n ? ` (${n} in all)` : ''}${/\bmultiple[- ]choice\b/.test(ctx.lower) ? ', with the options labelled A–D under each' : ''}; then give the answer key after all the questions, with a one-line explanation for each answer.`,
    ];
  switch (ctx.taskType) {
    case 'extraction': {
      if (isOutOfRange(ctx)) return ['Return only valid JSON, with no code fences or commentary, in this shape: { "out_of_range": [ { "test": string, "value": string, "reference_range": string, "flag": "high" | "low" } ] }', 'Keep the tests in the order they appear; use an empty list if every value is in range.'];
      if (isResearchFindings(ctx)) return ['Give one short headed list per kind of finding asked for, in the order asked, one finding per line; put quotes in quotation marks, exactly as written.'];
      const groups = extractionGroups(ctx);
      if (groups)
        return [`Give two headed lists, ${groups[0]} and ${groups[1]}, one item per line in the words of the text, in the order they appear; then, under "Unclear", anything the text does not place in either.`];
      // Deadlines and owners belong to something: the task itself gets a column too.
      // "All the dates and deadlines … in a table": each date with what it is for, not a column per word.
      if (f.formatRequested === 'table' && f.fields.length > 0 && f.fields.every((x) => /^(?:dates?|deadlines?|due_dates?|times?)$/.test(x)))
        return ['Give a Markdown table with one row per date, in the order they appear in the text, and columns for the date exactly as written and what it is for (with “deadline” marked where the text says so).'];
      if (f.formatRequested === 'table' && f.fields.length > 0) {
        const cols = [...(f.fields.some((x) => /date|deadline|due|owner|owns|who/.test(x)) ? ['what it is'] : []), ...f.fields.map((x) => x.replace(/_/g, ' '))];
        return [`Give a Markdown table with one row per item, in the order they appear in the text, and one column each for ${joinList(cols)}; write “not stated” where the text gives none.`];
      }
      if (f.itemFields.length > 0) {
        const first = f.fields.find((x) => x !== 'dates' && x !== 'names');
        // "medication_names" holds medication objects: name the list after the item ("medications").
        // "…from these bank transactions": the list is named after the records it holds.
        const records = new RegExp(String.raw`\b(?:from|of|for|in)\s+(?:these|the|this|each|every|all|my|our)\s+(?:[\w-]+\s+)?(${RECORD_NOUNS})\b`).exec(ctx.lower.slice(0, 300))?.[1];
        const list = f.itemFields[0] === 'person' ? 'people' : f.itemFields.join() === 'item,due_date' ? 'deadlines' : first?.endsWith('_names') && f.itemFields[0] && first.startsWith(f.itemFields[0]) ? `${f.itemFields[0]}s` : first && first === f.itemFields[0] ? first.replace(/y$/, 'ie').replace(/(?<!s)$/, 's') : records ? records.replace(/ /g, '_') : (first ?? 'items');
        return [
          `Return only valid JSON, with no code fences or commentary, in this shape: { "${list}": [ { ${f.itemFields.map((k) => `"${k}": string | null`).join(', ')} } ] }`,
          'One object per item, in the order they appear in the text; use null for anything the text does not state.',
        ];
      }
      // "Pull every date and deadline out … and list them in order": a list was asked for, and dates read best in time order.
      if (isDatedList(ctx))
        return ['List one item per line in chronological order: the date or time exactly as written, a dash, then what it is for in a few words.'];
      const single = singleRecordFields(ctx);
      if (single)
        return [
          `Return only valid JSON, with no code fences or commentary, in this shape: { ${single.map((x) => `"${x}": ${isPluralField(x) ? 'string[]' : 'string | null'}`).join(', ')} }`,
          single.some(isPluralField) ? 'Use null for a field the text does not give, and an empty list for a list field with no values.' : 'Use null for a field the text does not give.',
        ];
      if (f.fields.length > 0)
        return [
          `Return only valid JSON, with no code fences or commentary, in this shape: ${extractionSchema(f.fields)}`,
          'Use an empty list for a field with no matches, and keep the values in the order they appear in the text.',
        ];
      return [
        'Return only valid JSON, with no code fences or commentary: one snake_case key per kind of item asked for, each holding a list of the values exactly as written in the text.',
        'Use an empty list when nothing matches.',
      ];
    }
    case 'classification': {
      if (ranksByMerit(ctx)) return ['Give a numbered list, best first, one item per line with a few words on why it sits there; then one line on what would change the order.'];
      if (isRanking(ctx)) return ['Give a numbered list in order, one item per line with a few words on why it sits there (its deadline, or what it blocks); then, if any, what can wait or be handed to someone else.'];
      const dims = labelDimensions(ctx);
      if (dims) return [`Give one line per item, in the order given, in the form \`item number: ${dims.map(([d]) => d).join(' — ')}\`, then a one-line reason for any label you marked as unsure.`];
      // "Analyze the sentiment of these reviews and tell me the main complaints": a second deliverable after the labels.
      const then = ctx.lower.slice(0, 400).match(THEMES_TOO)?.[1];
      // Joined to the first line, which every verbosity keeps.
      const themes = then ? ` Then list the main ${then}, grouped, the most frequent first, with the items that mention each.` : '';
      if (f.labels.length > 0)
        return [
          listedItems(ctx) >= 2
            ? `Give one line per item, in the order given, in the form \`item number: label\`, using only these labels: ${f.labels.map((l) => `"${l}"`).join(', ')}.${themes}`
            : `Reply with exactly one label from this set: ${f.labels.map((l) => `"${l}"`).join(', ')}. For several items, give one line per item in the form \`item: label\`.${themes}`,
          // "Just tell me which and why": the reason was asked for.
          isScamCheck(ctx)
            ? 'Follow the label with the signs it rests on as a short list, then one line on what to do next.'
            : /\b(why|explain|justify|justification|reason)\b/.test(ctx.lower.slice(0, 400))
            ? 'Follow the label with one sentence on why.'
            : 'Add a one-sentence justification only if the case is borderline.',
        ];
      // A rating scale gives scores, not labels.
      if (sub(ctx, 'scale')) return [`Give one line per item in the form \`item: score\`, each followed by one sentence on why, and use the whole scale the request defines.${themes}`];
      return [`Reply with the label first, on its own line, then one sentence of justification. For several items, give one line per item in the form \`item: label\`.${themes}`];
    }
    case 'reasoning':
      if (sub(ctx, 'puzzle') && !sub(ctx, 'math'))
        return ['Show the deductions as short numbered steps, then finish with a final line starting with `Answer:` that states the complete solution.'];
      if (sub(ctx, 'proof')) return ['Write the proof as numbered steps, each with its justification, and end with a line stating what has been shown.'];
      if (sub(ctx, 'estimate'))
        return ['Show the estimate as short numbered steps, one factor per step with the value assumed and its basis, then finish with a final line starting with `Answer:` that gives the estimate as a round figure with a plausible range.'];
      if (isQuickCalc(ctx)) return ['Give the calculation on one line, then a final line of the form `Answer: ` followed by the result (with its unit, if any).'];
      // "Is refinancing worth it?": the result is a recommendation resting on a figure, not a bare number.
      if (isBodyFigure(ctx))
        return [workedAnswer('the figure as a realistic range, with its unit')];
      if (isDebtOrder(ctx))
        return [workedAnswer('the order to pay them off and roughly what it saves over the other order')];
      if (isNumbersDecision(ctx))
        return [workedAnswer('your recommendation and the figure it rests on (for example the saving or the break-even point)')];
      if (isYesNo(ctx)) return ['Show the reasoning as short numbered steps, then finish with a final line `Answer: yes` or `Answer: no`, followed by a one-sentence justification.'];
      return [
        'Show the working as short numbered steps, then finish with a final line of the form `Answer: ` followed by the result (with its unit, if any) and nothing after it.',
      ];
    case 'code':
      switch (codeMode(ctx)) {
        case 'concept':
          if (/\b(rank|ranking|order)\b/.test(ctx.lower.slice(0, 300))) return ['Give the ranking as a numbered list, first to last, each with a one-line reason, then a short recommendation.'];
          if (COMPARE_ASK.test(ctx.lower.slice(0, 300)))
            return ['Lead with a direct answer in one or two sentences, then a short comparison table (one row per point of difference), then when to choose each.'];
          return ['Lead with a direct answer in one or two sentences, then the explanation in short paragraphs, with a small code example only where it helps.'];
        case 'debug':
          if (isUnseenBug(ctx))
            return ['Structure the reply as: (1) the likely causes, most likely first, each with how to confirm it; (2) the fix for each, as a short code example; (3) what to share (the code, the full error) if none of them fits.'];
          return [
            'Structure the reply as: (1) the root cause in one or two sentences; (2) the corrected code in a fenced block with a language tag; (3) a short note on how to confirm the fix.',
          ];
        case 'review':
          return ['List the findings ordered by severity (bug, security, performance, readability), each with the line it concerns, why it matters and a suggested change; end with a one-line overall verdict.'];
        case 'explain-code':
          if (ctx.features.codeLanguage === 'spreadsheet formulas') {
            return ['Start with one sentence on what the formula returns, then take it apart from the innermost function outwards, one line per function, then the cases where it returns something unexpected.'];
          }
          return ['Start with a one-sentence summary of what the code does, then walk through it block by block, then note any bugs or risks you spot.'];
        case 'tests-only':
          return ['Structure the reply as: (1) the test file in one fenced block with a language tag; (2) a short list of what each group of tests covers and any bug they expose.'];
        case 'convert':
          return ['Return the converted data in one fenced block tagged with its format, followed by at most two lines on any choices made (such as how nested values were flattened).'];
        case 'orm':
          return ['Give the ORM query in one fenced block with a language tag, then the SQL it generates, then one line on any difference from the original.'];
        case 'port':
          return ['Structure the reply as: (1) the converted code in one fenced block with a language tag; (2) a short list of the differences in behaviour or idiom worth knowing.'];
        case 'cron':
          return [
            cronGiven(ctx)
              ? 'Say in one plain sentence when it runs, then what each field means, then the next five times it will run.'
              : `Give the ${/\bcrontab\b/.test(ctx.lower.slice(0, 300)) ? 'full crontab line' : 'expression'} in a fenced block, then what each field means, then the next five times it will run.`,
          ];
        case 'regex':
          return ['Structure the reply as: (1) the pattern in a fenced block; (2) a part-by-part explanation; (3) a table of test strings with match or no match.'];
        case 'oneliner':
          return isShellOneLiner(ctx)
            ? ['Give the command in one fenced block with a language tag, then a short part-by-part explanation, then any preview or safer variant in its own block.']
            : ['Give the line in one fenced block with a language tag, then a short part-by-part explanation.'];
        case 'refactor':
          return ['Structure the reply as: (1) the refactored code in one fenced block with a language tag; (2) a short list of the changes, each with why it makes the code easier to read or change.'];
        case 'commit':
          return ['Return only the commit message in one fenced block, with no commentary.'];
        case 'testdata':
          return [`Return only the data in one fenced block${ctx.features.formatRequested === 'csv' ? ' (CSV with a header row)' : ctx.features.formatRequested === 'json' ? ' (a JSON array)' : ''}, ready to load, with no commentary.`];
        case 'jsonschema':
          return ['Structure the reply as: (1) the schema in one fenced json block; (2) a short note on each constraint chosen; (3) the valid and the invalid example instance, each in its own fenced block.'];
        case 'schema':
          return ['Structure the reply as: (1) the entities and their relationships as a short list; (2) the CREATE TABLE statements in one fenced sql block; (3) the indexes, each with the query it serves; (4) two or three example queries for the main actions.'];
        case 'config':
          return ['Structure the reply as: (1) the complete file in one fenced block with a language tag; (2) a short note on each service or resource and the choices made; (3) the commands to run it and to check that it works.'];
        case 'app':
          return ['Structure the reply as: (1) the file layout; (2) each file in its own fenced block headed by its path; (3) how to install, run and test it.'];
        case 'setup':
          return ['Give numbered steps, each with its command or configuration in a fenced block with a language tag, and finish with a step that shows how to check it worked.'];
        case 'howto':
          return ['Lead with the recommended snippet in a fenced block with a language tag and a one-line explanation, then any alternatives, each with when to prefer it.'];
        case 'write':
          break;
      }
      if (ctx.features.codeLanguage === 'SQL')
        return ['Structure the reply as: (1) the complete query in one fenced sql block; (2) a brief explanation of each step; (3) the sample rows and the result they should give.'];
      if (ctx.features.codeLanguage === 'spreadsheet formulas')
        return ['Structure the reply as: (1) the formula in a fenced block, with the cell it goes in; (2) what each part does, one line per function; (3) a few example rows and the result the formula gives for them.'];
      if (ctx.features.codeLanguage === 'Google Apps Script')
        return ['Structure the reply as: (1) the complete script in one fenced javascript block; (2) numbered steps to add it to the sheet, install the trigger and grant permissions; (3) how to test it on a copy of the sheet.'];
      return [
        'Structure the reply as: (1) the complete code in one fenced block with a language tag; (2) a brief explanation of the key decisions; (3) the tests in a separate fenced block.',
      ];
    case 'brainstorming': {
      if (moneyGap(ctx)) return ['Give the changes as a Markdown table (change, rough saving, what it gives up), biggest saving first, then the total saving against the gap.'];
      if (isDrinkRecipes(ctx))
        return [`Give a numbered list${ctx.features.itemCount ? ` of ${ctx.features.itemCount} drinks` : ''}; for each, a bold name and a one-line description, then the ingredients with amounts, the method in one or two lines, and the glass and garnish; end with how to batch the two easiest for a crowd.`];
      // A magic system or a world is a few options worth developing, not ten one-liners.
      if (fictionIdeas(ctx) === 'design')
        return ['Lay out the one system under short headings (the core rule, the cost, the limits, who can use it, consequences for the world and the characters), then end with three story problems it creates.'];
      if (fictionIdeas(ctx) === 'system')
        return ['Give three to five distinct options, each with a name, how it works, its costs and limits, and the conflict it creates; then say which you would develop and why.'];
      if (sub(ctx, 'approach')) return [APPROACH_FORMAT];
      const forms = verbForms(ctx);
      if (forms !== null) return [`Give a Markdown table with one row per verb: the infinitive, its English meaning, then ${forms ? `one column each for ${forms}` : 'one column per form asked for'}; no preface.`];
      if (isTalkingPoints(ctx))
        return ['Give four to six talking points in the order to raise them, each in one line I could say as written; then the two or three likely objections, each with a one-line answer; then the ask itself in one sentence.'];
      if (isPhrasings(ctx)) return [`Give a numbered list of ${n ?? 8} phrasings, each ready to say as written, followed by a few words on when it fits best.`];
      if (isReadingOrder(ctx)) return [ORDER_FORMAT];
      if (isTitleRecs(ctx)) return [TITLE_FORMAT(n)];
      // A layover is one short window: a plan with times, not ten ideas.
      if (isLayover(ctx)) return ['Give one plan for the window as a short timeline (leave the airport, each stop with its time, back at the airport by), then two or three alternatives in one line each.'];
      if (isCareerSwitch(ctx)) return [ASKS_ROLES.test(ctx.lower.slice(0, 300)) ? CAREER_ROLES_FORMAT : CAREER_FORMAT];
      if (isIdentifierName(ctx)) return [`Give ${n ?? 5} options, best first, each in code formatting with a one-line reason, then say which one you would pick.`];
      if (sub(ctx, 'names'))
        return [`Give a numbered list of ${n ?? 12} options, each followed by a dash and one line on the idea behind it.`, 'Finish with your top three and why.'];
      if (isProductPick(ctx)) return [PRODUCT_TABLE(n)];
      if (isCookFromWhatIHave(ctx)) return [COOK_FORMAT(n)];
      if (isScienceFair(ctx))
        return [`Give a numbered list of ${n ?? 8} ideas; for each, the question to test in bold, what to change and what to measure, and the materials.`, 'Finish with the one you would pick and why.'];
      if (isDishIdeas(ctx))
        return [`Give a numbered list of ${n ?? 10} dishes; for each, a short bold name, one sentence on what it is, and its time and make-ahead note.`, 'Finish with three or four that make a balanced set together.'];
      if (f.listParts >= 2) return ['Give one section per list the request asks for, in the order asked, each a numbered list with one line per item and a few words on why it fits.'];
      const vocab = vocabList(ctx);
      if (vocab) return [`Give a numbered list of ${vocab.count ?? n ?? 20} words, each with its part of speech, a plain definition and one example sentence that shows the meaning.`];
      if (isSideIncome(ctx))
        return [`Give a numbered list of ${n ?? 10} ideas; for each, a bold name, then what it pays, what it takes to start and how the hours fit, in one or two lines.`, 'Finish with the one or two you would start with and why.'];
      if (isIcebreakers(ctx)) return [`Give a numbered list of ${n ?? 15} questions, one per line, ready to ask as written: quick warm-ups first, then a few that go a little deeper.`];
      if (isInterviewerQuestions(ctx)) return [`Give a numbered list of ${n ?? 8} questions, each followed by one line on what a strong answer shows and one warning sign in a weak one.`];
      if (f.listNoun && SHORT_ITEMS.test(f.listNoun)) return [`Give a numbered list of ${n ?? 10} ${f.listNoun}, one per line, each ready to use as written.`];
      if (isWellbeing(ctx)) return [asksSigns(ctx) ? WELLBEING_SIGNS_FORMAT : WELLBEING_FORMAT];
      if (isChecklist(ctx)) return [checklistFormat(ctx)];
      // "My dog keeps scratching his ears, what could it be?" wants causes in order of likelihood, not ten bold ideas.
      if (sub(ctx, 'diagnose') && f.isQuestion) return [diagnoseFormat(ctx)];
      if (isTipsAsk(ctx)) return [tipsFormat(n)];
      if (isContentIdeas(ctx))
        return [`Give a numbered list of ${n ?? 10} ideas; for each, a working title as it would be published, then one sentence on the angle and who it is for.`, 'Finish with the one or two you would publish first and why.'];
      if (isKidsActivities(ctx))
        return [
          `Give a numbered list of ${n ?? 10} ideas; for each, a short bold name, what it needs, roughly how long it lasts, and one sentence on how it works.`,
          'Finish with the one or two ideas you would try first and why.',
        ];
      if (isCarefulDomain(ctx) && n === null)
        return ['List the realistic options as a numbered list in the order you would try them; for each, what it involves, what it costs in time, money or risk, and when it is the right choice.'];
      return [
        `Give a numbered list of ${n ?? 10} ideas; for each, a short bold name followed by one sentence on what it is and why it works.`,
        'Finish with the one or two ideas you would try first and why.',
      ];
    }
    case 'analysis':
      if (isCandidateCompare(ctx)) return ['Give a Markdown table with one row per criterion and one column per candidate, then your recommendation, then what to check in the next round or with references.'];
      if (isCostBreakdown(ctx)) return ['Give a Markdown table (item, one-off or recurring, low, high), then the total range, then the two or three things that move it most.'];
      if (isLiteraryAnalysis(ctx))
        return ['Open with the central idea in one or two sentences, then the reading under short headings (theme, imagery and language, form and sound, tone), each point with its quotation, then a short conclusion on what the whole achieves.'];
      if (isTermsReview(ctx))
        return ['Open with a one-line verdict (usual, one-sided or unusual), then what it means in practice, then the risks for the signer, then the wording to propose instead and what to ask before signing.'];
      if (isDecisionAsk(ctx)) return [decisionFormat(ctx)];
      if (isSwot(ctx))
        return ['Give four headed lists (strengths, weaknesses, opportunities, threats), three to five points each with the most important first, then two or three strategic moves that each pair a strength or an opportunity with a weakness or a threat.'];
      if (sub(ctx, 'pros-cons')) {
        const pair = /strengths and weaknesses/.test(ctx.lower) ? 'strengths and weaknesses' : /advantages and disadvantages/.test(ctx.lower) ? 'advantages and disadvantages' : 'pros and cons';
        return [`Give two lists, ${pair}, each ordered by impact, then a short verdict paragraph that says when the answer would change.`];
      }
      if (sub(ctx, 'compare') || f.options.length === 2) {
        const cols = f.options.length === 2 ? `one column each for ${f.options[0]} and ${f.options[1]}` : 'one column per option';
        return [
          sub(ctx, 'decide')
            ? `Present the comparison as a Markdown table with one row per criterion and ${cols}, then a short recommendation paragraph that names the better choice for which situation.`
            : `Present the comparison as a Markdown table with one row per criterion and ${cols}, then a short paragraph on the differences that matter most and what explains them.`,
        ];
      }
      if (isIdeaReview(ctx) && !sub(ctx, 'decide'))
        return [`Open with a one-line verdict${/\brate\b/.test(ctx.lower.slice(0, 100)) ? ' and a score out of 10' : ''}, then what works, then the weaknesses ranked by how likely they are to sink it, each with an improvement, then the first experiment to run.`];
      if (sub(ctx, 'critique') && !sub(ctx, 'decide'))
        return ['Open with a one-line overall verdict, then what works, then the problems ranked by impact, each with its suggested fix.'];
      if (findsFallacies(ctx))
        return ['Open with a one-line verdict (how sound the reasoning is overall), then one entry per flaw: the quoted words, the name of the fallacy or bias, and why it fails; strongest first.'];
      if (isSingleTrend(ctx))
        return ['Open with the trend in one sentence (its direction and the overall change), then a Markdown table of the periods (value, change, % change), then what stands out and the questions to answer next.'];
      {
        const kind = analysisKind(ctx);
        if (kind) return [ANALYSIS_FORMATS[kind]];
      }
      return ['Open with a one-paragraph bottom line, then the supporting analysis under short headings, then the main risks or open questions.'];
    case 'planning': {
      const kind = planKind(ctx);
      if (kind === 'content')
        return ['Present the calendar as a Markdown table with one row per post (day, format, idea, opening line, call to action), then two lines on when to post and how to tell what works.'];
      if (kind === 'talk') return [talkFormat(ctx)];
      if (kind === 'chores')
        return [
          sharedChores(ctx)
            ? 'Present it as a Markdown table with one row per task (task, how often, minutes, who does it each week), then the rotation rule in one line.'
            : 'Present it as a Markdown table with one row per day (tasks, minutes), then the monthly or seasonal tasks as a short list.',
        ];
      if (kind === 'guide')
        return ['Use one headed section per topic (key terms, core ideas, common mistakes), then the practice questions, with the answer key last.'];
      if (kind === 'interview')
        return ['Give the likely questions under short theme headings, each with what the interviewer is listening for and an answer outline, then the practice plan and the questions to ask.'];
      if (kind === 'negotiation')
        return ['Give the preparation in short sections: the case (the three strongest points), the script (the opening line, then replies to each pushback), the fallbacks, and a one-line bottom line to remember.'];
      // "A to-do list for moving apartments": a list to tick off, not phases with risks.
      if (kind === null && isChecklist(ctx)) return [checklistFormat(ctx)];
      if (kind === 'childtraining') return ['Present the plan as short stages (getting ready, the first days, the weeks after), each with what to do, what to say and how long it usually takes, then what to do after a setback.'];
      if (kind === 'newjob') return ['Give one section per phase (days 1–30, 31–60, 61–90), each with its goals, key actions and how success is measured, then the first week’s to-do list.'];
      if (kind === 'budget') return ['Present the budget as a Markdown table (category, amount, note) with a total row, followed by three to five practical tips.'];
      if (kind === 'stations' && /\bvolunteers?\b/.test(ctx.lower.slice(0, 300))) return ['Give a Markdown table with one row per time block and one column per station (with its lead and head count), then the briefing points and what each station needs set up beforehand.'];
      if (kind === 'stations') return ['Give a Markdown table with one row per time slot and one column per post, plus one for who is on break, so every slot shows who is where; then the break each person gets.'];
      if (kind === 'rota')
        return ['Give the rotation as a Markdown table with one row per person and one column per day or shift (working or off), then the count of least-wanted shifts per person, then the rule for swaps.'];
      if (kind === 'scheme')
        return ['Open with the scheme in one sentence as a customer would hear it, then how it works (earning, rewards, rules), what each reward costs, how to launch it, and how to tell after three months whether it is paying off.'];
      if (kind === 'checklist') return ['Give the checklist under short headings for each stage, in order, with one `- [ ]` item per action and any lead time in brackets; end with the two or three items most often missed.'];
      if (kind === 'toolswitch') return ['Open with the few things that most often go wrong in this move, then the plan as numbered phases (prepare, pilot, switch over, afterwards), each with its steps and who does them; end with what to leave behind rather than move.'];
      if (kind === 'migration') return ['Present the migration as numbered phases, each with its steps (with commands or settings where they help), how to check it worked, and how to roll it back; then the main risks and how to spot them early.'];
      if (kind === 'project') return ['Present the plan as numbered phases, each with its goal, concrete tasks, owner (if known) and duration, followed by the key risks and how to mitigate them.'];
      if (isCookingTimeline(ctx)) return ['Give a clock-time schedule for the day, working back from the serving time (time — task — oven, hob or counter), then what to do the day before.'];
      if (kind === 'event' && /\bdinner party\b/.test(ctx.lower))
        return ['Present the menu (each course, noting which dishes suit which dietary needs), then a shopping list, then a cooking timeline for the day that works back from when guests arrive.'];
      if (kind === 'event')
        return [
          /\b(?:[2-7]|two|three|four|five|six|seven)[- ](?:day|night)\b|\b(?:a|the|this) weekend (?:retreat|trip|getaway|camp|away)\b|\bovernight\b/.test(ctx.lower.slice(0, 300))
            ? 'Present a timeline from now to the event (what to book or decide, and by when), then the schedule for each day as a table (time, activity, who leads it), then a checklist.'
            : 'Present a timeline from now to the day (what to book or decide, and by when), then the run of the day itself, then a checklist.',
        ];
      if (kind === 'practice')
        return ['Present the session as a Markdown table with one row per block (minutes, activity, setup, coaching points), then the equipment list and one way to make each drill easier or harder.'];
      if (kind === 'lesson' && isPrivateLesson(ctx))
        return ['Open with the goal and what to have ready, then the lesson as a Markdown table with one row per activity (minutes, activity, what the teacher does, what the learner does), then the practice task for the week and a note for the parent if the learner is a child.'];
      if (kind === 'lesson')
        return ['Open with the objective and the materials, then present the lesson as a Markdown table with one row per stage (minutes, what the teacher does, what students do), then the check for understanding and one way each to support and to stretch students.'];
      if (kind === 'pip') return ['Give it as the document itself: the performance gap with the facts on record, the goals (each measurable, with a date), the support provided, the check-in schedule, what happens at the end, and lines for both signatures; no preface.'];
      if (kind === 'leaving') return ['Give a week-by-week plan up to the last day (who to tell and when, what to hand over and to whom), then short talking points for telling the team, then a handover checklist.'];
      if (kind === 'onboarding') return ['Give a table for the first week, one row per day (focus, activities, who they meet), then the following weeks by goal, then the check-ins (end of day one, end of each week) and what “up to speed” looks like at the end.'];
      if (kind === 'program' && isSingleWorkshop(ctx)) return ['Present the agenda as a Markdown table with one row per block (minutes, what happens, what participants do or produce), then what to prepare beforehand.'];
      if (kind === 'program') return ['Present the sessions in order, each with its goal, activities, duration and what participants leave with, followed by what to prepare.'];
      if (kind === 'strategy')
        return /s\.?m\.?a\.?r\.?t/.test(ctx.lower)
          ? ['Present each goal in S.M.A.R.T. form as a table (goal, specific, measurable, achievable, relevant, time-bound), then the key actions for each.']
          : ['Present it as: (1) the goal and guiding principles in a few lines; (2) phases over the time horizon, each with its initiatives and measurable targets; (3) the key risks and how progress will be tracked.'];
      if (kind === 'process') return ['Present the workflow as numbered steps, each with its input, what is done, its output and who does it, followed by the checks between steps.'];
      // A plan with no calendar shape is a sequence of phases; a time-slot table only fits schedules and trips.
      if (kind === null) return ['Present the plan as numbered phases, each with its goal, concrete actions and a time estimate, followed by the key risks and how to handle them.'];
      if (kind === 'meals') {
        const nutrients = mealNeeds(ctx).nutrients;
        // "A week of dinners": only the meals asked for get a column.
        const only = (['breakfasts', 'lunches', 'dinners'] as const).filter((m) => new RegExp(`\\b${m}\\b`).test(ctx.lower)).map((m) => m.replace(/e?s$/, ''));
        const cols = only.length > 0 && !/\bmeal plan\b|\bsnacks?\b/.test(ctx.lower) ? `day, ${only.join(', ')}` : 'day, breakfast, lunch, dinner, snacks';
        return [`Present the plan as a Markdown table with one row per day (${cols}${nutrients ? `, ${nutrients} for the day` : ''}), followed by a shopping list grouped by category.`];
      }
      if (isRehab(ctx)) return ['Give a one-line note on the goal of this stage, then each exercise with how to do it in two or three plain steps and its sets, reps and times a day, then the signs to stop and call the clinic; no table.'];
      if (isSingleSession(ctx)) return ['Present the session as a Markdown table with one row per exercise, in order (exercise, time or sets and reps, rest, notes), with the warm-up first and the cool-down last.'];
      // "A 3-day split", "Mon/Wed/Fri": the same training week repeated, so a row per training day, then how it grows.
      // A 12-week couch-to-5K on Tue/Thu/Sat changes week by week, so it keeps a row per day or week.
      if (kind === 'workout' && WEEKLY_SPLIT.test(ctx.lower) && !/\b(?:\d+|two|three|four|six|eight|ten|twelve)[- ]weeks?\b|\bmonths?\b|\b(?:run|running|5k|10k|marathon|couch)\b/.test(ctx.lower))
        return ['Present the week as a Markdown table with one row per training day (day, exercises, sets and reps, rest between sets), then a few lines on how to progress from week to week.'];
      if (isSkincare(ctx)) return ['Give the morning and the evening routine as two short numbered lists (step, product type and key ingredient, how often), then what to avoid.'];
      if (isMeetingAgenda(ctx)) return ['Present the agenda as a Markdown table (time, item, owner, outcome), then what to send out beforehand.'];
      // "How long is the drive from LA to San Francisco, and where should we stop?": the drive first, then the stops on it.
      if (kind === 'itinerary' && ROAD_STOPS.test(ctx.lower.slice(0, 300)) && !ctx.features.planFacts.duration)
        return ['Open with the driving time without stops and the main route choices (for example the fastest road or a scenic one), then the stops in order along the way, each with what it is, the detour it adds and how long to stay.'];
      const unit =
        kind === 'itinerary' || (kind === 'schedule' && /\b(my week|weekly|this week|next week)\b/.test(ctx.lower))
          ? 'day'
          : kind === 'schedule' && LONG_SPAN.test(f.planFacts.duration ?? '')
            ? 'week'
            : kind === 'workout' || kind === 'study'
              ? 'day or week'
              : 'time slot';
      const cols = ctx.features.planFacts.budget ? 'when, what, estimated cost, notes' : 'when, what, notes';
      return [`Present the plan as a Markdown table with one row per ${unit} (${cols}), followed by a short checklist of what to prepare in advance.`];
    }
    case 'summarization': {
      if (asksInconsistencies(ctx))
        return ['Give the summary first as short bullets in the order of the source, then the inconsistencies as a list, each quoting both sources (with page and line where given) and saying how they differ; write “none found” if there are none.'];
      if (asksTimeline(ctx))
        return ['Open with a one-sentence overview, then the events as a timeline in the order they happened (not the order they were told), one bullet per event with its time or date as given (or “time not stated”), then anything unclear or disputed.'];
      const named = summarySections(ctx);
      if (named) return [`Use these headed sections, in this order: ${named.join('; ')}. Keep each to short bullets, and write “not covered” under a section the source says nothing about; no preface.`];
      if (isMeetingRecap(ctx))
        return ['Use three short headed sections: decisions; action items, one bullet each in the form `owner — action — due date` (write "no owner" or "no date" where the notes name none); and open questions. No preface.'];
      if (isRetroActions(ctx))
        return ['Give one bullet per action in the form `action — owner: ____ — due: ____ — done when: …`, each after the point in the notes it answers, then what to keep doing, as a short list.'];
      if (isActionItems(ctx))
        return ['Give one bullet per action item in the form `owner — action — due date`, in the order they come up (write "no owner" or "no date" where the source names none), then any decisions made, as a short list.'];
      if (isShortSummary(ctx))
        return ['Return only the summary, as plain prose within the length asked, with no heading, bullets or preface.'];
      if (isTopicComparison(ctx))
        return ['Open with the key difference in one or two sentences, then the other differences as bullets, most important first, each saying where both stand on that point.'];
      if (isTopicSummary(ctx) && FOR_AGAINST.test(ctx.lower))
        return ['Open with one sentence framing the question, then the main arguments for and the main arguments against as two short bullet lists, each point with the reason or evidence usually given for it.'];
      if (isTopicSummary(ctx))
        return [
          f.lengthLimit
            ? 'Open with a one-sentence overview, then the key points as bullets, most important first.'
            : 'Open with a one-sentence overview, then three to five bullet points with the key points, most important first.',
        ];
      if (isTldr(ctx)) return ['Give the bottom line in the first sentence, then at most two sentences on what matters most (decisions, numbers, next steps); no headings or bullet lists.'];
      if (isKnownWork(ctx)) return ['Open with a one-paragraph overview of the work, then one short section for each part the request asks for, in the order asked.'];
      if (!f.lengthLimit && summaryPoints(ctx)) return [countedPoints(ctx)];
      // "Summarize this 911 call… for the incident report: … at 14:32 … 14:34 … 14:41": events with times read as a timeline.
      if (!f.lengthLimit && (ctx.lower.match(/\b\d{1,2}:\d{2}\b/g)?.length ?? 0) >= 3 && /\b(?:incident|log|911|dispatch|transcript|timeline|outage)\b/.test(ctx.lower.slice(0, 200)))
        return ['Open with a one-sentence overview of what happened, then the events as a timeline, one bullet per event with its time as given, then the outcome or current status.'];
      return [
        f.lengthLimit
          ? 'Open with a one-sentence overview, then the key points as bullets, in the order they appear in the source.'
          : 'Open with a one-sentence overview, then three to five bullet points with the key points, in the order they appear in the source.',
      ];
    }
    case 'open_qa':
      if (isReadingOrder(ctx)) return [ORDER_FORMAT];
      if (isPricingMyWork(ctx)) return ['Lead with a suggested price range, then the cost-based calculation line by line, then the market check, then how to present the price to buyers.'];
      if (isDealCheck(ctx)) return ['Lead with the verdict in one sentence, then the usual price range and what moves it, then what to check before buying, then the price you would offer.'];
      if (isTermination(ctx))
        return ['Give the preparation as a short checklist, then the meeting in order (who is in the room, the opening words, the reason, what happens next), then how to handle the likely reactions, then what to do afterwards.'];
      if (talkToChild(ctx))
        return [`Give the two or three points to get across, then example words to say in the child’s language, then the questions the child may ask with a simple answer to each${talkToChild(ctx) === 'hard' ? ', and what to watch for in the days after' : ''}.`];
      if (isTitleRecs(ctx)) return [TITLE_FORMAT(f.itemCount)];
      if (isJobMatch(ctx))
        return ['Give the skills as a numbered list, most important first, each with the posting’s words it comes from and a one-line example of how to show it on a resume, then the keywords to mirror.'];
      if (funFacts(ctx))
        return [f.itemCount && f.itemCount > 1 ? `Give a numbered list of ${f.itemCount} facts, each in one or two sentences: the fact, then why it is so.` : 'Give the fact in two or three sentences: the fact itself, then why it is so or how we know.'];
      if (isProductPick(ctx)) return [PRODUCT_TABLE(f.itemCount)];
      if (isCookFromWhatIHave(ctx)) return [COOK_FORMAT(n)];
      if (isChecklist(ctx)) return [checklistFormat(ctx)];
      if (isBodyFigure(ctx))
        return [`Give the figure first, as a realistic range with its unit, then ${ctx.features.numbers > 0 ? 'the formula and the working in a few short lines' : 'the guideline or formula behind it'}, then what would move it.`];
      // A child needs one plain contrast and an example of each, not a comparison table.
      if (openQaKind(ctx) === 'difference' && /\b(?:[1-9]|1[0-2])[- ]year[- ]olds?\b|\b(?:kids?|child|children)\b/.test(f.audience ?? ''))
        return ['Open with the key difference in one or two sentences a child can follow, then one everyday example of each, with no table.'];
      // "What questions should I ask at the end of an interview?": questions to use as written.
      if (asksQuestionsBefore(ctx)) return ['Give the questions as a numbered list under short topic headings, each with a short note on a good answer and a red flag, then the deal-breakers as a short list.'];
      // A trade's questions on the job are asked in an order, and each answer decides what comes next.
      if (f.listNoun === 'questions' && isCarePractice(ctx)) return ['Give the questions in the order to ask them as a numbered list, each in words to use as written, with a few words on what the answer tells you and what to do next.'];
      if (f.listNoun && SHORT_ITEMS.test(f.listNoun)) return [`Give a numbered list of ${f.itemCount ?? 8} ${f.listNoun}, one per line, each ready to use as written, with a few words on why it works.`];
      if (openQaKind(ctx) === 'difference')
        return ['Open with the key difference in one or two sentences, then a Markdown table comparing them point by point (one row per aspect), then, where they are alternatives to choose between, one line on when each is the better fit.'];
      if (openQaKind(ctx) === 'list')
        return [
          /\bin order\b|\bchronological|\bfrom (?:the )?(?:first|earliest|oldest|largest|smallest|biggest|sun)\b/.test(ctx.lower.slice(0, 200))
            ? 'Give a numbered list in the order asked, each item with one short line of explanation.'
            : 'Give a numbered list, most important first, each item with one or two sentences of explanation.',
        ];
      // "What are the main arguments for and against a four-day work week?": both cases, then where the evidence points.
      if (FOR_AGAINST.test(ctx.lower.slice(0, 200)) && !isDecisionAsk(ctx))
        return ['Give the strongest arguments for and against as two lists, each point with the evidence behind it, then a short paragraph on what the evidence suggests overall and what is still disputed.'];
      if (inspectTarget(ctx)) return ['Give a checklist grouped by stage, one check per line with its warning sign, then the deal-breakers as a short list.'];
      if (practiceSkill(ctx)) return ['Lead with the approach in two or three sentences, then a sample session as a timed list, then the first three months as milestones, then the mistakes to avoid.'];
      // "Help me decide between a used Civic and a new Corolla" asks for a choice without a question mark.
      if (isDecisionAsk(ctx) && !f.isQuestion) return [decisionFormat(ctx)];
      // open_qa is also the fallback label; an answer-first layout only suits actual questions.
      if (!f.isQuestion && openQaKind(ctx) !== 'diagnose' && !isParentingProblem(ctx)) return [];
      if (isWellbeing(ctx)) return [asksSigns(ctx) ? WELLBEING_SIGNS_FORMAT : WELLBEING_FORMAT];
      if (openQaKind(ctx) === 'diagnose') return [diagnoseFormat(ctx)];
      if (asksCarefulOptions(ctx))
        return ['Lead with the short answer in one or two sentences, then the options as a numbered list in the order to try them (what to do, any deadline, what it costs), then when to bring in a lawyer or an official body.'];
      if (isDecisionAsk(ctx)) return [decisionFormat(ctx)];
      if (isBenchmarkQuestion(ctx))
        return [
          asksCounter(ctx)
            ? 'Open with a one-line verdict, then the benchmark and how the figures given compare with it, then what would change the verdict, then the counter-offer and the words to propose it.'
            : 'Open with a one-line verdict, then the benchmark and how the figures given compare with it, then what would change the verdict, then the next steps.',
        ];
      if (openQaKind(ctx) === 'approach') return [APPROACH_FORMAT];
      if (isCareerSwitch(ctx)) return [ASKS_ROLES.test(ctx.lower.slice(0, 300)) ? CAREER_ROLES_FORMAT : CAREER_FORMAT];
      if (isCookingTime(ctx) && COOK_TEMP.test(ctx.lower.slice(0, 200)))
        return ['Lead with the target internal temperature in °F and °C (and the food-safety minimum, if different), then how to check it with a thermometer, then the resting time and what changes it (cut, thickness, how done you like it).'];
      if (isCookingTime(ctx))
        return ['Lead with the time in one line (a range where it depends), then the method as short numbered steps, then what changes the time (size, starting temperature, altitude) and how to tell it is done.'];
      if (isFreshnessCheck(ctx))
        return ['Give the checks as a short numbered list, quickest first (how to do each, and what fresh and spoiled look like), then one line on how long it usually keeps and when to throw it out whatever the checks say.'];
      if (isFoodKeeping(ctx))
        return ['Give the best method as a short numbered list (where to keep it, in what, and how long it lasts that way), with a separate line for any kind that needs different handling; then one or two lines on what to avoid and how to tell it has gone off.'];
      if (openQaKind(ctx) === 'app')
        return ['Give numbered steps, one action each, with the exact menu path, button or formula in bold; then one line on what differs in other versions or devices, and what to try if an option is missing.'];
      if (openQaKind(ctx) === 'process')
        return ['Give the steps as a numbered list in the order to do them, each with what to do, where (the office or official website), roughly what it costs and how long it takes; then what to have ready before you start.'];
      if (isTravelMishap(ctx) && LUGGAGE.test(ctx.lower.slice(0, 200)))
        return ['Start with the first thing to do at once, in one line (report it at the baggage desk before leaving the airport); then the steps as a short numbered list in order; then what the traveller is entitled to and how to claim it.'];
      if (isTravelMishap(ctx))
        return ['Start with the first thing to do at once, in one line (such as rebooking in the app or by phone while queuing at the desk); then the steps as a short numbered list in order; then what the traveller is entitled to and how to claim it.'];
      if (openQaKind(ctx) === 'mishap')
        return ['Start with anything to do at once to stay safe, in one line; then the steps as a short numbered list in the order to do them (what to try yourself first, then who to call); then one line on how to avoid it next time.'];
      if (openQaKind(ctx) === 'steps')
        return ['Give the steps as a short numbered list in the order to do them (what to use, how much, how long), starting with what to do first; then one or two lines on what to avoid and what to try if it does not work.'];
      if (isHabitChange(ctx)) return [tipsFormat(n)];
      if (isVisitTiming(ctx))
        return ['Lead with the best months and why in one or two sentences, then a short season-by-season guide (weather, crowds, prices, festivals or closures), then the times to avoid.'];
      if (isFoodLeftOut(ctx)) return ['Lead with a plain yes or no in one sentence, then the rule behind it, then what to do with the food now and how to avoid it next time.'];
      if (isWorkedExample(ctx))
        return ['Explain the idea in two or three plain sentences, then work the example step by step with the figures given (a short table where it runs over several periods), then one line on what the example shows.'];
      if (symptomsOf(ctx))
        return [`Lead with the most common signs as a short list, then the less common ones, then who is most at risk and how it is confirmed, and end with when to ${ctx.features.domain === 'pet care' ? 'call a vet' : 'see a doctor'}.`];
      if (isLabResults(ctx))
        return ['Open with a one-line overview of what the results suggest together, then a Markdown table (test, your value, usual range, what it means), then the questions to ask the doctor.'];
      if (isHealthEffect(ctx))
        return ['Lead with the short answer for most people (or for the age the question names) in one or two sentences, then what the evidence shows (benefits and risks), then, where the amount matters, how much is generally considered safe, then who should limit or avoid it.'];
      if (isFactoid(ctx)) return ['Answer in one sentence; add one short line of context only if it helps.'];
      if (MISCONCEPTIONS.test(ctx.lower.slice(0, 200)))
        return ['Lead with a plain definition in one or two sentences and a concrete example, then the common misconceptions as a short list, each with its correction.'];
      // "…in two short paragraphs", "in 100 words": the length is set, so only the order is left to say.
      if (ctx.features.lengthLimit && /^(?:words|sentences|paragraphs|lines)$/.test(ctx.features.lengthLimit.unit))
        return [`Lead with the direct answer in the first sentence, then the explanation, within the length asked${/^(?:sentences|paragraphs)$/.test(ctx.features.lengthLimit.unit) ? ', as prose with no headings or lists' : ''}.`];
      return [
        ctx.verbosity === 'detailed'
          ? 'Lead with a direct answer in one or two sentences, then the explanation under short headings; use a list only where the items are genuinely parallel.'
          : 'Lead with a direct answer in one or two sentences, then the explanation in a few short paragraphs; use a list only where the items are genuinely parallel.',
      ];
    case 'closed_qa':
      // Several numbered questions get one answer each, in the user's numbering.
      if ((ctx.userText.slice(0, 3000).match(/^\s*\d{1,2}[.)]\s[^\n]*\?/gm)?.length ?? 0) >= 2)
        return ['Answer each question in turn, numbered as in the request: the answer first, then the supporting quotation(s) from the text in quotation marks.'];
      return ['Give the answer first, then the supporting quotation(s) from the text in quotation marks.'];
    case 'rewrite': {
      if (isWorkOrder(ctx)) return ['Give it as labelled fields, one per line (reported by, contact, unit or location, problem, access, priority), ready to paste into the work-order system; no preface.'];
      if (sub(ctx, 'proofread')) return ['Return the corrected text first, then a short bullet list of the main changes.'];
      const reading = readingAsked(ctx);
      if (reading) return [`Give the translation, then its ${reading} on the line below (one pair per sentence), with no other notes or surrounding quotation marks.`];
      if (sub(ctx, 'translate'))
        return [
          /\binto (?:\d+|several|multiple|many|different|various|a few|three|four|five|six|seven|eight|nine|ten|twenty) (?:different )?languages\b/.test(ctx.lower.slice(0, 200))
            ? 'Give one line per language: the language name, then the translation, with a pronunciation in brackets for languages not written in the Latin alphabet.'
            : f.languageNamed?.includes(' and ')
            ? 'Return only the translations, each under its language name, with no other notes or surrounding quotation marks.'
            : 'Return only the translation, with no preface, notes or surrounding quotation marks.',
        ];
      if (isSocialPost(ctx)) return ['Return only the post, ready to publish, with no preface or commentary.'];
      if (openingOnly(ctx)) return [OPENING_VERSIONS];
      const message = messageFromNotes(ctx);
      if (message) return [`Return only the ${message}, ${message === 'email' ? 'starting with a subject line, ' : ''}ready to send, with no preface or commentary.`];
      if (isShoppingListFromText(ctx)) return ['Return only the list, under a short heading for each section.'];
      if (unitConversion(ctx)) return ['Give the converted text in its original order, each amount followed by the original in brackets, with any temperatures in the method converted too.'];
      if (isRecipeScaling(ctx)) return ['Give the scaled ingredient list in the original order, each with its new amount and the original in brackets, then any step whose time or pan size changes, then a short note on what to watch.'];
      return ['Return only the rewritten text, with no preface, explanation or surrounding quotation marks.'];
    }
    case 'creative_writing': {
      // "10 short punchlines" is ten pieces, not one piece with a title.
      // "3 headline options and a subheadline": the second piece asked for comes after the list.
      if (n !== null && n >= 2 && f.listNoun)
        return [`Return only the ${n} ${f.listNoun} as a numbered list${/\bsub-?headlines?\b/.test(ctx.lower.slice(0, 200)) ? ', then the subheadline' : ''}, with no preface or commentary.`];
      if (isPepTalk(ctx)) return ['Return only the pep talk, with no title, preface or commentary.'];
      if (openingOnly(ctx)) return [OPENING_VERSIONS];
      if (paragraphOnly(ctx)) return ['Return only the paragraph, with no title, preface or commentary.'];
      const kind = creativeKind(ctx);
      const shaped =
        kind === 'talk'
          ? talkFormat(ctx)
          : kind === 'policy' && /\bcodes? of (?:conduct|ethics)\b/.test(ctx.lower.slice(0, 300))
            ? 'Give a title and a one-line purpose, then short headed sections with bullets: expected behaviour, what is not acceptable, consequences, and how to report a concern; end with a line to sign and date.'
          : kind === 'injury'
            ? isBlankForm(ctx)
              ? 'Give the template itself: a title, then the fields in order with blank lines or tick boxes to fill in, then the signature and date lines; no preface.'
              : 'Write the report from the facts given, field by field in the same order, with [placeholders] for anything not given; no preface.'
          : kind === 'call' && isServiceCall(ctx) && !isSalesCall(ctx)
            ? 'Give a short list of what to have ready before calling, then the script as lines labelled `Me:` in the order the call goes, with the likely replies as `They:` lines and what to say to each; end with how to close the call kindly.'
            : kind
              ? SHAPED_PIECES[kind]
              : undefined;
      if (shaped) return [shaped];
      if (kind === 'video')
        return [
          isRadioAd(ctx)
            ? 'Return the script as the spoken lines, with any sound or music cues in square brackets, and no preface or commentary.'
            : /\bpodcast\b/.test(ctx.lower.slice(0, 300))
            ? 'Return the script as the spoken lines, each with its speaker’s name, with brief sound or segment cues in square brackets, and no preface or commentary.'
            : 'Return the script as the spoken lines, with brief visual or on-screen cues in square brackets, and no preface or commentary.',
        ];
      if (isShortPiece(ctx)) return [`Give 5 ${f.listNoun ?? 'options'} as a numbered list, best first, then say which one you would pick and why.`];
      if (kind === 'bio') return ['Return only the bio, ready to paste, with no preface or commentary.']
      // "Product descriptions for 3 t-shirt designs": one description per item, each findable by its name.
      if (kind === 'copy' && severalDescriptions(ctx))
        return [`Return the ${n !== null && n >= 2 ? `${n} ` : ''}descriptions one after another, each under the name of what it describes, with no preface or commentary.`];
      if (kind === 'reference')
        return [
          forLinkedIn(ctx)
            ? 'Return only the recommendation, ready to paste into LinkedIn, with no preface or commentary.'
            : 'Return only the letter, with a greeting and a sign-off (my name, role and contact details in square brackets), and no preface or commentary.',
        ];
      if (kind === 'post')
        return [isTweetThread(ctx) ? 'Return only the tweets, numbered, one per paragraph, ready to post, with no preface or commentary.' : 'Return only the post, ready to publish, with no preface or commentary.'];
      // "What should I write in a sympathy card?" asks for words to choose from; "write a 4-line message for…" for one.
      if (kind === 'message' && cardKind(ctx))
        return [
          /^\s*what (?:should|do|can|could) i (?:write|say|put)\b|\b(?:ideas|options|some (?:messages|wording))\b/.test(ctx.lower.slice(0, 200))
            ? 'Give three short options, from the simplest to the warmest, each ready to copy into the card, with no other commentary.'
            : 'Return only the message, ready to copy into the card, with no preface or commentary.',
        ];
      if (kind === 'message')
        return [
          isVoicemailGreeting(ctx)
            ? 'Return only the greeting as it will be spoken (each language in turn, if there are two), with no preface or commentary.'
            : isLifecycleEmail(ctx)
            ? 'Return only the email: a subject line, a preview line, then the body, with the button text in [square brackets]; no preface or commentary.'
            : /\b(e-?mail)\b/.test(ctx.lower)
            ? 'Return only the email, starting with a subject line, with no preface or commentary.'
            : 'Return only the finished message, ready to send, with no preface or commentary.',
        ];
      return ['Return only the finished piece (with a title if the form suits one), with no preface or commentary.'];
    }
    case 'roleplay': {
      if (sub(ctx, 'simulator')) return ['Reply only with what the simulated system would output, inside one code block, and nothing else.'];
      if (!f.interactive) return isCustomerReply(ctx) ? ['Return only the reply to the customer, ready to send, with no preface or commentary.'] : [];
      if (isBotSetup(ctx)) return ['Write each reply as the assistant’s message only, in plain conversational text, one turn at a time, then stop and wait for the user.'];
      if (isServiceRole(ctx)) return ['Reply to each input with the result itself, in the form the setup asks for, with no preface or sign-off; then stop and wait for the next input.'];
      const style = correctionStyle(ctx);
      if (style === 'before' || style === 'after') {
        const reply = `your reply in ${f.languageMentioned ?? 'the language'}, ending with a question for the user`;
        const fixes = 'the corrections, if any, as a short list';
        return [`Write each reply as: ${style === 'before' ? `${fixes}; then ${reply}` : `${reply}; then ${fixes}`}; then stop and wait for the user.`];
      }
      return ['Write each reply as the character’s words only (brief actions in *asterisks* if needed), one turn at a time, then stop and wait for the user.'];
    }
    default:
      return [];
  }
}

/** Pieces whose layout is fixed by their kind (a talk, working documents, profile headlines, feedback, alt text, system prompts). */
const SHAPED_PIECES: Partial<Record<string, string>> = {
  releasenotes: 'Return the notes under a short heading with the version, then “New”, “Improved” and “Fixed” as bullet lists (leaving out any group with nothing in it), with no preface.',
  taskprompt: 'Return the prompt in one fenced block, ready to paste, with the input marked by a placeholder; after the block, give two or three lines on how to test it on real inputs, and nothing else.',
  sitter: 'Give short headed sections, safety and allergies first, then the schedule, the rules, food, and contacts, with one bullet per instruction; no preface.',
  call: 'Give a short list of what to have ready before calling, then the script as lines labelled `Me:` in the order the call goes, with the likely replies as `They:` lines and what to say to each; end with what to ask for before hanging up.',
  recipe: 'Give a title, the yield and total time, then the ingredients with their amounts, then numbered steps, then one or two tips or variations; no preface.',
  outline: 'Give the outline as numbered sections in order, each with its main point in one line and its supporting points as short bullets beneath; no preface or commentary.',
  prd: 'Use short headed sections: problem, users, goals and success metrics, requirements (a table with priority), out of scope, open questions.',
  rfc: 'Use short headed sections: summary, context and problem, goals and non-goals, proposal, alternatives considered, rollout and rollback, risks, open questions.',
  aftercare: 'Give a short title, then headed sections in the order they are needed (today, the next days, medicines, activity, when to call us at once, follow-up), with one bullet per instruction; no preface.',
  handout: 'Give a title, then three to five short headed sections with bullets, ending with when to ask for help and how; keep it to one printed page, with no preface.',
  ceremony: 'Return the script in short headed parts in order, with the officiant’s words as plain text and cues (who stands, rings, readings) in [brackets]; no preface.',
  devotional: 'Give a title, then the talk as it will be spoken, with the passage reference and the discussion question set apart on their own lines; no preface.',
  clientpolicy: 'Give a short title, then the policy as a few short bullets (the notice needed, the fee, the exceptions, how to cancel or reschedule); no preface.',
  counsel: 'Give the script as short headed parts in the order they are said (opening, each key point, warning signs, teach-back questions, close), as lines to say; no preface.',
  bodycare: 'Give a short title, then headed sections in the order they are needed (the first day, the next weeks, what to avoid, when to see a doctor, questions), with one bullet per instruction; no preface.',
  clause: 'Give the clause itself, numbered as it would appear in the agreement, then one line on what it covers and what it leaves to the rest of the agreement; no other preface.',
  salead: 'Give a headline, then the key details (dates, hours, address, payment) at the top, then the items as bullets; no preface.',
  obituary: 'Return only the obituary, ready to publish, with the service details in the last paragraph; no preface.',
  violation: 'Give it as a dated notice: the tenant and unit, the violation with its dates, the lease clause, what to do and by when, what happens if it continues, and how to reach the manager, then the one line for me; no other preface.',
  convo: 'Give the script in order (the opening, the main message, a response for each likely reaction, then how to close and what happens next) as lines to say, with [pause] where the other person needs time; no preface.',
  shotlist: 'Give a checklist grouped by moment in the order they happen, one shot per line with a tick box, the must-haves marked, then the group list; no preface.',
  sign: 'Give the sign’s text exactly as it would appear (headline, then the short lines), then one line suggesting a symbol if it helps; no preface.',
  rules: 'Give a short title, then the rules as a numbered list, one short line each; no preface.',
  classnews: 'Give a friendly title, then short headed sections (This week, Coming up, How you can help) with the requests easy to spot; no preface.',
  notice: 'Give a short bold title that says what and when, then the notice in two or three short paragraphs or a few bullets (what, when, what to do, who to contact), with no preface.',
  listing: 'Give a headline of under ten words, then the description in two or three short paragraphs, then the key facts as a short bullet list (beds, baths, notable features); no preface.',
  policy: 'Use short headed sections: purpose, who it applies to, one section per topic (the rule, then its exceptions), how to ask for an exception, and when it takes effect.',
  postmortem: 'Use short headed sections: summary, impact, timeline (with the times given), root cause and contributing factors, what went well, what went wrong, and action items as a table (action, owner, priority).',
  gamerules: 'Give a title and a one-line pitch, then short headed sections: players and what you need, setup, how to play (numbered steps), scoring and how it ends, and one variation.',
  status: 'Open with the overall status in one line (on track, at risk or off track), then short headed sections with bullets: progress, risks and blockers (each with what would unblock it), and next steps with their dates; no preface.',
  stories: 'Give each story as “As a …, I want …, so that …”, followed by its acceptance criteria as Given/When/Then bullets; number the stories in the order to build them.',
  proposal: 'Use short headed sections (problem, proposal, scope and effort, risks, how success is measured, the ask), with bullet points inside them.',
  jobad: 'Use short headed sections (about the role, what you will do, what you need, nice to have, hours, pay and location, how to apply), with bullet points inside them.',
  rubric: 'Present it as a Markdown table with one row per criterion and one column per level (with its points), then the total and how scores map to grades.',
  headline: 'Give five options, from straightforward to bold, one per line, then say which you would pick and why.',
  feedback: 'Return only the feedback, addressed to the person, with no preface or commentary.',
  alt: 'Return only the alt text, with no quotation marks or commentary.',
  sysprompt: 'Return only the system prompt, ready to paste, in short headed sections (Role, Tone, What you help with, Rules, When to hand off, Reply format), with no preface or commentary.',
  instructions: 'Give a short title, then the numbered steps, then a short "If something goes wrong" part; no preface or commentary.',
};

const THEMES_TOO =
  /\b(?:and|then|also|plus) (?:tell me|list|summari[sz]e|give me|pull out|identify|find|what are|show me) (?:the |any )?(?:main |key |common |top |biggest |recurring |most common )?(complaints|themes|issues|problems|praise|topics|reasons|requests|pain points)\b/;

/** "Explain what a p-value is and what it is not": the misreadings are half of the answer. */
const MISCONCEPTIONS = /\bwhat (?:it|they) (?:is|are) not\b|\bwhat (?:it|they) (?:isn'?t|aren'?t)\b|\bmisconceptions?\b|\bmyths? (?:about|around)\b/;

/** "The 10 things legal needs to check, with clause numbers": that many points, each pointing back to the source. */
function countedPoints(ctx: TechniqueContext): string {
  const cite = /\bwith (?:the |their |its )?(clause|section|page|paragraph|slide|article|line) (?:numbers?|refs?|references?)\b/.exec(ctx.lower.slice(0, 300))?.[1];
  return `Open with a one-sentence overview, then exactly ${summaryPoints(ctx) ?? ''} numbered points${cite ? `, each citing its ${cite} number` : ''}, most important first.`;
}

/** "10 episode ideas with a guest type for each": the extra part asked for goes in the format of every idea. */
const PER_ITEM = /\bwith (?:a|an|the|its|their|one) ([a-z][a-z -]{2,30}?) for (?:each|every one|each one)\b/;
function withPerItem(ctx: TechniqueContext, out: string[]): string[] {
  if (ctx.taskType !== 'brainstorming' || out.length === 0) return out;
  const part = PER_ITEM.exec(ctx.lower.slice(0, 300))?.[1];
  return part ? [`${out[0]} Give each its ${part}, as asked.`, ...out.slice(1)] : out;
}

export const structuredOutput: Technique = {
  id: 'structured_output',
  name: 'Structured output',
  purpose: 'Specifies the exact shape of the answer: JSON with a schema, a table, a list, or a final-answer line.',
  source: 'OpenAI, "Structured Outputs" and prompt-engineering guide ("specify the desired output format"); Google, Gemini prompting strategies',
  taskTypes: ['extraction', 'classification', 'reasoning', 'code', 'brainstorming', 'analysis', 'planning', 'summarization', 'open_qa', 'closed_qa', 'rewrite', 'creative_writing', 'roleplay'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'output',
  priority: 95,
  // A piece of writing is never returned as CSV: "user stories for exporting data as CSV" names the feature's format.
  // In a code request a data format ("parse it from JSON", "the Status column") is what the code reads or writes, not
  // the layout of the reply.
  present: (ctx) =>
    ctx.features.formatRequested !== null &&
    !(ctx.taskType === 'creative_writing' && ctx.features.formatRequested === 'csv') &&
    !(ctx.taskType === 'code' && DATA_FORMATS.has(ctx.features.formatRequested) && !REPLY_IN_FORMAT.test(ctx.lower)) &&
    !fieldsUnshaped(ctx),
  fit(ctx) {
    const table: Partial<Record<string, number>> = {
      extraction: 3, classification: 2.2, reasoning: 1.6, brainstorming: 1.5, planning: 1.5, analysis: sub(ctx, 'compare', 'pros-cons') ? 1.5 : 0.6,
      code: 1, summarization: 1, closed_qa: 0.8, rewrite: 1, open_qa: funFacts(ctx) || isJobMatch(ctx) ? 1 : 0.3, creative_writing: 0.2, roleplay: 0.6,
    };
    // Three versions of a resume line to choose from is the shape of the answer, whatever the label.
    // So is an outline's numbered sections, where a piece of writing would just be returned.
    // User stories are judged by their template and acceptance criteria.
    return isResumeBullet(ctx) || (ctx.taskType === 'creative_writing' && (isWritingOutline(ctx) || creativeKind(ctx) === 'stories')) ? 1.5 : (table[ctx.taskType] ?? null);
  },
  reason(ctx) {
    if (isExerciseList(ctx)) return 'Asked for each exercise with how to do it and how long to hold it, then how often and when to stop, so they can be done safely at home.';
    if (ctx.taskType === 'code') {
      // The same order as lines(): the reason names the structure the prompt actually asks for.
      const parts: [string, string][] = [
        ['concept', 'a direct answer, then the explanation or comparison'],
        ['debug', isUnseenBug(ctx) ? 'the likely causes, how to confirm each, and a fix for each' : 'root cause, corrected code, how to confirm the fix'],
        ['review', 'findings ordered by severity, then a verdict'],
        ['explain-code', 'a one-line summary, a walk-through, then risks'],
        ['tests-only', 'the test file, then what each group covers'],
        ['regex', 'the pattern, a part-by-part explanation, test strings'],
        ['cron', 'the schedule, each field, the next run times'],
        ['convert', 'the converted data in one block, then any choices made'],
        ['orm', 'the ORM query, the SQL it generates, any difference'],
        ['port', 'the converted code, then the differences worth knowing'],
        ['oneliner', 'the command, what each part does, a safer variant'],
        ['app', 'file layout, each file, how to run it'],
        ['setup', 'numbered steps with their commands, then a check that it worked'],
        ['config', 'the complete file, a note on each part, the commands to run and check it'],
        ['refactor', 'the refactored code, then each change and why'],
        ['commit', 'only the commit message, ready to paste'],
        ['testdata', 'only the data, in one block ready to load'],
        ['jsonschema', 'the schema, the constraints chosen, examples that pass and fail'],
        ['schema', 'entities and relationships, the tables, indexes, example queries'],
        ['howto', 'the recommended snippet first, then alternatives'],
      ];
      const mode = codeMode(ctx);
      const kind = parts.find(([k]) => k === mode);
      if (kind) return `Added a reply structure (${kind[1]}) so the answer is complete and easy to use.`;
      if (ctx.features.codeLanguage === 'SQL') return 'Added a reply structure (query, explanation, a check on sample rows) so the answer is complete and easy to verify.';
    }
    if (ctx.taskType === 'planning') {
      const shape: Record<string, string> = {
        budget: 'a budget table with a total row',
        project: 'phases with tasks, owners and durations, then risks',
        migration: 'phases with steps, checks and a way back',
        checklist: 'tick-box items by stage, lead times flagged',
        stations: 'a slot-by-post table with breaks covered',
        rota: 'a person-by-day table with counts and a swap rule',
        scheme: 'the scheme in one sentence, how it works, its cost, the launch',
        event: 'a timeline to the day, the run of the day, a checklist',
        program: 'sessions in order with goals and activities',
        onboarding: 'the first week day by day, then goals and check-ins',
        pip: 'the gap, measurable goals with dates, support, check-ins and the outcome',
        leaving: 'week by week to the last day, talking points, a handover checklist',
        lesson: 'the objective, then timed stages with what teacher and students do',
        strategy: /s\.?m\.?a\.?r\.?t/.test(ctx.lower) ? 'a S.M.A.R.T. table per goal' : 'goal, phases with measurable targets, risks',
        process: 'numbered steps with inputs, outputs and owners',
        meals: 'a day-by-day table of meals, then a shopping list',
        talk: 'the message, then timed sections with their points and examples',
        content: 'a table of posts by day, with format, idea and opening line',
        negotiation: 'the case, the script with replies to pushback, the fallbacks',
        interview: 'likely questions by theme with answer outlines, then a practice plan',
        guide: 'a section per topic, then practice questions and the answer key',
        chores: sharedChores(ctx) ? 'a table of tasks with how often, how long and who, then the rotation' : 'a day-by-day table of tasks and minutes, then the less frequent tasks',
      };
      if (isSingleSession(ctx)) return 'Added a session format (one row per exercise, warm-up first, cool-down last) so the workout can be followed as it is done.';
      const kind = planKind(ctx);
      if (kind === null) return 'Added a plan format (numbered phases with actions and time estimates, then risks) so the plan can be followed and checked.';
      if (shape[kind]) return `Added a plan format (${shape[kind]}) so the plan can be followed and checked.`;
    }
    if (ctx.taskType === 'creative_writing' && ctx.features.itemCount !== null && ctx.features.itemCount >= 2 && ctx.features.listNoun)
      return `Asked for the ${ctx.features.listNoun} as a numbered list only, without preface, so they are ready to use.`;
    if (ctx.taskType === 'brainstorming' && sub(ctx, 'diagnose') && ctx.features.isQuestion)
      return 'Added a most-likely-cause-first format, with a check and a fix for each cause, so the problem can be tracked down in order.';
    if (ctx.taskType === 'brainstorming' && isIdentifierName(ctx)) return 'Asked for a few ranked options and a pick, because one good name is what the code needs.';
    if (ctx.taskType === 'brainstorming' && !sub(ctx, 'names')) {
      if (ctx.features.listParts >= 2) return 'Added one numbered section per list you asked for, in your order, so no part of the request is dropped.';
      if (ctx.features.listNoun && SHORT_ITEMS.test(ctx.features.listNoun)) return `Added a plain numbered list of ${ctx.features.listNoun} so each one can be used as written.`;
      // Named only when lines() chose it: a feeling, a list to tick off or a symptom keep their own layouts.
      if (isTipsAsk(ctx) && lines(ctx)[0] === tipsFormat(ctx.features.itemCount))
        return TIPS_REASON;
      if (isContentIdeas(ctx) && lines(ctx)[0]?.includes('working title')) return 'Asked for a working title, the angle and the reader for each idea, so each one is ready to write.';
    }
    if (isHabitChange(ctx)) return TIPS_REASON;
    if (asksCarefulOptions(ctx))
      return 'Added an options-in-order format with deadlines and costs, so you can see what to do first and when to get professional help.';
    if (isCookingTime(ctx)) return 'Added a time-first format with the method and what changes the time, so the answer can be used at the stove.';
    if (petToTrain(ctx)) return 'Added a training-plan format (the cause, then the steps in order with how often and how long), so it can be followed day by day.';
    if (isParentingProblem(ctx)) return 'Added a strategies-in-order format with words to say and when to get help, so there is a plan to start with today.';
    if (isVisitTiming(ctx)) return 'Added a best-months-first format with a season-by-season guide, so the trip can be timed for what matters to you.';
    if (isFoodLeftOut(ctx)) return 'Added a yes-or-no-first format with the rule behind it, so the answer is clear before the explanation.';
    if (isWorkedExample(ctx)) return 'Added an idea-then-worked-example format, so the example shows the idea step by step instead of ending in a bare number.';
    if (symptomsOf(ctx)) return 'Added a common-signs-first format with who is at risk, how it is confirmed and when to get checked, so the list is not read as a diagnosis.';
    if (isLabResults(ctx)) return 'Added a table of each value against its usual range, so the reader sees at a glance which results are outside it.';
    if (isHealthEffect(ctx)) return 'Added a short-answer-first format with the evidence, safe amounts and exceptions, so the answer fits the reader’s own situation.';
    const message = messageFromNotes(ctx);
    if (message) return `Asked for the ${message} only, ready to send, so it can be pasted straight into your ${message === 'email' ? 'mail client' : 'editor'}.`;
    if (extractionGroups(ctx)) return 'Asked for one list per group you named, in the words of the text, so the split can be read and checked at a glance.';
    if (isMnemonic(ctx)) return 'Asked for a few mnemonics, each with the items it stands for, so you can pick one and check it.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'call') return 'Asked for what to have ready, then the call as `Me:` and `They:` lines ending with what to ask for, so it can be read from during the call.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'sysprompt') return 'Asked for the system prompt only, in headed sections, so it can be pasted into the assistant’s settings and checked rule by rule.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'taskprompt') return 'Asked for the prompt in one block, ready to paste, with a note on how to test it, so it can be tried on real inputs straight away.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'instructions') return 'Asked for numbered steps and a short troubleshooting part, so the instructions can be followed alone.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'reference') return 'Asked for the recommendation only, ready to use, so it can be pasted or sent as it is.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'sitter') return 'Asked for short headed sections with safety first, so the sitter finds what they need at a glance.';
    if (vocabList(ctx)) return 'Asked for each word with its part of speech, a definition and an example sentence, so the list can be studied as it is.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'recipe') return 'Asked for the usual recipe layout (yield and time, ingredients, numbered steps), so it can be followed at the stove.';
    if (ctx.taskType === 'creative_writing' && isWritingOutline(ctx)) return 'Asked for numbered sections with their supporting points beneath, so the outline can be checked and drafted from.';
    if (unitConversion(ctx)) return 'Asked for the converted list beside the original amounts, so every conversion can be checked at a glance.';
    if (ctx.taskType === 'rewrite' && isRecipeScaling(ctx)) return 'Asked for the scaled list beside the original amounts, so every change can be checked at a glance.';
    if (isLiteraryAnalysis(ctx)) return 'Added a close-reading format (central idea, then theme, language, form and tone with quotations) so the analysis follows the text.';
    if (isTermsReview(ctx)) return 'Added a verdict-first format that ends in wording to propose, so the reader knows what to push back on before signing.';
    if (ctx.taskType === 'analysis' && isDecisionAsk(ctx)) return DECISION_REASON;
    if (ctx.taskType === 'analysis') {
      // The same order as lines(): name the shape actually added.
      if (isSwot(ctx)) return 'Added the four SWOT lists and the moves that follow from them, so the analysis ends in a strategy rather than a list.';
      if (sub(ctx, 'pros-cons')) return 'Added two ranked lists and a verdict so the trade-offs can be weighed at a glance.';
      if (sub(ctx, 'compare') || ctx.features.options.length === 2)
        return sub(ctx, 'decide') ? 'Added a comparison table and a recommendation so the choice can be made at a glance.' : 'Added a comparison table so the differences can be read at a glance.';
      {
        const kind = analysisKind(ctx);
        const why = kind ? ANALYSIS_FORMAT_WHY[kind] : undefined;
        if (why) return why;
      }
      if (sub(ctx, 'critique') && !sub(ctx, 'decide')) return 'Added a feedback format (verdict, what works, ranked problems with fixes) so the feedback is easy to act on.';
      return 'Added a bottom-line-first format so the conclusion comes before the supporting analysis.';
    }
    if (isFactoid(ctx)) return 'Asked for a one-sentence answer because the question asks for a single fact.';
    if (ctx.taskType === 'open_qa' && funFacts(ctx)) return 'Asked for the fact and the reason behind it, so it is short but not a bare claim.';
    if (ctx.taskType === 'open_qa' && lines(ctx)[0]?.includes('common misconceptions'))
      return 'Added a definition-then-misconceptions format, because the question asks what the idea is not as well as what it is.';
    if (ctx.taskType === 'open_qa' && isBodyFigure(ctx)) return 'Asked for the figure first, as a range, then the formula behind it, so the number can be used and checked.';
    const qa: Record<string, string> = {
      diagnose: 'Added a most-likely-cause-first format, with a check and a fix for each cause, so the problem can be tracked down in order.',
      approach: 'Added an approach-plus-example-wording format because knowing what to say is the hard part of a difficult conversation.',
      list: 'Added a numbered, most-important-first list format because the request asks for a list.',
      difference: 'Added a side-by-side table because a difference is easiest to see aspect by aspect.',
      decision: DECISION_REASON,
      app: 'Added a numbered-steps format with the exact menu path, button or formula, so it can be followed on screen.',
      steps: isFoodKeeping(ctx)
        ? 'Added a method-first format with how long it keeps, so the answer says what to do and how long it buys.'
        : 'Added a numbered-steps format, in the order to do them, so it can be followed while doing the job.',
    };
    if (isShortSummary(ctx)) return 'Asked for the summary alone, as prose, because the length asked leaves no room for headings or bullets.';
    if (isMeetingAgenda(ctx)) return 'Added an agenda table with an owner and an outcome for each item, so the meeting ends in decisions and actions.';
    if (isDealCheck(ctx)) return 'Added a verdict-first format with the price range, the checks and an offer, so the answer can be used at the dealer or the seller.';
    if (isRanking(ctx)) return 'Asked for one numbered list with the reason for each place, so the order can be followed and checked.';
    if (isLayover(ctx)) return 'Asked for one timed plan with a few alternatives, because a layover leaves time for one outing, not ten.';
    if (isJobMatch(ctx)) return 'Asked for the skills ranked, each with the posting’s words and a resume example, so the resume can be edited line by line.';
    if (isReadingOrder(ctx)) return 'Asked for the order as a numbered list with a reason for each place and one place to start, so it can be followed book by book.';
    if (isTitleRecs(ctx)) return 'Asked for each title with its creator and year and why it fits, so every pick can be looked up and judged.';
    if (isMeetingRecap(ctx)) return 'Added a recap format (decisions, action items with owners and dates, open questions) so everyone can see who does what next.';
    if (isFreshnessCheck(ctx)) return 'Added a checks-first format, quickest first, with when to throw it out, so the answer can be used with the food in hand.';
    const kind = openQaKind(ctx);
    if (kind && !isWellbeing(ctx) && qa[kind]) return qa[kind];
    const why: Record<string, string> = {
      extraction: 'Added a JSON output shape because extracted data is only useful if it comes back in a predictable, machine-readable form.',
      classification: 'Added a strict answer format because labels are easiest to use when the reply is just the label.',
      reasoning: 'Added a final "Answer:" line because it separates the result from the working and makes it easy to check.',
      code: 'Added a reply structure (code, explanation, tests) so the answer is complete and easy to use.',
      brainstorming: 'Added a numbered-list format with a one-line rationale per idea so the ideas are easy to scan and compare.',
      analysis: 'Added a comparison format so the trade-offs can be read at a glance before the recommendation.',
      planning: 'Added a table format because a plan is easiest to follow laid out by time slot.',
      summarization: 'Added an overview-plus-bullets format so the summary can be skimmed in seconds.',
      open_qa: 'Added an answer-first format so the reader gets the answer before the explanation.',
      closed_qa: 'Added an answer-then-quote format so every answer can be checked against the text.',
      rewrite: 'Asked for the rewritten text only, so the result can be pasted straight back in.',
      creative_writing: 'Asked for the finished piece only, without preface, so it is ready to use.',
      roleplay: 'Set the reply format for the conversation so the model stays in its role turn by turn.',
    };
    return why[ctx.taskType] ?? 'Added an explicit output format.';
  },
  render: (ctx) => byVerbosity(ctx, withPerItem(ctx, lines(ctx)), 2),
};
