// Small helpers shared by the technique modules.
import { PRICE_MY_WORK, RECORD_NOUNS, RUN_MEETING, PRACTISING_ON_YOU, asksRoleQuestions, STATUS_DOC, asksFeedbackThemes, METRICS, METRIC_RE, toNumber, DESIGN_DOC, INCIDENT_DOC, TOOL_SWITCH, WORKED_EXAMPLE, SPENDING_REVIEW, PY2_TO_3, TIP_QUESTION, FUN_FACTS, asksHealthEffect, CALL_SCRIPT, VIDEO_SCRIPT, QUESTIONS_BEFORE, CHECKLIST_ASK, firstMentioned, PORT_RE, RECIPE_SCALE, RECIPE_WRITE, SLEEP_TROUBLE, SAVE_TARGET, WORK_TROUBLE, TIME_ZONE_MEETING, TIME_CONVERT, VISIT_TIMING, MISHAP, PEP_TALK_ASK, DOC_ADVICE } from '../analyze.ts';
import type { TechniqueContext } from '../types.ts';
import type { SubKind } from '../analyze.ts';

/**
 * "My HVAC guy says I need a new evaporator coil for $2,800. How do I know if he's right?": a diagnosis or a quote from
 * someone paid to fix it, to check before paying.
 */
/**
 * The asker's trade, when a question is about their own work ("As a flight instructor, how do I help a student who
 * freezes…", "I'm an electrician. Explain to a homeowner why…"): the model answers as a senior colleague.
 */
const ASKER_TRADE =
  /^\s*(?:(?:i'?m|i am|i work as|as) an? )((?:[a-z0-9-]+ ){0,2}?(?:cpa|enrolled agent|home health aide|cna|caregiver|electrician|plumber|pharmacist|nurse|vet|veterinarian|vet tech|veterinary technician|dentist|dental hygienist|hygienist|mechanic|contractor|roofer|carpenter|accountant|bookkeeper|lawyer|attorney|paralegal|realtor|real estate agent|physical therapist|physiotherapist|optometrist|physician|hvac tech(?:nician)?|locksmith|landscaper|arborist|home inspector|financial (?:advisor|adviser|planner)|tax preparer|insurance agent|flight instructor|driving instructor|ski instructor|swim instructor|yoga instructor|fitness instructor|instructor|court clerk|court reporter|florist|barber|hairstylist|stylist|chef|baker|teacher|band director|choir director|coach|personal trainer|social worker|counselor|librarian|pastor|funeral director|paramedic|emt|caterer|photographer|tutor|daycare provider|dog groomer|groomer|dog trainer|event planner|wedding planner|pediatric dentist|dental assistant|school counselor|counselor|coach|dietitian|nutritionist|trainer|doctor|farrier|dispatcher|sommelier|bartender|tattoo artist|piercer|beekeeper|medical coder|coder|medical biller|biller|union steward|shop steward|steward|daycare director|principal|gate agent|ticket agent|flight attendant|receptionist|front desk agent|concierge|bank teller|teller|server|waiter|waitress|cashier|welding instructor|appraiser|real estate appraiser|wildlife rehabber|rehabber|crossing guard|security guard|youth pastor|estate sale organizer|recruiter|hiring manager|hr manager|hr generalist|lifeguard supervisor|shift supervisor|pool manager|claims adjuster|adjuster|insurance adjuster|consultant|personal chef|pool technician|pool tech|technician|office manager|practice manager|dental office manager|dog walker|pet sitter|wedding dj|dj|grant writer|esl teacher|(?:small )?(?:business|shop|store|bakery|restaurant|cafe|café|salon|studio|gym|food truck|farm|brewery|boutique|clinic|agency|daycare|bar|coffee shop|florist|print shop) owner|docent|museum docent|tour guide|chaplain|hospital chaplain|rabbi|imam|priest|minister|piano tuner|bus driver|park ranger|firefighter|midwife|doula|welder|esthetician|massage therapist|interpreter|notary|property manager|surveyor|lifeguard|zookeeper|farmer|rancher|pilot|pharmacy tech(?:nician)?|lab tech(?:nician)?|radiology tech(?:nician)?|speech therapist|occupational therapist))(?=[.,;:]| and\b| who\b| at\b| in\b| for\b| with\b)/;
const AT_WORK = /\b(?:hand-?offs?|handovers?|charting|rounds|beginners?|menu items?|students?|patients?|customers?|clients?|homeowners?|(?:horse|dog|cat|pet|car|property|business) owners?|callers?|visitors?|signers?|signings?|regulars?|buyers?|sellers?|members?|parents?|candidates?|applicants?|guests?|diners?|passengers?|riders?|residents?|on the job|at work|famil(?:y|ies)|brides?|couples?|tenants?|bookings?|apprentices?|colleagues?|graders|learners|players|kids in my|my (?:team|staff|crew|class|practice|office|salon|studio|shop|business))\b/;
/** The kinds of record a list of fields is read from ("…from these bank transactions"). */
export { RECORD_NOUNS };

/** "I run a small print shop.": the owner of that business. */
const ASKER_BUSINESS =
  /^\s*i (?:run|own|manage|have) an? (?:small |little |local |busy |family-run |one-person )?((?:[a-z-]+ ){0,2}?(?:shop|store|bakery|salon|studio|clinic|practice|restaurant|cafe|café|gym|daycare|agency|farm|nursery|brewery|kennel|garage|food truck|print shop|florist|boutique|business))(?=[.,;:]| and\b| with\b| in\b| that\b)/;
export const askerTrade = perContext((ctx: TechniqueContext): string | null => {
  const owner = ASKER_BUSINESS.exec(ctx.lower.slice(0, 120))?.[1];
  if (owner && owner !== 'business' && AT_WORK.test(ctx.lower.slice(0, 300))) return `${owner.replace(/^(?:small|little|local|busy) /, '')} owner`;
  const trade = statedTrade(ctx);
  // "As a chef, how do I cost out a menu item…": "as a …, how" asks about the work itself.
  // "I'm an airline gate agent. How do I tell a full flight…": a question straight after the trade is about the work,
  // unless it is about the asker's own life ("…what should I get my husband").
  return trade && (ctx.features.audience !== null || AT_WORK.test(ctx.lower.slice(0, 300)) || /^\s*as an? [^,.]{2,40},\s*(?:how|what|when|which|should)\b/.test(ctx.lower) || (/^\s*(?:i'?m|i am) an? [^,.]{2,40}[.,]\s*(?:how|what|when|which|should|can|do)\b[^.?!\n]{0,30}?\b(?:i|we)\b/.test(ctx.lower) && !OWN_LIFE.test(ctx.lower.slice(0, 300))))
    ? trade
    : null;
});
/**
 * A care or safety trade asking about its own practice ("As a 911 dispatcher, what do I ask first on a stroke call?",
 * "I'm a dental hygienist. What do I say to a patient who refuses X-rays?"): a standard of practice and the
 * employer's protocol decide, and a refusal is the patient's right.
 */
const CARE_TRADE = /\b(?:dispatcher|nurse|paramedic|emt|pharmacist|pharmacy tech(?:nician)?|hygienist|dental assistant|dentist|vet tech|veterinary technician|vet|veterinarian|physician|doctor|midwife|doula|caregiver|cna|home health aide|lifeguard|firefighter|physical therapist|physiotherapist|occupational therapist|speech therapist|social worker|counselor|lab tech(?:nician)?|radiology tech(?:nician)?|crossing guard|security guard)$/i;
const PRACTICE_ASK = /\bwhat (?:should|do) (?:i|we) do (?:when|if)\b|\b(?:first|protocol|procedure|steps?|in what order|hand-?offs?|hand-?overs?|report|assess\w*|refus\w*|declin\w*|consent|document\w*|chart(?:ing)?)\b/;
export const isCarePractice = (ctx: TechniqueContext): boolean => {
  const trade = askerTrade(ctx);
  // A procedure, not an explanation for a client ("explain to a pet owner why…") or words for one hard moment.
  return trade !== null && CARE_TRADE.test(trade) && ctx.features.isQuestion && ctx.features.audience === null && PRACTICE_ASK.test(ctx.lower.slice(0, 300));
};
/**
 * A licensed trade asking what its rules allow ("I'm a notary. What ID can I accept from a signer whose licence
 * expired?"): the answer depends on the state's board or code, so the common rule comes with where to confirm it.
 */
const LICENSED_TRADE = /\b(?:notary|pharmacist|nurse|electrician|plumber|contractor|roofer|real estate agent|realtor|insurance agent|cpa|enrolled agent|tax preparer|paralegal|home inspector|hvac tech(?:nician)?|barber|hairstylist|esthetician|massage therapist|tattoo artist|daycare provider|caterer|locksmith|surveyor)$/i;
const RULE_ASK = /\b(?:can i|may i|am i allowed|is it legal|do i (?:need|have to)|required|allowed|accept|rules?|code|licen[cs]e|permit|regulations?)\b/;
export const isRegulatedQuestion = (ctx: TechniqueContext): boolean => {
  const trade = askerTrade(ctx);
  return trade !== null && LICENSED_TRADE.test(trade) && ctx.features.isQuestion && ctx.features.audience === null && RULE_ASK.test(ctx.lower.slice(0, 300)) && !isCarePractice(ctx);
};
/** "Cut the per-head budget from $45 to $32": the gap the ideas must close together, as written. */
export function moneyGap(ctx: TechniqueContext): { from: string; to: string } | null {
  const m = /\b(?:cut|cuts|cutting|reduce|reduces|reducing|lower|lowering|bring(?:ing)? down|drop|trim|get)\b[^.\n]{0,60}?\bfrom ([$€£]\s?\d[\d,.]*k?) to ([$€£]\s?\d[\d,.]*k?)/.exec(ctx.lower.slice(0, 300));
  return m?.[1] && m[2] ? { from: m[1], to: m[2] } : null;
}
/** The trade the asker names ("I'm a park ranger."), whatever the task: for pieces that are part of the work itself. */
export const statedTrade = perContext((ctx: TechniqueContext): string | null => {
  const m = ASKER_TRADE.exec(ctx.lower.slice(0, 120))?.[1];
  return m ? tidyTrade(m) : null;
});
const OWN_LIFE = /\bmy (?:husband|wife|partner|boyfriend|girlfriend|kids?|son|daughter|mom|mum|dad|parents|family|wedding|vacation|birthday|house|apartment|car|budget|savings|taxes|diet|health)\b/;
const tidyTrade = (trade: string): string =>
  trade.replace(/^(?:small|solo|self-employed|freelance|licensed|new|young|first-year|retired) /, '').replace(/\b(?:cpa|cna|emt|hvac|icu|er|or|nicu|pe|esl|hr|dj)\b/g, (w) => w.toUpperCase());

export const isSecondOpinion = (ctx: TechniqueContext): boolean =>
  /\b(?:mechanic|plumber|electrician|contractor|roofer|technician|tech|repair ?(?:man|shop|guy)|handyman|dealer(?:ship)?|installer|guy|company) (?:says|said|told me|is telling me|wants|quoted|recommends)\b[^?\n]{0,160}?\b(?:how (?:do|can|would) i (?:know|tell|check|verify)|(?:is|are) (?:he|she|they) right|should i (?:trust|believe|get a second)|(?:is|does) (?:this|that|it) (?:legit|a scam|fair|reasonable|sound right|make sense)|(?:am i|are we) being (?:ripped off|scammed|upsold))\b/.test(
    ctx.lower.slice(0, 400),
  );

/** A handout for patients or clients about their health ("whitening strips", "after your flu shot"). */
export const isHealthHandout = (ctx: TechniqueContext): boolean =>
  /\b(?:patients?|dental|dentist|hygienist|nurse|doctor|clinic|pharmac\w+|medic\w*|health|therap\w+|symptoms?|treatment|vaccin\w+|teeth|skin|diet|nutrition)\b/.test(ctx.lower.slice(0, 300));

/** "I need to fire an employee who has been late 12 times… How do I do the meeting?": a termination to run well. */
export const isTermination = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  /\b(?:fire|firing|let (?:him|her|them|an? (?:employee|staff member|worker|team member|report)|someone|my \w+) go|terminat(?:e|ing) (?:an? |my |our )?(?:employee|contract|staff|worker|report)|lay(?:ing)? off)\b/.test(ctx.lower.slice(0, 300)) &&
  /\bhow (?:do|should|can) i\b|\bwhat (?:do|should) i say\b|\bhow to\b/.test(ctx.lower.slice(0, 400));

/** "List every value outside the reference range": a comparison per line of a lab report, not a copy of the text. */
export const isOutOfRange = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'extraction' && /\b(?:outside|out of) (?:the |its |their )?(?:reference|normal) ranges?\b|\babnormal (?:values|results|labs)\b|\bflagged (?:as )?(?:high|low)\b/.test(ctx.lower.slice(0, 300));
/** "Summarize this accident statement into a timeline of events": what happened, in the order it happened. */
export const asksTimeline = (ctx: TechniqueContext): boolean => ctx.taskType === 'summarization' && /\b(?:into|as|in) a (?:short |clear |brief )?timeline\b|\bchronolog\w+/.test(ctx.lower.slice(0, 300));
/** "Summarize this deposition and flag any inconsistencies with the police report": two sources compared point by point. */
export const asksInconsistencies = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'summarization' && /\b(?:flag|note|list|point out|find|highlight|mark)\b[^.\n]{0,30}\b(?:inconsistenc\w*|discrepanc\w*|contradictions?)\b/.test(ctx.lower.slice(0, 300));
/** "Rank these three job candidates for a barista role": best first on the criteria that matter, not by urgency. */
export const ranksByMerit = (ctx: TechniqueContext): boolean => isRanking(ctx) && !/\bby\s+(?:urgency|priority|importance|deadline|due date)\b|\bprioriti[sz]e\b|\burgen/.test(ctx.lower.slice(0, 200));
/** "Turn this voicemail into a short work order": the fields a technician acts on, filled from the text. */
export const isWorkOrder = (ctx: TechniqueContext): boolean => ctx.taskType === 'rewrite' && /\b(?:into|as) (?:a |an )?(?:short |quick |brief )?(?:work order|service (?:ticket|request)|maintenance (?:request|ticket)|repair (?:ticket|request))\b/.test(ctx.lower.slice(0, 200));
/** "A letter to my state representative asking for funding": a constituent's one clear ask, read by a legislator's staff. */
export const isAdvocacyLetter = (ctx: TechniqueContext): boolean =>
  /\b(?:letter|e-?mail|message|note)\b[^.\n]{0,30}\b(?:to|for) (?:my |our |the )?(?:state |local |city |county |u\.?s\.? )?(?:representative|senator|congress(?:man|woman|person)|council ?(?:member|woman|man)|legislator|assembly ?member|mayor|school board|mp)\b/.test(ctx.lower.slice(0, 300));
/** "An incident report template": blank fields to fill in, not a report written from facts given. */
export const isBlankForm = (ctx: TechniqueContext): boolean => /\b(?:templates?|blank|fill-?in|forms?)\b/.test(ctx.lower.slice(0, 300));
/** "A short Google Business post about rekeying locks": seen by local people searching for the service, not followers. */
export const isLocalListingPost = (ctx: TechniqueContext): boolean => /\bgoogle (?:my )?business(?: profile)? (?:post|update)s?\b/.test(ctx.lower.slice(0, 300));
/** A lullaby is sung to a baby, softly and from memory. */
export const isLullaby = (ctx: TechniqueContext): boolean => /\blullab(?:y|ies)\b/.test(ctx.lower.slice(0, 200));

/** "A script for my voicemail greeting": heard by callers, in a few seconds. */
export const isVoicemailGreeting = (ctx: TechniqueContext): boolean => /\bvoice ?mail (?:greeting|message)\b|\boutgoing (?:voicemail|message)\b/.test(ctx.lower.slice(0, 200));

/** "A script for a 30-second radio ad": heard once, with no picture. */
export const isRadioAd = (ctx: TechniqueContext): boolean => /\bradio (?:ad|advert|spot|commercial)s?\b/.test(ctx.lower.slice(0, 300));

/** The first of `kinds` that the prompt's analysis found, or null. */
export const sub = <K extends SubKind>(ctx: TechniqueContext, ...kinds: K[]): K | null => kinds.find((k) => ctx.features.subKinds.has(k)) ?? null;

/**
 * Worked out once per prompt, for the few questions every technique asks several times (through fit, render and
 * reason) whose answers run a dozen patterns; a cheap check is faster asked again than looked up. Contexts are never
 * changed once built.
 */
function perContext<T>(fn: (ctx: TechniqueContext) => T): (ctx: TechniqueContext) => T {
  const seen = new WeakMap<TechniqueContext, { value: T }>();
  return (ctx) => {
    const hit = seen.get(ctx);
    if (hit) return hit.value;
    const value = fn(ctx);
    seen.set(ctx, { value });
    return value;
  };
}

/** Trim a technique's lines to the user's verbosity: concise keeps the first, balanced up to `balanced`. */
export function byVerbosity(ctx: TechniqueContext, lines: string[], balanced = 3): string[] {
  const clean = lines.filter((l) => l.length > 0);
  if (ctx.verbosity === 'concise') return clean.slice(0, 1);
  if (ctx.verbosity === 'balanced') return clean.slice(0, balanced);
  return clean;
}

/** True when the (lower-cased, bounded) input matches. */
export const mentions = (ctx: TechniqueContext, re: RegExp): boolean => re.test(ctx.scan);

/** "a, b and c" */
export function joinList(items: readonly string[], conj = 'and'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conj} ${items[items.length - 1]}`;
}

/**
 * A young child as reader or listener ("for my 4 year old", "bedtime story for a toddler"). Only as the reader: "kids"
 * or "children" elsewhere in a prompt (a field trip, a charity) say nothing about who reads it.
 */
const YOUNG_CHILD =
  /\bfor (?:my |a |an |our |the )?(?:(?:[1-8]|one|two|three|four|five|six|seven|eight)[- ]?(?:year|yr)s?[- ]?olds?|toddlers?|preschoolers?|kindergarteners?|little ones|(?:young|little|small) (?:kids|children))\b|\bages? [1-7] ?(?:-|–|to) ?[1-9]\b|\b(picture book|bedtime stor(?:y|ies)|nursery rhyme)\b|\bfor (?:my|our) (?:little )?(?:daughter|son|niece|nephew|grandson|granddaughter|kid|child|goddaughter|godson)['’]s (?:[1-8](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth) birthday\b/;
export const forYoungChild = (ctx: TechniqueContext): boolean => YOUNG_CHILD.test(ctx.lower);

/** A call that sells something, as opposed to one that asks a company for something. */
/** "A gentle script for calling a family to tell them the remains are ready": the asker calls the people they serve. */
export const isServiceCall = (ctx: TechniqueContext): boolean =>
  /\b(?:calling|call|phone|ring)\b[^.\n]{0,30}\b(?:a |the |an |our |my |each |every )?(?:family|families|patients?|customers?|clients?|parents?|tenants?|guests?|donors?|members?|applicants?|candidates?|students?|(?:pet )?owners?)\b(?! (?:service|support|care|line|center|centre))/.test(ctx.lower.slice(0, 300)) &&
  !/\b(?:cancel|refund|dispute|complain|my (?:bank|insurer|insurance|provider|isp|landlord))\b/.test(ctx.lower.slice(0, 300));
export const isSalesCall = (ctx: TechniqueContext): boolean => /\b(?:cold[- ]call\w*|sales call|prospect\w*|leads?|pitch\w*)\b/.test(ctx.lower.slice(0, 300));

/** "Write instructions for my babysitter: bedtime is 8pm, allergic to peanuts": a house note to follow at a glance. */
const SITTER_NOTE =
  /\b(?:instructions|notes?|a guide|a list|a sheet|info|information)\s+(?:for|to)\s+(?:my|our|the|a)\s+(?:babysitter|baby ?sitter|nanny|dog ?sitter|pet ?sitter|cat ?sitter|house ?sitter|dog walker|au pair)\b/;

/**
 * "Write a system prompt for a customer support chatbot for a bike shop": instructions for another model to follow on
 * every turn, not a piece for a human reader.
 */
const SYSTEM_PROMPT_WRITE =
  /\b(?:write|draft|create|make|design|build|generate|give me|help me (?:write|with|create))\b[^.\n]{0,30}?\b(?:system prompts?|system messages?|custom instructions|(?:a |the )?prompts? for (?:a|an|my|our|the) [\w -]{0,30}?(?:bot|chatbot|assistant|agent|gpt)|(?:a |the )?prompts? for (?:chatgpt|claude|gemini|gpt-?\d\w*|an? (?:llm|ai model|ai assistant)))\b/;
/** A system prompt (or custom instructions) asked for as the piece to write. */
export const isSystemPromptWrite = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'creative_writing' && SYSTEM_PROMPT_WRITE.test(ctx.lower.slice(0, 300)) && !PROMPT_FOR_TASK.test(ctx.lower.slice(0, 300));
// "A prompt for an LLM that grades support replies": one job done on each input, not an assistant's standing rules.
const PROMPT_FOR_TASK =
  /\bprompts? for (?:chatgpt|claude|gemini|gpt-?\d\w*|an? (?:llm|ai model|ai|model|language model))\b,? (?:that|which|to) (?:\w+ )?(?:grad|scor|rat|classif|summari[sz]|extract|label|tag|evaluat|review|judg|translat|rewrit|detect|sort|rank|categori[sz]|check|convert|answer)\w*/;
// "Write me a prompt that gets an LLM to grade essays against a rubric": a prompt run on many inputs, one task each,
// rather than an assistant's standing instructions. Not a writing or journal prompt for a person.
const LLM = String.raw`(?:llms?|ai|chatgpt|gpt-?\d*\w*|claude|gemini|(?:language|ai) models?|the model)`;
const TASK_PROMPT_WRITE = new RegExp(
  String.raw`\b(?:write|draft|create|make|design|build|give me|need|want)\b[^.\n]{0,30}?\bprompts?\b(?! ideas?)[^.\n]{0,60}?\b${LLM}\b|\b${LLM}\b[^\n]{0,160}?\b(?:write|draft|create|give|make|design) (?:me |us )?(?:a |the |an? (?:good|better|reliable|solid) )?prompt\b`,
);
const HUMAN_PROMPTS = /\b(?:writing|journal(?:ing)?|drawing|art|essay|story|creative|discussion|conversation|photo|debate|reflection) prompts?\b/;

/**
 * "A complaint to my airline about lost luggage": the facts, what is wanted, and by when. Answering a customer's
 * complaint is the other side of the counter.
 */
export const isComplaint = (ctx: TechniqueContext): boolean =>
  /\bcomplaint\b|\bcomplain(?:ing)? (?:to|about)\b/.test(ctx.lower.slice(0, 200)) && !/\b(?:reply|respond\w*|response|answer\w*|handl\w+|address\w*)\b[^.\n]{0,40}\bcomplaint/.test(ctx.lower.slice(0, 200));
/** "How do I negotiate a higher salary when they already gave me an offer?": pay to ask for, not a general conversation. */
export const isPayNegotiation = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') &&
  /\b(?:negotiat\w*|counter-?offer|ask(?:ing)? (?:my |our |the )?(?:(?:boss|manager|supervisor|employer|company) )?for (?:a |more )?(?:raise|pay rise|more money|higher (?:salary|pay|rate)))\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:salary|pay|raise|offer|compensation|rate|wage|equity)\b/.test(ctx.lower.slice(0, 300));
/** "A cold email to a potential client for my agency": a stranger who owes nothing, so short, specific and one small ask. */
export const isColdOutreach = (ctx: TechniqueContext): boolean =>
  /\bcold (?:e-?mail|outreach|message|dm|pitch|linkedin message)s?\b|\b(?:e-?mail|message|dm) to (?:a |an )?(?:potential|prospective|new) (?:clients?|customers?|partners?|leads?|sponsors?)\b/.test(ctx.lower.slice(0, 200));
/** "The onboarding email that goes out 3 days after signup": one automated email in a product's sequence, with one action. */
export const isLifecycleEmail = (ctx: TechniqueContext): boolean =>
  /\b(?:onboarding|welcome|activation|re-?engagement|win-?back|drip|nurture|lifecycle|trial(?:[- ]ending| expir\w+)|abandoned[- ]cart) (?:e-?mails?|messages?|sequence|series)\b|\b(?:e-?mail|message) that goes out\b|\b(?:e-?mail|message) (?:we )?send (?:to users|to customers|after (?:sign ?up|signup|someone signs up))\b/.test(ctx.lower.slice(0, 200)) &&
  /\b(?:sign(?:s|ed)? up|signup|users?|customers?|trial|app|account|cart|subscribers?|product)\b/.test(ctx.lower.slice(0, 300));
/** A resignation letter: the decision and the last day, said plainly and kindly; no case to argue. */
export const isResignation = (ctx: TechniqueContext): boolean =>
  /\bresignation (?:letter|email|e-mail|note|message)\b|\b(?:two|2)[- ]weeks?['’]? notice (?:letter|email|e-mail|message)?\b|\bnotice letter\b(?=[^.\n]{0,60}\b(?:job|leaving|quit|resign))|\b(?:letter|email|message) (?:of|announcing my) resignation\b|\b(?:letter|email|message) (?:to )?(?:resign|quit)\b/.test(ctx.lower.slice(0, 200));
/** "A polite email declining a job offer": a clear no that keeps the relationship. */
export const isDecline = (ctx: TechniqueContext): boolean =>
  /\b(?:declin\w*|turn(?:ing)? down|say(?:ing)? no to) (?:a |an |the |this |their |his |her |(?:a |an |the )?[\w-]+'s )?(?:job |wedding |party |dinner |sales |meeting |partnership |speaking )?(?:offers?|invitations?|invites?|proposals?|requests?|opportunit(?:y|ies)|pitch(?:es)?)\b/.test(ctx.lower.slice(0, 200));
/** "A message to my team saying the launch is delayed by two weeks": bad news about a date, with what happens now. */
export const isDelayNotice = (ctx: TechniqueContext): boolean => {
  const head = ctx.lower.slice(0, 200);
  // Announced by the writer: "my flight was delayed, write to the airline" is someone else's delay, a complaint.
  return DELAY_TOLD.test(head) && !/\b(?:flight|train|bus|package|parcel|order|delivery|refund)\b/.test(head);
};
const DELAY_TOLD =
  /\b(?:say(?:ing)?|tell(?:ing)?|let(?:ting)?\b[\w ]{1,20}\bknow|inform(?:ing)?|announc(?:e|ing)|notify(?:ing)?|explain(?:ing)?)\b[^.\n]{0,60}\b(?:delay(?:ed)?|postpone(?:d|ment)?|pushed back|moved back|rescheduled|cancell?ed|called off)\b/;
/** "A message to my landlord asking to fix the heating": a repair asked for in writing, which may later be evidence. */
export const isRepairRequest = (ctx: TechniqueContext): boolean =>
  /\b(?:landlord|property manager|building manager|letting agent|management company)\b[^.\n]{0,60}\b(?:fix|repair\w*|broken|not working|leak\w*|mou?ld|no (?:heat|heating|hot water))\b/.test(ctx.lower.slice(0, 200));
/** "A love letter to my girlfriend for our first anniversary": personal, warm, with blanks for shared memories. */
export const isLoveLetter = (ctx: TechniqueContext): boolean =>
  /\blove letter\b|\bletter to my (?:wife|husband|girlfriend|boyfriend|partner|fianc[eé]e?|future self|younger self|(?:baby|newborn|unborn) (?:son|daughter))\b/.test(ctx.lower.slice(0, 200));

/** "A bio for my Etsy shop": read by shoppers deciding whether to buy, not by clients deciding whether to get in touch. */
export const isShopBio = (ctx: TechniqueContext): boolean => /\b(?:etsy|shop|store|boutique|bakery|market stall|online store)\b/.test(ctx.lower.slice(0, 200));

/** "A short bio for a conference speaker: Dr. Amy Chen…": printed in the programme or read out, in the third person. */
export const isSpeakerBio = (ctx: TechniqueContext): boolean => /\bspeakers?\b|\bspeaker (?:bio|intro)|\bkeynote\b|\bpanel(?:ist|ists)?\b/.test(ctx.lower.slice(0, 200));

/** "Write instructions for my parents on how to video call me on WhatsApp": steps someone else follows on their own. */
const INSTRUCTIONS =
  /^\s*(?:please |can you |could you |help me )?(?:write|make|create|give me|draft|put together)\s+(?:some |simple |easy |clear |step-by-step |short |basic )*(?:instructions|a (?:simple |short |step-by-step |quick )?(?:guide|how-to|cheat sheet)|steps)\s+(?:for [\w' ]{1,25}?\s+)?(?:on |about |explaining |showing |that (?:explain|show)s? )?how to\b/;
/** "My mom wants to use her iPad for video calls. Write step-by-step instructions simple enough for her." */
const STEP_INSTRUCTIONS = /(?:^|[.!?]\s+)(?:please |can you |could you |help me )?(?:write|make|create|give me|draft|put together)\s+(?:(?:some|simple|easy|clear|step-by-step|short|basic|large-print|big)\s+)*instructions\b/;
/** The app the instructions are for, as typed, when they are for one ("WhatsApp", "Zoom"). */
export const instructionsApp = (ctx: TechniqueContext): string | null =>
  EVERYDAY_APP.test(ctx.lower.slice(0, 300)) ? (EVERYDAY_APP_TYPED.exec(ctx.userText.slice(0, 300))?.[1] ?? null) : null;

/** "A LinkedIn recommendation for my former coworker Priya", "a letter of recommendation for my intern": praise that must be credible. */
const REFERENCE =
  /\blinkedin recommendation\b|\brecommendation (?:letter )?for (?:my|a|an|our|him|her|them)\b|\b(?:letter of (?:recommendation|reference)|recommendation letter|reference letter|character reference)\b|\brecommend (?:my|our) (?:former |old )?(?:coworker|co-worker|colleague|intern|employee|student|manager|boss|teammate|report)\b/;
/**
 * Written for LinkedIn: a recommendation there is short and read on a profile (a letter is a page for one hiring
 * manager), and a LinkedIn summary runs longer than a resume's.
 */
export const forLinkedIn = (ctx: TechniqueContext): boolean => /\blinkedin\b/.test(ctx.lower.slice(0, 300));
/** "Product descriptions for 3 t-shirt designs": one piece per item, not one piece. */
export const severalDescriptions = (ctx: TechniqueContext): boolean => /\bdescriptions\b/.test(ctx.lower.slice(0, 200));

/** "20 vocabulary words for SAT prep with definitions": words to learn, each defined and used. Returns how many. */
// "10 phrasal verbs with example sentences for intermediate learners": language to study, not ideas.
const VOCAB_LIST = /\b(?:vocabulary|vocab) (?:words|list|terms)\b|\bwords (?:to learn|to know|every \w+ should know)\b|\b(?:phrasal verbs|idioms|collocations|expressions|phrases)\b[^.\n]{0,40}\b(?:with|and) (?:an? )?(?:example )?sentences?\b/;
export function vocabList(ctx: TechniqueContext): { count: number | null } | null {
  if (ctx.taskType !== 'brainstorming') return null;
  const head = ctx.lower.slice(0, 300);
  if (!VOCAB_LIST.test(head)) return null;
  const n = /\b(\d{1,3})\s+(?:[\w-]+\s+){0,2}(?:words|terms|verbs|idioms|collocations|expressions|phrases)\b/.exec(head)?.[1];
  return { count: n ? Number(n) : null };
}

/** The form of a creative piece, most specific first ("a story about a message in a bottle" is a story). */
// A song names its verses, and a funny toast is still a toast: song before poem, speech before humour.
/** "A scholarship essay", "my personal statement": the applicant's own story, read by a committee. */
export const isApplicationEssay = (ctx: TechniqueContext): boolean =>
  creativeKind(ctx) === 'article' && /\b(scholarship|college|admissions?|application) essays?\b|\bpersonal statement\b/.test(ctx.lower.slice(0, 400));

/** How long a spoken piece runs, from "30 seconds" or "a 2-minute video", with the words that fill it (~150 a minute). */
export function spokenLength(ctx: TechniqueContext): { text: string; words: number } | null {
  const m = /\b(\d{1,3})[- ]?(seconds?|secs?|minutes?|mins?)\b/.exec(ctx.lower.slice(0, 300));
  if (!m?.[1] || !m[2]) return null;
  const n = Number(m[1]);
  const seconds = m[2].startsWith('s') ? n : n * 60;
  if (seconds < 5 || seconds > 3600) return null;
  return { text: `${n} ${m[2].startsWith('s') ? 'second' : 'minute'}${n === 1 ? '' : 's'}`, words: Math.max(10, Math.round((seconds * 2.5) / 5) * 5) };
}

/** Working documents with a known shape: requirements, a proposal to approve, a grading rubric. */
// Also written from notes given: "turn these messy notes into a proper incident postmortem: db failover at 14:02…".
const WORK_DOCS: [RegExp, string][] = [
  [/\b(?:product )?requirements? doc(?:ument)?s?\b|\bprds?\b|\bproduct spec(?:ification)?s?\b/, 'prd'],
  [/\b(?:project|business|budget|research|sponsorship|partnership|feature|grant|funding) proposals?\b|\b(?:project|product|feature) briefs?\b|\bproposal (?:for|to) (?:add|adding|build|building|launch|launching|hire|hiring|introduce|introducing|move|moving|switch|switching|migrate|migrating|implement|implementing|create|creating|fund|funding|start|starting|replace|replacing)\b/, 'proposal'],
  [/\b(?:grading |scoring |assessment |marking )?rubrics?\b/, 'rubric'],
  [/\buser stor(?:y|ies)\b/, 'stories'],
  [/\bjob (?:description|posting|ad|advert|listing)s?\b/, 'jobad'],
  // "Write a listing description for a 3-bed ranch with a new roof": buyers scroll, and fair-housing rules apply.
  [/\b(?:mls |real estate |property |home |house )?listing (?:description|copy|blurb|write-?up)s?\b(?=[^.\n]{0,60}\b(?:bed(?:room)?s?|bath(?:room)?s?|ranch|bungalow|condo|townhouse|townhome|house|home|cottage|duplex|split-level|colonial|victorian|craftsman|property|apartment|flat|sq\.? ?ft|square feet|acres?)\b)|\b(?:mls|real estate|property|house|home) listing\b|\bproperty descriptions?\b/, 'listing'],
  // "An incident report template for minor injuries like scrapes and bumps": a record of people hurt, not an outage.
  [/\b(?:incident|accident|injury) (?:reports?|forms?|logs?)(?: templates?)?\b(?=[^.\n]{0,80}\b(?:injur\w*|scrapes?|bumps?|bites?|falls?|fell|slips?|child(?:ren)?|kids?|students?|patients?|residents?|guests?|customers?|employees?|workers?|playground|workplace|first aid)\b)|\b(?:injury|accident) (?:reports?|forms?)\b/, 'injury'],
  [INCIDENT_DOC, 'postmortem'],
  [STATUS_DOC, 'status'],
  // "Write discharge instructions for a dog who had two extractions": care at home, with the signs to call about.
  [/\b(?:discharge|aftercare|after-?care|post-?op(?:erative)?|recovery|home[- ]care|wound[- ]care|post-?surgery|post-?procedure) (?:instructions|teaching|education)\b/, 'aftercare'],
  // "Write a short handout I can give patients about whitening strips": one page a client takes home.
  [/\b(?:(?:patient|client|customer|parent|family|one-page|1-page|printable) )?handouts?\b|\b(?:patient )?(?:information|info|fact) sheets?\b|\b(?:plain[- ]language|plain[- ]english|first-timer'?s?|beginner'?s?|quick[- ]start) guide\b|\bcheat ?sheets?\b|\bquick[- ]reference (?:cards?|guides?|sheets?)\b|\bjob aids?\b/, 'handout'],
  // "Write the rules for a party game for 8 adults…": a game to invent and explain so a group can play it at once.
  [/\brules (?:for|of) (?:a |an |our |my )?(?:new |original |simple |fun |quick |short )?(?:[\w-]+ ){0,3}?games?\b|\b(?:party|card|board|dice|drinking|icebreaker|word|team-?building|road[- ]trip|car|group) games?\b/, 'gamerules'],
  [DESIGN_DOC, 'rfc'],
  [/\b(?:remote[- ]work|hybrid(?: work)?|work[- ]from[- ]home|wfh|pto|paid time off|leave|vacation|expenses?|travel|(?:information |it )?security|acceptable use|social media|parental leave|on-?call|byod|bring your own device|data retention|return[- ]to[- ]office|ai(?: use| usage)?|password|meeting|bereavement(?: leave)?|sick(?: leave| day|[- ]child| kids?)?|illness|exclusion|jury duty|overtime|dress code|attendance|time[- ]off|holiday|lateness|phone use|cancellation|no-?show|refund|returns?|late arrival|rescheduling|deposit)\s+polic(?:y|ies)\b|\bpolic(?:y|ies) (?:on|for|about) (?:late arrivals?|cancellations?|no-?shows?|refunds?|returns?|deposits?|rescheduling)\b|\bpolicy (?:paragraph|section|statement|wording) (?:about|on|for|covering)\b|\bcodes? of (?:conduct|ethics)\b/, 'policy'],
  // "Write a 5-minute ceremony script for a nonreligious couple who met hiking": read aloud by the officiant, in a set order.
  [/\b(?:wedding|marriage|commitment|vow renewal|elopement|handfasting) ceremony(?: script)?\b|\bceremony script\b|\bofficiant(?:'s)? script\b/, 'ceremony'],
  // "As a kindergarten teacher, write a weekly newsletter to parents: …": what happened, what is coming, what to do.
  [/\b(?:weekly|monthly|class(?:room)?|parent|family|school) newsletters?\b(?=[^.\n]{0,60}\b(?:parents|families|class|classroom|students|kids|teacher)\b)|\bnewsletters? (?:to|for) (?:the |our |my )?(?:class )?(?:parents|families)\b/, 'classnews'],
  // "Draft a lease violation notice for a tenant who keeps parking in the fire lane": a formal record to one tenant.
  [/\b(?:lease |rule |hoa |policy |parking )?violation (?:notice|letter|warning)s?\b|\bnotices? of (?:lease |rule )?violation\b|\b(?:cure[- ]or[- ]quit|pay[- ]or[- ]quit|non-?compliance) notices?\b/, 'violation'],
  // "Write a gentle script for telling a family that their father may have only days left": words said face to face,
  // with room for the other person to react; not a screenplay.
  [/\bscripts? (?:for|to use (?:for|when|with)|to follow (?:for|when)|on how to|about) (?:telling|breaking|talking (?:to|with)|speaking (?:to|with)|explaining|giving (?:feedback|notice|bad news)|delivering (?:bad |difficult |hard |the )?news|asking (?:my|our|an?|the|for)|confronting|discussing|letting (?:\w+ )?(?:go|know)|informing|approaching|addressing|raising|a (?:difficult |hard |tough |sensitive |awkward |first |performance |serious )?(?:conversation|talk|chat|check-?in|one-on-one|1:1)|the (?:conversation|talk))\b|\bconversation scripts?\b|\b(?:counsel(?:l)?ing|consultation|intake|de-?escalation|check-?in|bad[- ]news) scripts?\b/, 'convo'],
  // "Draft a service agreement clause about what happens if a dog bites someone": contract wording, checked by a lawyer.
  [/\b(?:service agreement|client agreement|contract|lease|terms of service|rental agreement) clauses?\b|\bclauses? (?:for|in) (?:my|our|a|the) (?:service agreement|client agreement|contract|lease|terms)\b|\b(?:liability )?waivers?\b|\bhold harmless\b/, 'clause'],
  // "Write a listing for a weekend estate sale: mid-century furniture, vinyl, Saturday and Sunday 8-3": an ad for a sale.
  [/\b(?:listing|ad|advert|flyer|post|notice|sign|description)s? (?:for|about|announcing) (?:a|an|our|my|the|this) (?:[\w-]+ ){0,2}?(?:estate|garage|yard|moving|rummage|bake|clearance|sample|barn) sales?\b/, 'salead'],
  // "As a youth pastor, write a 5-minute devotional about patience for middle schoolers": spoken, one point, one text.
  [/\bdevotionals?\b|\b(?:youth|children'?s|kids'?|short) (?:sermon|homily|message)\b|\bsermons?\b|\bhomil(?:y|ies)\b/, 'devotional'],
  // "Write an obituary from these notes: Mary Ellen Ross, 87…": a public notice of a life, in a set order, with no invention.
  [/\bobituar(?:y|ies)\b|\bobit\b|\bdeath notices?\b/, 'obituary'],
  // "Write a shot list for a small courthouse wedding": the moments to cover in order, the must-haves marked.
  [/\bshot ?lists?\b/, 'shotlist'],
  // "Write a sign warning visitors not to feed the bears": a few words read in passing, from a distance.
  [/\b(?:warning |safety |caution |parking |door |wet floor |trail |pool |store |shop |window |welcome )?signs? (?:warning|telling|asking|reminding|saying|that (?:says|tells|asks|warns|reminds)|for (?:the |our |a |my )?(?:door|entrance|front desk|counter|bathroom|restroom|break room|kitchen|parking|pool|gate|trail|lobby|office|shop|store|window|fridge)|about (?:not |no )?)/, 'sign'],
  // "Write rules for the bus that 1st graders can understand": a few rules a group follows, not a game's rules.
  [/\b(?:bus|classroom|class|pool|house|gym|library|playground|lunchroom|cafeteria|camp|cabin|locker room|studio|break room|office|ground) rules\b|\brules (?:for|of) (?:the |our |my )?(?:school )?(?:bus|classroom|class|pool|house|gym|library|playground|lunchroom|cafeteria|camp|cabin|locker room|studio|break room|field trip|guests|visitors|kids|students|campers)\b/, 'rules'],
  // "Write a notice that the water will be shut off Thursday 9am-1pm": what, when and what to do, read at a glance.
  // A notice to one person ("notice to my landlord that I'm moving out") is a letter.
  [/\b(?:(?:tenant|resident|building|service|maintenance|closure|outage|shut-?off|parking|public|short) )?(?:notices?|memos?(?= to (?:all |our |the )?(?:staff|employees|everyone|team)\b)) (?:to (?:all |our |the )?(?:tenants|residents|neighbou?rs|owners|members|parents|families|customers|guests|staff|employees|everyone) )?(?:that|about|regarding|of (?:a |the )?(?!termination|intent|resignation|eviction|default)|for (?:a |the )?(?:water|power|gas|elevator|lift|parking|road|office|pool|maintenance)|announcing|saying|telling)/, 'notice'],
];
// Only as the thing to write: "write an essay that follows this rubric" or "based on this PRD, write user stories" is not one.
const WRITES_DOC =
  /\b(?:write|create|draft|make|prepare|put together|produce|generate|build|design|develop|invent|make up|come up with|give me|needs?)\s+(?:me\s+)?(?:(?:a|an|the|my|our|one-page|1-page|short|simple|detailed|clear|basic|quick|new|full)\s+)*(?:(?!(?:this|these|that|using|with|following|from|based|per|for|on|to|of)\b)[\w-]+\s+){0,2}$|\b(?:turn|convert|make|rewrite|write up)\b[^.\n:]{0,40}\binto (?:a |an |the )?(?:(?:proper|full|formal|short|clean|clear|concise|brief|quick|crisp|real|blameless|weekly|monthly|quarterly|biweekly|bi-weekly)\s+)*(?:[\w-]+\s+)?$/;
/**
 * Words every match of a kind's pattern contains: most requests name none of them, and a substring check is much
 * cheaper than running the pattern over the whole head (the table is checked for every piece of writing).
 */
const WORK_DOC_CUES: Partial<Record<string, readonly string[]>> = {
  prd: ['requirement', 'prd', 'product spec'],
  proposal: ['proposal', 'brief'],
  rubric: ['rubric'],
  stories: ['user stor'],
  jobad: ['job '],
  listing: ['listing', 'property description'],
  injury: ['incident', 'accident', 'injury'],
  postmortem: ['mortem', 'incident'],
  aftercare: ['instructions', 'teaching', 'education'],
  handout: ['handout', 'sheet', 'guide', 'reference', 'job aid'],
  gamerules: ['game'],
  policy: ['polic', 'code'],
  ceremony: ['ceremon', 'officiant'],
  classnews: ['newsletter'],
  violation: ['violation', 'quit', 'compliance'],
  convo: ['script'],
  clause: ['clause', 'waiver', 'harmless'],
  salead: [' sale'],
  devotional: ['devotional', 'sermon', 'homil', 'message'],
  obituary: ['obit', 'death notice'],
  shotlist: ['shot'],
  sign: ['sign'],
  rules: ['rules'],
  notice: ['notice', 'memo'],
};
/**
 * Narrower kinds within a kind, each with its own rules in every technique: a counseling script teaches and checks with
 * teach-back rather than breaking bad news; a cancellation policy is written for clients, not staff; tattoo aftercare
 * is a client healing at home, not a patient after surgery.
 */
const WORK_DOC_VARIANTS: Partial<Record<string, readonly [RegExp, string]>> = {
  convo: [/\b(?:counsel(?:l)?ing|education|teaching) scripts?\b/, 'counsel'],
  policy: [/\b(?:cancellation|no-?show|refund|returns?|late arrival|rescheduling|deposit)\s+polic(?:y|ies)\b|\bpolic(?:y|ies) (?:on|for|about) (?:late arrivals?|cancellations?|no-?shows?|refunds?|returns?|deposits?|rescheduling)\b/, 'clientpolicy'],
  aftercare: [/\b(?:tattoos?|piercings?|pierced|microblad\w*|lash (?:extensions?|lifts?)|eyelash extensions?|permanent makeup|brow lamination|lip blush)\b/, 'bodycare'],
};
function workDoc(head: string): string | null {
  for (const [re, kind] of WORK_DOCS) {
    const cues = WORK_DOC_CUES[kind];
    if (cues && !cues.some((c) => head.includes(c))) continue;
    const m = re.exec(head);
    if (!m || !WRITES_DOC.test(head.slice(0, m.index))) continue;
    const variant = WORK_DOC_VARIANTS[kind];
    return variant?.[0].test(head) ? variant[1] : kind;
  }
  return null;
}

const PROSE_FORMS: readonly SubKind[] = ['speech', 'bio', 'story', 'post', 'copy', 'article', 'message'];
/**
 * The form asked for. Verse comes first, whatever else is named ("the story of La La Land in a poem" is a poem); among
 * prose forms, the one named first ("a scholarship essay … the story of…" is an essay). Humor only when no form is
 * named: "a story … Tone: warm and funny" and "a funny LinkedIn post" are a story and a post.
 */
// "Write feedback for a student essay that has good ideas but poor organization": comments to the person, not an article.
const FEEDBACK_WRITE = /\b(?:write|draft|give|compose|help me (?:write|give))\b[^.\n]{0,25}\bfeedback (?:for|on|to) (?:a |an |my |the |this |one of my )?(?:student|pupil|employee|team member|direct report|colleague|coworker|intern|mentee|writer)s?\b/;
// "Write alt text for a photo of…": one or two plain sentences a screen reader reads out.
const ALT_TEXT = /\balt[- ]?(?:text|tags?|descriptions?)\b|\bimage descriptions? for (?:a |the )?screen readers?\b/;
export const creativeKind = perContext(findCreativeKind);
function findCreativeKind(ctx: TechniqueContext): string | null {
  if (isTalkOutline(ctx)) return 'talk';
  if (isWritingOutline(ctx)) return 'outline';
  const head = ctx.lower.slice(0, 300);
  if (head.includes('recipe') && RECIPE_WRITE.test(head) && !RECIPE_SCALE.test(head)) return 'recipe';
  // "Peux-tu me donner une recette facile de quiche lorraine ?": a recipe asked for in French, Spanish, German, Italian.
  if (/\b(?:recette|receta|rezept|ricetta|receita)\b/.test(head)) return 'recipe';
  if (CALL_SCRIPT.test(head)) return 'call';
  if (SITTER_NOTE.test(head)) return 'sitter';
  if (SYSTEM_PROMPT_WRITE.test(head) && !PROMPT_FOR_TASK.test(head)) return 'sysprompt';
  // Most requests never say "prompt": one substring check spares them the pattern, which scans every word.
  if (head.includes('prompt') && TASK_PROMPT_WRITE.test(head) && !HUMAN_PROMPTS.test(head)) return 'taskprompt';
  if (REFERENCE.test(head)) return 'reference';
  if (FEEDBACK_WRITE.test(head)) return 'feedback';
  if (ALT_TEXT.test(head)) return 'alt';
  if (INSTRUCTIONS.test(head) || (STEP_INSTRUCTIONS.test(head) && EVERYDAY_APP.test(head))) return 'instructions';
  // "Release notes for version 2.3: offline mode, faster sync…": what users notice, not a letter.
  if (/\b(?:release notes|changelog|change log|patch notes)\b/.test(head)) return 'releasenotes';
  if (VIDEO_SCRIPT.test(ctx.lower.slice(0, 300))) return 'video';
  // "A LinkedIn headline for a product manager moving into AI": the line under a profile name, not ad copy.
  if (/\b(?:linkedin|profile) headlines?\b/.test(ctx.lower.slice(0, 300))) return 'headline';
  // "3 subject lines for an email inviting customers to a webinar": the lines are the piece, not the email.
  if (/\bsubject lines?\b/.test(head) && /^\s*(?:please |can you |could you )?(?:write|give me|suggest|need|come up with|brainstorm|draft|generate)\b[^.\n]{0,20}\bsubject lines?\b/.test(head)) return 'subject';
  const doc = workDoc(ctx.lower.slice(0, 300));
  if (doc) return doc;
  const verse = sub(ctx, 'song', 'poem');
  if (verse) return verse;
  const forms = PROSE_FORMS.filter((k) => ctx.features.subKinds.has(k));
  if (forms.length > 1) return firstMentioned(ctx.lower, forms) ?? forms[0] ?? null;
  return forms[0] ?? sub(ctx, 'humor');
}

// Advice on the asker's own situation ("is it safe to take…", "my landlord won't…", "can I sue…"), as opposed to
// learning about a field ("explain promissory estoppel for my seminar", "how do I become a medical physicist").
const PERSONAL = /\b(i|i'm|i've|i'd|my|we|our|us|am i|can i|should i|is it (safe|legal|ok|okay))\b/;
const LEARNING = /\b(students?|seminar|exam|essay|course|class|lecture|studying|thesis|dissertation|master'?s|msc|phd|degree|career|job)\b/;
const HEALTH_ADVICE = /\b(medicines?|medications?|drugs?|dose|dosage|pills?|ibuprofen|paracetamol|acetaminophen|aspirin|tylenol|advil|antibiotics?|side effects?|symptoms?|pain|hurts?|diagnosed|pregnan\w+|safe to (take|eat|drink|mix|give)|melatonin|allerg\w+|blood pressure|injur\w+|rash|fever|see a doctor|urgent care|emergency room)\b|\b(a mole|lump|headaches?|migraines?|cough\w*|sore throat|sprain\w*|nausea|dizz\w+)\b[^.?!\n]{0,80}\b(worried|normal|should i|serious|dangerous|ok|okay|safe|go away|lasted|won'?t|keeps?)\b|\b(should i|worried|is it (?:normal|serious|dangerous|bad))\b[^.?!\n]{0,60}\b(a mole|lump|headaches?|migraines?|cough\w*|sore throat|sprain\w*|nausea|dizz\w+)\b/;
// A pet that is unwell, may have eaten something harmful, or does something the owner wonders about ("is it normal for
// my cat to sleep 18 hours a day?").
const PET_ADVICE = /\b(is (?:it|this|that) normal|normal for|pee\w*|urinat\w*|outside the litter ?box|should i (?:be )?(?:worried|concerned)|sick|ill|vomit\w*|throw(?:s|ing)? up|diarrh\w+|limp\w*|scratch\w*|lick\w*|stopped eating|won'?t eat|not eating|lethargic|bleed\w*|(?:ate|eats|eaten|swallowed|swallows) (?:a |an |some |the )?(?:chocolate|grapes?|raisins?|onions?|garlic|xylitol|gum|sock|bones?)|ate (?:a|some|the)|safe (?:for|to)|toxic|poison\w*|worried|vet)\b/;
const LEGAL_ADVICE = /\b(landlord|(?:parking|speeding|traffic) (?:ticket|fine)|appeal\w*|contest(?:ing)? (?:it|the|a|my)|(?<!-)tenant|deposit|evict\w*|sue|lawsuit|refund|fired|dismiss\w*|(?<!(?:smart|api|data|service|interface|code) )contract|lease|my rights|small claims|custody|divorce|inherit\w*|legally)\b/;

/** Health, legal and pet-health advice depends on the asker's situation and can hurt when wrong: options and limits, not bold ideas. */
export function isCarefulDomain(ctx: TechniqueContext): boolean {
  const d = ctx.features.domain;
  if (d !== 'health' && d !== 'legal' && d !== 'pet care') return false;
  const ask = ctx.lower.slice(0, 600);
  if (!PERSONAL.test(ask) || LEARNING.test(ask)) return false;
  // "I'm a pharmacist. How do I explain to a customer…": a question about the asker's work, not their own health.
  if (askerTrade(ctx) !== null) return false;
  // "A good way to tell my landlord the heater is broken without sounding rude" asks for words, not for the law.
  if (sub(ctx, 'approach') && !LEGAL_RIGHTS.test(ask) && !HEALTH_ADVICE.test(ask)) return false;
  if (!(d === 'health' ? HEALTH_ADVICE : d === 'legal' ? LEGAL_ADVICE : PET_ADVICE).test(ask)) return false;
  // Choosing between a landlord's two lease terms is a money decision; "can they keep my deposit?" is a legal one.
  return d !== 'legal' || !isDecisionAsk(ctx) || LEGAL_RIGHTS.test(ask);
}

/**
 * "My landlord hasn't returned my deposit after 45 days. What are my options in Texas?": a legal problem where the
 * asker wants the ways forward, in the order to try them, not an explanation of the law. A health or pet problem
 * ("my dog ate a grape, what should I do") may be urgent, so it keeps the answer-first layout.
 */
export const asksCarefulOptions = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  ctx.features.domain === 'legal' &&
  isCarefulDomain(ctx) &&
  openQaKind(ctx) === null &&
  !isWellbeing(ctx) &&
  /\bwhat (?:are|r) my (?:options|choices|rights)\b|\bwhat (?:can|should) i do\b|\bwhat do i do\b|\bwhat (?:are|is) (?:the|my) next steps?\b|\bhow (?:do|can|should|would) i (?:contest|appeal|dispute|fight|challenge|get out of|get back|recover)\b/.test(ctx.lower.slice(0, 400));

/** What makes a choice a legal question: rights, legality, penalties, disputes. */
const LEGAL_RIGHTS = /\b(appeal\w*|legal(?:ly)?|illegal|lawful|rights?|allowed to|sue|lawsuit|evict\w*|deposit|refund|fired|dismiss\w*|break(?:ing)? (?:the|my|our) lease|penalt\w+|small claims|custody|divorce|inherit\w*|lawyer|attorney|court)\b/;

/**
 * A one-liner for the shell (Bash, PowerShell, or no language named) is a command typed at a prompt; in Python or
 * JavaScript it is one line of code, where quoting and previews do not apply.
 */
export const isShellOneLiner = (ctx: TechniqueContext): boolean => {
  const lang = ctx.features.codeLanguage;
  return lang === 'Bash' || lang === 'PowerShell' || (!lang && !/\b(python|javascript|js|ruby|perl|sql|excel|sheets)\b/.test(ctx.lower));
};

/**
 * Naming an animal ("what should I name my golden retriever puppy"): a name called out daily, not a brand. Names for
 * a dog-walking business or a cat café are brand names, however many animals the request mentions.
 */
export const isPetName = (ctx: TechniqueContext): boolean =>
  sub(ctx, 'names') !== null &&
  !/\b(business|company|shop|store|brand|service|startup|salon|caf[eé]|clinic|daycare|podcast|channel|blog|charity|app|website|account|product|club)\b/.test(ctx.lower) &&
  /\b(dog|puppy|pup|cat|kitten|pet|hamster|rabbit|bunny|parrot|bird|horse|pony|fish|goldfish|tortoise|turtle|guinea pig|ferret|retriever|labrador|poodle|terrier|spaniel|shepherd)\b/.test(ctx.lower);

/**
 * "I have chicken thighs, rice, spinach and a lemon. What can I make tonight?": a few dishes from what is in the kitchen,
 * with one of them written out, not ten creative concepts.
 */
export const isCookFromWhatIHave = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') &&
  ctx.features.words <= 80 &&
  /\bwhat (can|could|should) (i|we) (make|cook|bake)\b|\b(recipes?|dinner|lunch|breakfast|meal|supper) (ideas? )?(with|using|from)\b|\buse up\b/.test(ctx.lower) &&
  /\b(cook|bake|recipes?|dinner|lunch|breakfast|supper|meals?|tonight|eat|chicken|beef|pork|tofu|fish|salmon|shrimp|rice|pasta|noodles|eggs?|potato(es)?|beans|lentils|chickpeas|spinach|tomato(es)?|onions?|cheese|flour|leftovers?|fridge|pantry)\b/.test(ctx.lower);

/** Naming something in code ("what should I name my variable that holds the retries left"): read by developers, not customers. */
export const isIdentifierName = (ctx: TechniqueContext): boolean =>
  sub(ctx, 'names') !== null &&
  /\b(variables?|functions?|methods?|class(es)?|constants?|fields?|columns?|tables?|propert(y|ies)|parameters?|params?|arguments?|enums?|structs?|interfaces?|booleans?|flags?|env(ironment)? var(iable)?s?|css class|hooks?|components?|endpoints?|branch(es)?)\b/.test(ctx.lower.slice(0, 300));

/**
 * A one-fact question ("What's the capital of Australia?", "Who wrote Dune?", "How many ounces in a pound?"): it wants
 * the fact, not an essay. Short, and not a why, how-does, comparison or advice question.
 */
export const isFactoid = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  ctx.features.isQuestion &&
  ctx.features.words <= 12 &&
  FACTOID.test(ctx.lower) &&
  !(ctx.features.numbers > 0 && BODY_FIGURE.test(ctx.lower)) &&
  // "How much sugar is too much?" has no one-line answer: it depends on who is asking.
  !asksHealthEffect(ctx.lower, ctx.features) &&
  !COOK_TIME.test(ctx.lower.slice(0, 200)) &&
  !/\b(why|explain|how (does|do|did|can|could|should|would|to)|difference|compare|vs|better|best|should|pros|cons|mean|meaning|happen|if)\b/.test(ctx.lower);
const FACTOID =
  /^\s*(?:(?:what|what's|whats)(?:'s| is| was| are)? the (?:capital|population|currency|height|length|area|distance|boiling point|melting point|speed|date|year|name|time zone|area code|official language|largest|smallest|tallest|longest|highest|deepest|oldest|first|chemical symbol|atomic number|square root|freezing point)\b|who (?:wrote|invented|painted|discovered|won|directed|founded|composed|is the (?:ceo|president|author|founder))\b|when (?:is|was|did|does)\b|where (?:is|was|are)\b|how (?:many|much|tall|old|far|long|big|high|deep)\b)/;

export type OpenQaKind = 'diagnose' | 'approach' | 'decision' | 'difference' | 'list' | 'steps' | 'app' | 'mishap' | 'process';
/**
 * What kind of answer a general question wants: a diagnosis of something going wrong, words for a conversation the
 * asker has to have, or a list ("list the main causes of World War 1"); null for an ordinary question.
 */
export const openQaKind = perContext((ctx: TechniqueContext): OpenQaKind | null => (ctx.taskType === 'open_qa' ? findOpenQaKind(ctx) : null));
function findOpenQaKind(ctx: TechniqueContext): OpenQaKind | null {
  const kind = sub(ctx, 'approach', 'diagnose') as 'approach' | 'diagnose' | null;
  if (kind) return kind;
  // Health, legal and pet mishaps ("what should I do if my dog eats chocolate") keep their careful answers.
  // (By domain, not isCarefulDomain, which asks back here through isDecisionAsk.)
  if (MISHAP.test(ctx.lower.slice(0, 200)) && !CAREFUL_DOMAINS.has(ctx.features.domain ?? '')) return 'mishap';
  if (isProcess(ctx)) return 'process';
  // "Is it worth paying off my 4% mortgage early or should I invest?", "Should we rewrite our monolith in Go or keep
  // it?": the asker wants a choice made for their situation, not an explanation of the subject.
  if (decisionShaped(ctx)) return 'decision';
  // "What's the difference between a Roth IRA and a traditional IRA?": two things side by side, not one explanation.
  // A second question ("…, and why don't antibiotics work on viruses?") needs its own answer, so the usual layout stays.
  const head = ctx.lower.slice(0, 200);
  if (/\bdifferences? between\b|\bhow (?:is|are|does|do) [^?\n]{2,40} differ (?:from|in)\b/.test(head) && !/\b(?:and|also|plus) (?:why|how|what|which|when|where|whether)\b|\?[^?]+\?/.test(head))
    return 'difference';
  if (appHowTo(ctx)) return 'app';
  if (ctx.features.words <= 40 && HANDS_ON_TASK.test(head) && !ctx.features.codeLanguage && ctx.features.libraries.length === 0 && !SCREEN_THINGS.test(head)) return 'steps';
  return !ctx.features.isQuestion && /^\s*(please |can you |could you )?(list|name|outline|enumerate|give (me )?(a list of|the (main|key|major)))\b/.test(ctx.lower) ? 'list' : null;
}

/**
 * A question about programming that the classifier filed as open_qa ("When should I use a dataclass?", "what does
 * async/await do under the hood?"): an engineer answers it, for a developer.
 */
const PROGRAMMING_TERMS = /\b(npm|pip|yarn|webpack|compiler|runtime|dataclass(?:es)?|async\/await|git|docker|kubernetes|apis?|restful|http (?:methods?|requests?|status(?: codes?)?)|frontend|backend|netlify|vercel|heroku|localhost|stack ?trace|null pointer|segfault|programming|codebase|web apps?|cap theorem|distributed (?:systems?|databases?)|eventual(?:ly)? consisten\w*|sharding|raft|paxos|microservices|message queues?|kafka)\b/;
/** Algorithms and their costs ("why is quicksort's worst case O(n^2)?"): true in any language and any version. */
// A bare "algorithm" is as often a model or a feed ("the DNN algorithm", "an algorithm to classify datasets").
const ALGORITHM_TERMS = /\b(?:(?:sorting|search|searching|graph|greedy|recursive|shortest[- ]path) algorithms?|(?:time|space) complexity|big[- ]o|quick ?sort|merge ?sort|heap ?sort|binary search|hash ?(?:table|map)s?|linked lists?|recursion|data structures?|dynamic programming|o\((?:n|log n|1)\b)/;
export const isAlgorithmQuestion = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'open_qa' || (ctx.taskType === 'code' && codeMode(ctx) === 'concept')) && ALGORITHM_TERMS.test(ctx.lower.slice(0, 300));
// Names that are also plain words ("Taylor Swift", "HCl", "a flask", "requests") say nothing in prose on their own.
const PLAIN_LANGUAGES = new Set(['Python', 'JavaScript', 'TypeScript', 'C++', 'C#', 'Kotlin', 'PHP', 'SQL']);
const PLAIN_LIBRARIES = /^(pandas|numpy|scipy|matplotlib|seaborn|scikit-learn|sklearn|pytorch|tensorflow|keras|django|fastapi|nestjs|laravel|jquery|next\.js|svelte)$/;
export const isProgrammingQuestion = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  !isJobMatch(ctx) &&
  (PLAIN_LANGUAGES.has(ctx.features.codeLanguage ?? '') || ctx.features.libraries.some((l) => PLAIN_LIBRARIES.test(l.toLowerCase())) || PROGRAMMING_TERMS.test(ctx.lower.slice(0, 300)) || ALGORITHM_TERMS.test(ctx.lower.slice(0, 300)));

/** "Based on this job description, what skills should I highlight in my resume?": the posting read for the applicant. */
export const isJobMatch = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && /\b(?:resume|cv)\b/.test(ctx.lower.slice(0, 300)) && /\bjob (?:description|posting|ad|listing)\b|\bthis (?:role|position|job)\b/.test(ctx.lower.slice(0, 300));

/**
 * "How do I convert a Word document to PDF on a Mac?", "…find duplicates. How do I do it in Google Sheets?": something
 * done in an everyday app or device, by menus and buttons. Returns the app as named.
 */
const EVERYDAY_APP =
  /\b(google sheets|google docs|google drive|google calendar|google maps|microsoft word|word documents?|excel|powerpoint|outlook|gmail|onedrive|dropbox|icloud|macbook|macos|mac|windows(?: 1[01])?|iphone|ipad|android|chrome|safari|firefox|zoom|slack|microsoft teams|notion|whatsapp|instagram|facebook|photoshop|canva|spotify|airpods|kindle)\b/;
const EVERYDAY_APP_TYPED = new RegExp(EVERYDAY_APP.source, 'i');
const APP_HOWTO = /(?:^|[.!?]\s+)(?:so |ok )?(?:how (?:do|can|would|should) (?:i|you|we)|how to|what(?:'s| is) the (?:best|easiest|fastest|quickest) way to|is there a way to)\b/;
export function appHowTo(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'open_qa' || ctx.features.hasCode || ctx.features.words > 60) return null;
  const head = ctx.lower.slice(0, 300);
  if (!APP_HOWTO.test(head)) return null;
  if (!EVERYDAY_APP.test(head)) return null;
  // The user's own spelling ("Google Sheets", "macOS"), found case-insensitively in the text as typed.
  const app = EVERYDAY_APP_TYPED.exec(ctx.userText.slice(0, 300))?.[1] ?? EVERYDAY_APP.exec(head)?.[1] ?? '';
  return app.replace(/^word documents?$/i, 'Word');
}

/**
 * "How do I make cold brew coffee at home?", "what's the healthiest way to cook broccoli": a recipe or a cooking method
 * for a home kitchen. Cooking times and temperatures have their own answer (isCookingTime).
 */
const HOME_RECIPE =
  /^\s*(?:so |ok )?(?:how (?:do|can|should|would) (?:i|you|we) (?:make|cook|bake|brew|prepare|roast|steam|grill)|how to (?:make|cook|bake|brew)|what(?:'s| is) the (?:best|healthiest|easiest|quickest|simplest|right) way to (?:make|cook|bake|brew|prepare|roast|steam|grill))\s+(?:a |an |the |some |my own |homemade |perfect |really good |good |crispy |fluffy )?(?:[\w'-]+ ){0,3}?(?:coffee|cold brew|espresso|latte|tea|chai|lemonade|smoothies?|bread|sourdough|pizza|pasta|rice|quinoa|oatmeal|porridge|eggs?|omelet(?:te)?|pancakes?|waffles?|cookies|cake|brownies|muffins|pie|yog(?:h)?urt|granola|hummus|guacamole|salsa|soup|stock|broth|curry|chili|stew|risotto|sauce|gravy|dressing|mayo(?:nnaise)?|jam|pickles|kimchi|kombucha|ice cream|butter|ghee|tortillas|bagels|ramen|noodles|dumplings|steak|chicken(?: breasts?| thighs?| wings)?|salmon|fish|shrimp|tofu|broccoli|potatoes|fries|vegetables|veggies|beans|lentils|popcorn|caramel|fudge|bacon|burgers?|meatballs|tacos|sushi)\b/;
export const isHomeRecipe = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && !isCookingTime(ctx) && HOME_RECIPE.test(ctx.lower.slice(0, 200));
/** The asker wants the one method they should use ("healthiest way to cook broccoli"), not a recipe. */
export const asksCookMethod = (ctx: TechniqueContext): boolean => /\bway to\b/.test(ctx.lower.slice(0, 120));

/** "My kid is being bullied at school, what should I do?": a parent who has to act well, with the school, in order. */
export const isChildBullied = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') &&
  /bull|picked on|teased|excluded|left out|harass/.test(ctx.lower) &&
  MY_CHILD.test(ctx.lower.slice(0, 300)) &&
  /\b(?:(?:being|is being|gets|getting|got|was|been) (?:bullied|picked on|teased|excluded|left out|harassed)|bully(?:ing)?|bullies)\b/.test(ctx.lower.slice(0, 300));

/**
 * "My neighbor's dog barks all night, how do I handle it?": a dispute with a neighbour, settled in steps that start
 * friendly and end with a formal complaint.
 */
export const isNeighbourProblem = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  ctx.lower.includes('neighbo') &&
  /\bneighbou?rs?(?:'s?)?\b/.test(ctx.lower.slice(0, 200)) &&
  /\b(?:bark\w*|nois\w*|loud|music|part(?:y|ies)|parking|parks?|blocks?|fence|tree|hedge|smok\w*|garbage|trash|rubbish|stomp\w*|yell\w*|screaming)\b/.test(ctx.lower.slice(0, 200)) &&
  /\b(?:how (?:do|should|can|would) (?:i|we)|what (?:can|should|do) (?:i|we) do|any (?:tips|advice)|advice)\b/.test(ctx.lower.slice(0, 300)) &&
  !sub(ctx, 'approach');

/**
 * "What are the best houseplants for low light?": real plants (or breeds) that fit the conditions, with their care,
 * not an essay on light.
 */
const LIVING_PICK =
  /^\s*(?:what(?:'s| is| are)?|which|any|can you (?:recommend|suggest)|recommend|suggest)\s+(?:(?:are|is) )?(?:(?:the|some|a few|good) )?(?:best|good|easy|easiest|hardiest|low[- ]maintenance|hard to kill|pet[- ]safe|\d+)\s+(?:(?!(?:for|way|to|of)\b)[\w'-]+ ){0,3}?(houseplants?|indoor plants?|plants|flowers|herbs|vegetables|shrubs|trees|succulents|(?:dog|cat) breeds|breeds)\b/;
// "I'm a beginner, what houseplants are hard to kill": the question after a word about the asker. ("What plants are
// safe for cats" is a question of toxicity, for the vet.)
const LIVING_PICK_LATE =
  /\b(?:what|which) (houseplants?|indoor plants?|plants|flowers|herbs|succulents|(?:dog|cat) breeds|breeds) (?:are|is) (?:the )?(?:best|easiest|hardest to kill|hard to kill|easy|low[- ]maintenance|good)\b/;
export function livingPick(ctx: TechniqueContext): 'plant' | 'breed' | null {
  if (ctx.taskType !== 'open_qa' && ctx.taskType !== 'brainstorming') return null;
  const m = LIVING_PICK.exec(ctx.lower.slice(0, 200)) ?? LIVING_PICK_LATE.exec(ctx.lower.slice(0, 200));
  if (!m?.[1]) return null;
  return /breeds/.test(m[1]) ? 'breed' : 'plant';
}

/** "My boss keeps taking credit for my work, what should I do?": a situation at work to handle in steps. */
/**
 * "I'm a PM and engineering says 3 sprints, but sales promised it next month. Help me figure out what to do": a lead
 * caught between commitments, who needs options with their costs and the words for the hard conversation.
 */
const LEAD_ROLE =
  /\b(?:i'?m|i am|as) (?:an? |the )?(?:new |first-time |newly promoted |junior |senior )?(?:pm|product manager|project manager|program manager|engineering manager|eng manager|team lead|tech lead|scrum master|product owner|manager|director|founder|co-?founder|ceo|cto)\b|\bi (?:manage|lead|run|supervise) (?:an? (?:small |[\w-]+ )?team|\d+|two|three|four|five|six|seven|eight|nine|ten)\b|\bmy team (?:keeps?|is|has been|always|never|constantly)\b/;
export const isLeadDilemma = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  !sub(ctx, 'approach') &&
  LEAD_ROLE.test(ctx.lower.slice(0, 300)) &&
  /\b(?:what (?:to|should i|do i|can i) do|how (?:do|should|can) i (?:handle|deal with|navigate|manage|fix|solve|address) (?:this|it|that|the situation)|help me (?:figure out|work out|decide|handle|navigate|think through))\b/.test(ctx.lower.slice(0, 400));
/**
 * "How do I structure a 1:1 with a direct report who is burned out?", "my team's velocity dropped… how do I find out
 * without making people defensive?": a manager looking after their own people, who needs to find out before acting.
 */
const MY_PEOPLE = /\b(?:direct reports?|my reports|one of my (?:engineers|reports|employees|staff|designers|developers|team members|nurses|agents|baristas|cashiers|servers|cooks|drivers|techs)|my team(?:'s)?|my (?:engineers|employees|staff|designers|developers|new hire))\b|^\s*(?:i (?:manage|run|own|supervise) an? [\w -]{2,30}?[.,;:]\s*)?how (?:do|should|can) i (?:handle|deal with|manage|talk to|approach) (?:an|my|one) (?:employee|staff member|worker|team member|barista|cashier|server|cook|driver)\b/;
export const isPeopleManagement = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  !sub(ctx, 'approach') &&
  !isLeadDilemma(ctx) &&
  MY_PEOPLE.test(ctx.lower.slice(0, 300)) &&
  /\b(?:burn(?:ed|t)? ?out|burnout|morale|disengaged|checked out|velocity|underperform\w*|struggling|conflict|clash\w*|quiet(?:ly)? quit\w*|missing deadlines|defensive|1:1|one-on-one|(?:always|often|keeps? (?:being|showing up)|constantly|chronically) (?:\d+ minutes )?late|late (?:again|every)|tardy|no-?shows?|calls? out|attitude)\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:how (?:do|should|can|would) i|what(?:'s| is) a good way to|how to|what might|what could|what should i)\b/.test(ctx.lower.slice(0, 300));
export const isWorkTrouble = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && ctx.lower.includes('my ') && WORK_TROUBLE.test(ctx.lower.slice(0, 300)) && !sub(ctx, 'approach');

/** "20 baby girl names that start with A": real names with origin and meaning, for a lifetime. */
export const isBabyNames = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') &&
  ctx.lower.includes('name') &&
  /\bbaby (?:girl |boy )?names\b|\bnames for (?:a |my |our )?(?:baby|daughter|son|newborn|twins)\b|\b(?:girl|boy)(?:'s)? names\b|\bname (?:my|our) (?:baby|daughter|son|newborn)\b/.test(ctx.lower.slice(0, 200)) &&
  // "girl names for characters in my fantasy novel" are invented for a story, not given for a lifetime; "girl names
  // from books for my daughter" are still for her.
  (/\b(?:baby|daughter|son|newborn|twins|pregnant|expecting)\b/.test(ctx.lower.slice(0, 200)) ||
    !/\b(?:characters?|novel|story|stories|fantasy|sci-fi|game|campaign|d&d|dnd|npcs?|villains?|heroine|pets?|dogs?|cats?|puppy|kitten)\b/.test(ctx.lower.slice(0, 200)));

/** "What questions should I ask my doctor about high blood pressure?": questions for a short appointment. */
export const isDoctorQuestions = (ctx: TechniqueContext): boolean =>
  ctx.lower.includes('question') &&
  /\bquestions? (?:should|to|can|could|do) (?:i )?(?:ask|bring to) (?:my|the|a|our) (?:doctor|gp|surgeon|dentist|vet|oncologist|cardiologist|specialist|midwife|obgyn|ob-gyn|pharmacist|nurse|therapist|pediatrician|paediatrician|dermatologist)\b/.test(ctx.lower.slice(0, 200));

/** "What wine goes with salmon?": a drink pairing, by grape or style, with why it works (a sommelier's job, not a side dish's). */
export const isPairing = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && ctx.lower.includes(' with') && /\b(?:what|which) (?:kind of |type of )?(?:wines?|beers?|drinks?|cocktails?)\b[^?\n]{0,15}\b(?:goes?|go|pairs?|works?) (?:well |best )?with\b|\b(?:wine|beer|food) pairings? (?:for|with)\b|\b(?:wines?|beers?|drinks?|cocktails?) (?:under \$?\d+ )?to (?:pair|go|serve) with\b/.test(ctx.lower.slice(0, 200));

/** "How do I write a good thesis statement?": a piece of writing taught, with examples from weak to strong. */
export const WRITING_HOWTO =
  /^\s*(?:so |ok )?how (?:do|can|should) (?:i|you|we|one) write (?:a |an |the |my )?(?:good |strong |great |better |compelling |effective |clear |catchy |solid )?(thesis statements?|topic sentences?|hooks?|introductions?|intros?|conclusions?|abstracts?|essays?|paragraphs?|personal statements?|research questions?|literature reviews?|lab reports?|headlines?|bios?|cover letters?|resume summar(?:y|ies)|user stories|commit messages|test cases)\b/;
export const writingHowTo = (ctx: TechniqueContext): string | null => (ctx.taskType === 'open_qa' ? (WRITING_HOWTO.exec(ctx.lower.slice(0, 200))?.[1] ?? null) : null);

/** "What's the difference between who and whom": English usage, settled by a rule and a quick test. */
// The word or mark is only the subject when it stands alone: "how do I use that feature" and "when should I use which
// database" are not about "that" or "which". So a pair ("who and whom") or the word ending the question.
const CONFUSABLE =
  String.raw`["“']?(?:who|whom|affect|effect|less|fewer|lay|lie|its|it's|then|than|i\.e\.?|e\.g\.?|farther|further|that|which|who's|whose|your|you're|their|there|they're|compliment|complement|principal|principle|ensure|insure|assure|among|between|may|might|can|could|lose|loose|advice|advise|into|in to|onto|on to|everyday|every day|awhile|a while|semicolons?|colons?|em dash(?:es)?|dashes|hyphens?|commas?|apostrophes?)["”']?`;
const PAIR = String.raw`${CONFUSABLE} (?:and|vs\.?|versus|or) (?:an? |the )?${CONFUSABLE}`;
const CONFUSABLES = new RegExp(
  String.raw`\bdifference between (?:an? |the )?${PAIR}|\b(?:when|how) (?:do|should|can|would) (?:i|you|we|one) (?:correctly |properly )?use (?:an? |the )?(?:${PAIR}|${CONFUSABLE})(?: correctly| properly| in a sentence)?\s*(?:\?|$)`,
);
export const isUsageQuestion = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && /between|\buse/.test(ctx.lower) && CONFUSABLES.test(ctx.lower.slice(0, 200)) && !ctx.features.codeLanguage;

/**
 * "What are the steps to start an LLC in Texas?", "how do I renew my passport": an official process, done in order,
 * with offices, fees and waiting times.
 */
const PROCESS =
  /^\s*(?:so |ok )?(?:what are the steps (?:to|for|in)|what(?:'s| is) the process (?:to|for|of)|how (?:do|can|would) (?:i|we|you) (?:go about )?(?:apply(?:ing)? for (?:a|an|my)|register (?:a|an|my|for)|renew (?:a|an|my)|start (?:an? )?(?:llc|nonprofit|sole proprietorship|corporation|s-corp)|form (?:an? )?(?:llc|company|corporation|nonprofit)|get (?:a|an|my) (?:passport|visa|green card|work permit|driver'?s licen[cs]e|ein|tax id|marriage licen[cs]e|birth certificate|social security card|real id)|file (?:for )?(?:a |an |my )?(?:taxes|tax return|bankruptcy|trademark|patent|small claims|police report)|change my (?:name|address)))\b/;
export const isProcess = (ctx: TechniqueContext): boolean => PROCESS.test(ctx.lower.slice(0, 200));

/** "What time should I schedule a meeting for people in New York, London and Tokyo?": one overlap across time zones. */
export const isTimeZoneMeeting = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && TIME_ZONE_MEETING.test(ctx.lower.slice(0, 300));
/** Times to convert between zones: the offsets depend on the date, through daylight saving. */
export const isTimeConversion = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && TIME_CONVERT.test(ctx.lower.slice(0, 300));

/** "What should I write in a sympathy card for a coworker": a few lines that fit a card, not a letter. */
export const cardKind = (ctx: TechniqueContext): string | null =>
  !ctx.lower.includes(' card') ? null : /\b(sympathy|condolence|birthday|get[- ]well|wedding|anniversary|retirement|thank[- ]you|graduation|christmas|holiday|farewell|leaving|baby shower|congratulations?|greeting) card\b/.exec(ctx.lower.slice(0, 200))?.[1] ?? null;

/** "What's the etiquette for splitting the bill at a group dinner?": manners, whatever the setting. */
export const isEtiquette = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && /etiquette|is it |manners/.test(ctx.lower) && /\betiquette\b|\bis it (?:rude|impolite|polite|bad manners|tacky) (?:to|if|not to)\b|\bproper manners\b/.test(ctx.lower.slice(0, 200));

/** "Good conversation topics for a first date": things to talk about, with a question to open each. */
export const isDateTalk = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && ctx.lower.includes('dat') && /\b(?:conversation topics|things to talk about|topics to talk about)\b[^?\n]{0,30}\b(?:first date|a date|dates|dating)\b/.test(ctx.lower.slice(0, 200));

/** "10 girl names for characters in my fantasy novel": names for a story's world, not for a baby or a brand. */
/** "I need a title for my thesis about remote work and mentorship": a title must say what the work is about. */
export const isWorkTitle = (ctx: TechniqueContext): boolean =>
  sub(ctx, 'names') !== null &&
  /\btitles? (?:ideas? )?(?:for|of) (?:my|our|a|an|the|this) (?:[\w-]+ )?(?:thesis|dissertation|paper|essay|article|talk|presentation|research|report|chapter|blog post|book|poster|capstone)\b|\b(?:thesis|dissertation|paper|essay|article|talk|presentation|report|chapter|blog post|book|poster|capstone) titles?\b/.test(ctx.lower.slice(0, 200));
export const isCharacterNames = (ctx: TechniqueContext): boolean =>
  sub(ctx, 'names') !== null &&
  /\bcharacters?\b|\bnpcs?\b|\b(?:villain|hero|heroine|protagonist|antagonist)s?\b|\b(?:fantasy|sci-fi|science fiction) (?:novel|story|book|world|kingdom|race|city|planet)s?\b/.test(ctx.lower.slice(0, 200));

/**
 * "What does "per my last email" actually mean?": a word or phrase as people use it, with its tone. Returns the phrase.
 * Error codes and identifiers ("ECONNREFUSED", "__init__") are programming questions.
 */
const PHRASE_MEANING =
  /^\s*(?:so |ok )?(?:what (?:does|do|did) (?:the (?:phrase|expression|idiom|saying|word|term) )?["“'](?<a>[^"”\n]{2,60}?)["”'] (?:actually |really |even |mean when [^?\n]{0,40} say |mean when )?mean|what(?:'s| is) the meaning of (?:the (?:phrase|expression|idiom|saying|word|term) )?["“'](?<b>[^"”\n]{2,60}?)["”'])/;
export function phraseMeaning(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'open_qa' || ctx.features.codeLanguage || !ctx.lower.includes('mean') || isProgrammingQuestion(ctx)) return null;
  const head = ctx.lower.slice(0, 200);
  const m = PHRASE_MEANING.exec(head);
  const phrase = m?.groups?.['a'] ?? m?.groups?.['b'];
  if (!phrase || /[_\\/<>{}()=;]|\d{2}/.test(phrase)) return null;
  // A term of art ("what does "ex-dividend date" mean and why does the price drop") is the subject's own question;
  // a phrase is marked as one, asked about as people use it, or said by someone.
  if (/\?[^?]+\?|\b(?:and|also|plus) (?:why|how|what|when|where|which|whether|is|are|does|do)\b/.test(head)) return null;
  return /\b(?:phrase|expression|idiom|saying|slang|word)\b|\b(?:actually|really|even) mean\b|\bsays?\b|\bsaid\b|\bin (?:a |an )?(?:text|texting|email|e-mail|message|chat|the south|british|american|australian|gen z|internet)\b/.test(head) ? phrase : null;
}

/** "Explain the rules of pickleball to a beginner", "how do you play mahjong": a first game's worth of rules, in play order. */
const GAME_RULES =
  /\b(?:(?:the )?rules (?:of|for)|how (?:do you|do i|do we|to|does one) play|how (?:does|do) (?:the )?scoring work in|teach me (?:the basics of|how to play)|the basics of)(?: the game(?: of)?| a game of)? (pickleball|tennis|table tennis|ping[- ]pong|padel|badminton|squash|cricket|baseball|softball|american football|football|soccer|rugby|basketball|netball|volleyball|ice hockey|hockey|lacrosse|handball|golf|curling|bowling|snooker|pool|darts|cornhole|bocce|croquet|poker|texas hold'?em|blackjack|bridge|euchre|cribbage|rummy|gin rummy|canasta|hearts|spades|uno|chess|checkers|draughts|backgammon|go fish|crazy eights|go|mahjong|mah[- ]jong|dominoes|scrabble|monopoly|catan|settlers of catan|risk|cluedo|clue|bananagrams|yahtzee|shogi|xiangqi|ultimate frisbee|dodgeball|kickball)\b(?=\s*(?:$|[?.!,;:]|(?:to|for|in|with|like|so|and|as|please)\b))/;
export function gameRules(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'open_qa' || !/rules|play|scoring|basics/.test(ctx.lower)) return null;
  // "How do I play poker better", "how to play pool like a pro" ask for strategy, not the rules.
  if (/\b(?:better|like a pro|well|strateg\w*|tips|tricks|win|winning|improve|advanced)\b/.test(ctx.lower.slice(0, 200))) return null;
  return GAME_RULES.exec(ctx.lower.slice(0, 200))?.[1] ?? null;
}

/** "A 2-minute elevator pitch for my app": the problem, the product and one ask, said aloud. */
export const isPitch = (ctx: TechniqueContext): boolean => ctx.lower.includes('pitch') && /\belevator pitch(?:es)?\b|\bpitch (?:for|of) (?:my|our) (?:app|startup|business|company|product|idea|service)\b/.test(ctx.lower.slice(0, 200));

// Mishaps in these fields (MISHAP, in analyze.ts) keep their careful answers.
const CAREFUL_DOMAINS = new Set(['health', 'legal', 'pet care']);

/** A job on a bicycle ("change a bike tire"): done with a pump, tyre levers and a spare tube or patch kit. */
export const onBike = (ctx: TechniqueContext): boolean => /\b(?:bike|bicycle)\b/.test(ctx.lower.slice(0, 200));
/** A job on a car ("change a flat tire", "jump-start a car"): done with the car's own kit, not household supplies. */
export const onCar = (ctx: TechniqueContext): boolean =>
  /\b(?:car|cars|truck|van|suv|tyres?|tires?|wipers?|headlights?|jump[- ]start|motorbike|motorcycle)\b/.test(ctx.lower.slice(0, 200)) && !onBike(ctx);

/** Software and devices have their own settings and menus: "how do I reset my iPhone" is not a job for household supplies. */
const SCREEN_THINGS = /\b(code|error|bug|app|apps|software|computer|laptop|pc|phone|iphone|android|windows|mac|macos|linux|excel|sheets|word|website|browser|wi-?fi|router|printer|server|account|password|email|settings|file|files|folder|drive|database|git|cache)\b/;

/** "How do I get red wine out of a white carpet?", "best way to descale a kettle": a job done by hand, in steps. */
// Verbs that also have figurative uses ("sharpen my skills", "polish my resume", "hang out") only count with an object.
const HANDS_ON_TASK =
  /^\s*(?:(?:so |ok |quick question:? )?how (?:do|can) (?:i|you|we)|what(?:'s| is) the (?:best|easiest|safest) way to|(?:the )?best way to)\s+(?:get (?:[\w-]+ ){1,4}out of (?:a |the |my |your |our )?(?:[\w'-]+ )?(?:carpet|rug|shirt|t-shirt|clothes|jeans|fabric|couch|sofa|mattress|upholstery|wood|table|pan|pot|hair|car seat|cotton|silk|wool|linen|grout|tile|wall|dress|pillow)s?|remove (?:a |the |an )?(?:[\w-]+ ){0,2}(?:stains?|rust|mou?ld|limescale|grease|wax|gum|paint|scratch\w*|odou?rs?|smells?|screws?|bolts?|nuts?|wallpaper|stickers?|sticker residue|tiles?|grout|caulk)|get rid of (?:the |my |our |these |those )?(?:[\w-]+ ){0,2}?(?:fruit flies|flies|gnats|ants|mice|rats|cockroaches|roaches|bed ?bugs|fleas|moths|mou?ld|mildew|weeds|smells?|odou?rs?|limescale|rust|wasps|spiders|silverfish|slugs|aphids|stains?)|clean|unclog|unblock|descale|defrost|de-?ice|jump[- ]start|change (?:a|the|my) (?:bike |bicycle |car |spare )?(?:flat )?(?:tire|tyre|inner tube|chain|oil|filter|fuse|battery|bulb|washer)|fix (?:a|the|my) (?:leak\w*|leaky \w+|dripping \w+|running toilet|squeaky \w+|flat|hole|zipper|drawer|hinge)|repair (?:a|the|my)|wash (?:a|the|my)|iron (?:a|the|my)|sharpen (?:a|the|my) (?:knife|knives|kitchen knives|scissors|pencil|blade|chisel|axe|mower)|season (?:a|the|my)|repot|prune|propagate|patch (?:a|the) (?:hole|tire|tyre|wall|drywall|jeans)|hang (?:a|the|my)? ?(?:picture|pictures|shelf|shelves|curtains?|wallpaper|mirror)|bleed (?:a|the|my) radiators?|caulk|regrout|unshrink|whiten (?:a|the|my)? ?(?:grout|sneakers|shoes|sheets|shirts?)|store (?:fresh |leftover |cut |opened |homemade )?(?:[\w-]+ ){0,2}?(?:herbs|basil|cilantro|coriander|parsley|mint|bread|avocados?|bananas|berries|strawberries|lettuce|salad greens|onions?|potatoes|cheese|tomatoes|coffee beans|coffee|leftovers|cookies|mushrooms|ginger|garlic|celery|carrots|apples|eggs)|keep (?:[\w-]+ ){0,2}?(?:herbs|basil|cilantro|bread|avocados?|bananas|berries|lettuce|cut flowers|flowers) fresh|ripen (?:a |an |my |the )?(?:avocados?|bananas|tomatoes|peaches|mangoes|pears))\b/;

/** "How do I store fresh herbs?", "keep basil fresh", "ripen an avocado": food kept or ripened at home. */
export const isFoodKeeping = (ctx: TechniqueContext): boolean =>
  /\b(?:store|keep (?:[\w-]+ ){0,2}?fresh|ripen)\b/.test(ctx.lower.slice(0, 200)) && !/\bflowers\b/.test(ctx.lower.slice(0, 200)) && openQaKind(ctx) === 'steps';

/** "How can I tell if an egg is still fresh?": checks to do at home, quickest first, and when to throw it out. */
const FRESHNESS =
  /\bhow (?:can|do|would|could) (?:i|you|we) (?:tell|know|check) (?:if|whether|when) (?:an? |the |my |your |our )?(?:[\w-]+ ){0,2}?(?:is|are|has|have) (?:still )?(?:fresh|good|bad|off|gone (?:bad|off)|spoiled|spoilt|expired|rotten|safe to eat)\b/;
export const isFreshnessCheck = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && FRESHNESS.test(ctx.lower.slice(0, 200));

/** "How long should I boil an egg for a runny yolk?": a time to cook by, which depends on size and starting temperature. */
const COOK_TIME =
  /^\s*(?:so |ok )?how (?:long|many minutes) (?:should|do|does|to|can|must|would) (?:i |you |we )?(?:let (?:[\w-]+ ){1,3})?(?:boil|bake|cook|roast|grill|steam|fry|air[- ]?fry|microwave|poach|simmer|smoke|sous[- ]vide|rest|marinate|brine|proof|knead|soak)\b/;
/** "10 books like The Hunger Games", "need book recommendations": real titles to look up, not ideas. */
export const isTitleRecs = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') &&
  (/\b(?:books?|novels?|movies?|films?|shows?|series|podcasts?|video games?|games?|albums?|anime|manga)\s+(?:like|similar to|recommendations|recs)\b/.test(ctx.lower.slice(0, 200)) || TITLES_ON.test(ctx.lower.slice(0, 200)));
/** "Recommend 5 podcasts about history": titles on a subject, with no title named to match. */
const TITLES_ON =
  /^\s*(?:(?:i'?m|i am) an? [\w -]{2,30}?[.,;:]\s*)?(?:please |can you |could you )?(?:recommend|suggest)(?: me)? (?:\d+ |some |a few |a couple of |five |ten )?(?:good |great |fun |funny |interesting |must-read |must-watch )?(?:books|novels|graphic novels|comics|manga|movies|films|shows|tv shows|series|podcasts|documentaries|albums|picture books|chapter books)\b|^\s*(?:what are )?(?:the |some )?(?:best|good|great|must-read|must-watch) (?:\w+ )?(?:books|novels|movies|films|podcasts|documentaries|tv shows) (?:about|on|for|to)\b/;
/** "Books like The Hunger Games", "for someone who loved The Martian": a title to match. */
export const namesTitle = (ctx: TechniqueContext): boolean =>
  /\b(?:(?:books?|novels?|movies?|films?|shows?|series|podcasts?|games?|albums?|anime|manga|something|anything|more|recommendations|recs) (?:like|similar to)|i (?:loved|liked|enjoyed|really liked)|fans of|for (?:someone|somebody|people|fans|a fan) who (?:loved?|liked?|enjoyed?)|if (?:i|you|we) (?:liked|loved|enjoyed))\b/.test(ctx.lower.slice(0, 200));
/** "What order should I read the Sanderson books in?", "best order to watch the Marvel movies": real titles in sequence. */
const READING_ORDER =
  /\b(?:what|which|best|right|correct|recommended|good) order (?:should (?:i|we) |do (?:i|we) |to |(?:i|we) should )?(?:read|watch|play|listen to)\b|\b(?:reading|watch(?:ing)?|viewing) order\b|\bin (?:what|which) order (?:should (?:i|we) |do (?:i|we) |to )?(?:read|watch|play)\b/;
export const isReadingOrder = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') && READING_ORDER.test(ctx.lower.slice(0, 200));
/** "Is this email a phishing attempt?": a verdict that someone will act on, so the signs behind it matter. */
export const isScamCheck = (ctx: TechniqueContext): boolean => ctx.taskType === 'classification' && ctx.features.labels.some((l) => /^(?:phishing|scam|fake)$/i.test(l));
/** "What's the fastest way to thaw frozen chicken safely?": only the safe methods, with times, and what not to do. */
export const isThawing = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && /\b(?:thaw\w*|defrost\w*)\b/.test(ctx.lower.slice(0, 200));
// "What temperature should I cook a pork tenderloin to?": the same stove-side answer, led by the temperature.
export const COOK_TEMP = /^\s*(?:so |ok )?what (?:internal )?(?:temperature|temp) (?:should|do|does|to|must|can) (?:i |you |we )?(?:cook|bake|roast|grill|smoke|fry|reheat)\b|^\s*what (?:internal )?(?:temperature|temp) (?:is|should) (?:a |an |the )?[\w -]{2,30}? (?:be )?(?:done|safe|cooked)\b/;
export const isCookingTime = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && (COOK_TIME.test(ctx.lower.slice(0, 200)) || COOK_TEMP.test(ctx.lower.slice(0, 200)));

/** A should-I question between options, or whether something is worth it. */
// "I'm 30 with $10k in card debt and $5k saved. Should I use savings to pay it off?": facts first, then the choice.
const DECISION_ASK = /(?:^|[.!]\s+)\s*(?:(?:so|ok|okay|honestly|quick question)[,:]?\s+)?should (?:i|we)\b(?! (?:be )?(?:worried|concerned|scared|afraid|nervous|panic|worry))|\bdoes it make (?:more )?sense to\b|\bwhich (?:one |option )?makes (?:more )?sense\b|\bwhich (?:one )?should (?:i|we)\b|\b(?:(?<!\b(?:what|how|where|when|why|who) )should (?:i|we)|is it (?:better|smarter|wiser|cheaper) to|would it be (?:better|smarter|wiser|cheaper) to)\b[^?\n]{2,160}?\bor\b|\bis it worth\b|\bworth it\b|\bhelp (?:me|us) (?:decide|choose|pick)\b|(?<!\b(?:decide|deciding|choose|choosing) )\bwhich (?:one |offer |job |option )?to (?:take|accept|choose|pick|go with)\b/;

// "…Company B pays $105k fully remote. Help me decide.": a choice asked for without a question mark.
const HELP_DECIDE = /\bhelp (?:me|us) (?:decide|choose|pick|weigh|think (?:it |this )?through)\b/;

const decisionShaped = (ctx: TechniqueContext): boolean =>
  Boolean(sub(ctx, 'decide')) && DECISION_ASK.test(ctx.lower.slice(0, 300)) && !isProductPick(ctx) && !isCookFromWhatIHave(ctx);

/**
 * A choice put as a plain question ("Should I take the job with the higher salary or the remote one?", "Is a standing
 * desk worth it?"): the asker wants a recommendation for their situation. The classifier may call it open_qa or
 * analysis (LABELING.md files a choice between options under analysis), and the answer it needs is the same; an
 * analysis that asks for pros and cons, or works on supplied text, keeps its own layout.
 */
export const isDecisionAsk = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa'
    ? openQaKind(ctx) === 'decision'
    : // "Variant B got 312 of 6,100, control 270 of 6,050; should we roll it out?" rests on the test, read as one.
      ctx.taskType === 'analysis' && (ctx.features.isQuestion || HELP_DECIDE.test(ctx.lower.slice(0, 300))) && !ctx.features.hasSuppliedText && ctx.features.chars <= 400 && !sub(ctx, 'pros-cons', 'critique') && analysisKind(ctx) !== 'abtest' && decisionShaped(ctx);

/** "Explain compound interest with an example using $1000 at 5% for 10 years": the idea, then the example worked through. */
export const isWorkedExample = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && ctx.features.numbers >= 1 && WORKED_EXAMPLE.test(ctx.lower.slice(0, 300));

/**
 * "Icebreaker questions for a team meeting": questions a group answers in turn. Bare "icebreakers" may be games, and
 * a first date is no group.
 */
export const isIcebreakers = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  /\b(?:ice ?breaker|ice-breaker|get[- ]to[- ]know[- ](?:you )?|would you rather) questions\b/.test(ctx.lower.slice(0, 300)) &&
  !/\b(?:date|dating|crush|girlfriend|boyfriend|partner)\b/.test(ctx.lower.slice(0, 300));

/** "A list of 15 words to describe a good leader": words to use as written, picked for where they will be used. */
export const isWordList = (ctx: TechniqueContext): boolean => /^(?:words|adjectives|synonyms|verbs|phrases)$/.test(ctx.features.listNoun ?? '');
/** "List 20 words that rhyme with "light"": rhymes, judged by sound, where near rhymes are a different thing. */
export const isRhymeList = (ctx: TechniqueContext): boolean => isWordList(ctx) && /\brhym/.test(ctx.lower.slice(0, 200));

/**
 * "You are a support agent for an airline. A customer is angry their flight was cancelled. Respond to them": one reply
 * to a customer in a scene, not a bot's standing rules.
 */
export const isCustomerReply = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'roleplay' &&
  !ctx.features.interactive &&
  isBotSetup(ctx) &&
  !/\bsystem prompt\b|\brules?:/.test(ctx.lower) &&
  /\b(?:a|the|an (?:angry|upset|irate|annoyed|unhappy)) (?:customer|caller|guest|client|passenger|shopper)\b/.test(ctx.lower.slice(0, 400));

/** "5 ideas for a science fair project for 6th grade": experiments with a question to test, not models or posters. */
export const isScienceFair = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  ctx.lower.includes('science') &&
  /\bscience (?:fair )?(?:projects?|experiments?)\b|\bscience fair (?:project )?ideas?\b|\bideas? for (?:a |my |the )?science fair\b/.test(ctx.lower.slice(0, 200)) &&
  // "Science fair poster layout tips" is about presenting one, not choosing it.
  !/\b(?:poster|board|display|presentation|judg\w*|abstract|report)\b/.test(ctx.lower.slice(0, 200));

/** "Good side dishes for Thanksgiving", "desserts to bring to a potluck": dishes for a meal with others, made at home. */
export const isDishIdeas = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  /\b(?:side dishes|(?<!(?:both|two|either|opposing|all|other) )sides(?! of (?:the|an?) (?:argument|debate|issue|story|question))|desserts|appetizers|(?<!conversation )starters|canap[eé]s|finger foods?|potluck dishes|dishes to (?:bring|make|serve)|main (?:courses|dishes))\b/.test(ctx.lower.slice(0, 200)) &&
  !isQuickMealIdeas(ctx) &&
  !isCookFromWhatIHave(ctx) &&
  !/\b(?:restaurant|menu for (?:a|my|our) (?:cafe|café|restaurant)|business|names?)\b/.test(ctx.lower.slice(0, 200));

/** "Good side hustles for a teacher during summer break": ways to earn, judged on pay, start-up cost and time. */
export const isSideIncome = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && /\bside (?:hustles?|gigs?|income|jobs?|business(?:es)?)\b|\b(?:ways?|how) to (?:make|earn) (?:some )?(?:extra|more|passive) (?:money|cash|income)\b/.test(ctx.lower.slice(0, 300));

/** "What's the best time of year to visit Japan?": seasons weighed for a trip, not a one-line answer. */
export const isVisitTiming = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && VISIT_TIMING.test(ctx.lower.slice(0, 200));

/** "Is it safe to eat chicken that was left out overnight?": a food-safety rule, answered plainly. */
export const isFoodLeftOut = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  /\b(?:left out|sat out|sitting out|out overnight|out all night|unrefrigerated|(?:at|on) room temperature|out of the fridge)\b/.test(ctx.lower.slice(0, 200)) &&
  /\b(?:safe|ok|okay|still good|eat|eating|bad)\b/.test(ctx.lower.slice(0, 200));

/** "10 blog post ideas for a small bakery", "what should I post about on Instagram": pieces to publish, not plans. */
const CONTENT_IDEAS =
  /\b(?:blog(?: post)?|post|content|video|youtube video|tiktok|instagram(?: post)?|reel|newsletter|podcast episode|article|episode)s? (?:ideas|topics)\b|\bideas for (?:(?:a|my|our|the) )?(?:blog posts?|posts|content|videos|youtube videos|tiktoks|reels|newsletters?|podcast episodes|articles)\b|\bwhat (?:should|can|could) (?:i|we) (?:post|blog|write) about\b/;
export const isContentIdeas = (ctx: TechniqueContext): boolean => ctx.taskType === 'brainstorming' && CONTENT_IDEAS.test(ctx.lower.slice(0, 300));

/**
 * Tips for something the asker will do themselves ("any tips for staying awake on a long drive", "ways to save money
 * on groceries"): proven advice, most effective first, not ten bold ideas with a mix of risky ones.
 */
export const isTipsAsk = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  (/^\s*(?:any |some |got any |give me (?:some |a few )?)?(?:good |quick |practical |simple |easy )?tips\b|\btips (?:for|on|to)\b|^\s*(?:what are )?(?:some |the best |good |simple |easy |practical )?ways to (?:save|cut|reduce|lower|stay|keep|stop|get (?:better|rid)|improve|deal with|cope with|avoid|fall|sleep)\b|^\s*how (?:can|do|should) (?:i|we) (?:save|cut|reduce|lower|stay|keep|stop|get better|improve|avoid)\b/.test(ctx.lower.slice(0, 200)) ||
    // "I keep waking up at 3am and can't fall back asleep. Any tips?": the problem first, the ask at the end.
    /(?:^|[.!?,]\s+)(?:any|some|got any) (?:good |quick |practical )?(?:tips|advice)\??\s*$/.test(ctx.lower.slice(0, 400)));

/**
 * Changing careers ("I'm a nurse thinking of switching to UX design. Is it realistic at 38 and how would I start?"):
 * honest odds and a first route in, from someone who knows hiring, not an explanation of the new field.
 */
export const isCareerSwitch = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') &&
  /\b(switch(?:ing)? (?:careers? )?(?:to|into)|career (?:change|switch)|chang(?:e|ing) careers?|transition(?:ing)? (?:to|into)|pivot(?:ing)? (?:to|into)|retrain(?:ing)? as|become an? [\w ]{2,30}? at (?:\d{2}|my age))\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(i|i'm|i am|my)\b/.test(ctx.lower.slice(0, 300)) &&
  !ctx.features.codeLanguage;

/**
 * "Is this sentence grammatically correct: 'Me and him went to the store'?": a yes or no, the fix and the rule, however
 * it is labelled (a label to assign, a question, a question about supplied text).
 */
export const isGrammarCheck = (ctx: TechniqueContext): boolean => {
  if (ctx.taskType !== 'classification' && ctx.taskType !== 'open_qa' && ctx.taskType !== 'closed_qa') return false;
  // "grammatical or not?" names its own labels, and the classification keeps them.
  if (ctx.taskType === 'classification' && ctx.features.labels.length >= 2) return false;
  const head = ctx.lower.slice(0, 200);
  // A named sentence or phrase, or "grammatically": "is this phrasing ok", "is it grammatically right".
  if (/^\s*(?:(?:quick question|hey|hi)[,:!]?\s+)?(?:is|are|does) (?:this|these|the following|it|that|my) (?:(?:sentence|sentences|phrase|phrasing|wording|word|usage)\s+(?:grammatically\s+)?(?:correct|right|grammatical|proper english|ok|okay|sound (?:right|correct|ok|natural))|grammatically (?:correct|right|ok|okay))\b|\bis it (?:grammatically )?(?:correct|right|grammatical) to (?:say|write)\b/.test(head)) return true;
  // Without one, only a quoted sentence makes "is this correct" about language ("is this correct: 2+2=5" is not).
  return /^\s*(?:is|does) (?:this|it) (?:correct|grammatical|proper english|sound natural)\b/.test(head) && /["“'‘]/.test(head);
};

/**
 * A quiz or test to hand out ("a 10-question multiple-choice quiz on the French Revolution for high school students"),
 * whichever of the writing, question or ideas labels the classifier gives it.
 */
export const isQuizMaking = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'creative_writing' || ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') && sub(ctx, 'quiz') !== null;

/** "10 trivia questions about the 1990s with answers": read out at a quiz night or a party, not handed out in class. */
export const isTrivia = (ctx: TechniqueContext): boolean => isQuizMaking(ctx) && /\b(?:trivia|pub quiz|quiz night|party quiz|bar trivia|family quiz)\b/.test(ctx.lower.slice(0, 300));

/**
 * "What's the best way to memorize a speech?": a piece to learn by heart, by a method, days ahead. Returns what is
 * learned: a talk (speech, presentation, toast) or lines (a script, a poem, a monologue).
 */
const MEMORIZE =
  /^\s*(?:so |ok )?(?:what(?:'s| is) (?:the|a) (?:best|good|easiest|fastest|quickest) way to|how (?:do|can|should) (?:i|you|we)(?: best)?|tips (?:on|for) (?:how to )?)\s*(?:memori[sz]\w*|learn|remember)\b[^?.\n]{0,20}?\b(speech|presentation|talk|toast|eulogy|vows|pitch|lines|script|monologue|poem|lyrics|song|part)\b/;
/** "What's the best way to memorize vocabulary for a language exam?": words learned to last, by a method that works. */
export const isVocabStudy = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  /^\s*(?:so |ok )?(?:what(?:'s| is) (?:the|a) (?:best|good|easiest|fastest|quickest) way to|how (?:do|can|should) (?:i|you|we)(?: best)?|(?:any )?tips (?:on|for) (?:how to )?)\s*(?:memori[sz]\w*|learn|remember|study)\b[^?.\n]{0,20}?\b(?:vocabulary|vocab|new words|words|kanji|flashcards|terms|definitions)\b/.test(ctx.lower.slice(0, 200));
export function memorizeKind(ctx: TechniqueContext): 'talk' | 'lines' | null {
  if (ctx.taskType !== 'open_qa') return null;
  const m = MEMORIZE.exec(ctx.lower.slice(0, 200));
  if (!m?.[1]) return null;
  return /^(?:speech|presentation|talk|toast|eulogy|vows|pitch)$/.test(m[1]) ? 'talk' : 'lines';
}

/**
 * Things for children to do ("my kids (6 and 9) are stuck inside, activity ideas without a screen"): ideas a parent can
 * run at home for those ages, not bold strategies. Products for children ("a kids' learning app") are not this.
 */
export const isKidsActivities = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  /\b(kids?|children|child|toddlers?|preschoolers?|my (?:son|daughter|boys|girls|grandkids|nephews?|nieces?)|\d{1,2}[- ]?(?:year[- ]olds?|yos?|y\/o)|aged? \d)\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(activit(?:y|ies)|things (?:to|for them to) do|games?|crafts?|keep (?:them|him|her|the kids|my kids|the children)(?: \w+)? (?:busy|entertained|occupied)|entertain|rainy[- ]day|bored)\b/.test(ctx.lower.slice(0, 300)) &&
  !/\b(app|apps|product|startup|business|brand|company|marketing|campaign|classroom|lesson plan|curriculum|birthday party theme)\b/.test(ctx.lower.slice(0, 300));

/**
 * The asker says how they feel ("I'm overwhelmed with work and can't focus"): advice for a person, not bold ideas.
 * Only words about feelings: "I'm stuck on naming my startup" or "I'm lost with recursion" are ordinary requests.
 */
export const isWellbeing = (ctx: TechniqueContext): boolean =>
  // "How do I tell my boss I'm overwhelmed…" asks for the words of a conversation, which the approach answer gives.
  !sub(ctx, 'approach') &&
  (/\b(i'?m|i am|i feel|i've been|i have been|feeling)\b[^.\n]{0,40}\b(overwhelmed|stressed|anxious|burn(ed|t) out|exhausted|lonely|sad|depressed|unmotivated|demotivated|can'?t (focus|concentrate|sleep)|drained)\b/.test(ctx.lower.slice(0, 400)) ||
  // "What are the signs of burnout and how do I recover?": the asker's own recovery, asked about in general words.
  BURNOUT_RECOVERY.test(ctx.lower.slice(0, 300)) ||
  // "I just moved to a new city and don't know anyone, any tips": starting a social life over, not ten activities
  // (solo hobbies asked for by a newcomer are still hobbies).
  (makingFriends(ctx) && /\b(?:just )?(?:moved|relocated|new (?:city|town|country|area|place))\b/.test(ctx.lower.slice(0, 300)) && !/\b(?:hobbies|solo|alone|by myself|on my own)\b/.test(ctx.lower.slice(0, 300))));
const BURNOUT_RECOVERY = /\b(?:signs|symptoms|warning signs) of (?:burn-?out|being burn(?:ed|t) out)\b|\bburn-?out\b[^.\n?]{0,40}\b(?:recover\w*|get over|bounce back|cope|deal with)\b|\b(?:recover\w*|bounce back) from (?:a |my )?burn-?out\b/;
/**
 * Ideas for the asker's own fiction ("I'm writing a fantasy novel, help me come up with a magic system"): judged on the
 * page, by the conflict they create, not by what they cost to carry out. 'system' when a whole mechanism or world is asked.
 */
// 'design' when the premise is given and worked out as one system ("a magic system based on memory: using magic costs you
// memories. What are the rules, limits and consequences?").
export function fictionIdeas(ctx: TechniqueContext): 'system' | 'design' | 'ideas' | null {
  // Names for a fictional culture are still names, judged by how they sound.
  if (ctx.taskType !== 'brainstorming' || sub(ctx, 'names')) return null;
  const head = ctx.lower.slice(0, 300);
  if (!/\b(?:my|a|the|our) (?:fantasy |sci-?fi |science fiction |dystopian |horror |mystery |ya |romance )?(?:novel|story|book|series|screenplay|campaign|d&d campaign|tabletop game|short story|fanfic)\b|\bworld-?building\b/.test(head)) return null;
  // "People can borrow skills from each other. Help me figure out the rules and limits": a system, whatever it is called.
  if (/\b(?:magic systems?|world-?building|settings?|factions?|religions?|kingdoms?|political systems?|economy|lore|powers?|rules and (?:limits|costs)|(?:its|the) (?:rules|limits|costs))\b/.test(head))
    return /\b(?:based on|built (?:on|around)|cent(?:red|ered) on|revolves around|where|in which)\b[^.?!\n]{3,}/.test(head) && !/\b(?:ideas|options|several|some|a few|alternatives|\d+)\b/.test(head) ? 'design' : 'system';
  return /\b(?:plot|twists?|villains?|characters?|backstor(?:y|ies)|scenes?|conflicts?|premises?|story ideas?|chapters?|endings?)\b/.test(head) ? 'ideas' : null;
}

/** "What's a healthy breakfast I can make in 5 minutes?": meal ideas for an ordinary kitchen, not bold strategies. */
export const isQuickMealIdeas = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' &&
  /\b(?:breakfasts?|lunch(?:es)?|dinners?|meals?|snacks?)\b/.test(ctx.lower.slice(0, 200)) &&
  !isCookFromWhatIHave(ctx) &&
  /\b(?:healthy|healthier|quick|easy|fast|cheap|simple|high[- ]protein|\d+ ?(?:minutes?|mins?))\b/.test(ctx.lower.slice(0, 200)) &&
  !isChecklist(ctx) &&
  !/\b(?:plan|prep|schedule|recipe|business|restaurant|menu for (?:a|my|our) (?:cafe|restaurant))\b/.test(ctx.lower.slice(0, 200));

/** "I feel lonely since moving… how do I make friends as an adult?": a social life to build, not energy to save. */
export const makingFriends = (ctx: TechniqueContext): boolean => /\bmake (?:new |some )?friends\b|\b(?:do not|don'?t) know anyone\b|\bmeet (?:new )?people\b|\bbuild (?:a |my )?social (?:life|circle)\b/.test(ctx.lower.slice(0, 300));
/** The wellbeing question also asks how to recognise it ("what are the signs of burnout…"). */
export const asksSigns = (ctx: TechniqueContext): boolean => /\b(?:signs|symptoms|red flags) of\b/.test(ctx.lower.slice(0, 300));

/**
 * A list to shop or pack from ("a grocery list for a week of meals"): grouped items, not ideas with a rationale.
 * Asked for in the request itself: app reviews that mention a "shopping list" feature do not make one.
 */
export const isChecklist = (ctx: TechniqueContext): boolean => CHECKLIST_ASK.test(ctx.lower.slice(0, 300));

/**
 * "What should I look for when buying a used car?", "what to check before renting an apartment": things to inspect,
 * in the order they come up, with the warning signs. Returns what is being bought or rented.
 */
const INSPECT_ASK =
  /^\s*(?:(?:so|ok|okay),?\s+)?(?:what (?:should|do|would) (?:i|we|you) (?:look (?:out )?for|check|inspect|ask|consider)|what to (?:look (?:out )?for|check|inspect|ask|consider)|things to (?:look (?:out )?for|check|consider))\b[^?\n]{0,20}?\b(?:when|before|if) (?:i'?m |we'?re )?((?:buying|renting|leasing|viewing|touring|visiting|choosing|hiring|picking|adopting|signing)\s+(?:(?:a|an|the|my|our|your|some)\s+)?[a-z0-9][a-z0-9 -]{2,30}?)(?=\s*(?:$|[?.!,;]| for\b| in\b| from\b| with\b| on\b))/;
export function inspectTarget(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'open_qa' && ctx.taskType !== 'brainstorming') return null;
  const head = ctx.lower.slice(0, 200);
  const inspect = INSPECT_ASK.exec(head)?.[1];
  if (inspect) return inspect;
  // "What should I look for in a first apartment lease before I sign?": the document is checked before signing it.
  const signing = /^\s*what (?:should|do) (?:i|we) (?:look (?:out )?for|check) in (?:a|an|my|the|our) ([\w -]{2,40}?) (?:before|when) (?:i|we) sign\b/.exec(head)?.[1];
  if (signing) return `signing a ${signing}`;
  const asked = QUESTIONS_BEFORE.exec(head);
  if (asked?.[1] && asked[2]) return `${asked[2]} a ${asked[1]}`;
  // "Questions to ask when touring a daycare": the visit comes first.
  return asked?.[3] && asked[4] ? `${asked[3]} a ${asked[4]}` : null;
}
/** "What should I consider when choosing a daycare": care for someone, judged by a visit and the records, not an inspection. */
export const choosesCare = (ctx: TechniqueContext): boolean =>
  /\b(?:daycares?|day care|nurser(?:y|ies)|preschools?|childminders?|nann(?:y|ies)|babysitters?|care homes?|nursing homes?|assisted living|summer camps?|kennels?|boarding kennels?|dog sitters?|pet sitters?)\b/.test(inspectTarget(ctx) ?? '');
/** The checks are questions to put to the person ("questions to ask a contractor before hiring them"). */
// "What should I ask the landlord before signing a lease?" is the same list of questions.
export const asksQuestionsBefore = (ctx: TechniqueContext): boolean =>
  inspectTarget(ctx) !== null && (QUESTIONS_BEFORE.test(ctx.lower.slice(0, 200)) || /^\s*(?:(?:so|ok|okay),?\s+)?(?:what (?:should|do|would) (?:i|we|you) ask|what to ask)\b/.test(ctx.lower.slice(0, 200)));

const PRODUCTS =
  'laptops?|notebooks?|chromebooks?|phones?|smartphones?|cameras?|headphones?|earbuds|monitors?|tvs?|televisions?|tablets?|ipads?|keyboards?|mice|mouse|office chairs?|desks?|cars?|e-?bikes?|bikes?|strollers?|car seats?|robot vacuums?|vacuums?|blenders?|mattress(?:es)?|routers?|smart ?watch(?:es)?|fitness trackers?|backpacks?|running shoes|hiking boots|espresso machines?|coffee (?:makers?|machines?|grinders?)|printers?|speakers?|soundbars?|microphones?|mics?|webcams?|gpus?|graphics cards?|ssds?|consoles?|e-?readers?|kindles?|air fryers?|drones?|projectors?|tents?|sleeping bags?';
const PRODUCT_PICK = new RegExp(String.raw`^(?:(?:what(?:'s| is| are)?|which|any|can you|could you|please|i need|i want|looking for|help me (?:find|choose|pick))\s+)*(?:(?:the|an?|some)\s+)?(?:best|good|top|recommend\w*|suggest\w*|cheapest|decent)\b[^.?
]{0,25}\b(?:${PRODUCTS})\b`);

/**
 * "best laptop for a college student under $800": a buying decision. It wants a few named models that fit the budget
 * and the use, with their trade-offs, not ten creative ideas.
 */
export const isProductPick = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') && ctx.features.words <= 60 && PRODUCT_PICK.test(ctx.lower.trim().slice(0, 200));

/** "Explain what an API is using a restaurant analogy": the analogy is the explanation, for someone outside the field. */
export const asksAnalogy = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && /\banalog(?:y|ies)\b/.test(ctx.lower.slice(0, 300));

/** Business measures whose figures a user pastes to be read ("we lost 40 customers in Q3 vs 22 in Q2"). */
const DATA_ASK = new RegExp(String.raw`\b(analy[sz]e|interpret|make sense of|read|break down|explain|dig into|look into)\b[^.\n]{0,40}\b(numbers|metrics|figures|results|data|stats|statistics|kpis?|survey(?: results?)?|results?|findings|${METRICS})\b`);

/**
 * What an analysis that weighs no options is about: the risks of a course of action ("what are the risks of moving
 * payroll in December?"), or figures the user supplies ("analyze this quarter's numbers: revenue 1.2M (up 8%)…").
 */
const CUSTOMER_FEEDBACK = /\b(?:customer|guest|user|client|patient|app|product|google|yelp|amazon|negative|positive|bad|\d-star) (?:reviews?|feedback|complaints?|comments?)\b|\b(?:reviews?|feedback|complaints?) (?:from|by|left by) (?:a |our |my )?(?:customers?|guests?|users?|clients?|patients?|diners?)\b|\bsurvey (?:responses|results|comments|answers)\b|\bthis review\b/;
const AB_TEST = /\ba\/b[- ]?test|\bab test|\bsplit test|\b(?:version|variant) a\b[^.\n]{0,120}\b(?:version|variant) b\b|\bcontrol\b[^.\n]{0,80}\bvariant\b|\bvariant\b[^.\n]{0,80}\bcontrol\b/;
const LOGIC_CHECK =
  /\blogically (?:valid|sound|consistent|flawed)\b|\b(?:argument|reasoning|syllogism|logic|inference)\b[^.?!\n]{0,30}\b(?:valid|invalid|sound|unsound|hold up|holds up|follows? (?:logically|from))\b|\b(?:valid|invalid|sound) (?:argument|syllogism|inference|reasoning)\b|\b(?:logical )?fallac(?:y|ies)\b|\bsyllogism\b|\b(?:error|flaw|mistake|hole|problem)s? in (?:this|the|that|my|his|her|their) (?:reasoning|argument|logic)\b/;
/** "Identify any logical fallacies or bias in this article": flaws to find in a passage, not one argument to test. */
export const findsFallacies = (ctx: TechniqueContext): boolean => analysisKind(ctx) === 'logic' && /\bfallac(?:y|ies)\b|\bbias(?:es)?\b/.test(ctx.lower.slice(0, 300));
export type AnalysisKind = 'risks' | 'data' | 'feedback' | 'themes' | 'spending' | 'abtest' | 'logic' | 'options' | 'drop' | 'causes' | 'policy';
/** "Tell me whether we owe a refund under our policy: … Our policy: custom items are final sale unless…": a rule applied to a case. */
const POLICY_CASE =
  /\b(?:whether|if) (?:we|i|they|the (?:customer|client|tenant|guest)) (?:owe|have to|must|should|need to|(?:are|is|am) (?:owed|entitled|obliged|required))\b|\bdo (?:we|i) (?:owe|have to)\b|\bshould (?:we|i) (?:refund|give|honou?r|waive|accept|approve)\b|\bare (?:we|they) (?:entitled|obliged|required)\b/;
const POLICY_TEXT = /\b(?:under|per|according to|by) (?:our|the|my|their) (?:[\w-]+ )?(?:policy|terms|contract|agreement|rules|warranty|guarantee)\b|\b(?:our|the) (?:[\w-]+ )?(?:policy|terms|warranty|guarantee)(?: says| states| is)?:/;
/** "300 volunteers a month but only 40 come back. Why might that be and what can we do?": causes to check, then fixes. */
const WHY_AND_FIX = /\bwhy (?:might|could|would|is|does|do|are) (?:that|this|it|they|people|so many)\b[^?\n]{0,40}?\bwhat (?:can|should|could) (?:we|i) do\b/;
const OWN_DIP =
  /^\s*(?:please )?(?:analy[sz]e|figure out|explain|help me (?:understand|figure out)) why (?:our|my) [\w' -]{2,40}? (?:drops?|dips?|falls?|slows?|slumps?|goes down|(?:is|are) (?:so )?(?:low|down|slow|flat)|keeps? (?:dropping|falling)|declines?)\b/;
export const analysisKind = perContext(findAnalysisKind);
function findAnalysisKind(ctx: TechniqueContext): AnalysisKind | null {
  if (ctx.taskType !== 'analysis' || sub(ctx, 'critique', 'pros-cons')) return null;
  const head = ctx.lower.slice(0, 400);
  // "…is the difference real and should we ship the variant?": the ship decision rests on the test, so it is read as one.
  if (ctx.features.numbers >= 2 && AB_TEST.test(head)) return 'abtest';
  if (sub(ctx, 'decide')) return null;
  // "First-response time went from 2h to 9h… what are my options and what would you do first?": a situation to act on.
  if (/\bwhat are (?:my|our|the) options\b|\bwhat would you do(?: first)?\b|\bwhat should (?:i|we) do first\b/.test(head)) return 'options';
  // "Analyze why our food truck's sales drop every Tuesday": one's own business, where the causes are what to act on.
  if (WHY_AND_FIX.test(head) || OWN_DIP.test(head)) return 'causes';
  if (POLICY_CASE.test(head) && POLICY_TEXT.test(ctx.lower.slice(0, 1500))) return 'policy';
  // "Conversion dropped from 2.8% to 1.9% after the redesign… where should I look first?": a change to trace to its cause.
  if (/\b(?:dropped|fell|declined|went (?:down|up|from)|rose|increased|decreased|spiked|jumped|doubled|halved|tanked|plummeted|dipped)\b/.test(head) && /\bwhere (?:should|do|can) (?:i|we) (?:look|start)\b|\bwhat should (?:i|we) (?:check|look at) first\b|\bhow (?:do|can) (?:i|we) (?:find out|figure out) why\b/.test(head)) return 'drop';
  // "Tell me if the argument is logically valid: all startups…": the form of the reasoning, not evidence about startups.
  if (LOGIC_CHECK.test(head)) return 'logic';
  // "Version A: 1,200 visitors, 48 signups; version B: …. Is B really better?": a difference to test, not a trend to read.
  if (ctx.features.numbers >= 2 && AB_TEST.test(head)) return 'abtest';
  if (ctx.features.numbers >= 3 && SPENDING_REVIEW.test(head)) return 'spending';
  // "Analyze this customer review and tell me what to improve": fixes grounded in what customers said.
  if (CUSTOMER_FEEDBACK.test(head) && /\b(?:what (?:to|we|i|should (?:we|i)|can (?:we|i)) (?:\w+ )?(?:improve|fix|change|do better)|how (?:to|can we|can i|should we|should i|do we|do i) improve|improvements?|action items?)\b/.test(head)) return 'feedback';
  // "Here is survey feedback from 6 employees. Tell me the main themes and how people feel": comments coded into themes.
  if (asksFeedbackThemes(ctx.lower, ctx.features)) return 'themes';
  if (/\b(risks?|what could go wrong|pitfalls?|dangers?|downsides?)\b\s+(?:of|in|with|for|involved|when)\b|\bwhat (?:could|might|can) go wrong\b|\b(?:assess|identify|list|what are) (?:the )?(?:main |key |biggest )?risks\b/.test(head)) return 'risks';
  // "62% said they'd pay, but only 8% converted": two percentages are figures enough to read.
  if ((ctx.features.numbers >= 3 || (ctx.features.numbers >= 2 && /\d\s?%/.test(head))) && DATA_ASK.test(head)) return 'data';
  // "Churn went from 3% to 5.5%… Starter 4%→8%, Pro 2.5%→4%. What's going on?": the figures given are what to read.
  if (ctx.features.numbers >= 3 && /\d\s?%/.test(head) && /\bwhat(?:'s| is) (?:going on|happening|driving (?:this|it))\b/.test(ctx.lower.slice(0, 600)) && METRIC_RE.test(head)) return 'data';
  if (ctx.features.numbers >= 3 && /\bwhat do (?:these|the|our|my) (?:numbers|metrics|figures|results|stats) (?:say|tell|mean|show)\b/.test(head)) return 'data';
  // "Here are our monthly signups: Jan 420, Feb 390, … What's the trend?": figures given, and the question is about them.
  if (ctx.features.numbers >= 4 && /\b(trends?|patterns?|anomal\w+|outliers?|stands? out|worth flagging|spikes?|dips?)\b/.test(head) && METRIC_RE.test(head)) return 'data';
  return null;
}

/**
 * "Sales were 120 in Jan, 135 in Feb, 98 in Mar, 160 in Apr. What's the trend?": one measure over time, so the answer
 * is its direction and its changes period by period, not a metric-by-metric review.
 */
const METRIC_ALL = new RegExp(METRIC_RE.source, 'g');
const PERIODS = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|week \d+|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|(?:19|20)\d\d)\b/g;
export const isSingleTrend = (ctx: TechniqueContext): boolean => {
  if (analysisKind(ctx) !== 'data' || !/\btrends?\b/.test(ctx.lower)) return false;
  const head = ctx.lower.slice(0, 400);
  return new Set(head.match(METRIC_ALL)).size === 1 && (head.match(PERIODS)?.length ?? 0) >= 3;
};

/**
 * A SWOT analysis: four fixed headings, two about the subject itself and two about the world around it. It is not a
 * weighing of two options, so "pros and cons" and "is one option clearly better" do not fit it.
 */
export const isSwot = (ctx: TechniqueContext): boolean => ctx.taskType === 'analysis' && /\bswot\b/.test(ctx.lower.slice(0, 400));

/**
 * "What's the best way to learn piano as an adult with 20 minutes a day?": a skill to build within a fixed practice
 * time, so the answer is a routine that fits it and how it grows, not an essay on learning. Returns the skill.
 */
const LEARN_SKILL =
  /\b(?:best way|good way|easiest way|fastest way|quickest way|most effective way|how (?:do|can|should|would) i|how to|tips|advice|what should i do|(?:i|we) (?:want|would like|'d like|am trying|'m trying|need) to)\b[^?\n]{0,20}?\b(?:learn|get (?:good|better) at|improve (?:my|at))\s+(?:to play |to speak |how to play |how to |to )?(?:the |my )?([a-z][a-z+#-]{1,20}(?: (?:guitar|piano|language))?)\b/i;
// "Learn to draw": the teacher teaches drawing.
const SKILL_NOUN: Record<string, string> = { draw: 'drawing', sing: 'singing', swim: 'swimming', cook: 'cooking', paint: 'painting', code: 'programming', program: 'programming', dance: 'dance', type: 'typing', touch: 'typing', write: 'writing', knit: 'knitting', run: 'running' };
const PRACTICE_TIME = /\b(?:\d{1,3}|an?|one|two|half an?)\s*(?:-\s*)?(?:minutes?|mins?|hours?|hrs?)\s+(?:a|per|each|every)\s+(?:day|night|week|weekday|evening|morning)\b/;
// "What's a good way to learn touch typing as an adult?" asks for a method even with no time given: a routine of a
// usual length then stands in for it. "Improve my…" alone, or "learn about…", does not.
const LEARN_WAY = /\b(?:best|good|easiest|fastest|quickest|right|most effective) way to (?:learn|get (?:good|better) at)\b|\bhow (?:do|can|should) i (?:start (?:to )?|begin )?learn(?:ing)?\b|\bhow to (?:start )?learn\b/;
const NOT_A_SKILL = new Set(['about', 'more', 'how', 'what', 'why', 'when', 'this', 'that', 'it', 'from', 'faster', 'fast', 'quickly', 'quicker', 'better', 'new', 'things', 'stuff', 'anything', 'everything', 'something', 'with', 'them', 'these']);
export function practiceSkill(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'open_qa' || ctx.features.words > 60) return null;
  const head = ctx.lower.slice(0, 300);
  const skill = LEARN_SKILL.exec(ctx.userText.slice(0, 300))?.[1];
  if (!skill || NOT_A_SKILL.has(skill.toLowerCase()) || !(PRACTICE_TIME.test(head) || LEARN_WAY.test(head))) return null;
  return SKILL_NOUN[skill.toLowerCase()] ?? skill;
}
/** A cron schedule given to be explained ("what does 30 7 * * 1-5 mean"), rather than one to write. */
// Writing one comes first: "one that runs at midnight… and explain why `0 0 1 * 1` is wrong" still wants expressions.
export const cronGiven = (ctx: TechniqueContext): boolean =>
  !/\b(?:write|create|make|generate|give me|need|want|(?:that|to) runs?|for every|one that)\b/.test(ctx.lower.slice(0, 300)) &&
  /(?:^|[\s`"'])(?:[\d*][\d*/,-]*|\?)(?:\s+(?:[\d*?][\d*/,?lw#-]*|[a-z]{3}(?:-[a-z]{3})?)){4,5}(?=$|[\s`"'.?])/.test(ctx.lower.slice(0, 400));
export const practiceTime = (ctx: TechniqueContext): string | null => PRACTICE_TIME.exec(ctx.lower.slice(0, 300))?.[0] ?? null;

/**
 * "I'm 45 with $80k saved for retirement, am I behind?": the asker's own figures held against a norm. The answer needs
 * a named benchmark and the facts the question leaves out, not a general explanation.
 */
/** "I'm the support agent practicing de-escalation": the user rehearses, so the part pushes back and ends in feedback. */
export const practisesOnYou = (ctx: TechniqueContext): boolean => PRACTISING_ON_YOU.test(ctx.lower.slice(0, 400));
/** "…is that normal, and what should I counter with?": the answer ends in the offer to make back. */
export const asksCounter = (ctx: TechniqueContext): boolean => /\bcounter(?:-?offer)?\b|\bnegotiat\w*\b|\bpush back\b/.test(ctx.lower.slice(0, 300));
/**
 * "From this email, pull out the flight number, departure time, confirmation code and seat": one document's details,
 * one value each, not lists of every occurrence. Returns the fields in the user's own words, as keys.
 */
const ONE_SOURCE =
  /\b(?:from|in|out of|on) (?:this|the|that|my|the following|the attached) (?:(?:intake|registration|application|patient|claim|order|consent|enrollment|admission|referral) )?(?:email|e-mail|receipt|invoice|booking(?: confirmation)?|(?:order |booking |shipping )?confirmation|letter|order|ticket|form|business card|signature(?: block)?|listing|job (?:ad|posting|listing)|posting|bill|statement|label|prescription|resume|résumé|cv|lease|offer letter|boarding pass|quote)\b/;
const FIELDS_ASKED = /\b(?:extract|pull out|pull|parse out|get|find|grab|identify|list)\s+(?:me\s+)?(?:just |only )?([^:\n?]{3,160})/;
export const singleRecordFields = perContext((ctx: TechniqueContext): string[] | null => {
  if (ctx.taskType !== 'extraction' || ctx.features.itemFields.length > 0) return null;
  const head = ctx.lower.slice(0, 200);
  if (!ONE_SOURCE.test(head) || /\b(?:all|every|each|any|list of)\b/.test(head.slice(0, 120))) return null;
  const span = FIELDS_ASKED.exec(head)?.[1]?.replace(/\b(?:from|in|out of|on) (?:this|the|that|my)\b.*$/, '');
  if (!span) return null;
  const parts = span
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((x) => x.trim().replace(/^(?:the|a|an|their|its|his|her)\s+/, '').replace(/[.\s]+$/, ''))
    .filter(Boolean);
  // Short noun phrases, at least one singular ("seat", not only "dates"): all plurals ask for a list of records after
  // all, while "the patient name, date of birth and allergies" is one record with a list-valued field.
  const phrases = parts.every((x) => /^[a-z][a-z -]{1,30}$/.test(x) && x.split(/\s+/).length <= 3);
  const single = phrases && parts.some((x) => !isPluralField(x));
  return parts.length >= 2 && single ? parts.map((x) => x.replace(/[\s-]+/g, '_')) : null;
});
export const isSingleRecord = (ctx: TechniqueContext): boolean => singleRecordFields(ctx) !== null;
/** "allergies", "current_medications": a field that holds several values. */
export const isPluralField = (field: string): boolean => /(?<![su])s$/.test(field);

export const isBenchmarkQuestion = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' &&
  ctx.features.numbers >= 1 &&
  ctx.features.words <= 80 &&
  // A child's development or a symptom has its own careful answer (the typical range, when to see someone).
  !isChildDevelopment(ctx) &&
  !isCarefulDomain(ctx) &&
  (SAVE_TARGET.test(ctx.lower.slice(0, 300)) || /\b(?:am i|are we) (?:behind|on track|ahead|doing (?:ok|okay|well|badly|fine|alright)|normal|saving enough|earning enough|underpaid|overpaid)\b|\bis (?:that|this|it|my \w+) (?:enough|normal|a lot|too (?:much|little|low|high)|underpaid|good for (?:my|a|someone))\b/.test(ctx.lower.slice(0, 400)));

/**
 * "If I invest $500 a month at 7% a year, how much will I have in 30 years?": growth over time, where the compounding
 * convention changes the answer and a shopping-sum example shows the wrong shape.
 */
export const isCompoundGrowth = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'reasoning' &&
  // Option pricing discounts continuously too, but with its own model (Black–Scholes, put–call parity).
  !/\b(?:black[- ]scholes|options?|put[-–](?:call)|call[-–]put|volatility|binomial tree)\b/.test(ctx.lower.slice(0, 600)) &&
  (/\bcompound(?:ed|ing)?\b|\bfuture value\b|\bannuit(?:y|ies)\b/.test(ctx.lower.slice(0, 400)) ||
    // Money, not a model's "saving rate of 20%" (a Solow or Cobb–Douglas exercise).
    (/\b(?:invest|save|saving|deposit|contribut|put away|put aside|put in)\w*\b/.test(ctx.lower.slice(0, 400)) &&
      /\d(?:\.\d+)?\s?%/.test(ctx.lower.slice(0, 400)) &&
      /\b(?:years?|months?)\b/.test(ctx.lower.slice(0, 400)) &&
      /[$€£¥]|\b(?:dollars?|euros?|pounds?|usd|apr|interest|loan|mortgage|savings (?:plan|account)|401k|ira|pension)\b/.test(ctx.lower.slice(0, 400))));

/** "Turn these notes into a short LinkedIn post": notes rewritten as prose that has a post's shape and readers. */
/** "Turn this into a tweet thread": several numbered tweets, not one post. */
export const isTweetThread = (ctx: TechniqueContext): boolean => /\b(?:tweet|twitter|x|threads) thread\b|\bthread of tweets\b/.test(ctx.lower.slice(0, 300));
const SOCIAL_POST = /\binto (?:a |an )?(?:short |quick |brief )?(?:linkedin|twitter|x|instagram|facebook|threads|bluesky|mastodon) (?:post|update|caption)\b|\binto (?:a |an )?(?:short )?(?:tweet|social media post)\b/;
export const isSocialPost = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'rewrite' && rewriteKind(ctx) === 'prose' && SOCIAL_POST.test(ctx.lower.slice(0, 300));

/**
 * "Make my resume bullet stronger: 'Responsible for managing social media accounts'": one line of a resume, rewritten to
 * show results. Written or rewritten, it needs the user's line (quoted or pasted) to work on.
 */
const RESUME_LINE = /\b(?:resume|résumé|cv|linkedin)\s+(?:experience\s+)?(?:bullets?|bullet points?|lines?|achievements?|accomplishments?)\b|\bbullets? (?:on|in|for|from) my (?:resume|résumé|cv)\b/;
// "Make my resume summary stronger: '…'": the two or three lines at the top, judged the same way as a bullet.
const RESUME_SUMMARY = /\b(?:resume|résumé|cv|linkedin|professional|career|executive)\s+(?:summary|profile|objective|about section)\b|\b(?:about|summary) section (?:of|on|in) my (?:linkedin|resume|résumé|cv)\b/;
export const isResumeSummary = (ctx: TechniqueContext): boolean => isResumeBullet(ctx) && RESUME_SUMMARY.test(ctx.lower.slice(0, 300));
export const isResumeBullet = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'rewrite' || ctx.taskType === 'creative_writing') &&
  (RESUME_LINE.test(ctx.lower.slice(0, 300)) || RESUME_SUMMARY.test(ctx.lower.slice(0, 300))) &&
  (ctx.features.hasSuppliedText || /["“'‘][^"”'’\n]{8,}["”'’]/.test(ctx.userText.slice(0, 600)));
export const RESUME_WRITER = 'You are an experienced resume writer and recruiter who knows what hiring managers look for in each line.';

/** "Convert this CSV to a markdown table": data moved into another layout, every value kept. */
export const isDataReformat = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'rewrite' && sub(ctx, 'reformat') !== null && /\b(table|csv|spreadsheet|json|yaml)\b/.test(ctx.lower.slice(0, 300));

/** "Turn this recipe into a grocery list": ingredients regrouped as things to buy. */
export const isShoppingListFromText = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'rewrite' && sub(ctx, 'reformat') !== null && /\b(?:shopping|grocery) list\b/.test(ctx.lower.slice(0, 300));

/** "Turn this recipe into a shopping list for 8 people: … (serves 4)": the factor every amount is scaled by, or null. */
export const shoppingScale = (ctx: TechniqueContext): { from: number; to: number } | null => {
  if (!isShoppingListFromText(ctx)) return null;
  const to = /\bfor (\d{1,3}) (?:people|guests|persons|servings|adults)\b/.exec(ctx.lower.slice(0, 300))?.[1];
  const from = /\b(?:serves|servings?:?|for|makes) (\d{1,3})(?: people| servings| portions)?\)?/.exec(ctx.lower.slice(ctx.lower.indexOf(':') + 1))?.[1];
  return to && from && Number(to) !== Number(from) ? { from: Number(from), to: Number(to) } : null;
};
/** "Convert this recipe to serve 12 instead of 4", "double this recipe": every amount changes by one factor. */
/** "Convert this recipe to metric: 2 cups flour, 1 stick butter, 350F": every amount changes on purpose, into the units named. */
export const unitConversion = (ctx: TechniqueContext): { recipe: boolean; toMetric: boolean } | null => {
  if (ctx.taskType !== 'rewrite') return null;
  const head = ctx.lower.slice(0, 300);
  const target = /\b(?:convert|change|switch|put)\b[^.\n]{0,40}\b(?:to|into|in) (metric|imperial|grams|celsius|fahrenheit|us (?:units|measurements|cups)|cups)\b/.exec(head)?.[1];
  if (!target) return null;
  return { recipe: /\b(?:recipe|cups?|tbsp|tsp|tablespoons?|teaspoons?|oven|flour|butter|sugar|[0-9]{3} ?°?f\b)/.test(head), toMetric: /^(?:metric|grams|celsius)$/.test(target) };
};
export const isRecipeScaling = (ctx: TechniqueContext): boolean => ctx.lower.slice(0, 300).includes('recipe') && RECIPE_SCALE.test(ctx.lower.slice(0, 300));

/** The scaling factor a recipe request states ("serve 12 instead of 4" → "×3"); null when it is not stated plainly. */
export function recipeFactor(ctx: TechniqueContext): string | null {
  const head = ctx.lower.slice(0, 300);
  const word = /\b(double|triple|quadruple|halve)\b/.exec(head)?.[1];
  if (word) return { double: '×2', triple: '×3', quadruple: '×4', halve: '×½' }[word] ?? null;
  const SERVINGS = '(?:people|servings|portions|persons|guests)';
  const instead = new RegExp(String.raw`\b(?:serves?|feeds?|for)\s+(\d{1,3})(?:\s+${SERVINGS})?\s+(?:instead of|rather than|not)\s+(\d{1,3})\b`).exec(head);
  const fromTo = new RegExp(String.raw`\bfrom\s+(\d{1,3})\s+(?:to|into)\s+(\d{1,3})\s+${SERVINGS}\b`).exec(head);
  // "Scale this recipe down to 2 servings? It serves 6": the new amount and the old one, stated apart.
  const target = new RegExp(String.raw`\b(?:to|for)\s+(\d{1,3})\s+${SERVINGS}\b`).exec(head)?.[1];
  const source = /\b(?:serves|feeds|makes|it's for|is for)\s+(\d{1,3})\b/.exec(head)?.[1];
  const [to, from] = instead
    ? [Number(instead[1]), Number(instead[2])]
    : fromTo
      ? [Number(fromTo[2]), Number(fromTo[1])]
      : [Number(target), Number(source)];
  if (!to || !from || to === from) return null;
  const f = to / from;
  // Quarters read cleanly (×1.5, ×2.25); anything else stays a fraction in lowest terms (×5/3, ×1/3).
  if (Number.isInteger(f * 4)) return `×${f}`;
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  const d = gcd(to, from);
  return `×${to / d}/${from / d}`;
}

/**
 * "I need to lose 10 pounds before my wedding in 3 months. What should I eat?": a body-weight goal with a deadline,
 * answered with a safe rate and ordinary food, not ten ideas or a crash diet. (A meal plan asked for is planning.)
 */
const WEIGHT_GOAL =
  /\b(?:lose|drop|shed|gain|put on)\s+(?:about |around |at least )?(?:\d+(?:\.\d+)?|a few|some|ten|five|twenty)\s*(?:pounds|lbs?|kg|kilos?|kilograms?|stone)\b|\blose (?:some )?(?:weight|belly fat)\b/;
export const isWeightGoal = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') && ctx.features.words <= 80 && WEIGHT_GOAL.test(ctx.lower.slice(0, 300)) &&
  // "I'm a personal trainer. A client wants to lose 30 pounds… How do I set expectations?": the trainer's question.
  askerTrade(ctx) === null;

/** "20 keyword ideas for an SEO campaign for a dental clinic in Austin": search phrases, not campaign ideas. */
export const isKeywordIdeas = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && /\b(?:keywords?|search terms?|key ?phrases?)\b/.test(ctx.lower.slice(0, 300)) && /\b(?:seo|search|google ads|ppc|adwords|sem|campaign|rank\w*)\b/.test(ctx.lower.slice(0, 300));

/** "What are 5 fun things to do in Chicago in winter?": real places in a named city, not creative strategies. Returns the place. */
const THINGS_TO_DO =
  /\b(?:things|stuff|activities|places|spots) to (?:do|see|visit|eat|go)\b[^.?\n]{0,20}?\b(?:in|around|near) ((?:[A-Z][\w'-]+|[A-Z]\.)(?: [A-Z][\w'-]+)*)/;
// "I have 3 hours in Chicago during a layover, what should I do": the same, against the clock.
const LAYOVER = /\blayover in ((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)*)|\b(?:in|at) ((?:[A-Z][\w'-]+)(?: [A-Z][\w'-]+)*) (?:during|on|for) (?:a|my|our) layover\b/;
export function thingsToDoIn(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'brainstorming' && ctx.taskType !== 'open_qa') return null;
  const head = ctx.userText.slice(0, 300);
  const layover = LAYOVER.exec(head);
  return THINGS_TO_DO.exec(head)?.[1] ?? layover?.[1] ?? layover?.[2] ?? null;
}
export const isLayover = (ctx: TechniqueContext): boolean => /\blayover\b/.test(ctx.lower.slice(0, 300)) && thingsToDoIn(ctx) !== null;

/**
 * "Help me write the announcement: we're moving from 12 hour shifts to 8, most of them are unhappy about it": news the
 * readers will not welcome, so the why and what it costs them matter as much as the what.
 */
export const isUnwelcomeChange = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'creative_writing' &&
  // "A message to my unit explaining that we're moving to 8-hour shifts": any note to the group the change falls on.
  /\b(?:announce\w*|announcement|memo|tell (?:my|the|our) (?:team|staff|employees|department)|explain to (?:my|the|our) (?:team|staff|employees)|(?:message|email|note|letter|post) to (?:my|the|our|all) (?:team|staff|employees|department|unit|ward|crew|volunteers|members|parents|customers|tenants|residents))\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:unhappy|upset|not happy|(?:won'?t|will not|don'?t|do not) (?:like|want)|unpopular|push ?back|resist\w*|angry|frustrated|annoyed|hate|complain\w*|disappointed|against it|bad news)\b/.test(ctx.lower.slice(0, 300));
/** "An engaging intro paragraph for a blog post": one paragraph of a piece, not the whole piece. */
export const paragraphOnly = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'creative_writing' && /\b(?:intro(?:duction|ductory)?|opening|closing|concluding|final|first|last|policy) paragraph\b/.test(ctx.lower.slice(0, 200));
/** A cover letter (or motivation letter): a message in the user's name to a hiring manager. */
// "Here's my cover letter opening: '…' make it stand out": the user gave the first lines and wants only those better.
const OPENING_GIVEN =
  /\b(?:here'?s|here is|this is|heres) (?:my|our|the) (?:[\w-]+ ){0,3}(?:opening(?: line| sentence| paragraph)?|opener|first (?:line|sentence|paragraph)|intro(?:duction)?|hook)\b/;
/**
 * The request gives only the opening of a piece (quoted or after a colon) to improve, not the whole piece to write;
 * asked to make it better, not to carry the story on from it.
 */
export const openingOnly = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'creative_writing' || ctx.taskType === 'rewrite') &&
  ctx.features.hasSuppliedText &&
  OPENING_GIVEN.test(ctx.lower.slice(0, 200)) &&
  /\b(?:make (?:it|this)|improve|rewrite|reword|punch (?:it )?up|stronger|better|stand out|catchier|more (?:engaging|interesting|compelling|exciting|memorable))\b/.test(ctx.lower.slice(0, 400)) &&
  !/\b(?:continue|keep going|finish (?:it|the)|rest of (?:it|the)|carry on|what happens next)\b/.test(ctx.lower.slice(0, 400));
export const isCoverLetter = (ctx: TechniqueContext): boolean => /\b(cover letter|motivation letter|letter of motivation|application letter)\b/.test(ctx.lower);

/**
 * Feedback on an idea described in the prompt ("review my startup idea: an app that matches dog owners…"): judged as a
 * venture, not proofread line by line, and there is no missing piece to ask for.
 */
export const isIdeaReview = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'analysis' &&
  sub(ctx, 'critique') !== null &&
  /\b(review|critique|evaluate|assess|roast|feedback on|thoughts on|rate)\b[^.\n]{0,25}\b(idea|concept|business model|pitch idea|app idea|startup(?: pitch)?|pitch|side project idea)\b\s*[:—–-]\s*\S/.test(ctx.lower.slice(0, 300));

/** "Help me prepare for a salary negotiation, they offered 72k": a conversation to prepare, not a project with phases. */
const NEGOTIATION = /\b(?:negotiat\w*|counter-?offer|ask(?:ing)? (?:my \w+ )?for a (?:raise|pay rise|promotion)|ask(?:ing)? for more money)\b/;

/** "Create a packing list for a camping trip in October": the list is the deliverable, not the trip's itinerary. */
const PACKING_LIST = /^\s*(?:please |can you |could you |hey )?(?:make|create|write|give me|generate|put together|i need|help me (?:with|make))\b[^.\n]{0,30}\bpacking (?:check)?list\b/;
/** "Make a grocery list from this meal plan: …": the list is asked for; the plan is given. */
const GROCERY_FROM = /\b(?:grocery|shopping) list (?:from|for|based on|out of) (?:this|these|my|our|the following|the) (?:[\w-]+ ){0,2}?(?:meal plan|meals|menu|recipes?)\b/;

/** The kind of plan, most specific first: one order for every technique, so persona, rules and format agree. */
// "Help me plan my week: 3 client calls, gym 3x…" is a schedule, whatever activities it lists.
// "Migrate a Django app from SQLite to Postgres without downtime": a change to a running system, done in reversible steps.
const TECH_MIGRATION =
  /\b(?:migrat\w*|upgrad\w*|mov(?:e|ing)|switch(?:ing)?|port(?:ing)?|cut ?over)\b[^.?!\n]{0,80}\b(?:postgres(?:ql)?|mysql|mariadb|sqlite|mongo(?:db)?|redis|sql server|dynamodb|aws|gcp|azure|kubernetes|k8s|microservices|monolith|the cloud|on-?prem(?:ise)?s?|(?:new|another) (?:database|server|cluster|host|hosting provider)|typescript|python 3|java \d+|react|vue|angular|django|rails|laravel|node(?:\.?js)?)\b/;
// "A 2-week onboarding plan for a junior designer joining our team": a new colleague's first days, run by the team;
// not a customer onboarding flow, nor the new hire's own 30-60-90 plan.
const NEW_HIRE =
  /\b(?<!(?:customer|user|client|partner|vendor|app|product|seller|merchant) )onboarding (?:plan|program|programme|schedule|checklist)\b[^.\n]{0,80}\b(?:joining|joins|new hire|hire|starts?|starting|first (?:day|week|month)|employee|engineer|designer|developer|manager|analyst|intern|teammate|team member|colleague)s?\b|\bonboard(?:ing)? (?:a |an |our |my |the )?new (?:hire|employee|engineer|designer|developer|team ?member|teammate|manager|analyst|intern|colleague)s?\b/;
const MY_WEEK = /\b(plan|organi[sz]e|schedule|structure|map out) (out )?my (week|day|days|weekend|month|time|evenings|(?:mon|tues|wednes|thurs|fri|satur|sun)day|meals and sleep|sleep and meals|sleep)\b/;
// "A weekly cleaning schedule for 3 roommates": shared chores to split fairly, not one person's day to pace.
const CHORES = /\b(?:cleaning|chores?|housework|household tasks?) (?:schedule|rota|chart|plan|rotation|list|calendar)\b|\bchore (?:wheel|split)\b/;
// "A lesson plan for teaching fractions to 4th graders": one class period, run by a teacher, not a course of sessions.
const LESSON =
  /\blesson plan\b(?! template)|\ban? (?:\d{2}[- ]minute )?(?:(?:hands-on|first|intro(?:ductory)?|beginner|trial|emergency|substitute|sub|review|piano|guitar|violin|drum|voice|singing|swim(?:ming)?|dance|art|chess|music|reading|phonics|math|science) ){0,2}(?:lesson|lab|science experiment) (?:on|about|for|introducing)\b|\bteach(?:ing)? [\w -]{2,40}? to (?:my |a class of |a group of )?(?:\d{1,2}(?:st|nd|rd|th)[- ]graders|(?:first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders|year \d{1,2}s?|kindergarten(?:ers)?|middle school(?:ers| students)?|high school(?:ers| students)?|(?:esl |my )?students|(?:my |the )?class)\b/;
/** "Help me prepare for a behavioral interview at Amazon": likely questions and answers built from the asker's stories, not phases. */
const INTERVIEW_PREP = /\b(?:prepare|prep|get ready|ready myself)\b[^.\n]{0,40}\binterview\b|\binterview prep(?:aration)?\b/;
/** A behavioral interview is answered with stories (STAR); a technical one with worked problems. */
export const BEHAVIORAL_INTERVIEW = /\b(?:behaviou?ral|competency|situational|star)\b/;
/** "A cleaning schedule for 3 roommates" is split between people; "for a 2 bedroom apartment" is one person's week. */
export const sharedChores = (ctx: TechniqueContext): boolean =>
  /\b(?:roommates?|flatmates?|housemates?|kids|children|sons?|daughters?|family|partner|husband|wife|boyfriend|girlfriend|spouse|we|us|our|(?:\d+|two|three|four|five|six) (?:people|of us|adults|roommates|kids))\b/.test(ctx.lower.slice(0, 300));

/** "A 30-day plan to learn basic Spanish for a trip": a study plan, though a trip is named. */
const LEARN_LANGUAGE = /\b(?:learn|learning|study|studying|pick up)\b[^.\n]{0,20}\b(?:spanish|french|german|italian|portuguese|japanese|chinese|mandarin|korean|arabic|russian|dutch|english|hindi|turkish|polish|swedish|greek|thai|vietnamese)\b/;
/** "A rotation schedule for 6 guards across 3 stands for an 8-hour day": who is at which post in each slot, breaks covered. */
const STATIONS = /\b(?:guards?|lifeguards?|staff|people|workers|volunteers|nurses|cashiers|attendants)\b[^.\n]{0,30}\b(?:across|between|over) (?:\d+|two|three|four|five|six) (?:stands|stations|posts|positions|chairs|towers|registers|lanes|booths|tables|entrances)\b|\b\d+[- ]hour volunteer shift\b|\bvolunteer shift (?:schedule|plan)\b[^.\n]{0,40}\b(?:on (?:saturday|sunday|monday|tuesday|wednesday|thursday|friday)|\d+ (?:people|volunteers))\b|\brotat\w* (?:schedule|plan|chart) for [^.\n]{0,40}\b(?:stands|stations|posts|positions|chairs|towers|registers|lanes|booths)\b/;
/** "A performance improvement plan for a sales rep who missed quota": measurable goals, support and a fixed review. */
const PIP = /\bperformance improvement plans?\b|\b(?:write|draft|create|put together) (?:a |an )?pip\b/;
/** "Help me plan how to tell my team I'm leaving, my last day is in 4 weeks": who hears first, then the handover. */
const LEAVING =
  /\b(?:tell|telling|announce|announcing|break(?:ing)? (?:it|the news) to)\b[^.\n]{0,40}\b(?:i'?m leaving|i am leaving|i'?m resigning|i am resigning|i'?ve resigned|i have resigned|i resigned|i'?m quitting|i quit|my (?:resignation|departure))\b|\b(?:handover|hand-?off|transition) plan\b[^.\n]{0,60}\b(?:leav\w+|last day|notice|resign\w*)\b/;
/** "A potty training plan for my 2.5 year old": a child's pace, praise and calm, and when to pause, not phases and risks. */
const CHILD_TRAINING = /\b(?:potty|toilet|sleep) train(?:ing)?\b/;
/** "Create a study guide for AP Biology unit 3": the material itself, topic by topic, with practice questions, not a schedule. */
const STUDY_GUIDE = /\bstudy guide\b|\brevision (?:notes|guide|sheet)\b|\breview sheet\b/;
// "Help me make a monthly budget… save for a trip to Japan": the budget is what is asked for; the trip is the goal.
const BUDGET_ASK = /(?:^|[.!?:\n]\s*)(?:please |can you |could you |hey )?(?:make|create|build|set up|draw up|put together|plan|help me (?:make|create|build|set up|with|plan|draw up|put together)|i need)\b[^.\n]{0,25}?\bbudget\b/;
// "Budget left after deposits: about $185k" in a restaurant's opening plan is a limit; the budget is only the plan
// when it is asked for or named first ("monthly budget for $3200 take-home").
const budgetAsked = (ctx: TechniqueContext): boolean =>
  sub(ctx, 'budget') !== null && (BUDGET_ASK.test(ctx.lower.slice(0, 200)) || /^\W*(?:[\p{L}'-]+\s+){0,4}budget\b/u.test(ctx.lower));
/** "Design a loyalty card program for a small bubble tea shop": what customers earn, what it costs, how it is tracked. */
const CUSTOMER_SCHEME = /\b(?:loyalty(?: card)?|rewards?|referral|membership|affiliate|punch[- ]card|stamp[- ]card) (?:program(?:me)?|scheme|card|system)s?\b/;
/** "A fair holiday schedule rotation for 8 cashiers": who works which shift, with the hard ones shared out. */
const STAFF_ROTA = /\b(?:rota|roster)s?\b|\b(?:shift|on-?call|duty|staff|holiday|weekend) (?:schedule )?(?:rotation|schedule|cover(?:age)?)\b/;
/** "I'm a social media manager for a local gym. Plan a month of Instagram posts": posts, whatever the business is. */
const SOCIAL_PLAN = /\b(?:instagram|tiktok|facebook|linkedin|social media|social|youtube|pinterest) (?:posts|content|calendar|reels|videos|captions)\b|\bcontent calendar\b|\bposting (?:plan|schedule|calendar)\b/;
/** "Plan a 60-minute practice for 8-year-olds focusing on passing": timed drills for a team, not phases and risks. */
const TEAM_PRACTICE =
  /\b(?:plan|design|run|organi[sz]e|put together|create|write|give me|need|structure)\b[^.\n]{0,30}?\b(?:(?:soccer|football|basketball|baseball|softball|volleyball|hockey|swim(?:ming)?|tennis|lacrosse|rugby|netball|track|team|youth|squad)\s+)?(?:practice|training session)(?: session| plan)?\b(?=[^.\n]{0,80}\b(?:kids|players|team|squad|u-?\d{1,2}s?|\d{1,2}[- ]year[- ]olds|under[- ]\d{1,2}s?|drills?|passing|shooting|dribbling|defen[cs]e|serving|batting|fielding|conditioning|scrimmage)\b)|\bas an? (?:youth |volunteer |high school |club )?(?:soccer|football|basketball|baseball|softball|volleyball|hockey|swim|tennis|lacrosse|rugby|netball|track) coach\b[^.\n]{0,30}\bpractice\b/;
export const planKind = perContext((ctx: TechniqueContext): string | null =>
  PACKING_LIST.test(ctx.lower.slice(0, 200)) || (ctx.lower.includes(' list ') && GROCERY_FROM.test(ctx.lower.slice(0, 200))) ? null : isTalkOutline(ctx) ? 'talk' : ctx.taskType === 'planning' && budgetAsked(ctx) ? 'budget' : ctx.taskType === 'planning' && CHORES.test(ctx.lower.slice(0, 300)) ? 'chores' : ctx.taskType === 'planning' && NEGOTIATION.test(ctx.lower.slice(0, 300)) ? 'negotiation' : ctx.taskType === 'planning' && CUSTOMER_SCHEME.test(ctx.lower.slice(0, 200)) ? 'scheme' : ctx.taskType === 'planning' && STATIONS.test(ctx.lower.slice(0, 300)) ? 'stations' : ctx.taskType === 'planning' && STAFF_ROTA.test(ctx.lower.slice(0, 300)) ? 'rota' : ctx.taskType === 'planning' && TEAM_PRACTICE.test(ctx.lower.slice(0, 300)) ? 'practice' : ctx.taskType === 'planning' && SOCIAL_PLAN.test(ctx.lower.slice(0, 300)) ? 'content' : ctx.taskType === 'planning' && RUN_MEETING.test(ctx.lower.slice(0, 300)) ? 'schedule' : ctx.taskType === 'planning' && INTERVIEW_PREP.test(ctx.lower.slice(0, 300)) ? 'interview' : ctx.taskType === 'planning' && LEAVING.test(ctx.lower.slice(0, 300)) ? 'leaving' : ctx.taskType === 'planning' && PIP.test(ctx.lower.slice(0, 200)) ? 'pip' : ctx.taskType === 'planning' && STUDY_GUIDE.test(ctx.lower.slice(0, 200)) ? 'guide' : ctx.taskType === 'planning' && CHILD_TRAINING.test(ctx.lower.slice(0, 200)) ? 'childtraining' : ctx.taskType === 'planning' && LEARN_LANGUAGE.test(ctx.lower.slice(0, 200)) ? 'study' : ctx.taskType === 'planning' && LESSON.test(ctx.lower.slice(0, 300)) && !/\b(?:course|curriculum|syllabus|unit plan|semester|term)\b/.test(ctx.lower.slice(0, 300)) ? 'lesson' : MY_WEEK.test(ctx.lower.slice(0, 300)) ? 'schedule' : ctx.taskType === 'planning' && TOOL_SWITCH.test(ctx.lower.slice(0, 300)) ? 'toolswitch' : ctx.taskType === 'planning' && NEW_HIRE.test(ctx.lower.slice(0, 300)) ? 'onboarding' : ctx.taskType === 'planning' && TECH_MIGRATION.test(ctx.lower.slice(0, 300)) ? 'migration' : sub(ctx, 'meals') && /\bmeal[- ]?(?:prep|plan)/.test(ctx.lower.slice(0, 200)) ? 'meals' : orChecklist(ctx, sub(ctx, 'content', 'newjob', 'itinerary', 'workout', 'meals', 'study', 'event', 'program', 'schedule', 'project', 'strategy', 'process')));
/**
 * "I'm a beekeeper. Make a seasonal hive inspection checklist", "I'm a court reporter. A checklist for preparing a
 * certified transcript": a procedure done on the job, in the order it is done, not a project with approvals. Returns
 * the asker's trade, '' when none is named, or null when the checklist is not a work procedure.
 */
const PROCEDURE_CHECKLIST =
  /\b(?:inspection|pre-?flight|pre-?trip|pre-?op(?:erative)?|safety|maintenance|equipment|intake|walk-?through|quality|qa|audit|start-?up|shut-?down) check-?lists?\b|\bcheck-?lists? (?:for|to) (?:preparing|prepare|inspecting|inspect|checking|servicing|installing|calibrating|certifying|filing|submitting|auditing|testing)\b/;
const PERSONAL_LIST = /\b(?:pack(?:ing)?|vacation|holiday|trip|travel|mov(?:e|ing) (?:house|home|out)|my (?:move|wedding|baby)|grocer(?:y|ies)|party)\b/;
export const procedureChecklist = perContext((ctx: TechniqueContext): string | null => {
  if (ctx.taskType !== 'planning' || !/\bcheck-?lists?\b/.test(ctx.lower.slice(0, 300)) || PERSONAL_LIST.test(ctx.lower.slice(0, 300))) return null;
  if (isCleaningChecklist(ctx) || isHandoffChecklist(ctx)) return null;
  const trade = statedTrade(ctx);
  if (trade) return trade;
  return PROCEDURE_CHECKLIST.test(ctx.lower.slice(0, 300)) && !isHomeChecklist(ctx) ? '' : null;
});
/**
 * "A checklist for launching an app on the App Store for the first time": steps to tick off in order, with the slow
 * ones (reviews, approvals, accounts) started early. A trip, an event or a workout keeps its own kind.
 */
/** "A checklist for closing up a summer cabin for the winter": chores around a home, not a project with approvals. */
export const isHomeChecklist = (ctx: TechniqueContext): boolean =>
  /\b(?:house|home|cabin|cottage|apartment|flat|garden|yard|pool|boat|rv|camper|garage|basement|attic|gutters?)\b/.test(ctx.lower.slice(0, 200));
const orChecklist = (ctx: TechniqueContext, kind: string | null): string | null =>
  (kind === null || kind === 'project' || kind === 'process') && ctx.taskType === 'planning' && /\bcheck-?lists?\b/.test(ctx.lower.slice(0, 200)) && !isChecklist(ctx) ? 'checklist' : kind;

/** "A morning routine for someone with anxiety", "a bedtime routine for my 4-year-old": a short sequence to repeat, not a workday. */
const ROUTINE = /\b(?:morning|evening|night(?:ly|time)?|bedtime|wind[- ]down|daily|skin ?care|self[- ]care|after[- ]school|weekend) routine\b/;
/** "An agenda for a 1 hour quarterly planning meeting": items with owners and outcomes, not a day paced around energy. */
/** "Plan my meals and sleep for three 12-hour night shifts": a day turned upside down, anchored on the shift times. */
export const isShiftWork = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'schedule' && /\bnight[- ]shifts?\b|\bshift work(?:er)?\b|\bovernight shifts?\b/.test(ctx.lower.slice(0, 300)) && !isRoutine(ctx);
/** "Sort these tasks for my bakery by urgency: …", "rank these by priority": one ordered list, not labels. */
export const isRanking = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'classification' &&
  /^\s*(?:please |can you |could you |help me )?(?:sort|rank|order|prioriti[sz]e)\s+(?:these|my|the|this list of|the following)\b[^.\n:]{0,60}?\bby\s+(?:urgency|priority|importance|deadline|due date|impact|what matters)|^\s*(?:please |can you |help me )?(?:rank|prioriti[sz]e) (?:these|this list|my (?:tasks|to-?do list|to-?dos))\b/.test(ctx.lower.slice(0, 200));
/** "An emergency lesson for 8th grade science when the teacher left no plans": run cold, with what any room has. */
export const isSubLesson = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'lesson' && /\b(?:emergency|substitute|sub) (?:lesson|plans?|teacher)\b|\bleft no (?:lesson )?plans\b|\bsub plans?\b/.test(ctx.lower.slice(0, 300));
/** "A 30-minute first piano lesson for a 6-year-old": one learner with a teacher, not a class. */
export const isPrivateLesson = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'lesson' &&
  /\bfor an? (?:\d{1,2}|five|six|seven|eight|nine|ten)[- ]year[- ]old\b|\bfor (?:my|a|an|one) (?:son|daughter|child|kid|student|adult student|beginner|learner)\b|\bprivate lesson\b|\b(?:first|trial|private) (?:[\w]+ )?lesson\b|\bone[- ]on[- ]one\b/.test(ctx.lower.slice(0, 300));
/** The instrument or activity a private lesson teaches ("piano"), for the teacher's persona. */
export const lessonSubject = (ctx: TechniqueContext): string | null =>
  /\b(piano|guitar|violin|cello|drum|ukulele|flute|voice|singing|swim(?:ming)?|dance|ballet|art|chess|tennis|golf|driving|ski(?:ing)?|reading|math)\b(?= (?:lesson|teacher|class))/.exec(ctx.lower.slice(0, 300))?.[1] ?? null;
/** "Give me 8 mocktail recipes that look as good as cocktails for a wedding": drinks to make, each with its recipe. */
export const isDrinkRecipes = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && /\b(?:mocktails?|cocktails?|drinks?|punch(?:es)?|spritz(?:es)?|smoothies?|shots?)\b/.test(ctx.lower.slice(0, 200)) && /\brecipes?\b|\bdrinks? (?:ideas|menu)\b|\b(?:mocktail|cocktail|signature drink)s? (?:ideas|menu|for)\b/.test(ctx.lower.slice(0, 200));
/** "A shift handoff checklist for a 24-hour restaurant kitchen": what the outgoing shift checks and passes on. */
export const isHandoffChecklist = (ctx: TechniqueContext): boolean =>
  /\b(?:shift )?(?:hand-?off|handover|changeover|shift change|opening|closing)\b[^.\n]{0,20}\bchecklists?\b/.test(ctx.lower.slice(0, 200));
/** "Is this a good deal? 2019 Honda CR-V EX, 68,000 miles, $21,500": a price judged against what the same thing sells for. */
export const isDealCheck = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && /^\s*(?:is (?:this|that|it) a (?:good|fair|bad|decent|reasonable) (?:deal|price)|(?:is|was) \$?\d[\d,.]*k? (?:a )?(?:good|fair|too much|reasonable) (?:deal |price )?for)\b/.test(ctx.lower.slice(0, 200));
/** "Based on this lease clause, can my landlord keep my deposit?": tenancy and employment law can override the clause. */
export const lawCanOverride = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'closed_qa' &&
  /\b(?:lease|tenancy|rental agreement|landlord|tenant|security deposit|employment contract|employer)\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:can|could|may|is it legal|are they allowed|is (?:he|she|it) allowed) (?:my |the |our )?(?:landlord|employer|company|they|he|she|it|boss|seller|gym|bank|insurer)\b/.test(ctx.lower.slice(0, 300));
/** "How should I price my handmade quilts? Materials $120, 40 hours each": a price that pays, checked against the market. */
export const isPricingMyWork = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && PRICE_MY_WORK.test(ctx.lower.slice(0, 300)) && ctx.features.numbers >= 1;
/** "A daily cleaning checklist for a small dental office": tasks by area and time of day, each with how often. */
export const isCleaningChecklist = (ctx: TechniqueContext): boolean =>
  /\b(?:cleaning|sanitation|sanitizing|disinfection|housekeeping|janitorial) (?:checklists?|schedules?|rotas?|lists?)\b|\bchecklists? (?:for|of) (?:cleaning|sanitizing)\b/.test(ctx.lower.slice(0, 200)) &&
  !/\b(?:my|our) (?:house|home|apartment|flat|room|bedroom|kitchen|bathroom)\b|\bhousehold\b|\broommates?\b|\bkids\b/.test(ctx.lower.slice(0, 200));
export const isMeetingAgenda = (ctx: TechniqueContext): boolean => planKind(ctx) === 'schedule' && (/\bagendas?\b/.test(ctx.lower.slice(0, 300)) || RUN_MEETING.test(ctx.lower.slice(0, 300)));
export const isRoutine = (ctx: TechniqueContext): boolean => planKind(ctx) === 'schedule' && ROUTINE.test(ctx.lower.slice(0, 300));
/** "What's a good skincare routine for oily skin?": products in a morning and an evening order, not minutes in a day. */
export const isSkincare = (ctx: TechniqueContext): boolean => isRoutine(ctx) && /\bskin ?care\b|\b(?:skin|face|facial) routine\b/.test(ctx.lower.slice(0, 300));

/**
 * "I work 9-5 Monday to Friday, gym Tuesday and Thursday evenings": a schedule's fixed points are given, so they are
 * kept where they are rather than asked about.
 */
export const WORKING_HOURS =
  /\bwork(?:ing)? (?:from )?\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s?(?:-|–|to|until|till)\s?\d{1,2}\b|\b(?:full[- ]time|part[- ]time|night shifts?|day shifts?|(?:9|nine)[- ]to[- ](?:5|five))\b/;
export const FIXED_COMMITMENTS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm)\b|\b(?:every|each) (?:morning|evening|night|weekday)\b/;

/** "A 3-day split", "push-pull-legs", "Mon/Wed/Fri": a training week that repeats, with its days given. */
export const WEEKLY_SPLIT =
  /\b(?:\d|one|two|three|four|five|six)[- ]day (?:split|full[- ]body|upper[-/ ]lower|workout|routine|program(?:me)?)\b|\b(?:push[- ]pull[- ]legs|upper[-/ ]lower|bro) split\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\/(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/;

/** A single workout ("a 20 minute hotel-room workout"), not a program over weeks. */
export const isSingleSession = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'workout' &&
  // "a 20 minute workout", "a workout I can do in my hotel room": one session, unless a plan, program or weeks are named.
  /\b\d+[- ]?(min|mins|minutes?)\b|\b(one|single|a quick) (session|workout)\b|\b(an?|one|quick|short) (?:[\w-]+ ){0,2}?workout\b(?! (plan|program|programme|routine|schedule|split))|\b(?:stretch(?:ing)?|mobility|yoga) (?:routine|session|sequence|flow)\b|\bwhat (?:(?:simple|easy|gentle|good|quick) )?(?:stretches|exercises) (?:can|should|could) (?:i|we) do\b/.test(ctx.lower) &&
  !/\b(weeks?|weekly|months?|program|programme|plan for|split|days? a week)\b/.test(ctx.lower);

/**
 * "How do I explain death to a 5 year old?": a parent preparing a conversation. 'hard' for a subject that can upset
 * (death, divorce, illness…), where honest plain words matter more than a clever explanation.
 */
const TALK_TO_CHILD =
  /(?:^\s*|[.!?]\s+)(?:so |ok )?how (?:do|can|should|would) (?:i|we) (?:explain|tell|talk (?:to|with) (?:my|our|a|an) [\w ]{1,20}? about|talk about|break (?:it|the news) to)\b[^?\n]{0,60}?\b(?:to|with)? ?(?:my|our|a|an|the|\d{1,2}) (?:(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr)[- ]?old|toddler|preschooler|kids?|children|child|son|daughter|little one|kindergarte?ners?|(?:kindergarten |preschool |first[- ]grade )?class)s?\b(?!['’]s)/;
const HARD_SUBJECT = /\b(?:death|dying|died|dead|passed away|funeral|grief|divorce|divorcing|separat\w+|cancer|ill(?:ness)?|sick|war|sex|puberty|where babies come from|adopted|adoption|suicide|miscarriage|lost (?:his|her|their|my) job)\b/;
export function talkToChild(ctx: TechniqueContext): 'hard' | 'plain' | null {
  if (ctx.taskType !== 'open_qa') return null;
  const head = ctx.lower.slice(0, 200);
  if (!TALK_TO_CHILD.test(head)) return null;
  return HARD_SUBJECT.test(head) ? 'hard' : 'plain';
}

/** "Give me a pep talk, I have a big exam tomorrow": a few warm words for the asker to read now (one for a team is a speech). */
export const isPepTalk = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'creative_writing' && PEP_TALK_ASK.test(ctx.lower.slice(0, 200)) && !/\bpep talk\b[^.\n]{0,40}\bfor (?:my|our|the|a)\b/.test(ctx.lower.slice(0, 200));

/** "How do I make my resume stand out with no experience?": advice on the resume itself, from the one who screens it. */
export const asksResumeAdvice = (ctx: TechniqueContext): boolean => /^(?:resume|résumé|cv)$/.test(DOC_ADVICE.exec(ctx.lower.slice(0, 200))?.[1] ?? '');

/** "What should I bring to a job interview?": things for one appointment, not a trip's luggage. */
export const forOneOccasion = (ctx: TechniqueContext): boolean =>
  /\b(?:interview|exam|test|appointment|meeting|court|hearing)\b/.test(ctx.lower.slice(0, 300)) && !/\b(?:trip|travel|vacation|holiday|overnight|week|days)\b/.test(ctx.lower.slice(0, 300));

/** Checked bags, whose loss is claimed at the airline's baggage desk. */
export const LUGGAGE = /\b(?:luggage|baggage|suitcase|checked bag)\b/;
/** "What should I do if my flight gets cancelled?": the operator's duties, not a plumber, decide what happens next. */
export const isTravelMishap = (ctx: TechniqueContext): boolean => openQaKind(ctx) === 'mishap' && /\b(?:flights?|train|connection|luggage|baggage)\b/.test(ctx.lower.slice(0, 200));

/** "A stretching routine for lower back pain from sitting all day": exercise to ease a pain, so gentleness comes first. */
/** "A home exercise program for a patient 2 weeks after ACL reconstruction": rehab at a stage set by the surgeon. */
export const isRehab = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'workout' &&
  /\b(?:post-?op(?:erative)?|after (?:(?:my|his|her|their|the|a|an) )?(?:[\w-]+ ){0,2}(?:surgery|reconstruction|replacement|repair|arthroscopy|fracture|operation)|rehab(?:ilitation)?|home exercise program|hep)\b/.test(ctx.lower.slice(0, 300));
export const easesPain = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'workout' && /\b(?:(?:lower |upper )?back|neck|knee|hip|shoulder|joint) (?:pain|ache|aches|stiffness)\b|\bsciatica\b|\bstiff (?:back|neck|hips?|shoulders?)\b|\b(?:bad|sore|aching) (?:back|knees?|hips?|neck)\b|\b(?:back|neck|knees?|hips?|shoulders?) (?:is|are) (?:killing me|sore|aching|stiff|hurting)\b/.test(ctx.lower.slice(0, 300));

const NUTRITION_TARGET = /\b\d[\d,.]*\s?(?:g|grams?)\s+(?:of\s+)?(protein|carbs?|fat|fib(?:re|er))(?:\s+(?:a|per)\s+day|\s+daily)?\b|\b\d[\d,.]*\s?(?:kcal|calories|cals?)(?:\s+(?:a|per)\s+day|\s+daily)?\b/g;
/** A meal plan's diet ("vegetarian", "gluten-free") and nutrition targets ("120g protein a day"), as written. */
export function mealNeeds(ctx: TechniqueContext): { diet: string | null; targets: string[]; nutrients: string | null } {
  if (planKind(ctx) !== 'meals') return { diet: null, targets: [], nutrients: null };
  const dm = ctx.lower.match(/\b(vegetarian|vegan|pescatarian|keto|paleo|gluten[- ]free|dairy[- ]free|nut[- ]free|halal|kosher|low[- ](?:carb|fat|sodium|fodmap)|high[- ]protein|diabetic[- ]friendly|(?:no|without) (?:pork|beef|red meat|meat|fish|seafood|shellfish|dairy|eggs|nuts|peanuts|gluten|soy)(?: (?:or|and|,) (?:pork|beef|red meat|meat|fish|seafood|shellfish|dairy|eggs|nuts|peanuts|gluten|soy))?|(?:severely )?allergic to (?:peanuts|tree nuts|nuts|eggs|milk|dairy|shellfish|fish|wheat|soy|sesame|gluten)|(?:peanut|nut|tree nut|egg|dairy|milk|shellfish|fish|wheat|soy|sesame|gluten) allerg(?:y|ies|ic))\b/);
  // "One kid is vegetarian": a need of one person at the table, quoted as such, not a rule for every meal.
  const who = dm ? /\b(?:one|two|three|my|our|the|his|her)\s+(?:[\w']+\s+){0,2}?(?:is|are)\s+(?:a\s+)?$/.exec(ctx.lower.slice(Math.max(0, (dm.index ?? 0) - 40), dm.index))?.[0] : undefined;
  const diet = dm ? `${who ?? ''}${dm[0]}` : null;
  const found = [...ctx.lower.slice(0, 600).matchAll(NUTRITION_TARGET)];
  const names = [...new Set(found.map((m) => (m[1] ? m[1].replace(/^carb$/, 'carbs').replace(/^fiber$/, 'fibre') : 'calories')))];
  return { diet, targets: found.map((m) => m[0]), nutrients: names.length > 0 ? joinList(names) : null };
}

/** "Plan the cooking timeline for the day so everything is hot at 4pm": the menu is set; the oven and the clock are the plan. */
export const isCookingTimeline = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'event' &&
  /\b(?:cooking|oven|kitchen|prep) (?:timeline|schedule|plan)\b|\btimeline for (?:the )?(?:day|cooking)\b|\bso (?:everything|it all|all the food|all the dishes)(?:'s| is| are)? (?:hot|ready|done|on the table)\b/.test(ctx.lower.slice(0, 300));

/**
 * "Tag each with a priority (P1-P3) and a team (billing, infra, product)": two labels per item, each from its own set.
 * Returns the dimensions with their labels as written, or null.
 */
export const labelDimensions = perContext((ctx: TechniqueContext): [string, string][] | null => {
  if (ctx.taskType !== 'classification') return null;
  const m = /\b(?:with|by|as|into|for) (?:an? |one |its |their )?([a-z][a-z -]{1,20}?) \(([^)\n]{2,80})\),? and (?:an? |one |its |their |by )?([a-z][a-z -]{1,20}?) \(([^)\n]{2,80})\)/i.exec(ctx.userText.slice(0, 400));
  return m?.[1] && m[2] && m[3] && m[4] ? [[m[1].trim().toLowerCase(), m[2].trim()], [m[3].trim().toLowerCase(), m[4].trim()]] : null;
});

/**
 * "From my notes from a customer interview, pull out the pain points, the workarounds and any quotes": findings to
 * state in a line each, not spans to copy, with only the quotes kept word for word.
 */
export const isResearchFindings = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'extraction' &&
  /\b(?:pain ?points?|frustrations?|unmet needs?|(?:customer|user) needs|workarounds?|objections?|insights?|key takeaways?|jobs to be done|feature requests?)\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:interviews?|calls?|transcripts?|user research|usability (?:test|session)s?|focus groups?|notes|survey (?:responses|answers|comments)|feedback)\b/.test(ctx.lower.slice(0, 300));

/** "Talking points for asking my boss to let me work from home two days a week": a case to make in one conversation. */
export const isTalkingPoints = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && /\btalking points (?:for|to|on|about) (?:asking|convincing|persuading|telling|pitching|getting|requesting|proposing|making the case|negotiating)\b/.test(ctx.lower.slice(0, 200));

/** "5 ways to say 'I disagree' in a meeting without sounding rude": words to say, not strategies. */
export const isPhrasings = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'brainstorming' && /\b(?:ways|phrases|lines|things|words) to say\b|\bways of saying\b|\b(?:phrases|wording|words|lines|scripts?) (?:for|to use (?:for|when)) (?:telling|saying|asking|breaking|delivering|explaining|declining|giving)\b|\bhow (?:to|do i|can i) (?:politely |nicely |tactfully |professionally )?say\b/.test(ctx.lower.slice(0, 200));

/**
 * "20 common French verbs with their English meaning and the present tense for je, tu, il": a study table of forms.
 * Returns the forms asked for, in the user's words ("je, tu, il"), or '' when none are listed.
 */
export function verbForms(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'brainstorming') return null;
  const head = ctx.lower.slice(0, 300);
  if (!/\b(?:verbs?)\b/.test(head) || !/\b(?:conjugat\w*|present tense|past tense|preterite|imperfect|future tense|participles?|forms?)\b/.test(head)) return null;
  return /\bfor ((?:[\p{L}'/]+,? (?:and )?){1,7}[\p{L}'/]+)\s*[.?!]?\s*$/u.exec(head.trim())?.[1] ?? '';
}

/**
 * "Pull every date and deadline out … and list them in order", "all the dates and what happens on each": dates with what
 * each is for, read best one per line in time order.
 */
export const isDatedList = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'extraction' &&
  ctx.features.fields.length > 0 &&
  ctx.features.fields.every((x) => /^(dates?|deadlines?|times?)$/.test(x)) &&
  /\blist (them|each|all|every)\b|\bin (chronological |date |time )?order\b|\bchronologic|\bwhat (?:happens|is due|is planned|happened|is scheduled|is happening) (?:on|at|by|for) (?:each|them)\b|\band what (?:each|they) (?:is|are) for\b/.test(ctx.lower.slice(0, 300));

/** "We have 3 candidates for a senior designer role. Here are my notes. Help me compare them fairly": a hiring choice. */
export const isCandidateCompare = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'analysis' && /\b(?:candidates|applicants|finalists)\b/.test(ctx.lower.slice(0, 300)) && /\b(?:role|position|hire|hiring|job|opening)\b/.test(ctx.lower.slice(0, 300));

/**
 * "Break down the total cost of owning a dog for the first year": an estimate built from its items, with ranges.
 */
export const isCostBreakdown = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'analysis' &&
  /\b(?:break ?down|estimate|itemi[sz]e|what(?:'s| is| are| would be)|how much (?:is|does|would)) (?:the |all the )?(?:total |full |true |real |annual |yearly |monthly |first[- ]year |typical |all-in )?costs? (?:of|to|for)\b/.test(ctx.lower.slice(0, 200)) &&
  ctx.features.numbers <= 2;

/** "A short donation appeal email for our end-of-year campaign": a fundraising ask to donors. */
/** "A sponsorship letter asking local businesses for $500-$5,000": a business asked for money expects something back. */
export const isSponsorAsk = (ctx: TechniqueContext): boolean =>
  /\bsponsorship (?:letter|request|ask|e-?mail|pitch|package)s?\b|\b(?:letter|e-?mail)s? (?:asking|to ask|inviting) (?:local )?(?:businesses|companies|sponsors)\b|\bask(?:ing)? (?:local )?businesses (?:to sponsor|for sponsorships?)\b/.test(ctx.lower.slice(0, 200));
export const isFundraisingAppeal = (ctx: TechniqueContext): boolean =>
  /\b(?:donation|donor|fundraising|giving|year-end|end-of-year|annual fund) (?:appeal|ask|e-?mail|letter|message|campaign)\b|\bappeal (?:e-?mail|letter) (?:for|to) (?:donors|donations)\b|\bask(?:ing)? (?:for )?donations\b/.test(ctx.lower.slice(0, 200));

/** "A 45-minute workshop agenda to teach 20 staff…": one session in timed blocks, not a course of sessions. */
/** "I'm a flight instructor. Plan a 10-lesson syllabus for a student pilot to solo": a trade's training toward a standard. */
export const tradeSyllabus = (ctx: TechniqueContext): string | null =>
  planKind(ctx) === 'program' && /\b(?:syllabus|curriculum|lessons?|training)\b/.test(ctx.lower.slice(0, 300)) && /\b(?:instructor|trainer|teacher|coach|tutor|supervisor|preceptor|mentor)$/.test(statedTrade(ctx) ?? '') ? statedTrade(ctx) : null;
export const isSingleWorkshop = (ctx: TechniqueContext): boolean =>
  planKind(ctx) === 'program' &&
  /\b\d+[- ]?(?:minutes?|mins?|hours?|hrs?)\b|\b(?:half|one|full)[- ]day\b/.test(ctx.lower.slice(0, 200)) &&
  !/\b(?:sessions|weeks?|series|course|modules)\b/.test(ctx.lower.slice(0, 300));

/** A family or private occasion ("my wedding", "my daughter's 10th birthday party"), hosted by the asker, not a team. */
const PRIVATE_EVENT = /\b(wedding|birthday|anniversary|baby shower|bridal shower|engagement party|housewarming|family reunion|bachelor(ette)? party|hen do|stag do|proposal|date night|graduation party|dinner party)\b/;
const WORK_EVENT = /\b(team|company|corporate|office|offsite|off-site|conference|clients?|customers?|employees|staff|colleagues|launch|fundraiser|gala|meetup|workshop|summit|hackathon)\b/;

/** "You're an experienced event producer", "As a experienced data scientist": the model's role, not the asker's level. */
const PERSONA_CLAUSE = /\b(?:you are|you're|act as|acting as|as) an? [^.,;\n]{0,50}/g;

/**
 * The asker says where they already are ("current long run 32 km", "I've been lifting for two years", "my PR is 1:45"),
 * in their own words: "already contracted" or "not currently required" in pasted material say nothing about them.
 */
const STATED_LEVEL =
  /\b(my current|i(?:'m| am)? currently|i(?:'m| am)? already|current (?:long run|pace|level|weight|max|1rm|fitness|mileage|streak|grade|score)|i(?:'ve| have) been \w+ing|(?<!\b(?:so|so that|until|till|before|when|where|that|which|what|workout|exercises?|routine|something|things|stuff|anything|activities) )i can (?:already |currently |now )?(?:do|run|lift|swim|bench|squat|hold|speak|read|play)|my (?:pr|pb|personal best|best time)|i(?:'m| am) an? (?:intermediate|advanced|experienced)|(?:intermediate|advanced) (?:level|lifter|runner|swimmer|player|learner|speaker)|\d+ years? of (?:experience|training|running|lifting)|i'?m rated|(?:rated|rating of|elo(?: of)?) (?:about |around |roughly )?\d{3,4}|my (?:rating|elo|handicap) is|taper)\b/;
/** The asker states where they are now ("I can run about 1 km", "I'm an intermediate lifter"). */
export const statesLevel = (ctx: TechniqueContext): boolean => STATED_LEVEL.test(ctx.lower.replace(PERSONA_CLAUSE, ''));

/** "Into the 10 things our legal team needs to check": a summary asked for as that many points, or null. */
export function summaryPoints(ctx: TechniqueContext): number | null {
  const m = /\b(\d{1,2}|three|four|five|six|seven|eight|ten|twelve) (?:key |main |most important |biggest )?(?:things|points|takeaways|items|lessons|issues|risks|red flags|terms|clauses)\b/.exec(ctx.lower.slice(0, 200));
  return m?.[1] ? toNumber(m[1]) : null;
}
/** A stated period of weeks or months ("9 weeks"): a schedule over it is planned week by week. */
export const LONG_SPAN = /\b(?:[2-9]|\d{2}|two|three|four|five|six|seven|eight|nine|ten|twelve)[\s-]*(?:weeks?|months?)\b/;
/** Plans an organisation or a group carries out (as opposed to one person's trip, workout, week or own party). */
export const isSharedPlan = (ctx: TechniqueContext, kind: string | null = planKind(ctx)): boolean =>
  kind !== null &&
  ['event', 'program', 'onboarding', 'project', 'strategy', 'process'].includes(kind) &&
  !(kind === 'event' && PRIVATE_EVENT.test(ctx.lower.slice(0, 400)) && !WORK_EVENT.test(ctx.lower.slice(0, 400)));

/** "Summarize the book The Alignment Problem": a named work the user has not pasted, so there is no source to follow. */
export const isKnownWork = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'summarization' &&
  !ctx.features.hasSuppliedText &&
  /\b(book|novel|film|movie|paper|article|series|show|play|album|report) (by|called|titled|named)\b|\bthe (book|novel|film|movie|paper|play)\b|\b(plot|storyline|story) of\b/.test(ctx.lower);

const CODE_MODES = ['commit', 'testdata', 'debug', 'review', 'explain-code', 'refactor', 'tests-only', 'regex', 'cron', 'convert', 'orm', 'port', 'oneliner', 'jsonschema', 'schema', 'config', 'app', 'setup', 'howto'] as const satisfies readonly SubKind[];
/**
 * What a code prompt asks for, in one precedence order for every technique: fixing, reviewing or explaining given code
 * beats building; an install how-to or a short "how do I … in Python?" gets an answer, not a program with unit tests.
 */
export type CodeMode = (typeof CODE_MODES)[number] | 'concept' | 'write';
export function codeMode(ctx: TechniqueContext): CodeMode {
  // Refactoring needs the code: "how should I refactor a god class?" is a question about it.
  const kinds = ctx.features.hasCode || ctx.features.hasSuppliedText ? CODE_MODES : CODE_MODES.filter((k) => k !== 'refactor');
  const mode: CodeMode = sub(ctx, ...kinds) ?? (isCodeConcept(ctx) ? 'concept' : 'write');
  // Converting data needs the data: without any, "convert JSON to CSV" asks for a converter.
  if (mode === 'convert' && !ctx.features.hasSuppliedText && !/[[{][^\n]*[:,]/.test(ctx.lower)) return 'write';
  // "pandas runs out of memory when I load it. How do I compute the average grouped by another column?": the limit is a
  // condition on the way to do it, not a bug in code that is not shown.
  if (mode === 'debug' && !ctx.features.hasCode && /\b(?:out of memory|oom|too slow|takes (?:forever|too long|ages)|crash(?:es)? when i load)\b/.test(ctx.lower.slice(0, 300)) && /\bhow (?:do|can|should) (?:i|we) (?!fix|stop|solve|debug|prevent|avoid|get rid|make it stop)\w+/.test(ctx.lower.slice(0, 300)))
    return 'howto';
  // A long prompt that opens with "how do I…" is a full request for code, not a quick how-to.
  return mode === 'howto' && ctx.features.words >= 60 ? 'write' : mode;
}

/**
 * A question about programming rather than a request for code ("What's the difference between let and const?", "Why
 * is Rust memory safe?", "Rank these languages by how easy they are for a beginner"): LABELING.md files it under code,
 * and the answer is an explanation or a comparison, not a program with unit tests.
 */
const CONCEPT_ASK =
  /\b(differences?|differ|compare[ds]?|comparison|vs\.?|versus|rank (?:these|the following|them|those)|why (?:is|are|does|do|would|should|did)|what (?:is|are|does|do)|explain|pros and cons|advantages|disadvantages|trade-?offs?|when (?:should|to|would|do) (?:i|you|we|one) use|is it (?:worth|better|true|bad|good|safe|possible)|should (?:i|we) (?:learn|use|pick|choose|start|switch)|which (?:language|framework|library|database|one|is (?:better|faster|easier))|best (?:languages?|frameworks?|librar(?:y|ies)|databases?) (?:for|to)|easiest|hardest|(?:faster|slower|better|worse|safer|easier|harder) than)\b/;
// Asking for something to run: a verb ("solve in C++", "can you code…"), "I need a measure / a Python simulation", or a
// bare noun phrase ("cron expression that runs at 07:30…").
const BUILD_ASK =
  /\b(write|create|implement|build|make|generate|develop|code up|fix|debug|refactor|convert|port|optimi[sz]e|add|update|modify|rewrite|solve|(?:can|could|would) you (?:please )?code|give me (?:a |an |the |some )?(?:[\w-]+ ){0,2}?(?:code|function|script|snippet|example|program|query|class|syntax|command|expression|regex|formula)|show me (?:the code|how to)|(?:i|we) (?:need|want) (?:a|an|some) (?:[\w-]+ ){0,3}?(?:measure|formula|function|script|query|regex|program|class|method|component|endpoint|macro|simulation|tool|app|bot|cli|snippet))\b|^\s*(?:an? )?(?:[\w-]+ ){0,2}?(?:expression|regex|query|function|script|command|one-liner|formula|snippet)s? (?:that|to|which|for)\b/;
const isCodeConcept = (ctx: TechniqueContext): boolean =>
  !ctx.features.hasCode && !ctx.features.hasSuppliedText && ctx.features.words <= 80 && CONCEPT_ASK.test(ctx.lower.slice(0, 300)) && !BUILD_ASK.test(ctx.lower.slice(0, 300));

/** A question about code that weighs options ("let vs const", "rank these languages", "should I learn Python or Go"). */
export const COMPARE_ASK = /\b(differences?|differ|compare[ds]?|comparison|vs\.?|versus|rank|ranking|which|or|better|worse|faster|slower|easier|harder|easiest|hardest)\b/;

/** More than one language named ("rank Rust, Python, JavaScript…"): no single language to be an expert in. */
// "Go", "R" and "Swift" are also plain words, so they count only in a list ("…, C++, Go").
const LANGS_NAMED = /\b(python|javascript|typescript|java|rust|golang|ruby|php|kotlin|scala|haskell|elixir|dart|lua|perl)\b|(?<!\w)(c\+\+|c#)(?!\w)|(?<=, )(go|r|swift)\b/g;
export const namesSeveralLanguages = (ctx: TechniqueContext): boolean =>
  new Set((ctx.lower.slice(0, 300).match(LANGS_NAMED) ?? []).map((l) => l.replace(/^golang$/, 'go'))).size >= 2;

/** "Why is this query slow?": a performance problem, where the cause is where the time goes rather than a wrong result. */
// Read from the request before any code ("timeout=10" in a pasted call is not a complaint); an error wins over speed.
export const isSlowCode = (ctx: TechniqueContext): boolean => {
  if (ctx.taskType !== 'code' || codeMode(ctx) !== 'debug') return false;
  const ask = ctx.lower.split('```')[0]?.slice(0, 400) ?? '';
  return /\b(slow|slower|sluggish|takes (?:forever|too long|ages)|takes (?:~|about |around |over )?\d+ ?(?:s|secs?|seconds|mins?|minutes|hours?)|optimi[sz]e|speed (?:it )?up|times? out|high cpu|performance|faster|more efficient|(?:time|space) complexity)\b/.test(ask) && !/\b(errors?|exceptions?|traceback|crash\w*|fails?|failing)\b/.test(ask);
};

/**
 * A bug described but not shown ("my React component re-renders on every keystroke, how do I fix it?"): there is no
 * code to correct, so the answer is the likely causes and how to tell them apart.
 */
export const isUnseenBug = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'code' &&
  codeMode(ctx) === 'debug' &&
  !ctx.features.hasCode &&
  // A quoted error message ("TypeError: Cannot read properties of undefined") is the symptom, not the code.
  (!ctx.features.hasSuppliedText || /\b[A-Za-z]*(?:Error|Exception)\b:|\bTraceback\b/.test(ctx.userText)) &&
  // Two short lines of code ("num4 = pow(a + b, 2) / 2") are code all the same.
  !/[=;{}]|^\s*(?:print|console\.log|return|def|function|import)\b/m.test(ctx.userText) &&
  // "Fix this code: for i in range(10) print(i)": code pasted on the same line as the ask.
  !/\b(?:this|my|the following|the) (?:code|function|snippet|script|query|line|loop)\s*:\s*\S/.test(ctx.lower) &&
  // "How do I add a healthcheck so the api waits for postgres?" names its fix: the cause is already known.
  !/\bhow (?:do|can|should|would) (?:i|we) (?:add|use|set up|configure|make|get|write|implement)\b/.test(ctx.lower) &&
  !isSlowCode(ctx);

const LANG_NAMES: Record<string, string> = { js: 'JavaScript', javascript: 'JavaScript', ts: 'TypeScript', typescript: 'TypeScript', golang: 'Go', 'c++': 'C++', 'c#': 'C#', php: 'PHP', vba: 'VBA', r: 'R', c: 'C', powershell: 'PowerShell', matlab: 'MATLAB' };
const langName = (l: string): string => LANG_NAMES[l] ?? l.charAt(0).toUpperCase() + l.slice(1);
/** The languages of a port ("convert this Python to JavaScript" → Python, JavaScript), as the request names them. */
export function portLanguages(ctx: TechniqueContext): { from: string; to: string } | null {
  if (PY2_TO_3.test(ctx.lower)) return { from: 'Python 2', to: 'Python 3' };
  const m = PORT_RE.exec(ctx.lower);
  return m?.[1] && m[2] ? { from: langName(m[1]), to: langName(m[2]) } : null;
}

/** What a rewrite does, most specific first: a named change of style beats an expansion, which beats a mechanical edit. */
export const rewriteKind = (ctx: TechniqueContext): string | null =>
  sub(ctx, 'translate', 'proofread', 'prose', 'reformat', 'simplify', 'formal', 'casual', 'shorten', 'expand', 'transform');

// "Make it sound more confident", "so it comes across as less passive-aggressive": the change the user wants, read
// from the ask (the first 300 characters) so words inside the pasted text do not count.
// "So it doesn't sound angry", "without sounding pushy", "so it doesn't sound like I'm blaming QA": a tone to take out, not to add.
const TONE_ASK =
  /(?:\b((?:does|do|did|would|will|should|is|are|wo|ca)n'?t|does not|do not|not|without|never)\s+)?\b(?:sound|sounds|sounding|seem|seems|come across as|comes across as|coming across as|read as|feel)\s+(more |less )?(?:like (?:i'?m|i am|we'?re|we are) )?(passive aggressive|[a-z-]{4,24})\b|\bmake (?:it|this|them|(?:this|my|the|our|his|her) [a-z]+(?: [a-z]+)?)\s+(more|less)\s+(passive aggressive|[a-z-]{4,24})\b|\bmake (?:it|this|them|(?:this|my|the|our|his|her) [a-z]+(?: [a-z]+)?)\s+(?:a (?:bit|little) )?(funny|funnier|witty|wittier|playful|humorous|light-?hearted)\b|\b(?:so (?:that )?(?:it'?s|it is|it sounds|it reads)|to (?:be|sound|read|feel)) (?:a (?:bit|little) )?(more|less) (passive aggressive|[a-z-]{4,24})\b/;
// Register words have their own rewrite kinds (formal, casual, shorten…); "like" starts a comparison, not a tone.
const NOT_A_TONE = /^(like|as|from|with|about|into|than|when|what|your|their|very|really|much|even|the|this|that|good|better|right|ok|okay|formal|informal|professional|polite|casual|friendly|friendlier|conversational|concise|shorter|longer|simple|simpler|clear|clearer|readable)$/;
const HUMOUR = /^(funny|funnier|witty|wittier|playful|humorous|light-?hearted)$/;
/** The rewrite asks for humour ("make it funny but not cringe"): the jokes are new words, but no new facts. */
export const asksHumour = (ctx: TechniqueContext): boolean => {
  const m = TONE_ASK.exec(ctx.lower.slice(0, 300));
  return !!m && !m[1] && m[4] !== 'less' && m[7] !== 'less' && m[2]?.trim() !== 'less' && HUMOUR.test(m[3] ?? m[5] ?? m[6] ?? m[8] ?? '');
};
/** A dating-app profile: read at a glance by a stranger deciding whether to write. */
export const isDatingBio = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'rewrite' || ctx.taskType === 'creative_writing') && /\b(?:dating (?:app|profile|site|bio)|tinder|hinge|bumble)\b/.test(ctx.lower.slice(0, 300));
// [asked as "more X" (or just "sound X"), asked as "less X", what that change means in practice]
const TONE_HINTS: [RegExp, RegExp, string][] = [
  [/^(confident|assertive|decisive|authoritative|direct|sure|firm)$/, /^(unsure|hesitant|timid|apologetic|passive|wishy-washy)$/, 'cut hedging words (I think, maybe, possibly, just, sort of) and apologies, and use direct verbs and definite statements while staying courteous'],
  [/^(persuasive|convincing|compelling)$/, /^$/, 'lead with what the reader gains, back each claim with the specifics already in the text, and end with a clear ask'],
  [/^(empathetic|warm|warmer|kind|kinder|caring|compassionate|supportive|gentle|gentler|understanding)$/, /^(cold|harsh|blunt)$/, 'acknowledge the reader’s situation first and phrase requests as requests rather than orders, keeping the substance unchanged'],
  [HUMOUR, /^(serious|boring|dry)$/, 'let the humour come from specific, self-aware observations about the facts given rather than stock jokes, puns or memes, so it reads as witty, not try-hard'],
  [/^(inclusive|welcoming)$/, /^(exclusive|exclusionary|gendered|biased|intimidating)$/, 'replace jargon and loaded or gendered words (such as “rockstar”, “ninja”, “crush it”, “work hard, play hard”) with plain descriptions of the work and the team, and keep only the requirements the job really needs'],
  [/^(urgent)$/, /^$/, 'put the deadline and what happens if it is missed first, in short sentences'],
  [/^(enthusiastic|excited|energetic|upbeat|positive|exciting|engaging)$/, /^(boring|dry|flat|negative)$/, 'use lively, positive wording and active verbs without overstating the facts'],
  [/^(natural|human|authentic)$/, /^(robotic|stiff|ai-generated|generic|corporate|awkward|clunky|forced)$/, 'write it the way a person would say it, with varied sentence length, plain words and no stock phrases'],
  [/^(calm|neutral|diplomatic|tactful|constructive)$/, /^(aggressive|passive-aggressive|rude|defensive|angry|pushy|salesy|bitter|sarcastic|condescending|emotional|blaming|accusing|accusatory|attacking|complaining|whining)$/, 'remove blame, sarcasm and loaded words, and state the facts and the request neutrally'],
];

// "Make my summary punchier": tighter and more concrete, a change of style rather than of tone.
const PUNCHY = /\bmake (?:it|this|them|(?:this|my|the|our) [a-z]+(?: [a-z]+)?) (?:a (?:bit|little) )?(?:punchier|snappier|crisper|tighter|more punchy|pop)\b/;

/** The tone the rewrite asks for ("more confident"), as one requirement line; null when the ask names none. */
export function toneGoal(ctx: TechniqueContext): string | null {
  // "Rewrite this safety rule so new hires actually remember it": plain, short and concrete, the action first.
  if (/\bso (?:that )?(?:new hires|people|staff|employees|workers|kids|students|customers|everyone|they|the team|the crew|readers)? ?(?:will |would |can |actually |really )*(?:remember|understand|follow|read) it\b|\b(?:easy|easier) to remember\b|\bmore memorable\b/.test(ctx.lower.slice(0, 300)))
    return 'Make it easy to remember: plain everyday words, the action first (what to do or not do), one idea per short sentence, and nothing that depends on jargon or legal wording.';
  if (PUNCHY.test(ctx.lower.slice(0, 300)))
    return 'Make it punchier: shorter sentences, strong verbs, and the most concrete facts (numbers, results, names) first; cut filler and stock phrases such as “passionate about” or “results-driven”.';
  // "So it's firm but not rude": a tone to reach and one to keep out, each with its own fix.
  const pair = /\bso (?:that )?(?:it'?s|it is|it sounds|it reads|it comes across as) ([a-z-]{4,20}) but (?:not|without being) ([a-z-]{4,20})\b/.exec(ctx.lower.slice(0, 300));
  if (pair?.[1] && pair[2] && !NOT_A_TONE.test(pair[1])) {
    const more = TONE_HINTS.find(([m]) => m.test(pair[1] ?? ''))?.[2];
    const less = TONE_HINTS.find(([, l]) => l.test(pair[2] ?? ''))?.[2];
    if (more || less) return `Make it ${pair[1]} but not ${pair[2]}: ${[more, less].filter(Boolean).join('; ')}.`;
  }
  const m = TONE_ASK.exec(ctx.lower.slice(0, 300));
  if (!m) return null;
  const dir = m[1] ? 'less' : (m[2] ?? m[4] ?? m[7] ?? '').trim();
  // "passive aggressive" is one word written two ways, not "passive" (which would mean: more assertive).
  const adj = (m[3] ?? m[5] ?? m[6] ?? m[8] ?? '').replace(' ', '-');
  if (!adj || NOT_A_TONE.test(adj)) return null;
  const phrase = `${dir ? `${dir} ` : ''}${adj}`;
  const hint = TONE_HINTS.find(([more, less]) => (dir === 'less' ? less : more).test(adj));
  return hint ? `Make it sound ${phrase}: ${hint[2]}.` : `Make it sound ${phrase} by changing wording and tone only.`;
}

/**
 * "Translate 'Where is the train station?' into Japanese with romaji": the reading of the translation is part of the
 * answer, for someone who will say it rather than read it. Returns how the request names it.
 */
export function readingAsked(ctx: TechniqueContext): string | null {
  if (!sub(ctx, 'translate')) return null;
  const m = /\b(?:with|and|plus|including|include|add|give me|also)\s+(?:the\s+|a\s+|its\s+)?(r[oō]maji|pinyin|transliterations?|romani[sz]ations?|pronunciations?|phonetics?|phonetic spelling|how to (?:say|pronounce) (?:it|them))\b/.exec(ctx.lower.slice(0, 300));
  if (!m?.[1]) return null;
  return /^how to/.test(m[1]) ? 'pronunciation' : m[1].replace(/^romaji$/, 'rōmaji').replace(/s$/, '');
}

/**
 * "Turn these notes into a professional email to my team": the notes become a message to send, which needs its
 * greeting and sign-off; returns what kind of message, or null.
 */
export function messageFromNotes(ctx: TechniqueContext): string | null {
  if (ctx.taskType !== 'rewrite' || sub(ctx, 'prose') === null) return null;
  return /\b(?:into|to|as)\s+(?:a |an |one )?(?:(?:short|quick|brief|professional|formal|friendly|polite|proper|clear) )*(?:e-?mail |email )?(e-?mail|memo|letter|announcement|update(?= for)|note(?= (?:home|to (?:the )?(?:parents?|family|families))))\b/.exec(ctx.lower.slice(0, 300))?.[1]?.replace('e-mail', 'email').replace('update', 'email') ?? null;
}

/**
 * "List the required skills vs nice-to-haves from this job post": the two groups the items are sorted into, in the
 * request's words. A reader wants two lists here, not JSON.
 */
export function extractionGroups(ctx: TechniqueContext): [string, string] | null {
  if (ctx.taskType !== 'extraction') return null;
  // "Extract … separately" keeps its JSON shape, with one key per group.
  const m = /^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:list|sort|split|separate|give me|show me)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?([a-z][\w -]{2,30}?)\s+(?:vs\.?|versus|from the|and the|separately from)\s+(?:the\s+)?([a-z][\w -]{2,30}?)\s+(?:from|in)\s+(?:this|the|these|that|my)\b/.exec(ctx.lower.slice(0, 300));
  return m?.[1] && m[2] ? [m[1].trim(), m[2].trim()] : null;
}

/** "tl;dr this for my boss", "the gist of this thread": the shortest useful summary, bottom line first. */
export const isTldr = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'summarization' && !ctx.features.lengthLimit && /(?:^|[^a-z])(?:tl;? ?dr|tldr)\b|\b(?:in a nutshell|the gist|quick summary|short version)\b/.test(ctx.lower.slice(0, 200));

/** A meeting or thread boiled down to who does what by when ("summarize this transcript into action items with owners"). */
export const isActionItems = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'summarization' && /\b(action items?|action points|to-?do list|next steps|who (does|is doing|will do) what)\b/.test(ctx.lower.slice(0, 250));

/**
 * "Notes from our sprint retro: deploys were slow… Turn this into action items": problems and wishes to act on, not
 * commitments to copy out, so each action is proposed from a point in the notes.
 */
export const isRetroActions = (ctx: TechniqueContext): boolean =>
  isActionItems(ctx) && /\b(?:retro(?:spective)?s?|post-?mortems?|lessons learned|what went (?:well|wrong)|survey (?:results|responses|feedback)|feedback)\b/.test(ctx.lower.slice(0, 300));

/** "Turn these notes into a meeting summary": what was decided, who does what, and what is still open. */
/** "Summarize this transcript into decisions made, votes, and next steps": the sections the asker names, in their order. */
export const summarySections = perContext((ctx: TechniqueContext): string[] | null => {
  if (ctx.taskType !== 'summarization') return null;
  // "…into the top 3 complaints and top 3 compliments": two ranked parts joined by "and" name sections too.
  const m = /\b(?:summari[sz]e|turn|break|organi[sz]e|sort|condense)\b[^.\n:]{0,80}?\b(?:into|under|by|as) ((?:[a-z][\w' -]{1,30}, )+(?:and |& )?[a-z][\w' -]{1,30}?|(?:the )?(?:top|main|key|biggest) [\w' -]{2,30}? and (?:the )?(?:top|main|key|biggest) [\w' -]{2,30}?)(?=\s*(?:[.:!?\n]|$))/.exec(ctx.lower.slice(0, 300));
  const parts = m?.[1]?.split(/,\s*(?:and |& )?|\s+(?:and|&)\s+/).map((p) => p.trim().replace(/^the /, '')).filter((p) => p.length > 1) ?? [];
  return parts.length >= 2 && parts.length <= 6 ? parts : null;
});

// "Summarize this Slack thread… focus on what was decided and who owns what": the same recap, from a discussion.
const MEETING_RECAP =
  /\b(?:thread|conversation|discussion|chat|channel|call)\b[^\n]{0,80}\b(?:what (?:was|we) decided|what got decided|the decisions|who owns what|who(?:'s| is) doing what|who does what)\b|\bmeeting (?:summary|recap|minutes)\b|\b(?:minutes|recap|summary) (?:of|from|for) (?:the |our |this |today'?s |yesterday'?s )?(?:\w+ )?meeting\b|\bsummari[sz]e (?:these |this |our |my |the )?(?:meeting notes|notes from (?:the|our|today'?s|yesterday'?s) (?:\w+ )?meeting)\b/;
export const isMeetingRecap = (ctx: TechniqueContext): boolean => ctx.taskType === 'summarization' && !isActionItems(ctx) && MEETING_RECAP.test(ctx.lower.slice(0, 250));

/**
 * "Summarize the main arguments for and against a four-day work week": a topic, not a text, so there is no source to be
 * faithful to. A request that points at material ("this", "our meeting", "the following") is waiting for that text.
 */
export const isTopicSummary = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'summarization' &&
  !ctx.features.hasSuppliedText &&
  ctx.features.missingMaterial === null &&
  ctx.features.words <= 60 &&
  !isKnownWork(ctx) &&
  !isActionItems(ctx) &&
  !/\b(this|these|that|those|it|the following|below|above|attached|my|our|me|i|we|you|your)\b/.test(ctx.lower);

/** "Summarize the key differences between PostgreSQL and MySQL": two subjects side by side, with no source to follow. */
export const isTopicComparison = (ctx: TechniqueContext): boolean =>
  isTopicSummary(ctx) && /\b(?:differences?|similarities|contrast|compare|comparison)\b[^.\n]{0,20}\b(?:between|of|with)\b|\b(?:vs\.?|versus)\s/.test(ctx.lower.slice(0, 200));

/** "The arguments for and against", "the debate over": a contested topic, so both sides are laid out. */
export const FOR_AGAINST = /\b(for and against|pros and cons|both sides|the debate (over|on|about)|arguments (for|against))\b/;

/** Two or more numbered or bulleted lines: items to treat one by one ("1. I was charged twice…"). */
export const listedItems = (ctx: TechniqueContext): number => ctx.userText.slice(0, 4000).match(/^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+\S/gm)?.length ?? 0;

const TONE_WORD =
  'funny|humou?rous|humble|excited|warm|heartfelt|sincere|professional|casual|playful|serious|light-?hearted|witty|upbeat|formal|friendly|confident|grateful|proud|respectful|gentle|bold|punchy|inspiring|motivational|emotional|touching|sentimental|nostalgic|dark|spooky|whimsical|romantic|sweet|cheeky|sassy|dry|deadpan|encouraging|celebratory|optimistic|honest|vulnerable|modest|enthusiastic|calm|reassuring|empathetic|conversational|quirky|poignant|bittersweet|uplifting|energetic|cozy|elegant|edgy|irreverent|tender|hopeful|moving|lighthearted|silly|clever|light';
const TONE_NOT = `${TONE_WORD}|embarrassing|cheesy|cringe|cringey|braggy|boastful|arrogant|salesy|preachy|sappy|over the top|mean|offensive|rude|stiff|corporate|sad|dramatic|formal|long`;
// "…, humble but excited", "tone: warm and funny", "keep it light but respectful": the tone as the user put it.
const TONE_ASKED = new RegExp(
  String.raw`(?:,\s*|\btone(?: is|:)?\s+|\b(?:keep it|make it|should be|should sound|sound)\s+)((?:a bit |slightly |very |really |super )?(?:${TONE_WORD})(?:(?:,\s*|\s+(?:but|and|yet|while)\s+)(?:still |also )?(?:not (?:too |overly )?)?(?:a bit |slightly |very )?(?:${TONE_NOT}))*)(?=\s*(?:[,.;:!?)\n]|$))`,
);
/** The tone a creative request asks for in its own words ("humble but excited"), or null. */
export const toneAsked = (ctx: TechniqueContext): string | null => TONE_ASKED.exec(ctx.lower.slice(0, 300))?.[1] ?? null;

/**
 * Questions the asker will put to candidates ("5 interview questions to ask a candidate for a senior backend role"):
 * the asker is the interviewer, so a hiring manager writes them, not a coach preparing an applicant.
 */
export const isInterviewerQuestions = (ctx: TechniqueContext): boolean =>
  (ctx.features.listNoun === 'questions' || /\binterview questions\b/.test(ctx.lower.slice(0, 300))) &&
  /\binterview/.test(ctx.lower) &&
  (/\b(to ask (a |the |our |my |each |potential |prospective )?(candidates?|applicants?|interviewees?|hires?)|ask(ing)? (a |the |our )?(candidates?|applicants?)|(when|for|while) interviewing|interviewing (candidates|applicants|for)|i'?m (the )?interviewer|we'?re hiring|screen(ing)? (candidates|applicants)|for (candidates|applicants)|for hiring|to hire|hiring (a|an|for|our|my|new))\b/.test(ctx.lower.slice(0, 400)) || asksRoleQuestions(ctx.lower));

/**
 * An outline for a talk ("outline a 20-minute talk on why small teams ship faster for a developer conference"): a
 * message, sections with their minutes and what carries each, whether it is labelled planning or creative writing.
 * Writing out the whole speech, or planning the conference itself, is not this.
 */
export const isTalkOutline = (ctx: TechniqueContext): boolean =>
  /\b(outline|structure|plan|slides?|deck|talking points)\b[^.\n]{0,40}\b(talk|presentation|keynote|lecture|webinar|lightning talk)\b|\b(talk|presentation|keynote|lecture|webinar)\b[^.\n]{0,40}\b(outline|structure|talking points)\b|\b(talk|presentation|keynote|lecture|webinar)\b[^\n]{0,120}?\b(?:help me|can you|could you)\s+(?:help me\s+)?(?:structure|outline|plan|prepare|organi[sz]e)\s+(?:it|this|that|my|the)\b/.test(ctx.lower.slice(0, 300)) &&
  !/\b(plan|organi[sz]e|run|host)\b (a |an |the |our |my )?(conference|meetup|summit|event)\b/.test(ctx.lower.slice(0, 300));

/** "Outline a 5-paragraph essay arguing that…", "write an outline for my thesis": the plan of a piece, not the piece. */
const WRITING_OUTLINE =
  /^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:help me\s+)?(?:outline|(?:write|create|make|draft|give me|put together|build) (?:me )?(?:an |a detailed |a quick |a rough )?outline (?:for|of))\s+(?:a|an|my|the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:essay|article|blog post|paper|report|book|chapter|novel|story|thesis|dissertation|op-ed|research paper|white ?paper)\b/;
export const isWritingOutline = (ctx: TechniqueContext): boolean => ctx.lower.slice(0, 300).includes('outline') && WRITING_OUTLINE.test(ctx.lower.slice(0, 300));
/** "A 5-paragraph essay": one outline entry per paragraph. */
export function outlineParagraphs(ctx: TechniqueContext): number | null {
  const m = /\b(\d{1,2}|three|four|five|six|seven)[- ]paragraph\b/.exec(ctx.lower.slice(0, 300))?.[1];
  if (!m) return null;
  const n = { three: 3, four: 4, five: 5, six: 6, seven: 7 }[m] ?? Number(m);
  return n >= 3 && n <= 20 ? n : null;
}

export const TALK_COACH = 'an experienced conference speaker and speaking coach who builds each talk around one clear message';
const TALK_FORMAT =
  'Give a working title and the one-sentence message, then the outline as numbered sections, each with its minutes, two to four key points and the example or story that carries it; end with the closing line.';
/** "Outline a presentation …, 10 slides": the deck's size is set, so the outline goes slide by slide. */
export const slideCount = (ctx: TechniqueContext): number | null => {
  const n = /\b(\d{1,2})[- ]?slides?\b|\b(\d{1,2})[- ]slide (?:deck|presentation)\b/.exec(ctx.lower.slice(0, 300));
  const v = Number(n?.[1] ?? n?.[2]);
  return v >= 2 && v <= 60 ? v : null;
};
export const talkFormat = (ctx: TechniqueContext): string => {
  const slides = slideCount(ctx);
  return slides
    ? `Give a working title and the one-sentence message, then the deck slide by slide, numbered 1 to ${slides}: each slide with its title, two to four bullet points and one line on what to say over it; end with the closing line.`
    : TALK_FORMAT;
};
export function talkLines(ctx: TechniqueContext): string[] {
  const minutes = ctx.lower.slice(0, 300).match(/\b(\d{1,3})[- ]?(?:minutes?|mins?|min)\b/)?.[1];
  const slides = slideCount(ctx);
  return [
    'Build the talk around one central message, stated in a sentence, that every section supports.',
    slides
      ? `Use exactly ${slides} slides, one idea each, with the title slide and the closing slide among them${minutes ? `, paced to fill ${minutes} minutes` : ''}.`
      : minutes
      ? `Give each section its minutes so that they add up to ${minutes} minutes, leaving time for questions only if the request mentions them.`
      : 'Give each section its minutes, for a talk of about 20 minutes unless the request says otherwise.',
    'Carry each point with a concrete example, story or number the audience will remember, and open with something that earns their attention in the first minute.',
  ];
}

/**
 * Putting the asker's own items in order ("Which of these emails should I answer first? 1) … 2) …", "help me
 * prioritize these tasks"): a triage by deadline, impact and who is waiting, whatever the label.
 */
// Every triage ask says "first", "prioritize", "order", "rank" or "sort": one cheap check spares most prompts the full
// pattern, which every technique asks about.
export const isTriage = (ctx: TechniqueContext): boolean =>
  /first|priorit|order|rank|sort/.test(ctx.lower.slice(0, 400)) &&
  /\bwhich (?:of (?:these|the|my) |one )?(?:[\w-]+ )?should (?:i|we) (?:do|answer|tackle|handle|reply to|respond to|start with|work on|prioriti[sz]e|focus on|deal with|pay(?: off)?) first\b|\b(?:help me |how (?:do|should) i )?prioriti[sz]e (?:these|this|my|the following|them)\b|\bin what order should (?:i|we)\b|\bwhat should (?:i|we) (?:do|tackle|work on|answer|deal with) first\b|\brank (?:these|my|the following|today'?s) (?:tasks|to-?dos|to-?do items|jobs|errands)\b|\b(?:order|sort) (?:these|my|the following|today'?s) (?:tasks|to-?dos|to-?do items|items|emails|jobs|errands|things) (?:by|in order of) (?:priority|urgency|importance)\b/.test(ctx.lower.slice(0, 400)) &&
  (listedItems(ctx) >= 2 || /\d[.)]\s*\S[^\n]{3,}\d[.)]\s*\S/.test(ctx.lower.slice(0, 600)) || /:\s*\S[^\n]*,[^\n]*,/.test(ctx.lower.slice(0, 600)));
/**
 * "What are some good stretches for lower back pain?": several exercises a person does alone at home, each described well
 * enough to do safely, not ten creative ideas.
 */
const EXERCISE_LIST =
  /\b(?:stretches|stretching exercises|exercises|yoga poses|mobility drills)\b[^.?\n]{0,30}?\b(?:for|to help|to ease|to relieve|to fix|to strengthen|to loosen|to improve|that help)\b[^.?\n]{0,30}?\b(?:back|neck|knees?|hips?|shoulders?|posture|sciatica|pain|plantar|wrists?|ankles?|hamstrings?|core|desk workers?|runners?)\b/;
export const isExerciseList = (ctx: TechniqueContext): boolean =>
  (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa') && EXERCISE_LIST.test(ctx.lower.slice(0, 200)) && !isGuidedExercise(ctx);

/**
 * "Give me a 5-minute breathing exercise for anxiety before a presentation": one exercise to follow as it is read, not
 * ten ideas to choose from, whatever the label.
 */
export const isGuidedExercise = (ctx: TechniqueContext): boolean =>
  /exercise|technique|routine|practice|script|session/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:give me|walk me through|guide me through|talk me through|teach me|show me|i need|suggest|write|can you give me)\s+(?:a|an|one)\s+(?:(?:quick|short|simple|easy|calming|gentle|bedtime|sleep|guided|\d+[- ]min(?:ute)?s?)[- ])*(?:breathing|relaxation|grounding|mindfulness|meditation|calming|stretch(?:ing)?|body[- ]scan|visuali[sz]ation|box[- ]breathing)\s+(?:exercise|technique|routine|practice|script|session)\b/.test(
    ctx.lower.slice(0, 300),
  );

/**
 * "Give me a mnemonic to remember the order of the planets": a few memory aids to choose from, each checkable letter by
 * letter, whatever the label. An assembly mnemonic ("the mnemonic for MOV") is code.
 */
export const isMnemonic = (ctx: TechniqueContext): boolean =>
  ctx.taskType !== 'code' &&
  /mnemonic|memory|acronym/.test(ctx.lower.slice(0, 300)) &&
  // "I need to memorize the planets in order, give me a mnemonic": the items first, the ask after.
  (/\b(?:remember|memori[sz]e)\b[^.?!\n]{0,60}\b(?:give me|need|want|make|create|suggest)\s+(?:me\s+)?(?:a |an |some )?(?:[\w-]+ )?(?:mnemonics?|acronym)\b/.test(ctx.lower.slice(0, 300)) ||
  /\b(?:mnemonics?|memory (?:tricks?|aids?|devices?|hooks?)|(?:an |a )?acronym)\b[^.?!\n]{0,40}\b(?:remember|memori[sz]e|recall|learn|keep track of|order of)\b|\b(?:give me|come up with|make|create|suggest|need|want|write|invent)\s+(?:me\s+)?(?:a |an |some |\d+ )?(?:good |easy |catchy |funny |simple |memorable |clever )?mnemonics? (?:for|to)\b|\b(?:remember|memori[sz]e)\b[^.?!\n]{0,60}\b(?:with|using) (?:a |an )?(?:mnemonic|acronym|rhyme)\b/.test(ctx.lower.slice(0, 300)));

export const TRIAGE_COACH = 'You are a calm, practical productivity coach who triages work by deadline, impact and who is waiting.';

/**
 * "Is it normal that my 2-year-old doesn't talk much yet?": a parent asking about their child's development wants what
 * is typical at that age and when to ask a professional, not a lecture.
 */
export const isChildDevelopment = (ctx: TechniqueContext): boolean =>
  // "Is it normal for a 2 year old to not talk much yet?" asks about any child that age.
  /\bmy (?:\d{1,2}[- ](?:year|month|yr|mo)[- ]?olds?|toddler|baby|newborn|infant|preschooler)\b|\b(?:normal|common|typical|usual) for (?:an? |my )?(?:\d{1,2}|one|two|three|four|five)[- ](?:year|month|yr|mo)[- ]?olds?\b/.test(ctx.lower.slice(0, 300)) &&
  /\b(?:is (?:it|this|that) normal|normal (?:for|that|at)|should (?:i|we) (?:be )?(?:worried|concerned)|delayed|late (?:talker|walker)|milestones?|not (?:yet )?(?:talking|walking|crawling|sleeping through)|not (?:talk|walk|crawl|say)\b|(?:doesn'?t|does not|won'?t|isn'?t) (?:talk|walk|crawl|sleep|eat|talking|walking|crawling))\b/.test(ctx.lower.slice(0, 300));

/**
 * "My 6-year-old refuses to go to bed. What can I do?": a behaviour to change at home. The answer is strategies that
 * suit the age, in the order to try them, with words to use, not a general explanation or ten bold ideas.
 */
const MY_CHILD = /\bmy (?:\d{1,2}[- ](?:year|yr|month|mo)[- ]?olds?|(?:\w+ )?(?:toddler|preschooler|kid|kids|son|daughter|child|children|teen|teenager|twins|baby|infant))\b/;
const BEHAVIOUR =
  /\b(?:refuses?|refusing|won'?t (?:stop|listen|go|stay|eat|sleep|share|get|put|do|brush|leave)|keeps? (?:hitting|biting|lying|screaming|whining|waking|getting up|throwing)|tantrums?|meltdowns?|hits?|bites?|talks? back|whin(?:es|ing)|lies|lying|screen time|too much time on (?:his|her|their) (?:phone|tablet|ipad|screens?|games?|computer|console)|(?:phone|gaming|social media) (?:use|addiction)|picky eat\w*|sibling fights?|(?:started|been|is|keeps?) (?:hitting|biting|kicking|pushing|scratching|spitting|swearing|screaming at)|fight(?:s|ing)? (?:with|over)|bedtime battles?|back ?talk|potty[- ]train\w*|(?:sleep|stay) in (?:his|her|their) own (?:bed|room)|sleep through the night|to (?:eat|listen|share|brush|stop)\b)\b/;
const WANTS_HELP = /\b(?:what (?:can|should|do) (?:i|we) (?:actually )?(?:do|say)|how (?:do|can|should) (?:i|we)|any (?:tips|advice|ideas)|tips|advice|help)\b/;
/** "My 8 month old won't sleep through the night": a baby, who has no words to hear and whose normal includes night feeds. */
export const isBabyProblem = (ctx: TechniqueContext): boolean =>
  isParentingProblem(ctx) && /\bmy (?:\d{1,2}[- ](?:month|mo)[- ]?olds?|(?:\w+ )?(?:baby|infant))\b/.test(ctx.lower.slice(0, 300));
export const isParentingProblem = (ctx: TechniqueContext): boolean => {
  if (ctx.taskType !== 'open_qa' && ctx.taskType !== 'brainstorming') return false;
  const head = ctx.lower.slice(0, 300);
  // "My 4 year old throws tantrums every time we leave the playground": told, not asked, but help is what is wanted.
  return MY_CHILD.test(head) && BEHAVIOUR.test(head) && (WANTS_HELP.test(head) || (/^\s*my\b/.test(head) && ctx.features.words <= 30)) && !isChildDevelopment(ctx);
};

/**
 * "I keep procrastinating on my thesis. How do I stop?": a habit to break. What helps is proven strategies, the most
 * effective first, not an explanation of why people procrastinate.
 */
const HABIT =
  /\b(?:procrastinat\w*|putting (?:things|stuff|it|work) off|doomscroll\w*|scrolling (?:on my phone|at night|tiktok|instagram)|checking my phone|hitting snooze|oversleep\w*|overthink\w*|people[- ]pleas\w*|bit(?:e|ing) my nails|nail[- ]biting|stress[- ]eat\w*|late[- ]night snack\w*|impulse (?:buy\w*|spend\w*|shopping)|overspend\w*|smoking|vaping|(?:eating )?(?:sugar|junk food|fast food)|soda|caffeine|sleep better|sleep (?:during|in) the day|fall asleep (?:faster|quicker|easier)|get (?:better|more) sleep|improve my sleep)\b/;
export const isHabitChange = (ctx: TechniqueContext): boolean => {
  if (ctx.taskType !== 'open_qa') return false;
  const head = ctx.lower.slice(0, 300);
  if (!/stop|quit|break|beat|overcome|kick|fix|change|deal|get|tips|advice|sleep/.test(head)) return false;
  return (HABIT.test(head) || SLEEP_TROUBLE.test(head)) && /\b(?:what (?:can|should) i do|how (?:do|can|should) (?:i|we) (?:stop|quit|break|beat|overcome|kick|fix|change|deal with|get (?:over|rid of|out of)|sleep|fall asleep|get (?:better|more) sleep|improve my sleep)|how to (?:stop|quit|break|beat|overcome|kick)|(?:help me|i want to|i need to|trying to) (?:stop|quit|break|beat|overcome|kick)|any (?:tips|advice))\b/.test(head);
};

/** "I keep waking up at 3am": trouble sleeping, which a doctor should see if it lasts. */
export const isSleepTrouble = (ctx: TechniqueContext): boolean => SLEEP_TROUBLE.test(ctx.lower.slice(0, 300));

/**
 * "How do I stop my dog from barking at the mailman?": behaviour to train out with rewards, step by step, not an
 * essay on why dogs bark. A pet that is unwell is a health question (isCarefulDomain).
 */
export const petToTrain = (ctx: TechniqueContext): string | null => {
  if (ctx.taskType !== 'open_qa' && ctx.taskType !== 'brainstorming') return null;
  const head = ctx.lower.slice(0, 300);
  if (!/dog|pupp|cat|kitten/.test(head)) return null;
  const m =
    /\bhow (?:do|can|should) (?:i|we) (?:stop|get|teach|train|keep|make) (?:my|our) (?:[\w-]+ )?(dog|puppy|cat|kitten)s? (?:from|to|not to|stop)\b/.exec(head) ??
    /\b(?:my|our) (?:[\w-]+ )?(dog|puppy|cat|kitten) (?:keeps|won'?t stop|always|constantly) [a-z]+ing\b[^?]{0,80}\b(?:how (?:do|can) (?:i|we)|what (?:can|should) (?:i|we) do|tips|help)\b/.exec(head);
  return m?.[1] && !PET_ADVICE_URGENT.test(head) ? (m[1] === 'kitten' ? 'cat' : m[1] === 'puppy' ? 'dog' : m[1]) : null;
};
/** "What should I do if my dog eats chocolate?": a possible poisoning, where the first step is a call, not a read. */
const PET_SWALLOWED =
  /\b(?:ate|eats|eaten|swallowed|swallows|got into|licked) (?:a |an |some |the |my |our |half (?:a |of )?(?:a |the |my )?|a whole |a bar of |a few |two |three )?(?:[\w-]+ ){0,2}?(?:chocolate|grapes?|raisins?|onions?|garlic|xylitol|gum|socks?|bones?|ibuprofen|tylenol|paracetamol|pills?|medicine|medication|antifreeze|rat poison|lil(?:y|ies)|macadamias?|batter(?:y|ies))\b/;
export const isPetPoisoning = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && ctx.features.domain === 'pet care' && PET_SWALLOWED.test(ctx.lower.slice(0, 300));
const PET_ADVICE_URGENT = /\b(sick|vomit\w*|throw(?:s|ing)? up|diarrh\w+|limp\w*|bleed\w*|(?:ate|eats|eaten|swallowed|swallows) (?:a |an |some |the )?(?:chocolate|grapes?|raisins?|onions?|garlic|xylitol|gum|sock|bones?)|ate (?:a|some|the)|toxic|poison\w*|stopped eating|not eating|lethargic)\b/;

/** "Give me a catchy title for my blog post": a short piece picked from a few options, not the post itself. */
export const isShortPiece = (ctx: TechniqueContext): boolean =>
  ctx.features.itemCount === null && /^(titles|headlines|taglines|slogans|captions)$/.test(ctx.features.listNoun ?? '') && /\b(?:a|one) (?:[\w-]+ ){0,3}?(?:title|headline|tagline|slogan|caption)\b/.test(ctx.lower.slice(0, 200)) &&
  // "Don't give me a list, just your single best line": one it is.
  !/\b(?:don'?t|do not) (?:give me |want )?(?:a )?list|\bjust (?:one|your (?:single |one )?best)|\bsingle best|\bonly one\b|\bno (?:list|options)\b/.test(ctx.lower.slice(0, 400));

/** A public reply to a customer's review or complaint. */
export const isReviewReply = (ctx: TechniqueContext): boolean =>
  /\b(?:response|reply|respond|answer) (?:to )?(?:a |the |this |an |our |my |that )?(?:[\w-]+ ){0,2}?(?:review|complaint)s?\b|\b(?:yelp|google|tripadvisor|trustpilot|facebook) (?:review )?(?:response|reply)\b/.test(ctx.lower.slice(0, 300)) ||
  // "A customer left this review: "…" Write a reply from the owner."
  (/\b(?:left|posted|wrote|gave us) (?:a |this |the |an )?(?:[\w-]+ )?review\b/.test(ctx.lower.slice(0, 200)) && /\b(?:write|draft|give me|need) (?:a |an |the |my )?(?:short |polite |public |professional )?(?:reply|response)\b/.test(ctx.lower.slice(0, 400)));

/** List items used as written (a question, a title), not ideas that need a name and a rationale. */
export const SHORT_ITEMS = /^(questions|prompts|titles|headlines|taglines|slogans|topics|words|phrases|jokes|hashtags|captions|conversation starters|icebreakers)$/;

/**
 * A one-step calculation ("what's 15% of 86.40", "convert 72 F to C"): one line of working, not numbered steps checked a
 * second way.
 */
export function isQuickCalc(ctx: TechniqueContext): boolean {
  if (ctx.taskType !== 'reasoning') return false;
  if (isClockSum(ctx)) return true;
  if (ctx.features.words > 12) return false;
  const numbers = ctx.lower.match(/\d[\d,.]*/g)?.length ?? 0;
  if (numbers < 1 || numbers > 2 || sub(ctx, 'puzzle', 'proof', 'estimate') || isNumbersDecision(ctx)) return false;
  return /\d\s*%|\bpercent\b|(?<![\d.])\d[\d,.]*\s*[-+*/×÷^x]\s*\d|\b(times|divided by|plus|minus|squared|cubed|square root|convert)\b|\b\d[\d,.]*\s*(°|degrees?\s*)?(f|c|km|mi|miles|kg|lbs?|pounds|ounces|oz|cm|inches|feet|ft|liters?|litres?|gallons?)\s+(in|to|into)\b/.test(ctx.lower);
}

/** "My train leaves at 9:40 and the trip takes 2 h 35 min. When do I arrive?": a clock time plus a duration. */
const isClockSum = (ctx: TechniqueContext): boolean =>
  ctx.features.words <= 30 &&
  !sub(ctx, 'puzzle', 'proof') &&
  /\b(when|what time)\b/.test(ctx.lower) &&
  /\b\d{1,2}(?::\d{2}\s*(?:am|pm)?|\s*(?:am|pm))(?![\w:])/.test(ctx.lower) &&
  /\b\d+\s*(?:h|hrs?|hours?|min|mins|minutes)\b/.test(ctx.lower) &&
  (ctx.lower.match(/\d+/g)?.length ?? 0) <= 6;

/**
 * A decision that turns on numbers ("refinance from 6.8% to 5.9% … worth it?", "can we afford a €300k flat?"): the
 * answer is a recommendation resting on a figure. Puzzles that "pick" or "choose" are not decisions.
 */
export const isNumbersDecision = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'reasoning' &&
  !sub(ctx, 'puzzle', 'proof') &&
  /\b(worth it|is it worth|worth (buying|doing|paying|switching|the (money|cost|extra|upgrade))|(is|would) (it|this|that) (be )?(a )?(good|bad|smart|wise) (idea|deal|investment|move)|better (deal|offer)|can (i|we) afford|should (i|we) (buy|rent|lease|sell|refinance|take|accept|invest|pay|switch|keep|choose|go with|upgrade)|which (?:of (?:our|the|these) )?(?:(?:two|three|four|\d) )?(?:suppliers?|vendors?|quotes?|offers?|plans?|options?|bids?|contractors?|carriers?) should (?:i|we) (?:pick|choose|go with|use|take|accept)|help (me|us) (decide|choose|pick)(?= (?:between|whether|which)\b|\s*(?:[.!?]|$))|which (one |option |offer )?(is|would be) (better|cheaper|the better (deal|choice|option)))\b/.test(ctx.lower);

/**
 * "Three cards: $2,000 at 24%, $5,500 at 18%, $800 at 29%. Which should I pay off first?": an order of repayment, where
 * the avalanche (highest rate first) and the snowball (smallest balance first) are the two standard answers.
 */
export const isDebtOrder = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'reasoning' &&
  /\b(?:pay(?:ing)? (?:off|down)|tackle|clear|repay)\b/.test(ctx.lower) &&
  /\b(?:credit cards|cards|debts|loans|balances|avalanche|snowball)\b/.test(ctx.lower) &&
  /\b(?:first|order|avalanche|snowball|prioriti[sz]e)\b/.test(ctx.lower) &&
  (ctx.lower.match(/\d+(?:\.\d+)?\s*%/g)?.length ?? 0) >= 2;

/**
 * "How many calories should I eat to lose a pound a week? I'm 34, 190 lbs": a figure for a body, which comes from a
 * standard formula and an assumption about activity, so a range is honest and a single worked sum is not.
 * "How many calories are in 3 eggs" is a look-up, not a formula.
 */
const BODY_FIGURE =
  /\b(?:how (?:many|much) (?:calories|kcal|protein|carbs|fat|fiber|fibre)\b(?! (?:are |is )?in\b)|how (?:much|many (?:cups|glasses|litres|liters|ounces|oz) of) water (?:should|do|does) (?:i|we|you|a person|an adult|an? (?:toddler|child|kid|baby|teenager|teen)|my \w+|kids|children) (?:need to )?drink|(?:a )?(?:healthy|ideal|normal|good) (?:body )?weight for|how much should i weigh|(?:calorie|protein|macro|water) (?:target|intake|goal|needs)|tdee|bmr|(?:max(?:imum)?|target) heart rate|heart[- ]rate zones?|one[- ]rep max|1rm)\b/;
export const isBodyFigure = (ctx: TechniqueContext): boolean =>
  ((ctx.taskType === 'reasoning' && !sub(ctx, 'puzzle', 'proof')) || (ctx.taskType === 'open_qa' && (ctx.features.numbers > 0 || /^\s*how (?:much|many (?:cups|glasses|litres|liters|ounces|oz) of) water\b/.test(ctx.lower)))) && BODY_FIGURE.test(ctx.lower.slice(0, 400));

/**
 * "Is coffee bad for you?", "how much sugar is too much?", "are eggs healthy?": what a food, drink or habit does to the
 * body in general. The answer is the weight of the evidence, a safe amount and who is an exception, not an essay.
 */
/**
 * "Is this contract clause fair? 'Tenant shall be responsible for all repairs…'": terms someone is asked to accept, read
 * for what they commit the signer to, how one-sided they are and what to propose instead.
 */
const TERMS_DOC = /\b(?:clause|contract|lease|rental agreement|agreement|terms(?: and conditions| of (?:service|use))?|nda|non-?compete|non-?disclosure|waiver)\b/;
const TERMS_QUESTION = /\b(?:fair|unfair|reasonable|normal|standard|usual|enforceable|legal|one-sided|red flags?|should i (?:sign|worry|be worried)|what does (?:this|it) (?:mean|say))\b/;
export function isTermsReview(ctx: TechniqueContext): boolean {
  if (ctx.taskType !== 'analysis' || ctx.features.domain !== 'legal') return false;
  const head = ctx.lower.slice(0, 300);
  return TERMS_DOC.test(head) && TERMS_QUESTION.test(head) && (ctx.features.hasSuppliedText || /["“][^"”\n]{20,}["”]/.test(ctx.lower));
}

/** "Analyze this poem: '…'": a close reading, grounded in the words of the text, not a weighing of evidence. */
export const isLiteraryAnalysis = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'analysis' &&
  /\b(?:analy[sz]e|analysis of|interpret|close[- ]read|explain the (?:meaning|symbolism|themes?) of|what is the meaning of|what does)\b[^.\n]{0,30}\b(?:poem|stanza|sonnet|haiku|verse|novel|short story|passage|excerpt|lyrics|song|play|soliloquy|scene|chapter|opening lines?)\b/.test(ctx.lower.slice(0, 200));
/** "How much should I tip for an $85 haircut?": the usual range, in money for the amount given. */
export const isTipQuestion = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && TIP_QUESTION.test(ctx.lower.slice(0, 300));
/** "Tell me a fun fact about octopuses": one surprising, true fact (or as many as asked), not an overview. */
export const funFacts = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && ctx.features.words <= 25 && FUN_FACTS.test(ctx.lower.slice(0, 300));

/**
 * How a language-practice partner is asked to correct: "correct my mistakes as we chat" → before each reply; "at the end
 * of each of your replies" → after it; "correct my mistakes at the end" → once, when the user is done. Null when not
 * asked, or asked only gently ("gently correct me when I make a big mistake"), where recasting the right form is enough.
 */
export function correctionStyle(ctx: TechniqueContext): 'before' | 'after' | 'end' | null {
  if (ctx.taskType !== 'roleplay' || !ctx.features.interactive || ctx.features.languageMentioned === null) return null;
  const head = ctx.lower.slice(0, 400);
  if (!/\bcorrect (?:my|me|any|all)\b|\bcorrections?\b|\bfix my (?:mistakes|errors|grammar)\b|\bpoint out my (?:mistakes|errors)\b/.test(head)) return null;
  // "Correct my mistakes gently at the end of each reply": where the corrections go is stated, so it is kept.
  if (/\bat the end of (?:each|every) (?:of )?(?:your )?(?:reply|replies|message|messages|response|responses|turn|answer)\b|\bafter (?:each|every) (?:of )?(?:your )?(?:reply|message|response|turn)\b/.test(head)) return 'after';
  if (/\bgently\b|\bbig (?:mistakes?|errors?)\b|\bonly (?:when|if)\b/.test(head)) return null;
  if (/\bat the end\b|\bafterwards\b|\bwhen (?:we'?re|we are|i'?m|i am) (?:done|finished)\b/.test(head)) return 'end';
  return 'before';
}
/** "Help me understand my blood test results: ferritin 12, hemoglobin 11.2": values to read against their ranges. */
const LAB_RESULTS = /\b(?:my|these|the|his|her) (?:blood ?(?:tests?|work)|lab(?:oratory)?|test) (?:results|report|panel|numbers)\b|\bblood ?work (?:results|came back)\b|\b(?:ferritin|ha?emoglobin|cholesterol|ldl|hdl|a1c|tsh|vitamin d|platelets?|white (?:blood )?cell count)\b[^.\n]{0,15}?\d/;
export const isLabResults = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && ctx.features.domain === 'health' && LAB_RESULTS.test(ctx.lower.slice(0, 400));
/** "What are the symptoms of low vitamin D?": a condition's signs, asked about in general rather than the asker's own case. */
export const symptomsOf = (ctx: TechniqueContext): boolean =>
  ctx.taskType === 'open_qa' && (ctx.features.domain === 'health' || ctx.features.domain === 'pet care') && asksSigns(ctx) && !isWellbeing(ctx) && !sub(ctx, 'diagnose');
export const isHealthEffect = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && asksHealthEffect(ctx.lower, ctx.features);

/** The standard method for the figure asked, so the answer names it instead of a home-made rule. */
export function bodyMethod(ctx: TechniqueContext): string {
  const t = ctx.lower.slice(0, 400);
  if (/\b(calor\w*|kcal|tdee|bmr)\b/.test(t)) return 'for daily calorie needs, for example, the Mifflin–St Jeor equation times an activity factor';
  if (/\bprotein\b/.test(t)) return 'for protein, grams per kilogram of body weight from sports-nutrition guidance';
  if (/\bheart[- ]rate\b/.test(t)) return 'for maximum heart rate, for example, the Tanaka formula (208 − 0.7 × age), and heart-rate reserve for zones';
  if (/\b(one[- ]rep max|1rm)\b/.test(t)) return 'for a one-rep max, for example, the Epley formula';
  if (/\b(?:weight|weigh)\b/.test(t)) return 'for a healthy weight, for example, the BMI range of 18.5–24.9 for the height given, and where BMI misleads';
  if (/\bwater\b/.test(t)) return 'for water, for example, the daily intakes health authorities such as EFSA or the US National Academies give';
  return 'say which one';
}

export const isSimple = (ctx: TechniqueContext): boolean => ctx.complexity === 'simple';
export const isComplex = (ctx: TechniqueContext): boolean => ctx.complexity === 'complex';

/** An assistant or support-bot setup ("the customer support assistant for …"): a product with rules, not a character. */
const BOT_SETUP = /\b((customer|technical) (support|service) (assistant|agent|bot)|(assistant|chat ?bot|bot) for (a|an|our|the|my)\b|system prompt)/;
export const isBotSetup = (ctx: TechniqueContext): boolean => BOT_SETUP.test(ctx.lower);

// "Act as a synonyms provider / a data visualizer / a podcast producer": the user hands over inputs and wants the job
// done, so a character's rules (stay in character, short chatty replies, *actions*) would get in the way.
const SERVICE_ROLE = new RegExp(
  String.raw`\b(?:act as|act like|you are|you're|pretend to be|play the role of|take on the role of|serve as|work as) (?:a |an |my |the |our )?(?:[\w'-]+ ){0,4}?` +
    String.raw`(?:tool|generator|provider|dictionary|calculator|checker|detector|solver|optimi[sz]er|converter|formatter|proofreader|editor|explainer|` +
    String.raw`consultant|advis[eo]r|analyst|visuali[sz]er|producer|engineer|developer|programmer|designer|planner|strategist|copywriter|` +
    String.raw`marketer|architect|scientist|statistician|mathematician|researcher|accountant|lawyer|nutritionist|dietitian|reviewer|critic|auditor|agent|` +
    // Roles whose answer is a deliverable (advice, a review, a poem, a playlist) rather than a line of conversation.
    String.raw`specialist|expert|coach|counsell?or|recruiter|stylist|translator|curator|recommender|logistician|doctor|dentist|` +
    String.raw`poet|novelist|storyteller|composer|screenwriter|ghostwriter|lyricist|writer|commentator|comedian|historian|journalist|academician)s?\b`,
);
/** A job or a tool set up to process the user's inputs, rather than a character to talk to. */
// A scene where the user plays a part too ("I'll be the owner"), or a game, is roleplay with a character.
// ctx.lower has typographic apostrophes already turned into plain ones.
const SCENE = /\b(i'?ll be (the|a|an|your)|i will be (the|a|an|your)|i'?m the|i am the|react to what i|let'?s play|text (rpg|adventure)|dungeon master|game master)\b/;
export const isServiceRole = (ctx: TechniqueContext): boolean => SERVICE_ROLE.test(ctx.lower.slice(0, 400)) && !SCENE.test(ctx.lower);
