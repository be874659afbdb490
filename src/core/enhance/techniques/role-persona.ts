// Role / expert persona: give the model a role that fits the task and domain.
import type { Technique, TechniqueContext } from '../types.ts';
import type { AnalysisKind } from './util.ts';
import { isWordList, isVisitTiming, isFoodLeftOut, isSideIncome, isIcebreakers, isContentIdeas, symptomsOf, isQuickMealIdeas, fictionIdeas, isJobMatch, unitConversion, isReadingOrder, isMeetingAgenda, isTitleRecs, isThawing, isLiteraryAnalysis, isPayNegotiation, isColdOutreach, isRepairRequest, isDatingBio, asksHumour, isLabResults, isTermsReview, sharedChores, isExerciseList, isComplaint, isLoveLetter, instructionsApp, isFreshnessCheck, isRoutine, isSalesCall, vocabList, appHowTo, analysisKind, codeMode, creativeKind, isApplicationEssay, isCarefulDomain, isCookFromWhatIHave, isChecklist, isDecisionAsk, isFactoid, isIdentifierName, isKidsActivities, isPetName, isQuizMaking, isProductPick, isShellOneLiner, isTipsAsk, isWellbeing, openQaKind, planKind, portLanguages, rewriteKind, sub, isCareerSwitch, isGrammarCheck, isInterviewerQuestions, TALK_COACH, namesSeveralLanguages, isProgrammingQuestion, isTriage, TRIAGE_COACH, isChildDevelopment, isShortPiece, isReviewReply, isSwot, isGuidedExercise, isSocialPost, isTopicSummary, isTopicComparison, isResumeBullet, RESUME_WRITER, practiceSkill, isDataReformat, isShoppingListFromText, isWeightGoal, inspectTarget, isKeywordIdeas, thingsToDoIn, isRecipeScaling, isMnemonic, isHealthEffect, isParentingProblem, isFoodKeeping, messageFromNotes, isCookingTime, isHabitChange, asksCarefulOptions, petToTrain, isTrivia, memorizeKind, isPetPoisoning, isChildBullied, isNeighbourProblem, isHomeRecipe, livingPick, onCar, isWorkTrouble, isBabyNames, isDoctorQuestions, isPairing, writingHowTo, isUsageQuestion, isTimeZoneMeeting, isEtiquette, isDateTalk, isPitch, cardKind, phraseMeaning, gameRules, isCharacterNames, isRhymeList, isDishIdeas, isScienceFair, onBike, isVocabStudy, choosesCare, easesPain, talkToChild, isPepTalk, isSkincare, asksResumeAdvice, isRetroActions, isWorkTitle, isUnwelcomeChange, isLeadDilemma, isSlowCode, isTimeConversion, isPeopleManagement, isCookingTimeline, isLifecycleEmail, verbForms, isPhrasings, isCandidateCompare, isCostBreakdown, isFundraisingAppeal, isRadioAd, isHomeChecklist, isSecondOpinion, isTalkingPoints, isHealthHandout, isTermination, askerTrade, isServiceCall, isShiftWork, isSponsorAsk, isPrivateLesson, lessonSubject, isDrinkRecipes, isHandoffChecklist, isDealCheck, isPricingMyWork, isCleaningChecklist, procedureChecklist, isLullaby, statedTrade, isLocalListingPost, isRehab, isSubLesson, tradeSyllabus, isWorkOrder, isAdvocacyLetter } from './util.ts';

/** The persona for each kind of analysis (see analysisKind); 'data' names the domain, so it is built where used. */
const ANALYSIS_ROLES: Partial<Record<AnalysisKind, string>> = {
  spending: 'You are a practical personal-finance coach who works from the figures given and suggests cuts people can live with.',
  drop: 'You are an experienced analyst who traces a change in a metric to its cause.',
  policy: 'You are an experienced customer-service manager who applies policies fairly and explains decisions clearly.',
  causes: 'You are an experienced consultant who finds the real causes of a problem and the practical fixes for them.',
  options: 'You are an experienced operations manager who turns a messy situation into a few clear options.',
  abtest: 'You are an experienced data analyst who runs A/B tests and knows how they mislead.',
  logic: 'You are a logician who teaches critical thinking and explains plainly why an argument does or does not hold.',
  feedback: 'You are an experienced customer-experience consultant who turns feedback into concrete, prioritised fixes.',
  themes: 'You are an experienced researcher who codes open-ended feedback carefully and reports what people actually said.',
};

/** A script for the screen or stage, not a podcast or a shell script. */
const SCREEN = /\b(screenplay|screenwriter|sitcom|sketch)\b|\b(movie|film|tv|show|episode|video|tiktok|reels?|youtube|commercial|stage|play) script\b|^\s*(?:an? )?(?:long |short )?script\b|\bscript (?:of|where|about|in which)\b/;
// Engineering subjects: a trade-off among them is judged by an engineer, whatever the product is for.
const TECH_TRADEOFF =
  /\b(?:server-side rendering|client-side rendering|static site generation|ssr|ssg|single-page apps?|microservices?|monoliths?|serverless|kubernetes|docker|databases?|nosql|sql|postgres(?:ql)?|mysql|mongodb|redis|graphql|rest(?:ful)? apis?|grpc|caching|cdns?|orms?|message queues?|kafka|event[- ]driven|programming languages?|web frameworks?|tech stack|cloud providers?|aws|gcp|azure)\b/;
const COOK = 'You are a practical home cook who turns what is already in the kitchen into good everyday meals.';
const PRODUCT_REVIEWER = 'You are an independent product reviewer who knows the current market and matches each pick to the buyer’s needs and budget.';

/** The field as a noun: "an expert in law", not "an expert in legal". */
const field = (domain: string): string => (domain === 'legal' ? 'law' : domain === 'pet care' ? 'animal health and care' : domain === 'career' ? 'careers' : domain);

const TITLE_CRITIC = 'You are a widely read critic who knows the genre well and recommends only titles that exist.';
const ORDER_GUIDE = 'You are a widely read critic who knows this body of work well and helps newcomers find the best way into it.';
const CAREER_COACH = 'You are an experienced career coach who knows how people really get hired in a new field and gives honest, practical advice.';
const HIRING_MANAGER = 'You are an experienced hiring manager who has interviewed many candidates for roles like this one.';
const INTERVIEW_COACH = 'You are an experienced career coach who knows what interviewers listen for.';
const LIST_PLANNER = 'You are a practical, well-organised planner who thinks of everything a list needs.';
/** The asker's own device ("my laptop fan is really loud"): a repair technician, not a general expert. */
const MY_DEVICE = /\bmy (?:laptop|computer|pc|desktop|macbook|imac|phone|iphone|android phone|smartphone|tablet|ipad|printer|monitor|tv|television|keyboard|mouse|headphones|earbuds|airpods|smartwatch|apple watch|game console|ps5|xbox)\b/;
// A loaf or a cake that came out wrong: the baker knows the dough, not just the recipe.
const BAKED = /\b(?:sourdough|bread|loaf|loaves|cakes?|cupcakes?|cookies|muffins|brownies|pastry|pie crust|croissants?|macarons?|baguettes?|focaccia|scones|biscuits)\b/;
const HOME_APPLIANCE = /\b(?:dishwasher|washing machine|washer|dryer|tumble dryer|fridge|refrigerator|freezer|oven|stove|microwave|water heater|boiler|furnace|air conditioner|ac unit|garbage disposal|ice maker)\b/;
const troubleshooter = (domain: string | null, lower: string): string =>
  domain === null && MY_DEVICE.test(lower.slice(0, 200))
    ? 'You are an experienced repair technician for computers, phones and other electronics who troubleshoots methodically.'
    : (domain === 'cooking' || domain === null) && BAKED.test(lower.slice(0, 200))
      ? 'You are an experienced baker who troubleshoots methodically.'
      : domain === null && HOME_APPLIANCE.test(lower.slice(0, 200))
        ? 'You are an experienced appliance repair technician who troubleshoots methodically and says when a job needs a professional.'
      : `You are ${domain ? `an expert in ${field(domain)}` : 'a knowledgeable expert'} who troubleshoots methodically.`;

/** Weighs a should-I choice for the asker: "rewrite our Django monolith in Go?" is an engineering call, whatever field the product is in. */
const MONEY = /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|usd|eur|gbp)\b|\b(?:rent|price|cost|fees?|cheaper|afford)\b/;
const adviser = (ctx: TechniqueContext, fieldOf: string | null): string => {
  // A lease-term choice names a landlord but is decided by money, not law (isCarefulDomain says which).
  const domain = fieldOf === 'legal' && !isCarefulDomain(ctx) ? (MONEY.test(ctx.lower) ? 'personal finance' : null) : fieldOf;
  return `You are ${ctx.features.codeLanguage || ctx.features.libraries.length > 0 ? 'an experienced software architect' : domain ? `an expert in ${field(domain)}` : 'an experienced adviser'} who weighs the options impartially for the asker’s situation.`;
};

const GUIDE_COACH = 'You are a calm, experienced coach who guides people through breathing and relaxation exercises.';

/** "My team knows JavaScript", "I only use Python": what the asker already has, said about themselves. */
// "Should I use launch vs async" is the question itself, so a bare "use" does not count.
const KNOWN_LANGUAGE =
  /\b(?:(?:my|our) (?:team|developers|devs|engineers)|we|i) (?:(?:already |mostly |only )?(?:knows?|(?:is|are|am) (?:familiar|comfortable|experienced) with)|(?:already|mostly|only) (?:uses?|writes?))\b/;

/** "Fractions to 4th graders" → "4th-grade", "my year 7 class" → "Year 7": who the lesson is for, as a teacher says it. */
function gradeTaught(lower: string): string | null {
  const g = /\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grade(?:rs?)?\b/.exec(lower.slice(0, 300))?.[1];
  if (g) return `${g}-grade`;
  const other = /\b(kindergarten|middle school|high school|year \d{1,2})\b/.exec(lower.slice(0, 300))?.[1];
  return other ? other.replace(/^year/, 'Year') : null;
}

/** The audience as a group: "a homeowner" → "homeowners", "a 5-year-old" → "5-year-olds". */
/** A message to the asker's own manager or colleagues, not to the people the trade serves. */
const TO_WORKPLACE = /\b(?:to|for) (?:my|our|the) (?:manager|boss|supervisor|charge nurse|director|coworkers?|co-workers?|colleagues?|team|staff|employer|hr)\b/;
/** The people a trade serves, as the request names them ("a patient who refuses X-rays" → patients). */
const servedBy = (ctx: TechniqueContext, otherwise = 'people'): string => {
  const who = /\b(patient|client|customer|famil(?:y|ies)|parent|tenant|student|owner|senior|member|resident|volunteer|couple|guest|candidate)s?\b/.exec(ctx.lower.slice(0, 300))?.[1];
  return !who ? otherwise : who.startsWith('famil') ? 'families' : `${who}s`;
};
const readers = (audience: string): string => audience.replace(/^an? /, '').replace(/(?<!s)$/, 's');

function persona(ctx: TechniqueContext): string {
  const f = ctx.features;
  const domain = f.domain;
  if (isGrammarCheck(ctx)) return 'You are an experienced editor and English teacher who explains grammar plainly.';
  if (isTriage(ctx)) return TRIAGE_COACH;
  if (isResumeBullet(ctx)) return RESUME_WRITER;
  const city = thingsToDoIn(ctx);
  if (city) return `You are a well-travelled local guide who knows ${city} well.`;
  if (isKeywordIdeas(ctx)) return 'You are an SEO specialist who chooses keywords by what searchers want and how likely they are to convert.';
  if (isParentingProblem(ctx)) return 'You are an experienced family coach and former paediatric nurse who gives calm, practical advice that works at home.';
  if (isTimeZoneMeeting(ctx) || isTimeConversion(ctx)) return 'You are an experienced executive assistant who schedules meetings across time zones.';
  if (isEtiquette(ctx)) return 'You are an etiquette expert who gives practical, modern advice without fuss.';
  if (isDateTalk(ctx)) return 'You are a dating coach who helps people have relaxed, genuine conversations.';
  if (isWorkTrouble(ctx)) return 'You are an experienced career coach who has helped many people handle difficult situations at work.';
  if (isLeadDilemma(ctx))
    return /\b(?:engineer\w*|developers?|devs?|product|sprints?|roadmap|tech lead|codebase|deploy\w*|backend|frontend|releases?|features?)\b/.test(ctx.lower.slice(0, 400))
      ? 'You are an experienced product and engineering leader who has handled conflicts like this many times.'
      : 'You are an experienced manager who has handled situations like this on a team many times.';
  if (isPeopleManagement(ctx)) return 'You are an experienced people manager and coach who has led teams through problems like this.';
  if (isBabyNames(ctx)) return 'You are a baby-name expert who knows names’ origins and meanings and how they wear over a lifetime.';
  if (isDoctorQuestions(ctx)) return 'You are an experienced physician who helps patients get the most out of a short appointment.';
  if (isPairing(ctx)) return 'You are an experienced sommelier who gives pairings people can find in an ordinary shop.';
  if (writingHowTo(ctx)) return 'You are an experienced writing teacher who shows what makes a piece work with examples.';
  if (phraseMeaning(ctx)) return 'You are a linguist and copy editor who explains what words and phrases mean and how they come across.';
  const game = gameRules(ctx);
  if (game) return `You are an experienced ${game} player and coach who teaches the game to beginners.`;
  if (isUsageQuestion(ctx)) return 'You are an experienced copy editor and English teacher who explains usage plainly.';
  if (isChildBullied(ctx)) return 'You are an experienced school counsellor who helps parents handle bullying calmly and effectively.';
  if (isNeighbourProblem(ctx)) return 'You are an experienced community mediator who settles disputes between neighbours without making them worse.';
  if (isHomeRecipe(ctx)) return 'You are an experienced home cook who gives methods and recipes that work the first time.';
  const living = livingPick(ctx);
  if (living) return living === 'plant' ? 'You are an experienced horticulturist who recommends plants that thrive in the conditions given.' : 'You are an experienced vet who knows breeds well and matches them to how people live.';
  const pet = petToTrain(ctx);
  if (pet) return `You are a certified ${pet === 'cat' ? 'cat behaviourist' : 'dog trainer'} who uses reward-based methods.`;
  if (isMnemonic(ctx)) return 'You are a memory coach who makes mnemonics that are vivid and easy to recall.';
  if (isWeightGoal(ctx)) return 'You are a registered dietitian who gives realistic, sustainable advice.';
  if (isExerciseList(ctx)) return 'You are a physiotherapist who gives safe, simple exercises people can do at home.';
  if (isGuidedExercise(ctx))
    return /\bstretch/.test(ctx.lower.slice(0, 300)) ? 'You are a physiotherapist who designs safe, simple stretching routines.' : GUIDE_COACH;
  if (isPetPoisoning(ctx)) return 'You are an experienced vet who gives clear first steps when a pet may have eaten something harmful.';
  if (isTrivia(ctx)) return 'You are an experienced quiz writer who writes fun, fair trivia with answers that can be checked.';
  if (isVocabStudy(ctx)) return 'You are an experienced language teacher who knows how memory works and what makes words stick.';
  if (memorizeKind(ctx) === 'talk') return 'You are an experienced public-speaking coach who helps people learn a talk well without sounding recited.';
  if (memorizeKind(ctx) === 'lines') return 'You are an experienced drama coach who helps people learn lines word for word.';
  // "As a welding instructor, make a safety quiz": the instructor's own trade sets what the questions test.
  if (isQuizMaking(ctx)) return `You are an experienced ${/\b(?:teacher|instructor|trainer|tutor|coach|professor)$/.test(statedTrade(ctx) ?? '') ? (statedTrade(ctx) ?? '') : 'teacher'} who writes fair, clear questions that test understanding rather than trivia.`;
  switch (ctx.taskType) {
    case 'code': {
      const lang = f.codeLanguage && f.codeLanguage !== 'HTML/CSS' ? `${f.codeLanguage} ` : f.codeLanguage === 'HTML/CSS' ? 'front-end ' : '';
      const mode = codeMode(ctx);
      if (mode === 'debug' && isSlowCode(ctx)) return `You are a senior ${lang}engineer who measures where the time goes before optimising anything.`;
      if (mode === 'debug') return `You are a senior ${lang}engineer who debugs methodically and fixes root causes rather than symptoms.`;
      // Choosing between two tools ("React Native or Flutter… my team knows JavaScript"): the language is context, not the expertise.
      if (mode === 'concept') return `You are a senior ${namesSeveralLanguages(ctx) || (f.options.length === 2 && KNOWN_LANGUAGE.test(ctx.lower)) ? '' : lang}software engineer and a clear teacher.`;
      if (mode === 'explain-code' && f.codeLanguage === 'spreadsheet formulas') return 'You are a spreadsheet expert who explains formulas in plain words.';
      if (mode === 'explain-code') return `You are a senior ${lang}engineer who explains code clearly, including how it can fail.`;
      if (mode === 'review') return `You are a senior ${lang}engineer doing a careful code review: you look for bugs, security issues and unclear code, and you explain each finding.`;
      if (codeMode(ctx) === 'tests-only') return `You are a senior ${lang}engineer who writes focused tests that catch real bugs.`;
      if (mode === 'orm') return 'You are a senior backend engineer who knows the ORM’s query API and the SQL it generates.';
      if (mode === 'port') {
        const langs = portLanguages(ctx);
        return `You are a senior engineer fluent in ${langs ? `${langs.from} and ${langs.to}` : 'both languages'} who ports code without changing what it does.`;
      }
      if (mode === 'convert') return 'You are a meticulous data engineer who converts data between formats without losing or altering a value.';
      if (codeMode(ctx) === 'regex') return 'You are a senior engineer who writes precise, readable regular expressions and tests them on edge cases.';
      if (mode === 'cron') return 'You are a senior DevOps engineer who writes cron schedules and knows how their syntax differs between schedulers.';
      if (mode === 'oneliner')
        return isShellOneLiner(ctx)
          ? `You are a senior ${lang}engineer who writes safe, well-quoted command lines and explains them.`
          : `You are a senior ${lang}engineer who writes concise, correct code and explains it.`;
      if (mode === 'refactor') return `You are a senior ${lang}engineer who makes code easier to read and change without changing what it does.`;
      if (mode === 'commit') return 'You are a senior software engineer who writes clear, conventional commit messages.';
      if (mode === 'testdata') return 'You are a senior test engineer who builds realistic, varied test data that is safe to share.';
      if (mode === 'jsonschema') return 'You are a senior engineer who writes precise, well-documented JSON Schemas.';
      if (mode === 'schema') return 'You are a senior database engineer who designs schemas that keep data consistent and the main queries fast.';
      if (mode === 'config') return 'You are a senior DevOps engineer who writes secure, reproducible infrastructure configuration.';
      if (codeMode(ctx) === 'setup') return 'You are a senior engineer who sets up development tools and environments and gives exact, reproducible steps.';
      if (f.codeLanguage === 'SQL') return 'You are a senior data engineer who writes correct, efficient and readable SQL.';
      if (f.codeLanguage === 'spreadsheet formulas') return 'You are a spreadsheet expert who writes robust, readable formulas.';
      return `You are a senior ${lang}software engineer who writes correct, readable, well-tested code.`;
    }
    case 'creative_writing': {
      const kind = creativeKind(ctx);
      if (isShortPiece(ctx)) return 'You are an experienced copywriter who writes sharp, memorable headlines.';
      if (isPepTalk(ctx)) return 'You are a warm, steady coach who knows how to settle nerves before a big moment.';
      if (isReviewReply(ctx)) return 'You are a customer-care lead who writes public replies to reviews that win back trust.';
      if (isUnwelcomeChange(ctx)) return 'You are an experienced manager and internal communicator who announces hard changes honestly and with respect.';
      const who: Record<string, string> = {
        poem: isLullaby(ctx) ? 'a songwriter who writes gentle lullabies parents can sing from memory' : 'an accomplished poet with a precise ear for rhythm and imagery',
        song: 'an experienced songwriter with a strong sense of rhythm and hooks',
        // "I'm a museum docent. Write a 3-minute talk…": a talk given as part of the work, by someone who gives them.
        speech: statedTrade(ctx) && /\btalk\b|\bpresentation\b|\btour\b/.test(ctx.lower.slice(0, 200)) ? `an experienced ${statedTrade(ctx) ?? ''} who gives short talks that hold a group’s attention` : 'an experienced speechwriter who writes lines that sound natural when spoken aloud',
        sitter: 'a practical household organiser who writes notes a sitter can follow at a glance',
        sysprompt: 'an expert prompt engineer who writes clear, robust system prompts for AI assistants',
        releasenotes: 'a technical writer who writes release notes people actually read',
        taskprompt: 'an expert prompt engineer who writes clear, reliable prompts that give consistent results on every input',
        instructions: instructionsApp(ctx) ? `a patient tech-support specialist who knows ${instructionsApp(ctx)} well and writes instructions anyone can follow` : 'a clear technical writer who writes instructions anyone can follow',
        reference: 'a skilled writer of specific, credible recommendations that hiring managers trust',
        feedback: /\bstudents?|pupils?\b/.test(ctx.lower.slice(0, 200)) ? 'an experienced teacher who writes feedback students can act on' : 'an experienced manager who gives feedback people can act on',
        alt: 'an accessibility specialist who writes concise, useful alt text',
        call: isSalesCall(ctx)
          ? 'an experienced sales coach who writes call scripts that sound like a real conversation'
          : isServiceCall(ctx)
          ? `an experienced ${statedTrade(ctx) ?? 'client-care lead'} who is known for calls that are clear, warm and respectful`
          : 'a practical consumer advocate who has coached many people through calls like this one',
        video: isRadioAd(ctx) ? 'an experienced radio copywriter who writes ads that stick after one hearing' : /\bpodcast\b/.test(ctx.lower.slice(0, 300)) ? 'an experienced podcast producer who writes scripts that sound natural and keep listeners' : 'an experienced video scriptwriter who hooks viewers in the first seconds',
        prd: 'a senior product manager who writes clear, testable requirements',
        rfc: 'a staff engineer who writes design documents that lead to a clear decision',
        bodycare: `an experienced ${statedTrade(ctx) ?? (/\btattoo/.test(ctx.lower.slice(0, 300)) ? 'tattoo artist' : /\bpierc/.test(ctx.lower.slice(0, 300)) ? 'piercer' : 'esthetician')} who writes aftercare instructions clients actually follow`,
        aftercare: /\b(?:dog|cat|puppy|kitten|pet|vet|veterinar\w*)\b/.test(ctx.lower.slice(0, 300)) ? 'an experienced veterinary nurse who writes discharge instructions owners can follow at home' : 'an experienced nurse who writes discharge instructions patients can follow at home',
        handout: statedTrade(ctx) ? `an experienced ${statedTrade(ctx) ?? ''} who writes clear one-page handouts ${servedBy(ctx)} actually read` : isHealthHandout(ctx) ? 'an experienced health educator who writes clear, honest handouts people actually read' : 'an experienced writer of clear one-page handouts people actually read',
        ceremony: 'an experienced wedding officiant who writes warm, personal ceremonies',
        injury: `an experienced ${statedTrade(ctx) ?? 'safety and compliance lead'} who keeps clear, factual incident records`,
        devotional: `an experienced ${statedTrade(ctx) ?? 'pastor'} who gives short talks people remember`,
        clause: 'a contracts lawyer who drafts plain-language clauses for small businesses',
        salead: `an experienced ${statedTrade(ctx) ?? 'estate sale organizer'} who writes listings that bring a crowd on the first morning`,
        obituary: `an experienced ${statedTrade(ctx) ?? 'obituary writer'} who writes warm, accurate obituaries families are proud of`,
        violation: 'an experienced property manager who writes firm, fair notices that hold up as a record',
        counsel: `an experienced ${statedTrade(ctx) ?? 'health educator'} who counsels ${servedBy(ctx)} clearly and checks they understood`,
        convo: statedTrade(ctx)
          ? `an experienced ${statedTrade(ctx) ?? ''} who has had this conversation many times and says hard things clearly and kindly`
          : 'an experienced communication coach who helps people prepare for hard conversations',
        shotlist: `an experienced ${statedTrade(ctx) ?? (/\b(?:video|film)\w*/.test(ctx.lower.slice(0, 300)) ? 'videographer' : /\b(?:wedding|elopement)\b/.test(ctx.lower.slice(0, 300)) ? 'wedding photographer' : 'photographer')} who never misses the shots that matter`,
        sign: `an experienced ${statedTrade(ctx) ?? 'signage writer'} who writes signs people read and follow`,
        rules: `an experienced ${statedTrade(ctx) ?? 'group leader'} who writes short, clear rules people actually follow`,
        classnews: 'an experienced teacher who writes warm, clear newsletters parents actually read',
        notice: /\b(?:tenants?|residents?|apartments?|units?|building|condo|hoa|landlord|property)\b/.test(ctx.lower.slice(0, 300)) ? 'an experienced property manager who writes notices residents actually read' : 'an experienced operations manager who writes clear notices people actually read',
        listing: 'an experienced real estate copywriter who writes accurate listings that get showings',
        clientpolicy: `an experienced ${statedTrade(ctx) ?? 'small-business owner'} who writes clear, friendly policies ${servedBy(ctx, 'clients')} accept`,
        policy: /\b(?:league|team|club|players|coach(?:es)?|tournament|sports?)\b/.test(ctx.lower.slice(0, 300))
          ? 'an experienced youth sports administrator who writes fair, clear rules that families follow'
          : 'an experienced HR and operations lead who writes clear, fair policies people can follow',
        postmortem: 'an experienced site reliability engineer who writes blameless postmortems that lead to real fixes',
        gamerules: 'an experienced game designer who writes party games people can learn in two minutes',
        status: 'an experienced project lead who writes short, candid status updates that managers can act on',
        jobad: 'an experienced recruiter who writes clear, honest job descriptions that attract the right candidates',
        stories: 'a senior product manager who writes small, testable user stories',
        recipe: 'an experienced recipe developer who writes recipes that work the first time',
        outline: 'an experienced writing teacher who helps writers plan a piece before they draft it',
        proposal: /\b(?:grant|funding)\b/.test(ctx.lower.slice(0, 300))
          ? 'an experienced grant writer who writes proposals funders can approve'
          : /\b(?:features?|product|app|tool|platform|software|users?|customers?)\b/.test(ctx.lower.slice(0, 300))
            ? 'an experienced product lead who writes concise proposals that decision-makers can approve'
            : 'an experienced operations lead who writes concise proposals that decision-makers can approve',
        rubric: 'an experienced teacher who writes clear, fair assessment rubrics',
        subject: 'an email marketer who writes subject lines people open because they say what is inside',
        headline: 'a personal-branding writer who knows how recruiters search profiles',
        copy: `a senior ${domain === 'SEO' ? 'SEO ' : ''}copywriter who writes persuasive, concrete copy`,
        post: isLocalListingPost(ctx) ? 'a local-business marketer who writes Google posts that bring in calls' : 'a social media writer whose posts sound like a real person, not a press release',
        article: `an experienced ${domain ? `${domain} ` : ''}writer who writes clear, engaging prose`,
        message: isLoveLetter(ctx)
          ? 'a warm, skilled writer of heartfelt personal letters'
          : isAdvocacyLetter(ctx)
            ? 'an experienced advocacy writer who helps constituents write letters that legislators’ offices read and answer'
          : isSponsorAsk(ctx)
            ? 'an experienced nonprofit development director who writes sponsorship requests local businesses say yes to'
          : isFundraisingAppeal(ctx)
            ? 'an experienced nonprofit fundraising writer whose appeals move donors to give'
          : isLifecycleEmail(ctx)
            ? 'a lifecycle marketing writer whose product emails get people to take the next step'
          : isColdOutreach(ctx)
            ? 'an experienced sales writer whose cold emails get replies because they are short and about the reader'
          : isRepairRequest(ctx)
            ? 'an experienced tenant advocate who writes polite, firm requests that get repairs done'
          : isComplaint(ctx)
            ? 'an experienced consumer advocate who writes firm, effective complaints'
          : askerTrade(ctx) && !TO_WORKPLACE.test(ctx.lower.slice(0, 300))
            ? `an experienced ${askerTrade(ctx) ?? ''} who writes clear, friendly messages ${servedBy(ctx, 'clients')} trust`
            : 'a skilled writer of clear, well-judged correspondence',
        bio: 'a copywriter who writes warm, credible bios that sound like the person',
        story: 'an award-winning fiction writer',
        talk: TALK_COACH,
        humor: 'a comedy writer with sharp timing',
      };
      if (kind === 'speech' && isPitch(ctx)) return 'You are an experienced pitch coach who helps founders explain an idea in plain, memorable words.';
      if (kind === 'message' && cardKind(ctx) === 'sympathy') return 'You are a warm, tactful writer who knows what to say when someone is grieving.';
      if (kind === 'story' && SCREEN.test(ctx.lower.slice(0, 400)) && !/\bnot (?:a |in )?(?:screenplay|script)\b/.test(ctx.lower.slice(0, 400))) return 'You are an experienced screenwriter who writes tight, visual scenes.';
      // An application essay is the applicant's own story: a coach draws it out, a genre writer would invent one.
      if (isApplicationEssay(ctx))
        return 'You are an experienced admissions-essay coach who helps applicants tell their own story in their own voice.';
      // "I'm a pediatric dentist. Write a non-scary explanation of a filling for a 5-year-old": the trade, explaining.
      const trade = kind ? null : askerTrade(ctx);
      if (trade && f.audience) return `You are an experienced ${trade} who explains things to ${readers(f.audience)} in words they understand.`;
      return `You are ${(kind && who[kind]) || 'a skilled writer'}.`;
    }
    case 'analysis':
      if (isCandidateCompare(ctx)) return 'You are an experienced hiring manager who compares candidates fairly against what the role needs.';
      if (isCostBreakdown(ctx)) return 'You are a practical analyst who builds realistic cost estimates from their parts.';
      if (isLiteraryAnalysis(ctx)) return 'You are a literature professor who reads closely and explains clearly.';
      if (isTermsReview(ctx)) return 'You are an experienced contracts lawyer who explains terms in plain words.';
      if (isDecisionAsk(ctx)) return adviser(ctx, domain);
      // "Review my cover letter for the Data Analyst position": judged by the recruiter who reads it, not a data scientist.
      if (sub(ctx, 'critique') && !sub(ctx, 'decide', 'pros-cons') && /\b(?:cover letter|resume|résumé|cv|linkedin profile|personal statement)\b/.test(ctx.lower.slice(0, 200)))
        return 'You are an experienced recruiter and application reviewer who gives candid, specific, actionable feedback.';
      if (sub(ctx, 'critique') && !sub(ctx, 'decide', 'pros-cons')) return `You are an experienced ${domain ? `${domain} ` : ''}reviewer who gives candid, specific, actionable feedback.`;
      // Figures to read ("monthly signups: Jan 420, …"): numbers first, trade-offs are beside the point.
      if (isSwot(ctx)) return `You are an experienced ${domain ? `${domain.replace(/ strategy$/, '')} ` : ''}strategy consultant who grounds every point in the specifics of the situation.`;
      {
        const kind = analysisKind(ctx);
        const role = kind ? ANALYSIS_ROLES[kind] : undefined;
        if (role) return role;
      }
      if (analysisKind(ctx) === 'data') return `You are an experienced ${domain ? `${domain.replace(/ strategy$/, '')} ` : ''}data analyst who reads figures carefully and separates what they show from what might explain it.`;
      // "Tradeoffs between server-side rendering and static generation for a marketing site": an engineering choice,
      // whatever the site is for.
      // Which language to learn for a career is a career question, though it names languages.
      if (
        (f.codeLanguage || f.libraries.length > 0 || TECH_TRADEOFF.test(ctx.lower.slice(0, 300))) &&
        (sub(ctx, 'compare', 'pros-cons') || /\btrade-?offs?\b|\bstacks? up\b/.test(ctx.lower.slice(0, 300))) &&
        !/\b(?:learn|learning|career|job offers?|first language|beginners?)\b/.test(ctx.lower.slice(0, 300))
      )
        return 'You are a senior software engineer who weighs technical trade-offs from production experience, impartially.';
      // "I'm an insurance agent. Which of these drivers is the higher risk…": judged from inside the trade.
      if (statedTrade(ctx)) return `You are an experienced ${statedTrade(ctx) ?? ''} who weighs the factors that matter in practice, impartially.`;
      return `You are an experienced ${domain ? `${domain} ` : ''}analyst who weighs evidence and trade-offs impartially.`;
    case 'planning': {
      const kind = planKind(ctx);
      const who: Record<string, string> = {
        itinerary: 'an experienced travel planner who knows how to pace a trip realistically',
        childtraining: 'an experienced family coach and former paediatric nurse who gives calm, practical advice that works at home',
        newjob: 'an experienced executive coach who has helped many people through their first months in a new role',
        workout: isRehab(ctx) ? `an experienced ${statedTrade(ctx) ?? 'physical therapist'} who writes home exercise programs patients can follow safely` : easesPain(ctx) ? 'a physiotherapist who designs gentle, safe exercise for everyday aches' : 'a certified fitness coach who designs safe, progressive programs',
        meals: 'a registered dietitian and practical home cook',
        budget: 'a practical personal-finance planner',
        study: 'an experienced study coach',
        project: 'a seasoned project manager',
        stations: /\bvolunteers?\b/.test(ctx.lower.slice(0, 300))
          ? 'an experienced volunteer coordinator who runs shifts where everyone has something useful to do'
          : `an experienced ${statedTrade(ctx) ?? 'shift supervisor'} who builds rotations that keep every post covered`,
        rota: 'an experienced operations manager who builds staff rotas people accept as fair',
        scheme: 'a small-business marketing consultant who designs loyalty and referral schemes that pay for themselves',
        checklist: /\b(?:app store|play store|mobile apps?|ios apps?|android apps?)\b/.test(ctx.lower.slice(0, 200))
          ? 'an experienced mobile developer who has taken many apps through App Store and Play Store review'
          : isCleaningChecklist(ctx)
            ? `an experienced ${/\b(?:dental|medical|clinic|surgery|practice|veterinary|vet|lab|hospital|daycare|nursery|kitchen|restaurant|food)\b/.test(ctx.lower.slice(0, 200)) ? 'infection-control and cleaning supervisor' : 'facilities supervisor'} who writes cleaning checklists staff can follow`
          : isHandoffChecklist(ctx)
            ? `an experienced ${/\b(?:kitchen|restaurant|cafe|bar|diner)\b/.test(ctx.lower.slice(0, 200)) ? 'kitchen manager' : /\b(?:ward|unit|nurs\w*|icu|patients?|clinic|hospital)\b/.test(ctx.lower.slice(0, 200)) ? 'charge nurse' : 'shift supervisor'} who runs handovers where nothing falls through the cracks`
          : procedureChecklist(ctx)
            ? `an experienced ${procedureChecklist(ctx) ?? ''} who does this by the book every time and knows which steps get missed`
          : `an experienced ${domain ? `${domain} practitioner` : isHomeChecklist(ctx) ? 'homeowner' : 'project lead'} who has done this many times and knows what gets forgotten`,
        toolswitch: 'an operations lead who has moved teams between work tools without losing their history or their goodwill',
        migration: 'a senior software engineer who has run migrations like this in production without losing data',
        schedule: isMeetingAgenda(ctx) ? 'an experienced facilitator who runs focused, useful meetings' : isShiftWork(ctx) ? 'a sleep and nutrition specialist who works with night-shift nurses and other shift workers' : 'an expert in time management and realistic scheduling',
        event: isCookingTimeline(ctx) ? 'an experienced home cook who has cooked many holiday dinners for a crowd in a small kitchen' : 'an experienced event planner who thinks of the details guests notice',
        program: tradeSyllabus(ctx) ? `an experienced ${tradeSyllabus(ctx) ?? ''} who has taken many students to this milestone safely` : 'an experienced facilitator and learning designer',
        onboarding: 'an experienced team lead who has onboarded many new hires and knows what makes the first weeks work',
        pip: 'an experienced HR manager who writes fair, specific performance improvement plans that hold up to review',
        leaving: 'an experienced manager and career coach who has helped many people leave a job well',
        practice: /\b(?:kids|youth|\d{1,2}[- ]year[- ]olds|u-?\d{1,2}s?|under[- ]\d{1,2}s?|children)\b/.test(ctx.lower.slice(0, 300)) ? 'an experienced youth coach who runs practices where every child is active and learning' : 'an experienced coach who plans focused, efficient practices',
        lesson: isPrivateLesson(ctx)
          ? `an experienced ${lessonSubject(ctx) ?? 'private'} teacher who makes ${/\b(?:\d|five|six|seven|eight)[- ]year[- ]old|child|kid|son|daughter\b/.test(ctx.lower.slice(0, 300)) ? 'first lessons fun for young beginners' : 'every lesson count for beginners'}`
          : isSubLesson(ctx)
            ? `an experienced substitute teacher who can run a useful ${gradeTaught(ctx.lower) ?? 'class'} class with no plans left behind`
          : `an experienced ${gradeTaught(ctx.lower) ?? 'classroom'} teacher who plans lessons that keep every student working`,
        strategy: 'a seasoned strategy consultant who turns goals into measurable plans',
        process: 'an operations expert who designs clear, repeatable workflows',
        talk: TALK_COACH,
        chores: sharedChores(ctx) ? 'an organised household manager who splits chores fairly and keeps a home running smoothly' : 'an organised household manager who keeps a home running smoothly',
        interview: 'an experienced career coach who knows what interviewers listen for',
        guide: 'an experienced teacher and exam coach who writes study guides students actually revise from',
        negotiation: 'an experienced negotiation coach who has prepared many people for pay and offer conversations',
        content: 'a social media manager who plans content people actually engage with',
      };
      if (kind === null && isChecklist(ctx)) return LIST_PLANNER;
      if (isSkincare(ctx)) return 'You are a dermatologist who keeps skincare simple and evidence-based.';
      if (isRoutine(ctx)) return 'You are a practical, warm coach who builds simple routines people actually keep.';
      return `You are ${(kind && who[kind]) || `an experienced ${domain ? `${domain} ` : ''}planner`}.`;
    }
    case 'open_qa': {
      if (isReadingOrder(ctx)) return ORDER_GUIDE;
      if (isPricingMyWork(ctx)) return 'You are an experienced small-business adviser who helps makers and freelancers price their work so it pays.';
      if (isDealCheck(ctx)) return `You are an independent ${/\b(?:miles|mileage|car|truck|suv|dealer)\b/.test(ctx.lower.slice(0, 200)) ? 'car-buying adviser who knows used-car prices and dealer tactics' : 'buying adviser who knows what things really sell for'}.`;
      if (isTermination(ctx)) return 'You are an experienced HR manager who has run many termination meetings fairly, legally and with respect.';
      if (isSecondOpinion(ctx)) return 'You are an experienced, honest tradesperson who explains repairs and quotes plainly to customers.';
      if (isTitleRecs(ctx)) return TITLE_CRITIC;
      if (isJobMatch(ctx)) return RESUME_WRITER;
      if (isProductPick(ctx)) return PRODUCT_REVIEWER;
      if (isCookFromWhatIHave(ctx)) return COOK;
      if (isChecklist(ctx)) return LIST_PLANNER;
      const purchase = inspectTarget(ctx);
      if (purchase && choosesCare(ctx)) return 'You are an experienced, independent adviser who helps families choose care they can trust.';
      if (purchase) return `You are an experienced, independent adviser who helps people avoid costly mistakes when ${purchase}.`;
      // "My client with dementia keeps asking for her husband who died": validation, not correction, is the skill.
      if (/\b(?:dementia|alzheimer'?s)\b/.test(ctx.lower.slice(0, 300))) return 'You are an experienced dementia-care specialist who coaches families and caregivers with kindness and current best practice.';
      const skill = practiceSkill(ctx);
      if (skill) return `You are an experienced ${skill} teacher who ${/\b(?:adult|grown-?up|in my \d0s|at \d\d)\b/.test(ctx.lower) ? 'works with adult learners' : 'builds practice habits that last'}.`;
      // "My tomato plants have spots on the leaves and they are curling": a fault told is a question about it.
      if (!f.isQuestion && openQaKind(ctx) !== 'list' && openQaKind(ctx) !== 'diagnose' && !isParentingProblem(ctx)) return isDecisionAsk(ctx) ? adviser(ctx, domain) : '';
      if (f.listNoun === 'questions' && /\binterview/.test(ctx.lower))
        return isInterviewerQuestions(ctx) ? HIRING_MANAGER : INTERVIEW_COACH;
      if (isWellbeing(ctx)) return 'You are a practical, warm coach who gives realistic, specific advice.';
      if (isPayNegotiation(ctx)) return 'You are an experienced negotiation coach who has helped many people negotiate their pay.';
      if (talkToChild(ctx) === 'hard') return 'You are a child psychologist who helps parents and teachers talk with children about hard things.';
      if (talkToChild(ctx)) return 'You are an experienced teacher who explains things to children simply and accurately.';
      // A trade's own conversation with the people it serves is coached by someone senior in that trade.
      if (openQaKind(ctx) === 'approach' && askerTrade(ctx)) return `You are a senior ${askerTrade(ctx) ?? ''} who has had this conversation with many ${servedBy(ctx)} and knows what works.`;
      if (openQaKind(ctx) === 'approach') return 'You are a tactful, practical communication coach.';
      if (isCareerSwitch(ctx)) return CAREER_COACH;
      // "How do I make my resume stand out with no experience?": the reader who screens it knows.
      if (asksResumeAdvice(ctx)) return RESUME_WRITER;
      if (isDecisionAsk(ctx)) return adviser(ctx, domain);
      if (openQaKind(ctx) === 'diagnose') return isProgrammingQuestion(ctx) ? 'You are a senior software engineer who troubleshoots methodically.' : troubleshooter(domain, ctx.lower);
      if (isProgrammingQuestion(ctx) && domain === 'security') return 'You are a senior application security engineer and a clear teacher.';
      if (isProgrammingQuestion(ctx)) return `You are a senior ${f.codeLanguage && f.codeLanguage !== 'HTML/CSS' && !namesSeveralLanguages(ctx) ? `${f.codeLanguage} ` : ''}software engineer and a clear teacher.`;
      if (asksCarefulOptions(ctx)) return 'You are an experienced legal adviser who lays out realistic options clearly.';
      if (isHabitChange(ctx)) return /\bsleep\b|\basleep\b/.test(ctx.lower.slice(0, 300)) ? 'You are a sleep specialist who gives proven, practical advice.' : 'You are a behaviour-change coach who gives proven, practical strategies.';
      if (symptomsOf(ctx)) return ctx.features.domain === 'pet care' ? 'You are an experienced vet who explains animal health plainly to owners.' : 'You are an experienced family doctor who explains health matters plainly.';
      if (isLabResults(ctx)) return 'You are a physician who explains lab results to patients in plain words.';
      if (isHealthEffect(ctx)) return 'You are a physician who explains what the research evidence says in plain words.';
      if (isChildDevelopment(ctx)) return 'You are an experienced paediatric nurse who explains child development plainly and reassuringly.';
      // Breast milk is stored by the rules for infant feeding, which are stricter than a kitchen's.
      if ((isThawing(ctx) || isFoodKeeping(ctx) || isFreshnessCheck(ctx)) && ctx.features.domain === 'infant care')
        return 'You are an experienced lactation consultant who knows the current guidance on storing and handling breast milk.';
      if (isThawing(ctx)) return 'You are an experienced chef who knows how to keep food fresh and safe at home.';
      if (isVisitTiming(ctx)) return 'You are an experienced travel planner who knows how the seasons change a trip.';
      if (isFoodLeftOut(ctx)) return 'You are a food-safety specialist who gives plain, practical answers.';
      if (isCookingTime(ctx)) return 'You are an experienced chef who gives reliable times and temperatures for home cooking.';
      if (isFoodKeeping(ctx) || isFreshnessCheck(ctx)) return 'You are an experienced chef who knows how to keep food fresh and safe at home.';
      if (openQaKind(ctx) === 'app') return `You are a patient tech-support specialist who knows ${appHowTo(ctx) ?? 'the app'} well and gives exact, click-by-click instructions.`;
      if (openQaKind(ctx) === 'process') return `You are an experienced ${/\b(?:llc|business|company|corporation|nonprofit|sole proprietorship|s-corp|ein|trademark|patent)\b/.test(ctx.lower.slice(0, 200)) ? 'small-business adviser' : 'adviser'} who has walked many people through this process.`;
      if (openQaKind(ctx) === 'mishap') return `You are ${domain ? `an expert in ${field(domain)}` : 'a practical expert'} who stays calm and knows what to do when things go wrong.`;
      if (openQaKind(ctx) === 'steps') return `You are ${onCar(ctx) ? 'an experienced mechanic' : onBike(ctx) ? 'an experienced bike mechanic' : domain ? `an expert in ${field(domain)}` : 'a practical expert'} who gives tested, step-by-step instructions.`;
      const trade = askerTrade(ctx);
      if (trade)
        return f.audience
          ? `You are an experienced ${trade} who explains the work to ${readers(f.audience)} in plain words.`
          : trade.endsWith(' owner')
            ? `You are an experienced ${trade} who has handled this many times and gives practical, professional advice.`
            : `You are a senior ${trade} who mentors newer colleagues and gives practical, professional advice.`;
      return `You are ${domain ? `an expert in ${field(domain)}` : 'a knowledgeable expert'} and a clear teacher.`;
    }
    case 'brainstorming':
      if (isDrinkRecipes(ctx)) return `You are an experienced bar manager who creates ${/\bmocktails?\b|\bnon-?alcoholic\b|\bzero-?proof\b/.test(ctx.lower.slice(0, 200)) ? 'zero-proof drinks that look and taste as special as cocktails' : 'drinks that look and taste special and are quick to make'}.`;
      if (isScienceFair(ctx)) return 'You are an experienced science teacher who has judged many school science fairs.';
      if (verbForms(ctx) !== null) return 'You are an experienced language teacher who knows which verbs learners need first.';
      if (isTalkingPoints(ctx)) return 'You are an experienced negotiation coach who has helped many people make a request and get a yes.';
      if (isPhrasings(ctx)) return 'You are an experienced communication coach who knows what lands well in a real conversation.';
      if (isDishIdeas(ctx)) return 'You are an experienced home cook who plans dishes for gatherings and knows what can be made ahead.';
      if (isQuickMealIdeas(ctx)) return 'You are a registered dietitian and practical home cook.';
      if (fictionIdeas(ctx)) return 'You are an experienced novelist and story editor who knows what makes an idea work on the page.';
      if (isReadingOrder(ctx)) return ORDER_GUIDE;
      if (isTitleRecs(ctx)) return TITLE_CRITIC;
      // "A good way to tell my landlord…": words for a conversation, as the open question gets them.
      if (sub(ctx, 'approach')) return 'You are a tactful, practical communication coach.';
      if (isCareerSwitch(ctx)) return CAREER_COACH;
      if (isIdentifierName(ctx)) return 'You are a senior software engineer who chooses names that make code read clearly.';
      if (isPetName(ctx)) return 'You are a friendly pet expert with a knack for names that suit an animal’s looks and character.';
      if (isInterviewerQuestions(ctx)) return HIRING_MANAGER;
      if (isSideIncome(ctx)) return 'You are a practical career adviser who knows realistic ways to earn extra income.';
      if (isIcebreakers(ctx)) return 'You are an experienced facilitator who gets groups talking comfortably.';
      if (vocabList(ctx)) return /\b(?:sat|act|gre|gmat|ielts|toefl|gcse|exam|test)\b/.test(ctx.lower.slice(0, 300)) ? 'You are an experienced test-prep tutor who knows which words come up in the exam.' : 'You are an experienced language teacher who picks words learners will actually meet.';
      if (ctx.features.listNoun === 'questions' && /\binterview/.test(ctx.lower)) return INTERVIEW_COACH;
      if (ctx.features.listNoun === 'questions' && /\b(?:first date|a date|on dates|dating)\b/.test(ctx.lower.slice(0, 200))) return 'You are a dating coach who helps people have relaxed, genuine conversations.';
      // "What questions can I ask my new manager in our first one on one": a conversation at work, not a pitch.
      if (ctx.features.listNoun === 'questions' && /\b(?:my (?:new )?(?:manager|boss|mentor|skip[- ]level(?: manager)?)|one[- ]on[- ]ones?|1[:-]1s?)\b/.test(ctx.lower.slice(0, 200))) return 'You are an experienced career coach who helps people get the most from conversations at work.';
      if (isRhymeList(ctx)) return 'You are a songwriter and poet with a precise ear for rhyme.';
      if (isWordList(ctx)) return 'You are a skilled writer with a wide, precise vocabulary.';
      if (isCharacterNames(ctx)) return 'You are a novelist with an ear for names that suit a character or a place and the world around it.';
      if (isWorkTitle(ctx)) return 'You are an experienced editor who writes titles that say exactly what a work is about and still make people want to read it.';
      if (sub(ctx, 'names')) return 'You are an experienced naming specialist who creates memorable names that are easy to say and spell.';
      if (isWellbeing(ctx)) return 'You are a practical, warm coach who gives realistic, specific advice.';
      if (isChecklist(ctx)) return LIST_PLANNER;
      if (sub(ctx, 'diagnose') && f.isQuestion) return troubleshooter(domain, ctx.lower);
      if (isProductPick(ctx)) return PRODUCT_REVIEWER;
      if (isCookFromWhatIHave(ctx)) return COOK;
      if (isContentIdeas(ctx)) return 'You are a content strategist who plans pieces that people search for and share, and that a small team can actually produce.';
      // "Gift ideas for my dad who likes fishing and history": his interests are not the adviser's field.
      if (/\b(gifts?|presents? for|stocking stuffers?)\b/.test(ctx.lower)) return 'You are a thoughtful gift adviser who matches each idea to the person it is for.';
      if (isKidsActivities(ctx)) return 'You are an experienced play leader who knows what keeps children of different ages busy, happy and learning.';
      if (isTipsAsk(ctx)) return `You are ${domain ? `an expert in ${field(domain)}` : 'a practical expert'} who gives proven, down-to-earth advice.`;
      // Options for a legal or health problem call for an adviser, not a creative.
      if (isCarefulDomain(ctx)) return `You are an experienced ${domain === 'legal' ? 'legal' : domain === 'pet care' ? 'veterinary' : 'health'} adviser who lays out realistic options clearly.`;
      // "I'm a real estate agent. Write 5 questions to ask buyers": ideas for the asker's own work come from that trade.
      if (askerTrade(ctx)) return `You are an experienced ${askerTrade(ctx) ?? ''} who knows what works in practice.`;
      // "Ideas for my dog's birthday" needs no pet-care strategist.
      return `You are a creative ${domain && domain !== 'pet care' ? `${domain.replace(/ strategy$/, '')} ` : ''}strategist who generates varied, practical ideas.`;
    case 'rewrite':
      if (sub(ctx, 'translate')) return `You are a professional translator${f.languageNamed ? ` into ${f.languageNamed}` : ''} who renders meaning and tone, not just words.`;
      if (rewriteKind(ctx) === 'expand') return 'You are an experienced writer who develops short drafts into full, natural prose without inventing facts.';
      if (rewriteKind(ctx) === 'transform') return 'You are a meticulous copy editor who makes exactly the change asked for and nothing else.';
      if (isShoppingListFromText(ctx)) return 'You are an organised home cook who turns recipes into clear shopping lists.';
      if (isRecipeScaling(ctx)) return 'You are an experienced recipe developer who scales recipes accurately.';
      if (unitConversion(ctx)?.recipe) return 'You are an experienced recipe developer who converts recipes between measuring systems accurately.';
      if (isDataReformat(ctx)) return 'You are a careful data specialist who moves data between formats without changing a value.';
      if (messageFromNotes(ctx)) return 'You are a skilled writer of clear, well-judged messages who turns notes into them without adding facts.';
      if (isSocialPost(ctx)) return 'You are a social media writer who turns notes into posts that sound like a real person, without adding facts.';
      if (isDatingBio(ctx)) return 'You are a witty dating-profile writer who makes people sound like themselves at their best.';
      if (asksHumour(ctx)) return 'You are a comedy writer who makes text funny without changing what it says.';
      if (isWorkOrder(ctx)) return 'You are an experienced maintenance coordinator who writes work orders a technician can act on without calling back.';
      return 'You are a meticulous editor who improves text without changing its meaning.';
    case 'summarization':
      // With no source, the summary comes from what the writer knows: a subject expert, not an editor.
      if (isTopicSummary(ctx))
        return `You are ${f.codeLanguage === 'SQL' ? 'an experienced database engineer' : f.codeLanguage || f.libraries.length > 0 ? 'a senior software engineer' : domain ? `an expert in ${field(domain)}` : 'a knowledgeable expert'} who ${isTopicComparison(ctx) ? 'compares subjects' : 'sums up a subject'} clearly and fairly.`;
      if (isRetroActions(ctx)) return 'You are an experienced agile coach who turns retrospective notes into actions a team will actually carry out.';
      // "I'm a paralegal. Summarize this deposition…": summarized for the trade's own file, by that trade.
      if (statedTrade(ctx)) return `You are an experienced ${statedTrade(ctx) ?? ''} who summarizes documents for the job precisely and never adds to them.`;
      return 'You are an expert editor who writes faithful, concise summaries.';
    case 'extraction':
      return 'You are a careful data-extraction specialist who never invents values.';
    case 'classification':
      return 'You are a careful annotator who applies labels consistently.';
    case 'closed_qa':
      return 'You are a careful reader who answers strictly from the provided text.';
    case 'reasoning':
      return sub(ctx, 'puzzle') ? 'You are a rigorous logician.' : 'You are a careful mathematician who shows clear working.';
    default:
      return 'You are an expert assistant.';
  }
}

export const rolePersona: Technique = {
  id: 'role_persona',
  name: 'Role / expert persona',
  purpose: 'Gives the model an expert role that fits the task and its domain.',
  source: 'Kong et al. 2023, "Better Zero-Shot Reasoning with Role-Play Prompting"; Anthropic, "Giving Claude a role"',
  taskTypes: ['code', 'creative_writing', 'analysis', 'planning', 'open_qa', 'brainstorming', 'rewrite', 'summarization', 'extraction', 'classification', 'closed_qa', 'reasoning'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'role',
  priority: 100,
  present: (ctx) => ctx.features.hasPersona || /^you are (a|an|the)\b/.test(ctx.scan),
  fit(ctx) {
    const table: Partial<Record<string, number>> = {
      // A trade planning its own work ("I'm a flight instructor. Plan a syllabus…") is best answered by that trade.
      code: 1.3, creative_writing: 1.3, analysis: 1.2, planning: statedTrade(ctx) ? 1.5 : 1, open_qa: isFactoid(ctx) ? -1 : (ctx.features.domain ? 0.8 : 0.2) + (askerTrade(ctx) ? 0.6 : 0), brainstorming: 0.6,
      rewrite: sub(ctx, 'translate') ? 1.2 : 0.5, summarization: 0.2, extraction: -0.3, classification: -0.6, closed_qa: -0.8, reasoning: -0.6,
    };
    return table[ctx.taskType] ?? null;
  },
  reason(ctx) {
    const role = persona(ctx).replace(/^You are /, '').replace(/[.:].*$/, '').replace(/ who .*$/, '').replace(/ with .*$/, '');
    return `Added an expert role (${role}) because a fitting persona sets the right vocabulary, standards and depth for this ${ctx.taskType.replace('_', ' ')} task.`;
  },
  render: (ctx) => {
    const p = persona(ctx);
    return p ? [p] : [];
  },
};
