// Explicit constraints: turn what the task implies into a checklist of concrete, task-specific requirements.
import type { Technique, TechniqueContext } from '../types.ts';
import type { AnalysisKind, CodeMode } from './util.ts';
import { isBabyProblem, isVisitTiming, isFoodLeftOut, isSideIncome, isIcebreakers, isWorkedExample, isContentIdeas, symptomsOf, cronGiven, isQuickMealIdeas, fictionIdeas, isJobMatch, makingFriends, unitConversion, isDelayNotice, isReadingOrder, isCareerSwitch, severalDescriptions, sharedChores, isExerciseList, isSpeakerBio, asksQuestionsBefore, isComplaint, isLoveLetter, isShopBio, instructionsApp, BEHAVIORAL_INTERVIEW, isResumeSummary, forLinkedIn, isRoutine, WORKING_HOURS, FIXED_COMMITMENTS, isSalesCall, vocabList, forYoungChild, analysisKind, byVerbosity, statesLevel, FOR_AGAINST, bodyMethod, isActionItems, isBodyFigure, isTopicSummary, isCookFromWhatIHave, toneAsked, codeMode, creativeKind, isBotSetup, isCarefulDomain, isChecklist, isCoverLetter, isDecisionAsk, isIdeaReview, isIdentifierName, isKidsActivities, isKnownWork, isNumbersDecision, isPetName, isQuizMaking, isProductPick, isServiceRole, isSharedPlan, isShellOneLiner, isSingleSession, isSlowCode, isTipsAsk, isTldr, isWellbeing, mealNeeds, mentions, planKind, portLanguages, rewriteKind, SHORT_ITEMS, sub, toneGoal, isGrammarCheck, isInterviewerQuestions, talkLines, COMPARE_ASK, isTriage, isChildDevelopment, isShortPiece, isReviewReply, isSwot, isUnseenBug, isBenchmarkQuestion, isGuidedExercise, isSocialPost, isTopicComparison, isResumeBullet, practiceSkill, practiceTime, isTalkOutline, isShoppingListFromText, isWeightGoal, spokenLength, inspectTarget, isKeywordIdeas, thingsToDoIn, isRecipeScaling, recipeFactor, isWritingOutline, outlineParagraphs, isMnemonic, readingAsked, isHealthEffect, isLabResults, isScamCheck, isMeetingAgenda, isTitleRecs, isThawing, isLayover, isTipQuestion, isResignation, isDecline, isLiteraryAnalysis, asksSigns, isPayNegotiation, isColdOutreach, isRepairRequest, isDatingBio, asksHumour, funFacts, correctionStyle, isTermsReview, isParentingProblem, messageFromNotes, isHabitChange, petToTrain, openQaKind, isSleepTrouble, isTrivia, memorizeKind, isPetPoisoning, isChildBullied, isNeighbourProblem, isHomeRecipe, livingPick, asksCookMethod, namesTitle, onCar, isWorkTrouble, isBabyNames, isDoctorQuestions, isPairing, writingHowTo, isUsageQuestion, isTimeZoneMeeting, isDateTalk, isPitch, cardKind, isDebtOrder, phraseMeaning, gameRules, isCharacterNames, isRhymeList, isDishIdeas, isCustomerReply, isScienceFair, isVocabStudy, choosesCare, easesPain, talkToChild, forOneOccasion, isPepTalk, isTravelMishap, isSkincare, LUGGAGE, openingOnly, isRetroActions, isWorkTitle, isUnwelcomeChange, findsFallacies, paragraphOnly, isLeadDilemma, isTimeConversion, isTweetThread, isPeopleManagement, LONG_SPAN, summaryPoints, asksCounter, isSingleRecord, isCookingTimeline, labelDimensions, isResearchFindings, isLifecycleEmail, verbForms, isPhrasings, isCandidateCompare, isCostBreakdown, isFundraisingAppeal, isSingleWorkshop, practisesOnYou, isRadioAd, isHomeChecklist, isSecondOpinion, isTalkingPoints, isTermination, isVoicemailGreeting, isServiceCall, isShiftWork, isRanking, isSponsorAsk, isPrivateLesson, isDrinkRecipes, isDealCheck, isHandoffChecklist, isPricingMyWork, isCleaningChecklist, shoppingScale, procedureChecklist, isCarePractice, summarySections, isLocalListingPost, isRehab, isSubLesson, isRegulatedQuestion, moneyGap, tradeSyllabus, isPluralField, singleRecordFields, isOutOfRange, asksInconsistencies, ranksByMerit, isWorkOrder, isAdvocacyLetter } from './util.ts';

/** "30-day" as written in "a 30-day plan" reads as "30 days" on its own. */
const periodText = (duration: string): string => duration.replace(/^(\d+)[- ](day|week|month|year)s?$/i, (_, n: string, u: string) => `${n} ${u}${n === '1' ? '' : 's'}`);

/** A budget is built from the amounts the user gives (take-home pay, rent); everything else is an estimate. */
function budgetFiguresLine(ctx: TechniqueContext): string {
  // "$5,800", "$6k", and the bare "2,800" or "1100" of "I earn 2,800 after tax, rent is 1100" (not years, not a 401(k)).
  const amounts = [...new Set(ctx.userText.slice(0, 600).match(/[$€£¥]\s?\d[\d,.]*k?\b|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b(?!40[13]\(?[kb]\b)\d+(?:\.\d+)?k\b|\b(?!(?:19|20)\d\d\b|40[13]\(?[kb]\b)\d{3,6}(?:\.\d\d)?\b/gi) ?? [])];
  return amounts.length > 0
    ? `Use the amounts given exactly (${amounts.join(', ')}), and mark every other figure as an estimate to adjust.`
    : 'Mark every amount you have to assume as an estimate to adjust, and keep the categories easy to update.';
}

const NO_SPOILERS = /\b(?:no|without|avoid(?:ing)?|don'?t (?:give|include|add)(?: any)?) spoilers?\b|\bspoiler[- ]free\b/;

/** A medicine or supplement is part of the question, so dose and interactions are what the answer depends on. */
const MEDICINE = /\b(medicines?|medications?|meds|drugs?|doses?|dosage|pills?|tablets?|ibuprofen|paracetamol|acetaminophen|aspirin|tylenol|advil|motrin|aleve|naproxen|benadryl|antihistamines?|antibiotics?|supplements?|vitamins?|melatonin|prescri\w+|side effects?|safe to (?:take|mix))\b/;

/**
 * Health and legal questions ("is it safe to take ibuprofen with coffee", "my landlord won't return my deposit"): the
 * answer depends on the asker's situation and can hurt when wrong, so say what it depends on and when to get help,
 * without burying the answer in disclaimers.
 */
function carefulLine(ctx: TechniqueContext): string | null {
  if (isLabResults(ctx))
    return 'For each value given, say what it measures, the usual reference range (labs differ, so the range printed on the report wins), where this value sits and what such a value commonly points to; then the questions worth asking the doctor. Do not diagnose, and say which results would need prompt follow-up.';
  if (isChildDevelopment(ctx))
    return 'Give the practical answer plainly: what is typical at that age (the usual range, not one number), what helps at home, and the signs that mean asking a paediatrician or health visitor soon; do not bury the answer in disclaimers.';
  // Symptoms overlap between conditions: a list of them points to a test, it does not diagnose.
  if (symptomsOf(ctx))
    return `Separate the common signs from the less common ones, say that many overlap with other causes (so they are a reason to get checked, not proof), and say who is most at risk, how it is confirmed (such as ${ctx.features.domain === 'pet care' ? 'an examination or a blood test at the vet' : 'a blood test or an examination'}) and which signs mean ${ctx.features.domain === 'pet care' ? 'calling a vet' : 'seeing a doctor'} soon.`;
  if (!isCarefulDomain(ctx)) return null;
  if (ctx.features.domain === 'health')
    return MEDICINE.test(ctx.lower.replace(/\bwithout (?:any )?(?:medicines?|medications?|meds|drugs|pills)\b/g, ''))
      ? 'Give the practical answer plainly, then what it depends on (dose, other medicines, age, conditions such as pregnancy) and the signs that mean asking a pharmacist or doctor; do not bury the answer in disclaimers.'
      : 'Give the practical answer plainly, then what it depends on (age, how long it has gone on, other symptoms, existing conditions) and the signs that mean seeing a doctor soon or getting urgent care; do not bury the answer in disclaimers.';
  if (isPetPoisoning(ctx))
    return 'Say plainly whether it can be dangerous and how that depends on the amount, the kind and the animal’s weight; do not suggest making the animal vomit at home unless a vet says to.';
  if (ctx.features.domain === 'pet care')
    return 'Give the practical answer plainly, then what it depends on (the animal’s age, size and how long it has been going on) and the signs that mean calling a vet today; do not bury the answer in disclaimers.';
  if (ctx.features.domain === 'legal')
    return 'Say which jurisdiction’s rules you describe (the one named, if any) and what the answer depends on; give the practical steps in order, with deadlines, and say when a lawyer or an official body is worth contacting.';
  return null;
}

/** How a language-practice partner speaks, and corrects the way the user asked (see correctionStyle). */
function languageLine(ctx: TechniqueContext): string {
  const f = ctx.features;
  if (!f.languageMentioned) return '';
  const style = correctionStyle(ctx);
  if (style === 'end') return `Speak ${f.languageMentioned} throughout, at a level the user can follow, without stopping to correct; when the user says they are done, list their main mistakes, each with the correct form and a few words on why.`;
  if (style) return `Speak ${f.languageMentioned} throughout, at a level the user can follow, and correct each of the user’s mistakes ${style === 'after' ? 'after your reply' : 'before your reply'}: what they wrote → the correct form, with a few words on why.`;
  return `Speak ${f.languageMentioned} throughout, at a level the user can follow; when they make a mistake, use the correct form naturally in your reply.`;
}

/** The request hands over its facts ("raw notes from our launch meeting", "my material:", "here are the details"). */
const GIVEN_FACTS = /\bnotes\b|\b(?:my|raw) material\b|\b(?:below|following) (?:are|is) (?:the |my |some )?(?:facts|details|key points)\b|\bhere (?:are|is) (?:the |my |some )?(?:facts|details|key points)\b/;

/** A figure for a body (calories, protein, heart rate): an estimate with a range, and a line on when to ask a professional. */
const BODY_LINES = [
  'Give a range rather than a falsely precise figure, and say what would move it (activity level, age, health conditions).',
  'Say in one line when the figure should come from a doctor or registered dietitian instead (for example pregnancy, a medical condition, or a very low intake).',
];

const SEASON = /\b(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b/i;

/** Advice for someone who says they are overwhelmed or stressed: small steps first, and when to get help. */
// Popular "facts" are often myths (a goldfish's three-second memory): the point of a fun fact is that it is true.
const FUN_FACT_LINE = 'Choose facts that are well established and surprising, not popular myths or exaggerations; check each before including it.';

const WITH_YOUNG_KIDS = /\b(?:kids?|children|toddlers?|little ones|(?:a |an )?(?:baby|infant)|(?:[1-9]|1[0-2])[- ]year[- ]olds?|under (?:[2-9]|1[0-2])s?)\b/;

// A nest of stinging insects can send someone to hospital: safety and when to call a professional come first.
const stingingNest = (ctx: TechniqueContext): boolean => ctx.taskType === 'open_qa' && ctx.features.domain === 'household pest control' && /\b(?:wasps?|hornets?|bees?|yellow ?jackets?)\b/.test(ctx.lower.slice(0, 300));
const STING_SAFETY_LINE = 'Put safety first: when to leave it to a professional (anyone allergic to stings, a large or hidden nest, a nest inside a wall or roof), and if doing it yourself, the safest time (dusk, when they are inactive), protective clothing and a way out.';
// Invented titles are the usual failure of a recommendation list: each one must be real and checkable.
const ORDER_LINES = [
  'List only titles that exist, each with its year, and say which ones can be skipped or left for later.',
  'Where the order is debated (release or story order), recommend one and say why.',
];
const TITLE_REC_LINES = [
  'Recommend only real titles, each with its author or creator and year, and say what it shares with the one named and how it differs.',
  'Mix well-known picks with a few lesser-known ones, and leave out the title named and its own sequels.',
];
const TITLE_ON_LINES = [
  'Recommend only real titles, each with its author or creator and year, and say what each covers and who it suits.',
  'Mix well-known picks with a few lesser-known ones, and vary the angle or period each covers.',
];
const SIGNS_LINE = 'First name the signs briefly, including those that set it apart from ordinary tiredness or a bad week.';
const FRIENDS_LINES = [
  'Favour things that bring the same people together again and again (a weekly class, a club, a team, volunteering), since friendships grow from repeated contact, and say how to turn an acquaintance into a friend (the follow-up invitation).',
  'If the loneliness has turned into low mood most days, say briefly when talking to a doctor or counsellor would help, without lecturing.',
];
const WELLBEING_LINES = [
  'Start with two or three small things to try today, then habits for the coming weeks; keep each concrete and doable on a low-energy day.',
  'If it sounds like more than ordinary stress (weeks of poor sleep, hopelessness), say briefly when talking to a doctor or counsellor would help, without lecturing.',
];

/** A list to tick off: nothing the request implies left out, and the season's needs where a month is named. */
const CHECKLIST_LINES = (ctx: TechniqueContext): string[] => [
  // A kit is kept, not packed for one trip: it is judged on what it can handle and on being kept up to date.
  /\b(?:kit|go-?bag|box)\b/.test(ctx.lower.slice(0, 300)) && !/\b(?:trip|camping|hike|hiking|travel|vacation|holiday)\b/.test(ctx.lower.slice(0, 300))
    ? 'Cover what the kit must handle for the people and place the request names, with quantities, and say what to check or replace regularly (expiry dates, batteries).'
    : forOneOccasion(ctx)
      ? 'Keep to what the day actually needs, with the essentials (documents, ID, anything you were asked to bring) marked apart from the nice-to-haves.'
      : 'Cover everything the request implies (every meal, day or activity it names), and merge duplicates into one line with the total quantity.',
  ctx.features.planFacts.when && SEASON.test(ctx.features.planFacts.when) ? 'Allow for the likely weather and daylight at that time of year.' : '',
];

/** A should-I question: the assumptions behind the answer stated, and no false balance. */
const DECISION_LINES = (ctx: TechniqueContext): string[] => [
  carefulLine(ctx) ?? '',
  // Money figures ("$17k", "4%"), not any number: "learning Rust in 2026" has no figures to use.
  /[$€£¥]\s?\d|\d\s?%|\b\d[\d,.]*\s?(?:k|dollars|euros|pounds|usd|eur|gbp)\b/.test(ctx.lower)
    ? // Lease against buy turns on the lease's mileage allowance and what the vehicle is worth at the end.
      /\blease\b/.test(ctx.lower.slice(0, 300)) && /\bbuy(?:ing)?\b|\bfinanc\w+\b/.test(ctx.lower.slice(0, 300))
      ? 'Use the figures given, and compare the total cost over the same number of years; where it turns on one that is not given (such as the lease payment and its mileage allowance and overage charge, the loan rate, the resale value at the end, and any tax treatment), state the value you assume.'
      : // "A 40-person company at $8M ARR choosing a fractional CFO": a company's figures, not an investor's.
      ctx.features.domain === 'business strategy'
      ? 'Use the figures given; where the answer turns on one that is not given (such as costs, salaries, workload or timing), state the value you assume.'
      : /\b(?:rais(?:e|ing)|increas(?:e|ing)) (?:my |our |the )?prices?\b/.test(ctx.lower.slice(0, 300))
      ? 'Use the figures given; where the answer turns on one that is not given (such as current margins, sales volume, how customers react to price changes, or competitors’ prices), state the value you assume.'
      : ctx.features.domain === 'career'
      ? 'Use the figures given; where the answer turns on one that is not given (such as taxes, cost of living, benefits or commute), state the value you assume.'
      : 'Use the figures given; where the answer turns on one that is not given (such as taxes, fees, timing or returns), state the value you assume.'
    : 'Where the answer turns on a fact the question does not give, state what you assume about the asker’s situation instead of stopping to ask.',
  'Avoid a false balance: if one option is clearly better for this situation, say so.',
];

const TIPS_LINES = ['Prefer what is proven to work over novelty, and make each tip concrete enough to act on today.', 'Where a tip has a real limit or risk (safety, health, cost), say so plainly.'];

/** What a list of ideas must be like: advice for a person, items used as written, a shopping list, options, or ideas. */
function brainstormLines(ctx: TechniqueContext): string[] {
  const f = ctx.features;
  if (isRhymeList(ctx))
    return ['Give real, common words only, with no repeats: perfect rhymes first (the same stressed vowel and ending sound), then near rhymes, marked as near.'];
  if (isReadingOrder(ctx)) return ORDER_LINES;
  if (isTitleRecs(ctx)) return namesTitle(ctx) ? TITLE_REC_LINES : TITLE_ON_LINES;
  if (isScienceFair(ctx))
    return [
      'Make each idea an experiment with a question to test, one thing to change and something to measure, not a model or a demonstration.',
      'Keep the materials cheap and safe to use at home, and fit the grade or age given and a few weeks of work.',
    ];
  if (isDishIdeas(ctx))
    return [
      'For each dish, say roughly how long it takes, whether it can be made ahead, and whether it needs the oven (which is often full on the day).',
      /\bdesserts\b/.test(ctx.lower.slice(0, 200))
        ? 'Vary the set (fruity, chocolatey, creamy, baked), and say which keep and travel well.'
        : /\b(?:appetizers|starters|canap[eé]s|finger foods?)\b/.test(ctx.lower.slice(0, 200))
          ? 'Vary the set (hot and cold, light and rich), and mark the vegetarian ones.'
          : 'Balance the set (something fresh or green, something starchy, something rich), and mark the vegetarian ones.',
    ];
  if (isQuickMealIdeas(ctx))
    return [
      'Keep every idea within the time and conditions given, with its main ingredients and what makes it filling (protein, fibre).',
      /\bsnacks?\b/.test(ctx.lower.slice(0, 200))
        ? 'Make the ideas differ in kind (sweet and savoury, crunchy and creamy, bought and home-made), and say which need a fridge.'
        : 'Make the ideas differ in kind (sweet and savoury, hot and cold, make-ahead), not just in toppings.',
    ];
  const fiction = fictionIdeas(ctx);
  if (fiction === 'design')
    return [
      'Develop the premise given into one coherent system rather than alternatives: its core rule, what it costs and how the cost is paid, its hard limits, and who can use it and how it is learned.',
      'Follow each consequence through: what it changes for the people who use it, for their society and for the plot, and the hard choices it forces on characters.',
    ];
  if (fiction)
    return [
      'Make the ideas differ in kind, not just in surface detail, and steer clear of the most familiar tropes unless you give them a twist.',
      fiction === 'system' ? 'Give every idea its rules, what it costs and where it stops, and the story problems it creates.' : 'Tie each idea to what it does for the story: the conflict it starts, the choice it forces or what it reveals.',
    ];
  if (isWellbeing(ctx)) return makingFriends(ctx) ? FRIENDS_LINES : WELLBEING_LINES;
  // A career change is judged on honest odds for this person, not on a mix of bold ideas.
  if (isCareerSwitch(ctx))
    return ['Name roles as they appear in job ads, and say for each why this person’s experience counts towards it and what they would still need to learn.', 'Be honest about the timeline and the job market; promise no outcome.'];
  // Extra income is judged on what it pays for the hours, what it costs to start, and whether it fits the time free.
  if (isSideIncome(ctx))
    return [
      'For each idea, give a realistic range of what it pays, what it takes to start (skills, cost, any licence or platform) and how long before the first money comes in.',
      'Fit every idea to the person and the time the request gives, and leave out schemes that need a large upfront payment or promise easy money.',
    ];
  // An icebreaker fails when someone has to share what they would rather not, or think too long to answer.
  if (isIcebreakers(ctx))
    return [
      'Keep every question quick to answer and comfortable for everyone present: nothing about family, health, money, politics or religion.',
      'Mix light, fun questions with a few that help people learn something real about each other.',
    ];
  if (isInterviewerQuestions(ctx))
    return [
      'Make each question open-ended and tied to real work in the role, so the answer shows how the candidate thinks and what they have done; no trivia or yes/no questions.',
      'Make the questions differ in substance, each probing a different skill.',
    ];
  if (f.listNoun && SHORT_ITEMS.test(f.listNoun) && f.listParts < 2)
    return ['Make the items differ in substance, not just in wording.', 'Keep each one short and natural, ready to use as written.'];
  if (isChecklist(ctx)) return CHECKLIST_LINES(ctx);
  if (vocabList(ctx))
    return ['Pick words a learner at that level will actually meet (for an exam, words that come up in its passages), not obscure ones.', 'Give the meaning the word usually has in that context, and make each example sentence show it.'];
  if (sub(ctx, 'approach')) return ['Keep the words specific about the facts (what happened, since when, what is needed) and free of blame or over-apology.'];
  if (sub(ctx, 'diagnose') && ctx.features.isQuestion)
    return [
      ctx.features.domain === 'car maintenance'
        ? 'Say which signs point to each cause, and which ones mean it is unsafe to keep driving and should go to a mechanic now.'
        : `Say which signs point to each cause, and which ones mean ${PROFESSIONAL_FOR[ctx.features.domain ?? ''] ?? (DEVICE.test(ctx.lower.slice(0, 300)) ? 'taking it to a repair shop' : 'seeing a professional (a vet, a doctor, a mechanic)')} soon rather than waiting.`,
    ];
  if (isCarefulDomain(ctx)) return ['Make each option concrete enough to act on, and say what it costs in time, money or risk.'];
  if (isTipsAsk(ctx)) return TIPS_LINES;
  // A post is read because it answers something the readers already wonder about, not because the business has news.
  if (isContentIdeas(ctx))
    return [
      'Tie each idea to something the audience actually asks, searches for or cares about (how-tos, seasonal moments, behind the scenes, common questions), not just to what the writer wants to say.',
      'Make the ideas differ in format as well as topic (how-to, list, story, interview, behind the scenes).',
    ];
  if (isKidsActivities(ctx))
    return [
      'Suit every idea to the children’s ages as given; where the ages differ, say which age each suits or how to adapt it.',
      'Use things most homes already have, and say what each idea needs and roughly how long it keeps them busy.',
      'Keep everything safe with light supervision, and say when an idea needs an adult’s hands (heat, sharp tools, glue guns).',
    ];
  return ['Make the ideas differ in approach, not just in wording.', 'Mix safe, proven ideas with a few bolder ones.', 'Make each idea concrete enough to act on.'];
}

const ADVISER = /\b(?:financial (?:advis[eo]r|planner)|wealth manager|accountant|lawyer|attorney|solicitor|therapist|counsell?or|mortgage broker|tax (?:advis[eo]r|preparer))s?\b/;
// Money owed to the writer: "can I make my rent payment late" is the other side of the counter.
const PAYMENT_REMINDER = /\b(?:invoice|bill)s?\b[^.\n]{0,40}\b(?:overdue|late|unpaid|outstanding|past due)\b|\b(?:overdue|unpaid|outstanding) (?:invoice|payment|bill)s?\b|\bpayment reminder\b/;
const OUT_OF_OFFICE = /\bout[- ]of[- ](?:the[- ])?office\b|\bauto-?(?:reply|responder)\b|\booo (?:message|reply|email)\b/;
const BEGINNER = /\b(?:beginners?|never (?:\w+ ){0,2}(?:lifted|run|ran|exercised|worked out|trained)|first time|new to (?:running|lifting|the gym|exercis\w+|working out)|couch to|just (?:starting|getting started)|out of shape)\b/;
const SMALL_SPACE = /\b(?:hotel rooms?|small (?:apartment|flat|room|space)|dorm(?: room)?|studio apartment|tiny (?:apartment|flat|room|space))\b/;

/** Who to see when a fault is beyond a home fix. */
// A machine at home goes to a repair shop, not to "a vet, a doctor, a mechanic".
const DEVICE = /\b(?:laptop|computer|pc|phone|iphone|tablet|ipad|printer|tv|console|fridge|freezer|washing machine|washer|dryer|dishwasher|oven|microwave|boiler|furnace|air conditioner|headphones|earbuds|camera)s?\b/;
const PROFESSIONAL_FOR: Partial<Record<string, string>> = { 'pet care': 'seeing a vet', health: 'seeing a doctor', 'home networking': 'calling the internet provider' };

/** Learning a language ("learn Spanish in 6 months") rather than studying for an exam. */
const LANGUAGE_GOAL =
  /\b(learn|learning|study|studying|improve|practi[sc]e)\b[^.\n]{0,20}\b(spanish|french|german|italian|portuguese|japanese|chinese|mandarin|korean|arabic|russian|dutch|english|hindi|turkish|polish|swedish|greek|a (new |foreign )?language)\b/;

/** A script that changes files in bulk ("rename all .jpeg files in a folder", "move old logs into an archive"). */
const FILE_JOB =
  /\b(renam\w*|rotat(?:e|es|ing)|mov(e|es|ing)|cop(y|ies|ying)|delet\w*|remov\w*|organi[sz]\w*|sort(s|ing)?|clean(s|ing)? up|back(s|ing)? up|archiv\w*|compress\w*|zip(s|ping)?)\b[^!?\n]{0,60}\b(files?|folders?|director(y|ies)|photos|images|logs|downloads)\b|\b(?:folder|directory) of (?:[\w-]+ ){0,2}(?:files|photos|images|videos|clips|pdfs|mp3s|documents|scans)\b[^!?\n]{0,40}\b(renam\w*|mov(e|es|ing)|sort(s|ing)?|organi[sz]\w*)\b/;

/** A backup job: copying to another disk or server, where a wrong run loses data or fills the target. */
const CLOUD_STORE = /\b(?:s3|aws|gcs|google cloud storage|azure blob|backblaze|b2|r2|wasabi|cloud storage)\b/;
const BACKUP_JOB = /\bback(s|ing)? ?up\b|\bbackups?\b|\b(mirror|sync)(s|ing)? (my|the|a|our)\b/;
/** Run unattended on a schedule ("every night", "daily at 2am", "as a cron job"). */
const SCHEDULED = /\b(every (night|day|morning|evening|hour|week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+ (minutes|hours|days))|nightly|daily|hourly|weekly|monthly|on a schedule|scheduled|cron( ?job)?|crontab|systemd timer|at (midnight|\d{1,2}(:\d\d)? ?(am|pm)))\b/;

/**
 * A backup, or a file job run on a schedule: read in the ask only, since pasted code mentions backups and cron jobs it
 * does not ask for. Null for any other code request.
 */
/** A review that says the business made someone ill or hurt them: a claim to take seriously without admitting fault. */
const HARM_CLAIM = /\b(?:made (?:me|them|him|her|us|my \w+) (?:sick|ill)|food poisoning|got sick|threw up|allergic reaction|injur\w*|hurt (?:me|them|him|her)|burn(?:ed|t)? (?:me|them|him|her|my))\b/;
/** A piece read aloud: the minutes the request gives, in words, or the usual length for the form. */
function spokenFit(ctx: TechniqueContext, usual: string): string {
  const spoken = spokenLength(ctx);
  return spoken ? `Fit it to about ${spoken.text} when spoken (around ${spoken.words} words).` : `Keep it to about ${usual} when spoken unless the request says otherwise.`;
}
/**
 * Renting (or leasing) against buying is decided by the total cost over the same period, with its own figures for a
 * home, a vehicle or a piece of equipment; a one-off rental (a tux for one wedding) needs no such sum.
 */
function rentOrBuyLine(ctx: TechniqueContext): string | null {
  const head = ctx.lower.slice(0, 300);
  if (!/\b(?:rent|renting|lease|leasing)\b[^.\n]{0,40}\b(?:vs\.?|versus|or)\s+(?:buy|buying|purchas\w*)\b/.test(head)) return null;
  if (/\b(?:house|home|flat|apartment|condo|townhouse)\b/.test(head))
    return 'Compare the total cost over the same number of years (rent against mortgage interest, the down payment’s lost returns, maintenance, taxes and insurance, and the costs of buying and selling), state each figure you assume, and say after how many years buying comes out ahead.';
  if (/\b(?:car|truck|van|vehicle|suv)\b/.test(head))
    return 'Compare the total cost over the same number of years (lease payments with the mileage allowance and overage charge, against purchase price, financing, maintenance and resale value), state each figure you assume, and say what would flip the answer.';
  if (/\b(?:machines?|equipment|printers?|copiers?|espresso|ovens?|mixers?|forklifts?|tools?|scanners?|servers?)\b/.test(head))
    return 'Compare the total cost over the same period (payments, purchase price and financing, maintenance and repairs, downtime, resale value), state each figure you assume, and say at what volume or time the answer flips.';
  return null;
}
/** "Find AD accounts that haven't logged in for 90 days and disable them": accounts changed in bulk. */
const ACCOUNT_CLEANUP = /\b(?:disabl\w*|delet\w*|remov\w*|deactivat\w*|lock\w*|purg\w*|suspend\w*)\b[^.\n]{0,80}\b(?:user )?accounts\b|\b(?:user )?accounts\b[^.\n]{0,80}\b(?:and|then) (?:disables?|deletes?|removes?|deactivates?|locks?|suspends?)\b/;
/** "Retry an HTTP request with exponential backoff and jitter": which failures to retry, and attempts safe to repeat. */
const RETRY_BACKOFF = /\bretr(?:y|ies|ying)\b[^.\n]{0,80}\b(?:backoff|back-off|back off|attempts|jitter)\b|\bexponential back-?off\b/;
// Rotating logs is a recurring job by nature, whether or not the request names the schedule.
const LOG_ROTATE = /\brotat(?:e|es|ing|ion)\b[^.\n]{0,40}\blogs?\b|\blog ?rotat\w*/;
function unattendedJob(ctx: TechniqueContext): { backup: boolean; scheduled: boolean } | null {
  const ask = ctx.lower.slice(0, 300).split('```')[0] ?? '';
  const backup = BACKUP_JOB.test(ask);
  const scheduled = SCHEDULED.test(ask) || LOG_ROTATE.test(ask);
  return backup || (scheduled && FILE_JOB.test(ask)) ? { backup, scheduled } : null;
}


/** A speech about real people the model does not know: a toast, a eulogy, a best-man speech. */
const PERSONAL_SPEECH = /\b(?:toast|eulog(?:y|ies)|vows|wedding vow|tribute|best[- ]man|maid[- ]of[- ]honou?r|(?:wedding|retirement|farewell|leaving|funeral|memorial|birthday|anniversary) speech)\b/;

/** A buying decision: real models that pass every condition, their trade-offs, and a warning that prices move. */
const PRODUCT_LINES = [
  'Name specific current models, not categories, and drop any that fails a condition in the request (budget, size, use).',
  'For each, say what it gives up compared with the others.',
  'Prices and models change: say how current your knowledge is and what to check before buying (today’s price, the exact configuration, the warranty).',
];

/** Tasks that work on material the user supplies: without it there is nothing to summarize, fix or answer from. */
const NEEDS_MATERIAL = new Set(['summarization', 'rewrite', 'extraction', 'classification', 'closed_qa', 'code']);

/** "Summarize the attached meeting notes" with no notes attached: ask for them rather than invent them. */
function missingLine(ctx: TechniqueContext): string | null {
  const noun = ctx.features.missingMaterial;
  if (!noun || !NEEDS_MATERIAL.has(ctx.taskType)) return null;
  if (ctx.taskType === 'code' && codeMode(ctx) === 'write') return null;
  const plural = /[^su]s$|lyrics$/.test(noun);
  return `The ${noun} ${plural ? 'are' : 'is'} not in this message: if ${plural ? 'they have' : 'it has'} not been provided, ask for ${plural ? 'them' : 'it'} in one short line instead of inventing or assuming the content.`;
}

const COOK_LINES = [
  'Build each dish mainly from the ingredients listed, plus common pantry staples (oil, salt, pepper, garlic, dried spices); mark anything else as optional.',
  'Keep every dish realistic for a home kitchen on a weeknight, and give its total time.',
];

const FORMAT_PHRASE = /\b(?:in|as|using) (?:a |an )?(?:comma[- ]separated|bulleted|numbered|json|csv|table|markdown|yaml)(?: (?:list|table|format|line))?\b/;
const PRACTICE = /\b(?:i want to|i'd like to|i need to|so i can|help me|let me|let'?s|i'll|i will) practi[sc]e\b|\bfor (?:interview |sales |negotiation )?practice\b|\bmock (?:[\w-]+ )?(?:interview|negotiation|call|pitch)\b|\binterview me\b|\bi(?:'ll| will) pitch\b/;
const squashEnd = (s: string): string => s.replace(/\s+/g, ' ').trim().replace(/[.!]+$/, '').toLowerCase();

/**
 * "Holiday promotion ideas that don't involve discounting": the condition that rules ideas out, in the user's words,
 * so each idea can be checked against it.
 */
const EXCLUDES = /\b(?:that|which|but)? ?(?:doesn'?t|don'?t|does not|do not|won'?t|will not|shouldn'?t|should not) (?:involve|include|require|rely on|need|cost|mean)\b[^,.;?!\n]{3,50}|\bwithout (?:involving|requiring|needing|spending|using|relying on)\b[^,.;?!\n]{3,50}/;
function exclusionLine(ctx: TechniqueContext): string | null {
  const m = EXCLUDES.exec(ctx.lower.slice(0, 300));
  if (!m) return null;
  const cond = m[0].trim().replace(/^(?:that|which|but) /, '');
  return `Check every idea against the request’s conditions, above all “${cond}”, and drop any idea that breaks one.`;
}

/** Restate the user's own explicit instructions as a checklist: they are what graders and readers check first. */
function userLine(ctx: TechniqueContext): string | null {
  const quoted = ctx.features.userConstraints;
  const l = ctx.features.lengthLimit;
  // "Write a short scary story in exactly 100 words": quoting an instruction that is the whole task repeats the task;
  // the limit it carries is what to check. "…three sentences, each containing a pun" carries more, so it is quoted.
  // So is a format named in a one-line task ("…the differences between X and Y in a table"): the task line shows it.
  const only = quoted.length === 1 ? squashEnd(quoted[0] ?? '') : '';
  const rest = only.replace(l?.text.toLowerCase() ?? '', '').replace(FORMAT_PHRASE, '');
  const wholeTask =
    (l !== null || rest !== only) &&
    only === squashEnd(ctx.userText) &&
    !/\b(each|every|at least|at most|without|only|must|never|don'?t|do not|avoid|include|no|not|all)\b/.test(rest);
  if (quoted.length > 0 && !wholeTask) {
    const missingLimit = l && !quoted.some((q) => q.toLowerCase().includes(l.text.toLowerCase()));
    const items = [...quoted.map((q) => `"${q}"`), ...(missingLimit ? [`"${l.text}"`] : [])];
    return `Follow every explicit instruction in the task to the letter; check each before finishing: ${items.join('; ')}.`;
  }
  // "A 5-minute breathing exercise", "a 10-minute talk": the minutes are its timing, which its own line already holds to.
  // "A 5-paragraph essay" to outline: the outline's own line gives one entry per paragraph.
  // A ceremony states its spoken length with the words that fill it, in its own lines.
  if (l && !isGuidedExercise(ctx) && !isTalkOutline(ctx) && !isWritingOutline(ctx) && !(ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'ceremony')) return `Respect the length given in the request ("${l.text}") and check it before finishing.`;
  return null;
}

/** The romanisation a reading should follow, so it can be read aloud correctly. */
function readingLine(ctx: TechniqueContext): string {
  const reading = readingAsked(ctx);
  if (!reading) return '';
  if (reading === 'rōmaji') return 'Write the rōmaji in standard Hepburn, with long vowels marked, split into words as they are spoken.';
  if (reading === 'pinyin') return 'Write the pinyin with tone marks, one syllable group per word.';
  return `Give the ${reading} in a standard system for the language, or in plain English sounds if it has none, so it can be read aloud.`;
}

const PARENTING_LINES = [
  'Suggest what works for a child of this age, with the reason it works, from approaches with evidence behind them (routines, calm and consistent limits, praise for what goes well) rather than punishment.',
  'Give the exact words a parent could say in the moment, and say how long to keep going before judging whether it works.',
  'Name the signs that something else is going on (sleep problems, anxiety, a medical cause) and when to talk to a paediatrician.',
];

const BABY_LINES = [
  'Say what is normal at this age first (night feeds, sleep regressions, teething), then suggest what works, with the reason, from approaches with evidence behind them (a consistent routine, gradual methods).',
  'Say how long to keep going before judging whether it works, and the signs that mean talking to a paediatrician or health visitor (poor feeding or weight gain, breathing pauses, a baby who seems unwell).',
];

/** A recipe with a condition on what goes in it ("without eggs", "gluten-free", "vegan"). */
const DIET_CONDITION =
  /\b(?:without|free of|free from|[\w-]+-free|vegan|vegetarian|keto|paleo|halal|kosher|allerg\w*|low[- ](?:carb|fat|sugar|sodium)|no (?:eggs?|dairy|milk|nuts?|peanuts?|meat|gluten|sugar|oil|butter|onions?|garlic|soy|fish|shellfish))\b/;

/** An outline for an argument ("arguing that…", "a persuasive essay") needs a thesis and a counterargument. */
const ARGUES = /\b(?:argu(?:e|es|ing)|argumentative|persuasive|position paper|op-ed|make the case|for or against|in favou?r of)\b/;

/** "A shopping list grouped by store section": the grouping the request names, in its words. */
const groupedBy = (ctx: TechniqueContext): string | null =>
  ctx.lower.slice(0, 300).match(/\b(?:grouped|organi[sz]ed|sorted|arranged) by ([a-z]+(?: [a-z]+)?)\b/)?.[1]?.replace(/ies$/, 'y').replace(/(?<!s)s$/, '') ?? null;

/** "Rewrite this for a 10 year old": the reader's age, when the request names a child's; 12 otherwise. */
const GRADE_WORDS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8 };
function readingAge(ctx: TechniqueContext): number {
  const head = ctx.lower.slice(0, 300);
  const age = Number(/\b(\d{1,2})[- ]?(?:year|yr)[- ]?olds?\b/.exec(head)?.[1]);
  if (age >= 5 && age <= 12) return age;
  // "A 5th grade reading level": US grade N is read at about age N + 5.
  const g = /\b(\d{1,2})(?:st|nd|rd|th)[- ]grade(?:rs?)?\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth)[- ]grade(?:rs?)?\b|\bgrade (\d{1,2})\b/.exec(head);
  const grade = g ? Number(g[1] ?? g[3] ?? GRADE_WORDS[g[2] ?? '']) : NaN;
  return grade >= 1 && grade <= 7 ? grade + 5 : 12;
}

const SQL_DIALECTS: [RegExp, string][] = [
  [/\bpostgres(ql)?\b/, 'PostgreSQL'], [/\bmysql\b/, 'MySQL'], [/\bmariadb\b/, 'MariaDB'], [/\bsqlite\b/, 'SQLite'],
  [/\bbigquery\b/, 'BigQuery'], [/\bsnowflake\b/, 'Snowflake'], [/\b(sql server|t-sql|tsql|mssql)\b/, 'SQL Server'],
  [/\boracle\b/, 'Oracle'], [/\bredshift\b/, 'Redshift'], [/\bduckdb\b/, 'DuckDB'], [/\bclickhouse\b/, 'ClickHouse'],
];
const sqlDialect = (lower: string): string | null => SQL_DIALECTS.find(([re]) => re.test(lower))?.[1] ?? null;

/** What each kind of analysis must cover (see analysisKind), one entry per kind, as DOC_RULES does for documents. */
const METRIC_DIP = /\b(?:sales|revenue|orders|bookings|sign-?ups|traffic|footfall|attendance|visits|tips|covers)\b/;
const ANALYSIS_RULES: Record<AnalysisKind, readonly string[]> = {
  risks: [
    'Name the risks specific to this situation, not generic ones; for each, how likely it is, how much harm it would do, and the early warning sign.',
    'Give a concrete mitigation for each, and say which risks are small enough to accept.',
  ],
  spending: [
    'Work from the figures given: add up the spending, compare it with the income, and show each category as a share of income next to a common guideline (say which one, for example 50/30/20).',
    'Rank the cuts by how much they free up for the least pain, each with a monthly amount; leave essentials and savings alone unless the numbers force it.',
  ],
  logic: [
    'Set out the premises and the conclusion as numbered statements, adding any unstated premise the argument relies on.',
    'Judge validity (does the conclusion follow from the premises) separately from soundness (are the premises true); name the fallacy, if there is one, and give a counterexample where the premises hold and the conclusion does not.',
  ],
  drop: [
    'Start from what changed around the time of the change (a release, a redesign, a price, a campaign) and list the likely causes in order of likelihood, each with the check that confirms or rules it out (for example splitting the figures by device, browser, traffic source or funnel step, and checking that tracking still records correctly).',
    'Say which check to do first and what each result would tell you.',
  ],
  policy: [
    'Quote the clause of the policy that applies, then test each condition it sets, and any exception it allows, against the facts given, and say what follows; invent no facts and no policy wording.',
    'Where the outcome turns on a fact that is not settled, say what to check before deciding and what each answer would mean.',
  ],
  causes: [
    'List the likely causes in order of likelihood for this situation, each with a quick, cheap way to check it (for example asking the people concerned, or a short survey), rather than a general essay.',
    'Tie each fix to the cause it addresses, with the quick wins that cost little first, and say how to tell within a month whether it is working.',
  ],
  options: [
    'Size the problem from the figures given first (for example demand against capacity), and state any figure you assume.',
    'Give the realistic options, each with its cost, how soon it helps and its main risk, stopgaps as well as lasting fixes; then say what you would do first and why.',
  ],
  abtest: [
    'Compute each version’s conversion rate and the relative lift, then test whether the difference is statistically significant (a two-proportion z-test or a chi-square test), showing the test statistic, the p-value and a 95% confidence interval for the difference.',
    'Say whether the sample is large enough to trust the result, and name what could still undo it (unequal traffic split, stopping the test early, a novelty effect).',
  ],
  themes: [
    'Group the comments into a few themes named in plain words, count how many comments touch each (a comment can touch more than one), and quote one or two as evidence.',
    'Judge how people feel from the comments as given (how many positive, negative and mixed), and do not generalise beyond what a sample this size can show.',
  ],
  feedback: [
    'Tie every point to what the feedback actually says, quoting the words it rests on; do not speculate beyond it.',
    'Say what works and should be kept, then give each problem a concrete, doable fix, ranked by how much it would improve the next customer’s experience.',
    'Where a single comment may not speak for most customers, say so and suggest how to check.',
  ],
  data: [
    'Work from the figures given: compute the changes and ratios that matter and show each calculation briefly.',
    'Separate what the numbers show from what might explain it; mark explanations as hypotheses and say what data would confirm each.',
  ],
};

/** Why each kind's requirements were added, shown beside the technique. */
const ANALYSIS_WHY: Partial<Record<AnalysisKind, string>> = {
  spending: 'Added explicit requirements (totals against income, shares next to a named guideline, cuts ranked with monthly amounts) so the advice rests on the figures given.',
  drop: 'Added explicit requirements (causes in order of likelihood, each with the check that settles it) so the search for the cause starts in the right place.',
  policy: 'Added explicit requirements (the clause quoted, each condition tested against the facts) so the decision follows from the policy as written.',
  causes: 'Added explicit requirements (likely causes with a check for each, fixes tied to causes) so the answer leads to action, not an essay.',
  options: 'Added explicit requirements (the problem sized from the figures, options with cost, speed and risk, a first step) so the answer leads to action.',
  abtest: 'Added explicit requirements (rates, lift, a significance test with its p-value and interval, what could undo it) because an A/B difference can be noise.',
  logic: 'Added explicit requirements (premises in standard form, validity judged apart from soundness, a counterexample) because an argument is judged by its form.',
  themes: 'Added explicit requirements (themes with counts and quotes, sentiment from the comments as given) so the summary of feedback can be checked against it.',
  feedback: 'Added explicit requirements (points tied to what customers said, what to keep, ranked fixes) so the feedback turns into changes worth making.',
};

/** Working documents and short pieces whose rules do not depend on the request's details, by creative kind. */
const MAILS = /\b(?:e-?mails?|e-?mailing|alerts?|notif(?:y|ies|ication)|reminders?|messages?)\b/;
const CONDUCT_CODE = /\bcodes? of (?:conduct|ethics)\b/;
const DOC_RULES: Partial<Record<string, readonly string[]>> = {
  sitter: [
    'Put safety first (allergies, medicines, what to do in an emergency), in plain words.',
    'Use every detail given exactly as stated, and put the ones I have not given (phone numbers, the address, the doctor or vet) in square brackets for me to fill in.',
    'Keep it to one page.',
  ],
  sysprompt: [
    'Address the assistant directly (“You are…”, “You…”) and cover, in order: its role and who it serves, its tone, what it helps with, the rules it must keep, what to do when a request is out of scope or it is unsure, and how to format replies.',
    'Turn every rule the request gives into its own explicit instruction, with what to say instead (for example the hand-off line), so none is left implied.',
    'Do not invent facts about the business (prices, opening hours, policies): where the assistant needs one, put a clearly marked [placeholder] for me to fill in.',
    'Keep it under about 400 words of plain, direct instructions; no filler and no examples unless one makes a rule clearer.',
  ],
  feedback: [
    'Open with what works, naming it specifically; then the one or two changes that would help most, each with a concrete way to make it; end with encouragement.',
    'Write to the person, in about 100–200 words, kind but direct; where an example from their work would help, put a short note in square brackets for me to fill in instead of inventing one.',
  ],
  alt: [
    'Describe what matters in the image in one or two plain sentences (about 125 characters or fewer): the subject, what is happening and the setting.',
    'Do not start with “image of” or “photo of”, and add no interpretation the image does not show.',
  ],
  prd: [
    'Cover the problem and who has it, goals with measurable success metrics, the requirements ranked by priority (must, should, could), and what is out of scope.',
    'Make every requirement testable: what the user can do, and how you would check that it works.',
    'Where the request leaves facts open (users, platforms, deadline), state the assumption in one line instead of inventing research or data, and list the open questions at the end.',
  ],
  rfc: [
    'State the problem and why it matters now before the proposal, and compare the alternatives considered (including doing nothing) on the same criteria, saying why each was not chosen.',
    'Include the rollout and how to roll back, the risks and how they would show up, and the open questions for reviewers; invent no metrics or measurements: put a [placeholder] where a real number is needed.',
  ],
  aftercare: [
    'Cover what to expect in the first days, feeding or eating, medicines and doses ([placeholders] where not given, never invented), activity limits, and how to care for the wound or area, each in a short plain sentence.',
    'List the warning signs that mean calling at once (and the number to call, as a [placeholder]), and when the follow-up visit is.',
  ],
  handout: [
    'Use plain words for the reader it is handed to, with no jargon; keep it to one page, with short headed sections and the most important point first.',
    'Be honest about limits and risks, and invent no figures, studies or product claims that were not given.',
  ],
  clientpolicy: [
    'State each rule with its numbers exactly as given (notice period, fee, minutes late), when it applies, the exceptions you allow (such as emergencies or illness), and how people cancel or reschedule.',
    'Keep it short, friendly and firm, in plain words someone reads in a minute; if there is a fee, say how it is charged (card on file, deposit), as a [placeholder] if it is not given.',
  ],
  counsel: [
    'Write it as words to say in plain language, covering what the person needs to know in the order they need it (what it is for, how and when to take or do it, what to avoid, the warning signs and what to do about them, and follow-up), each in a sentence or two.',
    'End by checking understanding with teach-back (asking them to say the key points in their own words), and put any dose, date or detail that is not given in [square brackets].',
  ],
  // Healing skin at home: what is normal, how to wash it and what to avoid, not medicines and doses.
  bodycare: [
    'Cover what is normal as it heals and for how long (for a tattoo: oozing, redness, peeling and itching), how and how often to wash and moisturise it and with what kind of product, and what to avoid and for how long (soaking, swimming, sun, tight clothing, picking or scratching), each in a short plain sentence.',
    'List the signs of infection or an allergic reaction that mean seeing a doctor (spreading redness or heat, pus, fever, red streaks), and how to reach the studio with questions ([placeholder] for the contact).',
  ],
  clause: [
    'Write it in plain, enforceable language: who is responsible for what (each side’s duties and what must be disclosed), what happens step by step if it occurs, who pays, and any limit of liability; define each term once and use it the same way.',
    'Mark it as a draft for a local lawyer to check, since the rules differ by state or country, and put amounts, the governing state and insurance details in [square brackets].',
  ],
  salead: [
    'Lead with the sale, the dates and hours and the address ([placeholder] if not given), then the best items as a short scannable list, then payment, parking and any rules (early birds, pricing, picking up large items).',
    'Use only the items and details given; invent no brands, prices or claims about condition.',
  ],
  injury: [
    'Include what a report needs: who was involved (name, age or role), the date, time and exact place, what happened in factual words (what was seen, not guesses about fault), the injury and the first aid given, who was told (parents or family, a manager) and when, any witnesses, and the follow-up, with signature and date lines.',
    'Keep it to one page, with tick boxes where they save time (type of injury, body part, first aid given) and plain labels staff can fill in quickly.',
  ],
  obituary: [
    'Follow the usual order: full name, age, home town and date of death ([placeholders] where not given), a short account of the life (work, family, what they loved), the survivors as given, then the service details exactly as given and where donations may go if stated.',
    'Keep it warm and factual, in plain words; use only the facts given, and invent no anecdotes, quotes or cause of death.',
  ],
  violation: [
    'State the facts (dates, times, what was seen) and the lease clause or rule it breaks, what the tenant must do and by when, and what happens if it continues, in a firm, neutral tone with no threats or insults; put any detail not given in [square brackets].',
    'Keep to what the lease and local landlord-tenant law allow (notice periods, how it must be delivered), with those details as [placeholders], and add one line for me after the notice to check the local rules before any step toward eviction.',
  ],
  convo: [
    'Write it as words to say aloud in short, plain sentences: a brief opening, the main message said clearly and early (no euphemisms that could be misunderstood), then room for the other person to react, and what to say to the likely reactions (questions, silence, tears, anger).',
    'Promise nothing that cannot be promised and invent no facts: put names, details and next steps that are not given in [square brackets], and mark pauses as [pause], with no other stage directions.',
  ],
  shotlist: [
    'Order the shots by the moments as they happen, mark the must-have shots, and list the family and group combinations with [names] to fill in, largest group first so people can leave.',
    'Fit it to the setting and time given, noting the limits they put on the shots (space, light, rules on where to stand or on flash, a short ceremony), with a backup for bad light or bad weather.',
  ],
  sign: [
    'Lead with a headline of a few words that can be read from a distance and says what to do or not do, then one or two short lines on why and what to do instead; keep it under about 40 words in all.',
    'Use plain words any visitor understands, state any rule, fine or contact only as given (otherwise as a [placeholder]), and suggest a symbol if it would help.',
  ],
  rules: [
    'Keep to a few rules (about 5 to 8), each one short and said as what to do rather than what not to do where possible, with the reason in a few words where it helps them follow it.',
    'Put safety rules first, keep them consistent with any rules already set by the school, employer or venue, and say what happens when a rule is broken only if the request asks.',
  ],
  classnews: [
    'Keep it short (about 150–250 words) and warm: what the class learned and did, with one concrete detail, then what is coming up with its date, then any requests (volunteers, things to send in) with how and by when to respond.',
    'Use only the facts given; put missing dates, times or names in [square brackets] instead of inventing them.',
  ],
  notice: [
    'Put what is happening and when (the date, and the start and end times) in the title or the first line, then why in one sentence, what readers should do before and during it, and who to contact with questions (a [placeholder] if not given).',
    'Keep it short (about 120 words at most), polite and plain, with a brief apology where it disrupts people; add no details that were not given.',
  ],
  listing: [
    'Lead with the strongest selling points given, then the rooms, the outside and the location, using only the facts I have given; put what a listing needs that I have not given (price, square footage, address, year built) in [square brackets].',
    'Keep it to about 150–250 words, specific rather than gushing (no “must see” or “won’t last”), and follow fair-housing rules: describe the property, not the kind of buyer or neighbour it suits.',
  ],
  policy: [
    'Give each topic the request names a clear rule, who it applies to and the usual exceptions, and say what is required and what is only encouraged.',
    'Write in plain words, not legalese; where a figure or a legal requirement depends on the company or the country (amounts, notice periods, local law), put it in [square brackets] for me to fill in.',
  ],
  postmortem: [
    'Keep it blameless: describe what the systems and the process did and why it made sense at the time, not who was at fault.',
    'Use only the facts given; where the document needs one that is missing (when it was detected, who was affected, owners, dates), put a short note in square brackets instead of inventing it.',
    'Make each action item specific and checkable, tied to the cause or the gap in detection it addresses.',
  ],
  gamerules: [
    'Make it playable as written by someone who has never seen it: the number of players, what is needed, the setup, how a turn or round goes, how points are scored and how it ends.',
    'Fit every limit the request gives (players, time, materials, setting), and say how long a round takes.',
  ],
  status: [
    'Use only the facts given, keeping every number and date; for each blocker, say what it holds up and what would clear it (a decision, a person, a date), and put anything missing in square brackets instead of inventing it.',
    'If the reader has to decide or do something, say so in the opening status line; keep the rest short, one line per item.',
  ],
  stories: [
    'Cover each kind of user the feature serves and the paths that go wrong (no data, very large amounts, a failure half-way, no permission), not only the happy path.',
    'Keep each story to one user goal and give it testable acceptance criteria; put open questions at the end instead of inventing answers.',
  ],
  jobad: [
    'Cover what the role is for, the main responsibilities, the must-have requirements kept apart from the nice-to-haves (and few of each), the hours, place and pay, and how to apply.',
    'Use plain, inclusive wording (no “rockstar” or “ninja”, no years of experience or degree the work does not need), and put terms I have not given, such as pay or benefits, in square brackets instead of inventing them.',
  ],
  rubric: [
    'Use criteria that match what the task assesses, each scored on the same number of levels, with the points for each level.',
    'Describe each level in observable terms a student can act on, not just “good” or “excellent”.',
    'Pitch the expectations at the level of the students the request names.',
  ],
  headline: [
    'Keep each within the platform’s limit (220 characters on LinkedIn), and put the role and the value in the first few words, which show in search results and comments.',
    'Say who they help or what they do, in the plain keywords recruiters search for, without buzzwords or emoji unless asked.',
    'Build only on the facts given; invent no titles, employers or results.',
  ],
};

function requirements(ctx: TechniqueContext): string[] {
  const f = ctx.features;
  if (isGrammarCheck(ctx))
    return [
      'Judge it by standard written English; if it is fine in casual speech but not in formal writing, say so.',
      'If it is not correct, give the corrected version and change nothing else.',
    ];
  if (isBabyProblem(ctx)) return BABY_LINES;
  if (isParentingProblem(ctx)) return PARENTING_LINES;
  if (isTimeConversion(ctx))
    return ['Convert each time for the date it applies to (today’s, if none is given) and say whether daylight-saving time is in effect in each place then, since the gap between zones shifts for a few weeks each spring and autumn; note when the day changes.'];
  if (isTimeZoneMeeting(ctx))
    return ['Keep everyone within working hours (about 8am–6pm local) if any time allows it; if none does, say so and suggest rotating the inconvenient slot; note when daylight-saving changes move the times.'];
  if (isDateTalk(ctx))
    return ['Mix light topics with a few that reveal values or passions, each with an example question, and leave out anything that pries or feels like an interview on a first date (exes, money, politics).'];
  if (isPeopleManagement(ctx))
    return [
      'Find out before acting: give the questions to ask and what to listen for, then what to do depending on what turns up.',
      'Give the words to open the conversation without blame, and say when to bring in HR or professional support rather than handle it alone.',
    ];
  if (isLeadDilemma(ctx))
    return [
      `Lay out the realistic options${/\b(?:unplanned|interruptions?|ad[- ]hoc (?:requests|work)|requests from other teams|work from other teams)\b/.test(ctx.lower.slice(0, 400)) ? ' (such as reserving part of each sprint for it, one intake channel with someone triaging, or agreeing priorities with the other teams’ leads)' : /\b(?:deadlines?|sprints?|due|promised|timeline|launch|release|ship|estimates?)\b/.test(ctx.lower.slice(0, 400)) ? ' (such as cutting scope, delivering in phases, moving the date or adding people)' : ''} with what each costs and who has to agree, then recommend one for the situation described.`,
      'Give the words for the hardest conversation it needs, calm and factual, and say what to put in writing afterwards.',
    ];
  if (isWorkTrouble(ctx))
    return [
      'Order the options from the least risky (keeping a record, making the work visible, a direct conversation) to the most formal (a skip-level conversation, HR), and say when to move to the next.',
      'Give the words for the first conversation, calm and factual, and say what to avoid (confronting them in public, complaining to coworkers).',
    ];
  if (isBabyNames(ctx))
    return [
      'Give only real names in use, each with its origin and meaning, and follow every condition given (first letter, length, origin, style).',
      'Mix classic, popular and less common names, and leave out ones with unfortunate meanings or nicknames.',
    ];
  if (isDoctorQuestions(ctx))
    return ['Group the questions (what it means for me, treatment and its side effects, what I can do at home, when to call back or come in), keep each short enough to read out, and do not give medical advice in place of the questions.'];
  if (isPairing(ctx))
    return ['Name pairings by grape or style (with one or two example bottles at everyday prices), say why each works with this dish and how it is cooked or sauced, and name one to avoid.'];
  if (writingHowTo(ctx))
    return ['Show what makes a good one with a short before-and-after: a weak example, what is wrong with it, and a stronger version; keep any rule of thumb to a line.'];
  if (phraseMeaning(ctx))
    return ['Explain what it means as people actually use it, including any tone or subtext (politeness, irony, irritation); give its origin only where that helps.'];
  const game = gameRules(ctx);
  if (game)
    return [`Cover only what a first game of ${game} needs (the aim, the setup, how a turn or a rally goes, how points or the win are decided, and what is not allowed), and leave advanced rules and strategy to one line at the end.`];
  if (isUsageQuestion(ctx))
    return ['Give the rule as standard written English uses it, a quick test for choosing in the moment, and say where informal usage differs.'];
  if (isChildBullied(ctx))
    return [
      'Start with how to talk to the child (listen, believe them, do not promise to keep it secret, do not tell them to fight back), then keeping a dated record, then what to ask the school for and by when.',
      'Say what to do if the school does not act, and the signs that mean getting help at once (self-harm, threats, injuries, refusing to go to school).',
    ];
  if (isNeighbourProblem(ctx))
    return [
      'Order the options from the friendliest to the most formal (a word in person, a note, mediation, the landlord or the council or a noise complaint), and say when to move to the next.',
      'Say what to keep a record of (dates, times, how long it lasted), and note that the formal steps and rules depend on where I live.',
    ];
  if (isHomeRecipe(ctx))
    return [
      asksCookMethod(ctx)
        ? 'Recommend one method and say why it is the best for what is asked (taste, texture, nutrients kept), with exact times and temperatures.'
        : 'Give exact quantities (by weight and by cup or spoon) and times, for ingredients and equipment an ordinary kitchen has, and say which steps cannot be skipped.',
    ];
  const living = livingPick(ctx);
  if (living)
    return [
      living === 'plant'
        ? 'Name only plants that fit every condition given (light, space, climate, care time), by common and botanical name, and flag any that are toxic to pets or children.'
        : 'Name only breeds that fit every condition given (space, time, children, other pets, allergies), and give each its exercise, grooming and health needs honestly.',
    ];
  if (petToTrain(ctx))
    return [
      'Explain in a sentence why animals do this, since the cause decides the fix (fear, boredom, excitement, guarding).',
      'Use reward-based methods only (no punishment, shock or prong collars), with what to do each day, how long a session lasts, and how long it usually takes to see change.',
      'Say when to see a vet or a certified behaviourist: a sudden change in behaviour, aggression, or no progress after a few weeks.',
    ];
  if (isExerciseList(ctx))
    return [
      'Describe each one so it can be done safely from the text alone: the starting position, the movement, and how long to hold it or how many repetitions.',
      'Keep to gentle, well-established exercises, and say to stop if pain gets sharper, spreads, or brings numbness or tingling.',
      'Say when to see a doctor or physiotherapist instead: pain after a fall or injury, numbness or weakness, or pain that lasts more than a few weeks.',
    ];
  if (isGuidedExercise(ctx)) {
    const minutes = ctx.lower.match(/\b(\d+)[- ]min(?:ute)?s?\b/)?.[1];
    return [
      `Give one exercise, not a menu of options: the steps in order, with counts or timings that add up to ${minutes ? `${minutes} minutes` : 'a few minutes'}.`,
      'Write each step so it can be followed while doing it: short sentences, one action each.',
      'Say when to stop (dizziness, pain) and what to do instead.',
    ];
  }
  if (isMnemonic(ctx))
    return [
      'Keep the items in the order asked for, with the first letter (or sound) of each word matching its item, and list the items under each mnemonic so it can be checked.',
      'Make each one vivid or funny, since odd images stick, and short enough to say in one breath.',
    ];
  const city = thingsToDoIn(ctx);
  if (city)
    return [
      `Name specific places, events or areas in ${city}, with the neighbourhood, and say which need booking, cost money or depend on the season or day.`,
      isLayover(ctx)
        ? 'Fit everything into the layover: count the trip from and back to the airport and the time to clear security before the next flight, and say what to drop if the first flight lands late.'
        : '',
      'Mix well-known highlights with a few places locals like, and check each suits any season, budget or group the request gives.',
    ];
  if (isKeywordIdeas(ctx))
    return [
      'Mix short head terms with longer phrases people actually type, and include local modifiers (the city, “near me”) where the business serves a place.',
      'Cover different search intents (learning, comparing, ready to book or buy), and do not invent search volumes or difficulty scores.',
    ];
  if (isWeightGoal(ctx))
    return [
      'Check the goal against a safe rate (about 0.5–1 kg, or 1–2 lb, a week) and say plainly if the time given is too short for it.',
      'Give daily targets as ranges (calories, protein) and state the assumptions behind them (age, height, activity), since the question does not give them.',
      'Build on ordinary foods and simple swaps, not a crash diet or supplements, and name what to eat more of and less of.',
      'Say when to check with a doctor first (a medical condition, medication, pregnancy, a history of disordered eating).',
    ];
  if (isResumeSummary(ctx))
    return [
      // "Make it punchier", "less robotic": the tone asked for comes first.
      toneGoal(ctx) ?? '',
      'Open with who I am professionally (role and years of experience), then my strongest skills and one or two results, aimed at the kind of role I want.',
      'Do not invent numbers, employers or achievements: where a figure would make it stronger (growth, audience, budget), put a placeholder in square brackets for me to fill in.',
      forLinkedIn(ctx)
        ? 'Keep it to a few short paragraphs (about 100–200 words) in the first person, and replace empty words such as “hardworking” or “results-driven” with what shows them.'
        : 'Keep it to two or three sentences (about 40–60 words), and replace empty words such as “hardworking” or “results-driven” with what shows them.',
    ];
  if (isResumeBullet(ctx))
    return [
      'Lead with a strong action verb and show the result, not the duty: what was done, how, and what it changed.',
      'Do not invent numbers or achievements: where a figure would make it stronger (growth, time or money saved, scale), put a placeholder in square brackets for me to fill in.',
      'Keep each version to one line, under about 25 words, in the past tense unless the role is current.',
    ];
  if (isTriage(ctx))
    return [
      'Order the items by urgency and impact: hard deadlines and people who are blocked or waiting first, then what matters most for the asker’s goals; batch quick items together.',
      'Say which item can wait, be delegated or be dropped, and why.',
      // "Dentist appointment at 3": a fixed time is not ranked, the rest of the day fits around it.
      /\bat \d{1,2}(?::\d\d)?\s*(?:am|pm)?\b|\b\d{1,2}:\d\d\b/.test(ctx.lower.slice(0, 600)) ? 'Keep anything with a fixed time where it is, and fit the rest around it.' : '',
    ];
  if (isTrivia(ctx))
    return [
      'Mix easy and hard questions across different parts of the topic, each worded so that only one answer is right; leave out answers that are disputed or have changed.',
      'Check every answer against the facts before finishing.',
    ];
  if (isVocabStudy(ctx))
    return [
      'Recommend methods with evidence behind them (spaced repetition with active recall, words learned in context and used in sentences), with how many new words a day and how long each session takes.',
      'Fit it to the exam and the time left, if given, and say how to check progress along the way.',
    ];
  if (memorizeKind(ctx))
    return [
      memorizeKind(ctx) === 'talk'
        ? 'Learn the structure and the key points first, word for word only for the opening and closing lines, so the talk survives a forgotten sentence.'
        : 'Learn it word for word in small chunks, adding one chunk at a time, with the cue that leads into each.',
      'Base the method on what is known to work (spaced repetition, recalling rather than rereading, practising aloud), with how long each session takes and how many days ahead to start.',
    ];
  if (isQuizMaking(ctx))
    return [
      'Cover the key ideas of the topic with a spread of difficulty, one idea per question, worded so that only one answer is defensible.',
      /\bmultiple[- ]choice\b/.test(ctx.lower)
        ? 'Give each question exactly one correct option and plausible wrong options drawn from common misconceptions; no “all of the above” or trick wording.'
        : '',
      'Check every answer against the facts before finishing.',
    ];
  switch (ctx.taskType) {
    case 'code': {
      const lang = f.codeLanguage;
      // One precedence for every technique (codeMode): what the prompt asks for decides the requirements.
      switch (codeMode(ctx)) {
        case 'debug':
          if (isSlowCode(ctx)) {
            const query = /\b(sql|query|queries|select|join)\b/.test(ctx.lower.slice(0, 600));
            return [
              /\b(?:time|space) complexity\b|\bbig[- ]?o\b/.test(ctx.lower.slice(0, 300)) ? 'State the time and space complexity of the original, with the reasoning (which loop or call dominates), and the same for the faster version.' : '',
              query
                ? 'Say what makes it slow, biggest cost first (for example a function on an indexed column, a missing index, SELECT *, a sort or join without an index), before changing anything.'
                : 'Say what makes it slow, biggest cost first (for example work repeated inside a loop, a slow call made many times, everything loaded into memory at once), before changing anything.',
              `Say how to confirm each cause (${query ? 'the query plan from EXPLAIN, or a timing' : 'a profiler or a timing'}) and roughly what speed-up to expect.`,
              'Keep the results identical: the faster version must return exactly what the original does.',
            ];
          }
          if (isUnseenBug(ctx))
            return [
              'No code is included: start from the causes that most often produce exactly this symptom, and say how to tell which one applies.',
              'Keep each fix small and in the language or framework named, and explain why it removes the cause rather than hiding the symptom.',
            ];
          return [
            'Explain the root cause before the fix, and change only what the fix needs.',
            'Keep the existing style, names and public interface unless they are the bug.',
            'Point out any other bug you notice on the way, without fixing unrelated code.',
          ];
        case 'review':
          // "Review my code for security issues": the review asked for, with the attack each flaw allows.
          return /\b(?:security|vulnerab\w*|exploit\w*|injection|secure)\b/.test(ctx.lower.split('```')[0]?.slice(0, 300) ?? '')
            ? ['Focus on security: injection (SQL, command, XSS), authentication and authorization, secrets in code, input validation and data exposure; for each finding say what an attacker could do and give the fix.', 'Quote the code each comment refers to.', 'Rank findings by severity, and note other bugs briefly at the end.']
            : sub(ctx, 'config')
              ? // A deployment file fails in production, not in a unit test: what it does under load, on restart and when attacked.
                ['Cover reliability (replicas, resource requests and limits, health probes, restarts and rollouts), behaviour under load, security (image tags, privileges, secrets) and cost.', 'Quote the lines each comment refers to, and give the corrected snippet.', 'Distinguish must-fix problems from optional suggestions.']
              : ['Cover correctness, edge cases, security, performance and readability.', 'Quote the code each comment refers to.', 'Distinguish must-fix problems from optional suggestions.'];
        case 'explain-code':
          return ['Explain in plain words what each part does and why, not just a line-by-line restatement.', 'Mention inputs that would make the code fail.'];
        case 'tests-only':
          return [
            testFramework(ctx.lower.slice(0, 400)) ?? 'Use the test framework the request or code implies (for example pytest, Jest or JUnit), and say which.',
            'Cover the normal case, the boundaries and each kind of odd input (empty, unicode, very long, wrong type), one behaviour per test with a descriptive name.',
            'Test through the public interface and do not change the code under test; if a test exposes a bug, say so.',
          ];
        case 'convert':
          return [
            'Carry over every record and every field exactly: no values dropped, reordered within a record, rounded or retyped.',
            'Say how nested values, missing fields and characters that need escaping (commas, quotes, line breaks) are handled.',
            'Convert the data itself; add code only if the request asks for it.',
          ];
        case 'orm':
          return [
            'Return exactly the rows the SQL returns: the same filters, joins, grouping, HAVING condition and ordering; say where NULLs or duplicates could make the two differ.',
            'Use the ORM’s own query API (filters, annotations, aggregates) rather than raw SQL, with the model and field names the SQL implies, stated as assumptions.',
          ];
        case 'port': {
          const target = portLanguages(ctx)?.to;
          return [
            'Keep the behaviour identical, including default values, error cases and edge cases that differ between the languages (integer division, falsy values, mutation of arguments, string encoding).',
            `Write idiomatic ${target ?? 'code in the target language'} rather than a line-by-line transliteration, and name any library that replaces a built-in.`,
            'List any behaviour that cannot carry over exactly, and what you did instead.',
          ];
        }
        case 'oneliner':
          if (!isShellOneLiner(ctx))
            return [
              `Write it as a single line of idiomatic ${lang ?? 'code'}; if one line would hurt correctness or readability badly, say so and give the shortest multi-line version.`,
              'Handle the empty and odd inputs the task implies within that line.',
              'Explain what each part of the line does.',
            ];
          // A command typed once at a prompt: what makes it right is quoting, a safe preview and knowing each part.
          return [
            lang ? `Use ${lang}${lang === 'Bash' ? ' and the standard tools of a typical Linux or macOS shell' : ''}.` : 'Name the shell or tool it is for.',
            'Keep it to one command line; if it cannot be done safely in one line, say so and give the shortest script instead.',
            FILE_JOB.test(ctx.lower.slice(0, 300))
              ? 'Handle names with spaces and upper- or mixed-case extensions, never overwrite an existing file silently, and give a preview variant that only prints what it would do.'
              : 'Quote arguments so that spaces and special characters cannot break it.',
            'Explain each part of the command in a few words.',
          ];
        case 'cron':
          // Schedules go wrong on the dialect (five fields or Quartz's six), the time zone and day-of-month/day-of-week OR.
          return [
            `${cronGiven(ctx) ? 'Read it as' : 'Use'} standard five-field crontab syntax (minute, hour, day of month, month, day of week) unless the request names a scheduler with its own syntax (Quartz, AWS EventBridge, Kubernetes, GitHub Actions), and say which one you assume.`,
            'Say which time zone it runs in (the server’s, or UTC on most cloud schedulers) and what to change for another.',
            'Mention any trap the schedule meets, such as day of month and day of week together matching either one, or months without that date.',
          ];
        case 'regex':
          // A pattern has no standard library or unit tests: its flavour, its accepted variants and test strings make it right.
          return [
            'Say which regex flavour it is for (JavaScript, Python re, PCRE…) and use only what that flavour supports.',
            'Anchor it, and list the variants it accepts (for example separators, optional parts, case) and what it deliberately rejects.',
            'Give test strings: several it must match and several it must reject.',
          ];
        case 'refactor': {
          const ask = ctx.lower.split('```')[0]?.slice(0, 600) ?? '';
          return [
            'Keep the behaviour identical: the same inputs give the same outputs, errors and side effects; point out any existing bug separately instead of silently changing it.',
            `Use clear names and ${lang ? `idiomatic ${lang}` : 'the language’s idiomatic constructs'} (for example built-in collection methods instead of index loops where they read better), and split long functions only where it helps.`,
            // "It takes ~25 minutes… I want it faster", "structured into functions so it can be tested": asked for as well.
            /\b(faster|speed (?:it )?up|too slow|performance|takes (?:~|about |around )?\d+ ?(?:s|sec|seconds|min|mins|minutes|hours?))\b/.test(ask) ? 'Make it faster as well: say where the time goes first, and change that.' : '',
            /\b(tests?|testable|tested|unit[- ]test)\b/.test(ask) ? 'Add tests that pin the current behaviour, so the refactor can be checked against them.' : 'Add no features, dependencies or new error handling the original did not have.',
          ];
        }
        case 'testdata':
          return [
            'Make the records realistic and varied (names from several cultures, a spread of dates and categories), consistent within each record (an email that fits the name, dates in a sensible order), and clearly fake: example.com emails, no real people or real contact details.',
            'Keep each field in one format throughout (ISO dates, one spelling per category) so the data loads without cleaning, and use exactly the fields and the number of records asked for.',
          ];
        case 'commit':
          return [
            'Follow the usual convention: a summary line in the imperative mood of about 50 characters or fewer (“Fix…”, not “Fixed…”), a blank line, then a short body on what changed and why, wrapped at 72 characters.',
            'Describe only the change given; do not invent files, ticket numbers or side effects.',
          ];
        case 'jsonschema':
          return [
            'Use JSON Schema draft 2020-12 and declare it with "$schema"; give every property a type and a short description, and list which are required.',
            'Add the constraints the fields imply (format "email", a sensible minimum and maximum for numbers such as an age, minItems and uniqueItems for lists) and set additionalProperties on purpose.',
            'Give one valid and one invalid example instance, and say which rule the invalid one breaks.',
          ];
        case 'schema':
          return [
            `Give each table with its columns, types and constraints (primary and foreign keys, NOT NULL, UNIQUE), for ${lang === 'SQL' && sqlDialect(ctx.scan) ? sqlDialect(ctx.scan) : 'the database the request names, or PostgreSQL if it names none'}.`,
            'Name the entities and how they relate (one-to-many, many-to-many through a join table) before the tables, and state each assumption about the domain in one line.',
            'Normalise so no fact is stored twice, say where you denormalise on purpose, and add the indexes the main queries need.',
          ];
        case 'config':
          // An Ansible play is judged by idempotence and handlers: a restart only when something changed.
          if (/\bansible\b/.test(ctx.lower.slice(0, 300)))
            return [
              'Make every task idempotent (use modules, not shell commands), restart or reload only through a handler notified by the task that changed the file, and validate the config before it is put in place where the tool can (for nginx, `validate: nginx -t -c %s`).',
              'Keep secrets in Ansible Vault or an external secret store, show the inventory it expects, and how to run it with --check --diff before the real run.',
            ];
          // A config file is run, not unit-tested: what makes it right is pinned versions, no secrets and a way to check it.
          return [
            'Pin versions (image tags, provider and tool versions) instead of "latest", and say which you chose.',
            'Keep secrets out of the file: read them from environment variables or the platform’s secret store, and show how to supply them.',
            configLine(ctx),
          ];
        case 'app':
          return [
            lang ? `Use ${lang}; name the framework and libraries you choose and why, preferring well-established ones.` : 'Name the language, framework and libraries you choose and why, preferring well-established ones.',
            'Validate input at every boundary and return clear errors (status codes and messages).',
            'Cover every feature named in the task; list anything you leave out and why.',
            'Include tests for the main flows and the error cases.',
            'Keep secrets and configuration out of the code.',
          ];
        case 'setup':
          return [
            'Give the exact commands or configuration, in the order to run them, for the platform and versions the request names; where it names none, say which you assume.',
            'Explain each step in one line, and flag anything that needs admin rights or changes the system globally.',
            'Prefer the tool’s own documented way of doing it over workarounds, and say when an approach is outdated.',
          ];
        case 'concept': {
          const weighs = COMPARE_ASK.test(ctx.lower.slice(0, 300));
          return [
            weighs
              ? 'Answer directly first (the difference in a sentence, or your pick), then the reasons behind it.'
              : 'Answer the question directly first, then explain the mechanism behind it rather than rules to memorise.',
            weighs
              ? 'Compare on explicit criteria that matter for the situation described, and say plainly which comes out ahead for it and when the other would.'
              : 'Use a short code example only where it makes a point clearer, in a fenced block with a language tag.',
            'Say where the answer depends on the version or is a matter of taste, and be precise where it does not.',
          ];
        }
        case 'howto':
          return [
            lang ? `Answer for ${lang}${lang === 'Python' ? ' 3' : ''}, with the idiomatic way first.` : 'Answer with the idiomatic way first, and name the language or tool it is for.',
            'Show it as a short, runnable snippet, then mention the main alternative and when to prefer it (for example ordering, speed or readability).',
            'Point out the pitfall people most often hit with it.',
          ];
        case 'write':
          break;
      }
      // Queries and formulas have no standard library or unit tests: ask for what makes them right instead.
      if (lang === 'SQL')
        return [
          sqlDialect(ctx.scan)
            ? `Write it for ${sqlDialect(ctx.scan)}, using its own functions where they make the query simpler.`
            : 'Write it for the SQL dialect the request implies, and say which one you assume.',
          'Handle NULLs, duplicate rows and empty results explicitly.',
          'Prefer readable CTEs over deeply nested subqueries, and keep large tables in mind (filter early, avoid needless full scans).',
          'Show a few sample input rows and the rows the query should return for them, so the result can be checked.',
        ];
      if (lang === 'spreadsheet formulas')
        return [
          // "Write a Google Sheets formula…": the app is named, so its own functions are fair game.
          /\bgoogle sheets?\b|\bgsheets?\b/.test(ctx.lower.slice(0, 300)) && !/\bexcel\b/.test(ctx.lower.slice(0, 300))
            ? 'Write it for Google Sheets, as asked, using its own functions (such as ARRAYFORMULA, FILTER or QUERY) where they make the formula simpler.'
            : /\bexcel\b/.test(ctx.lower.slice(0, 300)) && !/\bsheets?\b/.test(ctx.lower.slice(0, 300))
              ? 'Write it for Excel, as asked, and say which functions need Excel 365 or a recent version, with a fallback for older ones.'
              : 'Say whether the formula is for Excel or Google Sheets, and which functions need a recent version.',
          'Handle blank cells, text in number columns and lookup misses explicitly.',
          'Explain each part of the formula and show it on a few example rows.',
        ];
      // Apps Script runs inside Google's services: triggers, permissions and quotas decide whether it works at all.
      if (lang === 'Google Apps Script')
        return [
          `Use Google Apps Script (V8) with the built-in services (SpreadsheetApp${MAILS.test(ctx.lower.slice(0, 300)) ? ', GmailApp or MailApp' : ''}); say ${/\b(?:when|whenever|each time|every time|if|every (?:morning|day|night|evening|week|month|hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|daily|weekly|hourly|at \d)\b/.test(ctx.lower.slice(0, 300)) ? `which trigger it needs and how to install it${MAILS.test(ctx.lower.slice(0, 300)) ? ' (a simple onEdit trigger cannot send email, so use an installable or time-driven trigger)' : ''}, and ` : ''}which permissions it will ask for.`,
          `Handle blank cells, text in number columns and rows added later, and never ${MAILS.test(ctx.lower.slice(0, 300)) ? 'send the same message twice (for example by remembering what was sent in PropertiesService or a column)' : 'process the same row twice (for example by marking the rows already handled)'}.`,
          'Show how to test it on a copy of the sheet before pointing it at the real one.',
        ];
      // A script that renames, moves or deletes files has its own failure modes, and a wrong run is hard to undo.
      // Read in the ask only: a long bug report narrates copying files it does not ask a script for.
      const files = FILE_JOB.test(ctx.lower.slice(0, 300));
      // A backup's failure modes are a missing drive, a full disk and a deleted original, not clashing file names.
      const job = unattendedJob(ctx);
      if (job)
        return [
          lang ? `Use ${lang}${lang === 'Python' ? ' 3' : ''} and the standard tools of the platform it runs on.` : 'If the language is not stated, use the one the context implies and name it.',
          // A backup to cloud storage fails on credentials and retention, not on a missing drive.
          job.backup && CLOUD_STORE.test(ctx.lower.slice(0, 300))
            ? 'Use the storage provider’s own CLI (for example `aws s3 sync` or `gsutil rsync`), never modify or delete the source, take credentials from a role or a named profile rather than the script, and enforce the retention asked for (a lifecycle rule, or deleting copies older than that).'
            : job.backup && /\b(?:postgres(?:ql)?|mysql|mariadb|mongo(?:db)?|sqlite|databases?|db)\b/.test(ctx.lower.slice(0, 300))
            ? `Use the database’s own dump tool (${/\bpostgres/.test(ctx.lower.slice(0, 300)) ? 'pg_dump' : /\b(?:mysql|mariadb)\b/.test(ctx.lower.slice(0, 300)) ? 'mysqldump' : /\bmongo/.test(ctx.lower.slice(0, 300)) ? 'mongodump' : /\bsqlite\b/.test(ctx.lower.slice(0, 300)) ? 'SQLite’s .backup command' : 'such as pg_dump or mysqldump'}) rather than copying its data files, take credentials from a protected file (such as ~/.pgpass or an option file) rather than the script, compress each dump with the date in its name, check it is not empty, and delete only dumps older than the retention asked for.`
            : job.backup
            ? 'Copy incrementally (for example rsync, or robocopy on Windows), never modify or delete the source, and check the destination is mounted and has room before copying; stop with a clear message if not.'
            : // A server keeps writing to a log it has open, even after the file is moved.
            LOG_ROTATE.test(ctx.lower.slice(0, 300))
            ? `Say in one line whether logrotate would do this with a short config instead; in the script, after moving a log, make the program reopen its logs (${/\bnginx\b/.test(ctx.lower.slice(0, 300)) ? '`nginx -s reopen`, or a USR1 signal' : 'for example a reload or the signal it documents'}), or it keeps writing to the moved file.`
            : 'Check that every folder it needs exists and is writable before changing anything, and stop with a clear message if not.',
          job.scheduled
            ? 'Show how to schedule it (a crontab line or a systemd timer on Linux, launchd on macOS, Task Scheduler on Windows) and make it safe to run unattended: log each run with a timestamp and exit non-zero on failure.'
            : 'Log what it did and exit non-zero on failure, so a failed run is noticed.',
          'Add a dry-run option that only prints what would change.',
          'Include a way to test it on a temporary folder before pointing it at real data.',
        ];
      // Disabling or deleting accounts in bulk locks people (and services) out: report first, change second.
      if (ACCOUNT_CLEANUP.test(ctx.lower.slice(0, 300)) && /\b(?:inactive|stale|unused|dormant|(?:haven'?t|have not|hasn'?t|not) logged in|older than|expired|all|every)\b/.test(ctx.lower.slice(0, 300)))
        return [
          lang ? `Use ${lang} and its idiomatic style.` : 'If the language is not stated, use the one the context implies and name it.',
          'Report first, change second: write what it would change to a CSV, make the change only with an explicit switch (dry run by default, or -WhatIf in PowerShell), log every change, and make it easy to undo (for example move accounts to a separate OU or group and record the date).',
          `Exclude service, admin and emergency (break-glass) accounts and accounts created too recently to have logged in${/\bactive directory\b|\bad\b/.test(ctx.lower.slice(0, 300)) ? ', and say which last-logon attribute you use and how current it is (lastLogonTimestamp can lag by up to 14 days)' : ''}.`,
          'Test it on a test OU or a handful of accounts first, and say which permissions it needs.',
        ];
      // A retry loop that retries the wrong failures, or resends a consumed body, makes an outage worse.
      if (RETRY_BACKOFF.test(ctx.lower.slice(0, 300)))
        return [
          lang ? `Use ${lang}${lang === 'Python' ? ' 3 with type hints' : lang === 'TypeScript' ? ' with strict types' : ''} and its idiomatic style.` : 'If the language is not stated, use the one the context implies and name it.',
          ...(/\b(?:https?|api|requests?|fetch|endpoint|url|rest)\b/.test(ctx.lower.slice(0, 300))
            ? [
                'Retry only what is worth retrying (network errors, timeouts, 429 and 5xx responses; never other 4xx), honour a Retry-After header, cap each delay and the total wait, and stop at once when the caller cancels (a context, signal or token).',
                'Make each attempt safe to repeat: rebuild or rewind the request body every time, close the previous response, and retry non-idempotent calls such as POST only when the request says so.',
              ]
            : [
                'Retry only failures that can pass on a second try (timeouts, dropped connections, busy or rate-limit errors), never bad input or permission errors; cap each delay and the total wait, and stop at once when the caller cancels.',
                'Make each attempt safe to repeat (no side effect done twice), and log each retry with the error and the delay.',
              ]),
          'Test it against a local test server that fails a set number of times, with the clock or sleep injectable so the tests run instantly.',
        ];
      return [
        lang ? `Use ${lang}${lang === 'Python' ? ' 3 with type hints' : lang === 'TypeScript' ? ' with strict types' : ''} and its idiomatic style.` : 'If the language is not stated, use the one the context implies and name it.',
        files
          ? 'Handle the file-system edge cases explicitly: a missing or empty folder, a target name that already exists, upper-case or mixed-case extensions, and files it cannot read or write; never overwrite silently.'
          : 'Handle edge cases explicitly: empty input, invalid values and very large inputs.',
        // Ahead of the library rule: when lines are trimmed to the verbosity, a dry run matters more here.
        files ? 'Add a dry-run option that only prints what would change, and print a summary of what was done.' : '',
        files ? 'Include tests that run it on a temporary folder and cover the normal case and each edge case.' : '',
        f.libraries.length > 0
          ? `Use the libraries the request names (${f.libraries.join(', ')}); avoid adding others unless clearly needed, and say why if you do.`
          : 'Use only the standard library unless a dependency is clearly needed; say why if you add one.',
        files ? '' : 'Include tests that cover the normal case and each edge case.',
        'Keep functions small and name things clearly; comment only where the reason is not obvious.',
      ];
    }
    case 'summarization':
      if (isTopicComparison(ctx)) {
        const table = f.formatRequested === 'table';
        const [a, b] = f.options;
        return [
          'There is no source text: compare them as they are usually described, and do not invent statistics, benchmarks or quotations.',
          'Compare them on the same points, most important difference first, saying where each one stands on each point; mention what they share only where it matters.',
          table ? `Use one table row per point of difference and ${a && b ? `one column each for ${a} and ${b}` : 'one column for each subject'}, then one or two sentences on what the differences mean in practice.` : '',
          table ? 'Keep to the six to ten differences that matter most.' : f.lengthLimit ? '' : 'Keep it to at most 250 words unless the request says otherwise.',
        ];
      }
      if (isTopicSummary(ctx))
        return [
          'There is no source text: cover the main points as they are usually presented, and do not invent statistics, studies or quotations.',
          FOR_AGAINST.test(ctx.lower)
            ? 'Present each side at its strongest and stay neutral; attribute claims to those who make them, and say where the evidence is mixed.'
            : 'Where views differ, present each fairly and say where the evidence is mixed.',
          f.lengthLimit ? '' : 'Keep it to at most 200 words unless the request says otherwise.',
        ];
      // "Summarize The Alignment Problem" names a work the user has not pasted: the model works from what it knows.
      if (isKnownWork(ctx))
        return [
          'Work from what is reliably known about the work; where you are unsure of a detail, say so rather than inventing it.',
          'Get titles, names and dates right, and do not invent quotations or page numbers.',
          f.lengthLimit ? '' : 'Cover every part the request asks for, keeping each to what a reader needs.',
        ];
      if (isRetroActions(ctx))
        return [
          'Turn each problem or wish in the notes into one concrete action a team could start next sprint, and say how they would know it worked; keep what went well as something to keep doing, not a task.',
          'Leave owners and due dates blank unless the notes name them; do not invent either.',
          'Do not add problems the notes do not mention.',
        ];
      if (asksInconsistencies(ctx))
        return [
          'Compare only what both sources actually say: flag differences in times, places, order of events and who did what, and do not call it an inconsistency when one source is simply silent.',
          'Stay faithful to both sources, with no view on which is right; keep names, numbers and dates exactly as given.',
        ];
      if (isActionItems(ctx))
        return [
          summarySections(ctx)?.some((s) => /\bvotes?\b/.test(s)) ? 'For each vote, give the motion, the result and the count as recorded (and who voted which way, where the source says); infer none.' : '',
          'List only what someone committed to or was asked to do; do not turn discussion or opinions into tasks.',
          'Name owners and due dates as the source gives them ("probably next week" stays as said); do not invent either.',
          'Keep names, numbers and dates exactly as given.',
        ];
      return [
        'Stay faithful to the source: no opinions, outside facts or speculation.',
        // "The top 3 complaints" from 40 reviews: how many raised each is what makes it top.
        summarySections(ctx) && /\b(?:reviews|comments|responses|survey|feedback|tickets)\b/.test(ctx.lower.slice(0, 300)) ? 'Rank the points in each section by how many of them raise it, and give the count (for example “12 of 40”).' : '',
        'Keep names, numbers and dates exactly as given.',
        // "Into the 10 things our legal team needs to check": the count asked for sets the length.
        f.lengthLimit || summaryPoints(ctx)
          ? ''
          : isTldr(ctx)
            ? 'Keep it to two or three sentences (under 60 words) unless the request says otherwise.'
            : f.hasSuppliedText
            ? 'Keep it to roughly a fifth of the original length, and at most 150 words unless the request says otherwise.'
            : 'Keep it to at most 200 words unless the request says otherwise.',
        // "In one sentence for a tweet": the sentence also has to fit the post.
        /\b(?:for|as|into|in) a tweet\b|\btweet-?(?:length|sized)\b/.test(ctx.lower.slice(0, 200)) ? 'Keep it within 280 characters, so it fits in one tweet.' : '',
        'Prioritize conclusions and decisions over background.',
      ];
    case 'creative_writing': {
      const kind = creativeKind(ctx);
      if (isPepTalk(ctx))
        return ['Speak to me directly: acknowledge the nerves in a line, remind me of what I can still control (sleep, a short review, breathing, the first step tomorrow) and end on a line I can hold on to; keep it under about 150 words and avoid empty cheerleading.'];
      // A code of conduct is behaviour people can see and what happens when it is broken, not rules with exceptions.
      if (kind === 'policy' && CONDUCT_CODE.test(ctx.lower.slice(0, 300)))
        return [
          `Write each rule as a behaviour people can see and check (for example ${/\b(?:league|team|club|players|coach(?:es)?|tournament|sports?|games?)\b/.test(ctx.lower.slice(0, 300)) ? 'cheering for effort, leaving coaching to the coaches, no arguing with officials' : 'how people speak to each other, how disagreements are raised, what is shared outside'}), stated positively where possible.`,
          'Give escalating consequences (a reminder, a warning, removal, a suspension), say how to report a concern, and keep the tone firm but welcoming.',
        ];
      if (kind === 'ceremony')
        return [
          'Follow the usual order (welcome, a few words about the couple, an optional reading, the vows, the ring exchange, the declaration and the kiss, the presentation of the couple), with [placeholders] for names and stories I have not given.',
          spokenFit(ctx, '10–15 minutes'),
          /\bnon-?religious\b|\bsecular\b|\bhumanist\b|\bnot religious\b/.test(ctx.lower.slice(0, 300)) ? 'Keep it entirely secular: no prayers, scripture or religious language.' : '',
        ];
      const fixed = kind ? DOC_RULES[kind] : undefined;
      // "Alt text for a chart showing users growing from 12k to 48k": a chart's point is its trend and its key figures.
      if (kind === 'alt' && /\b(?:chart|graph|plot|diagram|infographic|dashboard)\b/.test(ctx.lower.slice(0, 200)))
        return [
          'Say what kind of chart it is and what it shows, then the main trend with the key figures given (start, end, any notable peak or dip), in one to three plain sentences.',
          'Do not start with “image of” or “chart of”, and add no figures or reasons the request does not give.',
        ];
      // Spoken to a group: one point, one passage, and a length set by the minutes.
      if (kind === 'devotional')
        return [
          'Open with a hook from the listeners’ own world, read one short passage (name a fitting one, with its reference), make one clear point with a story or example they recognise, ask one question to think or talk about, and close with a short prayer or a challenge for the week.',
          spokenFit(ctx, '5–10 minutes'),
        ];
      // An obituary runs about 150–300 words unless the family or the paper sets a length.
      if (kind === 'obituary' && fixed) return [...fixed, f.lengthLimit ? '' : 'Keep it to about 150–300 words unless the request says otherwise.'];
      if (fixed) return [...fixed];
      if (kind === 'talk') return talkLines(ctx);
      if (kind === 'outline') {
        const n = outlineParagraphs(ctx);
        return [
          'Write the outline, not the piece: each point in note form, one per line, with no finished paragraphs.',
          n
            ? `Give exactly ${n} entries, one per paragraph: the introduction with its thesis, ${n - 2} body paragraph${n - 2 === 1 ? '' : 's'}, and the conclusion.`
            : '',
          ARGUES.test(ctx.lower.slice(0, 300))
            ? 'State the thesis in one sentence; give each body section one claim with the evidence or example that supports it, and place the strongest counterargument where it is answered.'
            : 'Give each section its main point and the two or three supporting points or examples that belong under it.',
        ];
      }
      if (kind === 'recipe') {
        const minutes = /\b(\d{1,3})[- ]?(?:minutes?|mins?)\b/.exec(ctx.lower.slice(0, 300))?.[1];
        // "Use metric measurements": the units the request names, otherwise both.
        const units = /\bmetric\b/.test(ctx.lower) ? 'in metric units, as the request asks' : /\b(?:imperial|us (?:units|measurements)|in cups)\b/.test(ctx.lower) ? 'in US units, as the request asks' : 'in metric and US units where practical';
        return [
          `Give every ingredient a quantity, ${units}, and list them in the order they are used.`,
          'Number the steps, each with its time and temperature where it has one and how to tell it is done.',
          minutes ? `Keep the total time, preparation included, within ${minutes} minutes, and state it.` : '',
          DIET_CONDITION.test(ctx.lower.slice(0, 300)) ? 'Check every ingredient against each condition in the request (diet, allergies, what to leave out), including hidden sources such as stock, sauces and baking mixes.' : '',
          'State the yield (the servings asked for, if any) and the total time, and use ingredients from an ordinary supermarket unless the request names others.',
        ];
      }
      if (kind === 'taskprompt')
        return [
          'Address the model directly and state the task, the input (marked by a clearly delimited placeholder such as {{input}}) and the exact output format, with every section the request names.',
          `Spell out how to handle hard cases (missing or unclear input, contradictions, nothing to report) so the model does not guess${/\b(?:grad(?:e|es|ing)|scor(?:e|es|ing)|rat(?:e|ing)|label\w*|classif\w+|evaluat\w+|judg\w+|rubric)\b/.test(ctx.lower.slice(0, 300)) ? '; give the criteria and the scale explicitly, with what each level looks like, so scores stay consistent across runs' : ''}.`,
          'Do not invent specifics the request leaves out (the rubric, the labels, the audience): put a clearly marked [placeholder] for me to fill in.',
          'Keep it to plain, direct instructions; add one short example only where it fixes the format.',
        ];
      if (kind === 'instructions') {
        const app = instructionsApp(ctx);
        return [
          app
            ? `Number the steps, one action per step, naming each button or menu exactly as it appears in ${app}, in bold.`
            : 'Number the steps, one action per step, naming each part, switch or tool in plain words, and put any safety warning before the step it applies to.',
          'Use plain words with no jargon, and say what they should see after each step so they know it worked.',
          app && !/\b(?:iphone|android|ipad|windows|mac|macbook|macos)\b/.test(ctx.lower.slice(0, 300)) ? 'Say which device the steps are for (iPhone or Android, phone or computer), and give both where they differ.' : '',
          'End with what to do about the one or two likeliest problems.',
        ];
      }
      if (kind === 'reference')
        return [
          'Write in my voice as the recommender: open with how I know them (my role, theirs, and for how long) and what I recommend them for.',
          'Back each quality named with a concrete example or result; where one is needed and not given, put a short note in square brackets (such as [a project they led]) for me to fill in instead of inventing it.',
          forLinkedIn(ctx)
            ? 'Keep it to about 100–200 words, warm but specific.'
            : 'Keep it to one page: three or four short paragraphs, ending with a clear recommendation and an offer to answer questions.',
          'Prefer concrete, specific detail over clichés and generic praise.',
        ];
      if (kind === 'call' && isServiceCall(ctx) && !isSalesCall(ctx))
        return [
          'Open with who I am and where I am calling from, check I am speaking to the right person, then give the news or the reason for the call plainly in the first few lines; keep every line short enough to say in one breath.',
          /\b(?:gentle|sensitive|bad news|difficult|passed|died|death|remains|ashes|funeral|condolences?|diagnosis|results)\b/.test(ctx.lower.slice(0, 300))
            ? 'Keep the tone gentle and unhurried: leave room for silence and questions, use plain words rather than euphemisms or jargon, and never rush to the practical details.'
            : 'Keep the tone warm and professional, and make the next step for them clear.',
          'Answer the questions they are likely to ask (when, where, what to bring, what it costs, who to contact) in a line or two each, put the details only I know (names, times, addresses) in square brackets, and end by confirming the next step and how to reach me.',
        ];
      if (kind === 'call')
        return [
          'Open with who I am and what I want in the first two lines, and keep every line short enough to say in one breath.',
          isSalesCall(ctx)
            ? 'Answer the likely objections (no time, not interested, already covered) in a line or two each, and steer to one clear next step, such as a short meeting.'
            : `Answer the replies the other side is likely to give (${/\bcancel/.test(ctx.lower.slice(0, 300)) ? 'a retention offer, a fee, or a transfer to another department' : 'a question I cannot answer yet, a delay, or a transfer to someone else'}) politely and firmly, without giving in.`,
          'Put the details only I know (names, account or order numbers, dates) in square brackets for me to fill in, and end by asking for written confirmation and a reference number.',
        ];
      if (kind === 'proposal')
        return [
          'Make the case in the order a decision-maker reads it: the problem and what it costs, the proposal, scope and effort, risks, and what you are asking for.',
          'Give estimates as ranges with their assumptions and invent no data; put a placeholder in square brackets where a real figure is needed.',
          f.lengthLimit ? '' : 'Keep it to one page unless the request says otherwise.',
        ];
      if (kind === 'subject')
        return [
          `Make ${f.itemCount ? `each of the ${f.itemCount}` : 'each'} a different angle (the benefit, the question it answers, the news), and keep each under about 50 characters with the key words first, since inboxes cut the rest.`,
          'Promise only what the email delivers: no false urgency, all caps or bait, and nothing a spam filter would flag.',
        ];
      if (kind === 'video') {
        const spoken = spokenLength(ctx);
        const audio = /\bpodcast\b/.test(ctx.lower.slice(0, 300));
        // A radio ad is heard once, between songs: the name has to stick and the number has to be caught by ear.
        if (isRadioAd(ctx))
          return [
            spoken ? `Fit ${spoken.text} when spoken: about ${spoken.words} words at a natural pace.` : 'Keep it to 30 seconds when spoken (about 75 words) unless the request says otherwise.',
            'Hook listeners in the first five seconds and say the business name at least twice.',
            'Put the phone number, address or web address at the end, said slowly and ideally twice, since listeners cannot see it.',
          ];
        return [
          spoken ? `Fit ${spoken.text} when spoken: about ${spoken.words} words at a natural pace.` : `Say how long it runs when spoken (about 150 words a minute), and keep it to what the ${audio ? 'episode' : 'video'} needs.`,
          `Hook ${audio ? 'listeners' : 'viewers'} in the first ${audio ? 'thirty seconds' : 'five seconds'} with what they will get from ${audio ? 'listening' : 'watching'}, then deliver it.`,
          'Write for the ear: short sentences, one idea each, in a voice that sounds natural said aloud.',
        ];
      }
      if (isShortPiece(ctx))
        return ['Offer options that differ in angle, not just in wording, each short and specific to the topic.', 'Make them catchy without clickbait: promise only what the piece delivers.'];
      // Fixed forms have their own shape; "12–24 lines" would break a haiku.
      // "A haiku sequence about a night shift": several haiku that move through it, each keeping the form.
      const form = /\bhaiku (?:sequence|series|cycle)\b|\b(?:\d+|three|four|five|six|seven|eight|ten|several|some) haikus?\b/.test(ctx.lower)
        ? `Write ${/\b(?:\d+|three|four|five|six|seven|eight|ten) haikus?\b/.test(ctx.lower) ? 'the number of haiku asked for' : 'about five haiku'}, each three lines of five, seven and five syllables built on one concrete image, moving through the subject in order.`
        : /\bhaiku/.test(ctx.lower)
        ? 'Follow the haiku form: three lines of five, seven and five syllables, built on one concrete image.'
        : /\blimerick/.test(ctx.lower)
          ? 'Follow the limerick form: five lines rhyming AABBA, with a bouncing rhythm and a twist in the last line.'
          : /\bsonnet/.test(ctx.lower)
            ? 'Follow the sonnet form: fourteen lines in a consistent metre and rhyme scheme (say which one).'
            : /\bvillanelle/.test(ctx.lower)
              ? 'Follow the villanelle form: nineteen lines (five tercets and a quatrain) rhyming ABA, with the two refrains repeated in their fixed places.'
              : null;
      const length: Record<string, string> = {
        // A card has room for a verse, not a page.
        poem: form ?? (/\bcards?\b/.test(ctx.lower.slice(0, 300)) ? 'Keep it short enough to fit in a card: four to eight lines.' : 'Unless the request says otherwise, keep it to 12–24 lines.'),
        song: 'Unless the request says otherwise, write two verses, a chorus and a bridge.',
        speech: /\bannouncements? to (?:read|make|say)\b/.test(ctx.lower.slice(0, 300))
          ? 'Keep it under a minute when spoken (about 100–150 words): what is needed, when and where, and exactly how to sign up or help, with any date or place said twice.'
          : /\bintroduce myself\b|\bself-introduction\b|\belevator pitch\b/.test(ctx.lower.slice(0, 300))
          ? 'Keep it to about 20–30 seconds when spoken (about 60–80 words): who I am, what I do in words an outsider gets, and one hook that invites a question.'
          : /\bvows?\b/.test(ctx.lower.slice(0, 300))
          ? 'Unless the request says otherwise, keep it to about one minute when spoken (around 150 words).'
          : 'Unless the request says otherwise, keep it to about two minutes when spoken (around 300 words).',
        copy: severalDescriptions(ctx)
          ? 'Keep each one short and scannable, lead with the benefit, and give each its own angle rather than the same template.'
          : /\bgoogle business\b|\bbusiness (?:profile|listing)\b|\byelp\b/.test(ctx.lower.slice(0, 300))
          ? 'Keep it within the listing’s limit (750 characters on Google): lead with the service and the area served, then the facts given (hours, years, licences), and end with how to get in touch; no prices, links or offers the platform does not allow.'
          : 'Keep it short and scannable; lead with the benefit, not the feature.',
        // A tweet has a hard limit; "80–150 words" would be three tweets.
        post: isTweetThread(ctx)
          ? 'Write a thread of three to six tweets, each within 280 characters and numbered (1/5, 2/5…), the first a hook that makes people open it and the last a takeaway; at most two hashtags in all.'
          : isLocalListingPost(ctx)
          ? 'Keep it to about 100–200 words with the point in the first line (search shows only the start), say what the customer gains and the area served, end with one call to action (call, book or learn more), and use no hashtags.'
          : /\btweets?\b|\b(on|for) (x|twitter)\b/.test(ctx.lower)
          ? 'Keep it within 280 characters, with a strong opening and at most two hashtags.'
          : // A caption sits under a photo: a line or two, not a post.
            /\bcaptions?\b/.test(ctx.lower.slice(0, 200))
            ? 'Keep it to one or two short lines that suit the photo, plus at most three hashtags.'
            : 'Keep it to a short post (about 80–150 words) with a strong first line, short paragraphs and at most three hashtags.',
        article: 'Unless the request says otherwise, aim for 600–900 words with a strong opening line.',
        releasenotes: 'One line per change, saying what it means for the user rather than how it was built; keep every version number, size and limit exactly as given, and add no change that is not listed.',
        bio: /\b(instagram|tiktok|twitter|x|dating|tinder|hinge|bumble|discord|twitch|github) (profile )?bio\b/.test(ctx.lower)
          ? 'Keep it within the platform’s limit (about 150 characters for most profiles): one or two punchy lines.'
          : isSpeakerBio(ctx)
            ? 'Keep it to about 50–100 words in the third person, as it will be printed in the programme or read out; lead with the role and the strongest credential.'
          : isShopBio(ctx)
            ? 'Keep it to about 100–200 words, in the first person unless the request says otherwise; open with what is made and how, tell the story behind it briefly, and end with an invitation to browse.'
            : 'Keep it to about 100–200 words, in the first person unless the request says otherwise; open with who they help or what they do, and end with an invitation to get in touch.',
        message: isAdvocacyLetter(ctx)
          ? 'Say in the first lines that I am a constituent (my town as a [placeholder]) and the one thing I am asking for, with the bill or budget line if I gave it; then one short local story or figure that shows why, and a polite close asking for a reply; keep it under one page, respectful and non-partisan, with any figure I have not given in [square brackets].'
          : isCoverLetter(ctx)
          ? 'Keep it to one page: three or four short paragraphs (about 250–400 words), tailored to this role and this employer.'
          : isReviewReply(ctx) && HARM_CLAIM.test(ctx.lower.slice(0, 300))
            ? 'Keep it under about 100 words and take the claim seriously without admitting fault or arguing it in public: express concern, say you are looking into it (and what you check), and invite them to contact you directly with the details; it is public, so write for future customers too.'
          : isReviewReply(ctx)
            ? 'Keep it under about 100 words: thank the reviewer, own the problem without excuses, say what you are doing about it and how to reach you; it is public, so write for future customers too.'
            : isVoicemailGreeting(ctx)
              ? `Keep it ${spokenLength(ctx) ? `within ${spokenLength(ctx)?.text}` : 'under about 20 seconds'} when spoken (in each language, if there are two): who they have reached, ${/\bclosed\b|\bhours\b|\bopen\b/.test(ctx.lower.slice(0, 300)) ? 'the opening hours or days given, ' : ''}when they can expect a call back, and what to leave (name, number and reason).`
            : OUT_OF_OFFICE.test(ctx.lower.slice(0, 200))
              ? 'Say when I am away and when I am back, whether I will see messages meanwhile, and who to contact for anything urgent ([name and email] if not given); three or four lines at most.'
            : isResignation(ctx)
              ? 'Say that I am resigning and give my last day in the first two sentences, thank them briefly, and offer to help with the handover; no reasons or grievances are needed.'
            : isDecline(ctx)
              ? /\b(?:because|since|as we|we already|we'?re already|we are already|under contract|i'?ve already|i already|i'?m already)\b/.test(ctx.lower.slice(0, 300))
                ? 'Decline clearly in the first sentence, thank them for their time, give the reason I gave in one short sentence, and leave the door open.'
                : 'Decline clearly in the first sentence, thank them for their time, give a short honest reason only if it helps (such as having accepted another offer), and leave the door open.'
            : isLifecycleEmail(ctx)
              ? 'Build it around one action for the reader to take (one button or link), say what they get from doing it, and answer the likely reason they have not done it yet; short enough to read on a phone.'
            : isSponsorAsk(ctx)
              ? 'Open with the event and what it achieved (the figures given), offer sponsorship levels across the range asked, each with what the sponsor gets (logo, mentions, tickets; [placeholders] where not given), and end with one clear ask, a reply date and how to respond; professional and brief.'
            : isFundraisingAppeal(ctx)
              ? 'Make the need concrete with the figures given (who is helped and what the money does), show what a gift of a few set sizes achieves, and end with one clear ask, a way to give and a deadline; warm and hopeful, not guilt-tripping.'
            : isColdOutreach(ctx)
              ? 'Keep it under about 120 words: open with something specific to the recipient ([their business] if not given), say in one or two sentences what you could do for them, and end with one small ask (such as a 15-minute call).'
            : PAYMENT_REMINDER.test(ctx.lower.slice(0, 200))
              ? /\b(?:firm|final|second|third|last|again|still)\b/.test(ctx.lower.slice(0, 300))
                ? 'Give the invoice number, amount, original due date and how long it is overdue ([placeholders] if not given), ask for payment by a specific date, and say plainly what happens next (such as a late fee or pausing work, only as the agreement allows); firm and professional, without threats or sarcasm.'
                : 'Give the invoice number, amount and original due date ([placeholders] if not given), say how to pay, and ask for payment by a specific date; friendly and matter-of-fact, assuming an oversight.'
            : isRepairRequest(ctx)
              ? 'Say what is broken, since when and how it affects you, and ask for a repair date; polite and factual, since it may later serve as a written record.'
            : isComplaint(ctx)
              ? 'Say what happened with the facts given (dates, flight, order or reference numbers), what you want done (a refund, compensation, a repair) and by when; firm and polite, without sarcasm.'
              : isDelayNotice(ctx)
                ? `Say what has changed and the new date in the first two sentences, give the reason plainly without blame, and say what it means for the readers and what happens next; own it without over-apologising.${/\bsecurity\b/.test(ctx.lower.slice(0, 300)) ? ' Keep the security issue general: say that it is being fixed, not how it could be exploited.' : ''}`
              : isLoveLetter(ctx)
                ? 'Write it as a heartfelt personal letter in my voice, about 200–400 words, warm rather than flowery.'
              : cardKind(ctx)
                ? `Keep each to two to four sentences, the size of a card${cardKind(ctx) === 'sympathy' ? ', and leave out phrases that play down the loss (“everything happens for a reason”, “at least…”)' : ''}.`
                : 'Keep it brief and make the purpose clear in the first two sentences.',
        // "A short story" names the genre; "a short bedtime story" asks for a short one.
        story: /\b(quick|little|brief)\b|\bshort\b(?! stor(y|ies))/.test(ctx.lower)
          ? 'Unless the request says otherwise, keep it to about 300–500 words with a clear beginning, turning point and ending.'
          : 'Unless the request says otherwise, aim for 500–800 words with a clear beginning, turning point and ending.',
      };
      const child = forYoungChild(ctx);
      const tone = toneAsked(ctx);
      return [
        f.itemCount !== null && f.itemCount >= 2 && f.listNoun
          ? `Make each of the ${f.itemCount} ${f.listNoun} stand on its own, and vary them: no two built on the same idea or image.`
          : f.lengthLimit || f.formatRequested
            ? ''
            : openingOnly(ctx)
              ? `Rewrite only the opening I gave, not the whole ${isCoverLetter(ctx) ? 'letter' : 'piece'}: one or two sentences that make the reader want to go on, built on something specific to ${isCoverLetter(ctx) ? 'this employer and this role' : 'this reader and this subject'} rather than a stock line.`
            : paragraphOnly(ctx)
              ? 'Write only that paragraph (about 60–150 words), not the whole piece; if it opens the piece, start with a line that makes the reader want to go on.'
            : (kind && length[kind]) || 'Unless the request says otherwise, keep it to a length that suits the form.',
        // "A message to my landlord in French": written in that language from the start, not translated from English.
        f.languageNamed && !sub(ctx, 'translate')
          ? `Write it in ${f.languageNamed} as a native speaker would${kind === 'message' ? ', in the register the relationship calls for' : ''}, not as a translation from English.`
          : '',
        isUnwelcomeChange(ctx)
          ? 'Say what is changing and when in the first lines, explain why plainly (only with reasons I have given; where I have given none, put [the reason] in square brackets for me to fill in), acknowledge what people lose by it without arguing them out of it, and say what support or flexibility there is and where concerns can go.'
          : '',
        kind === 'speech' && isPitch(ctx) ? 'Open with the problem in one sentence the listener recognises, then what it does and for whom, why it is different, any proof, and end with one clear ask.' : '',
        // A letter or email sent in the user's name: the model knows nothing about them and must not make it up.
        kind === 'bio'
          ? 'Use only the facts given about the person (credentials, experience, approach, who they work with); where the bio needs one that is missing, put a short note in square brackets for them to fill in instead of inventing it.'
          : // A toast or a eulogy invents anecdotes readily, and a made-up memory of a real person is worse than none.
            (kind === 'speech' && PERSONAL_SPEECH.test(ctx.lower.slice(0, 300))) || (kind === 'poem' && /^my /.test(f.audience ?? '')) || (kind === 'message' && isLoveLetter(ctx))
            ? 'Use only the facts I have given; where a story or detail would help, put a short note in square brackets (such as [a favourite memory]) for me to fill in instead of inventing one.'
          : kind === 'message'
          ? `Use only the facts I have given about myself and the situation; where the ${isCoverLetter(ctx) ? 'letter needs one I have not given (such as my experience, skills or the hiring manager’s name)' : 'message needs one I have not given (such as a name, a date or an amount)'}, put a short note in square brackets for me to fill in instead of inventing it.`
          : '',
        child ? 'Use words and sentences a young child can follow, and keep anything scary gentle and resolved.' : '',
        child && /\bbedtime\b/.test(ctx.lower) ? 'End on a calm, reassuring note that suits falling asleep.' : '',
        // Product copy invents specs and awards readily; the facts given are the only ones that are true.
        kind === 'copy' && /\b(products?|listing|ad copy|advert\w*|landing page)\b/.test(ctx.lower)
          ? 'Use every product fact given and invent none (no materials, sizes, awards or claims that were not stated).'
          : // A post written from notes someone pasted: the notes are the facts, and a launch post invents numbers readily.
            (kind === 'article' || kind === 'post') && (GIVEN_FACTS.test(ctx.lower) || (kind === 'post' && /:\s*["“]/.test(ctx.lower.slice(0, 200))))
            ? 'Use the facts in the material given and invent none (no figures, quotes, names or claims that were not stated).'
            : '',
        'Prefer concrete, specific detail over clichés and generic phrasing.',
        // Headline options are a first line, not the whole page: the call to action comes later on it.
        kind === 'copy' && !/\btaglines?\b|\bheadline options\b|\bsub-?headlines?\b|\b(?:\d+|three|five|ten|some|a few) headlines\b/.test(ctx.lower.slice(0, 200))
          ? 'End with a clear call to action.'
          : tone
            ? `Hold the tone the request asks for ("${tone}") from the first line to the last.`
            : 'Keep one consistent voice and tone throughout.',
      ];
    }
    case 'reasoning':
      // "Is refinancing worth it?" turns on figures the asker did not give (fees, taxes, how long they stay).
      if (isBodyFigure(ctx)) return BODY_LINES;
      if (isDebtOrder(ctx))
        return [
          'Compare the two standard orders, keeping the minimum payment on every debt: the avalanche (highest interest rate first, which costs least) and the snowball (smallest balance first, which clears a debt soonest).',
          'Use the balances and rates given; where the answer needs a figure that is not given (such as the monthly budget or the minimum payments), state the value you assume.',
          'Keep units with every quantity.',
        ];
      if (isNumbersDecision(ctx))
        return [
          'Use the numbers given; where the answer needs one that is not given (such as fees, taxes or how long the situation lasts), state the value you assume.',
          'Say at what point the answer would flip (for example the break-even time), so it can be checked against the asker’s own plans.',
          'Keep units with every quantity.',
        ];
      return ['Use only the numbers and facts given; state any assumption you have to make.', 'Keep units with every quantity.'];
    case 'brainstorming': {
      // "Cut the per-head budget from $45 to $32: what can I change?": each idea is worth what it saves.
      const gap = moneyGap(ctx);
      if (gap)
        return [
          `Put a rough saving on each change and show that together they close the gap from ${gap.from} to ${gap.to}, biggest savings first.`,
          'Say what each change costs in quality or effort, and keep what the customer will notice most.',
        ];
      if (isDrinkRecipes(ctx))
        return [
          'Give each drink its ingredients with exact amounts, the method, the glass and the garnish, so it can be made as written; vary the flavours and colours across the list.',
          'Use ingredients that are easy to buy, and keep each quick to make at a busy bar or easy to batch for a crowd.',
        ];
      if (isIdentifierName(ctx))
        return [
          `Follow the naming convention of ${f.codeLanguage ?? 'the language'} (for example camelCase or snake_case), and say which you assume.`,
          'Say exactly what it holds, with its unit or state where it matters (remaining versus total, seconds versus milliseconds); avoid vague words such as data, info or value, and unclear abbreviations.',
          'Keep it short enough to read at a glance.',
        ];
      if (isCharacterNames(ctx))
        return [
          'Fit the names to the setting and its cultures (their sounds and spelling), not to what is popular now.',
          'Make them easy to tell apart on the page (different first letters and lengths) and easy to pronounce in a reader’s head.',
          'Avoid names already famous from books, films and games.',
        ];
      if (isWorkTitle(ctx))
        return [
          'Make each title say what the work is about (its subject and, for research, its question or finding), so someone searching for the topic would recognise it.',
          /\b(?:catchy|fun|creative|clever|punchy)\b/.test(ctx.lower.slice(0, 300))
            ? 'Mix plainly descriptive titles with catchier ones; a catchy one still needs a descriptive subtitle after a colon.'
            : 'Keep the register of the work: plain and precise for academic writing, livelier only where the form allows.',
          'Keep each under about 15 words, and avoid puns that hide the subject.',
        ];
      if (sub(ctx, 'names'))
        return [
          'Vary the styles: descriptive, playful, evocative and personal.',
          'Keep each option short, easy to say and easy to spell.',
          isPetName(ctx) ? 'Avoid names that sound like common commands (“no”, “sit”, “stay”) or like a family member’s name.' : 'Avoid options that obviously belong to a well-known brand.',
        ];
      if (isProductPick(ctx)) return PRODUCT_LINES;
      if (isCookFromWhatIHave(ctx)) return COOK_LINES;
      if (verbForms(ctx) !== null)
        return ['Choose the verbs learners meet most often, and mark the irregular ones.', 'Check every form against standard conjugation tables before finishing: these are easy to get wrong.'];
      if (isTalkingPoints(ctx))
        return [
          'Frame each point around what the other person gets or worries about (results, cover, cost), with a concrete example or number from my situation where I have given one, or [a placeholder] where I have not.',
          'Include a small first step they can say yes to (such as a trial period with a review date), and the objections they are most likely to raise, each with a calm answer.',
        ];
      if (isPhrasings(ctx))
        return ['Make each one something a person would actually say in that setting, in natural words, and vary how direct they are.', 'Keep each to one or two sentences, ready to use as written.'];
      return [
        // "Breakfasts without eggs, with protein, 700–1000 calories": every idea has to pass every condition.
        exclusionLine(ctx) ??
        (!sub(ctx, 'approach') && /\b(must|has to|have to|needs? to|without|(doesn'?t|don'?t|does not|do not) (include|contain|have|use|need)|no more than|at least|at most|roughly|between \d+|exactly|only|(under|below|less than|max(imum)?|budget( of)?:?) [$€£]?\d+)\b/.test(ctx.lower)
          ? 'Check every idea against each condition in the request, and drop any idea that fails one.'
          : ''),
        carefulLine(ctx) ?? '',
        ...brainstormLines(ctx),
      ];
    }
    case 'classification': {
      if (ranksByMerit(ctx))
        return [
          'Put every item in one ordered list, best first, judged on the criteria the request gives (or, if it gives none, the few that matter most for the goal, named at the start); do not drop or merge items.',
          'Weigh each item’s strengths against its limits as given (for a candidate: experience, availability, cost), and where two are close, say which tie-breaker you used.',
        ];
      if (isRanking(ctx))
        return [
          'Put every item in one ordered list, most urgent first, using the deadlines and facts given (an item with a hard deadline, or one that blocks the others, goes up); do not drop, merge or relabel items.',
          'Where two items are close, say which tie-breaker you used.',
        ];
      const dims = labelDimensions(ctx);
      if (dims)
        return [
          `Give every item one label for each of the ${dims.length} dimensions, using only the labels given: ${dims.map(([d, l]) => `${d} (${l})`).join('; ')}.`,
          'Judge each dimension on its own, and mark any label you are unsure of.',
        ];
      // Sentiment, not tone: "is the tone angry, neutral or happy?" has labels of its own.
      const sentiment = /\bsentiment\b|\bpositive or negative\b/.test(ctx.lower.slice(0, 300));
      if (sub(ctx, 'scale'))
        return ['Use only the scale the request defines, with the meaning it gives each point, and apply it the same way to every item.', 'Reserve the extremes for clear cases; mixed items belong in the middle.'];
      return [
        f.labels.length > 0
          ? `Use only these labels: ${f.labels.join(', ')}.`
          : sentiment
            ? 'Unless the request names other labels, use positive, negative, neutral or mixed.'
            : 'Use a small, consistent set of labels and apply each the same way every time.',
        isScamCheck(ctx) ? 'Base the verdict on concrete signs (the sender’s address, where the link really goes, urgency or threats, requests for a login, payment or personal details), and say what to do next (do not click; check through the official app or website).' : '',
        // "Just waited 2 hours at the DMV. Love it.": the words are positive, the writer is not.
        sentiment ? 'Judge what the writer means, not the surface words: sarcasm and irony reverse the literal sentiment, so say when you read a line that way.' : '',
        'If an item fits no label well, choose the closest one and mark it as uncertain.',
      ];
    }
    case 'extraction':
      if (isOutOfRange(ctx))
        return [
          'Compare each value with its own reference range exactly as printed, list only those outside it, and mark each high or low; copy names, values, units and ranges as written.',
          'Do not interpret what the results mean or suggest causes unless asked.',
        ];
      if (isResearchFindings(ctx))
        return [
          'State each finding (a pain point, need or workaround) in one short line of your own words, tied to the part of the source it comes from; copy quotes word for word.',
          'Include only what the source supports: no needs or solutions the person did not express.',
        ];
      // Per-item attributes can include a judgement ("confirmed or just suggested") that no span of the text spells out.
      if (f.itemFields.length > 0)
        return [
          'Copy names, dates and amounts exactly as they appear in the text.',
          'Base any judgement an attribute needs (such as a status) only on the wording of the text, and use null when the text does not settle it.',
          'Include every item, not just the clearest ones.',
        ];
      return [
        'Copy values exactly as they appear in the text; do not normalize, translate or infer them.',
        'Do not include anything that is not stated in the text.',
        // One document's details have one value each, kept as strings; a second value for a field still is not dropped.
        isSingleRecord(ctx)
          ? singleRecordFields(ctx)?.some(isPluralField)
            ? 'Put every value given for a list field in its list, in order; if the text gives more than one value for a single field, keep them all in it, separated by “; ”.'
            : 'If the text gives more than one value for a field (such as two phone numbers), keep them all in that field, separated by “; ”.'
          : 'Include every occurrence, not just the first.',
      ];
    case 'rewrite': {
      // Scaling changes every amount on purpose: "preserve the numbers" would forbid the task.
      if (isRecipeScaling(ctx)) {
        const factor = recipeFactor(ctx);
        return [
          `Multiply every quantity by the same factor${factor ? ` (${factor} here)` : ', and state it first'}, and keep every ingredient, in its original order.`,
          // A baker scaling by weight works in grams and checks the batch by baker's percentages.
          /\b\d+\s?g\b|\bgrams?\b/.test(ctx.lower.slice(0, 400)) && /\b(?:bread|loaf|loaves|dough|flour|baguettes?|rolls|buns)\b/.test(ctx.lower.slice(0, 400))
            ? 'Keep every amount in grams, give each ingredient’s baker’s percentage against the flour so the batch can be checked, and say if the dough should be mixed in several batches for the mixer’s capacity.'
            : 'Convert awkward results into sensible kitchen units (for example 12 teaspoons as ¼ cup), and round things that come whole, such as eggs, saying how to make up the difference.',
          'Say what does not scale in proportion: pan size, cooking or baking time, and strong seasonings such as salt and spices.',
        ];
      }
      // A conversion also changes every amount on purpose.
      const units = unitConversion(ctx);
      if (units)
        return units.recipe
          ? [
              `Convert every amount into the units asked for (${units.toMetric ? 'grams for flour, sugar and butter, millilitres for liquids, °C for the oven' : 'cups and spoons for most ingredients, ounces for butter and meat, °F for the oven'}), rounded to what a kitchen scale or measuring cup can measure, and keep every ingredient in its original order.`,
              'Say which conversions depend on the ingredient (a cup of flour and a cup of sugar weigh differently) and which figure you used for each.',
            ]
          : ['Convert every quantity into the units asked for, rounded sensibly, and keep everything else unchanged.', 'Show the conversion factor for each kind of unit once, so the result can be checked.'];
      if (isWorkOrder(ctx))
        return [
          'Fill the usual fields from the text only: who reported it and how to reach them, the unit or location, the problem in one line, when access is possible, and a priority with a one-line reason; write “not stated” for anything missing.',
          'Keep names, units, times and symptoms exactly as given, and add no diagnosis or cause the text does not state.',
        ];
      const kind = rewriteKind(ctx);
      const specific: Record<string, string> = {
        translate: `Translate idioms by meaning rather than word for word${f.languageNamed ? `, into natural ${f.languageNamed}` : ''}, and keep the formatting.`,
        // "Proofread this and make it more concise" asks for both: "keep the wording" would forbid the second.
        proofread: sub(ctx, 'shorten')
          ? 'Fix spelling, grammar and punctuation, and cut repetition, filler and wordy phrases to make it more concise; keep the writer’s voice and every point that matters.'
          : 'Fix spelling, grammar and punctuation only; keep the wording otherwise.',
        // A reader still learning English trips on idioms and slang more than on long words.
        simplify: /\bnon-native\b|\b(?:english|esl) learners?\b|\blearners of english\b/.test(ctx.lower.slice(0, 300))
          ? 'Replace idioms, slang and phrasal verbs (such as “circle back” or “touch base”) with plain, literal words, and use short sentences in standard English.'
          : `Use short sentences and everyday words (aim for a reading age of about ${readingAge(ctx)}).`,
        formal: 'Use a professional register: no slang, few contractions, polite but direct.',
        casual: 'Use a relaxed, friendly register, as one would speak to a colleague.',
        shorten: 'Cut at least a third of the length by removing repetition and filler, not content.',
        reformat: /\bcolumns?\b/.test(ctx.lower.slice(0, 300))
          ? 'Use exactly the columns the request names, in its order; keep every value as written, and leave a cell empty rather than guess.'
          : /\b(table|csv|spreadsheet|json|yaml)\b/.test(ctx.lower.slice(0, 300))
            ? 'Keep every value exactly as written and in its original order; name the columns (or keys) after what the data is, and add, compute or drop nothing.'
            : groupedBy(ctx)
              ? `Group the items under a heading for each ${groupedBy(ctx)}, one item per line with its quantity as written; merge an item listed twice, and add or drop nothing.`
              : isShoppingListFromText(ctx)
              ? `${shoppingScale(ctx) ? `Scale every amount from ${shoppingScale(ctx)?.from} to ${shoppingScale(ctx)?.to} servings first, then round up to what the store sells (whole onions, cans, packs). ` : ''}Group the items by store section (produce, meat and fish, dairy, pantry), one per line with the amount to buy; merge an item that appears twice, and add nothing the text does not use.`
              : /\bchecklist\b/.test(ctx.lower.slice(0, 300))
                ? // A procedure followed under pressure: each step an action, its condition kept with it.
                  'Make one action per line, in the order to do them, each starting with a verb; keep every condition (“if …”) with the step it governs and every name, flag, threshold and time exactly as written; add or drop nothing.'
                : 'Make one item per line, keeping every date, name and number exactly as written; add or drop nothing.',
        // "Rewrite these meeting minutes into an email update for people who missed it": what was decided and who does
        // what come first; a readable narrative of the whole meeting does not.
        prose: /\b(?:minutes|meeting notes)\b/.test(ctx.lower.slice(0, 300)) && messageFromNotes(ctx)
          ? 'Lead with the decisions and what readers need to do (with owners and dates), then the other points briefly in connected sentences; keep every date, name and number.'
          : 'Turn every point into connected sentences with transitions that follow the logic, and drop the list markup; keep every date, name and number.',
      };
      // Expanding adds detail by definition: "do not add new content" would contradict the request.
      if (kind === 'expand')
        return [
          'Develop the points already there with concrete detail and examples; keep the stance and do not add claims the original would not support.',
          'Keep the original facts, names and numbers as they are.',
          f.lengthLimit ? '' : 'Aim for roughly twice the original length unless the request says otherwise.',
        ];
      if (kind === 'transform')
        return [
          'Change only what the instruction asks for (and what grammar then requires), everywhere it applies; leave everything else as it is.',
          'Do not rephrase, correct or reformat anything else.',
        ];
      // The register a translation should land in ("into Japanese, formal") is part of getting it right.
      const register =
        (kind === 'translate' || kind === 'prose') && sub(ctx, 'formal')
          ? 'Use a formal, polite register throughout, as the request asks.'
          : kind === 'translate' && sub(ctx, 'casual')
            ? 'Use a casual, friendly register throughout, as the request asks.'
            : '';
      const message = messageFromNotes(ctx);
      return [
        isSocialPost(ctx)
          ? 'Shape the notes into a post: a first line that makes the news clear, short paragraphs, about 80–150 words and at most three hashtags; keep every name and fact from the notes.'
          : (kind && specific[kind]) || toneGoal(ctx) || 'Improve clarity and flow.',
        register,
        // A mistranslated dose or warning can hurt someone; plain words matter more than elegance here.
        kind === 'translate' && /\b(?:(?:pharmacy|prescription|medicine|medication|drug) (?:label|instructions|leaflet|insert)|medications?|dosage|doses?|tablets?|pills?|capsules?|discharge|consent form|allerg\w+|safety (?:instructions|warnings?|sign))\b/.test(ctx.lower.slice(0, 300))
          ? 'Keep every dose, time, number and warning exactly as in the original, in plain everyday words; where a medical term has no plain equivalent, keep it and explain it in a few words.'
          : '',
        kind && specific[kind] && kind !== 'translate' ? (toneGoal(ctx) ?? '') : '',
        // A teacher's note home from conference notes: a strength first, and each concern with something to do about it.
        message && /\bnote home\b|\bparent-teacher\b/.test(ctx.lower.slice(0, 300)) ? 'Open with a strength, pair each concern with one thing the family can do at home, and keep the tone warm and matter-of-fact.' : '',
        readingLine(ctx),
        isDatingBio(ctx) ? 'Keep it short enough to read at a glance, and end with something easy to reply to (a question or a playful prompt).' : '',
        // "Rewrite my bio for a speaker page, third person": the voice changes, by the name given, not the facts.
        /\bthird[- ]person\b/.test(ctx.lower.slice(0, 200)) && !/\bfrom (?:the )?third[- ]person\b/.test(ctx.lower.slice(0, 200))
          ? 'Write it in the third person throughout, using the name given (or [Name] if none is), with every fact kept.'
          : '',
        // Scaling a recipe's list changes every amount on purpose; the ingredients stay.
        shoppingScale(ctx) ? 'Keep every ingredient; change only the amounts, all by the same factor.' : 'Preserve the original meaning, facts, names and numbers.',
        // An email from notes needs a greeting and a sign-off that the notes do not have.
        message
          ? `Add only what ${message === 'email' ? 'an' : 'a'} ${message} needs around the notes (a greeting, a one-line opening, a sign-off); every fact comes from the notes.`
          : asksHumour(ctx)
            ? 'Add no new facts about the author: the humour comes from how the facts are told.'
            : 'Do not add new content or opinions.',
      ];
    }
    case 'analysis':
      if (isCandidateCompare(ctx))
        return [
          'Compare them on the criteria the role needs, using only what the notes say; mark where the notes are silent rather than guessing.',
          'Judge fit for the role first and pay second (each ask against the budget and the market), and leave out anything unrelated to the job.',
        ];
      if (isCostBreakdown(ctx))
        return [
          'Split the cost into one-off and recurring items, each with a typical low and high figure in the currency of the place named, and add them up to a total range.',
          'Say which items move the total most and what drives them (size, location, quality, insurance), and where the figures are rough estimates.',
        ];
      if (isTermsReview(ctx))
        return [
          'Say in plain words what the terms commit the signer to, and how that compares with what is usual in this kind of agreement.',
          'Say who they favour and the realistic worst case for the signer; note where they may be unenforceable or limited by law, which depends on the jurisdiction (the one named, if any).',
          'Suggest fairer wording the signer could propose, and what to ask or check before signing.',
        ];
      if (isLiteraryAnalysis(ctx))
        return [
          'Ground every point in the words of the text, quoting the lines it rests on.',
          'Cover theme, imagery and figurative language, form and sound (meter, rhyme, line breaks) and tone, and show how they work together rather than listing devices.',
          'Where readings differ, give the main ones and what in the text supports each.',
        ];
      if (isDecisionAsk(ctx)) return DECISION_LINES(ctx);
      // A SWOT is its own shape, whatever kind of analysis it also reads as.
      if (isSwot(ctx))
        return [
          'Keep strengths and weaknesses to what lies within the subject itself and opportunities and threats to what lies outside it (customers or employers, competitors, regulation, trends).',
          'Make every point specific to this situation, with the evidence or example behind it; leave out generic points that would be true of anyone.',
          'Where the request leaves facts open (size, location, budget), state the assumption you make in one short line and carry on.',
        ];
      if (findsFallacies(ctx))
        return [
          'Quote the exact words each flaw rests on, name the fallacy or bias, and say in plain words why the reasoning fails there.',
          'Flag only real flaws in the reasoning: a statement of fact, or a claim you merely doubt, is not a fallacy; if the text has none, say so.',
        ];
      {
        const kind = analysisKind(ctx);
        // Sales or sign-ups that dip are checked in the figures first, split by day, hour, place or product.
        if (kind === 'causes' && METRIC_DIP.test(ctx.lower.slice(0, 300)))
          return [
            'List the likely causes in order of likelihood for this situation, each with a quick, cheap way to check it (for example splitting the figures by day, hour, place or product, or asking customers and staff), rather than a general essay.',
            ...ANALYSIS_RULES.causes.slice(1),
          ];
        if (kind) return [...ANALYSIS_RULES[kind]];
      }
      // "Discuss the impact of…" asks to understand, not to judge: no verdict to argue, no option to prefer.
      if (!sub(ctx, 'decide', 'critique', 'pros-cons'))
        return [
          'Support each point with evidence or a concrete example (cases, data, dates) rather than general statements.',
          'Explain causes and effects, not just differences, and say where the evidence is mixed or disputed.',
          'Keep descriptions neutral; attribute contested views to those who hold them.',
        ];
      // An idea is judged as a venture: who needs it, who pays, what must be true.
      if (isIdeaReview(ctx) && !sub(ctx, 'decide', 'pros-cons'))
        return [
          'Judge it on the problem it solves, who would pay for it, the competition and what it would take to build; say what works before what does not.',
          'Name the riskiest assumption and the cheapest way to test it before building anything.',
          'Give a concrete improvement for each weakness, not just the diagnosis.',
        ];
      // Feedback on the user's own work: specific, ranked and fixable, not a weighing of options.
      if (sub(ctx, 'critique') && !sub(ctx, 'decide', 'pros-cons'))
        return [
          'Be specific: quote the words or lines each point is about, and say what works before what does not.',
          'Rank the problems by how much fixing them would improve the piece.',
          'Give a concrete fix for each problem, not just the diagnosis.',
        ];
      return [
        rentOrBuyLine(ctx) ?? 'Judge against explicit criteria and support each judgement with a reason or evidence.',
        'Acknowledge trade-offs and uncertainty; say what would change the conclusion.',
        'Avoid a false balance: if one option is clearly better, say so.',
      ];
    case 'planning': {
      const kind = planKind(ctx);
      if (kind === 'talk') return talkLines(ctx);
      if (kind === 'negotiation')
        return [
          'Build the case on facts: the going rate for the role and location, what the person brings, and the gap between where things stand and the target, using the figures given.',
          'Give the words to say: an opening line that names the number, and replies to the likely pushbacks (“that’s the budget”, “we need an answer today”).',
          'Plan the fallback: what to ask for if the figure cannot move (a signing bonus, an early review, extra leave), and where to accept or walk away.',
        ];
      if (kind === 'guide')
        return [
          'Cover every topic the unit or exam includes, each with its key terms defined and the core ideas explained in a few sentences.',
          'Point out the common mistakes and confusions on each topic, and what an exam answer must include to score.',
          'End with practice questions in the style of the exam, with the answers and a one-line explanation after all the questions.',
        ];
      if (kind === 'interview')
        return [
          'Name the questions most likely for this role and company, grouped by what each one tests.',
          BEHAVIORAL_INTERVIEW.test(ctx.lower) || !/\b(?:technical|coding|system design|case)\b/.test(ctx.lower)
            ? 'For each, outline an answer in the STAR shape (situation, task, action, result) built from my own experience, with square-bracket notes such as [a project where you missed a deadline] for the stories only I can supply; never invent them.'
            : 'For each, show how to work through it aloud: the clarifying questions to ask, the approach, and the common mistakes.',
          f.planFacts.duration
            ? `End with a practice plan that fills the stated period (${periodText(f.planFacts.duration)}) and three questions to ask the interviewer.`
            : 'End with a short practice plan for the time left before the interview and three questions to ask the interviewer.',
        ];
      const meal = mealNeeds(ctx);
      const specific: Record<string, string> = {
        // Young children set the pace: short legs, frequent stops, early evenings.
        itinerary: WITH_YOUNG_KIDS.test(ctx.lower.slice(0, 300))
          ? 'Group nearby places on the same day and pace it for young children: shorter drives or walks with a break every couple of hours, kid-friendly stops, and an early finish each day.'
          : 'Group nearby places on the same day, include travel time between them, and leave some slack each day.',
        // Exercise for a sore back or bad knees: when to stop matters more than how hard to push.
        workout: isRehab(ctx)
          ? 'Keep to what is usual at this stage after the operation (name the phase of the standard protocol), with sets, reps and how many times a day for each exercise, what the patient should feel and which signs mean stopping and calling the clinic (sharp pain, swelling that gets worse, the knee or joint giving way, calf pain), and say that the surgeon’s or clinic’s own protocol takes precedence.'
          : `${easesPain(ctx) ? 'Keep every movement gentle and pain-free, and say which signs (sharp, shooting or worsening pain, numbness or tingling) mean stopping and seeing a doctor or physiotherapist. ' : ''}${isSingleSession(ctx)
          ? `Include a warm-up and a cool-down, ${/\b\d+[- ]?(min|mins|minutes?)\b/.test(ctx.lower) ? 'fit the whole session into the stated time' : /\b\d[\d,.]*\s?(m|km|k|yards?|yds?|miles?|laps|reps)\b/.test(ctx.lower) ? 'make the sets add up to the stated total' : /\bstretch(?:es|ing)?\b/.test(ctx.lower.slice(0, 300)) ? 'keep the whole routine to about 10 minutes' : 'keep the whole session to about 30 minutes'}, and give an easier and a harder version of each exercise.`
          : 'Include warm-up, progression from week to week, and rest days; flag anything that needs medical clearance.'}`,
        // Diabetes changes every meal: carbohydrate spread evenly, with the care team's plan first.
        meals: /\bdiabet\w*|\bprediabet\w*|\bblood sugar\b/.test(ctx.lower.slice(0, 300))
          ? 'Keep carbohydrate steady from meal to meal (give the grams for each meal and snack), favour high-fibre, low-GI foods with protein at every meal, reuse ingredients to limit waste, and say the plan should be checked with their doctor or diabetes educator, especially if they take insulin or a sulfonylurea.'
          : meal.nutrients
          ? `Reuse ingredients across meals to limit waste, give rough quantities, and show the ${meal.nutrients} of each meal and the daily total, so the ${meal.targets.length > 1 ? 'targets' : 'target'} can be checked.`
          : 'Reuse ingredients across meals to limit waste, and give rough quantities.',
        budget: 'Make the numbers add up, and separate fixed costs from flexible ones.',
        // Exam prep ends in a mock exam; learning a language is practice in all four skills; anything else builds up.
        study: /\b(exams?|tests?|finals?|midterms?|quiz(zes)?|boards?|certifications?|certified|gcse|sat|gre|gmat|ielts|toefl)\b/.test(ctx.lower)
          ? `Space the revision of each topic over time and end with practice under exam conditions.${/\bnight[- ]shifts?\b|\bshift work\b|\bovernights?\b/.test(ctx.lower.slice(0, 300)) ? ' Fit the study sessions around the shifts (after sleep, before a shift, on days off), not at fixed daytime hours.' : ''}`
          : LANGUAGE_GOAL.test(ctx.lower)
            ? 'Balance listening, speaking, reading and writing, with speaking practice every week and a measurable checkpoint each month.'
            : 'Order the topics from foundations to application, revisit each one after a gap, and add a checkpoint that shows progress.',
        childtraining: 'Start with the signs that the child is ready, go at the child’s pace with praise for what goes well and calm handling of setbacks (no punishment or pressure), and give the words a parent can say at each stage.',
        newjob: 'Give each of the first 30, 60 and 90 days its own goals for learning, relationships and delivery, and say how success will be judged at the end of each.',
        project: 'Show dependencies between tasks and include buffers for the riskiest ones.',
        stations: /\bvolunteers?\b/.test(ctx.lower.slice(0, 300))
          ? `Start with a short welcome and safety briefing, then split the volunteers across the stations the work needs${/\bfood (?:bank|pantry)\b/.test(ctx.lower.slice(0, 300)) ? ' (for a food bank: check-in, sorting, packing, distribution, clean-up)' : ''}, with a lead and a head count for each, a break, and how people move when a station runs out of work; make the numbers add up to the people given.`
          : `Rotate people between the posts at a fixed interval (say which${/\blifeguards?\b|\bguards?\b/.test(ctx.lower.slice(0, 300)) ? '; for lifeguards commonly every 20–30 minutes, so attention stays sharp' : ''}), keep every post covered at all times including during breaks and changeovers, share the breaks (rest and meal) evenly, and make the numbers add up: say if the people given cannot cover every post plus breaks.`,
        rota: 'Share the least-wanted shifts or days out evenly, count them per person so the fairness can be checked, respect any limits given (availability, hours, days already promised off), and say how swaps work.',
        scheme: 'Say what people do to earn and what they get, what each reward costs the business as a share of what the customer spends, how it is tracked (a card, an app, the till) and the rules that stop abuse; keep it simple enough to explain in one sentence at the counter.',
        checklist: isCleaningChecklist(ctx)
          ? 'Group the tasks by area and by time of day (opening, during the day, closing), each one concrete and checkable with how often it is done; where it matters, name the method or product (for example a disinfectant’s contact time) and who signs it off.'
          : isHandoffChecklist(ctx)
          ? 'Group the checks by station or area in the order they are walked, each one concrete and checkable (what to count, log, restock, clean or report), with the things the next shift must know (problems, shortages, anything pending) at the top, and end with a sign-off by both leads.'
          : procedureChecklist(ctx) !== null
          ? 'Make every item one concrete check or action, in the order it is done on the job, saying what a good result looks like and what to do when it is not, where that is not obvious; mark the steps that must never be skipped, and note where the workplace’s own rules or a regulator’s take precedence.'
          : isHomeChecklist(ctx)
          ? 'Make every item one concrete action someone can tick off, grouped by area in the order they are done, and flag the ones that are costly to forget (water, heat, food, locks).'
          : 'Make every item one concrete action someone can tick off, grouped by stage in the order they come up, and flag early the ones that take longest or can block the rest (reviews, approvals, accounts, lead times).',
        toolswitch:
          'Map what carries over and what does not (fields, statuses, custom workflows, automations, integrations, attachments and history), say what to close or archive instead of importing, and try the new tool with one team before everyone moves.',
        migration: 'Order the steps so the system keeps working after each one (prepare, run old and new side by side, verify, switch over, clean up), give the way back at every step, and say how to check the new one matches the old before switching (for data: row counts, checksums and a rehearsal on a copy; for code: the same tests and traffic passing on both).',
        // A routine is a few steps repeated every day; a week or a day of work is paced around energy.
        schedule: isMeetingAgenda(ctx)
          ? `Give each item its minutes (${/\b\d+[- ]?(?:min|mins|minutes?|hours?|hr)\b|\b(?:an|one|half an) hour\b/.test(ctx.lower.slice(0, 300)) ? 'adding up to the stated length' : 'about an hour in all unless the request says otherwise'}), an owner and the outcome it should produce (a decision, an update, a list of actions); put the items that need decisions early, and end with next steps and owners.${/\b(?:fight\w*|argu\w*|disagree\w*|stuck|deadlock\w*|split|can'?t agree|never decide|actually decide)\b/.test(ctx.lower.slice(0, 300)) ? ' Agree at the start how the decision will be made (for example a vote after a fixed time for each side), keep the discussion to the options on the table, and record the decision before the meeting ends.' : ''}`
          : isShiftWork(ctx)
          ? 'Anchor everything on the shift times (assume 7pm to 7am if none are given): a main sleep block in a dark, quiet room soon after each shift, a nap before the first one, the main meal before the shift and only light food between midnight and 6am, caffeine only in the first half of the shift, and how to switch back to days afterwards.'
          : isSkincare(ctx)
          ? 'Give a morning and an evening routine of a few steps each, with the product type and the ingredient to look for with this skin type (not brands alone), how often to use each, and sunscreen every morning; add one new product at a time, and say which signs (painful or cystic acne, a sudden change) mean seeing a dermatologist.'
          : isRoutine(ctx)
          ? 'Keep it short and easy to repeat every day: a few simple steps in the order they happen, each with its minutes, and the total time.'
          : LONG_SPAN.test(f.planFacts.duration ?? '')
          ? // "9 weeks left and 3 chapters to write": weeks of work, not the hours of one day.
            'Break the work into weekly targets small enough to start on a bad day, with the hardest parts early, a check on progress each week, and a buffer before the deadline.'
          : FIXED_COMMITMENTS.test(ctx.lower) || /\d/.test(WORKING_HOURS.exec(ctx.lower)?.[0] ?? '')
            ? 'Keep the commitments given at their stated times and fit everything else around them, with realistic times, breaks, and the hardest work where energy is highest.'
            : 'Make the times realistic, include breaks, and put the hardest work where energy is highest.',
        // Children's chores have to match what each age can do safely on their own.
        chores: /\b(?:kids|children|son|daughter|aged? \d|\d+[- ]year[- ]olds?)\b/.test(ctx.lower.slice(0, 300))
          ? 'Give each child tasks they can do safely on their own at their age, split fairly, with the least liked tasks rotated; give each task how often it needs doing and roughly how long it takes.'
          : sharedChores(ctx)
            ? 'Split the work fairly between the people named, rotate the least liked tasks, and give each task how often it needs doing and roughly how long it takes.'
            : 'Spread the tasks over the week so each day takes about the same short time, and give each task how often it needs doing and roughly how long it takes.',
        // A dinner party at home turns on the menu and the cooking, not on bookings.
        event: isCookingTimeline(ctx)
          ? 'Work back from the serving time given, with clock times for each dish (when it goes in, comes out and rests); treat the oven as the bottleneck, giving each dish its slot and temperature, and move out of it what can be made the day before, cooked on the hob or served at room temperature.'
          : /\b(?:dinner party|thanksgiving|friendsgiving|christmas dinner|holiday dinner)\b/.test(ctx.lower)
          ? 'Plan the menu first so every course works for every guest (including any dietary needs stated), then a cooking timeline for the day that works back from when guests arrive.'
          : 'Work backwards from the date: what must be booked or decided first, and by when.',
        pip: 'Tie each goal to the gap on record (for example quota attainment, pipeline or activity figures), make it measurable with a date, and say what support the company gives (coaching, training, regular check-ins); set the length (commonly 30, 60 or 90 days), the check-in schedule and what happens at the end if the goals are met or not.',
        leaving:
          'Tell the manager first, privately, before anyone else; agree with them when and how the team hears, and tell the people closest to the work in person before any wider announcement. Then plan the handover week by week to the last day: write down what only I know, name who takes over each piece of work, and say what to finish and what to hand off.',
        onboarding:
          'Start with access and setup, then the people to meet and the tools, systems and routines to learn (those the request names first); give the new hire a small piece of real work early, with support, pair them with a buddy, and say what they should be able to do on their own by the end.',
        program: tradeSyllabus(ctx)
          ? 'Give each lesson its objective, what is taught on the ground or in class and in practice, and the standard the student must meet before moving on; include the checks, sign-offs or endorsements the rules require before the milestone, and say that the regulator’s and the school’s own syllabus take precedence.'
          : isSingleWorkshop(ctx)
          ? 'Split the time into blocks that add up exactly to the length given, with hands-on practice taking at least half, and end with something participants can use the next day.'
          : 'Give each session a clear goal and an activity that produces something, and make each build on the one before.',
        practice: 'Open with a short active warm-up, build the drills toward the focus named, and end with a small-sided game that uses it; give each block its minutes (adding up to the session length), the setup (space, equipment, group sizes), how it runs and one or two coaching points.',
        lesson: isPrivateLesson(ctx)
          ? 'State what the learner will be able to do by the end; keep each activity short (a few minutes for a young child), mix a game or a song with the new skill, alternate sitting still with moving, and end with something they can show at home and a small, specific practice task for the week; give each activity its minutes and list what to have ready.'
          : isSubLesson(ctx)
          ? 'Pick a stand-alone topic that needs no knowledge of where the class is in the unit, no lab equipment and no preparation beyond paper, a board and what any classroom has; state what students will be able to do by the end, give each stage its minutes, keep them working from the first minute, and end with something to collect so the regular teacher sees what was done.'
          : `State the learning objective as what students will be able to do by the end; move from a short warm-up through a worked example and guided practice to independent practice, and end with a quick check of understanding; give each stage its minutes and list the materials.${/\b(?:lab|experiment)s?\b/.test(ctx.lower.slice(0, 300)) ? ' For the lab, give the safety precautions for each material and step (eye protection, spills, disposal) and what students measure and record.' : ''}`,
        strategy: 'Make every goal measurable, with a target and a date, and tie each initiative to a goal.',
        process: 'Name the input, the output and who is responsible for each step, and mark where things can go wrong.',
        content: 'Mix post types (useful, behind the scenes, community, promotional) with promotion a minority, tie posts to dates that matter to the audience, and make each entry ready to produce: the idea, the format and its first line.',
      };
      const p = f.planFacts;
      // "I have dumbbells only", "no equipment": a workout that needs a barbell would be useless.
      const kit =
        kind === 'workout'
          ? [...ctx.lower.matchAll(/\b(?:only (?:have |use )?(?:a |an |my |some )?)?(?:dumbbells?|kettlebells?|resistance bands?|a pull-?up bar|bodyweight|no equipment)(?: only)?\b/g)].map((m) => m[0]).join(' and ') || null
          : null;
      // "90 day" in a 30-60-90 plan is its shape, already spelled out above, not a limit to restate.
      // "A chore chart for 3 kids": who shares the chores, already in the chores line, not a limit.
      const stated = [kind === 'newjob' ? null : p.duration, p.when, kind === 'chores' ? null : p.people, p.budget, p.time, p.limit, kit, meal.diet, ...meal.targets].filter((x): x is string => x !== null);
      // "2 hours a day" is already in "can only study 2 hours a day": each limit quoted once.
      const facts = stated.filter((x, i) => !stated.some((y, j) => j !== i && y.length > x.length && y.toLowerCase().includes(x.toLowerCase())));
      return [
        (kind && specific[kind]) ||
          (isChecklist(ctx)
            ? /\bto-?do list\b/.test(ctx.lower)
              ? 'Put the tasks with long lead times first (bookings, notices, deliveries), and include the small ones people forget.'
              : CHECKLIST_LINES(ctx).filter(Boolean).join(' ')
            : 'Make every step concrete, with durations and an order that respects dependencies.'),
        kind === 'event' && /\bsurprise (?:\w+ ){0,3}(?:party|celebration|dinner|trip|proposal)\b/.test(ctx.lower)
          ? 'Keep the surprise: arrange invitations, replies and set-up so the guest of honour does not find out, and plan how they will be brought there.'
          : '',
        // "I take home $3,800 a month, rent is $1,450": a budget's figures are its inputs, not limits on a trip.
        kind === 'budget'
          ? budgetFiguresLine(ctx)
          : // "A 30-day social media plan": a period alone is its length, not a limit to quote ("30-day").
            facts.length === 1 && facts[0] === p.duration
          ? `Fit the plan to the stated period exactly: ${periodText(p.duration)}.`
          : facts.length > 0
            ? `Respect the stated limits exactly: ${facts.map((x) => `"${x}"`).join(', ')}.`
            : '',
        kind === 'study' ? weakTopicsLine(ctx) : '',
        // "One kid allergic to peanuts": one unsafe dish is one too many, and packaged food hides it.
        kind === 'meals' && meal.diet && /allerg/.test(meal.diet) ? 'Keep every meal and snack free of the allergen for the whole family, and flag packaged foods whose labels must be checked (including “may contain” warnings).' : '',
        p.interests ? `Build the plan around the stated interests (${p.interests})${p.dislikes ? ` and leave out ${p.dislikes}` : ''}.` : p.dislikes ? `Leave out ${p.dislikes}, as the request asks.` : '',
        kind === 'budget'
          ? /\bsav(?:e|ing)\b/.test(ctx.lower.slice(0, 400))
            ? 'Give the savings goal its own line: estimate what it needs if no amount is given, and show how much a month reaches it by when.'
            : ''
          : p.budget
            ? 'Give estimated costs and keep the total within the budget.'
            : '',
        // "Iceland in October": short days, closed highland roads and shut seasonal sights change what one day can hold.
        // "A workout I can do in a hotel room": little floor space and neighbours through the wall.
        kind === 'workout' && SMALL_SPACE.test(ctx.lower.slice(0, 300)) ? 'Use only moves that fit in a small floor space, and keep jumping optional so it stays quiet for the neighbours.' : '',
        kind === 'itinerary' && p.when && SEASON.test(p.when) ? 'Plan for that time of year: daylight hours, likely weather, and which roads, sights and services are open then.' : '',
        isSharedPlan(ctx, kind)
          ? 'Keep it realistic for the people and resources likely to be available, and say what it depends on.'
          : kind === 'childtraining'
            ? 'Say when to pause and try again in a few weeks, and which signs mean talking to a paediatrician.'
          : kind === 'migration'
            ? 'Keep it to what a small team can run: name the tools for this stack, and say which step carries the most risk.'
          : kind === 'toolswitch'
            ? 'Keep the old tool read-only for a set time after the switch, and say who answers the team’s questions in the first weeks.'
          : kind === 'pip'
            ? 'Keep the language factual and neutral, with no judgement of character; use [placeholders] for figures and dates not given, and check it against company policy (and, where needed, with an employment lawyer) before it is given.'
          : kind === 'leaving'
            ? 'Keep it positive and brief when telling people: the decision is made, so say what happens next for them rather than why I am going.'
          : kind === 'meals' && /\b(?:minimal|little|quick|easy|no time|busy|weeknights?)\b/.test(ctx.lower.slice(0, 300))
            ? 'Keep weeknight dinners quick (about 30 minutes of hands-on time or less), and move longer cooking to the weekend or to one batch-cooking session.'
          : kind === 'newjob'
            ? 'Start by listening and learning before changing things, and name the quick wins that build trust early.'
            : kind === 'practice'
              ? 'Keep every player moving and touching the ball (or doing the skill) as much as possible: small groups, no long lines, laps or lectures, and drills that suit their age and level.'
            : kind === 'lesson' && isPrivateLesson(ctx)
              ? ''
            : kind === 'lesson'
              ? 'Pitch the examples and the practice at what students of that age can do, with the most common mistake on this topic addressed head-on.'
              : statesLevel(ctx)
              ? 'Build from the current level the request states, not from scratch, and keep each step realistic from there.'
              : // A workout gives an easier and a harder version of each exercise, so only a stated beginner needs
                // this; a day's schedule is kept realistic by its times and breaks, and nobody plans a Sunday for the
                // first time.
                // A content calendar is kept realistic by its posting rhythm, not by a beginner's pace.
                // A trade's own procedure is done by someone who already does the work.
                (kind === 'workout' && !BEGINNER.test(ctx.lower.slice(0, 400))) || kind === 'schedule' || kind === 'content' || kind === 'stations' || (kind === 'checklist' && procedureChecklist(ctx))
                ? ''
                : 'Keep it realistic for someone doing this for the first time.',
      ];
    }
    case 'roleplay':
      if (sub(ctx, 'simulator'))
        return [
          'Stay in the role for the whole session: output only what the real system would show, with no explanations or commentary.',
          'Keep state consistent between inputs (files created, directories changed, variables set).',
          'When an input would fail on the real system, show the error it would print.',
        ];
      if (isServiceRole(ctx) && !isBotSetup(ctx)) {
        if (!f.interactive) return ['Do the job the role describes with the expertise and standards a seasoned professional in it would bring.', 'Do the task the request sets fully, as the role would deliver it.'];
        return [
          /\bmy first ([\w-]+ )?(request|input|task|word|topic|recipe|question|prompt|text|suggestion|message|sentence)\b/.test(ctx.lower)
            ? 'Start with the first input the setup gives; then treat each message the user sends as a new input to process in the role, and keep to the setup’s rules in every reply.'
            : 'Treat each message the user sends as a new input to process in the role, and keep to the setup’s rules in every reply.',
          'Handle one input at a time, then wait for the next; never write the user’s inputs yourself.',
          'Make each reply as complete as the job needs, without commentary about the role itself.',
        ];
      }
      // "You are a support agent for an airline. A customer is angry… respond to them": one reply a customer would read.
      if (isCustomerReply(ctx))
        return [
          'Reply as a good agent would, in one message: acknowledge the problem and how the customer feels without blaming anyone, say plainly what you can do next, and end with one clear next step.',
          'Do not invent facts the scene does not give (policies, amounts, times, reference numbers): put each in [square brackets] for the user to fill in.',
        ];
      if (!f.interactive)
        return [
          'Write the whole response in character: voice, vocabulary and knowledge should fit the role and its setting.',
          'Keep details consistent with the setting, and make them vivid and specific.',
          'Do the task the request sets (for example the questions or descriptions it asks for) fully, without stepping out of the role.',
        ];
      return [
        languageLine(ctx),
        // An assistant or support-bot setup is a product, not a character: it keeps to its rules, and it is not told
        // to hide that it is an AI.
        isBotSetup(ctx)
          ? 'Keep to the rules above in every reply; when a request falls outside them, say so politely and offer what you can do instead.'
          : 'Stay in character for the whole conversation and do not mention being an AI unless the user asks directly.',
        'Reply one turn at a time and wait for the user’s next message; never write the user’s lines.',
        // "I'm the support agent, I want to practice": the point is the user's skill, so the part pushes back and ends in feedback.
        // Language practice has its own corrections above; a waiter in Madrid need not push back.
        (PRACTICE.test(ctx.lower.slice(0, 400)) || practisesOnYou(ctx)) && !f.languageMentioned
          ? 'Push back as the real person would, without making it impossible to succeed; when the user says they are done, step out of the role and give brief feedback on what worked and what to improve.'
          : '',
        // "A Socratic tutor… help me understand why, without just telling me": the learner gets there by answering.
        /\bsocratic\b|\bwithout (?:just )?(?:telling|giving) me(?: the answer)?\b|\bdon'?t (?:just )?(?:tell|give) me the answer\b/.test(ctx.lower.slice(0, 400))
          ? 'Teach by asking: one guiding question at a time that builds on my last answer; do not state the answer outright, and when I am stuck, give a smaller hint rather than the solution.'
          : '',
        /\bper (reply|message|response|turn)\b/.test(ctx.lower) ? '' : 'Keep replies natural and fairly short (two to five sentences) unless the role calls for more.',
      ];
    case 'open_qa':
      if (funFacts(ctx)) return [FUN_FACT_LINE];
      if (isPricingMyWork(ctx))
        return [
          'Work out a cost-based price from the figures given: materials, plus the hours at an hourly wage you state, plus a share for overhead and selling fees.',
          'Compare it with what similar work sells for, say plainly if the two are far apart, and what to do about it (raise the price, cut the hours, sell to different buyers, or offer a simpler version).',
        ];
      if (isDealCheck(ctx))
        return [
          'Compare the price with the usual range for the same item in the same condition and place, say that the range is an estimate, and name where to check current prices.',
          `List what to check before buying${/\b(?:miles|mileage|car|truck|suv|honda|toyota|ford|chevy|nissan|hyundai|kia|subaru|mazda|tesla|bmw|dealer)\b/.test(ctx.lower.slice(0, 200)) ? ' (the vehicle history report, an independent inspection, service records, and every fee in the out-the-door price)' : ''}, and give the price you would offer and why.`,
        ];
      if (isCarePractice(ctx))
        return [
          'Follow the current standard of practice and name the guideline or protocol it comes from where there is one, and say that the employer’s or agency’s own protocol takes precedence where it differs.',
          /\b(?:refus\w*|declin\w*|won'?t (?:let|take|allow|consent)|says? no)\b/.test(ctx.lower.slice(0, 300))
            ? 'Respect the person’s right to refuse: give the reason and the risk in plain words, offer any alternative, and record the informed refusal as the practice requires.'
            : '',
        ];
      if (isRegulatedQuestion(ctx))
        return ['Where the rule differs by state or country (the licensing board, the code in force, the official handbook), say so, give the rule most places follow, and name where to confirm it for my state.'];
      if (isTermination(ctx))
        return [
          'Say what to prepare first (the record of warnings, a check with HR or an employment lawyer for the country or state, final pay, and what happens to access and equipment), without inventing legal requirements.',
          'Keep the meeting short and decided: the decision in the first minute, the reason in one or two factual sentences, no debate; give the words for the opening, how to answer if they argue or get upset, and what to cover before they leave.',
        ];
      if (ctx.features.domain === 'consumer fraud prevention')
        return [
          'Put the steps in order of urgency (what to do today, then this week), each with who to contact or what to switch on, and say what never to do (such as paying anyone to recover money, or sharing a code sent by text).',
          /\b(?:my|our) (?:mom|mum|mother|dad|father|parents?|grandma|grandmother|grandpa|grandfather|grandparents?|aunt|uncle|elderly)\b/.test(ctx.lower.slice(0, 300))
            ? 'Include how to talk to them about it without making them feel foolish, and which safeguards they can agree to (a trusted contact at the bank, call blocking, a family code word).'
            : 'Say which losses can usually be recovered and how, and the signs that the same people are trying again.',
        ];
      if (isSecondOpinion(ctx))
        return [
          'Say what symptoms or test results would confirm that diagnosis, what to ask them to show you (the failed part, the readings, an itemised quote), and what a fair price range looks like where you live.',
          'Say when a second opinion is worth paying for, and any cheaper fix to ask about first; do not assume they are dishonest.',
        ];
      if (talkToChild(ctx) === 'hard')
        return ['Use plain, honest words a child that age understands, and avoid euphemisms that confuse or frighten (such as “went to sleep” or “we lost him” for a death); keep it short, since children take in a little at a time and come back with questions.', 'Say what reactions are normal at that age and when to ask a doctor, teacher or counsellor for help.'];
      if (talkToChild(ctx)) return ['Use words and examples from a child’s everyday life at that age, keep each point short, and check understanding with a question back rather than a long explanation.'];
      if (isReadingOrder(ctx)) return ORDER_LINES;
      if (isTitleRecs(ctx)) return namesTitle(ctx) ? TITLE_REC_LINES : TITLE_ON_LINES;
      if (isJobMatch(ctx))
        return [
          'Take the skills from the posting itself, ranked by the weight it gives them (required before nice-to-have), and say how to show each with evidence (a result, a number, a tool used) rather than just listing it.',
          'Mirror the posting’s own words for each skill, and flag any requirement the resume should not claim without real experience.',
        ];
      if (openQaKind(ctx) === 'process')
        return ['Say which country or state the steps are for (the one named, if any), give fees and waiting times as approximate with the advice to check the official site, and name forms only as the office names them; never invent a form number.'];
      if (isTravelMishap(ctx) && LUGGAGE.test(ctx.lower.slice(0, 200)))
        return ['Say to report it at the airline’s baggage desk before leaving the airport and keep the reference, what the airline owes (essentials reimbursed while the bag is delayed, compensation if it is lost or damaged) and the claim deadlines, and what to keep as proof (the baggage tag, receipts).'];
      if (isTravelMishap(ctx))
        return ['Say what the airline or operator owes the traveller (rebooking on the next available service, a refund if they no longer travel, meals or a hotel for a long delay, and compensation where rules such as EU261 apply), and what to keep as proof (the notice, receipts).'];
      // A theft or a loss is reported and blocked, not repaired: the police and the bank, not a plumber.
      if (openQaKind(ctx) === 'mishap' && /\b(?:stolen|robbed|mugged|pickpocket\w*|los[et]|hacked|scammed)\b/.test(ctx.lower.slice(0, 200)))
        return ['Put safety first, then say who to contact and in what order (the police for a report, the bank or card issuer to block cards, the phone carrier, the embassy or consulate if a passport is gone abroad), and what to keep as proof for insurance.'];
      if (openQaKind(ctx) === 'mishap')
        return [
          `Put safety first: say plainly when to stop and call for help (${onCar(ctx) ? 'roadside assistance, a tow, the emergency number' : 'a plumber, an electrician, the gas or power company, the emergency number'}) instead of carrying on alone, and what each option usually costs or takes.`,
        ];
      if (isThawing(ctx)) return ['Give only food-safe methods (in the fridge, in cold water, in the microwave), each with a time per weight and when the food must be cooked by; say plainly what not to do (thawing on the counter or in hot water) and why.'];
      if (isVisitTiming(ctx))
        return ['Name the seasons or events that decide it (festivals, rainy or typhoon season, school holidays, closures), and say how weather, crowds and prices change through the year.'];
      // Reheating kills bacteria but not the toxins some of them leave, which is what people get wrong.
      if (isFoodLeftOut(ctx))
        return ['Answer from food-safety guidance (the two-hour rule, one hour above 32 °C / 90 °F), and say plainly that reheating does not make it safe once bacteria have had time to make toxins.'];
      if (isWorkedExample(ctx))
        return ['Use exactly the figures given for the example, state any convention you assume (such as how often interest is added), and show each intermediate value, rounding only at the end.'];
      if (isTipQuestion(ctx)) return ['Give the usual range as a percentage and, for any amount given, in money; say what moves it (the country, the quality of service, local custom) and when no tip is expected.'];
      if (stingingNest(ctx)) return [STING_SAFETY_LINE, 'Stay on the question and skip unrelated background.'];
      if (isPayNegotiation(ctx))
        return /\boffers?\b/.test(ctx.lower.slice(0, 300))
          ? [
              'Say how to choose the number to ask for (market data for the role and place, the offer’s other terms) and to ask for a specific figure or a narrow range, with the reason behind it.',
              'Give the words to use, keeping it appreciative so the offer is not put at risk, and what to do if they say no (other terms worth asking for: signing bonus, start date, review in six months).',
            ]
          : [
              'Say how to choose the number to ask for (what the role pays elsewhere, the results I have delivered) and to ask for a specific figure or a narrow range, with the reason behind it.',
              'Give the words to use, built on my results (in [brackets] where I have not given them), and what to do if the answer is no (a date to revisit it, or other things worth asking for: a title, training, flexibility).',
            ];
      if (isWellbeing(ctx)) return asksSigns(ctx) ? [SIGNS_LINE, ...WELLBEING_LINES] : makingFriends(ctx) ? FRIENDS_LINES : WELLBEING_LINES;
      if (isProductPick(ctx)) return PRODUCT_LINES;
      if (isCookFromWhatIHave(ctx)) return COOK_LINES;
      if (isChecklist(ctx)) return CHECKLIST_LINES(ctx);
      // No step-by-step section on a question: the method is named here instead.
      if (isBodyFigure(ctx))
        return [`Use a standard, named method (${bodyMethod(ctx)}) ${ctx.features.numbers > 0 ? 'with the figures given, and state each assumption' : 'and state the body size and activity level you assume'}.`, ...BODY_LINES];
      if (isDecisionAsk(ctx)) return DECISION_LINES(ctx);
      if (isHabitChange(ctx))
        return isSleepTrouble(ctx)
          ? [...TIPS_LINES, 'Say when to see a doctor: if it lasts more than a few weeks, or comes with loud snoring, gasping, low mood or heavy daytime sleepiness.']
          : TIPS_LINES;
      if (isHealthEffect(ctx))
        return [
          'Answer from the current scientific consensus, and say how strong the evidence is for each claim (trials or large studies versus small or observational ones).',
          'Where the amount matters, give how much is generally considered safe and where risks start, with units.',
          'Name who should limit or avoid it (for example in pregnancy, with certain conditions or medicines) and when to ask a doctor.',
        ];
      if (asksQuestionsBefore(ctx))
        return [
          // A place visited (a daycare, a care home, a school) is judged on how it runs day to day, not on a job's terms.
          /\b(?:touring|visiting|viewing)\b/.test(ctx.lower.slice(0, 200))
            ? 'Put first the questions that protect me most (licensing or accreditation, safety, staff and their turnover, references, costs and terms in writing), then those about day-to-day life there (routines, communication, how problems are handled).'
            : // An adviser sells judgement, not a job: how they are paid decides whose interest they serve.
              /\b(?:lease|landlord|tenancy|renting|rental)\b/.test(ctx.lower.slice(0, 200))
              ? `Put first the questions that protect me most (the full monthly cost and what it includes, the deposit and how it comes back, who fixes what and how fast, rent increases, renewal and ending the lease early), then those about the place itself (heating, damp, pests, noise, safety${/\bold(?:er)? (?:building|house|home|flat|apartment|property)\b/.test(ctx.lower.slice(0, 200)) ? ', and for an older building its wiring, pipes and any lead paint or asbestos' : ''}).`
              : ADVISER.test(ctx.lower.slice(0, 200))
              ? 'Put first the questions that protect me most (qualifications and registration, how they are paid and what it will cost in total, whether they must act in my interest, complaints or disciplinary record), then those about how they would work with me (approach, who I would deal with, how often we would talk).'
              : 'Put first the questions that protect me most (credentials, insurance or guarantees, references, costs in writing, payment terms), then those about the job or the thing itself (timeline, who does the work, what happens if something goes wrong).',
          'For each question, say what a good answer sounds like and what would be a red flag.',
          'Name the answers that should be deal-breakers.',
        ];
      if (choosesCare(ctx))
        return [
          'Put the checks in the order they come up (before you visit, during the visit, before you sign), each with what a good sign and a warning sign look like.',
          'Cover safety and licensing, the staff (how many, their training, how long they stay), the daily routine and how they keep families informed, and the cost and contract terms.',
          'Name the deal-breakers that mean walking away, and the questions or records (inspection reports, references from other families) that show what a visit cannot.',
        ];
      if (inspectTarget(ctx))
        return [
          'Put the checks in the order they come up (before you go, on the spot, before you sign or pay), each with what a good sign and a warning sign look like.',
          'Name the deal-breakers that mean walking away, and the documents or questions that uncover what an inspection cannot.',
          'Keep to checks a non-expert can do, and say when an independent inspection is worth paying for.',
        ];
      if (practiceSkill(ctx)) {
        const time = practiceTime(ctx);
        return [
          time === null
            ? 'Assume a realistic 20–30 minutes a day unless the request says otherwise (say so in one line), and give a sample session split into timed blocks that add up to it.'
            : `Fit everything into the time given (${time}): ${time.includes('week') ? 'a sample week, with each session split into timed blocks, adding up to it' : 'a sample session split into timed blocks that add up to it'}.`,
          'Say what to focus on first and what to leave for later, with a milestone for each of the first three months that shows when to move on.',
          'Name the mistakes that most often stall people learning this on their own, and how to avoid each.',
        ];
      }
      if (isBenchmarkQuestion(ctx)) {
        // "A client wants full copyright for a logo for $400, is that normal?": a price for work, judged by scope and rights.
        const fee = /\b(?:client|quote|rates?|fees?|charg\w+|commission\w*|freelanc\w+|offer(?:ed|ing)? me|pay(?:ing)? me)\b/.test(ctx.lower.slice(0, 300));
        return [
          'Answer against a named benchmark (a common rule of thumb or typical figures for people in the same situation), say where it comes from, and compare the figures given with it.',
          fee
            ? 'Say what a fair figure depends on that the question leaves out (such as the scope, the usage or rights involved, and the client’s size) and the assumption you use for each.'
            : 'Say what the answer depends on that the question leaves out (such as income, goals or timeline) and the assumption you use for each.',
          asksCounter(ctx)
            ? 'End with a concrete counter-offer (the figure or terms to ask for) and one or two sentences I could send to propose it.'
            : 'End with the two or three steps that would change the picture most.',
        ];
      }
      return [
        carefulLine(ctx) ?? '',
        'Be accurate; say when something is uncertain or disputed instead of guessing.',
        'Stay on the question and skip unrelated background.',
      ];
    case 'closed_qa':
      return ['Use only information from the supplied text; no outside knowledge.', 'Keep the answer as short as the question allows.'];
    default:
      return [];
  }
}

/** What keeps each kind of infrastructure file healthy once it is running. */
function configLine(ctx: TechniqueContext): string {
  const head = ctx.lower.slice(0, 400);
  // A CI system named, not any "pipeline": "a docker-compose file for my data pipeline" is services to keep running.
  if (/\b(github actions?|gitlab[- ]ci|gitlab-ci\.yml|ci (pipeline|workflow|config)|jenkins(file)?|circleci)\b/.test(head))
    return 'Make it fast and safe to re-run: cache dependencies, run only what each trigger needs, and give jobs the least permissions they need.';
  if (/\bdockerfile\b/.test(head) && !/\bdocker[- ]compose\b/.test(head))
    return 'Keep builds fast and images small: copy and install dependencies before the source so the layer cache works, use a slim base image, and run as a non-root user.';
  if (/\b(terraform|cloudformation)\b/.test(head))
    return 'Make it safe to apply: show the plan before applying, keep state remote and locked, and protect resources that hold data from being destroyed.';
  return 'Make it survive restarts: persistent storage for data, health checks where services depend on each other, and sensible restart policies.';
}

/** "I'm weakest on genetics and cell respiration": those topics get the most time, and early. */
function weakTopicsLine(ctx: TechniqueContext): string {
  const topics = ctx.userText.match(/\b(?:weak(?:est)? (?:on|in|at)|struggl\w* with|bad at|worst at|trouble with)\s+([^.,;!?\n]{3,60})/i)?.[1]?.trim();
  return topics ? `Give the weakest topics (${topics}) the most time, start on them early, and come back to them before the end.` : '';
}

const FRAMEWORKS: Record<string, string> = { pytest: 'pytest', unittest: 'unittest', jest: 'Jest', vitest: 'Vitest', mocha: 'Mocha', junit: 'JUnit', rspec: 'RSpec', phpunit: 'PHPUnit', xunit: 'xUnit', nunit: 'NUnit' };
/** "Write unit tests in Jest": the framework named is the one to use, with its own idioms. */
function testFramework(ask: string): string | null {
  const name = FRAMEWORKS[/\b(pytest|unittest|jest|vitest|mocha|junit|rspec|phpunit|xunit|nunit)\b/.exec(ask)?.[1] ?? ''];
  return name ? `Use ${name}, as asked, with its own idioms (fixtures, parametrised cases and the matchers it provides) rather than hand-rolled checks.` : null;
}

export const explicitConstraints: Technique = {
  id: 'explicit_constraints',
  name: 'Explicit constraints',
  purpose: 'Spells out the task-specific requirements (scope, length, style, edge cases) as a checklist.',
  source: 'OpenAI, prompt-engineering guide ("write clear instructions"); Zhou et al. 2023, "Instruction-Following Evaluation for LLMs" (IFEval)',
  taskTypes: ['code', 'summarization', 'creative_writing', 'reasoning', 'brainstorming', 'classification', 'extraction', 'rewrite', 'analysis', 'planning', 'roleplay', 'open_qa', 'closed_qa'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'requirements',
  priority: 92,
  present: (ctx) => mentions(ctx, /^\s*(requirements|constraints|rules)\s*:?\s*$/m),
  fit(ctx) {
    const table: Partial<Record<string, number>> = {
      roleplay: ctx.features.interactive ? 2.5 : 1.5, rewrite: 1.6, code: 1.6, extraction: 1.4, summarization: 1.4, creative_writing: 1.2, planning: 1.2, brainstorming: 0.8,
      analysis: 0.8, classification: 0.8, closed_qa: -0.6, open_qa: -0.8, reasoning: isNumbersDecision(ctx) || isBodyFigure(ctx) || isDebtOrder(ctx) ? 1.2 : -0.5,
    };
    // Asking for missing material beats every other requirement.
    // So do a buying question and cooking from what is at hand: their conditions (budget, ingredients) decide the answer.
    // A should-I question turns on facts the asker left out, so the assumptions must be stated.
    const careful =
      (ctx.taskType === 'open_qa' || ctx.taskType === 'brainstorming') && (isCarefulDomain(ctx) || isSecondOpinion(ctx) || isTermination(ctx) || ctx.features.domain === 'consumer fraud prevention' || talkToChild(ctx) !== null || isBenchmarkQuestion(ctx) || practiceSkill(ctx) !== null || isWeightGoal(ctx) || inspectTarget(ctx) !== null || isProductPick(ctx) || isCookFromWhatIHave(ctx) || isBodyFigure(ctx) || (ctx.taskType === 'open_qa' && isChecklist(ctx)) || isDecisionAsk(ctx) || isQuizMaking(ctx) || isChildDevelopment(ctx) || isHealthEffect(ctx) || isLabResults(ctx) || funFacts(ctx) || isTitleRecs(ctx) || isReadingOrder(ctx) || isJobMatch(ctx) || isTipQuestion(ctx) || symptomsOf(ctx) || isWorkedExample(ctx) || isVisitTiming(ctx) || isFoodLeftOut(ctx) || isThawing(ctx) || isPayNegotiation(ctx) || isWellbeing(ctx) || stingingNest(ctx) || isParentingProblem(ctx) || isHabitChange(ctx) || petToTrain(ctx) !== null || openQaKind(ctx) === 'mishap' || memorizeKind(ctx) !== null || isVocabStudy(ctx) || isChildBullied(ctx) || isNeighbourProblem(ctx) || isWorkTrouble(ctx) || isLeadDilemma(ctx) || isPeopleManagement(ctx) || isTimeZoneMeeting(ctx) || isTimeConversion(ctx) || isDateTalk(ctx) || openQaKind(ctx) === 'process' || isBabyNames(ctx) || isDoctorQuestions(ctx) || isPairing(ctx) || writingHowTo(ctx) !== null || isUsageQuestion(ctx) || phraseMeaning(ctx) !== null || gameRules(ctx) !== null || isHomeRecipe(ctx) || livingPick(ctx) !== null || isDealCheck(ctx) || isPricingMyWork(ctx) || isCarePractice(ctx) || isRegulatedQuestion(ctx)) ? 1.8 : 0;
    // Triage is ordered by stated rules (deadlines, who is waiting), whatever the label.
    const triage = isTriage(ctx) || isGuidedExercise(ctx) || isExerciseList(ctx) || isMnemonic(ctx) ? 2 : 0;
    // A grammar question is judged by a stated standard (written English), whatever its label.
    const base = (table[ctx.taskType] ?? 0) + (missingLine(ctx) ? 2 : 0) + careful + triage + (isGrammarCheck(ctx) ? 2.4 : 0) + (NO_SPOILERS.test(ctx.lower.slice(0, 300)) ? 2 : 0);
    // Restating the user's own explicit instructions as a checklist pays off whatever the task. A word limit alone
    // ("keep it under 200 words") must still make the list for a question, whose other requirements rank low.
    const own = ctx.features.userConstraints.length > 0 ? 1.5 : ctx.features.lengthLimit ? (base < 0 ? 1 : 0.5) : 0;
    return base + own;
  },
  reason(ctx) {
    if (NO_SPOILERS.test(ctx.lower.slice(0, 300)) && !missingLine(ctx)) return 'Added the no-spoilers rule first, with what it rules out (twists, deaths, the ending), so the answer keeps the story unspoiled.';
    if (missingLine(ctx)) return `Added a rule to ask for the ${ctx.features.missingMaterial} when it is missing, because a ${ctx.taskType.replace('_', ' ')} answer without it would be invented.`;
    if (isPricingMyWork(ctx)) return 'Added explicit requirements (costs plus a stated hourly wage, then a market check) because a price that ignores either does not pay or does not sell.';
    if (isDealCheck(ctx)) return 'Added explicit requirements (the usual price range, what to check before buying, an offer) because a price is only good or bad against what the same thing sells for.';
    if (isRanking(ctx)) return 'Added ranking rules (every item kept, deadlines and blockers first, tie-breakers named) so the order is one you can act on.';
    const why: Record<string, string> = {
      code: 'Added explicit requirements (language, edge cases, tests) because code prompts that leave these open get code that works only on the happy path.',
      summarization: 'Added explicit requirements on faithfulness and length because summaries otherwise drift or run long.',
      creative_writing: 'Added explicit requirements on length and style because open creative prompts otherwise get generic, cliché-prone text.',
      rewrite: 'Added explicit requirements so the rewrite changes the style without changing the meaning.',
      extraction: 'Added explicit rules (exact values, nothing inferred) because extraction must not invent data.',
      roleplay: 'Added rules of engagement so the model stays in character and keeps the conversation turn by turn.',
      planning: 'Added explicit requirements so the plan is realistic and respects the stated limits.',
      brainstorming: 'Added explicit requirements on quantity and variety so the ideas are diverse and actionable.',
      classification: 'Added explicit labelling rules so every item is labelled the same way.',
      analysis: 'Added explicit requirements so the judgement is argued from criteria and evidence.',
    };
    if (isMnemonic(ctx)) return 'Added explicit requirements (items in order, one letter per item, listed for checking) because a mnemonic that skips or reorders an item teaches the wrong thing.';
    if (isExerciseList(ctx)) return 'Added explicit requirements (how to do each safely, when to stop, when to see a professional) because exercises for pain are done alone, from the description.';
    if (isGuidedExercise(ctx)) return 'Added explicit requirements (one exercise, timed steps that fit the time, when to stop) so it can be followed as it is read.';
    if (planKind(ctx) === 'guide') return 'Added study-guide rules (every topic with key terms, the common mistakes, practice questions with answers) so it can be revised from directly.';
    if (planKind(ctx) === 'interview') return 'Added interview-prep rules (the likely questions, answers built from your own stories, a practice plan) because an interview is won in the preparation.';
    if (planKind(ctx) === 'negotiation') return 'Added explicit requirements (the case from facts, the words to say, a fallback) because a negotiation is won in the preparation, not improvised.';
    if (isCookFromWhatIHave(ctx)) return 'Added cooking rules (the listed ingredients plus pantry staples, weeknight time) so every dish can be made tonight without shopping.';
    if (isProductPick(ctx)) return 'Added buying rules (named models within your conditions, each one’s trade-off, how current prices are) so the picks can be acted on.';
    if (ctx.taskType === 'brainstorming' && !sub(ctx, 'names') && !isProductPick(ctx) && !isCookFromWhatIHave(ctx) && brainstormLines(ctx) === TIPS_LINES)
      return 'Added explicit requirements (proven advice first, limits and risks said plainly) because tips are only worth following if they work and are safe.';
    if (ctx.taskType === 'brainstorming' && isIdentifierName(ctx)) return 'Added naming rules (the language’s convention, say what it holds, no vague words) because a name in code is read far more often than written.';
    if (isTopicSummary(ctx)) return 'Added explicit requirements so a summary of a topic, with no source to follow, stays accurate, balanced and short.';
    if (isKnownWork(ctx)) return 'Added explicit requirements so a summary written from memory stays accurate and says where it is unsure.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'call')
      return 'Added call rules (the point first, answers to the likely replies, blanks for your details, a reference number to ask for) so the script holds up on a real call.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'sysprompt')
      return 'Added system-prompt rules (role, tone, scope, each rule as its own instruction, what to do when unsure, placeholders for business facts) so the assistant behaves the same on every conversation.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'taskprompt')
      return 'Added prompt-writing rules (task, delimited input, fixed output format, hard cases, explicit criteria, placeholders for what is missing) so the prompt gives the same quality on every input.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'instructions')
      return 'Added instruction rules (one action per numbered step, exact button names, what they should see, the likeliest problems) so the steps can be followed without help.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'feedback')
      return 'Added feedback rules (what works first, the one or two changes that matter most with how to make them, encouragement) so the feedback can be acted on.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'alt')
      return 'Added alt-text rules (one or two plain sentences, the subject, action and setting, no “image of”) so a screen reader gives the gist quickly.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'reference')
      return 'Added recommendation rules (how you know them first, an example behind each quality, blanks for what only you know, a set length) so the praise reads as credible.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'sitter')
      return 'Added house-note rules (safety first, your details exactly as given, blanks for missing contacts, one page) so a sitter can rely on it.';
    if (vocabList(ctx)) return 'Added word-list rules (words at the level named, the meaning in context, an example sentence) so the list is worth studying.';
    if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'recipe')
      return 'Added recipe rules (every amount, steps with times and doneness cues, the yield) because a recipe is judged by whether it works the first time.';
    if (ctx.taskType === 'creative_writing' && isWritingOutline(ctx))
      return 'Added outline rules (note form, one entry per section, the main point and its support in each) so the plan can be checked before anything is drafted.';
    if (unitConversion(ctx)) return 'Added conversion rules (every amount into the units asked, sensible rounding, the factor used) because “preserve the numbers” would forbid the task.';
    if (ctx.taskType === 'rewrite' && isRecipeScaling(ctx))
      return 'Added scaling rules (one factor for every amount, sensible units, what does not scale) because a scaled recipe fails on the items that cannot simply be multiplied.';
    if (ctx.taskType === 'rewrite' && rewriteKind(ctx) === 'expand')
      return 'Added explicit requirements so the expansion adds detail and examples without inventing claims.';
    if (ctx.taskType === 'rewrite' && rewriteKind(ctx) === 'transform')
      return 'Added explicit requirements so the edit changes only what you named and nothing else.';
    if (ctx.taskType === 'classification' && sub(ctx, 'scale')) return 'Added explicit rules so every item is rated on your scale in the same way.';
    if (isLiteraryAnalysis(ctx)) return 'Added explicit requirements (quotations behind every point, how form and language work together, other readings) because a close reading stands on the text itself.';
    if (isTermsReview(ctx)) return 'Added explicit requirements (what the terms commit you to, who they favour, fairer wording to propose) because terms are judged by what signing them would mean.';
    if (isSwot(ctx)) return 'Added explicit requirements (inside versus outside, points specific to this case) because a SWOT that mixes the two or lists generic points gives nothing to act on.';
    if (isIdeaReview(ctx) && !sub(ctx, 'decide', 'pros-cons'))
      return 'Added explicit requirements (who pays, the competition, the riskiest assumption and how to test it) because an idea is judged as a venture, not line by line.';
    if (ctx.taskType === 'analysis' && sub(ctx, 'critique') && !sub(ctx, 'decide', 'pros-cons'))
      return 'Added explicit requirements (quote what each point is about, rank the problems, give a fix for each) so the feedback can be acted on.';
    if (findsFallacies(ctx)) return 'Added explicit requirements (quote each flaw, name it, say why it fails, no false alarms) so every charge of a fallacy can be checked.';
    {
      const kind = analysisKind(ctx);
      const why = kind ? ANALYSIS_WHY[kind] : undefined;
      if (why) return why;
    }
    if (ctx.taskType === 'analysis' && !sub(ctx, 'decide', 'critique', 'pros-cons'))
      return 'Added explicit requirements so the analysis rests on evidence and examples and stays neutral where views are contested.';
    if (ctx.taskType === 'code') {
      const codeWhy: Partial<Record<CodeMode, string>> = {
        concept: 'Added explicit requirements (a direct answer first, the reason behind it, where it depends on version or taste) because a question about code needs an explanation, not a program.',
        debug: isUnseenBug(ctx)
          ? 'Added explicit requirements (the usual causes of this symptom, how to tell them apart, a small fix for each) because no code was included to correct.'
          : 'Added explicit requirements (root cause first, the smallest fix, other bugs noted) so the fix does not paper over the problem or rewrite working code.',
        review: 'Added explicit requirements (what to cover, quoting the code, must-fix vs optional) so the review is complete and actionable.',
        'explain-code': 'Added explicit requirements so the explanation says why, not just what, and names inputs that would break the code.',
        'tests-only': 'Added explicit requirements (framework, boundaries and odd inputs, one behaviour per test) so the tests catch bugs rather than restate the happy path.',
        convert: 'Added explicit requirements (every record and field carried over, escaping and nesting explained) because a conversion that silently drops or mangles a value looks right at a glance.',
        port: 'Added explicit requirements (identical behaviour including edge cases, idiomatic target code, what cannot carry over) because a line-by-line port compiles but behaves differently.',
        testdata: 'Added explicit requirements (varied but consistent records, clearly fake contact details, one format per field) so the data is safe to share and loads without cleaning.',
        commit: 'Added the commit-message convention (an imperative summary line under about 50 characters, a body on what and why) and a rule against invented details.',
        jsonschema: 'Added explicit requirements (a named draft, types and required fields, the constraints the fields imply, examples that pass and fail) because a loose schema accepts bad data without any error.',
        regex: 'Added explicit requirements (flavour, accepted variants, strings to match and reject) because a pattern that is not pinned down matches too much or too little without any error.',
        oneliner: isShellOneLiner(ctx)
          ? 'Added explicit requirements (one line, safe quoting, a preview before it changes anything, each part explained) because a one-liner is run as typed.'
          : 'Added explicit requirements (one line, odd inputs handled, each part explained) so the line stays correct and can be read.',
        app: 'Added explicit requirements (stack, input validation, every feature, tests, no secrets in code) because app prompts that leave these open get a demo rather than a working app.',
        config: 'Added explicit requirements (pinned versions, no secrets in the file, data that survives restarts) because a config that works once can still lose data or leak credentials.',
        setup: 'Added explicit requirements (exact commands in order, assumed platform and versions) because setup answers that skip these fail on the reader’s machine.',
        howto: 'Added explicit requirements (the idiomatic way, a runnable snippet, the main alternative and pitfall) because a how-to question wants an answer, not a program with tests.',
      };
      const why = codeWhy[codeMode(ctx)];
      if (why) return why;
      const lang = ctx.features.codeLanguage;
      const job = codeMode(ctx) === 'write' && lang !== 'SQL' && lang !== 'spreadsheet formulas' ? unattendedJob(ctx) : null;
      if (job)
        return job.backup
          ? 'Added explicit requirements (incremental copy, source untouched, destination checked, a dry run) because a backup that fails silently is found out only when the data is needed.'
          : 'Added explicit requirements (folders checked first, the schedule shown, failures logged, a dry run) because a job that runs unattended fails where nobody sees it.';
      if (ctx.features.codeLanguage === 'SQL')
        return 'Added explicit requirements (dialect, NULLs and duplicates, a check on sample rows) because queries that leave these open return wrong rows without any error.';
    }
    if (inspectTarget(ctx)) return 'Added explicit requirements (checks in the order they come up, warning signs, deal-breakers) because a list of things to look for is used on the spot.';
    if (isWeightGoal(ctx)) return 'Added explicit requirements (a safe rate, targets with their assumptions, ordinary food, when to see a doctor) because a weight goal with a deadline invites crash diets.';
    if (practiceSkill(ctx))
      return `Added explicit requirements (a session that fits ${practiceTime(ctx) === null ? 'a realistic daily time' : 'the time given'}, milestones, common mistakes) because a learning plan that does not fit the practice time is not followed.`;
    if (isBenchmarkQuestion(ctx)) return 'Added explicit requirements (a named benchmark, the assumptions behind the verdict, next steps) because whether a figure is enough depends on facts the question leaves out.';
    if (isPeopleManagement(ctx)) return 'Added explicit requirements (find out before acting, the questions to ask, the words to open without blame, when to bring in support) so the conversation builds trust instead of costing it.';
    if (isLeadDilemma(ctx)) return 'Added explicit requirements (the options with their costs and who must agree, a recommendation, the words for the hard conversation) so the answer can be acted on this week.';
    if (isWorkTrouble(ctx)) return 'Added explicit requirements (the least risky step first, a record, the words for the first conversation) because a misstep at work is hard to take back.';
    if (isBabyNames(ctx)) return 'Added explicit requirements (real names with origin and meaning, every condition kept) because name lists often ignore the conditions given.';
    if (isChildBullied(ctx)) return 'Added explicit requirements (talking with the child first, a record, what to ask the school, when to escalate) because acting fast but badly can make bullying worse.';
    if (isNeighbourProblem(ctx)) return 'Added explicit requirements (the friendliest step first, a record, the formal routes) because a neighbour dispute is easy to escalate and hard to undo.';
    if (isHomeRecipe(ctx)) return 'Added explicit requirements (exact quantities, times and temperatures) because a recipe that leaves them vague fails at the stove.';
    if (livingPick(ctx)) return 'Added explicit requirements (only picks that fit every condition, with their needs) because a list of favourites that ignore the conditions is not a recommendation.';
    if (memorizeKind(ctx)) return 'Added explicit requirements (what to learn word for word, a method known to work, sessions and days ahead) because a piece learned by rereading is the one that goes blank.';
    if (openQaKind(ctx) === 'mishap') return 'Added a safety-first rule (when to stop and call for help, what each option costs) because advice for something going wrong is followed on the spot.';
    if (isHabitChange(ctx)) return 'Added explicit requirements (proven advice first, limits and risks said plainly) because advice on breaking a habit is only worth following if it works.';
    if (petToTrain(ctx)) return 'Added explicit requirements (the cause first, reward-based steps with how long they take, when to get professional help) because training only works when it is consistent and kind.';
    if (isParentingProblem(ctx)) return 'Added explicit requirements (strategies suited to the age, words to say, how long to persist, when to get help) because advice on a child’s behaviour only helps if it can be kept up consistently.';
    if (stingingNest(ctx)) return 'Added a safety-first rule (when to call a professional, the safest time, protective clothing) because a disturbed nest can send someone to hospital.';
    if (isJobMatch(ctx)) return 'Added explicit requirements (skills ranked by the posting’s own weight, evidence for each, its own words mirrored) because a resume is screened against the posting.';
    if (isReadingOrder(ctx)) return 'Added explicit requirements (real titles with their years, what can be skipped, one recommended order) because reading-order answers often list titles that do not exist or hedge between orders.';
    if (isTitleRecs(ctx)) return 'Added explicit requirements (real titles with creator and year, what each shares with the one you named) because recommendation lists often invent titles.';
    if (isThawing(ctx)) return 'Added the food-safe methods with their times, and what not to do, because thawing at room temperature lets bacteria grow.';
    if (isTipQuestion(ctx)) return 'Added the usual range in money as well as percent, and what moves it, because tipping customs differ by country and service.';
    if (funFacts(ctx)) return 'Added a rule to pick well-established facts, because many popular “fun facts” are myths.';
    if (isPayNegotiation(ctx)) return 'Added explicit requirements (how to pick the number, the words to use, what to do after a no) because a pay negotiation turns on the figure and the fallback.';
    if (isVisitTiming(ctx)) return 'Added explicit requirements (the seasons and events that decide it, how weather, crowds and prices change) because the best time depends on what the trip is for.';
    if (isFoodLeftOut(ctx)) return 'Added the food-safety rule (two hours, one above 32 °C) and why reheating does not fix it, because that is the common mistake.';
    if (isWorkedExample(ctx)) return 'Added explicit requirements (the figures given, the convention stated, each intermediate value) so the worked example can be followed and checked.';
    if (symptomsOf(ctx)) return 'Added explicit requirements (common signs apart from rare ones, who is at risk, how it is confirmed, when to get checked) because symptoms overlap between conditions.';
    if (isLabResults(ctx)) return 'Added explicit requirements (each value against its reference range, questions for the doctor, no diagnosis) because lab numbers mean little without their ranges and context.';
    if (isHealthEffect(ctx)) return 'Added explicit requirements (the weight of the evidence, safe amounts, who is an exception) because health claims about everyday things are often overstated either way.';
    if (isBodyFigure(ctx)) return 'Added explicit requirements (a range, what moves it, when to ask a professional) because a body-based figure is an estimate, not an exact answer.';
    if (isDecisionAsk(ctx))
      return 'Added explicit requirements (assumptions stated, no false balance) because a should-I answer depends on facts the question leaves out.';
    if (isDebtOrder(ctx)) return 'Added explicit requirements (avalanche against snowball, minimum payments kept, assumed figures stated) because the best order depends on what is being minimised.';
    if (isNumbersDecision(ctx))
      return 'Added explicit requirements (assumed figures stated, the point where the answer flips) because a should-I answer depends on figures the question leaves out.';
    if (isCustomerReply(ctx))
      return 'Added requirements (acknowledge, say what can be done, one next step, no invented policies) because a reply to an upset customer is judged on tone and on what it promises.';
    if (ctx.taskType === 'roleplay' && isBotSetup(ctx)) return 'Added rules of engagement so the assistant keeps to its rules and answers one turn at a time.';
    if (ctx.taskType === 'roleplay' && isServiceRole(ctx))
      return ctx.features.interactive
        ? 'Added rules of engagement so the model does the job the role describes for each input you send, one at a time.'
        : 'Added requirements so the model answers with the expertise of the role it is given.';
    if (ctx.taskType === 'roleplay' && !ctx.features.interactive) return 'Added requirements so the whole answer stays in the role and its setting.';
    return why[ctx.taskType] ?? 'Added explicit requirements so the answer meets the request precisely.';
  },
  render(ctx) {
    const lines = requirements(ctx).filter((l) => l.length > 0);
    const user = userLine(ctx);
    if (user) lines.unshift(user);
    // "Explain the plot of Inception without spoilers": the one rule that must not be broken comes first.
    if (NO_SPOILERS.test(ctx.lower.slice(0, 300))) lines.unshift('Do not reveal twists, deaths or the ending: stay with the premise and the set-up.');
    const missing = missingLine(ctx);
    if (missing) lines.unshift(missing);
    return byVerbosity(ctx, lines, 4).map((l) => `- ${l}`);
  },
};
