// Cheap prompt features the selector and techniques use beside the classifier's verdict. Everything here is a
// handful of linear regex scans over a bounded sample, so a 200 KB prompt costs about as much as a short one.
import { isMostlyNonLatin } from '../../shared/script.ts';
import type { TaskType } from '../../shared/task-types.ts';

/** Long prompts are scanned at the head and tail only: the ask and the format request live there. */
const HEAD = 8000;
const TAIL = 3000;

export interface LengthLimit {
  /** The phrase as the user wrote it, e.g. "300+ word" or "fewer than 6 sentences". */
  text: string;
  value: number;
  unit: 'words' | 'sentences' | 'paragraphs' | 'bullets' | 'lines' | 'characters' | 'pages' | 'minutes';
}

export type FormatKind = 'json' | 'table' | 'list' | 'markdown' | 'csv' | 'yaml' | 'xml' | 'code' | 'prose';

export interface PlanFacts {
  duration: string | null;
  budget: string | null;
  people: string | null;
  when: string | null;
  interests: string | null;
  /** What to leave out, in their words: "hate museums" → "museums". */
  dislikes: string | null;
  /** Time the person can give: "8 hours a week", "30 minutes a day". */
  time: string | null;
  /** A hard limit in their own words: "can't take a pay cut", "don't have a car". */
  limit: string | null;
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december';

const NO_PLAN_FACTS: PlanFacts = Object.freeze({ duration: null, budget: null, people: null, when: null, interests: null, dislikes: null, time: null, limit: null });

function detectPlanFacts(ask: string): PlanFacts {
  const m = (re: RegExp): string | null => ask.match(re)?.[0]?.trim().replace(/[.,]+$/, '') ?? null;
  return {
    // "3 days a week" is a frequency, and cutting it to "3 days" would change its meaning; "2 weeks after surgery" is
    // when the plan starts, not how long it runs.
    duration: m(/\b(?:\d{1,3}\s?[-–]\s?)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](day|night|week|month)(?!s?[- ]olds?\b)(?![- ](?:work ?weeks?|workweeks?|weeks?)\b)s?(?! (?:post|since|ago|out from|into)\b|(?<!\b(?:first|next|within|for) (?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:day|night|week|month)s?) after\b)(?: (?:a|per) (?:week|month))?\b|\b(a|one) (week|month|weekend)\b|\bweekend\b/i),
    budget: m(/(?:\bbudget of\s*)?(?:[$€£¥]\s?\d[\d,.]*k?|\b\d[\d,.]*k?\s?(?:dollars|euros|pounds|usd|eur|gbp|yen)\b)|\b(on a (tight |small |low )?budget|cheap|affordable)\b/i),
    // A head count first: in "a party for my husband who loves jazz, about 30 people" the husband is the guest of honour.
    people: m(/\b(?:for |with )?(?:about |around |up to |roughly )?\d{1,4} (?:people|persons|adults|kids|children|friends|guests|attendees|participants|invitees|engineers|employees|staff|colleagues|students|developers|players|members|volunteers)\b/i) ?? m(/\b(for (two|three|four|five|six|\d{1,2}) (people|persons|adults|kids|friends)|for (?:two|three|four|five|six)\b(?! (?:weeks?|days?|hours?|months?|nights?|years?|minutes?|times|of)\b)|(?:about |around |up to )?\d{1,4} (?:guests|attendees|participants|invitees)|family of (three|four|five|six|\d)|(two|three|four|\d{1,2}) (of us|people|adults)|(?<!\bfor )my (wife|husband|partner|family|kids|girlfriend|boyfriend)|(?<!\bto )solo(?! (?:flight|cross-country))|alone|a couple)\b/i),
    when: m(new RegExp(`\\b(in|during|this|next) (?:early |mid-?|late )?(${MONTHS}|spring|summer|autumn|fall|winter)\\b|\\b(${MONTHS}) \\d{1,2}\\b|\\bby (${MONTHS}|next \\w+|the end of \\w+)\\b`, 'i')),
    // "We love food and hate museums, budget around €600": the interests end where a dislike or another fact begins.
    interests:
      ask
        .match(/\b(?:we|i|who) (?:like|likes|love|loves|enjoy|enjoys|are into|is into|am into|'re into|'m into)\s+([^.;\n]{3,60})|\binterested in\s+([^.;\n]{3,60})/i)
        ?.slice(1)
        .find((g) => g)
        ?.split(/\s+(?:and|but)\s+(?:(?:we|i)\s+)?(?:hate|dislike|don't like|do not like|can't stand|avoid)\b|,\s*(?:budget|but|we|i|our|my|no|hate|not into|not a fan of|about|around|roughly|up to|for|in|on)\b|,\s*[$€£¥\d]/i)[0]
        ?.trim() ?? null,
    dislikes: ask.match(/\b(?:hate|dislike|don't like|do not like|can't stand|not into|not a fan of)\s+([^.,;:!?\n]{3,40}?)(?=\s*(?:[.,;:!?\n]|\band\b|\bbut\b|$))/i)?.[1]?.trim() ?? null,
    // "2 hours a day", and how often: "3 times a week", "twice a week".
    // "1 hour on weekdays and 4 hours on weekends" is one limit, quoted whole.
    time: m(/\b(?:\d+(?:\.\d+)?|one|two|three|four|five|ten|twenty|thirty)(?:\s?[-–]\s?\d+)?\s?(?:hours?|hrs?|minutes?|mins?)\s(?:(?:a|per|each|every)\s(?:day|week|night|weekday|weeknight|evening|morning|weekend)\b|on\s(?:weekdays|weeknights|weekends|work ?days|week ?days)\b(?:,?\s(?:and|plus)\s(?:about\s|around\s|roughly\s|up to\s)?(?:\d+(?:\.\d+)?|one|two|three|four|five|six|eight|ten)(?:\s?[-–]\s?\d+)?\s?(?:hours?|hrs?|minutes?|mins?)\s(?:on\s)?(?:weekends|the weekend|weekend days|saturdays?|sundays?|weekdays|weeknights)\b)?)|\b(?:(?:\d+|one|two|three|four|five|six|seven) (?:times|sessions|workouts|runs|lessons|classes)|once|twice) (?:a|per|each|every) (?:day|week|month)\b/i),
    // "I can't take a pay cut", "we don't have a car", "I can only afford one lesson a week": said about themselves, so a plan that ignores it is useless.
    // Quoted whole (to the end of its clause) or not at all: a limit cut mid-word reads as a bug.
    limit: ask.match(/\b(?:i|we)\s(?:[^.;:!?\n]{0,60}?\s(?:and|but)\s)?(?!(?:can['’]t|cannot|can not) (?:wait|decide|choose|figure|remember|believe|find|think|stop|help|seem|tell)\b)((?:can['’]t|cannot|can not|won['’]t|don['’]t want to|do not want to|am not able to|are not able to|don['’]t have|do not have|can only|only have)\s[^.;:!?\n()]{3,60}?)(?=\s*(?:[.;:!?\n(]|$)|,?\s(?:and|but)\s(?:i|we|my|our|she|he|they)\b)/i)?.[1]?.trim() ?? null,
  };
}

/**
 * "40 customers in Q3 vs 22 in Q2", "revenue this month vs last month": a figure set against another period, not a choice
 * between options. Such a "vs" is read as "against" so it names no options and no comparison of alternatives.
 */
const FIGURE_VS =
  /\s(?:vs\.?|versus)\s+(?=[$€£¥]?\d|(?:q[1-4]|h[12]|fy\s?\d+|last|prior|previous|(?:this|that|the (?:previous|prior|same)) (?:year|month|week|quarter|period|day|season)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*(?: \d+)?)\b)/gi;
const figureVsAsAgainst = (s: string): string => s.replace(FIGURE_VS, ' against ');

/** The options being compared ("Compare PostgreSQL and MongoDB", "React vs Vue", "should I pick X or Y"). */
function detectOptions(text: string): string[] {
  const ask = figureVsAsAgainst(text);
  if (!/\b(compare|vs|versus|should (i|we)|(?:which|what) (?:one )?is (?:better|healthier|cheaper|safer|(?:more|less) \w+)|which should i choose|differences? between|(?:decide|choose|pick) between|decide whether to)\b/i.test(ask)) return [];
  const clean = (s: string): string =>
    s
      .replace(/^(should (i|we) (use|choose|pick|go with|buy|learn|get)|is it better to (use|get|buy)|which is better)\s+/i, '')
      .replace(/^(the|a|an|using|between)\s+/i, '')
      .replace(/[\s,.;:!?]+$/, '')
      .trim();
  const patterns = [
    /\bcompare\s+(?:between\s+)?([^,.;:?\n]{2,40}?)\s+(?:and|vs\.?|versus|with|to)\s+([^,.;:?\n]{2,40}?)(?=\s+(?:for|in|on|as|when|from|regarding|based)\b|[,.;:?\n]|$)/i,
    // Names on both sides ("React vs Vue", "PostgreSQL vs. MongoDB")…
    /\b([A-Z0-9][\w.+#-]*(?: [A-Z0-9][\w.+#-]*)?)\s+(?:vs\.?|versus)\s+([A-Z0-9][\w.+#-]*(?: [A-Z0-9][\w.+#-]*)?)/,
    // …or whole phrases from the start of the clause ("Heat pump vs. a new gas furnace for a 1962 house").
    /(?:^|[.,;:!?\n]\s*)([^.,;:!?\n]{2,40}?)\s+(?:vs\.?|versus)\s+(?:a |an |the )?([^.,;:!?\n]{2,50}?)(?=\s+(?:for|in|on|as|when|near|with|at|if)\b|[,.;:?!\n]|$)/i,
    /\bshould (?:i|we) (?:use|choose|pick|go with|buy|learn|get)\s+([^,.;:?\n]{2,30}?)\s+or\s+([^,.;:?\n]{2,30}?)(?=\s+(?:for|in|on|as|when|first|next|now|instead)\b|[,.;:?\n]|$)/i,
    /\b(?:(?:which|what) (?:one )?is (?:better|healthier|cheaper|safer|(?:more|less) \w+)|which should i choose)[,:]?\s+([^,.;:?\n]{2,30}?)\s+or\s+([^,.;:?\n]{2,30}?)(?=\s+(?:for|in|on|as|when)\b|[,.;:?\n]|$)/i,
    // "Help me decide whether to learn Rust or Go for backend work".
    /\bdecide whether to (?:use|choose|pick|go with|buy|learn|get|take|hire|try)\s+([^,.;:?\n]{2,30}?)\s+or\s+([^,.;:?\n]{2,30}?)(?=\s+(?:for|in|on|as|when|first|next|now|instead)\b|[,.;:?\n]|$)/i,
    /\b(?:decide|choose|pick) between\s+([^,.;:?\n]{2,40}?)\s+(?:and|or)\s+([^,.;:?\n]{2,40}?)(?=\s+(?:for|in|on|as|when|from|because|since)\b|[,.;:?\n]|$)/i,
    /\bdifferences? between\s+([^,.;:?\n]{2,40}?)\s+and\s+([^,.;:?\n]{2,40}?)(?=\s+(?:for|in|on|as|when|from|regarding|based)\b|[,.;:?\n]|$)/i,
  ];
  for (const re of patterns) {
    const m = ask.match(re);
    if (m?.[1] && m[2]) {
      const a = clean(m[1]);
      const b = clean(m[2]);
      const named = (s: string): boolean => /[a-z]{2}/i.test(s) && s.split(' ').length <= 5;
      // "the French and American revolutions" share one noun: split at "and", neither half names a subject.
      const sharedHead = !a.includes(' ') && /^[\w-]+ [\w-]+s$/i.test(b);
      if (a && b && a.toLowerCase() !== b.toLowerCase() && named(a) && named(b) && !sharedHead) return [a, b];
    }
  }
  return [];
}

export interface PromptFeatures {
  chars: number;
  words: number;
  lines: number;
  sentences: number;
  questionMarks: number;
  /** The prompt carries its own material (a passage, an email, data, code) to work on. */
  hasSuppliedText: boolean;
  /** Code in the prompt: a fenced block or lines that look like code. */
  hasCode: boolean;
  /** Programming language named or evident, e.g. "Python". */
  codeLanguage: string | null;
  /** Libraries or frameworks the prompt names (pandas, React…), so requirements do not forbid them. */
  libraries: string[];
  /** The user already gave examples ("for example", "Input: … Output: …"). */
  hasExamples: boolean;
  /** An output format already asked for. */
  formatRequested: FormatKind | null;
  lengthLimit: LengthLimit | null;
  /** A count of items asked for ("10 ideas", "five names"). */
  itemCount: number | null;
  /** What the items of a requested list are ("questions" in "a list of questions to start a conversation"). */
  listNoun: string | null;
  /** How many separate lists the request asks for ("top 3 themes, then a list of plugins, then…"). */
  listParts: number;
  /** A natural language named as the target ("in French", "translate to German"). */
  languageNamed: string | null;
  /** Any natural language mentioned ("my Spanish conversation partner"). */
  languageMentioned: string | null;
  /** The prompt already gives the model a persona ("You are…", "Act as…"). */
  hasPersona: boolean;
  /** An audience already named ("for beginners", "to my manager"). */
  audience: string | null;
  /** Reasoning already requested ("step by step", "show your work"). */
  asksForReasoning: boolean;
  /** Explicit requirement words (must, don't, at most…). */
  constraintCount: number;
  /** The user's own explicit instructions (short sentences with must / do not / exactly…), to restate as a checklist. */
  userConstraints: string[];
  /** Phrased as a question (a question mark, or opens with a question word). */
  isQuestion: boolean;
  /** Facts a plan must respect, in the user's words (duration, budget, people, timing, interests). */
  planFacts: PlanFacts;
  /** Options being compared, in the user's words. */
  options: string[];
  /** A back-and-forth is wanted (roleplay as a chat), rather than one answer in character. */
  interactive: boolean;
  /** List/number words: list, steps, bullet, top N. */
  hasListWords: boolean;
  /** Needs current facts or tools: latest, search, look up, browse, API, run. */
  needsTools: boolean;
  /** What is at stake, when the user says (interview, exam, client…). */
  stakes: string | null;
  /** Short and under-specified. */
  vague: boolean;
  numbers: number;
  /** Labels offered for a classification ("positive or negative"). */
  labels: string[];
  /** Fields asked for in an extraction ("names, dates and amounts"). */
  fields: string[];
  /**
   * What a short request refers to but does not include ("summarize the attached meeting notes" → "meeting notes"):
   * the answer needs it, so the model should ask rather than invent it. Null when the material is there.
   */
  missingMaterial: string | null;
  /** Attributes asked for per item ("for each one: what, owner, deadline"), as snake_case keys. */
  itemFields: string[];
  /** A subject domain, for the persona ("marketing", "legal"…). */
  domain: string | null;
  /** Sub-kinds of the ask, in priority order, for task-specific wording (e.g. "translate", "debug", "itinerary"). */
  subKinds: SubKinds;
  /** Right-to-left script, emoji or control characters present (reported in notes; the text is kept as is). */
  hasRtl: boolean;
  hasControlChars: boolean;
  /** Letters (any script) present at all; emoji-only or binary input has none. */
  hasLetters: boolean;
  /** Mostly written in a non-Latin script (Arabic, CJK, Cyrillic…): the answer should follow that language. */
  nonLatin: boolean;
  /** The language the prompt is written in when it is not English ("Spanish"), from its function words; null for English. */
  writtenIn: string | null;
  /** The prompt was scanned in part (head and tail) because it is long. */
  sampled: boolean;
}

const LANGUAGES = [
  'English', 'French', 'Spanish', 'German', 'Italian', 'Portuguese', 'Dutch', 'Chinese', 'Mandarin', 'Japanese', 'Korean',
  'Arabic', 'Hindi', 'Russian', 'Turkish', 'Polish', 'Hebrew', 'Vietnamese', 'Swedish', 'Greek', 'Ukrainian', 'Indonesian',
  // Languages clinics, schools and landlords translate notices into.
  'Haitian Creole', 'Tagalog', 'Filipino', 'Somali', 'Amharic', 'Tigrinya', 'Hmong', 'Nepali', 'Burmese', 'Khmer', 'Farsi', 'Persian', 'Dari',
  'Pashto', 'Urdu', 'Bengali', 'Punjabi', 'Tamil', 'Cantonese', 'Thai', 'Swahili', 'Romanian', 'Czech', 'Hungarian', 'Norwegian', 'Danish',
  'Finnish', 'Malay', 'Serbian', 'Croatian', 'Bulgarian', 'Catalan',
];
// Counted as mentioned only when asked for ("into Tagalog"): "a Thai curry" or "Persian rugs" names no language, and the
// rarer ones are not worth scanning every prompt for.
const ONLY_WHEN_ASKED = new Set(['English', 'Thai', 'Persian', 'Filipino', 'Cantonese', 'Punjabi', 'Bengali', 'Somali', 'Hmong', 'Burmese', 'Khmer', 'Malay', 'Serbian', 'Croatian', 'Tamil', 'Nepali', 'Danish', 'Czech', 'Hungarian', 'Norwegian', 'Finnish', 'Romanian', 'Bulgarian', 'Catalan', 'Swahili', 'Urdu', 'Amharic', 'Tigrinya', 'Dari', 'Pashto', 'Farsi', 'Tagalog', 'Haitian Creole']);
const LANGUAGE_RE = new RegExp(`\\b(?:in(?:to)?|to)\\s+(${LANGUAGES.join('|')})\\b`, 'i');
// "Smells like nail polish" names no language.
const LANGUAGE_ANY_RE = new RegExp(`\\b(?<!\\b(?:nail|shoe|furniture|floor|silver|boot) )(${LANGUAGES.filter((l) => !ONLY_WHEN_ASKED.has(l)).join('|')})\\b`, 'i');
const TRANSLATE_INTO_RE = new RegExp(`\\btranslat\\w*\\b[^\\n]{0,200}?\\b(?:into|to) (${LANGUAGES.join('|')})\\b`, 'i');
const TRANSLATE_RE = new RegExp(`\\btranslat\\w*\\b[^.\\n]{0,80}?\\b(${LANGUAGES.join('|')})\\b`, 'i');
const SECOND_LANGUAGE_RE = new RegExp(`^\\s*(?:,|&|/|and|as well as)\\s*(?:(?:into|to|in)\\s+)?(${LANGUAGES.join('|')})\\b`, 'i');

const CODE_LANGUAGES: [RegExp, string][] = [
  // "ts"/"js" are only a language when they name code ("a js class", "in js"), not as letters in prose.
  [/\btypescript\b|\bts\b(?= (code|class|function|type|types|interface|file|module|script|snippet))|\b(in|using|with) ts\b|```ts\b|```typescript/i, 'TypeScript'],
  [/\bjs\b(?= (code|class|function|script|snippet|file|module|object|array|promise|event|events|library|app))|\b(in|using|with) (vanilla )?js\b|\bjavascript\b|\bnode\.?js\b|\breact\b|```js\b|```javascript|\bconsole\.log\b|\bfunction\s*\w*\s*\([\w\s,]*\)\s*\{\s*(?:let|const|var)\b|\b(?:app|router)\.(?:get|post|put|patch|delete|use)\s*\(\s*['"]|\(\s*req,\s*res\s*\)\s*=>|\brequire\(\s*['"]/i, 'JavaScript'],
  [/\bpython\b|\bpandas\b|\bdjango\b|\bflask\b|```py|\bdef \w+\(|\bprint\(/i, 'Python'],
  [/\bjava\b(?!script)|\bspring boot\b|\bpublic static void\b/i, 'Java'],
  [/\bc\+\+|\bcpp\b|#include\s*<\w+>/i, 'C++'],
  [/\bc#|\.net\b|\bcsharp\b/i, 'C#'],
  [/\bgolang\b|\bgo (code|function|program|module)\b|```go\b/i, 'Go'],
  // "A function in Go": the capital tells the language from the verb.
  [/\b(?:in|using|with|written in) Go\b(?! (?:to|back|out|for|ahead|through|over|away|on|home)\b)/, 'Go'],
  [/\brust\b|```rust|\bfn main\(\)/i, 'Rust'],
  // Before SQL: "a docker-compose file for Postgres" is YAML that names a database.
  [/\bdocker[- ]compose\b|\bdockerfile\b/i, 'Docker'],
  // "A shell script that backs up my postgres dumps": the script is Bash, whatever it backs up.
  [/\bbash\b|\bshell script\b|```(sh|bash)\b/i, 'Bash'],
  [/\bsql\b|\bpostgres(ql)?\b|\bmysql\b|\bsqlite\b|\bselect\s+[\w*,\s]+\s+from\s+\w+/i, 'SQL'],
  [/\bkotlin\b/i, 'Kotlin'],
  [/\bswift\b(?! code of conduct)/i, 'Swift'],
  [/\bruby\b|\brails\b/i, 'Ruby'],
  [/\bphp\b|\blaravel\b/i, 'PHP'],
  [/\bhtml\b|\bcss\b/i, 'HTML/CSS'],
  [/\br\b(?= (code|script|language))|\bggplot\b|\bdplyr\b/i, 'R'],
  [/\bvim ?script\b|\bvimrc\b/i, 'Vimscript'],
  [/\broblox\b|\bluau\b/i, 'Luau'],
  [/\blua\b/i, 'Lua'],
  [/\bperl\b/i, 'Perl'],
  [/\bscala\b/i, 'Scala'],
  [/\bhaskell\b/i, 'Haskell'],
  [/\belixir\b/i, 'Elixir'],
  [/\bjulia\b(?= (code|function|script|language))/i, 'Julia'],
  [/\bmatlab\b|\boctave\b/i, 'MATLAB'],
  [/\bdart\b|\bflutter\b/i, 'Dart'],
  [/\bzig\b/i, 'Zig'],
  [/\bocaml\b/i, 'OCaml'],
  [/\bclojure\b/i, 'Clojure'],
  [/\bf#/i, 'F#'],
  [/\bpowershell\b/i, 'PowerShell'],
  [/\bsolidity\b|\bsmart contract\b/i, 'Solidity'],
  [/\bvba\b|\bexcel macro\b/i, 'VBA'],
  [/\b(?:excel|google sheets|sheets|spreadsheet) formulas?\b|\b(?:xlookup|vlookup|hlookup|sumifs?|countifs?|averageifs|iferror|arrayformula)\b/i, 'spreadsheet formulas'],
  [/\b(?:google )?apps script\b/i, 'Google Apps Script'],
  [/\bterraform\b|\bhcl\b/i, 'Terraform'],
];

// "spring" alone is the season ("I might move in the spring"): only Spring Boot, Spring Security … or Java Spring.
const LIBRARY_RE =
  /\b(kotlinx\.serialization|kotlinx\.coroutines|gson|jackson|moshi|serde|tokio|retrofit|okhttp|ktor|pandas|numpy|scipy|matplotlib|seaborn|scikit-learn|sklearn|pytorch|torch|tensorflow|keras|django|flask|fastapi|requests|react|vue|angular|svelte|next\.js|express|nestjs|spring(?= (?:boot|framework|security|mvc|data|cloud|batch)\b)|(?<=java )spring|rails|laravel|jquery|tailwind|bootstrap|lodash|axios|prisma|sqlalchemy|kysely|zod|electron|unity|godot|opencv|selenium|playwright|puppeteer|beautifulsoup|langchain|openpyxl|polars|dask|spark|pyspark|kafka|redis|docker|kubernetes|terraform|ansible|graphql)\b/g;

const DOMAINS: [RegExp, string][] = [
  [/\b(seo|search engine)\b/, 'SEO'],
  // "Explain what a p-value means to my marketing team": the subject is statistics; the team is who reads it.
  [/\b(p-?values?|statistical(?:ly)? significan\w*|confidence intervals?|null hypothes[ie]s|standard deviations?|t-tests?|chi-squared?)\b/, 'statistics'],
  // "A holiday promotion for my bakery" is marketing, not a trip; a job promotion is neither.
  [/\b(marketing|brand|campaign|advert\w*|landing page|copywriting|newsletter|(?:holiday|seasonal|christmas|summer|spring|in-store|store|sales?|launch|referral|loyalty) promotions?)\b/, 'marketing'],
  // Not software's "multi-tenant" or "API contract", nor "lease or buy a car"; "without losing the contract" is a
  // client relationship, not its terms. "Am I entitled to a refund?" after a
  // cancelled flight is consumer law, not travel.
  [/\b(legal|legally|(?<!(?:smart|api|data|service|interface|code) )(?<!\b(?:los(?:e|ing)|lost|win(?:ning)?|won|land(?:ing|ed)?|keep(?:ing)?|kept|get(?:ting)?|got|bid(?:ding)?|pitch(?:ing)?) (?:the|a|this|that|our|their|its) )contract|lawsuit|sue|law|gdpr|compliance|clause|(?<!-)tenant|landlord|(?:my|the|our|a|this) lease\b(?! or)|lease (?:agreement|terms)|eviction|small claims|(?:get|got|be|been|getting) fired|wrongful(?:ly)? (?:termination|dismissal|terminated|dismissed)|(?:parking|speeding|traffic) (?:ticket|fine|violation)|penalty charge notice|entitled to (?:a |an )?(?:full )?(?:refund|compensation|reimbursement)|consumer rights|chargeback|statutes? of limitations?|paralegals?|living trusts?|revocable trusts?|probate|power of attorney|estate planning)\b/, 'legal'],
  // "My neighbor's tree is hanging over my fence, can I cut it": boundary law, not gardening.
  [/\b(?:property line|boundary (?:line|wall|fence|dispute)|(?:hanging|hangs|overhanging|grows?|growing) over (?:my|our|the) (?:fence|property|yard|garden|driveway|roof))\b/, 'legal'],
  // A pet's health or care: the vet, not a general expert, is the reference.
  [/\b(vets?|veterinar\w+|(?:my|our) (?:dog|cat|puppy|kitten|rabbit|parrot|hamster|guinea pig|horse|bird|chicken|hen|duck|goat)s?|(?:my|our) (?:backyard )?flock|(?:safe|toxic|poisonous|dangerous) (?:for|to) (?:cats|dogs|pets|kittens|puppies|rabbits)|(?:signs|symptoms|causes|treatment) of [\w -]{2,30}? in (?:dogs|cats|puppies|kittens|pets|rabbits|horses))\b/, 'pet care'],
  [/\b(medical|medicines?|health(?:ier|iest)?|symptoms?|melatonin|supplements?|vitamins?|antihistamines?|benadryl|zyrtec|claritin|blood (?:tests?|work|results|pressure|sugar)|food poisoning|lab results|feel(?:ing)? (?:so |really |very )?(?:tired|sleepy|exhausted|drained)|fatigue|ferritin|ha?emoglobin|cholesterol|a1c|thyroid|doctor|diagnos\w+|nutrition|diet|medications?|dose|dosage|ibuprofen|paracetamol|acetaminophen|aspirin|tylenol|advil|side effects?|safe to (take|mix)|urgent care|emergency room|a mole|rash|lump|fever|headaches?|migraines?|cough\w*|sore throat|sprain\w*|nausea|dizz\w+|(?:knee|back|neck|shoulder|hip|ankle|wrist|chest|stomach|ear|tooth|eye|foot|feet)s? (?:hurts?|aches?|pain)|(?:knee|back|neck|shoulder|hip|ankle|wrist|chest|stomach|ear|tooth|eye|foot|feet) hurt\b|insomnia|hours of sleep|enough sleep|sleep hygiene|sleep quality|hydrat\w*|water intake|how (?:much|many (?:cups|glasses|litres|liters|ounces|oz)(?: of)?) water (?:should|do|does) (?:i|we|you|a person|an adult|kids|children|my \w+) (?:need to )?drink|(?:can'?t|cannot|unable to) (?:fall|get|go|stay) (?:back )?(?:to )?(?:sleep|asleep))\b/, 'health'],
  // "Is it safe to eat eggs past the expiration date?": how long food keeps and when it makes people ill.
  [/\b(?:eat|eating|drink|drinking|cook|cooking|use|using)\b[^?.\n]{0,40}\b(?:past|after|beyond) (?:the |its |their )?(?:expir\w+|best[- ]before|use[- ]by|sell[- ]by)\b|\b(?:best[- ]before|use[- ]by|sell[- ]by) dates?\b|\bexpired (?:milk|eggs|food|meat|yogh?urt|cheese|bread)\b|\bleft (?:out )?(?:overnight|all night|on the counter)\b|\bleftovers?\b[^?\n]{0,30}\b(?:last|keep|good for|safe)\b|\b(?:safe|ok|okay|still good)\b[^?\n]{0,40}\b(?:in|been in) (?:the |my )?(?:fridge|refrigerator) for (?:\d+|a few|two|three|four|five|six|seven|a) (?:days?|weeks?)\b/, 'food safety'],
  // "We're choosing between hiring a fractional CFO or a full-time controller": how a company staffs itself.
  [/\b(?:we'?re|we are|our (?:company|startup|business|firm))\b[^.\n]{0,60}\bhir(?:e|ing)\b[^.\n]{0,40}\b(?:cfo|cto|coo|ceo|controller|vp|head of|director|agency|contractor|freelancer|consultant|full-time|part-time|fractional)\b|\bfractional (?:cfo|cto|coo|cmo|exec\w*)\b|\b(?:should|do|can) we (?:hire|outsource|bring in)\b|\$?\d[\d.]*\s?[mk]? (?:arr|mrr)\b|\b(?:burn rate|runway)\b/, 'business strategy'],
  // "My dad keeps getting scam calls", "my identity was stolen": fraud and how to recover from it, not money in general.
  [/\b(?:scams?|scammers?|scammed|fraud(?:ster)?s?|fraudulent|identity (?:theft|thieves|was stolen|got stolen)|stolen identity|credit freeze|freez(?:e|ing) (?:my|his|her|their|our) credit)\b/, 'consumer fraud prevention'],
  // "How should I store breast milk at work?": feeding and caring for a baby.
  [/\b(?:breast ?milk|breast-?feed\w*|breastfeed\w*|pump(?:ing|ed)? (?:breast )?milk|formula[- ]fe(?:d|eding)|baby formula|bottle[- ]fe(?:d|eding))\b/, 'infant care'],
  // "I'm nervous about my first therapy appointment": mental health care, not physical therapy.
  [/\b(?:(?<!(?:physical|speech|occupational|physio|massage|light|cold|heat) )therap(?:y|ist)s?|counsel(?:l?ing|l?or)s?|psychiatrists?|panic attacks?|mental health)\b/, 'mental health'],
  // "Three job offers: a startup, a bank, a nonprofit": a career choice, whoever the employers are.
  [/\bjob offers?\b/, 'career'],
  [/\b(startup|business plan|revenue|pricing|saas|customers?|go-to-market|sales|small business|pitch deck|series [a-d] (?:round|funding|deck|raise|investors?)|seed round|venture capital|my (shop|store|café|cafe|restaurant|bakery|salon)|(?:i|we) (?:run|own|manage) (?:a|an) (?:small |little |local |family[- ]run )?(?:business|shop|store|café|cafe|restaurant|bakery|salon|bar|boutique|brewery|florist|bookshop|bookstore|food truck))\b/, 'business strategy'],
  // "Why is my electricity bill so high?": the answer is in the home (heating, appliances, tariff), not in investing.
  [/\b(electric(?:ity)? bills?|energy bills?|gas bills?|heating bills?|power bills?|utility bills?|energy (?:usage|use|efficiency)|thermostat|heat pump|space heaters?|insulation)\b/, 'home energy use'],
  // "What caused the 2008 financial crisis?": economic history, not the asker's money.
  [/\b(?:financial (?:crisis|crash|meltdown)|great (?:depression|recession)|subprime|housing bubble|dot-?com (?:bubble|crash)|bank runs?|hyperinflation)\b/, 'economics'],
  [/\b(finance|financial|bankrupt\w*|home ?buyers?|closing costs|(?:at|before|after) closing|escrow|down payment|w-?2s?|1099s?|tax withholding|(?:whole|term|universal) life(?: insurance)?|life insurance|annuit(?:y|ies)|invest\w*|stocks?|portfolio|tax|budget|loans?|mortgages?|retirement|debt|savings|emergency fund|index funds?|etfs?|mutual funds?|roth|ira|401\(?k\)?|compound interest|interest rates?|credit cards?|credit (?:score|report|history)s?|refinanc\w*|(?:rent|renting) (?:or|vs\.?|versus) (?:buy|buying)|(?:buy|buying) (?:or|vs\.?|versus) (?:rent|renting)|down payment)\b/, 'personal finance'],
  [/\b(inflation|deflation|recessions?|gdp|the economy|economics|supply and demand|central banks?|federal reserve|tariffs?|unemployment rate)\b/, 'economics'],
  [/\b(tcp|udp|dns|ipv[46]|ip address(?:es)?|subnet\w*|osi model|tls handshake|load balanc\w+)\b/, 'computer networking'],
  [/\b(machine learning|deep learning|neural|llm|data science|dataset|statistic\w*|regression)\b/, 'data science'],
  [/\b(security|vulnerab\w+|encryption|phishing|malware|auth\w*|password (?:storage|hashing|hashes|policy|policies)|(?:store|storing|hash|hashing|salt|salting) (?:user )?passwords|bcrypt|argon2|scrypt|pbkdf2)\b/, 'security'],
  // "Resume este texto" is Spanish or Portuguese for "summarize this text".
  [/\b(resume(?! (?:este|esse|esta|essa|isto|isso|el|la|los|las|o|os|as|en|em|lo|me|pra|para)\b)|cv|cover letter|job interview|job offers?|hiring|recruit\w*(?! (?:more )?(?:men|women|members|volunteers|singers|players|kids|families|parents|donors|tenors|altos|sopranos|basses|coaches|referees))|career)\b/, 'career'],
  // "What's the meaning of the song Hotel California": a song, not a trip.
  [/\b(?:songs?(?! of ice and fire)|lyrics|albums?|singer|songwriter|rapper|musicians?|chords?|guitar|piano|music theory)\b/, 'music'],
  // "Desserts that travel well" are sturdy food, not a trip.
  [/\b(travel(?! well\b)|trip|itinerary|vacation|holiday|flight(?! (?:instructors?|school|training|lessons?|students?|simulators?|hours))|hotel|luggage|baggage)\b/, 'travel'],
  [/\b(workout|fitness|exercise|gym|running(?! (?:toilet|tap|faucet|water|late|out|errands|total|costs?|business|meeting|program|script|code|query|server|app|process|low)\b)|marathon|(?<!\b(?:potty|toilet|sleep|crate|leash|house|litter|puppy|dog|obedience) )training plan)\b/, 'fitness'],
  // "My car makes a grinding noise when I brake": a mechanic's question, whatever the trip.
  [/\b(my car|car (?:battery|brakes?|engine|tires?|tyres?)|brakes?|braking|check engine light|transmission|mechanic|oil change|(?:tire|tyre) pressure|alternator|spark plugs?)\b/, 'car maintenance'],
  // "Fruit flies in my kitchen" is pest control, not cooking.
  // Words that are also titles or plain nouns ("Of Mice and Men", "ants" in a biology class) count only as a problem at home.
  [/\b(wasp(?:s['’]?)? nests?|hornet(?:s['’]?)? nests?|fruit flies|gnats|cockroach\w*|roaches|bed ?bugs|silverfish|pest control|(?:mice|rats|ants|moths|wasps|fleas) in (?:my|the|our)|get rid of (?:the |these )?(?:mice|rats|ants|moths|wasps|fleas))\b/, 'household pest control'],
  // The asker's own network, not café Wi-Fi in a question about HTTPS.
  [/\b((?:my|our|the) (?:home )?wi-?fi|wi-?fi (?:keeps|drops|dropping|signal|router|extender)|router|modem|internet (?:connection|keeps|drops|is slow)|mesh (?:network|wi-?fi|system))\b/, 'home networking'],
  [/\b(recipe|cook\w*|meal|bake|baking|kitchen|dinner|sourdough|dough|cast iron|thaw\w*|defrost\w*)\b/, 'cooking'],
  [/\b(teach\w*|lesson|students?|curriculum|classroom|homework)\b/, 'education'],
  [/\b(history|historical|war|empire|century|ancient|(?:french|american|russian|industrial|glorious|cultural|haitian|mexican|chinese|iranian) revolutions?)\b/, 'history'],
  [/\b(physics|chemistry|biology|quantum|molecule|evolution|astronomy|climate|photosynthesis|botany)\b/, 'science'],
  [/\b(product manager|roadmap|user stor\w+|feature request|okrs?)\b/, 'product management'],
  // "My tomato plants have spots on the leaves": the garden, not the kitchen; not a power plant or a plant-based diet.
  [/\b(?:garden(?:s|ing)?|(?<!(?:power|nuclear|chemical|processing|manufacturing|treatment|bottling) )plants?(?!-based| based| cells?)|seedlings?|houseplants?|succulents?|lawn|compost\w*|potting soil|repot\w*|pruning|monstera|orchids?|hydrangeas?|rose bush(?:es)?)\b/, 'gardening'],
];

/**
 * The subject area of the request, for the persona. The request's first paragraph decides; the details that follow
 * (a venue "with a kitchen", a budget line) only count when a domain comes up at least twice, so an offsite plan is
 * not handed to a cooking expert.
 */
// A reader named by their job ("to a product manager", "to a new hire").
const READER_ROLE =
  '(?:[a-z-]+ ){0,2}?(?:manager|engineer|designer|developer|marketer|lawyer|doctor|nurse|teacher|student|executive|ceo|cfo|cto|founder|investor|accountant|salesperson|recruiter|journalist|analyst|scientist|therapist|economist|beginner|newcomer|new hire|intern|stakeholder|client|customer|patient|parent|pet owner|tenant|resident|volunteer|paralegal|homeowner|home ?buyer|buyer|seller|caregiver|apprentice|trainee|employee|owner|photographer|freelancer|artist|writer|musician|driver|contractor|landlord|retiree)';
// "Explain Kubernetes like I'm a product manager": who is asking, not the field the answer is in. "Explain what a
// vector database is to a product manager" is the same: the reader, not the subject.
const ASKER_AS = /\b(?:like|as if|as though) (?:i'?m|i am|i was|i were|you'?re (?:talking|explaining) to) [^,.;:?!\n]{2,40}/g;
const EXPLAIN_START = /^\s*(?:please |can you |could you )?(?:explain|describe)\b/;
const TO_READER = new RegExp(String.raw`\bto an? ${READER_ROLE}\b`, 'g');
function detectDomain(ask: string): string | null {
  const first = (ask.split(/\n\s*\n/)[0] ?? '').replace(ASKER_AS, ' ');
  const head = EXPLAIN_START.test(first) ? first.replace(TO_READER, ' ') : first;
  for (const [re, name] of DOMAINS) if (re.test(head)) return name;
  if (head.length === ask.length) return null;
  for (const [re, name] of DOMAINS_GLOBAL) {
    const hits = new Set(ask.match(re) ?? []);
    if (hits.size >= 2) return name;
  }
  return null;
}
const DOMAINS_GLOBAL: [RegExp, string][] = DOMAINS.map(([re, name]) => [new RegExp(re.source, 'g'), name]);

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  twelve: 12, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const NUM = '(\\d{1,3}(?:,\\d{3})+|\\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundred)';
export const toNumber = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number.parseInt(s.replace(/,/g, ''), 10);

const LIMIT_RE = new RegExp(
  `\\b(?:(?:under|below|within|at most|at least|no more than|no less than|more than|max(?:imum)?(?: of)?|min(?:imum)?(?: of)?|up to|less than|fewer than|about|around|roughly|exactly|in|of|keep it (?:to|under))\\s+)?${NUM}\\+?[- ]?(?:(?:short|brief|simple|plain|clear|concise|tight)\\s+)?(words?|sentences?|paragraphs?|bullet points?|bullets?|points|lines?|characters?|chars|pages?|minutes?|mins?)\\b`,
  'i',
);
// On one line, and not a price: `ask` joins the head and the tail with a newline, so "under $50\ngift ideas" must not read as 50 ideas.
const ITEM_COUNT_RE = new RegExp(
  // "3 of 4 features done" in pasted notes is progress, not a count of features to write.
  // The lookahead first (a digit or the first letter of a number word), so the lookbehinds run only there.
  `\\b(?=[\\dotfsenh])(?<![$€£¥])(?<!\\b\\d+ (?:of|out of) )${NUM}[ \\t]+(?:(?!of\\b)\\w[\\w-]*[ \\t]+){0,3}?(ideas|names|ways|suggestions|tips|options|examples|questions|titles|headlines|subject lines|taglines|slogans|topics|activities|gifts|recipes|places|books|things|reasons|strategies|items|alternatives|jokes|prompts|features|steps|facts|points|punchlines|one-liners|poems|haikus|limericks|stories|tweets|captions|hashtags|riddles|quotes|posts|verses|phrases|recs|recommendations|picks|podcasts|movies|films|shows|novels|albums|documentaries|houseplants|plants|breeds)\\b`,
  'i',
);

const SINGLE_SHORT = /\b(?:give me|write|suggest|need|come up with|think of|help me (?:find|pick|come up with)|what'?s)\s+(?:a|one)\s+(?:good |catchy |short |clever |punchy |great |better |new |memorable |fun )*(title|headline|tagline|slogan|caption)\b/;
const MINUTES_AS_LENGTH = /^\s*(?:under|below|within|at most|no more than|max(?:imum)?(?: of)?|up to|less than|keep it (?:to|under))\s/i;
// Spoken or read: "she only has 2 min" for a tl;dr is reading time too. A pandas script is run, not read aloud.
const SPOKEN = /\b(spoken|speak|speech|talk|presentation|present|pitch|toast|perform\w*|stand-?up|comedy|skit|sketch|screenplay|short film|film|radio|vows|eulogy|sermon|lecture|read(?:ing)? (?:time|aloud)|to read|skim|tl;?dr|summar\w*|video|podcast|(?<!\b(?:python|pandas|bash|shell|powershell|node|js|javascript|typescript|ruby|perl|php|sql|build|deploy|cron|test|etl|migration) )script|monologue|voice-?over|episode|announcement|explain)\b/i;

const TALK_FIRST = /\b(?:speech|talk|presentation|toast|eulogy|vows|sermon|lecture|monologue|keynote)\b/i;

const REQUEST_VERB = /\b(summari[sz]e|write|explain|describe|give|list|translate|answer|reply|respond|keep|make|rewrite|condense|shorten|tell me)\b/;

const LIMIT_RE_ALL = new RegExp(LIMIT_RE.source, 'gi');

/** "A list of 15 words to describe a good leader": fifteen words to choose from, not a 15-word answer. */
const WORD_LIST = new RegExp(`\\b(?:list of|list|give me|suggest|need|want|name|find)\\s+${NUM}\\s+(?!(?:[\\w-]+\\s+){0,2}?(?:vocabulary|vocab|spelling|sight)\\b)(?:[\\w-]+\\s+){0,2}?(words|adjectives|synonyms|verbs|phrases)\\s+(?:to describe|for|that|which|meaning|describing|related to|associated with|to use|rhyming)\\b`, 'i');

/**
 * The first length limit that applies to the whole answer. "a 1-paragraph show-notes summary" inside one numbered
 * deliverable of several sizes that part only; restating it as the answer's limit would misdirect the model.
 */
function lengthLimitMatch(ask: string): RegExpMatchArray | null {
  if (WORD_LIST.test(ask.slice(0, 300))) return null;
  // The opening is the request itself: its first 300 characters, and only up to the blank line that starts pasted
  // material ("tl;dr this:\n\n… the one-page checkout …" has no length limit).
  const blank = ask.search(/\n\s*\n/);
  const opening = blank > 0 ? Math.min(300, blank) : 300;
  for (const m of ask.matchAll(LIMIT_RE_ALL)) {
    const start = m.index ?? 0;
    const line = ask.slice(ask.lastIndexOf('\n', start) + 1, start);
    const inListItem = /^\s*(?:\d{1,2}[.)]|[-*•])\s/.test(line);
    // A bare "7 points" is a count of something else (data points, score points), not "in 7 (bullet) points".
    if (/^\S+[- ]points$/.test(m[0].trim())) continue;
    // "From 180 to 225 words per minute", "200 words a minute": a speed, not the answer's length.
    if (/^\s*(?:per|an?|each)\s+(?:minute|min|hour|second)\b/i.test(ask.slice(start + m[0].length, start + m[0].length + 12))) continue;
    // "A marketing site with 200 pages", "our docs have 40 pages": the size of a thing, not of the answer.
    if (/\bpages?$/i.test(m[0].trim()) && /\b(?:with|has|have|had|having|of|over|across|contains?|containing)\s+(?:about |around |roughly |over |some |nearly |almost )?$/i.test(ask.slice(Math.max(0, start - 20), start))) continue;
    // "Summarize the attached 40-page contract", "this 3,000-word essay": the size of the source, not of the answer.
    // "Staff who don't want to read all 60 pages": the size of the source, too.
    if (/\bpages?$/i.test(m[0].trim()) && /\b(?:all|read|whole|entire|through)\s+$/i.test(ask.slice(Math.max(0, start - 12), start))) continue;
    // So is "this patient's 3-page radiology report".
    if (/^\S+-\S+$/.test(m[0].trim()) && /\b(?:the|this|that|these|attached|enclosed|our|my|your|his|her|their)(?:\s+[\w-]+['’]s)?\s+$/i.test(ask.slice(Math.max(0, start - 30), start)) && /^\s+(?:[\w-]+\s+)?(?:contract|document|doc|report|paper|pdf|article|essay|chapter|book|transcript|thesis|manuscript|policy|agreement|proposal|draft|story|text|deck|email|letter|memo|spec)\b/i.test(ask.slice(start + m[0].length, start + m[0].length + 40))) continue;
    // "Compare these two sentences", "rewrite the following 3 paragraphs": the material, not the answer's length.
    if (/\b(?:these|those|the following|both|the two|the three)\s+$/i.test(ask.slice(Math.max(0, start - 20), start)) && /^\S+\s+\S+$/.test(m[0].trim())) continue;
    // "She says maybe 10 words", "he knows 50 words", "the textbook only gives it one sentence": a fact about someone
    // or something, not the answer's length.
    if (/\b(?:gives? (?:it|them|this|that)|gave (?:it|them|this|that)|says?|said|knows?|knew|speaks?|spoke|reads?|types?|learn(?:ed|t|s)?|uses?|understands?|writes? only)\s+(?:maybe |about |around |only |just |roughly |over |under |fewer than |less than |more than )?$/i.test(ask.slice(Math.max(0, start - 30), start))) continue;
    // Minutes are the answer's length only for something spoken or read ("2 min max when spoken", "a 5-minute talk")
    // or under a strict cap: "the trip takes 2 h 35 min" and "a 20 minute workout" are durations in the task.
    // "Help me write a toast for my sister's wedding, …, 3 minutes": a talk named up front, its length added after a comma.
    const talkLength = TALK_FIRST.test(ask.slice(0, 80)) && /(?:^|[,;:(]\s*|\b(?:about|around|roughly|maybe|like) )$/i.test(ask.slice(Math.max(0, start - 10), start));
    if (/\bmin(?:ute)?s?$/i.test(m[0].trim()) && !MINUTES_AS_LENGTH.test(m[0]) && !talkLength && !SPOKEN.test(ask.slice(Math.max(0, start - 80), start + m[0].length + 80))) continue;
    // "Dinners that take under 30 minutes", "ready in under 20 min": a cap on the task's time, not on the answer.
    if (/\bmin(?:ute)?s?$/i.test(m[0].trim()) && /\b(take|takes|taking|ready|cook\w*|prep\w*|done|last|lasts|drive|walk|commute)\b[^.\n]{0,12}$/i.test(ask.slice(Math.max(0, start - 30), start)) && !SPOKEN.test(ask.slice(Math.max(0, start - 80), start + m[0].length + 80))) continue;
    const adjectival = /^\S+-\S+$/.test(m[0].trim()) && /^\s+[a-z]/i.test(ask.slice(start + m[0].length));
    if (inListItem && adjectival) continue;
    // Past the opening, a size only counts inside an instruction: "it pulls a shot in under 2 minutes" in a pasted
    // review is data, "Keep it under 100 words." is a limit.
    const from = Math.max(ask.lastIndexOf('\n', start), ask.lastIndexOf('. ', start), ask.lastIndexOf('? ', start), ask.lastIndexOf('! ', start)) + 1;
    const to = ask.slice(start).search(/[.!?\n]/);
    const sentence = ask.slice(from, to < 0 ? undefined : start + to).trim();
    if (start < opening || isInstruction(sentence) || REQUEST_VERB.test(sentence)) return m;
  }
  return null;
}

/** Strip fenced code and quoted material so words inside the user's data do not count as their ask. */
function askPart(lower: string): string {
  const cut = lower.replace(/```[\s\S]*?```/g, ' ').replace(/"[^"\n]{20,}"|“[^”\n]{20,}”/g, ' "…" ');
  const firstBlank = cut.search(/\n\s*\n/);
  const headEnd = firstBlank > 0 && firstBlank < 1500 ? firstBlank : 2000;
  // The tail starts after the head, so a short prompt is not read twice (that counted each number in it twice).
  const tail = cut.slice(Math.max(headEnd, cut.length - 600));
  return tail ? `${cut.slice(0, headEnd)}\n${tail}` : cut.slice(0, headEnd);
}

// Label words offered as alternatives ("positive, negative or neutral", "bug/feature request"); built once.
const LABEL_VOCAB = 'positive|negative|neutral|spam|not spam|ham|true|false|yes|no|fact|opinion|urgent|not urgent|relevant|irrelevant|toxic|safe|bug|feature request|question|unknown|mixed|unsure|not enough information';
const LABEL_PAIR_RE = new RegExp(
  `\\b(${LABEL_VOCAB})\\b((?:(?:\\s*[,/]\\s*|\\s+)(?:${LABEL_VOCAB})\\b)*)\\s*,?\\s*(?:,|/|\\bor\\b)\\s*(${LABEL_VOCAB})\\b`,
);

const LABEL_RUN_RE = new RegExp(`\\b(${LABEL_VOCAB})\\s+(?=(?:${LABEL_VOCAB})\\b)`, 'g');

/** "Is the following statement supported by the passage?": the three verdicts a claim can get against a text. */
const SUPPORTED = /\b(?:is|are) (?:the following|this|that|these|each) (?:statements?|claims?|conclusions?|sentences?) (?:supported|backed up|justified) by\b/;
/** "Is this email a phishing attempt?": a yes/no judgement, answered with the label and its opposite. */
const JUDGED: Record<string, [string, string]> = { phishing: ['phishing', 'legitimate'], scam: ['scam', 'legitimate'], spam: ['spam', 'not spam'], fake: ['fake', 'genuine'], legit: ['legitimate', 'scam'], legitimate: ['legitimate', 'scam'] };
function judgedLabels(ask: string): string[] | null {
  const m = ask.match(/\bis (?:this|it|that) (?:e-?mail |message |text |link |site |website |call |offer |listing |review )?(?:an? )?(phishing|scam|spam|fake|legit|legitimate)\b/);
  return m?.[1] ? [...(JUDGED[m[1]] ?? [])] : null;
}

/** "is this email urgent or can it wait?", "is this a bug or a feature?": the two answers the question offers. */
function eitherOr(ask: string): string[] {
  const m = ask.match(/\b(?:is|are) (?:this|these|that|it|they|the \w+)(?: [a-z]+)? (?:an? )?([a-z]+(?:-[a-z]+)?) or (?:(can|could|should|will|is|are|does|do) (?:it|this|they|that|he|she) )?(?:an? )?([a-z]+(?:-[a-z]+)?(?: [a-z]+)?)\s*\?/);
  if (!m?.[1] || !m[3]) return [];
  const second = m[3] === 'not' ? `not ${m[1]}` : m[2] && /^(can|could|should|will)$/.test(m[2]) ? `${m[2]} ${m[3]}` : m[3];
  return m[1] === second ? [] : [m[1], second];
}

function detectLabels(ask: string): string[] {
  // "Classify these bug reports by severity": the usual four levels, unless the request names its own.
  if (/\b(?:classify|sort|rank|label|tag|triage)\b[^.\n:]{0,60}\bby severity\b/.test(ask) && !/\b(?:as|into|levels?|labels?)\s*:/.test(ask)) return ['critical', 'high', 'medium', 'low'];
  // "Classify each expense as deductible or not for a sole proprietor": the label and its negation.
  const orNot = /\bas ([a-z][a-z-]{1,20}(?: [a-z-]{2,20})?) or not\b/.exec(ask);
  if (orNot?.[1]) return [orNot[1], `not ${orNot[1]}`];
  // "Which of these are mammals: …" → a yes/no membership label per item.
  const which = ask.match(/\bwhich (?:of (?:these|the following|them)(?: [a-z]+)? )?(?:are|is|would be) (?:an? )?([a-z][a-z -]{1,28}?)\s*(?:[?:]|$)/m);
  // "Which of these drivers is the higher risk": one to pick, not a yes/no label for each.
  if (which?.[1] && !/\b(best|better|most|least|more|less|true|correct|higher|lower|bigger|smaller|safer|riskier|cheaper|greater|worse|worst)\b|^the /.test(which[1])) {
    const phrase = which[1].trim();
    // "useful for transportation" is a property, "mammals" a class: negate each the natural way.
    if (/\b(for|to|in|of|with|by)\b|(ful|able|ible|ous|ive|ant|ent|ed)$/.test(phrase.split(' ')[0] ?? '') || /\s(for|to|in|of|with|by)\s/.test(phrase)) {
      return [phrase, `not ${phrase}`];
    }
    const x = phrase.replace(/([^s])s$/, '$1');
    return [x, `not ${/^[aeiou]/.test(x) ? 'an' : 'a'} ${x}`];
  }
  // "Tag each review as about Food, Service or Price": "about" introduces the set; it is not part of the first label.
  // A whole word: "given aspirin and transferred" names no labels.
  const quoted = ask.match(/\b(?:(?:as|into|labels?|categories|classes|options)\b|(?:a |the )?(?:priority|severity|rating) \(|(?:what (?:they|it) )?complains? about(?=:))\s*[:(]?\s*(?:(?:being )?(?:about|regarding|relating to|related to) )?((?:["'“]?[\w -]{2,24}["'”]?\s*(?:,|\/|\bor\b|\band\b)\s*){1,8}["'“]?[\w -]{2,24}["'”]?)/);
  const orPair = ask.match(LABEL_PAIR_RE);
  // "A fixed list of themes for our survey coding: Compensation, Manager, Career Growth, …" names the label set too.
  const listed = ask.match(/\b(?:labels?|categories|classes|themes|tags|buckets|codes|by type)\b[^:\n]{0,60}:\s*((?:[\w /&-]{2,30},\s*){1,11}[\w /&-]{2,30})(?=[.\n]|$)/);
  // Known label words find the set anywhere; labels listed just before them after "as"/"into" belong to it too
  // ("as billing, bug, or feature request", not just "bug, or feature request").
  const lead = orPair ? ask.slice(0, orPair.index).match(/\b(?:as|into)\s*:?\s*((?:[\w -]{2,24},\s*)+)$/)?.[1] ?? '' : '';
  // "as billing, bug, feature request or account access": a label after the known ones ends the set, up to the colon.
  const trail = orPair ? ask.slice((orPair.index ?? 0) + orPair[0].length).match(/^\s*,?\s*(?:or|,)\s*([\w -]{2,24}?)\s*(?=[:.?\n]|$)/)?.[1] ?? '' : '';
  // "positive negative or neutral", written without commas, is three labels.
  const source = orPair ? lead + orPair[0].replace(LABEL_RUN_RE, '$1, ') + (trail ? `, ${trail}` : '') : (quoted?.[1] ?? listed?.[1]);
  if (!source) {
    // "Tell me whether this is a list of flowers or trees": the two answers offered.
    const whether = /\bwhether (?:this|it|these|they|each) (?:is|are) (?:a list of |an? )?([a-z][a-z-]{2,20}) or (?:a list of |an? )?([a-z][a-z-]{2,20})\b/.exec(ask);
    if (whether?.[1] && whether[2] && whether[2] !== 'not') return [whether[1], whether[2]];
    return SUPPORTED.test(ask) ? ['supported', 'not supported', 'partly supported'] : (judgedLabels(ask) ?? eitherOr(ask));
  }
  const labels = source
    // With commas, "Relocation/Personal" is one label; without them, "positive/negative" is two.
    .split(source.includes(',') ? /\s*(?:,|\bor\b|\band\b)\s*/ : /\s*(?:,|\/|\bor\b|\band\b)\s*/)
    .map((s) => s.replace(/["'“”().:]/g, '').trim())
    .filter((s) => s.length > 1 && s.length <= 24 && !/^(the|a|an|either|each|one of|this|these)$/.test(s));
  const unique = [...new Set(labels)];
  // "neutral" is a natural third option whenever positive and negative are offered.
  return unique.length >= 2 && unique.length <= 12 ? unique : [];
}

/** Labels as the user wrote them ("Career Growth", not "career growth"), found in the original text. */
function recase(labels: string[], original: string): string[] {
  return labels.map((l) => original.match(new RegExp(`(?<![\\w])${l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i'))?.[0] ?? l);
}

const FIELD_WORDS: [RegExp, string][] = [
  [/\b(names?|people|persons?|individuals)\b/, 'names'],
  [/\bcompan(y|ies)|organi[sz]ations?|brands?\b/, 'organizations'],
  [/\bdates?\b|\bdeadlines?\b/, 'dates'],
  [/\btimes?\b(?! (of|to|per))/, 'times'],
  [/\be-?mails?( addresses)?\b/, 'emails'],
  [/\bphone( numbers?)?\b/, 'phone_numbers'],
  [/(?<!e-?mail )\b(addresses|locations?|places|cities|countries)\b/, 'locations'],
  [/\b(amounts?|prices?|costs?|totals?|sums?|figures)\b/, 'amounts'],
  [/\b(urls?|links?|websites?)\b/, 'urls'],
  [/\b(skills?)\b/, 'skills'],
  [/\b(products?|(?<!action )items?)\b/, 'products'],
  [/\b(action items?|tasks?|to-?dos?)\b/, 'action_items'],
  [/\b(keywords?|key terms?|topics?)\b/, 'keywords'],
  [/\b(titles?|job titles?|roles?)\b/, 'titles'],
];

/**
 * The attributes asked for per item ("For each one: what, who owns it, deadline (if stated), and whether it's
 * confirmed"), as snake_case keys: the extraction then returns one object per item instead of flat lists.
 */
const NAME_ATTR = '(?:doses?|dosages?|frequenc(?:y|ies)|strengths?|routes?|quantit(?:y|ies)|amounts?|prices?|costs?|dates?|times?|units?|sizes?|durations?|deadlines?|owners?|roles?|titles?|emails?|phone numbers?|ages?)';
const ITEM_NAME_ATTRS = new RegExp(`\\b(?:extract|pull(?: out)?|list|find|get|identify)\\s+(?:all\\s+(?:of\\s+)?)?(?:just |only )?the ([a-z]+) names?,?\\s+((?:${NAME_ATTR},\\s+)*${NAME_ATTR},?\\s+and\\s+${NAME_ATTR}|(?:and|with) (?:their |its )?${NAME_ATTR})\\b`);

export const RECORD_NOUNS = 'transactions|orders|invoices|receipts|entries|rows|records|line items|bookings|reservations|appointments|shipments|payments|expenses|charges|listings|events|tickets|applications|claims|trips|flights|visits|deliveries';
const RECORD_FIELDS = new RegExp(String.raw`\b(?:extract|pull(?: out)?|list|get|identify|find)\s+(?:all\s+)?(?:of\s+)?the ([a-z]+(?: [a-z]+)?(?:,\s*[a-z]+(?: [a-z]+)?)*,?\s+and\s+[a-z]+(?: [a-z]+)?)\s+(?:from|of|for|in)\s+(?:these|the|this|each|every|all|my|our)\s+(?:[\w-]+\s+)?(?:${RECORD_NOUNS})\b`);

/** "quantities" → "quantity", "doses" → "dose" (a field name for one item). */
const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
/** "phone numbers" → "phone_number": a plural phrase as one snake_case key. */
// "Extract every medication, dose, and time from this note": a thing, then what each one has.
// The thing is singular ("every medication", "the vendor"): "the names, emails and phone numbers" are three lists.
const ITEM_AND_ATTRS = new RegExp(`\\b(?:extract|pull(?: out)?|list|find|get|identify)\\s+(?:every|each|all(?: (?:of )?the)?|the)\\s+(?!${NAME_ATTR}\\b|names?\\b)([a-z]{2,}[a-rt-z]),\\s+((?:${NAME_ATTR},\\s+)*${NAME_ATTR},?\\s+and\\s+${NAME_ATTR})\\b`);
const fieldKey = (phrase: string): string => singular(phrase.trim()).replace(/\s+/g, '_');

function detectItemFields(ask: string): string[] {
  const m = ask.match(/\bfor (?:each|every) (?:one|item|entry|row|record|review|\w+)\s*[,:]\s*(?:extract|give|list|include|note)?:?\s*([^.\n?]{3,220})/);
  // "the action items and owners": each task goes with its owner, so they are fields of one item, not two lists.
  if (!m?.[1] && /\baction (?:items?|points)\b[^.\n]{0,40}\b(?:owners?|who|assignees?|responsible)\b/.test(ask.slice(0, 300)))
    return ['action', 'owner', ...(/\b(deadlines?|due dates?|dates?|when)\b/.test(ask.slice(0, 300)) ? ['due'] : [])];
  // "every person and the company they work for", "each product and its price": pairs, one object per item.
  const pair = m?.[1] ? null : ask.slice(0, 300).match(/\b(?:every|each|all(?: the)?) ([a-z]+) and (?:the ([a-z]+) (?:they|it|he|she) [a-z]+|(?:its|their|his|her) ([a-z]+))\b/);
  if (pair?.[1] && (pair[2] ?? pair[3])) {
    const item = /^(?:people|persons?|names?)$/.test(pair[1]) ? 'person' : pair[1].replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
    return [item, (pair[2] ?? pair[3] ?? '').replace(/ies$/, 'y')];
  }
  // "Extract the company names and their funding amounts": a two-word item and its attribute. So is "pull out just the
  // ingredients with quantities", where the attribute is one that values have.
  const named = m?.[1]
    ? null
    : ask.slice(0, 300).match(/\b(?:extract|pull(?: out)?|list|find|get|identify)\s+(?:all\s+(?:of\s+)?)?(?:just |only )?the ([a-z]+(?: [a-z]+)?) (?:and (?:its|their|his|her) |with (?:its |their )?)((?<=and (?:its|their|his|her) )[a-z]+(?: [a-z]+)?|quantities|amounts|prices|dates|times|sizes|costs|values|scores|ratings|deadlines|owners|percentages|measurements|units)\b/);
  if (named?.[1] && named[2]) {
    const head = named[1].replace(/ names?$/, '');
    const item = /^(?:people|persons?|names?)$/.test(head) ? 'person' : head.split(' ').map(singular).join('_');
    return [item, named[2].split(' ').map(singular).join('_')];
  }
  // "Extract the medication names, doses and frequencies": attributes of each named thing, so one object per
  // medication rather than three lists that lose which dose goes with which drug.
  const attrs = m?.[1] ? null : ask.slice(0, 300).match(ITEM_NAME_ATTRS) ?? ask.slice(0, 300).match(ITEM_AND_ATTRS);
  if (attrs?.[1] && attrs[2]) return [singular(attrs[1]), ...attrs[2].split(/\s*(?:,|\band\b)\s*/).filter(Boolean).map(fieldKey)];
  // "Extract every deadline and what's due from this syllabus": each deadline goes with its item.
  if (!m?.[1] && /\b(?:every|each|all(?: the)?|the) (?:deadlines?|due dates?|dates?) and what(?:'s| is| was) (?:due|happening|planned|on|expected)\b/.test(ask.slice(0, 300))) return ['item', 'due_date'];
  // "Extract the dates, amounts and payees from these bank transactions": each transaction is one record with them.
  const rec = m?.[1] ? null : ask.slice(0, 300).match(RECORD_FIELDS);
  if (rec?.[1]) {
    const keys = rec[1].split(/\s*(?:,|\band\b)\s*/).filter(Boolean).map(fieldKey);
    if (keys.length >= 2 && keys.length <= 8 && keys.every((k) => k.length >= 2 && k.length <= 24)) return keys;
  }
  if (!m?.[1]) return [];
  const keys = m[1]
    .split(/\s*(?:,|;|\band\b|\/)\s*/)
    .map((p) =>
      p
        .replace(/\([^)]*\)/g, ' ')
        .replace(/^(the|a|an|its|their|his|her)\s+/, '')
        .replace(/^whether (it'?s|it is|they'?re|they are)\s+/, '')
        .replace(/\b(just|only|if stated|if any|if known)\b/g, ' ')
        // "how long they've owned it" is a key about owning: "how_long_owned_it", not "how_long_they_ve".
        .replace(/\b(?:they|you|we|i|he|she|it)['’](?:ve|re|d|ll|s|m)\b/g, ' ')
        .replace(/[^a-z0-9 ]+/g, ' ')
        .trim()
        .split(/\s+/)
        .slice(0, 4)
        .join('_'),
    )
    .filter((k) => k.length > 1 && k.length <= 40);
  return keys.length >= 2 ? [...new Set(keys)].slice(0, 10) : [];
}

function detectFields(ask: string): string[] {
  const m = ask.match(/\b(?:extract|pull out|pull|parse out|list|find|identify|get)\b([^.\n?]{0,160})/);
  if (!m?.[1]) return [];
  // "extract: a, b and c" lists the fields after the colon; "pull out a and b: <pasted text>" before it.
  const span = m[1].replace(/\b(from|in|out of)\s+(the|this|these|my)\b[\s\S]*$/, '').replace(/^\s*:/, ' ').replace(/[:;][\s\S]*$/, '');
  const out: string[] = [];
  for (const [re, name] of FIELD_WORDS) if (re.test(span) && !out.includes(name)) out.push(name);
  // "the required skills and the nice-to-haves": when a part names no known field, or two parts the same one, each
  // part is a field of its own, in the user's words.
  const parts = span
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((x) => x.trim().replace(/^(?:all|any|every|each|the|a|an|their|its|both)\s+(?:(?:of )?the\s+)?/, '').replace(/\s+(?:mentioned|listed|stated|named|given|separately|individually|respectively)$/, '').trim())
    .filter(Boolean);
  if (parts.length >= 2 && parts.length <= 6 && parts.every((x) => /^[a-z][a-z -]{1,30}$/.test(x) && x.split(/\s+/).length <= 3)) {
    const known = parts.map((x) => FIELD_WORDS.find(([re]) => re.test(x))?.[1]);
    // "product name, price and launch date": three parts read as four known fields (a product and a name) are the
    // user's three, in their words.
    if (known.some((k) => !k) || new Set(known).size < parts.length || (out.length > parts.length && !/\b(?:their|its)\b/.test(span))) return parts.map((x) => x.replace(/[\s-]+/g, '_'));
  }
  return out.slice(0, 8);
}

// Built once: the table holds ~45 patterns, and rebuilding it per prompt showed in the enhance profile.
const PORT_LANGS = 'python|javascript|js|typescript|ts|java|c\\+\\+|c#|go|golang|rust|ruby|php|kotlin|swift|bash|shell|powershell|perl|scala|dart|lua|r|matlab|vba|c';
/** "Convert this Python to JavaScript", "rewrite this bash script in perl": groups 1 and 2 are the two languages. */
// "Convert this Python 2 code to Python 3": a port between versions, with the same pitfalls as one between languages.
export const PY2_TO_3 = /\b(?:convert|port|migrate|upgrade|update|rewrite)\b[^.\n]{0,30}?\bpython ?2(?:\.\d+)?\b[^.\n]{0,15}?\b(?:to|into)\s+python ?3\b/;
export const PORT_RE = new RegExp(
  String.raw`\b(?:convert|port|translate|rewrite|transpile|migrate)\b[^.\n]{0,30}?\b(${PORT_LANGS})(?: code| script| function| snippet| class)?\s+(?:to|into|in)\s+(?:idiomatic\s+)?(${PORT_LANGS})(?![\w+#])`,
);

const TEST_DATA =
  /\b(?:generate|create|make|give me|write|produce|need)\b[^.\n]{0,20}?\b(?:\d+ |some |a few |a bunch of )?(?:(?:realistic|fake|dummy|sample|mock|test|synthetic|random|seed)\s+){1,3}(?:[\w-]+\s+){0,2}?(?:records|rows|data|datasets?|entries|users|customers|employees|products|profiles|orders|transactions|people|accounts)\b/;
const SUB_KIND_CHECKS = [
  // "Translate this error message into plain English for a customer" is a simpler wording, not another language.
  [/\btranslat\w*\b(?![^.\n]{0,50}\b(?:plain|simple|everyday|layman'?s?|non-technical|normal|human) (?:english|language|terms|words)\b)/, 'translate'],
  [/\b(proofread|fix (the |my )?(grammar|spelling|typos)|grammar check|copyedit|check (?:my|the|this) (?:grammar|spelling)|(?:check|correct) my (?:french|spanish|german|italian|portuguese|english|japanese|chinese|korean|dutch|russian)|(?:grammar|spelling) check)\b/, 'proofread'],
  [/\b(simplify|plain english|simple (words|terms|language)|easier to (read|understand)|non-native (?:english )?speakers?|(?:english|esl) learners?|learners of english|eli5|like i'?m (five|5)|for (a|my|an?) (\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)[- ]?(year|yr)[- ]?old|for (kids|children|a child|a kid|young readers)|(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grade (?:reading )?level|for (?:a |an |my )?(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders?|grade \d{1,2} (?:reading )?level|(?:lower|simpler|easier) reading level)\b/, 'simplify'],
  [/\b(more )?(formal|professional|polite)\b/, 'formal'],
  [/\b(more )?(casual|informal|friendl(y|ier)|conversational)\b/, 'casual'],
  [/\b(shorten|shorter|more concise|condense|cut (it|this) down)\b/, 'shorten'],
  // Loose values put into a grid or a format ("convert this to a table: apples 3 $1.20, pears 5 $2.10").
  [/\b(convert|turn|put|format|organi[sz]e|make|arrange|reformat)\s+(?:this|these|it|them|the following|(?:my|this|these|our) (?:[\w-]+ ){0,2}?[\w-]+)\s+(?:in)?to\s+(?:a |an )?(?:markdown |html |nice |neat |clean |simple |short |quick |step-by-step )?(table|csv|spreadsheet|json|yaml|bullet(?:ed)? list|numbered list|(?:shopping |grocery |packing |to-?do )?list|bullets|checklist)\b/, 'reformat'],
  // Notes or bullets turned into running text ("turn these bullets into a paragraph for our newsletter").
  [/\b(turn|convert|make|rewrite|combine|write up|transform)\s+(?:these|this|my|the|our|those|following)?\s*(?:[\w-]+\s+){0,2}?(bullets?|bullet points|notes|minutes|list|points|outline)\s+(?:into|to|as)\s+(?:a |an |one |some |two |three |short |proper |full |flowing )*(?:[\w-]+\s+)?(paragraphs?|prose|e-?mail|text|sentences|essay|post|update|blurb|announcement|narrative|memo|letter)\b|\b(?:turn|make|write up)\s+(?:them|these|those|it)\s+into\s+(?:a |an )?(?:short |quick |brief |friendly )*note (?:home|to (?:the )?(?:parents?|family|families))\b/, 'prose'],
  [/\b(expand (on )?(this|it|these|the)|elaborate on|make (it|this) longer|lengthen|flesh (it|this) out|flesh out)\b/, 'expand'],
  // "Design a database schema for a library management system": tables and keys, not an application.
  // "Generate a JSON schema for a user profile": a validation contract, not tables.
  [/\bjson[- ]?schemas?\b/, 'jsonschema'],
  // "Write a git commit message for: fixed null pointer…": a message about a change, not code.
  // Only when the message is what is asked for: "pull the ticket ids out of commit messages" is a regex.
  [/^\s*(?:please |can you |could you )?(?:write|draft|generate|suggest|give me|create|compose|come up with|help me (?:write|with)|need)\b[^.\n]{0,25}\b(?:(?:git )?commit messages?|(?:pr|pull request) (?:title|description)s?)\b/, 'commit'],
  [/\b(?:database|db|sql|relational|postgres(?:ql)?|mysql|sqlite) (?:schema|data ?model|design|tables)\b|\bdata ?model for\b|\b(?:design|create|model) (?:the )?(?:database )?tables for\b|\ber diagram\b|\bentity[- ]relationship\b/, 'schema'],
  [/\b(build|create|implement|design|develop|make|write)\b[^.\n]{0,60}\b(api|app|application|service|backend|server|website|web app|cli|bot|system|microservice|dashboard|extension)\b/, 'app'],
  [/\b(names?|titles?|slogans?|taglines?|headlines?) for\b|\bname (my|our|a|the) /, 'names'],
  // A command to type, not a program: "a bash one-liner that renames…", "in a single command", "a git command to undo…".
  [/\b(one[- ]liners?|(a |one )?single[- ]line (command|script)|in (a single|one) (line|command)|(a |one )single (shell |terminal )?command|(?:git|docker|kubectl|npm|shell|terminal|bash|zsh|linux|unix|powershell|cli) commands? (?:to|that|for|which)\b)/, 'oneliner'],
  // "Stop on the first error" describes the program; "getting this error", "TypeError" or a stack trace is a bug report.
  // "debug" as a word, not a key or a value in pasted data ("DEBUG": "false", DEBUG=1).
  [/\b((?<!["'_])debug(?!["'_=:])|fix (this|the|my)? ?(bug|error|code|function|script)|(getting|i get|got|gets|gives me|giving me|throwing|threw|raising|raised|seeing|i see|shows me) (an? |this |the |that |some |these |those )?(errors?|exceptions?|warning)|errors? (message|code)s?|(?!(?:if|is)error\b)\w+(error|exception)\b|error:|exception:|(compile|compilation|compiler|runtime|syntax|build|linker|type|intermittent|weird|strange|random|this|following) (error|exception)s?\b|\b(error|exception)s? (when|while|on|i (don'?t|can'?t))|says:? ["“']?(warning|error)|(started|keeps?|is|are) failing|fails (with|when|on)|(find|fix|what'?s) the (issue|problem)|traceback|stack ?trace|doesn'?t work|not working|crash\w*|(find|spot|locate) (the |a |any )?bugs?|there(?:'s| is| are) (a |some )?bugs?|(has|have) (a |some )?bugs?|what'?s wrong with (this|my|the) (code|function|script|query|program|regex|implementation|class|method)|why (?:does|do|would|did) (?:this|it|my code|this code|the code) (?:throw|crash|fail|error out|raise|return (?:undefined|null|none|nan|an? (?:empty|wrong))|print (?:undefined|null|none|nan))|cannot read propert(?:y|ies) of (?:undefined|null)|(?:is|are) not a function|undefined is not an? |why (does|doesn'?t|isn'?t|won'?t|is|do|don'?t) (this|my|the) ([\w.-]+ )?(code|function|script|query|program|test|loop|regex|component|hook|method|class|endpoint|request|build|container|pod|page|app)|re-?render(s|ing)? (infinitely|forever|in a loop|too often|the whole|the entire|everything|every|all)|(re-?renders?|flickers?|freezes|hangs|resets|reloads|loses focus)\b[^.?\n]{0,60}\bhow (do|can|should) (i|we) (stop|prevent|avoid|fix)\b|infinite (loop|re-?renders?)|memory leak|(doesn'?t|does not|won'?t|will not|can'?t|isn'?t|not) (compile|run|build)|segfaults?|segmentation fault|wrong (output|result|answer)s?|works (fine )?locally|works on my machine|blank (page|screen)|white screen|console (says|shows)|failed to (load|compile|fetch|connect|start|build|resolve)|(isn'?t|aren'?t|not|stopped) (loading|showing up|rendering|updating|connecting)|won'?t (load|start|render|show up|connect|deploy)|out of memory|oom|oom-?killed|(?<!\bnot )(?<!n't )(is|are|runs?|running|gets?|very|too|really|so|it'?s) slow|takes (forever|too long|ages)|optimi[sz]e (?:this|my|the|our) (?:slow )?(?:sql )?(?:query|code|function|script|loop)|(?:time|space) complexity of (?:this|my|the)\b[^?\n]{0,60}\b(?:faster|better|improv\w*|optimi[sz]\w*|reduc\w*)|can (?:this|it|my code|this code|this function) be (?:made )?(?:faster|more efficient)|make (?:this|it|my code|this code|this function) (?:faster|more efficient))\b/, 'debug'],
  // "Generate 20 realistic test customer records as CSV": data to load, not a program or a plan.
  [TEST_DATA, 'testdata'],
  // "It's supposed to dedupe by email but it's letting duplicates through. Fix it:": expected against actual behaviour.
  [/\bsupposed to\b[^.\n]{0,80}\bbut (?:it'?s|it is|it|they|instead)\b|\bfix it\s*[:.!]?\s*(?:\n|```|$)/, 'debug'],
  // An error message quoted whole ('my script says "ModuleNotFoundError: …" what do i do') is cut from the ask as pasted
  // text; the verb that introduces it is what is left of the report.
  // ("a function that prints "…"" is a spec: the subject has to be the user's program, or the user getting it; "how do I
  // fix "ModuleNotFoundError: …"?" quotes the error it is getting).
  [/\b(?:(?:it|this|(?:my|the) [\w.-]+(?: [\w.-]+)?|terminal|console|compiler)\s+(?:says|keeps saying|throws|prints|outputs|returns|shows|gives me|fails with)|i get|i got|i'?m getting|getting|i see|i'?m seeing)\s*:?\s*"…"|\b(?:fix|solve|resolve|get rid of|get past)\s*:?\s*"…"/, 'debug'],
  // The same in other languages: CJK has no word boundaries, so these are matched as plain substrings.
  [/报错|错误|异常|崩溃|内存溢出|很慢|太慢|エラー|例外|クラッシュ|遅い|오류|에러|ошибк|исключени|падает|тормозит|lỗi|não funciona|no funciona|funktioniert nicht|ne (fonctionne|marche) pas/, 'debug'],
  // Infrastructure written as a file ("a docker-compose file for a Node app with Postgres"): configuration, not a program.
  [/\b(docker[- ]compose|dockerfile|kubernetes (manifests?|deployment|yaml)|k8s (manifests?|deployment|yaml)|helm chart|terraform (config|configuration|module|file|code)|github actions? (workflow|yaml|file)|gitlab[- ]ci|ci (pipeline|workflow) (file|config|yaml)|nginx (config|conf|configuration)|ansible playbook|cloudformation template)\b/, 'config'],
  // Installing or configuring a tool is a how-to with commands, not a program to write and unit-test.
  [/\b(how (do|can|should|would) (i|we|you)|how to|best way to|steps to|help me|guide me to)\s+(\w+\s+){0,2}?(install|set ?up|configure|deploy|upgrade|uninstall|downgrade|enable)\b|\binstall(ing|ation)? (of )?[\w.+-]+ (on|in|with|via|using|under) /, 'setup'],
  // A mechanical edit (anonymise names, replace X with Y) changes only what it names; it is not a style rewrite.
  [/\b(replace (all|every|each|the)|substitute|anonymi[sz]e|redact|mask (all|the|every)|(from )?(first|second|third)[- ]person (to|into)|(to|into) (the )?(first|second|third)[- ]person|(to|into|in) (the )?(past|present|future) tense|change (the )?(tense|point of view)|(to|into|in|using) (the )?(passive|active) voice)\b/, 'transform'],
  [/\b(scale (of|from) \d+ (to|-) \d+|on a \d+[- ]point scale|rate (it|each|them|the \w+) (from|on|out of) \d+|out of (5|10|100)\b|(rate|score|grade|rank)\b[^.\n]{0,60}\bfrom (0|1) to (5|10|100)\b)/, 'scale'],
  // A short how-to question about code ("How can you remove duplicates from a list in Python?") wants an idiom.
  [/(?:^|[.!?\n]\s*)(how (do|can|should|would) (i|you|we|one)|how to|what('?s| is) the (best|right|correct|idiomatic|fastest|easiest|simplest|cleanest) way|what (arguments|options|flags|command|function)|is there a (way|function|method|command|builtin|built-in)|which (function|method|command|flag|option)|should (i|we) use|is it better to use|which (one )?should (i|we) use)\b/, 'howto'],
  [/\b(refactor|clean up (this|my|the) code|improve (this|my|the) code)\b/, 'refactor'],
  // "Review this Kubernetes deployment and tell me what would break": a config read for faults, not one to write.
  [/\b(review (this|my|the) (code|pr|pull request|sql|query|queries|script|function|class|snippet|schema|dockerfile|migration)|code review|review (?:this|my|the|our) (?:kubernetes|k8s|docker|helm|terraform|nginx|github actions|ci|compose) ?(?:deployment|manifest|config(?:uration)?|yaml|file|chart|module|workflow|pipeline)?)\b/, 'review'],
  [/\bwhy (is|are|does|do) (the|this|my|a) [\w -]{0,40}(called|used|invoked|chosen|executed|printed|returned|copied|moved) (here|instead|twice|again)|\b(explain (this|what|how) (code|function|script|snippet|query)|explain what (this|the|my) (code|function|script|snippet|query|regex|line|command|bash|shell|python|sql|javascript|js|typescript|powershell|program) (does|means)|what does (this|the) (code|function|script|query|regex|line|command) do|what (?:role|purpose) does [^?\n]{1,40} (?:have|play|serve) in (?:this|the|my) (?:code|function|script|program|query|snippet)|what does (?:this|the|my) (?:excel |sheets |spreadsheet )?formula do|(?:explain|translate|convert|turn|rewrite|put) (?:this|the|my) (?:excel |google sheets |sheets |spreadsheet )?(?:formula|regex|query|code|one-liner|command) (?:in|into|to) (?:plain english|plain words|(?:something|words|language) (?:a human|humans|i|a person|normal people) can (?:read|understand)))\b/, 'explain-code'],
  [/\b(unit tests?|write tests|test cases)\b/, 'tests'],
  // Tests as the deliverable ("write unit tests for this function"), not a function that should come with tests.
  // "Write unit tests in Jest for this function": the framework may come between the tests and what they cover.
  [/^\s*(please\s+)?((can|could) you\s+)?(write|add|create|generate|give me) (some |the |a few |a )?(unit |integration |pytest |jest |vitest |junit |rspec |go )?(tests?|test cases?) ((?:in|with|using) [\w.+#-]{2,12} )?(for|to cover|that cover)\b/, 'tests-only'],
  [/\b(regex(es|p)?|regular expressions?)\b/, 'regex'],
  // A schedule in cron syntax ("a cron expression for every weekday at 7:30", "what does 30 7 * * 1-5 mean in
  // crontab"), not a program that cron runs.
  [/\bcron(?:tab)? (?:expressions?|schedules?|syntax|lines?|entry|entries|strings?|patterns?|spec)\b|\bcron(?: job)? (?:that|to) (?:runs?|fires?|triggers?|executes?) (?:every|each|at|on|once|twice)\b|\bcrontab (?:entry|line|for)\b|\b(?:in|to) (?:a |my |the )?crontab\b/, 'cron'],
  // "Convert this JSON to CSV: [{…}]": the data itself, converted, not a program that converts it.
  [/\b(convert|turn|transform|change|reformat|format)\b[^.\n]{0,40}\b(to|into|as)\s+(an? )?(csv|tsv|json|jsonl|yaml|xml|toml|markdown table|markdown|html table|table|sql inserts?|insert statements)\b/, 'convert'],
  // Code from one language into another: the same behaviour, written idiomatically in the target.
  // "Convert this SQL to a Django ORM query": the same rows through the ORM's API, not a port between languages.
  [/\b(?:convert|translate|rewrite|turn|port)\b[^.\n]{0,30}?\b(?:raw )?sql\b[^.\n]{0,20}?\b(?:to|into|in|as|using)\s+(?:an? |the )?(?:django|sqlalchemy|prisma|active ?record|sequelize|typeorm|knex|eloquent|hibernate|jpa|entity framework|ef core|linq|peewee|gorm|drizzle)\b/, 'orm'],
  [PORT_RE, 'port'],
  [PY2_TO_3, 'port'],
  [/\b(poem|haiku|sonnet|limerick|villanelle|ode|ballad|tanka|ghazal|acrostic|free verse|verse|rhym\w+)\b/, 'poem'],
  [/\b(lyrics|song|rap)\b/, 'song'],
  // Wedding vows are spoken to a room like a toast ("I vow to…" alone is not a request for them).
  [/\b(speech|toast|eulogy|talk|keynote|elevator pitch(?:es)?|introduce myself|self-introduction|announcements? to (?:read|make|say) (?:out|aloud|at|after|before|during))\b|\bpitch (?:for|of) (?:my|our) (?:app|startup|business|company|product|idea|service)\b|\b(?:wedding|renewal|marriage|my|our|personal|funny|short|the) vows?\b|\bvows? for (?:my|our|the)\b/, 'speech'],
  // A bio in the person's name ("a bio for my therapy practice website", "instagram bio"): facts only they know.
  // Asked for as the deliverable: "link in bio" in a script, or "bio-energy", is not one.
  [/\b(?:write|draft|create|compose|need|make|update|rewrite|give me|help me (?:write|with|create))\b[^.\n]{0,40}\bbio\b(?![-‐])|\bbio (?:for|about) (?:my|our|me|a|an)\b|\babout (?:me|us) (?:page|section)\b|\bauthor blurb\b|\bspeaker intro(?:duction)?\b|\bprofile (?:summary|blurb)\b|\blinkedin (?:summary|about(?: section)?)\b/, 'bio'],
  [/\b(ad copy|slogan|tagline|product descriptions?|landing page|marketing|headline|advert\w*|campaign|google business (?:profile|listing)|business (?:profile|listing) description|yelp (?:page|listing|description))\b/, 'copy'],
  // "I'm a food truck owner. Write a post announcing we'll be at the farmers market": a business's social post.
  [/\b(linkedin|social media|instagram|facebook|twitter|x|google business|google my business|google business profile|nextdoor) (post|caption|update)|\b(?:write|draft) (?:a |an )?(?:short |quick |fun )?post (?:announcing|to announce|letting (?:people|customers|followers) know)\b|\b(tweets?|thread for (x|twitter))\b|^\s*(?:please |help me )?(?:announce|share)\b[^.\n]{0,30}?\bon (?:linkedin|twitter|x|instagram|facebook|bluesky|mastodon|threads)\b/, 'post'],
  [/\b(blog post|article|essay|newsletter|op-ed)\b/, 'article'],
  // A message the user will send: named as one ("cover letter", "resignation letter") or asked for ("write an email to…").
  // A story that mentions a message, or a pasted email, is not one.
  [/\b(cover letter|motivation letter|letter of (recommendation|reference|resignation|motivation|complaint|intent)|(recommendation|resignation|complaint|thank[- ]you|farewell|apology|condolence|reference|follow[- ]up|welcome) (letter|e-?mail|note|message))\b|\b(write|draft|compose|send|prepare|create|help me (write|with)|reply|respond)\b[^.\n]{0,50}\b(e-?mails?|letters?|messages?|memos?|(notes?|dms?) (to|for)|texts? (?:to|explaining|telling|letting|asking|saying|reminding|confirming))\b|\b(e-?mail|letter|message|note|reminder|follow[- ]up|apology) (to|for) (my|the|a|an|our|his|her|their|all|every|colleagues|customers|clients)\b|\b(?:response|reply|respond|answer) (?:to )?(?:a |the |this |an |our |my |that )?(?:[\w-]+ ){0,2}?(?:review|complaint)s?\b|\b(?:write|draft|help me (?:write|with)|send)\b[^.\n]{0,20}\bcomplaint (?:to|about) (?:my|the|a|an|our)\b|\b(?:respond|reply|write back) to (?:a |an |the |this |that |my )?(?:recruiter|hiring manager|client|customer|colleague|coworker|boss|manager|landlord|friend|neighbou?r)\b|\b(?:write|draft|compose|send|need)\b[^.\n]{0,12}\b(?:a |an |the )?(?:(?:polite|short|quick|brief|firm|friendly|kind|professional|gracious|nice) )*(?:reply|response) (?:declining|accepting|turning down|saying|thanking|confirming|asking|explaining|telling|suggesting|offering|letting|to (?:a|an|the|this|my|our|their|his|her)|that (?:is|sounds|stays|keeps|does|doesn'?t|won'?t))\b|\b(?:write|draft|compose|send)\b[^.\n]{0,40}\breminder\b(?! (?:app|system|script|function|bot|feature|service|tool)s?\b)/, 'message'],
  // An automatic reply states the facts people need (dates away, who to contact) and nothing personal.
  // "A customer left this review: "…" Write a reply from the owner."
  [/\b(?:left|posted|wrote|gave us) (?:a |this |the |an )?(?:[\w-]+ )?review\b[\s\S]{0,300}?\b(?:write|draft) (?:a |an |the )?(?:short |polite |public |professional )?(?:reply|response)\b/, 'message'],
  [/\b(out[- ]of[- ](the[- ])?office|ooo (reply|message|note)|auto[- ]?(reply|responder)|away message|vacation (reply|responder|message)|voicemail greeting)\b/, 'message'],
  // The same in other languages, and greeting cards ("a birthday card for my grandma", "Geburtstagskarte").
  [/(写|寫)(一)?(封|个|篇)?(邮件|郵件|信)|(メール|手紙)(を|の)?(書|作成)|(이메일|편지)(을|를)? ?(써|작성)|(напиши|составь)\s+(\S+\s+){0,2}?(письмо|сообщение|поздравление)|(escrib\w*|redact\w*|escrever|écri\w*|rédig\w*|schreib\w*|scriv\w*|napisz|напиши|составь)\s+(?:\S+\s+){0,3}?(correo|carta|mensaje|e-?mail|mail|lettre|brief|nachricht|lettera|messaggio|mensagem|karte|tarjeta|carte|biglietto)|\b(birthday|greeting|thank[- ]you|sympathy|anniversary|christmas|holiday|get[- ]well|wedding) card\b|geburtstagskarte|glückwunschkarte/, 'message'],
  // "A script for my voicemail greeting" or "for a radio ad" is words to be heard, not a story.
  [/\b(story|stories|tale|fable|fiction|novel|chapter|scene|screenplay|script(?! for (?:a |an |my |our |the )?(?:[\w-]+ ){0,3}?(?:voicemail|greeting|ad|advert|commercial|spot)\b)|dialogue|conversation between)\b/, 'story'],
  [/\b(jokes?|pun|puns|limerick|funny|punchlines?|one-liners?|gags?|quips?|stand-up|comedy sketch)\b/, 'humor'],
  // Starting a job: "30-60-90 day plan", "my first 90 days as engineering manager".
  // "First 90 days" alone is also a launch window, so it needs a job nearby.
  [/\b30[- /]60[- /]90\b|\b(first|next) (30|60|90|100) days\b[^.\n]{0,40}\b(job|role|position|manager|hire|team)\b|\b(my|a) new (job|role|position)\b|\bnewly hired\b/, 'newjob'],
  // "A 3-day weekend in Lisbon", "two nights in Kyoto": a trip, though the word "trip" is missing.
  // A "holiday schedule rotation for 8 cashiers" is shift cover at work, not a trip.
  [/\b(itinerary|trip|travel|vacation|holiday(?! (?:schedule|rota|roster|rotation|shifts?|coverage|cover|hours|pay|party|parties|cards?|bonus))|honeymoon|getaway|city break)\b|\bdriv(?:e|ing) from [\w .'-]{2,30}? to [\w .'-]{2,30}?[^.?!\n]{0,40}\b(?:stops?|stopping|on the way|along the way)\b|\b(?:weekend|\d+[- ]days?|\d+[- ]nights?|(?:a|one|two|three|four|five) (?:days?|nights?|weeks?)) (?:in|around|across) (?!(?:a|an|the|my|our|your|advance|total|bed|office|row|class|school|person|public|private|town|each|every|which|this|that|it|them|one|two|three|court|hospital|jail|prison|rehab|training|practice|quarantine|isolation|production|prod|lab|order|between|transit|prep|preparation|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b)[a-z]{3,}/, 'itinerary'],
  // "A 3-day split for Mon/Wed/Fri with dumbbells": a training split is a workout plan.
  [/\b(workout|exercise|(?<!\b(?:potty|toilet|sleep|crate|leash|house|litter|puppy|dog|obedience) )training plan(?![^.\n]{0,60}\b(?:studying|exams?|certification|boards)\b)|fitness|gym|marathon|running plan|5k|10k|couch to|(?:start|get into|begin|take up) (?:running|jogging)|strength training|weightlifting|lifting (?:plan|program|programme|routine)|stretch(?:ing|es)? (?:routine|plan|program|programme|session)|what (?:(?:simple|easy|gentle|good|quick) )?(?:stretches|exercises) (?:can|should|could) (?:i|we) do\b|(?:train(?:ing)?|get(?:ting)? ready|prepare|preparing|prep) for (?:a|an|my|the|our) (?:[\w-]+ ){0,3}?(?:bike ride|charity ride|century ride|gran fondo|triathlon|half[- ]marathon|marathon|ultra|trail race|swim|obstacle race)\b|(?:yoga|mobility) (?:routine|flow|sequence|plan)|(?:\d|one|two|three|four|five|six)[- ]day (?:split|full[- ]body|upper[- ]lower)|(?:push[- ]pull[- ]legs|upper[- ]lower|bro) split|strengthen (?:my |your |the )?(?:bad |weak |sore )?(?:knees?|back|core|hips?|ankles?|shoulders?|glutes|legs|arms|neck))\b/, 'workout'],
  // "A week of dinners for two", "packed lunches for the week": a meal plan, though the words are missing.
  [/\b(meal plan|meal prep|diet plan|recipes for the week|(?:dinner|lunch|breakfast|supper) plan|(?:a |one |two |\d+ )?(?:week|weeks|month|days?) of (?:[a-z-]+ ){0,2}(?:dinners|lunches|breakfasts|suppers|meals)|(?:dinners|lunches|breakfasts|suppers|meals) for (?:the|a|next|this) week|plan (?:out )?(?:our |my |the |healthy |cheap |family )?(?:meals|dinners)\b[^.?\n]{0,40}\b(?:week|days?|month)|weekly (?:dinners|meals|menu)|packed lunches)\b/, 'meals'],
  // A budget as the deliverable ("make a monthly budget"), not as a limit on another plan ("a budget of $25k",
  // "on a tight budget", "a $2,000 budget"): a wedding with a budget is still an event to plan.
  [/(?<!\bon an? (?:tight |small |low |limited |shoestring |modest )?|\bwithin (?:my |our |the |a |your )?|[$€£¥]\s?\d[\d,.]*k? |\d[\d,.]*k? (?:dollars?|euros?|pounds?) )\bbudget\b(?! (?:of|is|was|around|under|about|up to|limit)\b|\s*[:=]?\s*[$€£¥\d])|\b(savings plan|spending plan|spending)\b/, 'budget'],
  [/\b(study plan|study schedule|revision|exam prep|learn \w+ in|studying for (?:the |my |an? )?[\w-]+ (?:exam|test|boards?|certification))\b/, 'study'],
  [/\b(project plan|roadmap|launch|milestones|go-to-market|sprint)\b/, 'project'],
  [/\b(schedule|routine|timetable|agenda)\b/, 'schedule'],
  [/\b(wedding|party|conference|offsite|retreat|festival|meetup|hackathon|ceremony|birthday|reunion|fundraiser|gala|thanksgiving|friendsgiving|christmas dinner|holiday dinner|potluck|cookout|barbecue|bbq)\b/, 'event'],
  // "A 30-day content calendar for a coffee shop's Instagram": posts to publish, not a project with phases.
  [/\bcontent (calendar|plan|schedule)\b|\b(posting|social media|instagram|tiktok|linkedin|youtube|newsletter|blog) (schedule|calendar|content plan|posting plan)\b|\b(calendar|schedule) of (posts|content)\b|\b(?:\d+[- ](?:day|week|month)|weekly|monthly) (?:social media|instagram|tiktok|linkedin|youtube) (?:marketing )?plan\b/, 'content'],
  [/\b(workshops?|course|curriculum|syllabus|training (program|programme|sessions?)|bootcamp|lesson plans?|onboarding (program|programme|plan))\b/, 'program'],
  [/\b(strateg\w*|s\.?m\.?a\.?r\.?t\.? goals?|okrs?|vision|long[- ]term plan|(\d+|five|ten|twenty)[- ]year plan|over the next (\d+|few|five|ten|twenty) years)\b/, 'strategy'],
  [/\b(workflow|process|procedure|pipeline|sop|playbook|runbook)\b/, 'process'],
  // Asked to choose or to judge, not just to understand: only then does an analysis end in a recommendation.
  // "Martha finally decided to leave" in a pasted opening line, or a pickle, is not a choice to make.
  [
    new RegExp(
      [
        // "What should we look at next?" asks what to do, not which of several options to take.
        String.raw`\b((?<!\b(?:what|how|where|when|why|who) )should (i|we)|which (one )?(is|would be|should|to) (better|best|healthier|cheaper|safer|choose|pick|go with|use)|which is (the )?better|which (\w+ ){0,3}(would|should) (you|i|we) (go with|choose|pick|hire|use)`,
        String.raw`recommend\w*|choose|pick\b|decide\b|decision|worth it|should (?:a|an|my|our) [\w' -]{2,40}? (?:sell|offer|use|switch|open|hire|charge|start|stop|expand|move|buy|lease|rent)\b|better (choice|option|fit|for)|best (choice|option|fit|for)|(good|bad|smart) idea`,
        String.raw`would (it|that|this) be (a )?(better|smarter|wiser|cheaper|good idea)|(does it|which( one| option)?) makes? (more )?sense|(choosing|deciding) between|which (?:one |name |option )?(?:is|would be) (?:the )?strongest (?:for|as|option|choice|name|pick)\b`,
        String.raw`is (it|this|that) (really |actually )?(a )?(good|bad|smart|smarter|wise|wiser|worth|reasonable|fair|better|cheaper|correct|right|any good)|any good|red flags|suitable|is it (more )?important to|how good (is|are|of)`,
        String.raw`(offering|offered|between) either\b[^?\n]{0,80}\bor\b|which (?:one |offer |job |option )?(?:to|(?:should|would) (?:i|we)) (?:take|accept|choose|pick|go with)\b`,
        // "Rate my business idea: …" asks for a review of one idea, not a choice among several.
        String.raw`(rank|score|rate) (these|this|the|my|them)(?! (?:business |startup |app |product )?idea\b)`,
        String.raw`(compare|comparing|versus|vs|pros and cons|advantages and disadvantages)\b\.?[^?\n]{0,80}\b(for (a|an|my|our|the|this|someone|somebody|me|us) |for (people|someone|somebody) who|which|better|should|worth|trade-?offs))`,
      ].join('|'),
    ),
    'decide',
  ],
  [/\b(compare|comparison|versus|vs\.?|which is better|or\b[^.?\n]{0,40}\bfor)\b/, 'compare'],
  [/\b(pros and cons|advantages and disadvantages|strengths and weaknesses|swot)\b/, 'pros-cons'],
  // "Without a GDPR review", "my performance review": a review as a thing that happens, not a request to review.
  [/\b(critique|(?<!\b(?:without|before|after|pending|a|an|the|my|our|your|annual|performance|code|gdpr|legal|security|privacy|peer|design|book|product|customer|google|yelp|amazon|negative|positive|bad|good|\d-star)\s(?:[\w-]+\s)?)review|review of (?:this|my|our|the)|feedback on|evaluate|assess|roast|(help me with|improve|look over|check|go over|polish) (my|this|our) (resume|cv|essay|cover letter|draft|writing|post|pitch|presentation|slides|profile|bio|thesis|paper|statement|proposal)|make (it|this) better|rate (?:my|this|our) (?:business |startup |app |product )?idea)\b/, 'critique'],
  [/\b(sentiment|positive or negative|tone of)\b/, 'sentiment'],
  [/\b(spam)\b/, 'spam'],
  // Classic puzzles rarely say "puzzle": mislabelled boxes, which door, the fewest weighings.
  [/\b(riddle|puzzle|logic|truth|lies|knights)\b|\bmislabell?ed\b|\blabels? (are|is) (all )?(wrong|incorrect|swapped|mixed up)\b|\bwhich (box|door|coin|switch|bag|jar|prisoner|hat|bottle) (is|has|contains|leads)\b|\b(fewest|minimum number of|least number of) (weighings|moves|questions|tries|trips|crossings)\b/, 'puzzle'],
  // "Estimate the probability that…" in a statistics exercise is a calculation, not a Fermi estimate.
  [/\b(fermi|roughly how many|approximately how many|ballpark|back[- ]of[- ]the[- ]envelope)\b|\bestimate (how (many|much|long|big)|the (number|size|cost|population|amount|market))\b/, 'estimate'],
  // "How many golf balls fit in a school bus?" gives no figures to work from (a word problem always does); "how many
  // piano tuners are there in Chicago" reads like "how many bones are in the body" unless it asks for the estimate.
  [/^(?![\s\S]*\d)[\s\S]{0,300}?\bhow many [a-z' -]{2,40}? (?:would )?fit (?:in|into|on|inside)\b|\b(?:walk|talk|take) me through (?:the|your|an|this|that) estimat/, 'estimate'],
  [/\b(prove|proof|show that)\b/, 'proof'],
  [/\b(how many|how much|calculate|compute|total|percent|average|\d+\s*[+\-*/×÷]\s*\d+)\b/, 'math'],
  [/\b(interview)\b/, 'interview'],
  [/\b(tutor|teacher|teach me|quiz me)\b/, 'tutor'],
  // Making a quiz or test for others to take ("quiz me" is a tutor session, not this).
  // Not "prepare" or "need": "how do I prepare for the practice test" is studying, not writing one.
  [/\b(create|write|make|generate|design|put together|draft|come up with|give me|i need|i want|suggest)\b[^.\n]{0,40}\b(quiz|quizzes|trivia questions|worksheet|practice test|mock exam|flashcards|exam questions|test questions|multiple[- ]choice questions)\b/, 'quiz'],
  // A language's interpreter is a system to simulate; a dream or sign-language interpreter is a person.
  [/\b(terminal|console|linux|sql shell|(python|r|ruby|node|javascript|js|php|perl|lisp|scheme|lua|sql|bash|shell|basic|haskell|code|command[- ]line) interpreter|(act as|act like) (a |an |the )?(text[- ]based )?([\w-]+ )?(game|web browser|excel|spreadsheet|database|search engine|operating system|vending machine))\b/, 'simulator'],
  // Something of the asker's that goes wrong ("why does my sourdough come out flat", "my basil keeps wilting").
  // A curious "why do my hydrangeas flower blue" is a question, not a fault: the ask has to name something going wrong.
  [/\b(why (does|do|is|are|won'?t|doesn'?t|isn'?t|aren'?t|did|didn'?t|can'?t|does not|do not|is not) (my|our)\b[^?.\n]{0,60}\b(not|never|flat|dense|soggy|gummy|burn(t|ed|s)?|dying|dead|die|wilt\w*|yellow\w*|brown\w*|leak\w*|smell\w*|stink\w*|slow\w*|crash\w*|fail\w*|broke\w*|stuck|hurts?|sore|pain\w*|nois\w*|squeak\w*|rattl\w*|sink\w*|collaps\w*|crack\w*|peel\w*|mou?ld\w*|rust\w*|overheat\w*|drain\w*|shrink\w*|fad\w*|too (much|little|hot|cold|dry|wet|salty|sweet|bitter|fast|slow))\b|\bmy [\w ]{1,30}? (keeps? (crash|freez|dying|die|fall(?!(?:s|ing)? for\b)|drop|break|leak|overheat|los|shut|restart|beep|wilt|burn|stall|disconnect|buffer|scratch|itch|cough|sneez|limp|vomit|throw\w* up|lick|chew|pee|poo|urinat|meow|howl|drool|pant|shak|hid)\w*|won'?t (start|work|turn on|grow|rise|stop|charge|connect|boot)|stopped working))\b/, 'diagnose'],
  // A program or a build that fails: "my React app shows a blank white screen after I deployed it", "here's the error I
  // get when I run npm install". The question is what is wrong, whatever the label.
  // "My laptop fan is super loud all of a sudden, what should I check": a fault described, then a cause asked for.
  [/\bmy [\w'’ ]{1,30}? (?:is|are|has been|have been|seems|got|gets|started|keeps?) (?:(?:super|really|very|so|suddenly|getting|running|way|too|all of a sudden|much|extremely|turning|going|always|constantly) )*(?:loud|louder|noisy|hot|slow|slower|laggy|sluggish|leaking|flickering|beeping|squeaking|squeaky|rattling|dripping|overheating|draining|yellow|brown|black|mushy|droopy|drooping|wilting)\b[^?\n]{0,60}\b(?:what should i (?:check|look at|do)|what (?:could|might) (?:it be|be causing|cause)|what(?:'s| is) (?:wrong|causing)|what am i doing wrong|what can i do|how (?:do|can) i fix|why|is (?:that|this|it) (?:bad|normal|ok|okay|dangerous|a problem))\b/, 'diagnose'],
  // "My sourdough comes out dense and gummy every time… What am I doing wrong?": a result to trace back to its cause.
  [/\b(?:comes?|came|turns?|turned) out (?:\w+ ){0,3}?(?:dense|gummy|flat|dry|burnt|burned|soggy|raw|tough|rubbery|bitter|sour|lumpy|runny|sticky|crumbly|grainy|greasy|bland|salty|cracked|sunken)\b[^?\n]{0,200}\bwhat (?:am i|are we|did i|did we) (?:doing |do )?wrong\b/, 'diagnose'],
  // "My phone battery drains really fast, what can I do", "my tomato plants have yellow leaves at the bottom, why".
  // "My tomato plants have spots on the leaves and they are curling": told, not asked.
  // "My dishwasher leaves a white film on glasses, how do I fix it": marks left behind are a fault to trace.
  // "Help me understand why my sourdough starter smells like acetone": a fault to trace, asked without "does".
  [/\bwhy my [\w' ]{1,30}? (?:smells?|tastes?|looks?|feels?|sounds?|turns?|turned|keeps?|is (?:so |always |suddenly )?(?:dense|flat|soggy|gummy|slow|loud|hot|yellow|brown|leaking|dying|wilting|sticky|bitter|sour))\b/, 'diagnose'],
  // "Our pods keep getting OOMKilled during the nightly job… how do I figure out what's going on?": a fault to trace.
  [/\b(?:keeps?|kept) (?:getting |being )?(?:oom-?killed|killed|evicted|restarting|crash(?:ing)?|timing out|failing)\b[^?\n]{0,160}\b(?:how (?:do|can|should) (?:i|we) (?:figure out|find out|debug|troubleshoot|track down|diagnose|fix)|what(?:'s| is) going on|what(?:'s| is) causing|why)\b/, 'diagnose'],
  [/\bmy [\w' ]{1,30}? (?:leaves?|is leaving|keeps leaving) (?:a |an )?(?:white |cloudy |chalky |greasy |soapy |brown )?(?:film|residue|spots|streaks|marks|stains)\b[^?\n]{0,60}\b(?:how (?:do|can|should) (?:i|we) (?:fix|stop|get rid of)|why|what (?:can|should) (?:i|we) do)\b/, 'diagnose'],
  [/\bmy [\w' ]{1,30}? (?:has|have|got|is getting|are getting) (?:[\w-]+ )?spots on (?:the|its|their) leaves\b|\bmy [\w' ]{1,30}? leaves (?:are|keep) (?:curling|wilting|dropping|falling off|turning (?:yellow|brown|black))\b/, 'diagnose'],
  [/\bmy [\w' ]{1,30}? (?:drains|dies|overheats|lags|freezes|crashes|stutters|buffers|disconnects|beeps|leaks|drips|smokes|sparks|squeaks|rattles|wobbles)\b[^?\n]{0,40}\b(?:what (?:can|should) (?:i|we) (?:do|check)|how (?:do|can) (?:i|we) fix|why)\b|\bmy [\w' ]{1,30}? (?:has|have|got|is getting|are getting) (?:[\w-]+ ){0,2}?(?:yellow|yellowing|brown|browning|black|spotted|curling|curled|droopy|white|wilted) (?:leaves|spots|patches|edges|tips)\b/, 'diagnose'],
  [/\b(?:blank|white|black) (?:white )?screen\b|\b(?:i get|i'?m getting|i am getting|i keep getting|it (?:gives|throws|shows)|keeps? (?:giving|throwing|showing)|here'?s) (?:me )?(?:this |an |the |a |the following )?(?:error|exception|warning|stack ?trace)\b|\berror\b[^.\n]{0,80}\b(?:what does (?:it|this) mean|how (?:do|can) i (?:fix|solve|get rid of))\b/, 'diagnose'],
  // "My car makes a grinding noise when I brake", "how do I make my houseplants stop dying?": a fault to track down.
  // "Why is my electricity bill so high this month?": a cost to track down, cause by cause.
  // "My electricity bill is so high this winter, what could be causing it": the same, told first and asked after.
  [/\bmy [\w ]{0,25}?\b(?:bills?|premiums?|usage)\b (?:(?:is|are|has been|have been|went|has gone|seems?|got) (?:so |really |very |way |suddenly |much |super |crazy )*(?:high|higher|expensive|up|through the roof|doubled|tripled)|(?:doubled|tripled|jumped|spiked|shot up))\b[^?\n]{0,50}\b(?:what (?:could|might|would) (?:be causing|cause)|what(?:'s| is) causing|why)\b/, 'diagnose'],
  // "My sourdough came out dense and flat, what went wrong": a bake or a dish to put right next time.
  [/\bmy [\w ]{1,30}? (?:came out|turned out|ended up|was|were) (?:so |really |very |too |all |kind of |a bit |super )*(?:dense|flat|dry|gummy|soggy|burnt|burned|raw|undercooked|overcooked|hard|tough|rubbery|crumbly|bitter|salty|bland|sunken|cracked|runny|lumpy|grainy|greasy|mushy|curdled|watery|sticky)\b[^?\n]{0,50}\b(?:what went wrong|what did (?:i|we) do wrong|what happened|why)\b/, 'diagnose'],
  [/\bwhy (?:is|are|has|have|did) (?:my|our) [\w ]{0,25}?\b(?:bills?|costs?|spending|usage|premiums?|fees?)\b[^?.\n]{0,30}?\b(?:so high|so expensive|(?:higher|more expensive) than|doubled|tripled|gone up|going up|go up|spik\w*|jump\w*|increas\w*)/, 'diagnose'],
  [/\bmy [\w ]{1,30}? (?:smells?|tastes?|looks?) (?:like|weird|off|funny|strange|sour|bad|musty|damp|mou?ldy)\b[^.\n]{0,60}\b(?:what'?s wrong|what (?:does|did) (?:it|that) mean|why|is (?:it|this|that) (?:ok|okay|normal|safe|dead|bad|ruined)|how (?:do|can|should) (?:i|we) (?:fix|get rid of|stop) (?:it|this|that|the smell))\b|\bmy [\w ]{1,30}? (?:makes?|is making|started making) (?:a |an |this |that |some )?(?:[\w-]+ ){0,2}(?:noises?|sounds?|smells?)\b|\bhow (?:do|can) i (?:make|get|stop|keep) my [\w ]{1,30}? (?:from |to )?(?:stop )?(?:dying|wilting|turning (?:yellow|brown)|yellowing|drooping|dropping (?:its |their )?leaves|leaking|crashing|freezing|overheating)\b/, 'diagnose'],
  // A conversation the asker has to have ("how do I tell my roommate…", "how should I ask for a raise"); "how can I
  // tell if my starter is ready" is a question.
  [/^\s*how to (?:politely |nicely |gracefully |professionally )?(?:say no to|decline|turn down|push back on)\b|\bhow (do|can|should|would) i (?:ask|get) (?:my [\w ]{1,20}? )?(?:for )?(?:more |honest |regular |better |useful |constructive )?feedback\b|\bhow (do|can|should|would) i (?:politely |nicely |gently |tactfully |kindly )?(tell|ask) (my|him|her|them|someone|somebody|people|a (friend|coworker|colleague|neighbou?r|client|roommate)|the (boss|landlord|client|team|neighbou?rs?|roommates?))\b|\bhow (do|can|should|would) i (ask (my [\w ]{1,20}? )?for (a|an|the|more) (?:[\w-]+ )?(raise|promotion|day off|refund|discount|extension|reference|recommendation|letter of recommendation|recommendation letter)|approach|talk to|confront|bring up|say no to|break (it|the news) to|let (him|her|them|my \w+) know|apologi[sz]e to|explain to (my|him|her|them)|address (?:it|this|that|the (?:issue|problem|situation)|him|her|them)|respond to (?:my|a|an|the|him|her|them|someone|somebody|people)|convince|persuade|negotiate|(?:politely |nicely |gracefully |professionally )?(?:decline|turn down|reject|say no to|push back))\b|\bwhat (?:should|do|can) i say to (?:my|a|an|the|him|her|them|someone|somebody)\b|\b(?:don'?t|do not|never) know what to say to (?:my|a|an|the|him|her|them|someone|somebody)\b|\bwhat (?:should|do) i say when (?:i'?m |i )?(?:ask|call|quit|resign|negotiat|tell|turn)\w*|\b(?:good|best|easy|natural|nice) ways? to (?:start|open|strike up) (?:a )?conversations?\b|\bhow (?:do|can) i (?:start|strike up) a conversation\b|\b(?:good|best|nice|polite|kind|gentle|tactful|right) way to (?:tell|ask|remind|let|break (?:it|the news) to|bring (?:it )?up with|say no to|confront) (?:my|him|her|them|someone|somebody|a (?:friend|coworker|colleague|neighbou?r|client)|the (?:boss|landlord|client|team|neighbou?rs?))\b|\b(?:good|best|nice|polite|kind|gentle|tactful|right|professional) way to (?:say no|decline|turn down|push back)\b[^?.\n]{0,40}?\b(?:from|to|with|on) (?:my|a|an|the|our) (?:boss|manager|coworker|colleague|client|friend|team|family)\b|\b(?:good|best|gentle|tactful|right) way to (?:explain|talk about|discuss|bring up) [\w' -]{2,40}? (?:to|with) (?:my|a|an|our) (?:[\w-]+ )?(?:uncle|aunt|mom|mum|dad|mother|father|parents?|grandma|grandpa|grandparents?|brother|sister|cousin|in-laws?|friend|boss|manager|coworker|colleague|partner|husband|wife|boyfriend|girlfriend|roommate|neighbou?r|family)\b|\b(?:good|best|gentle|tactful|right) way to (?:explain|announce|break it|tell) to (?:my|our|the) (?:team|staff|employees|reports|department|whole company|company)\b/, 'approach'],
  [/\b(explain|how does|how do|why does|why do|why is|what is|what are)\b/, 'explain'],
] as const satisfies readonly (readonly [RegExp, string])[];

/** A sub-kind of an ask ("translate", "debug", "itinerary"…): one of the names in SUB_KIND_CHECKS. */
export type SubKind = (typeof SUB_KIND_CHECKS)[number][1];

/**
 * The sub-kinds of an ask. Each is worked out the first time something asks about it: an enhance asks about a score of
 * the ~70 kinds, and testing all ~90 patterns up front was the largest single part of the analysis.
 */
export interface SubKinds {
  has(kind: SubKind): boolean;
  /** Every kind the ask matches, in table order. Tests every pattern: for tests and debugging. */
  all(): SubKind[];
}

const PATTERNS_BY_KIND = new Map<SubKind, RegExp[]>();
for (const [re, kind] of SUB_KIND_CHECKS) PATTERNS_BY_KIND.set(kind, [...(PATTERNS_BY_KIND.get(kind) ?? []), re]);

const NO_SUB_KINDS: SubKinds = { has: () => false, all: () => [] };

const SPEC_ERROR = /\b(?:rais(?:e|es|ing)|throw(?:s|ing)?|return(?:s|ing)?) (?:an? |the )?(?:[\w-]+ )?\w*(?:errors?|exceptions?) (?:on|when|if|for|instead of|whenever|in case of)\b/g;

/** "Roleplay as a grumpy innkeeper, I'm a traveler looking for a room": the user takes a part in the scene. */
// "Play the role of a difficult customer… I'm the support agent": the same, with the part named.
const SINGLE_REPLY = /\b(?:respond|reply|write (?:a |the |your )?(?:reply|response)) to (?:them|him|her|the (?:customer|caller|guest|client|complaint|review)|this (?:customer|caller|guest|client|complaint|review))\s*[.!]?\s*$/;
const USER_IN_SCENE = /\b(role-?play|role play|pretend|play(?:ing)? the (?:role|part) of|act as)\b[^\n]{0,100}?\b(i'?m|i am|i play|i'?ll play|i will play|i'?ll be|i will be) (a|an|the|your|my)\b/;

const QUESTION_START = /^\s*(what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will)\b/;

/**
 * Of the given sub-kinds, the one whose words come first in the text: in "Scholarship essay time … tell the story of…"
 * the form asked for is the essay; a story is only what it contains. Matches are compared by where they end, because
 * some patterns start at the verb ("write a horror story told as an email thread" is a story, not an email).
 */
export function firstMentioned(lower: string, kinds: readonly SubKind[]): SubKind | null {
  let best: SubKind | null = null;
  let at = Infinity;
  for (const [re, kind] of SUB_KIND_CHECKS) {
    if (!kinds.includes(kind)) continue;
    const m = re.exec(lower);
    if (m && m.index + m[0].length < at) [best, at] = [kind, m.index + m[0].length];
  }
  return best;
}

// "Write a parser for X. How would you handle Y?" is a request for code that happens to contain a question.
// So is "How to write a program in Python to…": the how-to is building the program.
const BUILD_ASK =
  /^\s*(please\s+)?((can|could|would) you\s+)?(write|create|implement|build|make|generate|develop|design|code)\b|\bhow (to|do i|can i|would i|should i|do you|can you) (write|create|build|make|code|implement|develop|program)\b/;
// A letter written in a character's voice ("pretend you're my late grandfather writing me a letter") is fiction,
// not a message the user sends.
const IN_CHARACTER = /\b(pretend|imagine|in the voice of|from the perspective of|as if (you were|written by)|fictional|in character)\b/;
// A request for a converter ("write a script that converts…") is a program, not a conversion.
const PROGRAM_WORDS = /\b(script|function|program|code|tool|parser|converter|class|method|cli|library)\b/;
// "Should I use React Native or Flutter for a simple e-commerce app?" picks a tool for a project, not a how-to with a
// snippet ("should I use let or const in JavaScript?" stays one).
const TOOL_CHOICE = /\b(?:should (?:i|we)|is it better to|which (?:one )?should (?:i|we)) use\b[^?.\n]{1,60}\bor\b[^?.\n]{1,40}\bfor (?:a|an|my|our|the|this|that)\b/;

const MEASURED = /\d\s*(?:x|×|by)\s*\d|\b(?:feet|foot|ft|inches|inch|in\.|cubic|sq(?:uare)?|yards?|meters?|metres?|cm|mm|gallons?|liters?|litres?|lbs?|pounds|kg)\b/;
class LazySubKinds implements SubKinds {
  readonly #lower: string;
  readonly #buildAsk: boolean;
  /** What the patterns read: in a request for code, "raising an error on overdraft" is what the code must do, not a bug. */
  readonly #checked: string;
  readonly #known = new Map<SubKind, boolean>();

  constructor(text: string) {
    this.#lower = figureVsAsAgainst(text);
    this.#buildAsk = BUILD_ASK.test(this.#lower);
    this.#checked = this.#buildAsk ? this.#lower.replace(SPEC_ERROR, ' ') : this.#lower;
  }

  has(kind: SubKind): boolean {
    let found = this.#known.get(kind);
    if (found === undefined) {
      found = this.#detect(kind);
      this.#known.set(kind, found);
    }
    return found;
  }

  all(): SubKind[] {
    return [...PATTERNS_BY_KIND.keys()].filter((kind) => this.has(kind));
  }

  #detect(kind: SubKind): boolean {
    if (!PATTERNS_BY_KIND.get(kind)?.some((re) => re.test(this.#checked))) return false;
    if (kind === 'howto') return !this.#buildAsk && !TOOL_CHOICE.test(this.#lower);
    if (kind === 'message') return !IN_CHARACTER.test(this.#lower);
    if (kind === 'convert') return !PROGRAM_WORDS.test(this.#lower.slice(0, 300));
    // "Estimate how many bags of mulch for a 40x3 foot bed at 3 inches deep, bags are 2 cubic feet": every figure is
    // given, so it is a calculation with one answer, not a Fermi estimate.
    if (kind === 'estimate') return (this.#lower.slice(0, 400).match(/\d+(?:\.\d+)?/g)?.length ?? 0) < 3 || !MEASURED.test(this.#lower.slice(0, 400));
    return true;
  }
}

const USER_CONSTRAINT = /\b(do not|don't|never|must|exactly|at least|at most|no more than|fewer than|less than|only (use|reply|respond|return|include|output|write|answer|give|list)|all (capital|lowercase|caps)|in (all )?(capital|lowercase) letters|wrap (your|the entire)|end (your|the) (response|answer)|start (your|the) (response|answer)|highlight|separate (the|your)|include (the )?(keywords?|words?)|without (using|any)|(in|as|using) (a |an )?(comma[- ]separated|bulleted|numbered|json|csv|table|markdown|yaml|single)\b)\b/i;

// A constraint word alone is not an instruction: pasted material and the user's own story are full of "must", "never"
// and "at least" ("Tenant must give notice…", "She's never told anyone"). An instruction is a clause that starts like a
// command ("Don't mention…", "Keep it under…", "At least one scene…", "it must…"), or is addressed to the model
// ("you must…", "the answer should…", "I don't want a plot where…"), or tells it what to do in a case ("If X, say so").
// "Each paragraph must…", "all sentences should…" set rules for the reply's parts; "all expense reports must be
// submitted…" is a policy in pasted material, so only the parts of a reply count.
const OUTPUT_UNIT =
  '(?:sentence|paragraph|line|item|bullet|bullet point|point|section|row|column|field|entry|entries|answer|question|option|response|reply|step|idea|name|title|heading|headline|slide|scene|verse|stanza|chapter|tweet|post|example|description|word|category|categories|key|value|part|list|output|information|joke|tip|suggestion|message)s?';
const IMPERATIVE = new RegExp(
  String.raw`^(?:please\s+|and\s+|also\s+|but\s+|then\s+|just\s+)*(?:do not|don'?t|never|always|only|make sure|ensure|be sure|use|include|keep|avoid|write|return|answer|respond|reply|output|give|list|start|end|begin|finish|wrap|highlight|separate|limit|mention|add|put|format|stick|no|not|skip|leave out|focus|cite|quote|show|explain|provide|(?:each|every|all)(?: the| your| of the| of your)? (?:\w+ )?(?:${OUTPUT_UNIT}) (?:must|should|has to|have to|needs to|need to)|at least|at most|exactly|no more than|fewer than|less than|under|within|all (?:caps|capitals|lowercase)|in (?:all )?(?:capital|lowercase)|classify|label|sort|rank|translate|rewrite|summari[sz]e|tell|state|name|choose|pick|mark|flag|describe|compare|rate|score|convert|it (?:must|should|has to|needs to|cannot|can't))\b`,
  'i',
);
const ADDRESSED =
  /\b(?:you (?:must|should|need to|have to|may only|can only|mustn't|shouldn't)|(?:your|the) (?:answer|response|reply|output|summary|story|poem|email|text|code|list|plan|essay|post|letter|query|script|table|result|translation|rewrite)s? (?:must|should|has to|needs to|cannot|can't|mustn't|shouldn't)|i (?:don'?t|do not) (?:want|need) (?:you|it|the|a|an|any|to|every|more|them|something|anything)|i (?:want|need) (?:it|you|the|them|each|every|exactly|at least|no more)|i'?d like (?:it|you|the|them|at least|no more|exactly))\b/i;
const CASE_RULE = /^if\b[^,]{3,120},\s*(?:just\s+|please\s+)?(?:say|answer|reply|respond|tell|write|mark|use|leave|return|output|flag|note|ask|skip|don'?t|do not)\b/i;
/** Numbered clauses ("2.2 Thereafter…", "§ 4") and legal "shall" belong to a pasted document, not to the user. */
const DOCUMENT_CLAUSE = /^\(?\d+(?:\.\d+)+\)?\s|^(?:section|article|clause|§)\s*\d|\bshall\b/i;

function isInstruction(sentence: string): boolean {
  const s = sentence.replace(/^[-*•]\s+/, '');
  // "Never before have I been so disappointed" is a quoted review, not a rule: inversion after "never" is narrative, and
  // so is a fragment such as "Never ordering again" (a rule would say "Never order…").
  if (DOCUMENT_CLAUSE.test(s) || /^never (before|again|have|has|had|did|was|were|will|would|could|in my life|\w+ing)\b/i.test(s)) return false;
  if (ADDRESSED.test(s) || CASE_RULE.test(s)) return true;
  return s.split(/\s[—–]\s|;\s|,\s|:\s/).some((raw) => {
    const clause = raw.trim();
    if (!IMPERATIVE.test(clause)) return false;
    // "Write support is another six weeks away": a verb-looking word heading a noun phrase, not a command.
    if (/^(?!(?:it|you|they|we|i|this|that|each|every|all)\b)\w+ (?!(?:must|should|will|would|can|could|may|might|shall|to|not)\b)\w+ (is|are|was|were|has|have|will)\b/i.test(clause)) return false;
    // "At least one was given a chance…" is narrative; "At least 3 examples." or "at least one scene must…" is a rule.
    if (/^(at least|at most|exactly|no more than|fewer than|less than|under|within)\b/i.test(clause))
      return clause.split(/\s+/).length <= 8 || /\b(must|should|has to|have to|needs? to)\b/i.test(clause);
    return true;
  });
}

/** Short sentences of the ask that state an explicit instruction (IFEval-style), in their original wording. */
/**
 * "From this job posting, pull out the required skills: We are hiring… You must know Go…": the words after a colon
 * that introduces named material, to the end of that paragraph, are the material, not the user's instructions.
 */
const INLINE_MATERIAL_INTRO =
  /^[^\n:]{0,200}?\b(?:from|in|of|out of|to|on)\s+(?:this|these|the following|the|my|our)\s+(?:[\w-]+\s+){0,2}(?:job posting|posting|job ad|listing|email|e-mail|text|article|review|message|note|notes|paragraph|passage|document|transcript|post|description|ad|letter|comment|tweet|bio|resume|cv|report|announcement|policy|contract|invoice|receipt)s?\b[^\n:.?!]{0,120}:[ \t]*/i;

function withoutInlineMaterial(text: string): string {
  const intro = INLINE_MATERIAL_INTRO.exec(text);
  // The material starts like text (a capital or a quotation mark); "… from this email: only the dates" is an instruction.
  if (!intro || !/^["“'A-Z]/.test(text.slice(intro[0].length))) return text;
  const start = intro[0].length;
  const end = text.slice(start).search(/\n\s*\n/);
  return text.slice(0, start) + (end < 0 ? '' : text.slice(start + end));
}

/**
 * "From the job posting below, list the skills.\n\nWe're hiring… You must have 3+ years…": when a short opening
 * announces material, the one block after it is that material unless it opens with an instruction ("Keep it under 50
 * words."), and its "you must" addresses someone else.
 */
function withoutPastedParagraphs(text: string): string {
  const parts = text.split(/\n\s*\n/);
  const head = parts[0] ?? '';
  // Only the plain shape (a short request, then one block): long briefs mix their own rules into every paragraph.
  if (parts.length !== 2 || head.length > 300 || !/\b(below|following|attached|pasted)\b|\bhere (?:is|are|'s)\b|:\s*$/i.test(head)) return text;
  const block = parts[1] ?? '';
  return isInstruction((block.trim().split(/(?<=[.!?])\s+|\n/)[0] ?? '').replace(/[’‘]/g, "'")) ? text : head;
}

/**
 * "I still don't get why…", "we never know which…": the asker describing themselves, not a rule for the answer; so is
 * "a backend dev who has never used k8s" or "I've never cooked fish", which describe a reader.
 */
const SPEAKER_NEGATION =
  /\b(?:i|we)(?: still| really| just| honestly| even)? (?:don'?t|do not|never) (?:get|understand|know|see|remember|think|follow|care)\b|\bwho (?:never|(?:does|do|did)(?:n'?t| not))\b|\b(?:has|have|had|i'?ve|we'?ve|they'?ve|he'?s|she'?s) never\b/gi;

/** A quoted passage of several words; a quoted single word ("Don't use the word "synergy"") stays part of the rule. */
const QUOTED_PASSAGE = /"[^"\n]*\s[^"\n]*"|“[^”\n]*\s[^”\n]*”/g;

function detectUserConstraints(sample: string): string[] {
  const ask = withoutPastedParagraphs(withoutInlineMaterial(sample.replace(/```[\s\S]*?```/g, ' ').slice(0, 3000)));
  // Split where the text outside quoted passages breaks, so 'Translate: "Take with food. Do not crush."' keeps its
  // quoted "Do not crush." inside the sentence that quotes it instead of reading it as the user's own rule.
  const masked = ask.replace(QUOTED_PASSAGE, (q) => '"' + '_'.repeat(q.length - 2) + '"');
  const sentences: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(/(?<=[.!?])\s+|\n+/g)) {
    sentences.push(ask.slice(from, m.index));
    from = m.index + m[0].length;
  }
  sentences.push(ask.slice(from));
  const out: string[] = [];
  for (const raw of sentences) {
    // A bullet or number that starts a line is list markup, not part of the instruction to quote back.
    const s = raw.trim().replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, '');
    // Questions ("why don't antibiotics…?") are the ask itself, not an instruction about the answer.
    // Typographic apostrophes (“don’t”, autocorrected by many editors) are matched as plain ones; the text is kept as is.
    const plain = s.replace(/[’‘]/g, "'");
    // A quoted passage is material ('Translate this: "Please don't use bleach…"'): its "don't" is not the user's rule.
    if (s.length < 12 || s.length > 240 || /[?？]$/.test(s) || !USER_CONSTRAINT.test(plain.replace(QUOTED_PASSAGE, ' ').replace(SPEAKER_NEGATION, '')) || !isInstruction(plain)) continue;
    // "For this request, you must provide:" only introduces the list that follows; quoting it says nothing.
    if (/^(you are|act as|i want you to)/i.test(s) || /:$/.test(s)) continue;
    out.push(s.replace(/[.\s]+$/, ''));
    if (out.length === 4) break;
  }
  return out;
}

const SOURCE_LIST = /\b(?:turn|convert|make|rewrite|combine|transform|change|expand)\s+(?:these|this|my|the|our|those|the following)\s+(?:[\w-]+\s+){0,2}?(?:bullets?|bullet points|bullet list|bulleted list|numbered list|list|checklist)\b(?=[^.\n]{0,10}\b(?:into|to)\b)/g;

const TABLE_WORD = /\b(table|tabular|columns?)\b/;
// "The second highest salary from an employees table", "sort by the price column": data the code reads, not a table
// for the reply.
// Nor is "2. Orders table missing rows" in a list of items to label: an item, not an instruction.
const DATA_TABLE = /\b(?:from|into|join|update|in|on|of|to) (?:the |an? |my |our |this )?(?:[a-z_]+s|[a-z]+_[a-z_]+) table\b|\bthe [a-z_]+ columns?\b|^[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]+(?!(?:put|present|show|give|return|format|output|make|create|use|list|add|include|then|and)\b)[^\n]*/gm;

function detectFormat(ask: string): FormatKind | null {
  if (/\bjson\b/.test(ask)) return 'json';
  // The rewrite that drops data tables runs only when a table is mentioned at all.
  if (TABLE_WORD.test(ask) && TABLE_WORD.test(ask.replace(DATA_TABLE, ' '))) return 'table';
  if (/\bcsv\b|comma[- ]separated/.test(ask)) return 'csv';
  if (/\bone per line\b|\bsemicolon[- ]separated\b/.test(ask)) return 'list';
  if (/\bya?ml\b/.test(ask)) return 'yaml';
  if (/\bxml\b/.test(ask)) return 'xml';
  if (/\bmarkdown\b/.test(ask)) return 'markdown';
  // "My resume bullet" is a line of the resume, not a list format for the reply; nor are the bullets being turned into
  // an email ("turn these bullet points into an email to my landlord").
  if (/\b(?<!(?:resume|résumé|cv|linkedin) )(bullets|bullet(ed)?( points?| list)?|numbered list|as a list|in a list|checklist|bulleted)\b/.test(ask.replace(SOURCE_LIST, ' '))) return 'list';
  if (/\b(one|single) (sentence|paragraph|word)\b|\bin (\d+|one|two|three|four|five) (sentences|paragraphs|words)\b/.test(ask)) return 'prose';
  if (/\b(output format|format (it|the output|your answer|the answer) as|respond (only )?with|reply (only )?with|return only|answer with only|(each|every|one) line (is )?(formatted|written) as|formatted as|in the (following|same) format|in this format)\b/.test(ask)) return 'prose';
  // "If there is none, output 'No such bias detected.'": the user has set what the reply looks like.
  if (/\b(otherwise|if not|if none|if there (is|are) (none|no \w+))\s*,?\s*(output|say|reply|return|write|print|respond)\b/.test(ask)) return 'prose';
  return null;
}

// "Explain what a vector database is to a product manager": that reader.
const TRANSLATED_FOR = new RegExp(String.raw`^\s*(?:please |can you |could you )?translate\b[^:\n]{0,80}?\bfor (an? (?:elderly |older |young |new |deaf |blind )?${READER_ROLE}|(?:our|my|the) (?:[\w-]+ )?(?:crew|staff|team|workers|employees|tenants|residents|parents|families|patients|customers|guests|students|volunteers))\b`);
const TOLD_ROLE = new RegExp(String.raw`^\s*(?:(?:i'?m|i am) an? [\w -]{2,40}?[.,;:]\s*)?(?:please |can you |could you )?(?:explain|describe)\b[^.?!\n]{1,60}?\bto (an? ${READER_ROLE})\b`);
// "Make this paragraph punchier: Our company … serves customers": the pasted text is not who it is for.
const INLINE_MATERIAL = /^([^:\n]{0,120}\b(?:this|these|the following)\b[^:\n]{0,40}):[^\n]{40,}/;
function detectAudience(lower: string): string | null {
  // "A speech for my dad's retirement party": the room at the party listens, not only the person it honours.
  // A card or a gift for the occasion is read by one person, so only the gathering itself counts.
  const occasion = lower.match(/\bfor (?:my|our|the) [a-z]+(?: [a-z]+)?(?:['’]s|s['’]) (?:\d+(?:st|nd|rd|th) )?((?:retirement|wedding|leaving|farewell|going-away|memorial|funeral)(?: (?:party|dinner|do|celebration|service|reception|lunch))?(?! (?:card|gift|present|cake|message|note|wishes))|(?:birthday|anniversary|graduation|engagement) (?:party|dinner|do|celebration|reception|lunch))\b/);
  if (occasion?.[1]) return `the guests at the ${occasion[1]}`;
  // "A toast for my parents' 40th anniversary": spoken to the room, though the occasion is theirs.
  const toasted = lower.match(/\b(?:toast|speech)\b[^.\n]{0,40}?\bfor (?:my|our|the) [a-z]+(?: [a-z]+)?(?:['’]s|s['’]) (?:\d+(?:st|nd|rd|th) )?(anniversary|birthday|retirement|graduation|engagement)\b/);
  if (toasted?.[1]) return `the guests at the ${toasted[1]}`;
  // "A short story for my daughter's 7th birthday": a child of that age listens to it.
  // Substring checks first: these patterns only apply to a few prompts, and most never name a birthday or an asker.
  const child = lower.includes('birthday') ? lower.match(/\b(?:story|stories|poem|song|tale|book)\b[^.\n]{0,40}?\bfor (?:my|our) (?:little )?(?:daughter|son|niece|nephew|grandson|granddaughter|kid|child|goddaughter|godson)['’]s (\d{1,2})(?:st|nd|rd|th) birthday\b/) : null;
  if (child?.[1] && Number(child[1]) <= 12) return `a ${child[1]}-year-old`;
  // "A eulogy for my grandmother": she is who it honours; the people at the service hear it.
  if (/\b(?:eulog(?:y|ies)|funeral speech|memorial speech)\b/.test(lower)) return 'the family and friends at the service';
  const m = lower.match(
    // "Thanks to the team", "welcome to the team", "hiring for the team" name who the text is about, not who reads it;
    // "an interview for a customer service role" names the job; "is it normal for a 2 year old to…" asks about them,
    // and "co-sign a car loan for my friend" names who it helps; "sales promised it to a customer" names who is owed.
    // The lookahead first: the long lookbehind is then tried only where a "for" or a "to" starts.
    /\b(?=for\b|to\b|aimed at\b|targeted at\b|audience\b)(?<!(?:promised(?: it| them| this)?|sold(?: it| them)?|sent(?: it| them)?|shipped(?: it| them)?|delivered(?: it| them)?|owed?(?: it| them)?|promoted|moved|switched|transferred|changed|converted|applied|going back|returning|thanks|thank you|grateful|shout-?outs?|kudos|credit|congrats|congratulations|welcome|new|joined|joining|added|hiring|normal|common|typical|usual|safe|healthy|unhealthy|ok|okay|bad|enough|appropriate|dangerous|recommended|loan|loans|mortgage|co-sign|cosign|guarantor|money|cash|bail|deposit|bills|payments|around me|over me|over my head|behind my back|complained|complains|complaining|went|goes|going|escalated|escalating|ran|runs|running) )(?:for|to|aimed at|targeted at|audience(?: is|:)?)\s+((?:a |an |my |our |the )?(?:(?:nervous|anxious|worried|first-time|new|busy|skeptical|sceptical|curious|young|bright|little) ){0,2}(?:\d+[- ]year[- ]olds?|employees|staff|kids|children|a child|beginners?|novices?|non-technical \w+|(?:someone|somebody|people|a person) (?:who is |who'?s |who are )?non-technical|non-experts?|experts?|developers|engineers|executives|ceo|cto|manager|boss|team|colleagues?|clients?|customers?|students?(?: pilots?| drivers?| nurses?| teachers?)?|teachers?|middle schoolers|high schoolers|tweens|teens|teenagers|a (?:group|class) of (?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]graders|parents?|investors?|stakeholders?|(?:high school|college|university|grad(?:uate)?) students?|(?:general|lay|technical) (?:audience|readers?)|my (?:grandma|grandmother|mom|dad|friends?)|a five[- ]year[- ]old|seniors|senior citizens|(?:referring|treating|attending|primary care) (?:doctor|physician|surgeon|clinician|provider)s?|(?:grant )?funders?|donors?|board(?: of directors| members)?))\b(?!['’]s| of\b| games?\b| (?:service|support|success|experience|facing|role|position|job|portal|dashboard)\b)/,
  );
  if (m?.[1]) return m[1].trim();
  // "A poem for my wife", "a letter to my son": a piece written to one person, who reads it. (A party or a gift "for my
  // wife" is planned around her, and a toast "for my brother" is heard by the guests.)
  const reader = lower.match(/\b(?:poem|letter|card|note|message|song|apology|love letter)\b[^.\n]{0,30}?\b(?:for|to) (my (?:wife|husband|partner|girlfriend|boyfriend|fianc[eé]e?|sister|brother|son|daughter|mum|mother|father|grandpa|grandfather))\b(?!['’]s)/);
  if (reader?.[1]) return reader[1];
  // "A short poem for my mom's 60th birthday card": the card is hers, so she reads it.
  const cardFor = lower.match(/\b(?:poem|note|message|verse|lines?)\b[^.\n]{0,20}?\bfor (my (?:wife|husband|partner|girlfriend|boyfriend|sister|brother|son|daughter|mom|mum|mother|dad|father|grandma|grandmother|grandpa|grandfather|best friend|friend|boss|teacher))['’]s (?:[\w-]+ ){0,3}card\b/);
  if (cardFor?.[1]) return cardFor[1];
  // "Explain blockchain to my grandpa": the person it is explained to reads it.
  const told = lower.match(/^\s*(?:please |can you |could you )?(?:explain|describe)\b[^.?!\n]{1,60}?\bto (my (?:grandpa|grandma|grandfather|grandmother|grandparents|mom|mum|dad|mother|father|parents|kids?|son|daughter|wife|husband|partner|boss|manager|team|friend)|an? (?:teenager|teen|child|kid|high school(?:er| student)))\b/);
  if (told?.[1]) return told[1];
  // "Translate this label into plain Vietnamese for an elderly patient": the one who will read the translation.
  const translatedFor = lower.match(TRANSLATED_FOR);
  if (translatedFor?.[1]) return translatedFor[1];
  // "A client asks why they owe taxes… Give me a simple way to explain it": the answer is for that client.
  const asker = lower.includes(' ask') || lower.includes('wants to know') ? lower.match(/\b(?:an? |my )(client|patient|customer|tenant|parent|student|resident|homeowner|guest|caller)s? (?:asks?|asked|wants to know|keeps asking|is asking)\b/) : null;
  if (asker?.[1] && /\bway to (?:explain|say|put)\b|\bhow (?:do|should|can) i explain\b|\bwhat (?:do|should) i (?:say|tell)\b|\banswer to (?:say|give)\b|\bto say at the counter\b/.test(lower.slice(0, 400))) return `a ${asker[1]}`;
  const toldRole = lower.match(TOLD_ROLE);
  if (toldRole?.[1]) return toldRole[1];
  // "Rules for the bus that 1st graders can understand": who has to follow it.
  const canFollow = lower.match(/\b(?:that|so|which) ((?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)[- ]graders|kindergarteners|kindergartners|preschoolers|(?:young |little )?(?:kids|children)|(?:\d{1,2}|five|six|seven|eight|nine|ten)[- ]year[- ]olds|teens|teenagers|non-native speakers|tourists|visitors|new hires) (?:can|could|will|would) (?:easily )?(?:understand|follow|read|remember)\b/);
  if (canFollow?.[1]) return canFollow[1];
  const like = lower.match(/\blike i'?m (\d{1,2}|five|six|seven|eight|nine|ten|twelve|a child|a kid|a beginner|new to this|a novice)\b/);
  if (like?.[1]) {
    const age = toNumber(like[1]);
    if (Number.isFinite(age) && age >= 3 && age <= 17) return `a ${age}-year-old`;
    return /child|kid/.test(like[1]) ? 'a five-year-old' : 'a beginner';
  }
  if (/\beli5\b/.test(lower)) return 'a five-year-old';
  // "Explain transformers to someone who knows basic linear algebra": the reader's background, to build on.
  const knows = lower.match(/\b(?:explain|describe|teach|introduce|summari[sz]e|walk|break down|present)\b[^.?!\n]{0,80}\b(?:to|for) ((?:someone|a person|people|a reader|readers|an audience) (?:who|that) (?:already |only )?(?:knows?|understands?|has|have|is|are)\s[^.,;:?!\n]{3,50}?)(?=\s*(?:$|[.,;:?!\n]| but\b| and (?:wants?|needs?)\b))/);
  if (knows?.[1]) return knows[1].trim();
  // "Explain Kubernetes like I'm a product manager": a reader with a job of their own, not a child or a novice.
  const role = lower.match(/\b(?:explain|describe|teach|tell|write|talk|answer|break|walk|summari[sz]e|simplify)\b[^.?!\n]{0,80}\b(?:like|as if|as though) i'?m (an? [a-z][a-z -]{2,30}?)(?=$|[,.;:?!)\n]| who\b| and\b| with\b| at\b| in\b| on\b)/);
  if (role?.[1]) return role[1].trim();
  return null;
}

/**
 * "Interview questions for a junior UX designer": questions to put to candidates for a role. "I have an interview for
 * a UX designer role, give me interview questions for a UX designer" is the applicant preparing.
 */
export const asksRoleQuestions = (lower: string): boolean =>
  ROLE_QUESTIONS.test(lower.slice(0, 400)) && !/\b(?:my (?:upcoming |next )?interview|i have an interview|i'?ve got an interview|i'?m interviewing (?:for|at|with)|prepare|prep)\b/.test(lower.slice(0, 400));
const ROLE_QUESTIONS =
  /\binterview questions for (?:an?|the|our) (?:[\w-]+ ){0,3}?(?:designers?|engineers?|developers?|managers?|analysts?|scientists?|leads?|directors?|interns?|assistants?|associates?|coordinators?|specialists?|baristas?|nurses?|teachers?|accountants?|writers?|marketers?|recruiters?|reps?|representatives?|roles?|positions?|hires?|candidates?)\b/;
const INTERVIEWER = /\b(?:for hiring|to hire|hiring (?:a|an|for|our|my|new)|we'?re hiring|(?:ask|interview|screen)(?:ing)? (?:the |our |a |each )?(?:candidates?|applicants?|interviewees?))\b/;
function detectStakes(lower: string): string | null {
  const checks: [RegExp, string][] = [
    [/\b(job interview|interview)\b/, 'it is for a job interview'],
    // The asker's own exam, not an exam inside a word problem ("Elaine's attempts to pass an exam").
    [/\b(my (exam|test|finals|midterms?)|an? (exam|test) (tomorrow|next week|on \w+day)|for (my|the|an|this) (exam|midterm)\b|exam prep|studying for|test tomorrow|finals week|midterms?)\b/, 'it is for an exam I am preparing for'],
    // "2,000 customer emails" is data, not a message to a customer.
    [/\b(client|customer)\b[^.\n]{0,40}\b(send|present|deliver|pitch)|\b(send|present|deliver|pitch)\b[^.\n]{0,40}\b(client|customer)s?\b/, 'it will go to a client'],
    // Only when the manager reads the result: "should I tell my manager I'm interviewing?" is not written for them.
    // Saying something to the manager is a conversation to prepare, not a document they will read.
    // "One of my reports keeps going around me to my boss": someone else's route, not who reads the answer.
    [/\b(?=(?:for|to|with|show|send|email) )(?<!\b(?:say|said|talk|talking|speak|speaking|around me|over me|over my head|behind my back|complain(?:s|ed|ing)?|went|goes|going|escalat(?:es|ed|ing)|ran|runs|running) )(?:for|to|with|show|send|email) (?:my boss|my manager|the ceo|leadership)\b|\b(?:my boss|my manager|the ceo|leadership) (?:will|wants|asked|needs|is going to)\b|\bboard meeting\b/, 'my manager will read it'],
    [/\b(cover letter|resume|cv|job application|applying for)\b/, 'it is part of a job application'],
    [/\b(thesis|dissertation|grant proposal|paper submission)\b/, 'it is for my thesis or a formal submission'],
    [/\b(very important|really important|critical|crucial|high[- ]stakes)\b/, 'it is important to me'],
  ];
  for (const [re, s] of checks) {
    // "I keep procrastinating on my thesis" is about the habit: the answer is not part of the thesis.
    if (s.includes('thesis') && HABIT_TALK.test(lower)) continue;
    // "What's the difference between a CV and a resume?" asks about documents; it is not one being written.
    if (s.includes('job application') && /\bdifferences? between\b|^\s*what(?:'s| is| are) (?:a |an )?(?:cv|resume)s?\b/.test(lower)) continue;
    // A thesis statement is one sentence of an essay, not the thesis.
    if (s.includes('thesis') && /\bthesis statements?\b/.test(lower) && !/\b(?:dissertation|grant proposal|paper submission)\b/.test(lower)) continue;
    // "Interview questions for hiring a barista": the asker runs the interview; nothing rides on it for them.
    if (s.includes('job interview') && (INTERVIEWER.test(lower) || asksRoleQuestions(lower))) continue;
    // "My boss asked me to own the report… how do I push back?": advice on talking to the boss, who never reads it.
    if (s.includes('my manager') && /\bhow (?:do|can|should|would) i (?:push back|say no|tell|ask|talk|handle|respond|deal|bring (?:it|this) up|approach|raise)\b/.test(lower)) continue;
    if (re.test(lower)) return s;
  }
  return null;
}
const HABIT_TALK = /\b(?:procrastinat\w*|putting (?:it|things|stuff|off)|can'?t (?:focus|concentrate|get started|start)|motivat\w*|overwhelmed|burn(?:ed|t) out)\b/;

// Function words that mark a language (shared ones such as "de", "que", "la" are left out so the sets stay distinct).
const FUNCTION_WORDS: [string, string][] = [
  ['English', 'the|and|is|are|to|of|for|with|you|what|how|this|that|my|can|it'],
  ['Spanish', 'el|los|las|y|es|para|por|una|cómo|qué|necesito|quiero|puedes|hay|pero|está|muy|del|al|más|también|sobre|tengo|años|gracias|favor|cuál|cuáles|dame|dime|hola|eres|puedo|dónde|cuánto|cuántos|ejemplos|diferencia|explícame|escribe'],
  ['Portuguese', 'os|uma|não|você|como|meu|minha|isso|está|muito|pra|então|foi|dela|dele|ela|ele|mais|sobre|tem|fazer|obrigado|obrigada'],
  ['French', "les|des|et|est|pour|avec|une|je|vous|pas|dans|comment|mon|ma|c'est|qui|sur|ça|s'il|plaît|merci|très|mais|aux|du|cette|ce|ces|peux|peut|nous|leur|été|être|au|sont|ont|aussi|moi|donne|donner|écris|explique|pouvez|voudrais|pourquoi|quelle|quel|faire|recette|facile"],
  ['German', 'der|die|das|und|ist|nicht|ich|mit|für|wie|ein|eine|auf|dem|mein|bitte|auch|noch|kann|können|warum|wenn|sind|werden|habe|gibt|eigentlich'],
  ['Italian', 'il|gli|di|che|sono|mio|della|questo|anche|perché|una|ci|hanno|questa|nel|alla'],
  ['Dutch', 'het|een|niet|ik|voor|hoe|ook|maar|dat|wat|mijn|zijn'],
];
// One pass over the text with every word, then a lookup of the languages each match counts for.
const WORD_LANGUAGES = new Map<string, string[]>();
for (const [lang, words] of FUNCTION_WORDS) for (const w of words.split('|')) WORD_LANGUAGES.set(w, [...(WORD_LANGUAGES.get(w) ?? []), lang]);
const FUNCTION_WORD_RE = new RegExp(`(?<!\\p{L})(${[...WORD_LANGUAGES.keys()].join('|')})(?!\\p{L})`, 'gu');
const VIETNAMESE_TONES = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;

/** The language of a Latin-script prompt when it is clearly not English; null for English, other scripts and short text. */
const QUOTED_SPAN = /"[^"\n]{15,}"|“[^”\n]{15,}”|«[^»\n]{15,}»/g;
function languageHits(head: string): Map<string, number> {
  const hits = new Map<string, number>();
  for (const m of head.matchAll(FUNCTION_WORD_RE)) for (const lang of WORD_LANGUAGES.get(m[1] ?? '') ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  // Inverted question and exclamation marks are written only in Spanish.
  const inverted = head.match(/[¿¡]/g)?.length ?? 0;
  if (inverted > 0) hits.set('Spanish', (hits.get('Spanish') ?? 0) + 2 * Math.min(inverted, 2));
  return hits;
}
function pickLanguage(head: string, hits: Map<string, number>): string | null {
  const english = hits.get('English') ?? 0;
  // Vietnamese is written in Latin letters too, with tone marks no other language here uses.
  const tones = head.match(VIETNAMESE_TONES)?.length ?? 0;
  if (tones >= 3 && tones > 2 * english) return 'Vietnamese';
  let best: string | null = null;
  let bestHits = 0;
  for (const [lang, n] of hits) if (lang !== 'English' && n > bestHits) [best, bestHits] = [lang, n];
  return best && bestHits >= 3 && bestHits > 1.5 * english ? best : null;
}
function latinLanguage(lower: string): string | null {
  // Markup and code are not the user's language ("gmail.com", "1.5em", <html lang="en">).
  const head = lower.replace(/```[\s\S]*?```|<[^>\n]*>|`[^`\n]*`/g, ' ').slice(0, 600);
  // Nor is quoted material, when the words around it say enough: "Check my French: «Je suis allé…»" is asked in
  // English, while "corrige les fautes stp : «…»" is too short to tell without the quote.
  const quoted = /["“«]/.test(head) ? head.match(QUOTED_SPAN) : null;
  if (!quoted) return pickLanguage(head, languageHits(head));
  const ask = head.replace(QUOTED_SPAN, ' ');
  const askHits = languageHits(ask);
  const fromAsk = pickLanguage(ask, askHits);
  if (fromAsk) return fromAsk;
  const english = askHits.get('English') ?? 0;
  if (english > 0 && [...askHits].every(([lang, n]) => lang === 'English' || n < english)) return null;
  // Too little around the quote to tell: count the quoted words too (each word is counted once either way).
  for (const [lang, n] of languageHits(quoted.join(' '))) askHits.set(lang, (askHits.get(lang) ?? 0) + n);
  return pickLanguage(head, askHits);
}

// "this email", "the attached notes", "my resume": material the request points at.
const MATERIAL_NOUNS =
  'text|spec|email|e-mail|emails|email chain|article|notes|document|doc|paragraph|passage|section|essay|code|function|script|thread|transcript|report|message|letter|resume|cv|post|draft|story|review|reviews|list|data|table|file|pdf|spreadsheet|contract|lease|paper|chapter|slides|presentation|speech|poem|song|lyrics|query|snippet|log|logs|error|stack trace|description|terms of service|plan|proposal|page|bio|summary|abstract|minutes|meeting|call|lecture|webinar|podcast|video|conversation|interview|episode';
/** Something heard, not read ("summarize our meeting"): what the model needs is its notes or transcript. */
const HEARD = /(?:^|\s)(meeting|call|lecture|webinar|podcast|video|conversation|interview|episode)$/;
const MATERIAL_REF = new RegExp(
  String.raw`\b(this|these|that(?! (?:[a-z]+s\b(?!')|is|was|can|will|would|could|should|does|did)\b)|the attached|attached|the following|following|below|above|my|our|his|her|their)\s+((?:[\w'-]+ ){0,2}(?:${MATERIAL_NOUNS}))\b(?! (about|on|that|which) )|\bthe ((?:[\w'-]+ ){0,2}?(?:${MATERIAL_NOUNS})) (?:below|above|i'm about to paste|i will paste|i'll paste)\b`,
);
/** "Summarize this", "tl;dr of the above", "make this sound friendlier": the material is the unnamed object. */
const BARE_MATERIAL_REF =
  /\b(summari[sz]e|condense|shorten|rewrite|rephrase|reword|translate|proofread|boil|sum up|tl;?dr( of)?|make|turn|get [\w ]{1,30} out of|extract [\w ]{1,30} from|classify|fix|polish|edit|review|check)\s+(this|the following|the above|the text below)\b/;

/** "What's a good 3-day split…", "can you suggest a weekly meal plan…": a question whose answer is a plan. */
const PLAN_QUESTION =
  /^(?:so |ok |hey )?(?:what(?:'s| is| would be) (?:a |the )?(?:good|best|solid|simple|decent|sensible|realistic)|(?:can|could) you (?:give|suggest|recommend|make)|suggest|recommend)\b[^?.\n]{0,50}\b(?:split|routine|program|programme|workout plan|training plan|meal plan|study plan|study schedule|itinerary)\b/;
const PLANNABLE: readonly SubKind[] = ['workout', 'meals', 'study', 'itinerary'];

/**
 * A question that asks for a routine, a meal plan or an itinerary is answered with a plan, whatever its label: the
 * enhancer chooses techniques for it as for planning.
 */
const asksForPlan = (lower: string, subKinds: SubKinds): boolean =>
  PLAN_QUESTION.test(lower.slice(0, 200)) && PLANNABLE.some((k) => subKinds.has(k));

/**
 * "What's a good name for a golden retriever puppy?", "what should I name my bakery?": a name is picked from options, so
 * it is answered like ideas.
 */
const asksForNames = (lower: string, subKinds: SubKinds): boolean =>
  subKinds.has('names') &&
  /^\s*(?:so |ok |hey )?(?:what(?:'s| is| are| would be| could be) (?:a |some )?(?:good|cute|fun|funny|cool|unique|catchy|clever|great|nice|fitting) names? for\b|what should (?:i|we) name (?:my|our|the|a)\b|(?:help me|can you help me|i need to) (?:come up with a |find a |pick a )?name (?:for )?(?:my|our)\b)/.test(lower.slice(0, 200));

// "List the required skills vs nice-to-haves from this job post: …Python, SQL…": items taken out of pasted material.
const TAKEN_FROM_MATERIAL =
  /^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:list|extract|pull out|pull|find|identify|get|sort|separate)\b[^\n]{0,80}\bfrom (?:this|the|these|that|my) (?:job (?:post|posting|description|ad|listing)|posting|listing|invoice|receipt|email|resume|cv|transcript|article|text|document)\b/;

/**
 * "A YouTube video script intro (first 30 seconds)", "a script for a 60-second product video" or "a 60-second YouTube
 * ad": words to be heard.
 */
export const VIDEO_SCRIPT =
  /\b(?:youtube|video|tiktok|reel|podcast|commercial|explainer|promo|radio(?: ad)?)\s+(?:video\s+)?(?:script|intro|outro|voice-?over)s?\b|\bscripts? (?:for|of) (?:a |an |my |our |the )?(?:\d+[- ](?:second|minute)[- ])?(?:youtube |tiktok |explainer |promo |product |short |radio |tv |television )?(?:video|reel|podcast|commercial|ad|advert|advertisement|spot)\b/;
// "A list of questions to ask a contractor before hiring them": the same checks, asked of the person.
export const QUESTIONS_BEFORE =
  /\bquestions (?:to ask|i should ask|should i ask|we should ask) (?:an? |the |my |our |potential |prospective )+([\w -]{2,30}?) (?:when|before) (?:i'?m |we'?re |i |we )?(hiring|buying from|renting from|signing with|choosing|booking)\b|\bquestions (?:to ask|i should ask|should i ask|we should ask) (?:when|before|while) (?:i'?m |we'?re )?(touring|visiting|viewing|interviewing) (?:an? |the |my |our |potential |prospective )+([\w -]{2,30}?)(?=\s*(?:$|[?.!,;]| for\b| in\b))/;
/** "Give me a script for calling to cancel my gym membership": words to say on the phone, not a program. */
export const CALL_SCRIPT =
  /\b(?:phone|call|calling|cold[- ]call|sales call) scripts?\b|\bscripts? (?:for|to use (?:when|for|on)|when|to read (?:when|on)) (?:i'?m )?(?:calling|phoning|a (?:phone |sales |cold )?call|the (?:phone )?call|talking to|speaking to|i call)\b|\bwhat to say (?:on|during) (?:the|a|my) (?:phone|call|phone call)\b/;

/** "Make a packing list for a beach week", "what should I pack for…": a list to tick off. */
export const CHECKLIST_ASK =
  /\b(make|create|write|give me|generate|put together|need|want|help me with)\b[^.\n]{0,30}\b(grocery|shopping|packing|to-?do) (?:check)?list\b|^\s*what (?:should|do|would) (?:i|we) (?:need to )?(?:pack|bring)\b|^\s*what (?:should|do|would) (?:i|we) (?:need to )?(?:put|keep|have) in (?:a|an|my|our|the) [\w -]{0,25}?(?:kit|bag|go-?bag|box)\b|^\s*what (?:should (?:go|be)|goes|to (?:put|pack|include|keep)) in(?:to)? (?:a|an|my|our|the) [\w -]{0,25}?(?:kit|bag|go-?bag|box)\b/;

const PEOPLE_PROGRAM =
  /\b(?:loyalty(?: card)?|rewards?|referral|ambassador|mentor(?:ship|ing)|volunteer|internship|wellness|recognition|incentive|membership|affiliate|buddy|apprenticeship) program(?:me)?s?\b/;
const TASK_CHECKLIST = /^\s*(?:please |can you |could you )?(?:give me|make|create|write|i need|need|put together|help me (?:make|write))\b[^.\n]{0,20}\bcheck-?list (?:for|of|to)\b/;

/** "Create a chore chart for my kids aged 6 and 9": a plan laid out as a chart, not a piece of writing. */
const CHART_ASK =
  /\b(?:make|create|design|draw up|put together|give me|write|build|set up)\b[^.\n]{0,30}\b(?:chore (?:chart|list|schedule|rota|wheel)|cleaning (?:schedule|rota|chart)|rota|timetable)\b/;

/** "Give me a 20-minute workout I can do at home": one session to follow, not ten ideas. */
const ONE_WORKOUT =
  /^\s*(?:please )?(?:(?:can|could) you )?(?:give|write|create|make|design|suggest|put together|build|plan)\s+(?:me\s+|us\s+)?(?:a|one|an?\s+[\w-]+'s)\s+(?:[\w/-]+\s+){0,3}?(?:workout|exercise routine|stretch(?:ing)? routine|hiit session|circuit|yoga (?:flow|sequence|routine))\b/;

/** What a request to play a part says: someone to be, a scene to enter, or a conversation with the user. */
const OWN_FICTION = /^\s*(?:so )?(?:i'?m|i am|we'?re|we are) (?:writing|working on|planning|building|designing) (?:a |an |my |our )?(?:[\w-]+ ){0,2}(?:novel|story|book|screenplay|script|comic|campaign|world|setting|magic system|ttrpg|d&d campaign)\b/;
const ROLE_CUE =
  /\b(?:you|you'?re|your|yourself|act(?:ing)? (?:as|like)|pretend\w*|imagine|role-?play\w*|play (?:the )?(?:role|part)|in the role of|character|persona|in the style of|as an? |simulat\w*|play(?:ing)? (?:as|a|an|my)|be my|speak(?:ing)? as|respond as|answer as|me|i'?ll|i will|let'?s)\b/;

/** "Analyze the sentiment of this tweet: …": one label for a given text, not an essay on it. */
const SENTIMENT_OF =
  /^\s*(?:please )?(?:(?:can|could) you )?(?:analy[sz]e|determine|detect|identify|classify|label|rate|tell me|what(?:'s| is)) (?:the )?(?:overall )?sentiment (?:of|in|behind) (?:this|the following|these|that|my)\b/;

/** "Convert this recipe to serve 12 instead of 4", "double this recipe": every amount changes by one factor. */
export const RECIPE_SCALE =
  /\b(?:scale|convert|adjust|resize|change|rework|redo|make)\b[^.\n]{0,30}\b(?:this|the|my|that|our|your) (?:[\w-]+ )?recipe\b[^.\n]{0,40}\b(?:serves?|servings?|people|portions|feeds?|for \d+|loaves|batch(?:es)?|dozen|pans?|trays?|cakes?|pies?)\b|\bscale (?:this|the|my|that|our) (?:[\w-]+ )?recipe (?:up|down|from|to)\b|\b(?:double|triple|halve|quadruple)\s+(?:this|the|my|a|that)\s+(?:[\w-]+\s+)?recipe\b|\brecipe\b[^.\n]{0,30}\b(?:doubled|tripled|halved|scaled (?:up|down))\b/;

/** "Write a recipe for banana bread that serves 8": one dish, with amounts and steps that work. */
export const RECIPE_WRITE =
  /\b(?:write|give me|create|share|need|make|come up with|develop|invent|send me|post)\s+(?:me\s+)?(?:a |an |my |your |the |one )(?:[\w'-]+\s+){0,3}?recipe (?:for|of)\b/;

/** "Is coffee bad for you?", "how much sugar is too much?": what a food, drink or habit does to the body. */
const HEALTH_EFFECT =
  /^\s*(?:so |ok |honestly,? )?(?:(?:is|are) (?:(?:it|drinking|eating|taking|using|having|doing) )?(?:[\w'-]+ ){1,4}(?:really |actually |that |so )?(?:bad|good|healthy|unhealthy|harmful|dangerous|safe|toxic) for (?:you|your (?:health|heart|teeth|skin|liver|kidneys|brain|body|gut|sleep))\b|(?:is|are) (?:[\w'-]+ ){1,3}(?:really |actually )?(?:healthy|unhealthy|bad for your health)\b|how much (?:[\w'-]+ ){1,3}is too much\b|how many (?:cups|eggs|drinks|glasses)(?: of [\w'-]+)? (?:a|per) (?:day|week) (?:is|are) (?:safe|too many|ok|okay|healthy)\b)/;

// "Is a Roth IRA good for you?" and "is a payday loan bad for you?" are about money, not the body.
const BODY_DOMAINS = new Set([null, 'health', 'fitness', 'cooking', 'science']);
export const asksHealthEffect = (lower: string, features: PromptFeatures): boolean =>
  BODY_DOMAINS.has(features.domain) && !features.codeLanguage && HEALTH_EFFECT.test(lower.slice(0, 200));

/**
 * The task type techniques are chosen for, when the request's shape says more than its label (the result still
 * reports the classifier's label):
 * - a question whose answer is a plan ("what's a good 3-day split?", "how should I prepare for my interview?") is
 *   planned, and one asking for a name gets options;
 * - items pulled out of a pasted job post that the classifier took for code because the items are technical (Python,
 *   SQL) are extracted, when there is no code in the prompt;
 * - a recipe to scale is rewritten amount by amount, whatever it was taken for (a plan, a summary);
 * - "how much screen time is too much for a 5 year old?" is a question about health, not a sum;
 * - "give me a 30-minute recipe for chicken curry" is one recipe to write, not ideas or an explanation;
 * - "a script for calling to cancel my gym membership" or "a script for a 60-second YouTube ad" taken for code is a
 *   script to write;
 * - a packing list or a chore chart taken for writing is planned, "what should I say to my manager when…" taken for
 *   writing is a conversation to coach, "explain blockchain to my grandpa" is explained, and "which job offer should I
 *   take?" is weighed;
 * - "write a grant proposal summary for…" taken for a summary, with nothing pasted, is drafted;
 * - "give me a 20-minute workout" is one session to plan, not ten ideas, and "questions to ask a contractor before hiring
 *   them" are checks, like "what should I look for when buying a used car?";
 * - "analyze the sentiment of this tweet" is a label, not an essay;
 * - a question labelled roleplay with no part to play ("good interview questions to ask a candidate?") is answered,
 *   and a list of questions asked for ("generate 10 interview questions for hiring a barista") is written;
 * - "make my resume summary stronger" taken for a summary is an edit of the summary given, and "turn these notes into a
 *   meeting summary" taken for a rewrite is a summary.
 */
// "How should I prepare for a technical interview at Google?": the answer is the preparation itself.
const INTERVIEW_PREP_QUESTION = /^\s*(?:so |ok |hey )?how (?:should|do|can|would) i (?:best )?(?:prepare|prep|get ready) for (?:a|an|my|the|this) [\w -]{0,40}?interview\b/;
const NOTES_TO_RECAP = /\b(?:turn|make|convert|write up|clean up|organi[sz]e)\s+(?:these|my|our|the|this)\s+(?:[\w-]+\s+)?notes\s+(?:into|as)\s+(?:a |an |the |some )?(?:[\w-]+\s+)?(?:meeting (?:summary|recap|minutes)|minutes|recap|summary)\b/;
const QUESTIONS_ASK = /^\s*(?:please )?(?:generate|write|list|give|create|come up with|draft|suggest|prepare)\s+(?:\d+|some|a few|a list of|ten|five|twenty)?\s*(?:good |great |tough |behaviou?ral |screening )*(?:interview |screening )?questions\b/;
const EXPLAIN_ASK = /^\s*(?:please |can you |could you )?(?:explain|describe how|describe what)\b(?![^.\n]{0,60}\b(?:in|as|through) (?:a |an )?(?:poem|story|song|rap|haiku|limerick|fable|dialogue|letter)\b)/;
const WRITES_PIECE = /\b(?:write|draft|compose)\b|\b(?:poem|story|song|essay|letter|speech|post)\b/;
const DRAFT_SUMMARY = /^\s*(?:please |can you |could you |help me )?(?:write|draft|create|prepare)\b[^.\n]{0,40}\b(?:proposal|grant|project|executive|business plan|application|linkedin|profile|professional|resume|cv) summary\b|^\s*(?:please |can you |could you |help me )?(?:write|draft|create|prepare)\b[^.\n]{0,20}\b(?:an )?(?:executive summary|abstract) (?:for|of) (?:a|an|my|our)\b/;
const REPLY_ASK = /^\s*(?:please |can you |could you )?(?:help me )?(?:respond|reply|write (?:a |my )?(?:reply|response)|draft (?:a |my )?(?:reply|response))\b[^.\n]{0,12}?\bto (?:a |an |the |this |that |my )?(?:recruiter|hiring manager|email|message|text|dm|comment|customer|client|colleague|coworker|boss|manager|landlord|friend|neighbou?r)\b/;
/** "Explain compound interest with an example using $1000 at 5% for 10 years": an idea taught through a worked case. */
// "…works with a $300k loan at 6.5%": figures given to work the idea through are an example too.
export const WORKED_EXAMPLE = /^\s*(?:please |can you |could you )?(?:explain|show me|teach me|help me understand)\b[^.?\n]{2,60}?\b(?:with|using|through|via|for) (?:an? |a worked |a simple |a concrete |a real |my )?(?:example\b|numbers\b|[$€£]\s?\d)/;
export const TIP_QUESTION = /\bhow much (?:should|do|would) (?:i|we|you|people) tip\b|\bwhat(?:'s| is) (?:a )?(?:good|normal|standard|usual|fair) tip\b|\bshould i tip\b|\bis it (?:rude|ok|okay|bad|weird|fine|wrong) (?:to not|not to|if i don'?t) tip\b|\b(?:do|must) (?:i|you|we|people) (?:have to |need to |really )?tip\b|\bare you (?:supposed|expected) to tip\b|\bis tipping (?:expected|required|necessary|mandatory|customary)\b/;
const TEXT_EDIT_ASK = /\b(?:rewrite|re-write|rephrase|paraphrase|reword|proofread|copyedit|edit|translat\w*|re-?format|format|convert|turn (?:this|it|these)|put (?:this|it|these)|polish (?:this|it|my|the|up|our)|make (?:this|it)|shorten|simplify|fix (?:the |my )?(?:grammar|spelling|typos|wording|tone)|(?:is|are) (?:this|these|it|my) (?:[\w-]+ )?(?:sentences?|paragraph|wording|phrase|grammar|text|email)\b)/;
const EDIT_SUMMARY = /^\s*(?:please |can you |could you |help me )?(?:make|improve|rewrite|polish|punch up|tighten|strengthen|fix|edit|reword|rephrase)\s+(?:my|this|our|the)\s+(?:[\w-]+\s+){0,2}summary\b(?! of\b)/;
/** "Here's my monthly spending: rent 1800, food 650… Where can I cut back?": a budget to review, not a sum to solve. */
export const SPENDING_REVIEW =
  /\b(?:where|how|what) (?:can|should|could|do) (?:i|we) (?:cut(?: back)?|save|trim|reduce|spend less)\b|\bcut back\b|\b(?:review|look at|analy[sz]e|go over|break down) (?:my|our) (?:monthly |weekly )?(?:spending|expenses|budget)\b/;
const LEARN_PIECE = /^\s*(?:so |ok )?(?:what(?:'s| is) (?:the|a) (?:best|good|easiest|fastest|quickest) way to|how (?:do|can|should) (?:i|you|we)(?: best)?|any tips (?:on|for) (?:how to )?)\s*(?:memori[sz]\w*|learn\w*|remember\w*|rehears\w*|practi[cs]\w*|deliver\w*|giv(?:e|ing)|present\w*|get over|overcom\w*|calm\w*|stop being nervous|prepar\w* for)\b/;
/** "What's the best time of year to visit Japan?": seasons weighed for a trip. */
export const VISIT_TIMING = /\b(?:best|good|cheapest|worst|ideal|right) (?:time|times|month|months|season) (?:of (?:the )?year )?to (?:visit|go to|go|travel to|travel|see)\b/;
/** "What's the best time to post on Instagram?": a question about timing, with nothing to write. */
const POST_TIMING = /^\s*(?:so |ok )?(?:what(?:'s| is| are)|when(?:'s| is)) the best (?:time|times|day|days|hour) (?:of (?:the )?(?:day|week) )?to (?:post|publish|send|tweet|share)\b/;
const AMOUNT_ENOUGH =
  /^\s*(?:is|are) (?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten) (?:hours?|hrs?|minutes?|mins?|cups?|glasses?|litres?|liters?|grams?|g|mg|steps?|days?|nights?|times?|servings?|eggs?|coffees?|drinks?)\b[^?\n]{0,30}?\b(?:enough|too (?:much|little|many|few|long|short)|normal|healthy|ok|okay|safe|bad for (?:you|me))\b/;
const QUICK_CONVERT = /^\s*(?:please |can you |could you )?(?:convert|what(?:'s| is)) \d[\d,.]*\s*(?:°|degrees? )?\s*(?:f|c|fahrenheit|celsius|km|kilometers?|kilometres?|mi|miles?|kg|kilos?|kilograms?|lbs?|pounds?|oz|ounces?|g|grams?|cm|centimeters?|centimetres?|m|meters?|metres?|inch(?:es)?|in|ft|feet|foot|yards?|l|liters?|litres?|ml|gallons?|quarts?|pints?|cups?|tbsp|tsp|mph|km\/h|kph)\.? (?:to|into|in)\b/;
/** "My neighbor's dog barks all night, how do I handle it?": a problem to deal with, not something to write. */
const HANDLE_ASK = /\bhow (?:do|should|can|would) (?:i|we) (?:handle|deal with|cope with|stop|fix|get (?:rid of|over|through)|approach|manage|respond to)\b/;
export const SAVE_TARGET = /\bhow much (?:money )?(?:should|do|would) (?:i|we) (?:need to )?(?:save|invest|put away|set aside|have saved)\b/;
const CALC_HOW = /^\s*(?:so |ok )?how (?:do|can|would|should) (?:i|you|we) (?:calculate|work out|figure out|compute)\b/;
/** "How do I get my toddler to brush her teeth?": a parent's question, not a piece to write. */
const GET_CHILD_TO = /\bhow (?:do|can|should) (?:i|we) (?:get|make|help|teach|convince) (?:my|our) [\w -]{1,25}? to\b/;
/** "My boss keeps taking credit for my work, what should I do?": a situation at work to handle, not ten ideas. */
// Something they do to the asker, named before the ask: "my manager wants me to present, any tips?" is no trouble.
const TEAM_CONFLICT = /\b(?:can'?t stand each other|(?:don'?t|do not|won'?t) get along|(?:hate|despise|resent) each other|(?:are )?(?:always |constantly )?(?:fighting|clashing|bickering|feuding)|(?:conflict|tension|friction|feud) between)\b/;
export const WORK_TROUBLE = /\bmy (?:boss|manager|supervisor|coworkers?|co-workers?|colleagues?|team ?lead|teammates?|direct reports?|employees?)\b[^?\n]{0,60}?\b(?:keeps?|always|never|constantly|won'?t|doesn'?t|refuses?|takes? credit|took credit|yell\w*|scream\w*|ignor\w*|micromanag\w*|bull(?:y|ies|ied|ying)|harass\w*|blam\w*|critici[sz]\w*|undermin\w*|is (?:rude|mean|toxic|lazy|hostile|unfair)|gossip\w*|steal\w*|stole|lies|lied|insult\w*)\b[^?\n]{0,80}\b(?:what (?:should|can|do) (?:i|we) do|how (?:do|should|can) (?:i|we) (?:handle|deal with|respond|stop|approach)|any (?:tips|advice)|advice)\b/;
/** "What time should I schedule a meeting for people in New York, London and Tokyo?": one overlap to find. */
/** "Convert these meeting times to my timezone (Pacific): 9am London, 3pm Berlin": clock times to look up, not text. */
export const TIME_CONVERT =
  /\bconvert\b[^.\n]{0,40}\b(?:to|into|in) (?:my |our |the )?(?:(?:local )?time ?zone|local time|(?:pacific|eastern|central|mountain)(?: time)?|(?:uk|us|european|indian|japan|australian) time|pst|pdt|est|edt|cst|cdt|mst|utc|gmt|bst|cet|cest|ist|jst|aest)\b/;
export const TIME_ZONE_MEETING = /^\s*(?:so |ok )?(?:what|which|when(?:'s| is)?|best|good)\b[^?\n]{0,30}\b(?:time|time ?zone|hours?|slot)s?\b[^?\n]{0,50}\b(?:meeting|call|standup|stand-up|webinar)\b[^?\n]{0,40}\b(?:in|across|between|for (?:people|colleagues|teams?|attendees) in)\b[^?\n]{0,60}\b(?:and|time ?zones?)\b/;
// "Is 68 degrees too cold for a baby's room at night": a question about a figure, not a piece to write.
const PLAIN_QUESTION = /^\s*(?:is (?:it|this|that|my)|is [\w°'% -]{1,30}? (?:too (?:cold|hot|much|little|high|low|long|short|old|young|late|early|warm)|safe|ok|okay|normal|enough|bad for|good for)\b|are (?:they|these|my)|do(?:es)? (?:i|my|you|it|they)|why (?:is|does|do|are|did)|how (?:long|much|many|often))\b/;
const GIFT_ASK = /\b(?:gifts?|presents?|stocking stuffers?)\b|^\s*what (?:should|can|could) (?:i|we) (?:get|buy) (?:my|our)\b/;
/** "Give me a pep talk, I have a big exam tomorrow": a few warm words to read, not ten ideas. */
export const PEP_TALK_ASK = /^\s*(?:please |can you |could you )?(?:give me|i need) (?:a |some )?(?:quick |little |short )?pep talk\b/;
/** "How do I make my resume stand out?": advice on an application document (the document is group 1), not the document. */
export const DOC_ADVICE = /^\s*how (?:do|can|should) (?:i|we) (?:make|get|improve|tailor|format|strengthen) (?:my|our|a) (resume|résumé|cv|cover letter|linkedin(?: profile)?|portfolio)\b/;
/** "…, what could be causing it", "…, what went wrong": the causes of what was just described. */
const CAUSE_ASK = /,\s*(?:what (?:could|might|would) be causing (?:it|this|that)|what(?:'s| is) causing (?:it|this|that)|what (?:could|might) (?:it|this) be|what went wrong)\s*\??\s*$/;
/**
 * "What should I do if my car battery dies in a parking lot?", "what do I do if a pipe bursts": something gone wrong,
 * maybe right now. Safety first, then what to do oneself, then who to call.
 */
export const MISHAP =
  /^\s*(?:so |ok |help[!,.]?\s+)?what (?:should|do|can|would) (?:i|you|we|one) do (?:if|when|after) (?:my|your|our|the|a|an|i|you|we|someone|somebody)\b[^?\n]{0,50}?\b(?:dies|died|is dead|goes dead|breaks? down|broke down|won'?t start|doesn'?t start|(?:have|get|gets|got) a flat|blows? (?:a|out)|blew (?:a|out)|bursts?|leaks?|leaking|floods?|flooded|overflows?|overflowing|catch(?:es)? fire|caught fire|is on fire|(?:get|gets|got|am|is|are) (?:locked out|stuck|stranded|stolen|robbed|hacked|scammed)|lock (?:myself|my keys)|locked (?:myself|my keys)|los[et] (?:my|your|our) (?:passport|wallet|keys|phone|luggage|bag)|power (?:goes|went) out|(?:smell|smells) gas|(?:have|get|am in|got|was in) (?:a car accident|an accident|a fender bender)|miss(?:ed)? (?:my|a|the|our) (?:connecting )?(?:flight|train|connection)|(?:gets?|got|is|was) (?:cancell?ed|overbooked|delayed (?:overnight|by \w+ hours))|bumped (?:from|off)|(?:luggage|baggage|suitcase|checked bag) (?:gets?|got|is|was) (?:lost|delayed|damaged|missing))\b/;
/** "I keep waking up at 3am and can't fall back asleep": a sleep problem to fix with proven habits, not ten ideas. */
export const SLEEP_TROUBLE =
  /\b(?:wak(?:e|ing) up (?:at \d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m|p\.m)?|in the middle of the night|during the night|too early|(?:several|many|a few|multiple) times)|can'?t (?:fall|get) (?:back )?(?:to )?a?sleep|can'?t stay asleep|(?:trouble|problems?) (?:falling|staying|getting) (?:back )?(?:to )?(?:asleep|sleep)|insomnia)\b/;
/** "Tell me a fun fact about octopuses", "5 fun facts about space": true facts asked for, not ideas to act on. */
export const FUN_FACTS = /\b(?:fun|interesting|cool|random|surprising|weird|wild|mind-?blowing) facts?\b/;
// "Move my team from Jira to Linear", "switching from Slack to Teams": a team's work tool, swapped with its history
// and habits; not a database or a codebase.
const TEAM_TOOLS = String.raw`(?:jira|linear|asana|trello|notion|confluence|clickup|monday(?:\.com)?|basecamp|slack|microsoft teams|teams|google workspace|g ?suite|microsoft 365|office 365|outlook|gmail|salesforce|hubspot|pipedrive|zendesk|freshdesk|intercom|sharepoint|dropbox|google drive|box|github|gitlab|bitbucket|airtable|smartsheet|quickbooks|xero)`;
export const TOOL_SWITCH = new RegExp(String.raw`\b(?:mov(?:e|ing)|switch(?:ing)?|migrat(?:e|ing)|transition(?:ing)?|go(?:ing)?|port(?:ing)?)\b[^.?!\n]{0,40}?\bfrom ${TEAM_TOOLS} (?:to|over to|onto) ${TEAM_TOOLS}\b`);
/** An RFC or design doc: a proposal engineers review and decide on, with the alternatives weighed. */
export const DESIGN_DOC = /\brfcs?\b|\b(?:technical |engineering |system )?design docs?\b|\btechnical design (?:document|proposal)s?\b|\barchitecture decision records?\b/;
/** A postmortem or incident report: a working document with a fixed shape, also when written up from notes. */
/**
 * "I'm pitching you a request for two more engineers", "I'm the support agent practicing de-escalation": the user
 * rehearses on the model, so the scene is a conversation and the part pushes back.
 */
export const PRACTISING_ON_YOU =
  /\bi'?m (?:going to |gonna )?pitch(?:ing)? (?:to )?you\b|\bi'?m (?:the |a )?[\w -]{2,30}? practi[sc]ing\b|\bpracti[sc]ing (?:de-?escalation|handling|negotiat\w*|my|how to)\b/;
/** A status or progress report to a manager: where things stand, what is at risk, what happens next. */
export const STATUS_DOC = /\b(?:status|progress) (?:update|report)s?\b/;
export const INCIDENT_DOC = /\b(?:incident )?post-?mortems?\b|\bincident (?:report|review|write-?up|retro(?:spective)?)s?\b/;
const CHOOSE_GIVEN = /\bwhich (?:one |name |option |of (?:these|them|the \w+) )?(?:is|would be|works|sounds|fits) (?:the )?(?:strongest|best|better|stronger|most \w+)\b/;
/** What a business measures ("signups", "churn", "MRR"): figures given with these are data to read, not a sum. */
export const METRICS = 'signups?|sign-ups?|sales|revenue|users|visits|visitors|traffic|downloads|orders|churn|retention|conversions?|conversion rates?|installs|subscribers|bookings|leads|clicks|views|spend|costs?|tickets|margins?|cancellations|refunds|returns|mrr|arr|engagement|open rates?|click-?through(?: rates?)?|ctr|cac|ltv|nps|bounce rates?|average order value|aov|time on (?:site|page)|volunteers|donors|donations|members|attendance|enrol?lments?|repeat customers';
export const METRIC_RE = new RegExp(String.raw`\b(${METRICS})\b`);
// "Churn went from 3% to 5.5% after we raised prices… what's going on and what should we do?": business figures to
// explain and act on, not a sum with one answer.
/**
 * "Here is survey feedback… tell me the main themes and how people feel": comments given (pasted, or two or more
 * bullet lines) to be read for themes.
 */
const FEEDBACK_THEMES = /\b(?:main|key|common|recurring|top) themes\b|\bhow (?:people|they|employees|customers|users|staff|the team|everyone|respondents) feel\b/;
export const asksFeedbackThemes = (lower: string, features: PromptFeatures): boolean =>
  (features.hasSuppliedText || (lower.match(/^\s*[-*•]\s+\S/gm)?.length ?? 0) >= 2) && FEEDBACK_THEMES.test(lower.slice(0, 300));
const WHAT_TO_DO = /\bwhat(?:'s| is) (?:going on|happening|driving (?:this|it))\b|\bwhat (?:should|do|can) we do\b|\bwhere (?:should|do|can) (?:i|we) (?:start )?look(?:ing)?\b|\bwhy (?:is|did|has|are)\b[^?.\n]{0,60}\band what\b/;

export const PRICE_MY_WORK = /\bhow (?:should|do|can|would) i price (?:my|our|these|this)\b|\bwhat should i (?:charge|price)\b|\bhow much should i (?:charge|sell|ask)\b/;
export const RUN_MEETING = /\bhelp (?:me|us) (?:run|plan|facilitate|chair|lead|structure) (?:a|the|our|this|next|an?) (?:[\w-]+ ){0,2}?meeting\b/;
const CLASS_LAB = /\b(?:design|plan|create|put together|come up with|write|make)\s+(?:me\s+)?an?\s+(?:\d{2}[- ]minute\s+)?(?:hands-on\s+|simple\s+|cheap\s+|fun\s+)*(?:lab|science experiment|lesson)\s+(?:on|about|for|introducing|that teaches|to teach)\b/;

const EXERCISE_PROGRAM = /\b(?:exercise|workout|training|rehab(?:ilitation)?|fitness|strength(?:ening)?|stretching|walking|running|physio(?:therapy)?) (?:program|programme|plan|routine)s?\b/;
export function techniqueTaskType(intent: TaskType, lower: string, features: PromptFeatures): TaskType {
  // "Generate 20 realistic test customer records as CSV" (filed as planning, 89%): data for a program to load.
  if (intent !== 'code' && features.subKinds.has('testdata')) return 'code';
  // "Write a home exercise program for a patient after ACL reconstruction" (filed as code, 99%): exercises, not software.
  if (intent === 'code' && !features.hasCode && EXERCISE_PROGRAM.test(lower.slice(0, 200)) && !/\b(?:app|code|script|function|python|javascript|tracker|website|api|database|spreadsheet)\b/.test(lower.slice(0, 300))) return 'planning';
  if (intent === 'open_qa' && asksForPlan(lower, features.subKinds)) return 'planning';
  // "What should I know before I move my team from Jira to Linear?": the answer is the move, planned with its pitfalls.
  // "What's a good way to explain to my team that we're switching from Jira to Linear?" is about telling them, not the move.
  if ((intent === 'open_qa' || intent === 'brainstorming') && TOOL_SWITCH.test(lower.slice(0, 300)) && !features.subKinds.has('approach')) return 'planning';
  if (intent === 'brainstorming' && features.isQuestion && features.subKinds.has('approach') && TOOL_SWITCH.test(lower.slice(0, 300))) return 'open_qa';
  if (intent === 'open_qa' && asksForNames(lower, features.subKinds)) return 'brainstorming';
  if (intent === 'open_qa' && INTERVIEW_PREP_QUESTION.test(lower.slice(0, 200))) return 'planning';
  // "I want to start running. I'm 40 and haven't exercised in years. Where do I start?": the answer is a first plan.
  if (intent === 'open_qa' && features.subKinds.has('workout') && /\b(?:where|how) (?:do|should|can) i (?:even )?(?:start|begin)\b/.test(lower.slice(0, 300))) return 'planning';
  const head = lower.slice(0, 300);
  if (intent === 'code' && !features.hasCode) {
    if (TAKEN_FROM_MATERIAL.test(head)) return 'extraction';
    // "A 5-minute meditation script for anxiety" is read aloud to a person, not run.
    if (/\b(?:meditation|breathing|relaxation|mindfulness|visuali[sz]ation|yoga|hypnosis|sleep) (?:script|exercise)s?\b/.test(head)) return 'creative_writing';
    // "Write user stories for a CSV export": a product document, not a program.
    if (/^\s*(?:please |can you |could you |help me )?(?:write|draft|create|generate|give me)\b[^.\n]{0,20}\buser stor(?:y|ies)\b/.test(head)) return 'creative_writing';
    // "Based on this job description, what skills should I highlight in my resume?" names SQL and Python but asks
    // for career advice.
    if (/\b(?:resume|cv|cover letter|job description|job posting|job ad)\b/.test(head) && !/\b(?:script|function|program|code|parser|scraper|app)\b/.test(head)) return 'open_qa';
    if (CALL_SCRIPT.test(head) || VIDEO_SCRIPT.test(head)) return 'creative_writing';
    // "Our little league needs a code of conduct for parents": rules for people, not a program.
    if (/\bcode of (?:conduct|ethics|practice)\b/.test(head)) return 'creative_writing';
    // "Design a loyalty card program for a small bubble tea shop": a scheme for customers or staff, not software.
    if (PEOPLE_PROGRAM.test(head) && !features.codeLanguage && !/\b(?:app|software|api|database|script|function|class|code|backend|frontend|website)\b/.test(head)) return 'planning';
  }
  if (intent === 'reasoning' && asksHealthEffect(lower, features)) return 'open_qa';
  // "How should I price my handmade quilts? Materials cost about $120 and each takes 40 hours": costs, a wage and the market.
  if (intent === 'reasoning' && PRICE_MY_WORK.test(head)) return 'open_qa';
  // "Is this a good deal? 2019 Honda CR-V EX, 68,000 miles, $21,500": a price judged against the market, not a sum.
  if (intent === 'reasoning' && /^\s*is (?:this|that|it) a (?:good|fair|bad|decent|reasonable) (?:deal|price)\b/.test(head) && !/\b(?:or|vs\.?|versus)\b/.test(head)) return 'open_qa';
  // "Mi jefe me pidió un resumen de las ventas… ¿Cómo lo estructuro?": how to write one, with nothing to summarize.
  if (intent === 'summarization' && !features.hasSuppliedText && /[¿]?\s*(?:how (?:do|should|can) i (?:structure|organi[sz]e|format|lay out|write)|c[oó]mo (?:lo |la )?(?:estructuro|organizo|redacto|escribo|hago)|comment (?:le |la )?(?:structurer|organiser|rédiger))\b[^?\n]{0,40}\?/.test(head)) return 'open_qa';
  // "Design a 50-minute lab on reaction rates" (filed as reasoning, 41%): a class period to plan, not a sum.
  if ((intent === 'reasoning' || (intent === 'code' && !features.hasCode)) && CLASS_LAB.test(head)) return 'planning';
  if (intent === 'reasoning' && METRIC_RE.test(head) && WHAT_TO_DO.test(lower.slice(0, 600))) return 'analysis';
  // "Our food bank gets 300 volunteers a month but only 40 come back. Why might that be and what can we do?" (filed as
  // writing, 50%): figures to explain and act on.
  if ((intent === 'creative_writing' || intent === 'brainstorming' || intent === 'open_qa') && METRIC_RE.test(head) && features.numbers >= 1 && /\bwhy (?:might|could|would|is|does|do|are) (?:that|this|it|they|people|so many)\b[^?\n]{0,40}?\bwhat (?:can|should|could) (?:we|i) do\b/.test(head)) return 'analysis';
  // "Is it better to pay off my car loan at 7% or put $400 a month into my 401k?": the asker's own choice, weighed
  // with their figures; "is it better to take 20% off then 10%, or 30% at once?" stays a sum.
  if (intent === 'reasoning' && /^\s*(?:is it|would it be) (?:better|smarter|wiser|cheaper) to\b[^?\n]{1,160}\bor\b/.test(head) && /\b(?:my|our)\b/.test(head)) return 'open_qa';
  // "Announce on LinkedIn that we open-sourced our library": a post to write, whatever the classifier made of it.
  if (intent !== 'creative_writing' && features.subKinds.has('post') && /^\s*(?:please |help me )?(?:announce|share)\b/.test(head)) return 'creative_writing';
  // "I have 3 job offers: 95k remote startup, 110k hybrid… help me think through which to take": a choice to think
  // through on several criteria, the salaries among them; not a sum whose answer is one figure.
  // "Our first-response time went from 2h to 9h… what are my options and what would you do first?": a situation to
  // weigh and act on; its figures describe it, they are not a sum to solve.
  if (intent === 'reasoning' && features.words >= 25 && /\bwhat are (?:my|our|the) options\b|\bwhat would you do(?: first)?\b|\bwhat should (?:i|we) do first\b/.test(head)) return 'analysis';
  // "I have a CSV with 2 million rows and pandas runs out of memory… how do I compute the average?": code to write.
  if (intent === 'reasoning' && (features.codeLanguage !== null || features.libraries.length > 0) && /\bhow (?:do|can|should|would) (?:i|we|you)\b/.test(head)) return 'code';
  // "What are the tax implications if I sell my house after 18 months?": one answer to explain, not ideas to pick from.
  if (intent === 'brainstorming' && features.isQuestion && /^\s*what (?:are|is|would be) the (?:[\w-]+ )?(?:implications?|consequences?|rules?|requirements?|penalt(?:y|ies)|tax treatment)\b/.test(head)) return 'open_qa';
  // "We're launching next month. Write 3 headline options and a subheadline for the landing page": copy, not a launch plan.
  if (intent === 'planning' && /\b(?:write|give me|suggest|come up with|draft)\b[^.\n]{0,20}\b(?:\d+ |three |five |some )?(?:headlines?|taglines?|slogans?|subheadlines?|subject lines?|hero (?:copy|text)|landing page copy|ad copy|tweets?|captions?)\b/.test(head)) return 'creative_writing';
  // "Check my French: «Je suis allé…»": a correction, whatever role the classifier saw.
  if (intent === 'roleplay' && /^\s*(?:please |can you |could you )?(?:check|correct|proofread|fix)\s+(?:my|this)\s+(?:french|spanish|german|italian|portuguese|english|japanese|chinese|korean|dutch|russian|grammar|writing|sentence|paragraph|text)\b/.test(head)) return 'rewrite';
  // "Draft a one-page project proposal for a four-day week pilot": a document to approve, though it holds a plan.
  if (intent === 'planning' && /\b(?:write|draft|create|prepare|put together|help me (?:write|draft))\b[^.\n]{0,30}\b(?:project |business |budget |pilot |funding |grant )?proposal\b/.test(head)) return 'creative_writing';
  // "My team keeps missing sprint goals because of unplanned work… how do I fix this without…?": a problem to handle,
  // asked about, not a call for ten bold ideas.
  if (intent === 'brainstorming' && features.isQuestion && /\bhow (?:do|can|should) (?:i|we) (?:fix|handle|deal with|solve|stop|address|push back on|manage)\b/.test(head) && /\b(?:my|our) (?:team|manager|boss|colleagues?|coworkers?|direct reports?|reports|stakeholders?|org)\b|\bother teams\b/.test(head)) return 'open_qa';
  // "I manage a team of 6 and two of them can't stand each other. What do I do?": one situation to handle, not ideas.
  if (intent === 'brainstorming' && features.isQuestion && TEAM_CONFLICT.test(head) && /\b(?:i manage|i lead|i run|i supervise|my team|my reports|on my team|my staff)\b/.test(head)) return 'open_qa';
  // "Should I repair my 12-year-old washing machine for $350 or buy a new one for $700?": a choice to weigh.
  if (intent === 'brainstorming' && features.isQuestion && /^\s*should (?:i|we) [^?\n]{2,80}?\bor\b/.test(head) && !/\b(?:ideas?|names?|ways|tips)\b/.test(head)) return 'analysis';
  // "…which should I take and why?" between offers is the same choice.
  if (intent === 'reasoning' && features.subKinds.has('decide') && /\bhelp (?:me|us) (?:think (?:it |this )?through|weigh)\b|\bthink through which\b|\bwhich (?:one |offer |job |role )?should (?:i|we) (?:take|accept|choose|pick|go (?:with|for))\b/.test(head) && /\b(?:job|offers?|roles?|positions?|compan(?:y|ies)|employers?)\b/.test(head)) return 'analysis';
  // "Is it normal for a 2 year old to not talk much yet?": an age is not a sum; the answer is what is usual.
  if (intent === 'reasoning' && features.numbers <= 1 && /^\s*(?:is it|is this|is that|is my \w+) (?:normal|common|ok|okay|typical|usual|a (?:concern|worry|problem))\b|^\s*should i (?:be )?(?:worried|concerned)\b/.test(head)) return 'open_qa';
  // "How much should I save for retirement if I'm 35?" wants a benchmark and a plan; one age is not a sum to solve.
  if (intent === 'reasoning' && features.numbers <= 1 && SAVE_TARGET.test(head)) return 'open_qa';
  // "How do I calculate my GPA? I got A, B+, A-, C…": the method, worked on the figures given.
  if (intent === 'open_qa' && CALC_HOW.test(head) && /\?\s*\S/.test(head)) return 'reasoning';
  // "Explain compound interest with an example using $1000 at 5%" teaches an idea; the sum only illustrates it.
  if (intent === 'reasoning' && WORKED_EXAMPLE.test(head)) return 'open_qa';
  // "What's a cron expression for every weekday at 7:30am?" reads like a puzzle, but the answer is a line of config.
  if ((intent === 'reasoning' || intent === 'open_qa' || intent === 'closed_qa') && features.subKinds.has('cron')) return 'code';
  // "How much should I tip for an $85 haircut?" is a custom to explain (a usual range), not a sum to work out.
  if (intent === 'reasoning' && TIP_QUESTION.test(head)) return 'open_qa';
  // "Rent 1800, food 650… where can I cut back?" reviews a budget; there is no single number to find.
  if (intent === 'reasoning' && features.numbers >= 3 && SPENDING_REVIEW.test(head) && /\b(?:spending|expenses|budget|income|rent|bills)\b/.test(head)) return 'analysis';
  // "What's a good gift for my dad who likes fishing, budget $50" wants ideas to pick from, not phases of a plan.
  if (intent === 'planning' && GIFT_ASK.test(head) && !/\b(?:plan|organi[sz]e|schedule|exchange)\b/.test(head)) return 'brainstorming';
  // "My sourdough starter smells like nail polish, what's wrong with it" asks about something; it gives no text to edit.
  // Text given after a colon or in quotes, or a request in another language, is still an edit.
  if (intent === 'rewrite' && features.isQuestion && !features.hasSuppliedText && features.writtenIn === null && !features.nonLatin && !/[:"“«]/.test(head) && !TEXT_EDIT_ASK.test(head)) return 'open_qa';
  // "Turn these notes into a meeting summary" boils notes down to decisions and owners; it does not polish them.
  if (intent === 'rewrite' && NOTES_TO_RECAP.test(head)) return 'summarization';
  // "Draft an RFC proposing we replace our feature flag system… include a rollout plan": a document to review, though
  // it holds a plan.
  if ((intent === 'planning' || (intent === 'code' && !features.hasCode)) && DESIGN_DOC.test(head) && /\b(?:write|draft|create|prepare|put together|help me (?:write|draft))\b[^.\n]{0,25}\b(?:an? |the |our )?(?:short |brief |one-page )?(?:rfc|design doc|technical design|architecture decision)/.test(head)) return 'creative_writing';
  // "Turn these messy notes into a proper incident postmortem: …": a document with its own sections, from the notes.
  if (intent === 'rewrite' && INCIDENT_DOC.test(head) && /\binto (?:a |an |the )?(?:(?:proper|full|formal|short|clean|real|blameless)\s+)*(?:incident )?(?:post-?mortem|incident report|incident review|incident write-?up)\b/.test(head)) return 'creative_writing';
  // "Turn these notes into a weekly status update for my director": a report with its own shape, from the notes.
  if (intent === 'rewrite' && STATUS_DOC.test(head) && /\binto (?:a |an |the |my )?(?:(?:clear|short|concise|proper|brief|quick|clean|crisp|weekly|monthly|biweekly|bi-weekly|quarterly|project|team)\s+)*(?:status|progress) (?:update|report)\b/.test(head)) return 'creative_writing';
  if (intent === 'rewrite' && TIME_CONVERT.test(head)) return 'open_qa';
  // "Our daycare needs a sick-child policy: when kids must stay home…" (filed as a question, 43%): a document to write.
  if ((intent === 'open_qa' || intent === 'planning') && !features.isQuestion && /^\s*(?:our|my|the) [\w -]{2,40}? needs? (?:a|an) (?:new |clear |simple |written |short )?(?:[\w-]+ ){0,2}(?:polic(?:y|ies)|code of conduct|handbook)\b/.test(head)) return 'creative_writing';
  // "Turn these notes into a job description: front desk at a vet clinic…": a document written from notes, not a polish.
  if (intent === 'rewrite' && /\b(?:turn|convert|make|write up|expand)\b[^.\n:]{0,30}\binto (?:a |an |our )?(?:[\w-]+ )?(?:job (?:description|posting|ad|listing)|policy|notice|listing description|(?:patient |client )?handout|rubric|proposal|code of conduct)\b/.test(head)) return 'creative_writing';
  // "…Turn this into action items with owners left blank": a list of tasks, not the notes polished.
  if (intent === 'rewrite' && /\b(?:turn|make|convert|break)\s+(?:this|these|it|them|(?:the|these|my|our) (?:(?:meeting|call|standup|planning|kickoff) )?(?:notes|points|feedback|minutes))(?: down)?\s+(?:into|to)\s+(?:a list of |a |some )?(?:action items?|action points|to-?dos?|to-?do list|tasks|next steps)\b/.test(lower.slice(0, 400))) return 'summarization';
  // "Rewrite this for a LinkedIn post: 'we shipped v2 today'": a post written from the line given, not a polish of it.
  // "Turn this into a tweet thread: we cut our AWS bill 40%…" is a thread written from the facts given.
  if (intent === 'rewrite' && /\b(?:rewrite|turn|make|expand|convert)\b[^.\n:]{0,15}\b(?:into|for|as) (?:a |an )?(?:(?:linkedin|social media|instagram|facebook|twitter) (?:post|update|announcement)|(?:tweet|twitter|x|threads) thread|thread of tweets|tweets)\b/.test(head)) return 'creative_writing';
  // "Convert 350 degrees Fahrenheit to Celsius" is a sum with one answer; there is no text to convert.
  // "What's the best time of year to visit Iceland to see the northern lights?" filed as creative (56%) is a question
  // about a trip, and "what's the best time to post on Instagram?" one about timing; there is nothing to write.
  if (intent === 'creative_writing' && features.isQuestion && !features.hasSuppliedText && ((VISIT_TIMING.test(head) && !/\b(?:write|draft|compose|poem|story|blog|post|caption|essay|article)\b/.test(head)) || POST_TIMING.test(head))) return 'open_qa';
  // "What desserts can I bring to a potluck that travel well?" asks for dishes to choose from, as a list of ideas.
  if (intent === 'open_qa' && /^\s*(?:what|which) (?:\w+ ){0,2}(?:side dishes|sides|desserts|appetizers|starters|finger foods?) (?:can|could|should|would|to|are|do|for)\b/.test(head)) return 'brainstorming';
  // "Is 7 hours of sleep enough?", "is 10,000 steps a day too much?": one amount judged against guidance, not a sum.
  if (intent === 'reasoning' && features.numbers === 1 && features.words <= 14 && AMOUNT_ENOUGH.test(head)) return 'open_qa';
  // Filed as code ("convert 350 F to celsius", 38%) it is the same sum: no language named, no code given.
  if ((intent === 'rewrite' || (intent === 'code' && !features.codeLanguage && !features.hasCode)) && !features.hasSuppliedText && features.words <= 12 && QUICK_CONVERT.test(head)) return 'reasoning';
  // "Rewrite my LinkedIn headline to sound less generic: '…'" wants a few new headlines to pick from, not one polish.
  if (intent === 'rewrite' && /\b(?:linkedin|profile) headline\b/.test(head)) return 'creative_writing';
  // "Write a grant proposal summary for a community garden" drafts a document; there is nothing to summarize.
  // "Write a two-sentence abstract for my paper: we propose…" gives the material after the colon: that one is summarized.
  if (intent === 'summarization' && !features.hasSuppliedText && DRAFT_SUMMARY.test(head) && !/:\s*\S/.test(head)) return 'creative_writing';
  // "Break this big project into steps: launching an online store by March": a plan to make, not text to edit.
  if (intent === 'rewrite' && /^\s*(?:please |can you |help me )?break (?:this|my|the|our) (?:big |huge |large |overwhelming )?(?:project|goal|task|plan|job)s? (?:down )?into (?:smaller )?(?:steps|tasks|milestones|phases|chunks)\b/.test(head)) return 'planning';
  // "Summarize what a deposition is for a nervous client": an explanation from general knowledge, with no source.
  if (intent === 'summarization' && !features.hasSuppliedText && /^\s*(?:(?:i'?m|i am) an? [\w -]{2,40}?[.,;:]\s*)?(?:please |can you |could you )?summari[sz]e (?:what|how|why|who|when) /.test(head)) return 'open_qa';
  // "Make my resume summary stronger: '…'" edits a summary that exists; it does not summarize anything.
  if (intent === 'summarization' && EDIT_SUMMARY.test(head)) return 'rewrite';
  // "A short, non-boring way to introduce myself at a networking event": a few lines to say, not an explanation.
  if ((intent === 'open_qa' || intent === 'brainstorming') && /\b(?:way|how) to introduce myself\b|\b(?:write|give me|help me with|need) (?:a |an |my )?(?:short |quick |good )?(?:self-)?intro(?:duction)?\b/.test(head) && /\b(?:networking|event|meetup|conference|party|class|meeting|interview|group|team|call)\b/.test(head)) return 'creative_writing';
  // "Give me a checklist for closing up a summer cabin": tasks to tick off in order, not ideas.
  if (intent === 'brainstorming' && TASK_CHECKLIST.test(head) && !CHECKLIST_ASK.test(head)) return 'planning';
  if (intent === 'creative_writing') {
    if (CHECKLIST_ASK.test(head) || CHART_ASK.test(head)) return 'planning';
    // "What questions should I ask at the end of a job interview?" filed as writing: questions to pick from, not a choice.
    if (features.isQuestion && /^\s*(?:so |ok )?(?:what|which) (?:good |smart |clever )?questions (?:should|could|can|do) (?:i|we) ask\b/.test(head)) return 'brainstorming';
    if (features.isQuestion && features.subKinds.has('approach')) return 'open_qa';
    // "Explain blockchain to my grandpa" asks for an explanation, not a piece of writing.
    if (EXPLAIN_ASK.test(head)) return 'open_qa';
    // "How long is the drive from LA to San Francisco and where should we stop?" is a trip to plan, not a choice.
    // "Describe the perfect weekend in Boston" counts as a question too, but may want prose: only a real question here.
    if (/\?|^\s*(?:how|where|what|which|when)\b/.test(head) && features.subKinds.has('itinerary') && !WRITES_PIECE.test(head)) return 'planning';
    // "What temperature should I cook a pork tenderloin to?" wants a figure, not a choice between options.
    if (features.isQuestion && /^\s*(?:what|how) (?:temperature|temp|long|hot|much|many)\b/.test(head) && !WRITES_PIECE.test(head)) return 'open_qa';
    // "What's the best way to memorize a speech?" asks how to do something with a piece, not for the piece.
    if (features.isQuestion && LEARN_PIECE.test(head)) return 'open_qa';
    if (features.isQuestion && (HANDLE_ASK.test(head) || GET_CHILD_TO.test(head)) && !WRITES_PIECE.test(head)) return 'open_qa';
    // "My tomato plants have yellow leaves at the bottom, why": a fault to find, not a piece to write.
    if (features.subKinds.has('diagnose') && (features.isQuestion || /\bwhy\s*\??\s*$/.test(head)) && !WRITES_PIECE.test(head)) return 'open_qa';
    // "I have two job offers… which should I take?" is a choice to weigh, whatever the label.
    if (features.isQuestion && features.subKinds.has('decide') && !WRITES_PIECE.test(head)) return 'analysis';
    // "Is it normal for my cat to sleep 16 hours a day?" asks something; there is nothing to write.
    if (features.isQuestion && PLAIN_QUESTION.test(head) && !WRITES_PIECE.test(head)) return 'open_qa';
    // "How do I make my resume stand out with no experience?": advice on the document, not the document.
    if (features.isQuestion && DOC_ADVICE.test(head)) return 'open_qa';
    // "I just moved to a new city and don't know anyone, any tips": advice to pick from, nothing to write.
    if (/(?:^|[.!?,]\s+)(?:any|some|got any) (?:good |quick |practical )?(?:tips|advice)\??\s*$/.test(head) && !WRITES_PIECE.test(head)) return 'brainstorming';
  }
  if (intent === 'planning' && TIME_ZONE_MEETING.test(head)) return 'open_qa';
  // "Help me decide between hiring one senior engineer or two mid-levels": a choice to weigh, not phases of a plan.
  if (intent === 'planning' && /^\s*(?:please |can you |could you )?help (?:me|us) (?:decide|choose|pick)\b|^\s*(?:i|we) (?:need|have|want) to (?:decide|choose) between\b/.test(head)) return 'analysis';
  // "Here is survey feedback… tell me the main themes and how people feel": comments to read, not a piece to write.
  if (intent === 'creative_writing' && asksFeedbackThemes(lower, features)) return 'analysis';
  // "We're considering 4x10 shifts for support. What could go wrong?": the risks of a change, weighed before it is made.
  if (intent === 'open_qa' && /\bwhat (?:could|might|can) go wrong\b|\bwhat are the (?:main |biggest )?risks\b/.test(head) && /\b(?:we'?re|we are|i'?m|i am) (?:considering|thinking (?:about|of)|planning|about to)\b/.test(head)) return 'analysis';
  // "Our deck has 22 slides… which slides should we cut or merge?": advice on what to keep, not labels to assign.
  if (intent === 'classification' && features.isQuestion && /\bwhich\b[^?\n]{0,40}\bshould (?:we|i) (?:cut|drop|remove|merge|keep|combine|delete)\b/.test(head)) return 'analysis';
  if (intent === 'brainstorming' && ONE_WORKOUT.test(head)) return 'planning';
  // "My landlord wants to show my apartment every day… Can he do that in Massachusetts?": a question of law, not ideas.
  if (intent === 'brainstorming' && /\bcan (?:he|she|they|it|my \w+|the \w+) (?:legally |actually |really )?(?:do|charge|keep|make|require|refuse|ask|fire|evict|withhold)\b[^?\n]{0,60}\?/.test(head)) return 'open_qa';
  // "Sort these tasks for my bakery by urgency: order flour (out in 2 days), …" (filed as writing, 40%): a ranking.
  if ((intent === 'creative_writing' || intent === 'rewrite' || intent === 'brainstorming') && /^\s*(?:please |can you |help me )?(?:sort|rank|order|prioriti[sz]e)\s+(?:these|my|the|this list of|the following)\s+(?:[\w-]+\s+){0,2}?(?:tasks|to-?dos|jobs|items|chores|errands|projects)\b[^.\n:]{0,40}?\bby\s+(?:urgency|priority|importance|deadline|due date)/.test(head)) return 'classification';
  // "My client with dementia keeps asking for her husband who died years ago. What should I say?": one situation.
  if (intent === 'brainstorming' && /\bwhat (?:should|do|can) i (?:say|tell (?:her|him|them))\s*\??\s*$/.test(head) && !/\b(?:ideas?|names?|ways|tips|lines)\b/.test(head)) return 'open_qa';
  // "Our HOA board keeps fighting about pool hours. Help me run a meeting where we actually decide something": an agenda.
  if ((intent === 'creative_writing' || intent === 'brainstorming' || intent === 'open_qa') && RUN_MEETING.test(head)) return 'planning';
  // "My church wants to start a community garden on a lot it owns. What steps do we need to take?": steps in order.
  if (intent === 'brainstorming' && /\bwhat steps (?:do|should|would|must) (?:i|we) (?:need to |have to )?take\b|\bwhat (?:are|would be) the (?:first )?steps (?:to|for|i|we)\b/.test(head)) return 'planning';
  // "A patient asks if they can drink on metronidazole. Give me a 2-sentence answer to say at the counter": one answer.
  if (intent === 'brainstorming' && /\b(?:give me|write|need|what'?s) (?:a|an|one) (?:(?:one|two|three|\d)[- ]sentence |short |quick |simple |plain )+(?:answer|explanation|reply|response)\b/.test(head)) return 'open_qa';
  // "My back is killing me after 11-hour shifts. What stretches can I do at a rest stop?": a routine to follow safely,
  // not bold ideas to pick from.
  if ((intent === 'brainstorming' || intent === 'open_qa') && /\bwhat (?:(?:simple|easy|gentle|good|quick) )?(?:stretches|exercises|yoga poses|moves) (?:can|should|could) (?:i|we) do\b/.test(head)) return 'planning';
  // "What should I check before signing a lease on a commercial space?": checks in the order they come up, not ideas.
  // "What should I know before I move my team from Jira to Linear?": the same, for a move.
  if (intent === 'brainstorming' && /^\s*what (?:should|do) (?:i|we) (?:check|look (?:out )?for|inspect|know|consider)\b[^?\n]{0,20}?\b(?:before|when) (?:i'?m |we'?re |i |we )?(?:buying|renting|leasing|signing|viewing|hiring|mov(?:e|ing)|switch(?:ing)?|migrat(?:e|ing))\b/.test(head)) return 'open_qa';
  // "We have 3 candidate names: Lumen, Tally and Northstar. Which is strongest and why?": the options are given, so
  // the ask is to weigh them, not to come up with more.
  if (intent === 'brainstorming' && CHOOSE_GIVEN.test(head) && /\b(?:candidates?|shortlist\w*|narrowed|finalists|(?:we|i) have (?:\d|two|three|four|five) )/.test(head)) return 'analysis';
  // "Make a chore chart for my kids ages 5, 8 and 11" is a plan laid out as a chart, not ten ideas.
  if (intent === 'brainstorming' && CHART_ASK.test(head)) return 'planning';
  // "Is 1 hour of walking a day enough exercise?" asks for an answer; "what's the best way to store fresh herbs" for a
  // method. Neither wants ten ideas.
  if (intent === 'brainstorming' && features.isQuestion && /^\s*(?:is|are|does|do|can|will|would) (?!there\b|anyone\b|you\b)/.test(head) && !/\b(?:ideas?|suggestions?|ways|tips|names?|options|examples|recommend\w*)\b/.test(head)) return 'open_qa';
  if (intent === 'brainstorming' && /^\s*(?:what(?:'s| is) the |the )?(?:best|right|proper|easiest|healthiest|quickest) way to (?:store|keep|freeze|preserve|ripen|clean|wash|remove|cook|bake|steam|roast|reheat|prepare)\b|^\s*how (?:do|can|should) (?:i|you|we) (?:store|keep|freeze|ripen)\b/.test(head)) return 'open_qa';
  // "List the planets in order from the sun" asks for facts in a list, not ideas.
  if (intent === 'brainstorming' && /^\s*(?:please )?(?:list|name) (?:the|all(?: of)?(?: the)?) /.test(head) && !/\b(?:ideas?|ways|tips|suggestions|names for|options)\b/.test(head)) return 'open_qa';
  // "What are the signs of dehydration in dogs?" asks what is true, not for ideas.
  if (intent === 'brainstorming' && /^\s*what are (?:the |some )?(?:common |early |main |first |usual |typical |warning )?(?:signs|symptoms)\b/.test(head)) return 'open_qa';
  if (intent === 'brainstorming' && features.words <= 25 && FUN_FACTS.test(head)) return 'open_qa';
  if (intent === 'brainstorming' && features.isQuestion && SLEEP_TROUBLE.test(head)) return 'open_qa';
  // "My blood pressure is high, what could be causing it": causes that are true, not ideas (a fault to fix keeps its
  // cause-first list).
  if (intent === 'brainstorming' && CAUSE_ASK.test(head) && !features.subKinds.has('diagnose')) return 'open_qa';
  // "What should I do if my car breaks down on the highway?": something gone wrong, maybe now; not ten ideas.
  if (intent === 'brainstorming' && MISHAP.test(head.slice(0, 200))) return 'open_qa';
  // "Give me a pep talk, I have a big exam tomorrow": a few warm words to read now, not ten ideas.
  if (intent === 'brainstorming' && PEP_TALK_ASK.test(head)) return 'creative_writing';
  // "My neighbor's tree is hanging over my fence, can I cut it": a yes-or-no about a situation, not ideas.
  if (intent === 'brainstorming' && /^\s*my\b[^?\n]{5,120},\s*(?:can|should|may|could|am) (?:i|we) (?:legally |allowed to )?\w[^.!?\n,]{1,60}?\s*\??\s*$/.test(head) && !/\b(?:ideas?|ways|tips|suggestions?|options)\b/.test(head)) return 'open_qa';
  // "My WiFi keeps dropping every few minutes": a fault told, not asked; it wants causes and fixes, not ten ideas.
  if (intent === 'brainstorming' && !features.isQuestion && features.subKinds.has('diagnose') && /^\s*(?:so |ok |ugh,? |help,? )?my\b/.test(head)) return 'open_qa';
  if (intent === 'brainstorming' && features.isQuestion && WORK_TROUBLE.test(head)) return 'open_qa';
  // "Help me respond to a recruiter on LinkedIn…": a message to write.
  if (intent === 'brainstorming' && REPLY_ASK.test(head)) return 'creative_writing';
  // "Questions to ask a contractor before hiring them" are checks to make, answered like "what should I look for".
  if (intent === 'brainstorming' && QUESTIONS_BEFORE.test(head)) return 'open_qa';
  if (intent === 'analysis' && SENTIMENT_OF.test(head)) return 'classification';
  // "My electricity bill is so high, what could be causing it" (classification, 37%) or "my sourdough came out dense,
  // what went wrong" (analysis): a fault to track down, with nothing given to label or to analyse.
  // Told in the asker's own words: "which department should this ticket go to? 'My laptop won't connect…'" is a label.
  if ((intent === 'classification' || intent === 'analysis') && features.isQuestion && features.subKinds.has('diagnose') && !features.hasSuppliedText && !features.hasCode && /^\s*(?:so |ok |help,? )?(?:my|our|why|i)\b/.test(head)) return 'open_qa';
  // "Which of these drivers is the higher risk to insure: a 19-year-old … or a 45-year-old …?": two cases weighed.
  if (intent === 'classification' && features.isQuestion && /\bwhich (?:of (?:these|the two|them|those) )?(?:[\w-]+ )?(?:is|would be|are) (?:the )?(?:higher|lower|bigger|smaller|greater|riskier|safer|cheaper|better|worse|stronger|weaker|more|less)\b/.test(head) && /\bor\b/.test(head)) return 'analysis';
  // "Which is healthier, oat milk or almond milk?" compares two things; there is nothing to label.
  if (intent === 'classification' && features.isQuestion && features.options.length >= 2 && !features.hasSuppliedText) return 'analysis';
  // "As a sommelier, suggest three wines under $40 for mushroom risotto": the role sets who answers; nobody is played.
  // "As a welding instructor, make a safety quiz for first-week students": a piece of the work, written by that trade.
  const asRole = intent === 'roleplay' && !features.interactive && !USER_IN_SCENE.test(head) ? /^\s*as an? [a-z][\w -]{2,30}?,\s*(?:please |can you |could you )?(suggest|recommend|explain|tell me|give me|list|what|which|how|make|write|create|draft|design|plan)\b/.exec(head)?.[1] : undefined;
  if (asRole) return asRole === 'plan' ? 'planning' : /^(?:make|write|create|draft|design)$/.test(asRole) ? 'creative_writing' : 'open_qa';
  // "I'm a caterer. A client wants to cut the per-head budget from $45 to $32. What can I change on the menu?" (filed as
  // planning, 54%): changes to choose from, not phases.
  if (intent === 'planning' && features.isQuestion && /^\s*(?:i'?m|i am|as) an? [\w -]{2,40}?[.,]/.test(head) && /\bwhat (?:can|could|should) (?:i|we) (?:change|cut|swap|drop|substitute|trim)\b/.test(head)) return 'brainstorming';
  // "I'm a funeral director. Write an obituary from these notes: …" (filed as classification, 36%): a piece to write.
  if ((intent === 'classification' || intent === 'extraction') && /^\s*(?:(?:i'?m|i am) an? [\w -]{2,40}?[.,]\s*)?(?:please )?(?:write|draft|compose)\s+(?:me\s+)?(?:an?|the|my|our)\s+(?:[\w-]+\s+){0,2}?(?:obituary|eulogy|letter|email|note|story|poem|speech|toast|bio|announcement|card|message|tribute|listing|flyer|ad|advert|description|post|notice|sign)\b/.test(head)) return 'creative_writing';
  // "Analyze our food cost: we spend $18,000 a month on food and make $52,000 in sales. Is that normal?": figures set
  // against a benchmark, not an essay.
  if (intent === 'analysis' && features.numbers >= 1 && !features.hasSuppliedText && /\b(?:is|are) (?:that|this|it|these|those|ours|mine) (?:normal|typical|high|low|too high|too low|good|bad|reasonable|healthy|ok|okay|average)\s*\?\s*$/.test(head)) return 'open_qa';
  // "I'm a vet. Explain to a dog owner why we recommend dental X-rays" (filed as brainstorming, 61%): one explanation.
  if (intent === 'brainstorming' && /^\s*(?:i'?m|i am) an? [\w -]{2,40}?[.,]\s*(?:please |can you )?(?:explain|describe)\b/.test(head)) return 'open_qa';
  // "Find the error in this reasoning: '…so washing my car causes rain'" (filed as extraction, 43%): the logic to test.
  if (intent !== 'analysis' && intent !== 'code' && /^\s*(?:please |can you )?(?:find|spot|identify|explain|what(?:'s| is)) (?:the |any )?(?:error|flaw|mistake|hole|problem)s? in (?:this|the following|my|his|her|their) (?:reasoning|argument|logic)\b/.test(head)) return 'analysis';
  // "Draft a 30-second elevator pitch for my mobile bike repair business" (filed as planning, 81%): words to say.
  if ((intent === 'planning' || intent === 'brainstorming' || intent === 'open_qa') && /^\s*(?:please |can you |help me )?(?:draft|write|create|make|give me|prepare|put together)\b[^.\n]{0,30}\belevator (?:pitch|speech)\b/.test(head)) return 'creative_writing';
  // "I'm a crossing guard. What should I do when a driver ignores my stop sign?": what to do on the job, not ideas.
  if (intent === 'brainstorming' && features.isQuestion && /^\s*(?:as an?|i'?m an?|i am an?) [a-z0-9][\w -]{2,40}?[,.]\s*what (?:should|do|can) (?:i|we) do (?:when|if|about)\b/.test(head)) return 'open_qa';
  // "As a 911 dispatcher, what questions should I ask first on a stroke call?": the trade's own procedure, in order.
  if (intent === 'brainstorming' && /^\s*(?:as an?|i'?m an?|i am an?) [a-z0-9][\w -]{2,40}?[,.]\s*(?:so )?(?:what|which) (?:questions )?(?:should|do|must) (?:i|we) ask (?:first|before anything|in what order)\b/.test(head)) return 'open_qa';
  // "Act as a travel agent and help me plan a honeymoon in Greece": the role only sets who plans it.
  if (intent === 'roleplay' && !features.interactive && /^\s*(?:please )?(?:act|pretend|play) (?:as|like|to be|you'?re) (?:a |an |my )?[\w -]{2,30}? and (?:help me )?(?:plan|organi[sz]e|schedule)\b/.test(head)) return 'planning';
  // "I'm writing a fantasy novel and my magic system feels too convenient… help me find its costs": help with the
  // writer's own world, with no part for the model to play.
  // Filed as a question (open_qa, 46%), it is the same help when the writer asks to invent something; "I need accurate
  // background on life aboard a 74-gun ship" asks for facts.
  if (
    (intent === 'roleplay' || (intent === 'open_qa' && /\bhelp (?:me|us) (?:figure out|come up with|design|build|develop|brainstorm|work out|flesh out)\b|\bideas?\b/.test(head) && !/\b(?:accura\w+|historical(?:ly)?|research|facts?)\b/.test(lower.slice(0, 600)))) &&
    !features.interactive &&
    OWN_FICTION.test(head) &&
    !/\b(?:act|pretend|play|role-?play|be my|you are|you'?re)\b/.test(head)
  )
    return 'brainstorming';
  // "What are good interview questions to ask a candidate?" names a role but asks for no one to play it.
  if (intent === 'roleplay' && !features.nonLatin && features.writtenIn === null && !ROLE_CUE.test(head)) {
    // "What questions should I ask a financial advisor before hiring them": checks to make, as above.
    if (QUESTIONS_BEFORE.test(head)) return 'open_qa';
    if (features.isQuestion) return /\b(?:questions|ideas)\b/.test(head) ? 'brainstorming' : 'open_qa';
    // "My tomato plants have spots on the leaves and they are curling": a fault told without a question mark.
    if (features.subKinds.has('diagnose')) return 'open_qa';
    // "Generate 10 interview questions for hiring a barista": a list asked for, with no part in it to play.
    if (QUESTIONS_ASK.test(head)) return 'brainstorming';
    // "I'm a pharmacist. Explain to a patient why…": the asker's own job, then a task done for them; no one to play.
    const ownJob = /^\s*(?:i'?m|i am|i work as) (?:a|an) [\w -]{2,40}?[.,;:]\s*(?:please |can you |could you )?(explain|describe|summari[sz]e|write|draft|give|create|make|list)\b/.exec(head);
    if (ownJob) return /^(?:explain|describe|summari)/.test(ownJob[1] ?? '') ? 'open_qa' : 'creative_writing';
  }
  // Most prompts never mention a recipe: one substring check spares them both patterns.
  if (!head.includes('recipe') || intent === 'code') return intent;
  if (intent !== 'rewrite' && RECIPE_SCALE.test(head)) return 'rewrite';
  if ((intent === 'brainstorming' || intent === 'open_qa') && RECIPE_WRITE.test(head)) return 'creative_writing';
  return intent;
}

const INLINE_CODE = /^(?:\s*(?:please |can you |could you )?(?:debug|fix|what'?s wrong with|why (?:does|doesn'?t|won'?t) this)\b[^:\n]{0,30}|[^:\n]{0,60}\bthis (?:function|code|method|snippet|class|script))\s*:\s*[^\n]*?(?:\b(?:for \w+ in|while|if|def|return|function|const|let|var)\b[^\n]*[(){}[\];=]|\b(?:print|console\.log|printf|System\.out\.println)\s*\()/im;
const FLAT_CODE_START = /^[ \t]*(?:function\b|const |let |var |def |class |public |#include|import )/;

/** The length the request sets ("under 100 words", "in 3 bullet points"), or null. */
function readLengthLimit(ask: string): LengthLimit | null {
  const limit = lengthLimitMatch(ask);
  if (limit?.[1] && limit[2]) {
    const unitRaw = limit[2].toLowerCase();
    const unit: LengthLimit['unit'] = unitRaw.startsWith('word')
      ? 'words'
      : unitRaw.startsWith('sentence')
        ? 'sentences'
        : unitRaw.startsWith('paragraph')
          ? 'paragraphs'
          : unitRaw.startsWith('bullet') || unitRaw === 'points'
            ? 'bullets'
            : unitRaw.startsWith('line')
              ? 'lines'
              : unitRaw.startsWith('char')
                ? 'characters'
                : unitRaw.startsWith('page')
                  ? 'pages'
                  : 'minutes';
    const value = toNumber(limit[1]);
    if (Number.isFinite(value) && value > 0) {
      // "(1-3 short sentences each)": quote the whole range, and that it is per part, not the answer's total.
      const start = limit.index ?? 0;
      const range = /(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d{1,5})\s?[-–]\s?$/.exec(ask.slice(Math.max(0, start - 14), start))?.[0] ?? '';
      const each = /^\s*each\b/i.test(ask.slice(start + limit[0].length, start + limit[0].length + 8)) ? ' each' : '';
      return { text: `${range}${limit[0].trim().replace(/^(in|of)\s+/i, '')}${each}`, value, unit };
    }
  }
  return null;
}

/** What the quality lint reads: the full features satisfy it, and so does the lazier view below. */
export type LintFeatures = Pick<
  PromptFeatures,
  'words' | 'sentences' | 'numbers' | 'hasSuppliedText' | 'constraintCount' | 'hasPersona' | 'audience' | 'lengthLimit' | 'itemCount' | 'formatRequested'
>;

/**
 * The lite analysis for the lint, with audience, length limit, item count and format worked out on first read: each
 * lint check tries its own wording pattern first, and on a long enhanced prompt that usually settles it.
 */
class LazyLintFeatures implements LintFeatures {
  readonly words: number;
  readonly sentences: number;
  readonly numbers: number;
  readonly hasSuppliedText: boolean;
  readonly constraintCount: number;
  readonly hasPersona: boolean;
  #audience: string | null | undefined;
  #lengthLimit: LengthLimit | null | undefined;
  #itemCount: number | null | undefined;
  #format: FormatKind | null | undefined;
  readonly #ask: string;
  constructor(f: PromptFeatures, ask: string) {
    this.#ask = ask;
    this.words = f.words;
    this.sentences = f.sentences;
    this.numbers = f.numbers;
    this.hasSuppliedText = f.hasSuppliedText;
    this.constraintCount = f.constraintCount;
    this.hasPersona = f.hasPersona;
  }
  get audience(): string | null {
    if (this.#audience === undefined) this.#audience = detectAudience(this.#ask.replace(INLINE_MATERIAL, '$1'));
    return this.#audience;
  }
  get lengthLimit(): LengthLimit | null {
    if (this.#lengthLimit === undefined) this.#lengthLimit = readLengthLimit(this.#ask);
    return this.#lengthLimit;
  }
  get itemCount(): number | null {
    if (this.#itemCount === undefined) this.#itemCount = validCount(this.#ask.match(ITEM_COUNT_RE) ?? this.#ask.slice(0, 300).match(WORD_LIST));
    return this.#itemCount;
  }
  get formatRequested(): FormatKind | null {
    if (this.#format === undefined) this.#format = detectFormat(this.#ask);
    return this.#format;
  }
}

/** The lint's view of a prompt: the lite analysis, lazy where it can be. */
export function analyzeForLint(text: string): LintFeatures {
  const { features, ask } = analyze(text, false);
  return new LazyLintFeatures(features, ask);
}

/** Compute the features of a prompt. Pure and fast; never throws. */
export function analyzePrompt(text: string, opts: { lite?: boolean } = {}): PromptFeatures {
  return analyze(text, !opts.lite).features;
}

function analyze(text: string, full: boolean): { features: PromptFeatures; ask: string } {
  // Not `full` (lite) computes only what the quality lint reads (words, sentences, numbers, supplied text, constraints,
  // persona; audience, limits, counts and format come later through analyzeForLint) and leaves the rest at empty
  // defaults: the lint runs on every enhanced prompt, which is several times longer than the request.
  const sampled = text.length > HEAD + TAIL;
  const sample = sampled ? `${text.slice(0, HEAD)}\n${text.slice(-TAIL)}` : text;
  // Typographic apostrophes (“don’t”, “I’ll”: autocorrected by many editors) read as plain ones for every check below.
  const lower = sample.toLowerCase().replace(/[’‘]/g, "'");
  const ask = askPart(lower);
  const wordsInSample = sample.match(/\S+/g)?.length ?? 0;
  const words = sampled ? Math.round((wordsInSample * text.length) / sample.length) : wordsInSample;
  const fence = /```/.test(sample);
  // Python has no semicolons: a call on its own line ("print(result)", "x = add(2, 3)") and block headers count too.
  const codeLines =
    sample.match(/^\s*(def |class |function |const |let |var |import |from \w+ import|#include|public |return |if \(|for \(|while \(|}\s*$|\w+\(.*\);\s*$|(?:[\w.]+ = )?[\w.]+\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\)\s*$|for \w+(?:, \w+)* in .+:\s*$|elif .+:\s*$|else:\s*$|try:\s*$|except\b.*:\s*$)/gm)?.length ?? 0;
  // Minified or pasted-flat code ("function f(a){let r=[];for(…){…}return r}") is one line with its braces and semicolons.
  // Only checked when nothing else marked code; braces and semicolons are counted on lines that open like code.
  const flatCode = !fence && codeLines < 2 && sample.split('\n').some((l) => FLAT_CODE_START.test(l) && (l.match(/[;{}]/g)?.length ?? 0) >= 4);
  // "debug this: for i in range(10) print(i)": a one-line snippet after the ask.
  const inlineCode = !fence && codeLines < 2 && !flatCode && INLINE_CODE.test(sample.slice(0, 400));
  const hasCode = fence || codeLines >= 2 || flatCode || inlineCode;
  let codeLanguage: string | null = null;
  for (const [re, name] of full ? CODE_LANGUAGES : []) {
    if (re.test(sample)) {
      codeLanguage = name;
      break;
    }
  }
  const fenceLang = !full ? undefined : sample.match(/```([a-z+#]{1,12})\n/i)?.[1]?.toLowerCase();
  if (fenceLang) {
    const map: Record<string, string> = { ts: 'TypeScript', typescript: 'TypeScript', js: 'JavaScript', javascript: 'JavaScript', py: 'Python', python: 'Python', java: 'Java', go: 'Go', rust: 'Rust', sql: 'SQL', sh: 'Bash', bash: 'Bash', cpp: 'C++', 'c++': 'C++', cs: 'C#', ruby: 'Ruby', php: 'PHP', kotlin: 'Kotlin', swift: 'Swift' };
    codeLanguage = map[fenceLang] ?? codeLanguage;
  }
  const lengthLimit = full ? readLengthLimit(ask) : null;
  const count = full ? ask.match(ITEM_COUNT_RE) ?? ask.slice(0, 300).match(WORD_LIST) : null;
  const listNoun = !full
    ? null
    : (count?.[2]?.toLowerCase() ??
      ask.match(/\blist of (?:\w+ )?(questions|prompts|titles|headlines|taglines|slogans|topics|names|words|phrases|jokes|hashtags|captions|ideas|tips|recipes|gifts|activities|books|places)\b/)?.[1] ??
      // "What are some good questions to ask at the end of an interview": items used as written, though no number is given.
      ask.match(/\b(?:what are|give me|suggest|list|need|want|come up with|write|recommend)\s+(?:some |a few |a couple of )?(?:good |great |smart |clever |insightful |thoughtful |fun |interesting |tough |hard |common |catchy )?(questions|prompts|titles|headlines|taglines|slogans|captions|hashtags|jokes|conversation starters|icebreakers)\b/)?.[1] ??
      // "Give me a catchy title for my blog post": one is asked for, but it is picked from a few options.
      ask.match(SINGLE_SHORT)?.[1]?.replace(/$/, 's') ??
      // "What questions should I ask at the end of an interview?"
      ask.match(/\b(?:what|which) (?:good |smart )?(questions|titles|headlines|taglines|slogans|captions|hashtags) (?:should|could|can|do|would) (?:i|we)\b/)?.[1] ??
      null);
  // Counted on the whole text once: `ask` repeats the end of a short prompt.
  const listParts = !full ? 0 : (lower.slice(0, 3000).match(/\b(a |the )?list of\b|\btop \d+\b/g) ?? []).length;
  const cap = (l: string): string => l.replace(/^\w/, (c) => c.toUpperCase());
  // "Translate this Spanish voicemail … into English": the language after "into" is the target, not the one named first.
  const target = full ? (sample.match(TRANSLATE_INTO_RE) ?? sample.match(TRANSLATE_RE)) : null;
  // "Translate this into French, Spanish and German": every target, so none is dropped.
  // "Translate "…3pm. Please arrive…" into Tagalog and Vietnamese": a quoted sentence ends the first pattern's reach.
  const named = target || !full ? null : LANGUAGE_RE.exec(ask);
  const first = target?.[1] ?? named?.[1] ?? null;
  const targets = first ? [cap(first)] : [];
  for (let rest = target ? sample.slice((target.index ?? 0) + target[0].length) : named ? ask.slice((named.index ?? 0) + named[0].length) : ''; targets.length < 6; ) {
    const next = SECOND_LANGUAGE_RE.exec(rest);
    if (!next?.[1]) break;
    if (!targets.some((t) => t.toLowerCase() === next[1]?.toLowerCase())) targets.push(cap(next[1]));
    rest = rest.slice(next[0].length);
  }
  const languageNamed = targets.length === 0 ? null : targets.length === 1 ? (targets[0] ?? null) : `${targets.slice(0, -1).join(', ')} and ${targets.at(-1)}`;
  const hasSuppliedText =
    hasCode ||
    /"""|<text>|<document>|<article>|^\s*(text|passage|article|context|input|email|review|data|notes|transcript)\s*:/m.test(lower) ||
    /:\s*\n\s*\S[\s\S]{100,}/.test(sample) ||
    /"[^"\n]{60,}"|“[^”\n]{60,}”/.test(sample) ||
    /^[^\n]{3,400}\n\s*\n[\s\S]{120,}/.test(sample) ||
    text.length > 1500;
  const domain = full ? detectDomain(ask) : null;
  // Only short requests can be missing their material; long ones are checked for nothing here.
  const ref = full && words <= 40 ? lower.match(MATERIAL_REF) : null;
  const referred = ref?.[2] ?? ref?.[4] ?? (full && words <= 40 && (BARE_MATERIAL_REF.test(lower) || /\bthe (below|above)\b/.test(lower)) ? 'text' : null);
  const missingMaterial =
    // A short passage set off by a blank line ("…the article below?\n\nAcme Robotics was founded in 2011…") is given.
    full && referred && !hasSuppliedText && words <= 40 && !/[:：]\s*\S[\s\S]{15,}/.test(sample) && !/["“«][^"”»]{15,}["”»]/.test(sample) && !/\n\s*\n\s*\S[^\n]{30,}/.test(sample)
      ? HEARD.test(referred) ? `${referred} notes or transcript` : referred
      : null;
  const sentences = Math.max(1, sample.match(/[.!?。！？](\s|$)/g)?.length ?? 0);
  // Quantities with their units attached ("500ml", "2km/h") count too; digits inside names ("Li2", "n^4") do not.
  // CJK text writes numbers straight after a character ("进价50元"), so only alphabetic letters count as a name.
  const numbers = ask.match(/(?<![A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF_^\d.,])\d+(?:[.,]\d+)*/g)?.length ?? 0;
  const constraintCount =
    ask.match(/\b(must|should|do not|don't|never|always|at least|at most|no more than|exactly|only|make sure|ensure|without|avoid|limit|include|under \d+|within)\b/g)?.length ?? 0;
  const hasPersona = /\b(you are (a|an|my|the|now)\b|act as|acting as|i want you to act|pretend (to be|you are|you're)|imagine you are|you're an? |as an? (expert|experienced|senior|professional|seasoned)|take on the role|play the (role|part))/.test(lower);
  // Short questions are usually clear ("Why is the sky blue?"); short commands usually are not ("write a poem").
  const nonLatin = full && isMostlyNonLatin(sample);
  // A question word opening the prompt counts as a question mark: "why did the roman empire fall" is clear enough.
  const vague = words < 7 && !hasSuppliedText && numbers === 0 && !/[?？]/.test(sample) && !QUESTION_START.test(ask);
  let labels: string[] | undefined, fields: string[] | undefined, itemFields: string[] | undefined;
  let planFacts: PlanFacts | undefined, options: string[] | undefined, sampleAsk: string | undefined;
  const features: PromptFeatures = {
    chars: text.length,
    words,
    lines: sampled ? text.split('\n').length : sample.split('\n').length,
    sentences,
    questionMarks: sample.match(/[?？؟]/g)?.length ?? 0,
    hasSuppliedText,
    hasCode,
    codeLanguage,
    libraries: full ? [...new Set((ask.match(LIBRARY_RE) ?? []).map((l) => l.trim()))].slice(0, 4) : [],
    hasExamples: full && /\b(for example|e\.g\.|for instance|examples?:|example input|example output|sample (input|output))|^\s*(input|output|q|a)\s*:|→|=>\s*\w/im.test(ask) && !/```/.test(ask.slice(0, 10)),
    formatRequested: full ? detectFormat(ask) : null,
    lengthLimit,
    itemCount: full ? validCount(count) : null,
    listNoun,
    listParts,
    languageNamed,
    languageMentioned: languageNamed ?? (!full ? null : ask.match(LANGUAGE_ANY_RE)?.[1]?.replace(/^\w/, (c) => c.toUpperCase()) ?? null),
    hasPersona,
    audience: full ? detectAudience(ask.replace(INLINE_MATERIAL, '$1')) : null,
    asksForReasoning: full && /\b(step[- ]by[- ]step|show (your |the )?(work|working|reasoning|steps)|think (it )?through|explain your reasoning|reason (about|through)|walk me through|chain of thought)\b/.test(lower),
    constraintCount,
    hasListWords: full && /\b(list|steps|bullets?|top \d+|ranking|rank)\b/.test(ask),
    // Phrasings that ask for live information or tool use; topics alone ("a weather bot") do not count.
    needsTools: full && /\b((?<!-)latest (news|version|versions|release|releases|update|updates|developments|research|figures|data|numbers|stats|statistics|results|prices?|rates?|scores?|polls?|headlines)|current (version|price|prices|state|status|events|news|ceo|president|rate|rates)|today'?s|this week'?s?|(what|who|which|how much|how many|is|are)\b[^.?\n]{0,60}\bright now|up[- ]to[- ]date|in the news|search (the web|online|the internet)|look (it|this|them) up|browse (the web|to)|google it|real[- ]time data|live data|use (the |your )?(tools?|browser|search|web search)|(weather|forecast) (in|for) [a-z ]{2,30} (today|tomorrow|now|this week))\b/.test(ask),
    userConstraints: full ? detectUserConstraints(sample) : [],
    get planFacts() {
      return (planFacts ??= full ? detectPlanFacts((sampleAsk ??= askPart(sample))) : NO_PLAN_FACTS);
    },
    get options() {
      return (options ??= full ? detectOptions((sampleAsk ??= askPart(sample))) : []);
    },
    // "You are a support agent for an airline. A customer is angry their flight was cancelled. Respond to them": one
    // reply to the scene described, unless the user also takes a part in it.
    interactive: full && !(SINGLE_REPLY.test(ask) && !USER_IN_SCENE.test(ask) && !/\bi(?:'ll| will) (?:be|play)\b/.test(ask)) && (/\b(i will (say|type|ask|write|give|send|reply|respond|play|be|provide|tell|share|paste|describe|supply|submit|input)|i'll (say|type|ask|write|give|play|be|provide|tell|share|paste|describe|send|practi[sc]e|pitch)|i will pitch|i will practi[sc]e|my first ([\w-]+ )?(request|sentence|question|command|message|line|prompt|input|task|word|topic|suggestion)|interview me|mock interview|grill me|cross-examine me|(?:do|run|have) (?:a )?(?:mock|practice) [\w-]+(?: [\w-]+)? with me|quiz me|chat with me|talk (to|with) me|conversation (partner|with me)|let'?s (play|chat|talk|role-?play|practi[sc]e)|wait for (me|my)|one (question|turn|message) at a time|(?:ask|quiz|interview) me (?:[\w-]+ ){0,3}one at a time|so (?:that )?i can practi[sc]e|stay in character|you and i|we will (talk|chat|play)|practi[sc]e (my|speaking|a conversation)|respond to (me|my)|react to (what i|me|my)|answer my questions|(discuss|debate|argue|chat about|talk about)( [\w'-]+){0,4} with me|debate me|(my )?first question:|i'?m typing|typing (commands|messages) to you|reply to (me|my)|as we (talk|chat|go|speak|practi[sc]e)|correct my (mistakes|errors|grammar)|during (our|the) conversation|simulate a conversation|(max(imum)?|at most|up to) \w+ sentences per (reply|message|response|turn)|per (reply|message|turn)|if the (user|customer|caller) (is|asks|says|wants)|(customer|technical) (support|service) (assistant|agent|bot)|chat ?bot for|start by greeting|greet (me|the user|the customer)|socratic|(as|be) my (?:[a-z]+ )?(?:tutor|conversation partner|language partner)|tutor me|coach me through|(don'?t|do not|without) (just )?(give|giving|tell|telling) me the answer)\b/.test(ask) || USER_IN_SCENE.test(ask) || PRACTISING_ON_YOU.test(ask)),
    // "Describe the common optimizations for BVHs" asks for information as much as "What are…?" does.
    isQuestion:
      full &&
      (/[?？؟]/.test(ask.slice(0, 600)) ||
      QUESTION_START.test(ask) ||
      // "my dog ate a grape, what should I do": typed without a question mark.
      // So is a closing "…, how do I set limits without a fight" or "…, why is it so high this month", after a comma or
      // as a sentence of its own.
      /[,.!;]\s*(?:why\s*\??\s*$|what (?:should|do|can) (?:i|we) (?:do|check|look at|avoid|say|try)|(?:what|how) (?:helps|works)(?: and what (?:should|do|can) (?:i|we) (?:avoid|not (?:do|say)))?|what (?:could|might) (?:it|this) be|what (?:could|might|would) be causing (?:it|this|that)|what(?:'s| is) causing (?:it|this|that)|what went wrong|what did (?:i|we) do wrong|what am i doing wrong|what do (?:i|we) do now|where (?:do|should|can) (?:i|we) (?:even )?(?:start|begin)|(?:can|should|may|could) (?:i|we) (?:legally )?\w[^.!?\n,]{1,60}?|what'?s (?:wrong|going on) with (?:it|this|that|him|her|them)|how (?:do|can|should|would) (?:i|we)\s+\w[^.!?\n,]{1,80}?|why (?:is|are|does|do|did|was|were|would) (?:it|this|that|they|he|she|my|our|the)\s+\w[^.!?\n,]{1,80}?|is (?:that|this|it) (?:even |really )?(?:ok|okay|normal|safe|bad|serious|allowed|legal|illegal|enforceable|worth it)(?: (?:in|under|for) [\w ]{2,30})?|should (?:i|we) (?:be )?(?:worried|concerned))\s*[.!]*\s*$/.test(ask.slice(0, 400)) ||
      // "I'm an electrician. Explain to a homeowner why…": the asker's job first, then the question.
      /^\s*(?:(?:i'?m|i am) an? [\w -]{2,40}?[.,;:]\s*)?(please\s+|can you\s+|could you\s+)?(describe|explain|define|tell me (about|how|why|what|who|when|where|which)|give me an overview of|walk me through|teach me)\b/.test(ask) ||
      // "A client asks why they owe taxes… Give me a simple way to explain it."
      /\b(?:give me|what'?s|i need) (?:a|an) (?:simple|easy|good|clear|plain|short|quick|kind|gentle) way to (?:explain|say|put) (?:it|this|that)\b|\b(?:give me|i need) (?:a|an) (?:(?:\d|one|two|three)[- ]sentence |short |quick |simple |plain )*(?:answer|reply|explanation|response) to (?:say|give|tell)\b/.test(ask.slice(0, 400))),
    stakes: full ? detectStakes(ask) : null,
    vague,
    numbers,
    // Few prompts are asked about labels, fields, items per entry, plan facts or options: each is worked out when first read.
    get labels() {
      return (labels ??= full ? recase(detectLabels(ask), sample) : []);
    },
    get fields() {
      return (fields ??= full ? detectFields(ask) : []);
    },
    get itemFields() {
      return (itemFields ??= full ? detectItemFields(ask) : []);
    },
    missingMaterial,
    domain,
    subKinds: full ? new LazySubKinds(ask) : NO_SUB_KINDS,
    hasRtl: /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(sample),
    // eslint-disable-next-line no-control-regex -- detecting control characters is the point here
    hasControlChars: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/.test(sample),
    sampled,
    hasLetters: /\p{L}/u.test(sample),
    nonLatin,
    // A prompt mostly in another script is answered in that script; "[AU: …]" inside Russian text is not French.
    writtenIn: full && !nonLatin ? latinLanguage(lower) : null,
  };
  return { features, ask };
}

function validCount(count: RegExpMatchArray | null): number | null {
  const n = count?.[1] ? toNumber(count[1]) : null;
  return n !== null && Number.isFinite(n) && n > 0 && n <= 200 ? n : null;
}

