// Clarifying assumptions: where the request leaves details open, pick sensible defaults and say so.
import type { Technique, TechniqueContext } from '../types.ts';
import { isMeetingAgenda, sharedChores, isRoutine, WORKING_HOURS, FIXED_COMMITMENTS, slideCount, byVerbosity, codeMode, isBotSetup, isIdeaReview, isServiceRole, isSingleSession, joinList, mealNeeds, mentions, planKind, statesLevel, sub, WEEKLY_SPLIT, isTriage, isChecklist, gameRules, isSkincare, isCookingTimeline, isSingleWorkshop, isShiftWork, isPrivateLesson, isCleaningChecklist, isHandoffChecklist, procedureChecklist, isRehab } from './util.ts';

/** Details the prompt already settles are not "open". */
/** "Feedback on this opening line: 'The day my mother disappeared, it rained frogs.'": a short piece quoted in full. */
// A name or a headline is short: "feedback on this product name: “Dozely”" gives the piece.
const QUOTED_PIECE = /:\s*["“][^"”\n]{15,}["”]|\b(?:name|title|headline|slogan|tagline|subject line|domain)\b[^"“\n]{0,40}["“][^"”\n]{2,}["”]/;
/** A critique asked for with nothing to critique: no pasted text, no quoted piece, and not an idea described in words. */
const pieceMissing = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'analysis' && Boolean(sub(ctx, 'critique')) && !ctx.features.hasSuppliedText && !QUOTED_PIECE.test(ctx.userText) && !isIdeaReview(ctx);
function isSettled(ctx: TechniqueContext, detail: string): boolean {
  const p = ctx.features.planFacts;
  if (/budget|income|fixed costs/.test(detail)) return p.budget !== null;
  if (/dates|deadline|exam date|timeframe|time horizon/.test(detail))
    return p.when !== null || p.duration !== null || /\b(over|in|within) the next (\d+|few|two|three|five|ten|twenty) (weeks|months|years)\b/.test(ctx.lower);
  if (/^date$/.test(detail)) return p.when !== null;
  if (/number of guests|participants/.test(detail)) return p.people !== null;
  if (/interests/.test(detail)) return p.interests !== null;
  if (/number of people|team size/.test(detail)) return p.people !== null;
  if (/language version|environment/.test(detail)) return false;
  // "I'm weakest on genetics", "I struggle with integrals": the topics to spend most time on are named.
  if (/weakest topics/.test(detail)) return /\b(weak(?:est)? (?:on|in|at)|struggl\w* with|bad at|worst at|trouble with|need (?:the )?most (?:work|help|practice) (?:on|in|with))\b/.test(ctx.lower);
  if (/equipment/.test(detail)) return /\b(dumbbells?|barbells?|kettlebells?|resistance bands?|(no|without|any) equipment|bodyweight|at home|home gym|gym|machines?)\b/.test(ctx.lower);
  // "I can run about 1 km now" states the level as surely as "beginner" does.
  if (/fitness level/.test(detail)) return /\b(beginner|intermediate|advanced|novice|experienced)\b/.test(ctx.lower) || statesLevel(ctx);
  if (/dietary restrictions/.test(detail)) return mealNeeds(ctx).diet !== null;
  if (/cooking time/.test(detail)) return /\b\d+[- ]?(?:min|mins|minutes?)\b|\b(quick|fast|easy|no-cook|slow cooker)\b/.test(ctx.lower);
  if (/sessions per week|hours available/.test(detail))
    return (
      p.time !== null ||
      /\b(\d+|an?|one|two|three|four|five|six) (days?|times|sessions|hours?)( a| per| each| every) (week|day)\b/.test(ctx.lower) ||
      // "a 3-day split", "Mon/Wed/Fri": the training days are given.
      (/sessions per week/.test(detail) && WEEKLY_SPLIT.test(ctx.lower))
    );
  // "3 posts a week", "daily": how often to post is given.
  if (/how often to post/.test(detail)) return /\b(?:\d+|one|two|three|four|five|six|seven) (?:posts?|times|reels?|videos?) (?:a|per|each|every) (?:week|day|month)\b|\b(?:daily|every day|weekly|twice a week|once a week)\b/.test(ctx.lower.slice(0, 300));
  if (/working hours/.test(detail)) return WORKING_HOURS.test(ctx.lower);
  if (/fixed commitments/.test(detail)) return FIXED_COMMITMENTS.test(ctx.lower);
  if (/priorities/.test(detail)) return /\b(?:need to|have to|must|want to) (?:fit in|finish|focus on|make time for|study|prioriti[sz]e)\b|\bpriorit/.test(ctx.lower);
  if (/wake-up time/.test(detail)) return /\b(?:wake|get) up (?:at|around|by)\b|\b\d{1,2}(?::\d\d)?\s?(?:am|a\.m\.)\b/.test(ctx.lower);
  if (/role’s level/.test(detail)) return /\b(?:senior|junior|entry[- ]level|intern(?:ship)?|lead|principal|staff|manager|director|graduate|new grad)\b/.test(ctx.lower);
  if (/days are left/.test(detail)) return p.duration !== null || /\b(?:tomorrow|today|tonight|next week|this week|in (?:\d+|a few|two|three|four|five) days|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/.test(ctx.lower);
  if (/what the routine is for/.test(detail)) return /\broutine (?:to|for) \w+|\b(?:wants? to|so (?:that )?i|to help (?:me|with)|for (?:anxiety|stress|focus|energy|sleep|productivity|better sleep))\b/.test(ctx.lower);
  if (/time available/.test(detail)) return /\b\d+[- ]?(?:min|mins|minutes?|hours?)\b/.test(ctx.lower);
  if (/current level/.test(detail)) return /\b(beginner|intermediate|advanced|fluent|basic|a1|a2|b1|b2|c1|from scratch|zero)\b/.test(ctx.lower) || statesLevel(ctx);
  return false;
}

function openDetails(ctx: TechniqueContext): string[] {
  const all = allDetails(ctx);
  const open = all.filter((d) => !isSettled(ctx, d));
  return open.length > 0 ? open : all.slice(0, 1);
}

function allDetails(ctx: TechniqueContext): string[] {
  switch (ctx.taskType) {
    case 'planning': {
      const kind = planKind(ctx);
      const map: Record<string, string[]> = {
        itinerary: ['travel dates', 'budget', 'pace', 'interests'],
        childtraining: ['the child’s routine at home and at nursery or daycare', 'what has been tried so far'],
        newjob: ['team size', 'company stage', 'what the manager above expects'],
        workout: isRehab(ctx) ? ['the surgeon’s protocol and any brace or weight-bearing limits', 'the patient’s current range of motion'] : isSingleSession(ctx) ? ['current fitness level', 'available equipment', 'injuries or movements to avoid'] : ['current fitness level', 'available equipment', 'sessions per week'],
        meals: [...(mealNeeds(ctx).diet ? [] : ['dietary restrictions']), 'number of people', 'cooking time'],
        budget: ['income', 'fixed costs', 'savings goal'],
        study: /\b(exams?|tests?|finals?|midterms?|certifications?)\b/.test(ctx.lower) ? ['exam date', 'hours available per day', 'weakest topics'] : ['current level', 'hours available per day', 'goal'],
        project: ['team size', 'deadline', 'budget'],
        checklist: isCleaningChecklist(ctx) ? ['the size of the place', 'who does the cleaning'] : isHandoffChecklist(ctx) ? ['the shift times', 'the stations or areas'] : procedureChecklist(ctx) !== null ? ['the setting and equipment', 'the rules that apply where I work'] : ['the deadline', 'who does the work'],
        stations: /\bvolunteers?\b/.test(ctx.lower.slice(0, 300)) ? ['which stations the site has', 'how many people each one needs'] : ['how often people rotate', 'how long the breaks are'],
        rota: ['who has already asked for which days off', 'how long each shift is', 'how many people each shift needs'],
        scheme: ['average spend per visit', 'how often regular customers come back'],
        toolswitch: ['team size and how the old tool is used', 'integrations and reports that depend on it', 'the date the switch must be done by'],
        migration: ['data size and traffic', 'hosting and deployment setup', ...(/\b(?:without|zero|no|minimal) downtime\b/.test(ctx.lower) ? [] : ['how much downtime is acceptable'])],
        schedule: isMeetingAgenda(ctx) ? ['who attends', 'the decisions the meeting must reach'] : isShiftWork(ctx) ? ['the shift start and end times', 'the commute'] : isSkincare(ctx) ? [...(/\b(?:oily|dry|combination|sensitive|normal|acne-prone|mature) skin\b/.test(ctx.lower) ? [] : ['skin type']), 'budget', 'any sensitivities'] : isRoutine(ctx) ? ['wake-up time', 'time available', 'what the routine is for'] : ['fixed commitments', 'working hours', 'priorities'],
        chores: sharedChores(ctx) ? ['who already does what', 'how clean everyone expects it to be'] : ['how much time there is each day', 'how clean it needs to be'],
        event: isCookingTimeline(ctx) ? ['the menu', 'what can be made the day before'] : ['date', 'number of guests', 'budget'],
        talk: slideCount(ctx) ? ['what the audience already knows', 'how long the talk runs'] : ['what the audience already knows', 'whether there are slides'],
        content: ['how often to post', 'the brand’s voice'],
        negotiation: ['the role and market', 'whether there is a competing offer'],
        interview: ['the role’s level', 'how many days are left to prepare'],
        guide: ['the syllabus or exam board the unit follows'],
        onboarding: ['the tools and access the role needs', 'who can be their buddy', 'what a good first task would be'],
        pip: ['the length of the plan', 'the figures on record', 'the support the company can offer'],
        leaving: ['the notice period in the contract', 'whether the manager already knows', 'who is likely to take over the work'],
        program: isSingleWorkshop(ctx) ? ['what participants already know', 'whether they will have laptops'] : ['participants', 'number and length of sessions', 'desired outcome'],
        practice: ['how many players come', 'the space and equipment available'],
        lesson: isPrivateLesson(ctx) ? ['what the learner already knows', 'what they can practise on at home'] : ['lesson length', 'what students already know', 'materials available'],
        strategy: ['time horizon', 'resources', 'who carries it out'],
        process: ['who is involved', 'tools in use', 'volume'],
      };
      // A packing or shopping list turns on who is going and what they already have, not on a budget.
      if (!kind && isChecklist(ctx) && /\b(?:grocery|shopping) list\b/.test(ctx.lower)) return ['number of people', 'what is already in the cupboard'];
      if (!kind && isChecklist(ctx) && !/\bto-?do list\b/.test(ctx.lower)) return ['number of people', 'gear you already own'];
      return (kind && map[kind]) || ['timeframe', 'budget', 'resources'];
    }
    case 'code':
      if (codeMode(ctx) === 'jsonschema') return ['which fields are required', 'whether extra fields are allowed'];
      if (codeMode(ctx) === 'schema') return ['the database engine', 'expected data volume', 'which changes need a history'];
      return ['language version', 'input sizes', 'error handling', 'environment'];
    case 'analysis':
      if (sub(ctx, 'critique') && !sub(ctx, 'decide', 'pros-cons')) return ['the goal of the piece', 'who will read it', 'the limits it must meet'];
      return ['the criteria that matter most', 'the context of use', 'the time horizon'];
    case 'creative_writing':
      return ['length', 'tone', 'audience'];
    case 'brainstorming':
      return ['budget', 'audience', 'constraints'];
    case 'open_qa':
      return ['which meaning of an ambiguous term is intended', 'the level of detail wanted'];
    case 'summarization':
      return ['the length', 'what the summary is for'];
    case 'rewrite':
      return ['the intended reader', 'the desired tone'];
    default:
      return ['scope', 'level of detail'];
  }
}

export const clarifyingAssumptions: Technique = {
  id: 'clarifying_assumptions',
  name: 'Clarifying assumptions',
  purpose: 'Where the request leaves details open, has the model choose sensible defaults and state them up front.',
  source: 'OpenAI, prompt-engineering guide ("ask the model to state assumptions"); Kuhn et al. 2022, "CLAM: Selective Clarification for Ambiguous Questions"',
  taskTypes: ['planning', 'code', 'analysis', 'creative_writing', 'brainstorming', 'open_qa', 'summarization', 'rewrite', 'roleplay'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'requirements',
  priority: 40,
  present: (ctx) => mentions(ctx, /\b(state (your|any|the) assumptions|assumptions you (make|made)|ask (me )?(any )?clarifying questions|if anything is (unclear|ambiguous))\b/),
  fit(ctx) {
    const f = ctx.features;
    const vague = f.vague ? 1.5 : 0;
    switch (ctx.taskType) {
      case 'planning': {
        // Triage orders what is listed; the details of any one item (an offsite's guests) are not open questions.
        if (isTriage(ctx)) return null;
        const open = allDetails(ctx).filter((d) => !isSettled(ctx, d)).length;
        return (open >= 2 ? 1.3 : open === 1 ? 0.2 : -1) + vague;
      }
      case 'code':
        return sub(ctx, 'debug', 'explain-code', 'review', 'setup', 'howto', 'regex', 'cron', 'tests-only') || ['convert', 'concept', 'refactor', 'commit', 'testdata'].includes(codeMode(ctx)) ? null : (f.codeLanguage ? -0.6 : 0.4) + vague;
      case 'roleplay':
        return sub(ctx, 'simulator') || !f.interactive ? null : 0.3;
      case 'creative_writing':
      case 'rewrite':
        // Explicit constraints already give defaults here, and a preface would spoil a ready-to-use piece.
        return null;
      case 'brainstorming':
        return f.vague ? 0.5 : null;
      case 'analysis':
        // "Critique my PRD" with no PRD: without this rule the model reviews a document it has never seen.
        if (pieceMissing(ctx) && !sub(ctx, 'decide', 'pros-cons') && f.words <= 40) return 1.4;
        return vague > 0 ? vague : -0.5;
      case 'extraction':
      case 'classification':
      case 'reasoning':
      case 'closed_qa':
        return null;
      case 'open_qa':
        // "Explain blockchain to my grandpa": who it is for settles the level, so nothing is left open enough to state.
        // "Teach me the basics of chess": a first game's rules leave nothing open to state.
        return f.audience || gameRules(ctx) ? null : vague > 0 ? vague : -0.5;
      default:
        return vague > 0 ? vague : -0.5;
    }
  },
  reason(ctx) {
    if (ctx.taskType === 'roleplay' && isBotSetup(ctx)) return 'Added a rule for questions the setup does not cover, so the assistant does not make up prices, dates or policies.';
    if (pieceMissing(ctx)) return 'Added a rule to ask for the piece itself, because there is nothing to review until you paste it.';
    if (ctx.taskType === 'roleplay' && isServiceRole(ctx)) return 'Added a rule for inputs that leave something out, so the model states its assumption instead of stalling.';
    if (ctx.taskType === 'roleplay') return 'Added a rule for open details so the model fills gaps in character instead of stopping to ask.';
    return `Added a rule to state assumptions because the request leaves open ${joinList(openDetails(ctx).slice(0, 3))}, and explicit defaults are easy to correct.`;
  },
  render(ctx) {
    if (ctx.taskType === 'roleplay' && isBotSetup(ctx))
      return byVerbosity(ctx, ['- When someone asks about something the rules do not cover, do not invent facts such as prices, dates or policies: say so, and offer to pass the question on.']);
    if (ctx.taskType === 'roleplay' && isServiceRole(ctx))
      return byVerbosity(ctx, ['- If an input leaves out something the job needs, make a sensible assumption and state it in one line; ask a short question only when a guess would make the answer useless.']);
    // "Help me with my resume" without the resume: there is nothing to review yet, so asking is the right move.
    if (pieceMissing(ctx))
      return byVerbosity(ctx, ['- If the piece to review is not included, ask for it in one line and say briefly what you will look at; do not invent a version to critique.']);
    if (ctx.taskType === 'roleplay')
      return byVerbosity(ctx, ['- If the scenario leaves something open (setting, names, goals), decide it in character rather than asking out of character.']);
    return byVerbosity(ctx, [
      `- Where the request leaves details open (such as ${joinList(openDetails(ctx), 'or')}), choose sensible defaults, state them in one short line at the start, and carry on rather than stopping to ask.`,
    ]);
  },
};
