// Audience and context: say who the answer is for and what they need from it.
import type { Technique, TechniqueContext } from '../types.ts';
import type { AnalysisKind } from './util.ts';
import { isWordList, practiceTime, isQuickMealIdeas, fictionIdeas, isJobMatch, makingFriends, unitConversion, asksAnalogy, isReadingOrder, isTitleRecs, isLiteraryAnalysis, isDatingBio, isTermsReview, planKind, isExerciseList, isSpeakerBio, isSystemPromptWrite, isShopBio, isInterviewerQuestions, isMeetingRecap, isFreshnessCheck, forLinkedIn, vocabList, forYoungChild, analysisKind, byVerbosity, creativeKind, isApplicationEssay, isChecklist, isCookFromWhatIHave, isCoverLetter, isFactoid, isDecisionAsk, isIdentifierName, isKidsActivities, isKnownWork, isPetName, isQuizMaking, isSharedPlan, isTopicSummary, isWellbeing, mentions, openQaKind, sub, isCareerSwitch, isGrammarCheck, codeMode, isProgrammingQuestion, isChildDevelopment, isTriage, isSwot, isGuidedExercise, isSocialPost, isResumeBullet, practiceSkill, isDataReformat, isShoppingListFromText, isWeightGoal, inspectTarget, isKeywordIdeas, thingsToDoIn, isRecipeScaling, isMnemonic, readingAsked, isHealthEffect, isParentingProblem, isFoodKeeping, isCookingTime, isHabitChange, asksCarefulOptions, messageFromNotes, petToTrain, isTrivia, memorizeKind, isPetPoisoning, isChildBullied, isNeighbourProblem, isHomeRecipe, livingPick, namesTitle, onCar, isWorkTrouble, isBabyNames, isDoctorQuestions, writingHowTo, isTimeZoneMeeting, isCharacterNames, isRhymeList, onBike, talkToChild, isPepTalk, isRetroActions, isLeadDilemma, isPeopleManagement, isPhrasings, verbForms, isCandidateCompare, isCostBreakdown, isTalkingPoints, isDrinkRecipes, askerTrade, isDealCheck, isPricingMyWork, isLullaby, isLocalListingPost, isWorkOrder } from './util.ts';

/** Who reads each kind of analysis (see analysisKind), and what they need from it. */
const ANALYSIS_READERS: Partial<Record<AnalysisKind, string>> = {
  risks: 'The reader has to decide whether and how to go ahead: bring out the risks that could change that decision.',
  spending: 'The person asking wants to free up money without making life miserable: be specific and do not judge their choices.',
  drop: 'The person asking has the data in front of them: every check must be something they can run today.',
  policy: 'The person asking has to decide this case and may have to defend the decision: it must follow from the policy as written and be fair to the other side.',
  causes: 'The person asking runs this and has to act on it with the people and budget they have: favour causes they can check and fixes they can start this month.',
  options: 'The person asking has to act on this: favour what they can start this week with the people and budget they have.',
  abtest: 'The reader has to decide whether to ship the winner: say in plain words how sure the numbers allow them to be.',
  logic: 'The reader may not know the terms of formal logic: explain any you use (valid, sound, the name of a fallacy) in a plain sentence.',
  feedback: 'The reader runs the business and wants to know what to change first, in terms their team can act on.',
  data: 'The reader has to act on these numbers: bring out what changed, what might explain it, and what needs attention first.',
};

// Their current job is experience to build on; the new field is what they are new to.
const CHECKLIST_READER = 'The list will be used to pack or shop from, so every line must be something to tick off.';
const CAREER_READER = 'The person asking is new to the field they want to enter: build on what their current work has taught them, and explain the new field’s terms.';
const APPROACH_READER = 'The person asking will have this conversation themselves: suggest words they could say in their own voice, not a script.';

const HEALTH_READER = 'The person asking wants to know what it means for them: put the answer for most people first, then the exceptions.';

/** Working documents and headlines: who reads them decides what goes first. */
const DOC_READERS: Partial<Record<string, string>> = {
  sitter: 'Write for the sitter, who will check this in a hurry: every rule must be clear at a glance.',
  sysprompt: 'The reader is the AI model that will follow this on every conversation: each instruction must be unambiguous, and each rule testable.',
  releasenotes: 'Write for the people who use the product, skimming to see what changed for them: lead with what they will notice, in their words, not the team’s.',
  taskprompt: 'The reader is the AI model that will run this prompt on many different inputs: every instruction must be unambiguous and the output format fixed, so results stay consistent.',
  call: 'The person asking will read this on the call itself: short lines in plain spoken words, easy to find their place in.',
  recipe: 'Write for a home cook following along in the kitchen: each step must be clear at a glance.',
  outline: 'Write for the person who will draft the piece from this outline: each point must say enough to write from.',
  prd: 'Write for the engineers, designers and stakeholders who will build from it and sign it off.',
  rfc: 'Write for the engineers and leads who will review it and decide: the problem, the proposal and its trade-offs must be clear without a meeting.',
  instructions: 'Write for someone following along as they do it, perhaps for the first time and not confident with it: one action per step, in words they already use.',
  aftercare: 'Write for the patient and family at home, probably tired and worried: every instruction must be clear at a glance, with no clinical jargon.',
  handout: 'Write for the person it is handed to, who reads it later without anyone to ask: plain words, short sections, the key point first.',
  ceremony: 'Write to be read aloud by the officiant in front of the couple and their guests: natural spoken sentences, warm and personal, with cues for what happens.',
  injury: 'Write for the staff who fill it in right after an incident, and for the parents, managers or inspectors who read it later: clear fields and factual wording.',
  devotional: 'Write to be spoken aloud to the group the request names: plain words and short sentences, pitched at their age and world.',
  clientpolicy: 'Write for the people who read it when they book: what the rule is, what happens if they break it and how to avoid that must be clear at a glance.',
  counsel: 'The person asking will say this to someone who has to remember it at home: plain spoken words, one point at a time, no jargon.',
  bodycare: 'Write for the client reading it at home over the next weeks: plain words, every instruction clear at a glance.',
  clause: 'Write for both parties who sign it, and for anyone who reads it later in a dispute: every duty and consequence must be unambiguous.',
  salead: 'Write for bargain hunters scrolling sale listings, who decide in seconds whether to come: what is for sale and when must be clear at a glance.',
  obituary: 'Write for the family, friends and community who read it in the paper or online: warm and dignified, with the service details easy to find.',
  violation: 'Write for the tenant, who must see exactly what is wrong and what to do, and for anyone who reads it later as a record: facts, not feelings.',
  convo: 'The person asking will say this face to face: short sentences in plain spoken words they can make their own, with room for the other person to react.',
  shotlist: 'Write for the photographer, who checks it on the day between moments: every shot must be clear at a glance.',
  sign: 'Write for people passing by who read it in a few seconds, often from a distance: the action must be clear at a glance.',
  classnews: 'Write for busy parents reading on a phone: what the children did, what is coming and what parents need to do must be clear at a glance.',
  notice: 'Write for people who will skim it on a door, a board or a phone screen: what is happening, when, and what they must do must be clear at a glance.',
  listing: 'Write for buyers scrolling through listings: the best features must come first, and every claim must be true of the property.',
  policy: 'Write for the people who must follow it and the managers who apply it: every rule must be clear without asking anyone.',
  postmortem: 'Write for the engineers and managers who read it to learn from the incident, including people who were not there.',
  gamerules: 'Write for the host, who will read the rules out to a group: each step must be clear on first hearing.',
  status: 'Write for a busy manager who reads it in a minute: what changed, what is at risk and what they need to do must be clear without a meeting.',
  stories: 'Write for the team that will estimate, build and test each story: each must be small enough for one sprint and clear without a meeting.',
  proposal: 'Write for the person who will approve or reject it: the ask and its cost must be clear on a first read.',
  jobad: 'Write for the candidates deciding whether to apply: the role, the must-haves and the terms must be clear on a first read.',
  rubric: 'Write for the teacher who grades with it and for the students who read it before they start.',
  subject: 'Write for people scanning a crowded inbox, who decide in a second whether the email is worth opening.',
  headline: 'Write for the recruiters and hiring managers who see the headline in search results and decide in a second whether to open the profile.',
  feedback: 'Write for the person receiving it, who should come away knowing what to keep and what to change next.',
  alt: 'Write for someone using a screen reader, who needs the gist of the image quickly.',
};

function lines(ctx: TechniqueContext): string[] {
  const a = ctx.features.audience;
  const lang = ctx.features.languageNamed;
  if (sub(ctx, 'translate') && ctx.taskType === 'rewrite') {
    // Asking for the reading means the asker will say it: natural, polite spoken phrasing, not written style.
    if (readingAsked(ctx))
      return [`The person asking will say this aloud${lang ? ` to ${lang} speakers` : ''}: use natural spoken phrasing, polite unless the request asks otherwise.`];
    // "…into plain Vietnamese for an elderly patient": a named reader sets the register.
    if (ctx.features.audience && /^an? /.test(ctx.features.audience))
      return [`The translation is for ${ctx.features.audience}${lang ? ` who reads ${lang}` : ''}: it should read as if it had been written for them in ${lang ?? 'that language'}, in words they use every day.`];
    return [`The translation is for native ${lang ?? 'target-language'} readers: it should read as if it had been written in ${lang?.includes(' and ') ? 'each language' : (lang ?? 'that language')}.`];
  }
  if (a && isQuizMaking(ctx)) return [`The quiz is for ${a}: pitch the vocabulary and difficulty at what they can be expected to know.`];
  // For ideas and plans, "for a 7 year old" names who it is for, not who reads the answer.
  if (a && (ctx.taskType === 'brainstorming' || ctx.taskType === 'planning')) return [`Tailor every suggestion to ${a}.`];
  // "How much screen time is too much for a 5 year old?": the child is who it is about; a parent reads the answer.
  if (isHealthEffect(ctx)) return [HEALTH_READER];
  if (a && /^(?:someone|a person|people|a reader|readers|an audience) (?:who|that)\b/.test(a)) return [`Write for ${a}: build on what they already know, and explain anything beyond it.`];
  // "What should I say to my manager when asking for a raise?": the manager is who they will talk to, not the reader.
  // "How do I explain death to a 5 year old?": a parent reads the answer and says it in their own words.
  if (talkToChild(ctx))
    return [`The person asking is the ${CLASS_TEACHER.test(ctx.lower.slice(0, 200)) ? 'teacher' : 'parent or carer'} who will have this conversation: give them words they can say, pitched at the child’s age, and ways to answer the questions that follow.`];
  if (a && openQaKind(ctx) === 'approach')
    return [`The person asking will have this conversation with ${a.replace(/^(?:my|our) /, 'their ')} themselves: suggest words they could say in their own voice, not a script.`];
  // "A system prompt for a customer support chatbot": the customer talks to the bot; the model reads the prompt.
  // So does a prompt run on many inputs: "grade student essays" names what it reads, not who reads the prompt.
  if (isSystemPromptWrite(ctx)) return [DOC_READERS.sysprompt ?? ''];
  if (ctx.taskType === 'creative_writing' && creativeKind(ctx) === 'taskprompt') return [DOC_READERS.taskprompt ?? ''];
  if (a) return [`The audience is ${a}: choose vocabulary, examples and depth that suit them.`];
  if (isGrammarCheck(ctx)) return ['The person asking wants to write correctly: name the rule in plain words they can reuse, without grammar jargon they would have to look up.'];
  if (isReadingOrder(ctx)) return ['The person asking is new to these works and wants to enjoy them: give nothing away beyond each one’s premise.'];
  if (isTitleRecs(ctx))
    return [namesTitle(ctx) ? 'The person asking liked the title named and wants more of what made it work for them.' : 'The person asking wants titles on this subject worth their time: real ones they can look up.'];
  if (thingsToDoIn(ctx)) return ['The person asking wants things they can actually go and do: real places, with the practical details that decide whether to go.'];
  if (isKeywordIdeas(ctx)) return ['The keywords must match what customers type into a search box: their words, not the trade’s.'];
  if (isWeightGoal(ctx)) return ['The person asking wants something they can follow day to day: keep it practical and encouraging, not a lecture.'];
  if (isResumeBullet(ctx)) return ['The reader is a recruiter or hiring manager who gives each line a few seconds: the impact has to show at once.'];
  if (isTriage(ctx)) return ['The person asking has to act on this now: keep it short enough to read between tasks.'];
  if (isParentingProblem(ctx)) return ['The person asking is a parent who will try this at home, probably tired: keep it practical and kind, and make each step easy to keep up.'];
  if (isTimeZoneMeeting(ctx)) return ['Everyone joins from their own working day: the time has to be fair to all of them, not just to the organiser.'];
  if (isLeadDilemma(ctx)) return ['The person asking has to keep both sides on board and answer for the outcome: the advice must work inside their actual organisation.'];
  if (isPeopleManagement(ctx)) return ['The person asking manages the people involved: the advice has to protect their trust and work in a real week, not in theory.'];
  if (isWorkTrouble(ctx)) return ['The person asking has to keep working with these people: protect their position and the working relationship.'];
  if (isBabyNames(ctx)) return ['The name will be said for a lifetime: think of how it sounds with a surname, its nicknames and its initials.'];
  if (isDoctorQuestions(ctx)) return ['The person asking has a short appointment: the questions should get answers they can act on, and be easy to read out.'];
  if (writingHowTo(ctx)) return ['The person asking will write one straight after reading: show the method and what good looks like.'];
  if (isChildBullied(ctx)) return ['The person asking is a worried parent who needs to act well, not fast, and keep their child’s trust.'];
  if (isNeighbourProblem(ctx)) return ['The person asking has to go on living next door: keep relations civil while getting the problem solved.'];
  if (isHomeRecipe(ctx)) return ['The person asking is cooking in an ordinary home kitchen, with a standard oven, hob and pans.'];
  if (livingPick(ctx) === 'plant') return ['The person asking is an ordinary home gardener: name plants they can buy at a garden centre.'];
  if (livingPick(ctx) === 'breed') return ['The person asking will live with this animal for years: fit matters more than looks.'];
  if (petToTrain(ctx)) return ['The person asking is an ordinary owner training at home, a few minutes a day, without special equipment.'];
  if (isMnemonic(ctx) && !ctx.features.audience) return ['The person asking will learn one of these by heart, so it must be easy to say and to picture.'];
  if (isExerciseList(ctx)) return ['The person asking will do these alone at home, without equipment or anyone watching: each must be safe to do from the description.'];
  if (isGuidedExercise(ctx)) return ['The person will follow this as they read it, probably while tense: keep the wording calm and simple.'];
  if (isPetPoisoning(ctx)) return ['The owner may need to act now, before the pet shows any signs: what to do comes before why.'];
  if (isTrivia(ctx)) return ['The questions will be read out at a quiz or a party: each should be fun to hear and have one clear answer.'];
  if (memorizeKind(ctx)) return ['The person asking will practise alone over the days before, a few short sessions a day.'];
  if (isQuizMaking(ctx)) return ['The quiz will be handed out as it is: every question must make sense on its own, without the topic being explained first.'];
  if (isWellbeing(ctx) && (ctx.taskType === 'brainstorming' || ctx.taskType === 'open_qa'))
    return [
      makingFriends(ctx)
        ? 'Speak to the person directly and kindly: they are starting from scratch and may feel shy about reaching out, so make the first steps small.'
        : 'Speak to the person directly and kindly: they are short on energy, so keep it brief and practical.',
    ];
  switch (ctx.taskType) {
    case 'open_qa':
      if (isCookFromWhatIHave(ctx)) return [COOK_CONTEXT];
      if (isPricingMyWork(ctx)) return ['The person asking sells their own work: the price has to pay for their time and still sell.'];
      if (isDealCheck(ctx)) return ['The person asking is about to spend the money and may negotiate: what to check and what to offer matter more than the general market.'];
      if (isJobMatch(ctx)) return ['The person asking is tailoring a resume to this posting, which recruiters and screening software will read for its own words.'];
      if (isChecklist(ctx)) return [CHECKLIST_READER];
      if (inspectTarget(ctx)) return ['The person asking will use this on the spot, probably without expert help: every check must be something they can do or ask.'];
      if (practiceSkill(ctx))
        return [
          practiceTime(ctx) === null
            ? 'The person asking is learning on their own, in the time left around work or school: keep every suggestion realistic for short daily practice.'
            : 'The person asking is learning on their own with a fixed amount of practice time: every suggestion must fit it.',
        ];
      if (!ctx.features.isQuestion && openQaKind(ctx) !== 'diagnose' && !isParentingProblem(ctx)) return [isDecisionAsk(ctx) ? DECISION_READER : 'Write for a general reader who needs a clear, usable result.'];
      if (openQaKind(ctx) === 'approach') return [APPROACH_READER];
      if (isCareerSwitch(ctx)) return [CAREER_READER];
      if (isDecisionAsk(ctx)) return [DECISION_READER];
      if (openQaKind(ctx) === 'diagnose') return [HANDS_ON];
      if (asksCarefulOptions(ctx)) return ['The person asking has to act on this themselves: say what applies where they are, and what to do first.'];
      if (isHabitChange(ctx)) return ['The person asking wants to change their own habit: make each tip something they can start today, in their situation.'];
      if (isChildDevelopment(ctx)) return ['The person asking is a parent who may be worried: be reassuring where that is warranted and clear about when to get it checked.'];
      if (isProgrammingQuestion(ctx))
        return [asksAnalogy(ctx) ? 'Write for someone without a technical background: let the analogy carry the idea, and tie each technical term to its part of the analogy.' : DEVELOPER_READER];
      if (NOT_CLICKED.test(ctx.lower))
        return ['The reader has met the usual explanation and it did not click: come at it from another angle, with concrete examples, and make each step obvious before the next.'];
      if (isCookingTime(ctx)) return ['The person asking is cooking in an ordinary home kitchen, with a standard oven, hob and pans.'];
      if (isFoodKeeping(ctx) || isFreshnessCheck(ctx)) return ['The person asking has an ordinary home kitchen: a fridge, a freezer, jars, containers and paper towels.'];
      if (openQaKind(ctx) === 'app') return ['The person asking will follow along on their own screen: name each menu, button, setting or formula exactly as it appears.'];
      if (openQaKind(ctx) === 'process') return ['The person asking will do this themselves: name each form, office or official website, and what it costs.'];
      if (openQaKind(ctx) === 'mishap') return ['The person asking may be in this situation right now, with only what they have on hand: keep it calm and practical.'];
      if (openQaKind(ctx) === 'steps')
        return [
          onCar(ctx)
            ? 'The person asking will do this themselves, by the roadside or at home, with the kit that came with the car or a basic one: name what to use and how long each step takes.'
            : onBike(ctx)
              ? 'The person asking will do this themselves with a basic bike kit (a pump, tyre levers, a spare tube or patch kit, an Allen key): name what to use and how long each step takes.'
              : 'The person asking will do this themselves with ordinary tools and household supplies: name what to use and how long each step takes.',
        ];
      // A question in a field's own terms ("BVH optimizations", "YARA-L rule") comes from someone who works in it.
      // "As a ski instructor, how do I teach a scared beginner to stop?": a colleague's question, not a layperson's.
      if (askerTrade(ctx) && !ctx.features.audience) return [`Write for a working ${askerTrade(ctx) ?? ''}: skip the basics of the trade and focus on what works in practice, with words they could use.`];
      if (isPractitioner(ctx)) return ['Write for a practitioner in the field: use its terms precisely, and define only those a newcomer to this particular topic might not know.'];
      return ['Write for an intelligent reader who is not a specialist: define technical terms on first use and prefer concrete examples to abstractions.'];
    case 'summarization':
      if (isRetroActions(ctx)) return ['The team will work from this list next sprint: each action should be small and clear enough to start without another meeting.'];
      if (isMeetingRecap(ctx))
        return [
          /\bmeeting\b/.test(ctx.lower.slice(0, 250))
            ? 'Write for the attendees and anyone who missed the meeting: what was decided and who does what must be clear at a glance.'
            : 'Write for the people in the discussion and anyone who missed it: what was decided and who does what must be clear at a glance.',
        ];
      if (isKnownWork(ctx)) return ['The reader wants the substance of the work without reading it, so the summary must make sense on its own.'];
      if (isTopicSummary(ctx)) return ['The reader wants the essentials of the topic quickly, so the summary must make sense on its own.'];
      return ['The reader has not seen the source and wants its substance quickly, so the summary must make sense on its own.'];
    case 'creative_writing': {
      if (isPepTalk(ctx)) return ['Write to the person asking, who is anxious right now: warm, calm and direct, in short sentences they can read in a minute.'];
      const kind = creativeKind(ctx);
      if (isLocalListingPost(ctx)) return ['Write for local people who find the business on Google Search or Maps while looking for this service: what they get and how to get it must be clear in the first lines.'];
      // A pet's owner does the care at home; a patient and their family do their own.
      if (kind === 'aftercare' && /\b(?:dog|cat|puppy|kitten|pet|vet|veterinar\w*)\b/.test(ctx.lower.slice(0, 300))) return ['Write for the owner at home, probably tired and worried: every instruction must be clear at a glance, with no clinical jargon.'];
      // Sung softly to a baby, often half-asleep and from memory.
      if (isLullaby(ctx)) return ['Write to be sung softly by a parent to a baby at bedtime: simple, soothing words, gentle repetition and a steady, rocking rhythm that is easy to remember.'];
      const reader = kind ? DOC_READERS[kind] : undefined;
      if (reader) return [reader];
      if (kind === 'reference')
        return [
          forLinkedIn(ctx)
            ? 'Write for the recruiters and hiring managers who read it on their profile: they want specific evidence of how this person works, not general praise.'
            : 'Write for the hiring manager or admissions committee who reads it: they want specific evidence of how this person works, not general praise.',
        ];
      return [
        // "A follow-up email after my interview for the marketing coordinator role" is a message, not marketing copy.
        kind === 'copy'
          ? 'Write for the prospective customer: focus on what they gain, in their language rather than industry jargon.'
          : sub(ctx, 'speech')
            ? 'Write for listeners, not readers: short sentences, natural rhythm, and lines that are easy to say aloud.'
            : isApplicationEssay(ctx)
              ? 'Write for an admissions or scholarship committee that reads many essays: the applicant’s own voice and specific moments matter more than polish.'
            : kind === 'bio'
              ? isSpeakerBio(ctx)
                ? 'Write for the audience at the event, who read or hear it just before the talk: why this person is worth listening to.'
                : isShopBio(ctx)
                ? 'Write for shoppers deciding whether to buy: who makes these things, how, and why they are worth choosing.'
                : 'Write for the people deciding whether to get in touch: what this person does, for whom, and why they can be trusted.'
              : kind === 'message'
              ? isCoverLetter(ctx)
                ? 'Write for a hiring manager who reads many applications quickly: the first paragraph should show why this applicant fits this role.'
                : 'Write for the person who will receive it: match the tone to the relationship and the occasion, and make any request plain.'
              : forYoungChild(ctx)
                ? 'Write for a young child who will hear it read aloud: simple words, short sentences, and a rhythm that is pleasant to read out.'
                : 'Write for a general adult audience unless the request implies another, and keep the tone consistent with the occasion.',
      ];
    }
    case 'rewrite':
      if (isWorkOrder(ctx)) return ['Write for the technician who will do the job: what is wrong, where, and when they can get in must be clear at a glance.'];
      if (messageFromNotes(ctx) && !ctx.features.audience)
        return ['Write for the person who will receive it: match the tone to the relationship, and make any request and its deadline plain.'];
      if (isSocialPost(ctx)) return ['Write for the people who follow the author: warm and professional, in the author’s own voice rather than a press release.'];
      if (isDatingBio(ctx)) return ['Write for someone scrolling the app who decides in seconds whether to say hello: in the author’s own voice, confident but not boastful.'];
      return ['The result goes to the same readers as the original; keep the author’s voice unless the request asks to change it.'];
    case 'analysis':
      if (isCandidateCompare(ctx)) return ['The person asking has to choose whom to hire and defend the choice: keep the comparison fair and tied to the role.'];
      if (isCostBreakdown(ctx)) return ['The person asking is budgeting for this: realistic ranges matter more than a falsely precise figure.'];
      if (isLiteraryAnalysis(ctx)) return ['The reader has the text in front of them and wants to see how it works, not a paraphrase of it.'];
      if (isTermsReview(ctx)) return ['The reader is being asked to accept these terms and is not a lawyer: make plain what they would be agreeing to.'];
      if (isDecisionAsk(ctx)) return [DECISION_READER];
      if (isSwot(ctx)) return ['The reader has to set a strategy from this: bring out what is specific to their situation and what it means for their next moves.'];
      {
        const kind = analysisKind(ctx);
        const reader = kind ? ANALYSIS_READERS[kind] : undefined;
        if (reader) return [reader];
      }
      return [
        sub(ctx, 'decide', 'pros-cons')
          ? 'The reader has to make a decision from this, so bring out what matters most for that choice.'
          : sub(ctx, 'critique')
            ? 'The reader wants to improve their work: be candid and specific rather than polite and vague.'
            : 'The reader wants to understand the subject, not just a verdict: bring out the main factors and the evidence behind each.',
      ];
    case 'planning':
      if (planKind(ctx) === 'guide') return ['The guide is for a student revising on their own: every explanation must make sense without the textbook open.'];
      return [
        isSharedPlan(ctx)
          ? 'The plan is for the people who will carry it out: concrete enough to assign and track, not a vision statement.'
          : 'The plan is for the person asking: make it realistic to carry out, not an idealized schedule.',
      ];
    case 'brainstorming':
      if (verbForms(ctx) !== null) return ['The person asking will study from this table: every form must be right, and the table easy to scan.'];
      if (isTalkingPoints(ctx)) return ['The person asking will make this case in person: every point must sound natural said aloud and answer what the other side cares about.'];
      if (isPhrasings(ctx)) return ['The person asking will say these out loud: each must sound natural in that setting and keep the relationship intact.'];
      if (isQuickMealIdeas(ctx))
        return [
          /\bsnacks?\b/.test(ctx.lower.slice(0, 200))
            ? 'The person asking wants snacks that are easy to buy or make ahead and to carry: every idea must work with supermarket ingredients.'
            : 'The person asking will make this in an ordinary kitchen with little time: every idea must work with supermarket ingredients and basic tools.',
        ];
      if (fictionIdeas(ctx) === 'design') return ['The system is for the writer’s own story: favour rules and costs that create conflict and hard choices for the characters, not just spectacle.'];
      if (fictionIdeas(ctx)) return ['The ideas are for the writer’s own story: favour those that create conflict and hard choices for the characters, not just spectacle.'];
      // A name is judged by the people who will hear it, not by what it costs to carry out.
      if (sub(ctx, 'approach')) return [APPROACH_READER];
      if (isCareerSwitch(ctx)) return [CAREER_READER];
      if (isIdentifierName(ctx)) return ['The name will be read far more often than written: it should say what it holds without the reader looking at the code around it.'];
      if (isPetName(ctx)) return ['The name will be called out many times a day: one or two syllables, easy to shout, and pleasant to say for years.'];
      if (isCookFromWhatIHave(ctx)) return [COOK_CONTEXT];
      if (sub(ctx, 'diagnose') && ctx.features.isQuestion) return [HANDS_ON];
      if (vocabList(ctx)) return ['The person asking will study these words: pitch them at the exam or level the request names.'];
      if (isCharacterNames(ctx)) return ['Readers will meet these names many times on the page: each should suit its setting and be easy to tell from the others.'];
      if (sub(ctx, 'names')) return ['Names should appeal to the people the thing is for, and work when heard as well as when read.'];
      if (isInterviewerQuestions(ctx)) return ['The person asking will put these questions to candidates as written: each must make sense read aloud, without context.'];
      if (isChecklist(ctx)) return [CHECKLIST_READER];
      if (isRhymeList(ctx)) return ['The rhymes will be used in a lyric or a poem, so they are judged by ear: how they sound said aloud, not how they are spelt.'];
      if (isWordList(ctx)) return ['The words will be used as they are, in writing or speech: choose ones that fit the context the request gives, not rare or showy ones.'];
      if (isKidsActivities(ctx)) return ['The ideas are for a parent at home: little preparation, no special shopping, and a mix of calm and active ones.'];
      if (isDrinkRecipes(ctx)) return ['The drinks will be served to guests: each should look festive in the glass and taste balanced, not just sweet.'];
      if (askerTrade(ctx) && !ctx.features.audience) return [`Write for a working ${askerTrade(ctx) ?? ''}: skip the basics of the trade and favour what works in practice.`];
      return ['Favour ideas the person asking could realistically carry out with ordinary time and budget.'];
    case 'code':
      if (codeMode(ctx) === 'concept') return [DEVELOPER_READER];
      // A formula is read by whoever keeps the spreadsheet, who may never have written one.
      if (codeMode(ctx) === 'explain-code' && ctx.features.codeLanguage === 'spreadsheet formulas') {
        return ['The reader works in the spreadsheet but may not write formulas: say what each range holds in ordinary words, and avoid programming jargon.'];
      }
      return ['The reader is a developer who will maintain this code, so favour clarity over cleverness.'];
    default:
      return ['Write for a general reader who needs a clear, usable answer.'];
  }
}

/** "I still don't get why switching is better": the standard explanation has already failed this reader. */
const NOT_CLICKED = /\bi (?:still|just) (?:don'?t|do not|can'?t|cannot) (?:get|understand|see|follow|wrap my head around)\b|\b(?:never|doesn'?t|didn'?t) (?:made|make) sense to me\b|\bi'?m still confused\b|\bevery explanation i\b/;
const DEVELOPER_READER = 'Write for a developer who wants to understand this, not just a rule to follow: define terms a newcomer might not know.';
const DECISION_READER = 'The answer is for the person making this choice: weigh the options for their situation as described, not in general.';
const HANDS_ON = 'The person asking has the problem in front of them: suggest checks they can do with what they have.';
const COOK_CONTEXT = 'The person is cooking with what they have now: no special shopping trip, and ordinary kitchen equipment.';
/** Acronyms a general reader would not use (BVH, GDDR6, YARA-L), as opposed to everyday ones (US, TV, BC, the GRE) and Roman numerals. */
const JARGON_ACRONYM = /\b(?![IVXLC]+\b)(?!(?:US|UK|EU|UN|TV|OK|AI|USA|CEO|FAQ|DIY|PC|ID|PDF|GPS|DNA|NASA|FBI|BBC|AM|PM|BC|AD|AP|IQ|UFO|ATM|VIP|GRE|SAT|ACT|GMAT|LSAT|MCAT|IELTS|TOEFL|GCSE|GED|DMV|IRS|HR|PTO|ER|ICU|HVAC|HOA|IRA|HSA|FSA|APR|SUV|RV|PTA|IEP|ADHD|OCD|PTSD|MRI|CPA|LLC|EV|MPG|OBGYN|ENT|TSA)\b)[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]+)?s?\b/;
const CODE_TOKEN = /`[^`\n]+`|\b\w+\(\)|\b[a-z]+\.[a-z_]+\(/;
// These read ctx.lower, whose typographic apostrophes are already plain ones.
/** The asker says they are new to it: that beats any jargon they quote ("I keep hearing about IORB…"). */
const NEWCOMER = /\b(i'?m not an? \w+|i am not an? \w+|non-?technical|layman|lay person|beginner|new to|newbie|eli5|like i'?m|in simple terms|i'?d like to understand|trying to understand|my (son|daughter|dad|mom|mother|father|grandma|grandpa|kid|kids)|textbook|my class)\b/;
/** "I'm a GP", "as a nurse educator", "I work in grain procurement". */
const PROFESSIONAL = /\b((i'?m|i am|as) an? (\w+ ){0,2}(engineer|developer|programmer|gp|doctor|nurse|physician|pharmacist|lawyer|solicitor|accountant|analyst|scientist|researcher|admin|administrator|architect|consultant|trader|educator|clinician|surgeon|dentist|economist)|i work (in|with|on|as)|pretend you work|in my (job|work|role))\b/;
/** Asking for the basics ("explain the difference between TCP and UDP", "what is a BVH?") is how a learner asks. */
const BASICS = /^\s*(please |so )?((can|could) you |i want you to )?(explain|define|what('s| is| are| does)|what'?s the difference|(tell me |teach me )?the difference between|how (does|do) \S+( \S+)? work|eli5)\b/;
const isShouting = (t: string): boolean => (t.match(/[a-z]/g)?.length ?? 0) < 0.2 * (t.match(/[A-Za-z]/g)?.length ?? 0);
/**
 * Written for someone who works in the field: they say so, or they ask a short question in its own terms (BVHs,
 * YARA-L, `useEffect()`). Longer prompts state the asker's level themselves, so quoted jargon alone does not count.
 */
function isPractitioner(ctx: TechniqueContext): boolean {
  const head = ctx.userText.slice(0, 600);
  if (NEWCOMER.test(ctx.lower)) return false;
  // "I'm a nurse working night shifts. How can I stay healthy?" asks about the nurse, not about nursing.
  if (PROFESSIONAL.test(ctx.lower)) return !/\bhow (?:can|do|should) i (?:stay|keep|be|get|eat|sleep|lose|avoid|manage|cope|balance|find time)\b/.test(ctx.lower);
  if (BASICS.test(ctx.lower)) return false;
  return ctx.features.words <= 25 && !isShouting(head) && (JARGON_ACRONYM.test(head) || CODE_TOKEN.test(head));
}

/** The guidance is in English: a prompt written in another language must say the answer is not. */
/** "How do I tell my kindergarten class…": a teacher talking to a room of children, not a parent to one. */
const CLASS_TEACHER = /\b(?:class|classroom|students|pupils|kindergarte?ners|\d{1,2} (?:\w+-year-olds|kids|children))\b/;

const needsLanguageLine = (ctx: TechniqueContext): boolean => (ctx.features.nonLatin || ctx.features.writtenIn !== null) && !ctx.features.languageNamed;

function withLanguage(ctx: TechniqueContext, lines: string[]): string[] {
  if (!needsLanguageLine(ctx)) return lines;
  return [...lines, ctx.features.writtenIn ? `Reply in ${ctx.features.writtenIn}, the language the task is written in.` : 'Reply in the language the task is written in.'];
}

/** Task types whose audience line is added only to say which language to answer in. */
const LANGUAGE_ONLY = new Set(['reasoning', 'extraction', 'classification', 'closed_qa', 'roleplay']);

export const audienceContext: Technique = {
  id: 'audience_context',
  name: 'Audience and context',
  purpose: 'States who the answer is for and what they need, so depth and tone fit the reader.',
  source: 'Anthropic, "Be clear, direct and detailed" (give contextual information); Google, Gemini prompt design (context and persona)',
  taskTypes: ['open_qa', 'summarization', 'creative_writing', 'rewrite', 'analysis', 'planning', 'brainstorming', 'code', 'reasoning', 'extraction', 'classification', 'closed_qa', 'roleplay'],
  complexities: ['simple', 'moderate', 'complex'],
  conflicts: [],
  section: 'context',
  priority: 50,
  present: (ctx) => mentions(ctx, /\b(the audience is|write for (an?|the)|the reader (is|has)|target audience)\b/),
  fit(ctx) {
    const named = ctx.features.audience ? 0.8 : 0;
    const table: Partial<Record<string, number>> = {
      // Data moved into a table or JSON has no readers' voice to keep.
      open_qa: 1.2, summarization: 1.1, creative_writing: 0.9, rewrite: isDataReformat(ctx) || isShoppingListFromText(ctx) || isRecipeScaling(ctx) || unitConversion(ctx) ? undefined : 0.2, analysis: 0.4, planning: 0.4, brainstorming: 0.4,
      code: sub(ctx, 'explain-code') ? 1 : -0.8,
    };
    // A one-fact answer has no depth to pitch ("define technical terms" for the capital of Australia).
    const base = isFactoid(ctx) && !ctx.features.audience ? undefined : table[ctx.taskType];
    // Answering in the user's language matters more than any other audience detail.
    if (needsLanguageLine(ctx) && !(ctx.taskType === 'rewrite' && sub(ctx, 'translate'))) return Math.max(1.5, (base ?? 0) + named);
    if (LANGUAGE_ONLY.has(ctx.taskType)) return null;
    return base === undefined ? (named ? 0 : null) : base + named;
  },
  reason(ctx) {
    if (LANGUAGE_ONLY.has(ctx.taskType) && !ctx.features.audience && needsLanguageLine(ctx))
      return `Added the reply language because the prompt is written in ${ctx.features.writtenIn ?? 'another language'} and the added guidance is in English.`;
    const a = ctx.features.audience?.replace(/\bmy\b/, 'your').replace(/\bour\b/, 'your');
    if (sub(ctx, 'translate') && ctx.taskType === 'rewrite') return 'Added the target readership because a translation should read naturally to native readers, not as a word-for-word copy.';
    if (a) return `Added audience guidance because the prompt is for ${a}, and naming that shapes vocabulary and depth.`;
    return 'Added audience and context because a stated reader lets the model pitch depth and vocabulary correctly instead of guessing.';
  },
  render: (ctx) => withLanguage(ctx, LANGUAGE_ONLY.has(ctx.taskType) && !ctx.features.audience ? [] : byVerbosity(ctx, lines(ctx))),
};
