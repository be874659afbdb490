// Rules-based intent classifier: the fallback when the ONNX model cannot load (or is not shipped yet).
// Deterministic keyword/pattern scoring over the labels of DESIGN.md §3, turned into a probability
// distribution with a softmax so callers can treat it exactly like the model's output.
import type { Classification } from '../shared/classification.ts';
import { TASK_TYPES } from '../shared/task-types.ts';
import type { Complexity, TaskType } from '../shared/task-types.ts';
import { MULTILINGUAL_RULES } from './rules-multilingual.ts';

export const RULES_MODEL_VERSION = 'rules@1';

/** Only the head and tail of very long prompts are scanned: the ask is almost always at one end. */
const HEAD_CHARS = 6000;
const TAIL_CHARS = 2000;

type Rule = readonly [RegExp, number];

/** Names of programming tools, libraries, frameworks and platforms (lower-case), beside the languages in RULES.code. */
const DEV_TOOLS =
  /\b(pyqt\d?|pyside\d?|tkinter|wxpython|fastapi|odoo|laravel|symfony|spring boot|asp\.net|\.net core|dotnet|entity framework|unity3d|k8s|kubectl|helm chart|ansible|pulumi|nix shell|nixos|nix flake|llvm\d*|gcc|cmake|makefile|webpack|eslint|seaborn|matplotlib|plotly|numpy|scipy|scikit-learn|sklearn|pytorch|tensorflow|keras|huggingface|langchain|graphviz|postgres(ql)?|mysql|sqlite|mongodb|redis|elasticsearch|rabbitmq|nginx|docker(file| compose)?|aws lambda|s3 bucket|ec2|cloudformation|firebase|supabase|graphql|grpc|websockets?|oauth2?|jwt|flexbox|css grid|jquery|next\.js|nextjs|nuxt|express\.js|deno|vba|excel formula|apps script|powershell|zsh|awk|vim|neovim|emacs|vs ?code|jupyter|cuda|opencv|arduino|esp32|raspberry pi|verilog|vhdl|assembly language|haskell|erlang|clojure|matlab|fortran|cobol|swiftui|xcode|android studio|gradle|conda|virtualenv|github actions|gitlab ci|systemd|cron ?job|crontab|pytest|scrapy|beautifulsoup|imessage extension|chrome extension|browser extension|splunk|sentinelone|wireshark|nmap|metasploit|ruby on rails|flask app|pandas dataframe|dataframe|vue\.js|vuejs|sveltekit|tailwind ?css|angularjs|terraform (plan|apply|module|state|provider)|yara rules?|selenium webdriver|unreal engine \d|django (app|model|view|orm|rest)|torch(\.\w+| tensor)|(in|with|using|based on) (torch|jest|vite|angular|terraform|django|flask|rails)|jest (test|mock|config))\b/;

/** Advice on dealing with a person ("how do I talk to my teenager about…", "how should I tell my boss…"). */
const INTERPERSONAL_HOWTO =
  /\bhow (do|can|should|would) (i|we) (talk to|talk with|speak to|tell|approach|bring (it|this|that) up (with|to)|bring up|deal with|handle|get through to|convince|persuade|support|comfort|apologi[sz]e to|say no to|set boundaries with|confront|ask)\b (my|him|her|them|our|a|the|someone|people|this|it|[a-z]+ (that|about))/;

// Weights are log-odds-ish: ~3 is a strong signal, ~1.5 a hint. Patterns run against lower-cased text.
const RULES: Record<TaskType, readonly Rule[]> = {
  open_qa: [
    [/^\s*(what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|should|would|will)\b[^.!\n]{0,200}\?/, 1.2],
    [/\b(explain|describe|tell me about|what is|what are|what's|how does|how do|how to|why do|why does|difference between|meaning of|define)\b/, 1],
    [INTERPERSONAL_HOWTO, 1.2],
    // "Explain Big O notation like I'm a bootcamp student": an explanation pitched at a reader, whatever the topic.
    [/^\s*(?:please\s+)?(?:can you\s+|could you\s+)?explain\b[^.\n]{2,80}\blike (?:i'?m|im|i am|i was|you'?re talking to)\b/, 5],
    // "My landlord wants to raise rent mid-lease, is that allowed in California": a question about rules, however it opens.
    [/\b(?:is|are) (?:that|this|it|they|he|she) (?:even )?(?:allowed|legal|illegal|lawful|permitted|enforceable)\b|\bcan (?:they|my (?:landlord|employer|boss|school|hoa)) (?:legally |really |even )?\w+/, 4],
  ],
  closed_qa: [
    [/\b(according to|based on|given|from|using) (the|this|that|these|following|above|below) (text|passage|article|paragraph|document|context|excerpt|reference|email|report|information|story|transcript)\b/, 3.2],
    [/\b(in|from) the (text|passage|article|paragraph|excerpt|document) (above|below)\b/, 2.5],
    // "Read the contract clause below and tell me if I can cancel early": a question answered from the pasted text.
    [/\b(read|look at|check|go through)\b[^.\n]{0,30}\b(clause|contract|policy|terms|text|passage|email|document|paragraph|excerpt|article|letter|section|lease|agreement)\b[^.\n]{0,12}\b(below|above|here)\b[^.\n]{0,12}\b(and )?(tell me|let me know|answer|say)\b/, 3],
    [/\b(answer|respond)\b[^.\n]{0,40}\b(using only|based only|only using|from the (text|context|passage))\b/, 3],
    [/\b(using only|based (only|solely) on|only from|drawing only on)\b[^.\n]{0,30}\b(text|notes|passage|article|document|email|transcript|context|excerpt|report|below|above)\b/, 3.4],
  ],
  summarization: [
    // "My resume summary", "a LinkedIn summary": a section of a profile, not a request to summarise.
    [/\b(summari[sz]e|summari[sz]ation|(?<!\b(?:resume|résumé|cv|profile|linkedin|professional|career) )summary|tl;?dr|recap|synopsis|gist|key takeaways|main points|condense|boil (it|this) down|in a nutshell|abstract of)\b/, 3.4],
    [/\b(in|into) (one|two|three|\d+) (sentences?|bullet points?|bullets|paragraphs?|lines?)\b/, 0.8],
  ],
  creative_writing: [
    // "Help me respond to this negative Google review: '…'": a reply to write, though the quote reads like a review to label.
    [/^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:help me\s+)?(?:reply|respond|write (?:a |an )?(?:reply|response)) to (?:this|the|a|an) (?:[\w-]+ ){0,2}?(?:review|comment|complaint)\b/, 4],
    [/\b(write|compose|create|draft|pen|come up with|tell me)\b[^.\n]{0,60}\b(jokes?|stories|poems|songs|tweets|captions|slogans|taglines|headlines|story|short story|poem|haiku|sonnet|limerick|song|lyrics|rap|verse|fable|fairy tale|novel|chapter|screenplay|script|scene|monologue|dialogue|speech|toast|eulogy|slogan|tagline|jingle|ad copy|advert\w*|product description|blog post|essay|article|tweet|caption|joke|riddle for|letter|bio|wedding vows|greeting|newsletter)\b/, 3.2],
    [/\b(write|tell me|compose)\b[^.\n]{0,25}\b(paragraph|passage|guide|horoscope|story|tale|narrative|piece|reply|response to|message to|email to|invitation)\b/, 2.4],
    // A new message to someone: "draft a polite follow-up email to a recruiter", "write a cover letter for …".
    [/\b(write|draft|compose)\b[^.\n]{0,40}\b(e-?mail|message|note|letter|cover letter|memo|announcement|reminder|follow-?up|apology|thank[- ]you( note)?)\b[^.\n]{0,40}\b(to|for|asking|about|thanking|inviting|announcing|telling|letting|saying|explaining|informing|reminding|welcoming|congratulating|who|that)\b/, 2.4],
    [/\b(poema|poème|cuento|histoire|gedicht|rap (song|about)|song lyrics?|write a back[- ]and[- ]forth|write like (a|an)|in the style of|fictional story)\b/, 2.2],
    [/\b(poem|haiku|sonnet|limerick|lyrics|short story|bedtime story|fan ?fiction|plot twist|rhym\w+)\b/, 2.2],
    [/\b(marketing copy|copywriting|landing page copy|sales copy)\b/, 2.4],
    // "Outline a 20-minute talk on…", "write a keynote for…": the content of a talk (a speech), not an event to organise.
    [/\b(outline|write|draft|structure|script)\b (?:me )?(?:a |an |the |my |our )?(?:[\w-]+ ){0,3}?(talk|presentation|keynote|lecture|webinar)\b/, 2.6],
    // "I'm giving a 10-minute talk on climate tech to students. Help me structure it.": the same, told first.
    [/\b(?:i'?m|i am|we'?re|we are) (?:giving|presenting|doing|delivering|preparing) (?:a |an |my |our )?(?:[\w-]+ ){0,3}?(?:talk|presentation|keynote|lecture|webinar)\b[^\n]{0,120}?\b(?:help me|can you|could you)\s+(?:help me\s+)?(?:structure|outline|plan|prepare|organi[sz]e|write|draft)\b/, 5],
    // Composing a quiz or test (LABELING.md: composing a quiz is creative_writing; "quiz me" is a tutor roleplay).
    [/\b(create|write|make|generate|design|put together|draft|come up with)\b[^.\n]{0,40}\b(quiz|quizzes|trivia questions|worksheet|practice test|mock exam|flashcards|exam questions|test questions|multiple[- ]choice questions)\b/, 3.2],
    // Requests that name the piece without a verb: "a script of X and Y in a boxing match", "koan about …".
    [/(^|\b(a|an|short|funny)\s)(script|scene|skit|sketch|story|poem|song|koan|parody|ballad|ode|limerick|monologue) (of|about|where|in which|featuring)\b|\b(koans?|puns|fanfic|skit)\b/, 2],
    [/\b(instagram|linkedin|facebook|tiktok|twitter) (post|caption|ad|bio|thread)s?\b/, 2],
    // A reply to a pasted email is a new message: the email is context, not the text to transform.
    [/\b(reply|respond|write (a |an )?(reply|response|answer)) to (this|the|his|her|their|my|an?) (?:[\w-]+ ){0,2}?(e-?mail|message|text|letter|comment|review|dm)\b|\b(politely )?(declin(e|ing)|accept(ing)?|turn(ing)? down) (the|this|an|a|their|his|her) (meeting|invitation|invite|offer|request)\b/, 2.4],
  ],
  code: [
    [/```/, 2.4],
    [/\b(function|class|method|script|program|algorithm|regex|regular expression|sql query|api|endpoint|unit tests?|bug|stack ?trace|exception|compile[rd]?|refactor|debug|repository|git|dockerfile|kubernetes|npm|pip|typescript|javascript|python|java|golang|rust|c\+\+|c#|kotlin|swift|ruby|php|html|css|react|node\.?js|bash|shell script|powershell|sql|json schema|yaml)\b/, 1.6],
    [/\b(write|implement|fix|debug|refactor|optimi[sz]e|review|explain|convert|port)\b[^.\n]{0,40}\b(code|function|class|script|program|query|snippet|method|module|component|bug)\b/, 2.8],
    [/(\bdef |\bfunction\s*\w*\s*\(|=>|\bconst \w+ =|\bimport \w+|#include|\bpublic static|\bselect .+ from \w+|console\.log|print\(|\breturn\b[^.\n]*;)/, 2],
    [/\b(typeerror|syntaxerror|nullpointer|segfault|traceback|undefined is not|cannot read propert)/, 2.5],
    // "My React component re-renders on every keystroke": a front-end bug, asked without the word "code".
    [/\b(re-?render\w*|memory leak|race condition|hydration (error|mismatch)|infinite loop|stale state|useeffect|usestate)\b/, 2.4],
    // A schema or data model is developer work even when it describes a blog post or a recipe.
    [/\b(json|xml|yaml|avro|graphql|database|db|sql|table|openapi) schemas?\b|\b(openapi|swagger) spec\w*|\bprotobuf\b|\bdata ?model for\b|\b(typescript|ts) (types?|interfaces?) for\b/, 2.8],
    // A request that opens by asking for a technical artifact ("Create a JSON schema for a blog post", "write a bash
    // script that…") is code whatever the artifact is about: decisive, so it outweighs topic words ("blog post").
    [/^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:write|create|generate|make|give me|draft|design|build|produce)\s+(?:me\s+)?(?:a |an |the |some )?(?:[\w-]+\s+){0,2}?(json schema|xml schema|database schema|sql (?:query|schema)|regex|regular expression|bash script|shell script|powershell script|python (?:script|function|class)|(?:javascript|typescript) (?:function|class)|dockerfile|docker-compose file|github actions workflow|cron expression|crontab entry|makefile|kubernetes (?:manifest|deployment)|graphql schema|openapi spec)\b/, 6],
    // Developer tools, libraries and platforms: real questions name the tool ("print to a textbox in pyqt6", "install
    // llvm17 in a nix shell") far more often than they say "code".
    [DEV_TOOLS, 1.6],
    // Front-end questions name the element, not the language: "how do I center a div?".
    [/\b(center|centre|align)\w*\b[^.\n]{0,20}\b(a |the )?(div|span|element|button)s?\b|\b(div|z-index|media quer(y|ies)|innerhtml|queryselector|dom element)s?\b/, 2.6],
  ],
  reasoning: [
    // "How do I talk to my son about…" is advice, whatever figures the story gives ("7 hours a day").
    [INTERPERSONAL_HOWTO, -1.5],
    [/\b(what is the (probability|total|sum|product|average|area|volume|speed|cost|value)|calculate|compute|solve|prove|estimate|what percentage|how long will|how long does it take)\b/, 2],
    // Bounded and anchored after a non-digit so long digit runs cannot make it backtrack.
    [/(?<![\d.])\d{1,12}(?:\.\d{1,6})?\s{0,3}[-+*×÷/^%]\s{0,3}\d/, 1.4],
    [/\b(riddle|logic puzzle|puzzle|brain ?teaser|syllogism|deduce|if all|which (one|of them) is lying|knights and knaves)\b/, 2.6],
    [/\b(equation|integral|derivative|probability|fermi|step by step math|arithmetic)\b/, 1.6],
    [/\boptions:\s*\n?\s*\(a\)/, 2],
    [/\b(tells? the truth|lies\b|logically (consistent|follows|valid)|valid argument|is the following (sentence|statement|argument) (plausible|valid)|which statement is|what is the date|true or false|truth table|fixed order)/, 2.4],
    // "Is 7919 a prime number?", "is 1001 a perfect square": a property of a number is checked by computing it.
    [/\bis \d{2,12} (?:a |an )?(?:prime|composite|perfect square|perfect cube|square number|multiple of|factor of|power of)\b/, 3],
    [/\b(prove that|show that|justify your answer|epsilon-delta|divisible by|modulo \d|mod \d|solve for|find all (integers|real numbers|values|solutions))\b/, 1.8],
    [/^[\s\d()+\-*/=.]{7,}$|\b(true|false)\s+(and|or)\s+(not\s+)?\(?\s*(true|false)\b/, 2.5],
  ],
  brainstorming: [
    [/\b(ideas?|suggest(ions)?|brainstorm|recommend(ations)?|come up with (some|a few|\d+|ten|five)|list of ways|ways to|tips (for|on|to)|names for|alternatives to|inspiration)\b/, 2.4],
    [/\b(what are (some|a few|\d+|five|ten)|give me (a list|a bunch|some|\d+|a few)|think (of|up) (some|a few|\d+)|name (some|a few|\d+)|list (some|a few|\d+)|(some|different) ways (to|i can|you can|of)|how can i (improve|make|get|save|reduce|increase))\b/, 1.8],
    [/\b(give me|list|what are (some|good)|can you think of)\b[^.\n]{0,30}\b(\d+|some|a few|several|ten|five|good|creative|fun)\b[^.\n]{0,40}\b(ideas|ways|names|options|suggestions|activities|gifts|topics|places|things)\b/, 2.2],
    // "What should I name my bakery?", "what can I cook with …": the answer is a set of options to choose from.
    [/\bwhat (should|could|can|shall) (i|we) (name|call|title|cook|make|bake|eat|watch|read|play|gift|get (him|her|them|my))\b|\bnames? (for|ideas for) (my|our)\b/, 2.6],
    // "What's a good name for a golden retriever puppy?": a name is picked from options, though it reads as a question.
    [/\bwhat(?:'s| is| are) (?:a |some )?(?:good|cute|fun|funny|cool|unique|catchy|clever|great|nice) names? for\b/, 3],
  ],
  classification: [
    [/\b(classify|categori[sz]e|label (this|these|each|the)|tag (this|these|each)|which category|what category|what type of|sentiment)\b/, 3],
    [/\bis (this|it|the following|that)\b[^?\n]{0,80}\b(positive or negative|spam or|an? \w+ or an? \w+|\w+ or (not )?\w+)\?/, 2.4],
    [/\b(positive|negative|neutral)\b[^.\n]{0,30}\b(positive|negative|neutral)\b/, 1.6],
    [/\b(identify which|which of (these|the following) (is|are) an?|is (a|an) \w+ (a|an) \w+ or (a|an) \w+)\b/, 2],
    [/\b(which (of )?(these|the following) (are|is|would)|which (is|are) (a|an) [^?\n]{1,40}\bor\b|tell me (whether|if) (these|each|the following)|(separate|sort|divide|group) (the following|these|them)\b[^.\n]{0,40}\binto|are the following|choose the (word|one|item) (which|that) is different|(odd|which) one out)\b/, 2.6],
    [/\b[a-z]+ or (not )?[a-z]+( [a-z]+)?\s*[:?]\s*[a-z0-9]/, 0.9],
  ],
  extraction: [
    [/\b(extract|pull out|pull (all|every)|parse out|list (all|every) (the )?(names|dates|emails|email addresses|phone numbers|urls|links|amounts|prices|skills|keywords|entities|numbers|people|companies|places|fields|addresses)|find (all|every) (the )?(names|dates|emails|entities|mentions)|named entities|key[- ]value)\b/, 3.4],
    [/\b(from (the|this) (text|email|document|invoice|receipt|resume|cv|passage|article|transcript))\b[^.\n]{0,60}\b(get|list|pull|extract|find|identify)\b/, 1.6],
    // "List the required skills vs nice-to-haves from this job post: …Python, SQL…": items taken from pasted material,
    // however technical the items are.
    [/^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:list|pull out|pull|find|identify|get|sort|separate)\b[^.\n]{0,60}\bfrom (?:this|the|these|that|my) (?:job (?:post|posting|description|ad|listing)|posting|listing|invoice|receipt|resume|cv|email|transcript)\b/, 4],
    [/\b(into|as) (a )?(json|csv|table|structured (data|format))\b/, 0.8],
  ],
  rewrite: [
    [/\b(expand|extend|improve|tighten|revise)\b[^.\n]{0,30}\b(this|the following|my|the) (prompt|text|paragraph|draft|essay|email|sentence|bio|summary|description)\b/, 3],
    [/\b(rewrite|re-write|rephrase|paraphrase|reword|proofread|copyedit|edit (this|my|the)|fix (the )?(grammar|spelling|typos)|grammar check|simplify|shorten|make (this|it|my|the)( \w+)? (more |less |sound )?(formal|informal|casual|professional|polite|concise|shorter|friendlier|clearer|simpler|readable)|change the tone|translate|in (plain|simple) english|turn (this|it) into|convert (this|it) (into|to)|(?<!\b(?:nail|shoe|furniture|floor|silver|boot) )polish(?! remover)(?:(?:ed)? (?:up|this|it|my|the|our|these)\b)?)\b/, 3.2],
    // "Make it punchier": comparatives only, since "make the article engaging" describes a piece still to be written.
    [/\bmake (this|it|my|the)( [\w-]+){0,2} (punchier|snappier|crisper|tighter|catchier|stronger|smoother|more (engaging|compelling|persuasive|impactful))\b/, 3.2],
    // "turn these bullets into a paragraph for my boss", "make my notes into an email": the user’s own points, rewritten.
    // Expanding an outline into an article is writing it (creative_writing), so "expand" and "outline" are not here.
    [/\b(turn|make|convert|rework|combine|change) (these|this|my|the|our|those|them)(?: [\w-]+){0,2}? (bullets?|bullet points|bullet list|notes|list|points|jottings)\b[^.\n]{0,15}?\b(into|to)\b/, 3.2],
    // "Turn this recipe into a grocery list": the user's text reshaped, not a plan to make.
    [/\b(turn|make|convert) (this|these|the|my|our) (?:[\w-]+ ){0,2}?(recipes?|ingredients|notes?|text|email|meal plan)\b[^.\n]{0,10}\binto (?:a |an )?(?:shopping|grocery|packing|to-?do|check) ?list\b/, 4],
    [/\b(into|to) (english|french|spanish|german|italian|portuguese|chinese|japanese|korean|arabic|hindi|russian|dutch|turkish|polish|hebrew|vietnamese)\b/, 1.2],
  ],
  analysis: [
    // A choice between named options is an assessment: "should we use Postgres or MongoDB for …".
    [/\b(should (i|we)|is it better to|would you recommend|do you recommend) (use|choose|pick|go with|switch to|migrate to|move to|adopt|buy|learn|take|rewrite|port|keep|stay with|stick with)\b[^?.\n]{1,60}\bor\b/, 3.2],
    // "Is it better to rent or buy …?", "would it be smarter to pay off the card first or …?", "is an MBA worth it?":
    // weighing options for the asker (LABELING.md rule 5), though they read like plain questions.
    [/\b(?:is it|would it be|isn'?t it) (?:better|smarter|wiser|cheaper|safer) to\b[^?.\n]{1,80}\bor\b|\b(?:really |actually |still |even )?worth it\b|\bis (?:it|an?|the|this|that|getting|buying|paying) [^?.\n]{0,50}\bworth (?:the (?:money|cost|price|extra)|paying|getting|buying|upgrading)\b|\bdoes it make (?:more )?sense to\b/, 2.6],
    // "Help me decide between a used Civic and a new Corolla", "…B pays $105k fully remote. Help me decide.": a choice
    // to weigh, with or without a question.
    [/\bhelp (me|us) (decide|choose|pick)(?: (between|whether|which)\b|\s*(?:[.!?]|$))/, 3],
    // "Rank these languages by how easy they are for a beginner": a judgement on each option ("by their population"
    // is a look-up, so only judgement words count).
    [/\b(rank|order)\b (these|the following|them|those)\b[^.\n]{0,60}\bby (how|their|its) (easy|hard|difficult|good|useful|important|valuable|fun|risky|effective|beginner-friendly|practical)\b/, 2.6],
    [/\b(compare|comparison|contrast|pros and cons|advantages and disadvantages|strengths and weaknesses|evaluate|assess|critique|analy[sz]e|analysis|swot|trade-?offs?|weigh|which is better|versus|vs\.?|review my|feedback on|implications of|root cause)\b/, 3],
  ],
  planning: [
    // "I plan to sell in three years" states an intention; "a plan to pay off my debt" asks for one.
    [/\b((?<!\b(?:i|we|you|they|he|she) )plan|itinerary|schedule|timeline|roadmap|routine|agenda|budget|meal plan|workout|training program|curriculum|study plan|strategy for|step-by-step plan|checklist|milestones|project plan|go-to-market)\b/, 2.6],
    [/\b(help me (organi[sz]e|prepare|plan)|how should i (plan|prepare|organi[sz]e)|\d+[- ](day|week|month)s?\b)/, 1.4],
    // "What's a good 3-day split for Mon/Wed/Fri?": a training split is a weekly routine to follow.
    [/\b(?:\d|one|two|three|four|five|six)[- ]day (?:split|full[- ]body|upper[- ]lower|push[- ]pull|program|programme|routine)\b|\b(?:push[- ]pull[- ]legs|ppl|upper[- ]lower|bro) split\b/, 2.6],
    // "I need to prepare for a job interview next week. help", "make a grocery list for a week of meals".
    [/\b((i need|i have|i want|need|have) to|help me|how (do|should|can) i) (prepare|get ready) for\b|\b(grocery|shopping|packing|to-?do) list\b/, 2.4],
  ],
  roleplay: [
    [/\b(act as|acting as|imagine you are|imagine you're|pretend (to be|you are|you're)|roleplay|role-play|role play|you are (now )?(a|an|my)|you will be (a|an|my)|i want you to act|play the (role|part) of|stay in character|impersonate|simulate (a|an))\b/, 2.8],
    [/\b(my first (request|sentence|question|command) is|respond as|reply as|in character|conversation with|i will (say|type|ask|write)|only (reply|respond) (as|with))\b/, 2.2],
  ],
};

const ALL_RULES = {} as Record<TaskType, readonly Rule[]>;
for (const t of TASK_TYPES) ALL_RULES[t] = [...RULES[t], ...MULTILINGUAL_RULES[t]];

/** Persona openers: when a concrete deliverable follows, the label is the deliverable's (DESIGN.md §3). */
const PERSONA = /\b(act as|acting as|you are (now )?(a|an|my)|i want you to act|pretend (to be|you are)|imagine you are)\b/;
const INTERACTIVE = /\b(my first (request|sentence|question|command)|stay in character|i will (say|type|ask|write|give)|reply (only )?as|respond (only )?as|conversation|interview me|chat with me|in character|simulate|roleplay|role-play|role play)\b/;

/** Signs that the prompt supplies its own text to work on (closed_qa, extraction, rewrite, summarization…). */
function suppliesText(raw: string, lower: string): boolean {
  if (/```|"""|<text>|<document>|^\s*(text|passage|article|context|input|email|review)\s*:/m.test(lower)) return true;
  if (/:\s*\n\s*\S[\s\S]{120,}/.test(raw)) return true;
  if (/"[^"\n]{80,}"/.test(raw)) return true;
  if (/\b(following|below|above|this) (text|passage|article|paragraph|email|document|excerpt|review|tweet|message|essay|story|report|transcript|sentence)\b/.test(lower) && raw.length > 160) return true;
  // A short ask, a blank line, then a paragraph of material.
  if (/^[^\n]{3,300}\n\s*\n[\s\S]{150,}/.test(raw)) return true;
  return raw.length > 700 && /\n\s*\n/.test(raw);
}

/** Sharpens the distribution: rule scores are small numbers, and a clear winner should read as confident. */
const TEMPERATURE = 0.6;

function softmax(raw: Record<TaskType, number>): Record<TaskType, number> {
  const max = Math.max(...TASK_TYPES.map((t) => raw[t]));
  const exp = TASK_TYPES.map((t) => Math.exp((raw[t] - max) / TEMPERATURE));
  const total = exp.reduce((a, b) => a + b, 0);
  const out = {} as Record<TaskType, number>;
  TASK_TYPES.forEach((t, i) => {
    out[t] = (exp[i] ?? 0) / total;
  });
  return out;
}

/** Raw scores per label (before softmax), exported for tests and for the engine's explanations. */
export function ruleScores(input: string): Record<TaskType, number> {
  // Leading blank lines would hide the ask (the first paragraph); the same prompt must score the same either way.
  const text = input.trimStart();
  const sample = text.length > HEAD_CHARS + TAIL_CHARS ? `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}` : text;
  const lower = sample.toLowerCase();
  const supplied = suppliesText(sample, lower);
  // The ask usually sits in the first line(s). With supplied material, keywords inside the material (an article
  // that mentions "summary", an email that says "plan") count for much less than keywords in the ask.
  const firstPara = lower.split(/\n\s*\n/)[0] ?? lower;
  const askLower = supplied ? firstPara.slice(0, 600) : lower.slice(0, 400);
  const rest = supplied ? lower.slice(askLower.length) : '';
  const raw = {} as Record<TaskType, number>;
  for (const t of TASK_TYPES) {
    let s = 0;
    for (const [re, w] of ALL_RULES[t]) {
      if (supplied) {
        if (re.test(askLower)) s += w * 1.35;
        else if (re.test(rest)) s += w * 0.45;
      } else {
        if (re.test(lower)) s += w;
        if (askLower.length < lower.length && re.test(askLower)) s += w * 0.35;
      }
    }
    raw[t] = s;
  }
  raw.open_qa += 0.6; // the prior: a prompt with no other signal is a plain question.

  if (supplied) {
    // A question over supplied text is closed_qa, not open_qa.
    if (/\?/.test(sample) || /\b(what|who|when|where|why|how|which)\b/.test(askLower)) raw.closed_qa += 1.8;
    raw.open_qa -= 1.2;
  } else {
    raw.closed_qa -= 1;
  }

  // A persona that only frames a concrete deliverable is not roleplay.
  if (PERSONA.test(lower)) {
    const interactive = INTERACTIVE.test(lower);
    const others = TASK_TYPES.filter((t) => t !== 'roleplay' && t !== 'open_qa').map((t) => raw[t]);
    const best = Math.max(...others);
    if (!interactive && best >= 2.4) raw.roleplay -= 2.2;
    else if (interactive) raw.roleplay += 1.5;
  }

  // Code fences with "explain/summarize" are still code questions when the ask is about the code.
  if (/```/.test(lower) && /\b(this|the|my) (code|function|script|snippet|query|program)\b/.test(lower)) raw.code += 1.5;
  // Word problems: numbers in the ask plus "how many/how much…" (a cheap stand-in for a costly regex).
  // Word problems put the question last, so (without supplied material) read the whole prompt here.
  const problem = supplied ? askLower : lower.slice(0, 1500);
  const askNumbers =
    (problem.match(/\b\d[\d,.]*\b/g)?.length ?? 0) +
    (problem.match(/\b(two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|half|twice|double|triple|dozen|third|quarter|fifth)\b/g)?.length ?? 0);
  // "How many Grammys has …" is a factual question; "how many … 3 quarters" is arithmetic.
  if (askNumbers >= 1 && /\b(how many|how much)\b/.test(problem)) raw.reasoning += 2;
  if (
    askNumbers >= 2 &&
    /\b(how many|how much|how long|how far|how old|what is the total)\b/.test(problem) &&
    /\b(each|per|total|left|altogether|remain\w*|half|twice|times|in all|costs?|spent|earns?|more|less|fewer|older|younger|faster|slower)\b/.test(problem)
  ) {
    raw.reasoning += 1.6;
  }
  // Word problems: many numbers plus a question is reasoning even without the word "calculate".
  // Supplied material (articles full of years) says nothing about the ask, so count numbers in the ask only then.
  const numbers = (supplied ? askLower.split(/\n\s*\n/)[0] ?? '' : lower).match(/\b\d+(\.\d+)?\b/g)?.length ?? 0;
  if (numbers >= 2 && /\?/.test(lower) && !/```/.test(lower) && raw.code < 2) raw.reasoning += Math.min(1.6, numbers * 0.35);
  // "How do I … in <tool>?" / "create … via ansible": a how-to about a developer tool asks for code or commands.
  if (DEV_TOOLS.test(askLower) && /\b(how (can|do|would|should) (i|we|you)|how to|way to|is there a way|create|implement|write|set ?up|install|configure|access|print|plot|deploy|use)\b/.test(askLower)) {
    raw.code += 1.5;
  }
  // "How do I … in css?", "difference between let and const in javascript": a how-to or comparison inside a programming
  // language is about code (LABELING.md rule 2). Only names that are not also everyday words (not java, rust, swift…).
  if (
    /\b(typescript|javascript|python|golang|kotlin|php|html|css|scss|node\.?js|sql|regex|div|useeffect|async\/await)\b|(?<!\w)(c\+\+|c#)(?!\w)/.test(askLower) &&
    /\b(how (can|do|would|should) (i|we|you)|how to|difference between|what('s| is) the difference|vs\.?|versus|why|best way to)\b/.test(askLower)
  ) {
    raw.code += 2;
  }
  // "Should we rewrite our Django monolith in Go or keep it?" weighs a rewrite of software; there is no text to rewrite.
  if (!supplied && /\bshould (i|we) (rewrite|re-write|port)\b[^?.\n]{1,80}\bor (keep|stay|stick|not|leave|refactor|just)\b/.test(askLower)) raw.rewrite -= 3.2;
  // Translation is a rewrite, even if it mentions a programming-ish word.
  if (/\btranslate\b/.test(askLower) && !/\b(code|function|program|script)\b/.test(askLower)) raw.rewrite += 1;
  // "Write a plan/schedule" is planning, not creative writing.
  if (raw.planning >= 2.6 && /\b(write|create|draft|make)\b[^.\n]{0,30}\b(plan|schedule|itinerary|routine|budget|roadmap)\b/.test(lower)) {
    raw.planning += 1.2;
  }
  return raw;
}

/** Complexity from length, number of parts, constraints and supplied context. */
export function complexityByRules(text: string): { complexity: Complexity; confidence: number } {
  const words = text.length > 200_000 ? text.length / 6 : (text.match(/\S+/g)?.length ?? 0);
  const sample = text.length > HEAD_CHARS + TAIL_CHARS ? text.slice(0, HEAD_CHARS) + text.slice(-TAIL_CHARS) : text;
  const lower = sample.toLowerCase();
  const listItems = sample.match(/^\s*(\d+[.)]|[-*•])\s+\S/gm)?.length ?? 0;
  const constraints =
    lower.match(/\b(must|should|do not|don't|never|always|at least|at most|no more than|exactly|only|make sure|ensure|without|avoid|limit|include|mention|keep it|under \d+|within|\d+ words)\b/g)?.length ?? 0;
  const sentences = sample.match(/[.!?](\s|$)/g)?.length ?? 0;
  const asks = sample.match(/[?]|(^|[.!]\s+)(also|then|and then|additionally|finally|next)\b/gim)?.length ?? 0;
  let points = 0;
  points += words > 400 ? 4 : words > 150 ? 2.5 : words > 60 ? 1.5 : words > 25 ? 0.7 : 0;
  points += Math.min(3, listItems * 0.5);
  points += Math.min(3, constraints * 0.6);
  points += Math.min(1.5, Math.max(0, sentences - 1) * 0.5);
  points += Math.min(2, Math.max(0, asks - 1) * 0.5);
  if (points >= 4.5) return { complexity: 'complex', confidence: Math.min(0.95, 0.6 + (points - 4.5) * 0.08) };
  if (points >= 1.6) {
    const mid = Math.min(points - 1.6, 4.5 - points);
    return { complexity: 'moderate', confidence: Math.min(0.9, 0.5 + mid * 0.15) };
  }
  return { complexity: 'simple', confidence: Math.min(0.95, 0.6 + (1.6 - points) * 0.2) };
}

/** Classify a prompt with keyword/pattern rules. Never throws; empty text is open_qa with low confidence. */
export function classifyByRules(text: string): Classification {
  const start = performance.now();
  const raw = ruleScores(text);
  const scores = softmax(raw);
  let intent: TaskType = 'open_qa';
  for (const t of TASK_TYPES) if (scores[t] > scores[intent]) intent = t;
  const { complexity, confidence: complexityConfidence } = complexityByRules(text);
  return {
    intent,
    confidence: scores[intent],
    complexity,
    complexityConfidence,
    scores,
    source: 'rules',
    modelVersion: RULES_MODEL_VERSION,
    ms: performance.now() - start,
    truncated: text.length > HEAD_CHARS + TAIL_CHARS,
  };
}
