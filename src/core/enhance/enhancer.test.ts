import { describe, expect, it } from 'vitest';
import { createEnhancer, enhanceWithClassification, LONG_PROMPT_CHARS, MAX_INPUT_CHARS } from './enhancer.ts';
import { MAX_ADDED_CHARS } from './generate.ts';
import { createEnhanceHandlers, toHistoryRecord } from './routes.ts';
import type { HistoryRecord } from './routes.ts';
import { classificationAs, enhanceAs, squash } from './test-helpers.ts';
import { EnhanceResultSchema, EnhanceRunInputSchema, TechniqueInfoSchema } from '../../shared/routes/enhance.ts';
import type { EnhanceRunOutput } from '../../shared/routes/enhance.ts';
import { AppError } from '../../shared/errors.ts';
import { sectionMarkers } from './layout.ts';
import { analyzePrompt } from './analyze.ts';
import type { Handlers } from '../dispatch.ts';

const enhancer = createEnhancer();

describe('createEnhancer', () => {
  it('enhances with the rules classifier by default and matches the contract', async () => {
    const r = await enhancer.enhance('Write a Python function that checks whether a string is a palindrome.');
    expect(r.intent).toBe('code');
    expect(r.classificationSource).toBe('rules');
    expect(r.modelVersion).toBe('rules@1');
    expect(r.enhanced).toContain('Write a Python function that checks whether a string is a palindrome.');
    expect(r.techniques.length).toBeGreaterThan(0);
    expect(r.quality.after.score).toBeGreaterThan(r.quality.before.score);
    expect(Object.keys(r.timings)).toEqual(['classify', 'analyze', 'select', 'generate', 'lint', 'total']);
    // The engine's result is exactly what the route promises (and the CLI's JSON fields are all there).
    const typed: EnhanceRunOutput = r;
    expect(EnhanceResultSchema.parse(typed)).toBeTruthy();
    for (const key of ['original', 'enhanced', 'intent', 'confidence', 'complexity', 'techniques', 'ms'] as const) expect(r[key]).toBeDefined();
  });

  it('uses the injected classifier', async () => {
    const e = createEnhancer({ classify: async (t) => ({ ...classificationAs(t, 'summarization'), source: 'model', modelVersion: 'intent-test@1' }) });
    const r = await e.enhance('Here are my meeting notes, please help.');
    expect(r.intent).toBe('summarization');
    expect(r.modelVersion).toBe('intent-test@1');
    expect(r.classificationSource).toBe('model');
  });

  it('lists the registry for the UI and CLI', () => {
    const list = enhancer.techniques();
    expect(list.length).toBeGreaterThanOrEqual(14);
    for (const t of list) expect(TechniqueInfoSchema.parse(t)).toBeTruthy();
  });
});

describe('bad input', () => {
  it('rejects empty and whitespace-only prompts with a clear error', async () => {
    for (const text of ['', '   ', '\n\t \n']) {
      await expect(enhancer.enhance(text)).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringMatching(/empty/) });
    }
    await expect(enhancer.enhance(null as unknown as string)).rejects.toBeInstanceOf(AppError);
    expect(EnhanceRunInputSchema.safeParse({ text: '  ' }).success).toBe(false);
    expect(EnhanceRunInputSchema.safeParse({ text: 'ok\u0000' }).success).toBe(false);
    expect(EnhanceRunInputSchema.safeParse({ text: 'Summarize this.', maxTechniques: 3, targetModel: 'claude' }).success).toBe(true);
  });

  it('rejects prompts over the hard limit as TOO_LARGE', async () => {
    await expect(enhancer.enhance('x'.repeat(MAX_INPUT_CHARS + 1))).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });

  it('handles a 200 KB prompt within the length budget, with a note, quickly', async () => {
    const paragraph = 'The quarterly report covers revenue, churn, hiring and the product roadmap in detail. ';
    const text = `Summarize the following report for the leadership team.\n\n${paragraph.repeat(Math.ceil(200_000 / paragraph.length))}`;
    expect(text.length).toBeGreaterThan(LONG_PROMPT_CHARS);
    const t0 = performance.now();
    const r = await enhancer.enhance(text, { targetModel: 'claude' });
    const elapsed = performance.now() - t0;
    expect(r.enhanced).toContain(text.trim());
    expect(r.enhanced.length - text.length).toBeLessThanOrEqual(MAX_ADDED_CHARS);
    expect(r.notes.join(' ')).toMatch(/Long prompt \(\d+ KB\)/);
    expect(elapsed).toBeLessThan(500);
  });

  it('keeps control characters, binary junk, emoji, mixed scripts and RTL text intact', async () => {
    const samples = [
      'Summarize: \u0001\u0002\u0007 binary \uFFFD\uFFFD junk \u001b[31m red',
      'Translate into English: مرحبا بالعالم، كيف حالك؟',
      'Write a poem about 🌧️🍂 autumn rain — 秋の雨 and осенний дождь',
      '\u202Eevil RTL override\u202C: is this text positive or negative?',
      'Explain this: 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \uD83D\uDE00 e\u0301 ﷺ',
    ];
    for (const text of samples) {
      const r = await enhancer.enhance(text, { targetModel: 'gpt' });
      expect(r.enhanced).toContain(text.trim());
    }
  });

  it('leaves input with nothing to build on unchanged, with a note saying why', async () => {
    for (const text of ['🙂🙂', '\u0001\u0002', '????', 'hi']) {
      const r = await enhancer.enhance(text);
      expect(r.enhanced).toBe(text);
      expect(r.techniques).toEqual([]);
      expect(r.notes.join(' ')).toMatch(/Too little to work with/);
    }
  });

  it('asks for an answer in the prompt’s own language when it is not in a Latin script', async () => {
    const r = await enhancer.enhance('为什么天空是蓝色的？请详细解释。');
    expect(r.enhanced).toContain('Reply in the language the task is written in.');
  });

  it('names the language of a Latin-script prompt that is not English, whatever the task type', () => {
    const r = enhanceAs('Um problema de olimpíada: quantos caminhos existem numa grade 20x20 indo só pra direita e pra baixo? Explica o raciocínio, por favor, é pra minha filha', 'reasoning');
    expect(r.enhanced).toContain('Reply in Portuguese, the language the task is written in.');
    expect(enhanceAs('How many paths are there on a 20x20 grid going only right and down?', 'reasoning').enhanced).not.toMatch(/Reply in/);
  });

  it('reports unknown technique ids in preferences instead of failing', async () => {
    const r = await enhancer.enhance('Why is the sky blue?', { preferredTechniques: ['telepathy'] });
    expect(r.notes.join(' ')).toMatch(/unknown technique "telepathy"/);
  });
});

describe('stability', () => {
  it('returns an already enhanced prompt unchanged when nothing new applies', async () => {
    const first = await enhancer.enhance('Plan a 5-day itinerary for Tokyo on a budget.', { targetModel: 'claude' });
    const second = await enhancer.enhance(first.enhanced, { targetModel: 'claude' });
    expect(second.enhanced).toBe(first.enhanced);
    expect(second.techniques).toEqual([]);
    expect(second.notes.join(' ')).toMatch(/already has the enhanced layout/);
  });

  it('keeps the existing layout when re-enhanced for another target, without stacking techniques', async () => {
    const first = await enhancer.enhance('Compare PostgreSQL and MongoDB for a small e-commerce site.', { targetModel: 'claude' });
    const second = await enhancer.enhance(first.enhanced, { targetModel: 'gemini' });
    expect(second.techniques).toEqual([]);
    expect(second.enhanced).toBe(first.enhanced);
    expect(second.notes.join(' ')).toMatch(/Kept the prompt's existing XML layout/);
  });

  it('treats the user’s own headings as text, never losing them', async () => {
    const text = '## Task\nWrite a haiku about rain.';
    const r = await enhancer.enhance(text, { targetModel: 'claude' });
    expect(r.enhanced).toContain(text);
  });

  it('merges a newly preferred technique into the existing sections instead of wrapping', async () => {
    const first = enhanceAs('Compare PostgreSQL and MongoDB for a small e-commerce site.', 'analysis', { targetModel: 'gpt' });
    const second = enhanceAs(first.enhanced, 'analysis', { targetModel: 'gpt', preferredTechniques: ['self_verification'], maxTechniques: 6 });
    expect(second.techniques.map((t) => t.id)).toEqual(['self_verification']);
    for (const marker of sectionMarkers('markdown')) expect(second.enhanced.split(marker).length - 1).toBeLessThanOrEqual(1);
    expect(squash(second.enhanced)).toContain(squash(first.enhanced).slice(0, 200));
  });

  it('is deterministic', () => {
    const a = enhanceAs('Give me 10 ideas for a birthday party for a 7 year old.', 'brainstorming');
    const b = enhanceAs('Give me 10 ideas for a birthday party for a 7 year old.', 'brainstorming');
    expect(a.enhanced).toBe(b.enhanced);
    expect(a.techniques).toEqual(b.techniques);
  });
});

describe('preferences', () => {
  const text = 'Write a Python function that merges two sorted lists.';
  it('respects maxTechniques, verbosity and target style', () => {
    const one = enhanceAs(text, 'code', { maxTechniques: 1 });
    expect(one.techniques).toHaveLength(1);
    const concise = enhanceAs(text, 'code', { verbosity: 'concise' });
    const detailed = enhanceAs(text, 'code', { verbosity: 'detailed', maxTechniques: 6 });
    expect(concise.techniques.length).toBeLessThanOrEqual(3);
    expect(detailed.enhanced.length).toBeGreaterThan(concise.enhanced.length);
    expect(enhanceAs(text, 'code', { targetModel: 'claude' }).enhanced).toMatch(/<task>\n[\s\S]+\n<\/task>/);
    for (const target of ['gpt', 'gemini', 'generic'] as const) expect(enhanceAs(text, 'code', { targetModel: target }).enhanced).toMatch(/^## Task$/m);
  });

  it('puts preferred techniques first with a reason that says so, and never adds excluded ones', () => {
    const r = enhanceAs(text, 'code', { preferredTechniques: ['emotional_stimulus', 'tree_of_thoughts'], excludedTechniques: ['role_persona', 'tree_of_thoughts'] });
    const ids = r.techniques.map((t) => t.id);
    expect(ids).not.toContain('role_persona');
    expect(ids).not.toContain('tree_of_thoughts');
    expect(ids[0]).toBe('emotional_stimulus');
    expect(r.techniques[0]?.reason).toMatch(/You prefer this technique/);
    expect(r.notes.join(' ')).toMatch(/Left out by your settings/);
  });

  it('resolves conflicts (chain of thought vs decomposition) and says why a preference was dropped', () => {
    const r = enhanceAs('A train leaves at 3 pm at 60 km/h; another leaves at 4 pm at 90 km/h. When does the second catch up?', 'reasoning', {
      preferredTechniques: ['chain_of_thought', 'step_decomposition'],
    });
    const ids = r.techniques.map((t) => t.id);
    expect(ids).toContain('chain_of_thought');
    expect(ids).not.toContain('step_decomposition');
    expect(r.notes.join(' ')).toMatch(/conflicts with Chain of thought/);
  });

  it('never re-adds what the prompt already does', () => {
    const r = enhanceAs('You are a senior Go engineer. Think step by step and return JSON. Write a function that parses a duration string.', 'code');
    const ids = r.techniques.map((t) => t.id);
    expect(ids).not.toContain('role_persona');
    expect(ids).not.toContain('structured_output');
    expect(r.alreadyPresent).toEqual(expect.arrayContaining(['role_persona', 'structured_output']));
  });

  it('leaves a prompt untouched when every technique is excluded', () => {
    const all = createEnhancer().techniques().map((t) => t.id);
    const r = enhanceWithClassification('Why is the sky blue?', classificationAs('Why is the sky blue?', 'open_qa'), { excludedTechniques: all });
    expect(r.enhanced).toBe('Why is the sky blue?');
    expect(r.techniques).toEqual([]);
  });
});

describe('format the user set', () => {
  it('adds no generic example that would contradict a shape the user asked for', () => {
    const ids = (t: string, type: 'extraction' | 'classification') => enhanceAs(t, type).techniques.map((x) => x.id);
    expect(ids('Extract the names and dates from this memo.\n\nOn 3 May, Ana Ruiz met Tom Berg.', 'extraction')).toContain('few_shot');
    expect(ids('Extract the names and dates from this memo as a list, one per line.\n\nOn 3 May, Ana Ruiz met Tom Berg.', 'extraction')).not.toContain('few_shot');
    expect(ids('Is this message spam or not spam? Return a JSON object {"label": …}.\n\nYou won a prize!', 'classification')).not.toContain('few_shot');
  });
});

describe('creative forms', () => {
  it('names the form by its most telling word: a country song with verses is a song, a funny toast a speech', () => {
    expect(enhanceAs('Country song please. Verse / chorus / verse / chorus / bridge. About a hardware store that stays open.', 'creative_writing').enhanced).toMatch(/songwriter/);
    expect(enhanceAs('Write a funny wedding toast for my brother Marco and his wife Priya.', 'creative_writing').enhanced).toMatch(/speechwriter/);
    const post = enhanceAs('write a linkedin post announcing that I got promoted to senior engineer', 'creative_writing').enhanced;
    expect(post).toMatch(/social media writer/);
    expect(post).not.toMatch(/The audience is senior/);
    const feedback = enhanceAs('give me feedback on my essay intro: Technology has changed the world in many ways. In this essay I will discuss how.', 'analysis').enhanced;
    expect(feedback).toMatch(/concrete fix for each problem/);
    expect(feedback).not.toMatch(/if one option is clearly better/);
    const noResume = enhanceAs('help me with my resume', 'analysis').enhanced;
    expect(noResume).toMatch(/reviewer who gives candid/);
    expect(noResume).toMatch(/If the piece to review is not included, ask for it/);
    const haiku = enhanceAs('write a haiku about monday mornings', 'creative_writing').enhanced;
    expect(haiku).toMatch(/three lines of five, seven and five syllables/);
    expect(haiku).not.toMatch(/12–24 lines/);
  });
});

describe('everyday requests', () => {
  it('writes a letter or email in the user’s name without inventing their facts, and an email gets a subject line', () => {
    const letter = enhanceAs('write a cover letter for a junior data analyst job at a hospital', 'creative_writing').enhanced;
    expect(letter).toMatch(/hiring manager/);
    expect(letter).toMatch(/note in square brackets for me to fill in instead of inventing it/);
    expect(letter).toMatch(/one page/);
    const email = enhanceAs('draft a polite follow-up email to a recruiter who hasn’t replied in 2 weeks', 'creative_writing').enhanced;
    expect(email).toMatch(/starting with a subject line/);
    expect(email).not.toMatch(/with a title if the form suits one/);
    // A story that mentions a message, and a letter in a character's voice, are fiction.
    const story = enhanceAs('Continue the text: The officer read the cautionary message from the chief like she had done it dozens of times.', 'creative_writing').enhanced;
    expect(story).not.toMatch(/correspondence|fill in instead of inventing/);
    const grandpa = enhanceAs('Pretend you’re my late grandfather writing me a letter for my 30th birthday.', 'creative_writing').enhanced;
    expect(grandpa).not.toMatch(/fill in instead of inventing/);
  });

  it('writes for a young child only when the child is the reader', () => {
    const bedtime = enhanceAs('write a short bedtime story about a dragon who is afraid of the dark for my 4 year old', 'creative_writing').enhanced;
    expect(bedtime).toMatch(/300–500 words/);
    expect(bedtime).toMatch(/young child can follow/);
    expect(bedtime).toMatch(/falling asleep/);
    // "A short story" is the genre, and kids in the plot are not the readers.
    const genre = enhanceAs('Write a short story about a teacher who takes her kids on a field trip to the coast.', 'creative_writing').enhanced;
    expect(genre).toMatch(/500–800 words/);
    expect(genre).not.toMatch(/young child/);
  });

  it('knows the villanelle', () => {
    const r = enhanceAs('Villanelle about debugging a race condition at 3am.', 'creative_writing').enhanced;
    expect(r).toMatch(/poet/);
    expect(r).toMatch(/nineteen lines/);
  });

  it('asks a file script for file-system edge cases and a dry run', () => {
    const r = enhanceAs('Write a python script that renames all .jpeg files in a folder to .jpg', 'code').enhanced;
    expect(r).toMatch(/target name that already exists/);
    expect(r).toMatch(/dry-run/);
    expect(r).not.toMatch(/empty input, invalid values and very large inputs/);
  });

  it('asks for a piece to critique that was not pasted, and keeps the equipment a workout must use', () => {
    const prd = enhanceAs('You are a senior product manager. Critique my PRD for a habit-tracking app.', 'analysis').enhanced;
    expect(prd).toMatch(/If the piece to review is not included, ask for it/);
    const workout = enhanceAs('give me a workout plan, 3 days a week, I have dumbbells only', 'planning').enhanced;
    expect(workout).toMatch(/"3 days a week", "dumbbells only"/);
    expect(workout).not.toMatch(/available equipment/);
  });
});

describe('everyday requests, second batch', () => {
  it('reads "under $50" as a budget, not a count, and gives gift ideas a gift adviser', () => {
    const r = enhanceAs('gift ideas for my dad who likes fishing and history, under $50', 'brainstorming').enhanced;
    expect(r).toMatch(/numbered list of 10 ideas/);
    expect(r).toMatch(/gift adviser/);
    expect(r).not.toMatch(/history strategist/);
    expect(r).toMatch(/Check every idea against each condition/);
  });

  it('treats "it works locally but shows a blank page" as a bug report', () => {
    const r = enhanceAs('my react app shows a blank page after I deployed to netlify, works locally', 'code').enhanced;
    expect(r).toMatch(/root cause/);
    expect(r).not.toMatch(/empty input, invalid values and very large inputs/);
  });

  it('does not call a question without a question mark vague', () => {
    expect(enhanceAs('why did the roman empire fall', 'open_qa').enhanced).not.toMatch(/choose sensible defaults/);
  });

  it('fits a tweet in 280 characters and a shopping list in grouped lines', () => {
    const tweet = enhanceAs('write a tweet announcing our app’s new dark mode', 'creative_writing').enhanced;
    expect(tweet).toMatch(/280 characters/);
    expect(tweet).not.toMatch(/80–150 words|with a title/);
    const groceries = enhanceAs('make a grocery list for a week of vegetarian meals for 2 people', 'brainstorming').enhanced;
    expect(groceries).toMatch(/checklist grouped by category/);
    expect(groceries).not.toMatch(/bolder ones|10 ideas/);
  });

  it('gives a question about a language’s arithmetic no shopping-sum example', () => {
    expect(enhanceAs('is 0.1 + 0.2 == 0.3 in javascript? why', 'reasoning').enhanced).not.toMatch(/A notebook costs \$3/);
  });
});

describe('everyday requests, third batch', () => {
  it('shapes a 30-60-90 day plan for a new job, but not a launch’s first 90 days', () => {
    const job = enhanceAs('Write me a 30-60-90 day plan for my new job as engineering manager', 'planning').enhanced;
    expect(job).toMatch(/executive coach/);
    expect(job).toMatch(/days 1–30, 31–60, 61–90/);
    expect(job).not.toMatch(/Respect the stated limits exactly: "90 day"/);
    const launch = enhanceAs('Go-to-market plan for a beeswax wrap subscription. We have $15k for the first 90 days, two founders.', 'planning').enhanced;
    expect(launch).not.toMatch(/executive coach/);
  });

  it('answers someone who is overwhelmed with small steps and when to get help, not bold ideas', () => {
    const r = enhanceAs('I’m feeling overwhelmed with work and can’t focus. any advice?', 'brainstorming').enhanced;
    expect(r).toMatch(/small things to try today/);
    expect(r).toMatch(/doctor or counsellor/);
    expect(r).not.toMatch(/bolder ones|creative .*strategist/);
  });

  it('plans language learning without an exam, and reads "1 hour a day" as settled', () => {
    const r = enhanceAs('What’s the best way to learn Spanish in 6 months if I can study 1 hour a day?', 'planning').enhanced;
    expect(r).toMatch(/listening, speaking, reading and writing/);
    expect(r).not.toMatch(/exam conditions|hours available per day/);
    expect(enhanceAs('I have 19 days until my organic chem final. Build me a daily study schedule.', 'planning').enhanced).toMatch(/exam conditions/);
  });

  it('makes "discuss justice with me" a conversation and a 1-to-10 rating a score per item', () => {
    expect(enhanceAs('Pretend to be Socrates and discuss justice with me', 'roleplay').enhanced).toMatch(/one turn at a time/);
    const rate = enhanceAs('Rate these 3 headlines for click-worthiness from 1 to 10: "5 Tips for Better Sleep", "Why You’re Tired"', 'classification').enhanced;
    expect(rate).toMatch(/`item: score`/);
    expect(rate).not.toMatch(/Reply with the label first/);
  });

  it('keeps product copy to the facts given, and judges names by who hears them', () => {
    const mug = enhanceAs('Write a product description for a handmade ceramic mug, 350ml, dishwasher safe', 'creative_writing').enhanced;
    expect(mug).toMatch(/Use every product fact given and invent none/);
    const name = enhanceAs('come up with a name for my podcast about personal finance for millennials', 'brainstorming').enhanced;
    expect(name).toMatch(/work when heard/);
    expect(name).not.toMatch(/ordinary time and budget/);
  });
});

describe('everyday requests, fourth batch', () => {
  it('keeps every label the user lists, also the ones outside the known label words', () => {
    const r = enhanceAs('Classify these support tickets as billing, bug, or feature request:\n1. I was charged twice\n2. The export button does nothing', 'classification').enhanced;
    expect(r).toMatch(/Use only these labels: billing, bug, feature request\./);
    expect(enhanceAs('Label each review as positive, negative or neutral: "Loved it", "Meh"', 'classification').enhanced).toMatch(/Use only these labels: positive, negative, neutral\./);
  });

  it('reads an error message quoted whole as a bug report, but not a program that should print a quote', () => {
    const r = enhanceAs('my python script says "ModuleNotFoundError: No module named \'requests\'" what do i do', 'code').enhanced;
    expect(r).toMatch(/root cause/);
    expect(r).not.toMatch(/Include tests/);
    expect(enhanceAs('Write a Python function that prints "Hello, world, this is a longer greeting"', 'code').enhanced).not.toMatch(/root cause/);
  });

  it('gives a shell one-liner a safe single command, and a Python one-liner a single line of code', () => {
    const sh = enhanceAs('Help me write a bash one-liner that renames all .jpeg files in a folder to .jpg', 'code').enhanced;
    expect(sh).toMatch(/Keep it to one command line/);
    expect(sh).toMatch(/preview variant/);
    expect(sh).not.toMatch(/Include tests|temporary folder/);
    const py = enhanceAs('Give me a Python one-liner that flattens a list of lists', 'code').enhanced;
    expect(py).toMatch(/single line of idiomatic Python/);
    expect(py).not.toMatch(/Quote arguments|Include tests/);
  });

  it('does not take "thanks to the team" for the audience', () => {
    const r = enhanceAs('Turn these notes into a polished LinkedIn post: shipped v2 of our API, 40% faster, thanks to the team, hiring 2 backend devs', 'rewrite').enhanced;
    expect(r).not.toMatch(/The audience is the team/);
    expect(enhanceAs('Write an email to the team about tomorrow’s outage window', 'creative_writing').enhanced).toMatch(/The audience is the team/);
  });

  it('builds a plan from the level the asker states, not from a persona given to the model', () => {
    const taper = enhanceAs('Give me a 4-week marathon taper plan. I’m running Berlin on Sept 29, current long run 32 km.', 'planning').enhanced;
    expect(taper).toMatch(/Build from the current level the request states/);
    expect(taper).not.toMatch(/first time/);
    const persona = enhanceAs('You are an experienced personal trainer. Make me a 3-day full-body plan, I have never lifted.', 'planning').enhanced;
    expect(persona).toMatch(/first time/);
  });

  it('does not read "multi-tenant" as a legal matter, and tutors Socratically one turn at a time', () => {
    const db = enhanceAs('Should we use Postgres or MongoDB for a multi-tenant SaaS with lots of reporting?', 'open_qa').enhanced;
    expect(db).not.toMatch(/jurisdiction|lawyer|legal/);
    expect(enhanceAs('My tenant stopped paying rent two months ago. Can I change the locks?', 'open_qa').enhanced).toMatch(/jurisdiction/);
    const tutor = enhanceAs('Act as a Socratic tutor and help me understand why the sky is blue. Don’t give me the answer directly.', 'roleplay').enhanced;
    expect(tutor).toMatch(/one turn at a time/);
  });

  it('writes a payment reminder as a message to send, and names a puppy as a puppy, not a brand', () => {
    const r = enhanceAs('Draft a polite reminder to a client who hasn’t paid invoice #2291 (due 30 days ago, $3,400)', 'creative_writing').enhanced;
    expect(r).toMatch(/ready to send/);
    expect(r).toMatch(/square brackets/);
    const pup = enhanceAs('what should I name my golden retriever puppy', 'brainstorming').enhanced;
    expect(pup).toMatch(/common commands/);
    expect(pup).not.toMatch(/well-known brand/);
    expect(enhanceAs('Brainstorm 10 names for a coffee shop that’s also a bookstore', 'brainstorming').enhanced).toMatch(/well-known brand/);
  });

  it('answers a one-fact question in a sentence, without a lecture', () => {
    const r = enhanceAs('What’s the capital of Australia?', 'open_qa');
    expect(r.enhanced).toMatch(/Answer in one sentence/);
    expect(r.enhanced).not.toMatch(/define technical terms|clear teacher/);
    const why = enhanceAs('What would happen if the moon were twice as close to Earth?', 'open_qa').enhanced;
    expect(why).toMatch(/Lead with a direct answer/);
  });
});

describe('everyday requests, fifth batch', () => {
  it('pitches "explain the difference between TCP and UDP" at a learner, and a question in a field’s own terms at a practitioner', () => {
    expect(enhanceAs('explain the difference between TCP and UDP', 'open_qa').enhanced).toMatch(/not a specialist/);
    expect(enhanceAs('What is a BVH?', 'open_qa').enhanced).not.toMatch(/practitioner/);
    expect(enhanceAs('Please describe the most common optimizations for BVHs in ray tracing.', 'open_qa').enhanced).toMatch(/practitioner/);
  });

  it('ends a worth-it calculation in a recommendation and the point where it flips, and keeps a one-step sum short', () => {
    const refi = enhanceAs('Refinancing my mortgage from 6.8% to 5.9%, 22 years left on 310k, closing costs 4k. Worth it?', 'reasoning').enhanced;
    expect(refi).toMatch(/recommendation and the figure it rests on/);
    expect(refi).toMatch(/answer would flip/);
    const sum = enhanceAs('what is 15% of 86.40', 'reasoning');
    expect(sum.enhanced).toMatch(/calculation on one line/);
    expect(sum.techniques.map((t) => t.id)).not.toContain('self_consistency');
    // A word problem keeps its numbered steps and its second check.
    const word = enhanceAs('Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether?', 'reasoning');
    expect(word.enhanced).toMatch(/short numbered steps/);
    expect(word.techniques.map((t) => t.id)).toContain('self_consistency');
    // A probability problem that "picks" a ball is not a decision.
    expect(enhanceAs('A bag has 3 red and 5 blue balls. I pick two without replacement. What is the probability both are red?', 'reasoning').enhanced).not.toMatch(/recommendation/);
  });

  it('treats mislabelled boxes as a logic puzzle, not arithmetic with units', () => {
    const r = enhanceAs('I have 3 boxes: one only apples, one only oranges, one both. All labels are wrong. How do I fix the labels by picking one fruit?', 'reasoning').enhanced;
    expect(r).toMatch(/rule possibilities out/);
    expect(r).not.toMatch(/keeping the units/);
  });

  it('writes a nightly backup script for an unattended run, not for clashing file names', () => {
    const r = enhanceAs('write a bash script that backs up my home folder to an external drive every night', 'code').enhanced;
    expect(r).toMatch(/destination is mounted/);
    expect(r).toMatch(/crontab line or a systemd timer/);
    expect(r).not.toMatch(/mixed-case extensions/);
    // Renaming files is still a file job with its own edge cases.
    expect(enhanceAs('Write a Python script that renames all photos in a folder by their date taken', 'code').enhanced).toMatch(/mixed-case extensions/);
    // A pasted script that mentions backups is explained, not rewritten as a backup job.
    const explain = enhanceAs('Can you explain what this bash does line by line?\n\n```bash\n# nightly backup\nrsync -a ~/ /mnt/backup\n```', 'code').enhanced;
    expect(explain).toMatch(/walk through it block by block/);
    expect(explain).not.toMatch(/crontab/);
  });

  it('holds a scene turn by turn when the user plays a part in it', () => {
    const r = enhanceAs('roleplay as a grumpy medieval innkeeper, I’m a traveler looking for a room', 'roleplay').enhanced;
    expect(r).toMatch(/one turn at a time/);
    expect(r).toMatch(/never write the user’s lines/);
    expect(enhanceAs('Roleplay as a pirate captain and describe your ship in detail.', 'roleplay').enhanced).not.toMatch(/one turn at a time/);
  });

  it('answers "why does my … go wrong" with likely causes, and "how do I tell my …" with words to say', () => {
    const bread = enhanceAs('why does my sourdough come out flat', 'open_qa').enhanced;
    expect(bread).toMatch(/most likely cause/);
    expect(bread).toMatch(/how to fix it/);
    // Curiosity is not a fault.
    expect(enhanceAs('Why do my hydrangeas flower blue at my old house and pink at my new one?', 'open_qa').enhanced).not.toMatch(/most likely cause/);
    const talk = enhanceAs('how do I tell my roommate they need to clean up more without starting a fight', 'open_qa').enhanced;
    expect(talk).toMatch(/example of what to say/);
    expect(talk).toMatch(/communication coach/);
    expect(enhanceAs('how can i tell if my sourdough starter is strong enough to bake with?', 'open_qa').enhanced).not.toMatch(/what to say/);
  });

  it('gives "list the main causes of …" a ranked list', () => {
    expect(enhanceAs('list the main causes of World War 1', 'open_qa').enhanced).toMatch(/numbered list, most important first/);
  });

  it('weighs a comparison "for someone who …" towards a recommendation', () => {
    const r = enhanceAs('compare iPhone 16 and Pixel 9 for someone who mostly takes photos of their kids', 'analysis').enhanced;
    expect(r).toMatch(/recommendation paragraph/);
    expect(r).toMatch(/make a decision/);
  });

  it('plans meals day by day around the diet and nutrition targets stated', () => {
    const r = enhanceAs('create a weekly meal plan for a vegetarian trying to eat 120g protein a day', 'planning').enhanced;
    expect(r).toMatch(/"vegetarian", "120g protein a day"/);
    expect(r).toMatch(/protein of each meal and the daily total/);
    expect(r).toMatch(/one row per day \(day, breakfast, lunch, dinner, snacks, protein for the day\)/);
    expect(r).toMatch(/shopping list/);
    const session = enhanceAs('Plan a 20 minute hotel room workout with no equipment', 'planning').enhanced;
    expect(session).toMatch(/one row per exercise/);
    expect(session).not.toMatch(/week to week/);
  });

  it('names a variable for the people who read code, not like a brand', () => {
    const r = enhanceAs('what should I name my variable that holds the number of retries left', 'brainstorming').enhanced;
    expect(r).toMatch(/naming convention/);
    expect(r).toMatch(/remaining versus total/);
    expect(r).not.toMatch(/playful|well-known brand/);
  });
});

describe('everyday requests, sixth batch', () => {
  it('ports code between languages with the same behaviour, not as a new program with tests', () => {
    const r = enhanceAs('convert this python to javascript:\n\ndef add(a, b=2):\n    return a + b', 'code').enhanced;
    expect(r).toMatch(/fluent in Python and JavaScript/);
    expect(r).toMatch(/Keep the behaviour identical/);
    expect(r).toMatch(/idiomatic JavaScript/);
    expect(r).not.toMatch(/Include tests/);
    // Data conversions keep their own mode.
    expect(enhanceAs('Convert this JSON to YAML: {"name": "api", "replicas": 3}', 'code').enhanced).toMatch(/every record and every field/);
  });

  it('judges an idea described in the prompt as a venture, without asking for a missing piece', () => {
    const r = enhanceAs('review my startup idea: an app that matches dog owners for playdates, monetized by premium filters', 'analysis').enhanced;
    expect(r).toMatch(/riskiest assumption/);
    expect(r).not.toMatch(/ask for it in one line|quote the words/);
    // Without the piece, asking for it is still right.
    expect(enhanceAs('can you review my cover letter?', 'analysis').enhanced).toMatch(/ask for it in one line/);
  });

  it('writes an out-of-office reply as a message to send', () => {
    const r = enhanceAs('write an out of office reply, I’m away Dec 20 to Jan 3, urgent stuff goes to Priya', 'creative_writing').enhanced;
    expect(r).toMatch(/ready to send/);
    expect(r).not.toMatch(/with a title/);
  });

  it('simplifies a text for the child it names, at that reading age', () => {
    const r = enhanceAs('rewrite this for a 10 year old: Photosynthesis is the process by which plants convert light energy into chemical energy.', 'rewrite').enhanced;
    expect(r).toMatch(/reading age of about 10/);
    expect(r).not.toMatch(/Improve clarity and flow/);
  });

  it('plans "my week" as a schedule even when the gym is in it, and checks gift ideas against the budget', () => {
    const week = enhanceAs('help me plan my week: 3 client calls, a report due Thursday, gym 3x, and my kid’s recital Wednesday evening', 'planning').enhanced;
    expect(week).toMatch(/time management/);
    expect(week).toMatch(/one row per day/);
    expect(week).not.toMatch(/fitness coach|progression from week to week/);
    expect(enhanceAs('ideas for a 10th anniversary gift for my wife, she loves gardening and jazz, budget $200', 'brainstorming').enhanced).toMatch(/Check every idea against each condition/);
  });
});

describe('everyday requests, seventh batch', () => {
  it('does not quote pasted material as the user’s instructions, and names the fields the user asked for', () => {
    const r = enhanceAs(
      'From this job posting, pull out the required skills and the nice-to-haves: We are hiring a backend engineer. You must know Go and PostgreSQL and have 3+ years with Kubernetes. Experience with Kafka or gRPC is a plus.',
      'extraction',
    ).enhanced;
    expect(r).not.toMatch(/Follow every explicit instruction/);
    expect(r).toMatch(/\{ "required_skills": string\[\], "nice_to_haves": string\[\] \}/);
    // The user's own instruction before the material still counts.
    expect(enhanceAs('Never include salaries. From this email, extract the names and dates: Hi all, Ana starts on 3 May and Ben on 10 May.', 'extraction').enhanced).toMatch(
      /Follow every explicit instruction[^\n]*"Never include salaries"/,
    );
  });

  it('does not take a duration in a sum for the answer’s length, and adds a clock time to a duration in one line', () => {
    const r = enhanceAs('My train leaves at 9:40 and the trip takes 2 h 35 min. When do I arrive?', 'reasoning').enhanced;
    expect(r).not.toMatch(/Respect the length/);
    expect(r).not.toMatch(/second, independent way/);
    expect(r).toMatch(/one or two lines/);
    expect(enhanceAs('Plan a 20 minute hotel room workout with no equipment', 'planning').enhanced).not.toMatch(/Respect the length/);
    // A spoken piece keeps its length.
    expect(enhanceAs('Write a wedding toast for my brother, 2 min max when spoken.', 'creative_writing').enhanced).toMatch(/2 min/);
  });

  it('offers the two answers an either-or question names as the labels', () => {
    const r = enhanceAs('is this email urgent or can it wait? "Hi, just a reminder that the quarterly report template changed. No action needed until next month."', 'classification').enhanced;
    expect(r).toMatch(/Use only these labels: urgent, can wait/);
    expect(enhanceAs('is this sentence grammatical or not? "Him and me went home."', 'classification').enhanced).toMatch(/grammatical, not grammatical/);
  });

  it('answers a buying question with named models in the budget, not ten creative ideas', () => {
    for (const label of ['brainstorming', 'open_qa'] as const) {
      const r = enhanceAs('best laptop for a college student under $800', label).enhanced;
      expect(r, label).toMatch(/product reviewer/);
      expect(r, label).toMatch(/Markdown table \(model, typical price/);
      expect(r, label).not.toMatch(/10 ideas|creative/);
    }
    expect(enhanceAs('best gift ideas for a coffee lover', 'brainstorming').enhanced).toMatch(/gift adviser/);
  });

  it('lays out the risks of a plan with likelihood, impact and mitigation, and works from figures the user gives', () => {
    const risks = enhanceAs('what are the risks of moving our payroll to a new provider in December?', 'analysis').enhanced;
    expect(risks).toMatch(/\(risk, likelihood, impact, mitigation\)/);
    expect(risks).not.toMatch(/attribute contested views/);
    const numbers = enhanceAs("analyze this quarter's numbers: revenue 1.2M (up 8%), churn 4.1% (up from 3.2%), CAC $310 (down from $350), NPS 41", 'analysis').enhanced;
    expect(numbers).toMatch(/compute the changes and ratios/);
    expect(numbers).toMatch(/what improved, what worsened/);
    // Discussing a subject stays neutral.
    expect(enhanceAs('discuss the impact of remote work on city centres', 'analysis').enhanced).toMatch(/attribute contested views/);
  });
});

describe('bug reports in other words and languages', () => {
  it('reads out-of-memory, slowness and error reports in other languages as debugging', () => {
    for (const text of [
      '你好，我是一名后端开发。下面这段 Java 代码导出报表用的，数据量大的时候会直接 OOM，而且很慢。请帮我分析问题并给出优化后的代码。',
      'Где ошибка в коде? num4 = pow(a + b, 2) / 2; print(sqrt(num4))',
      'Our Node/Express API memory grows to 1.6GB over 10 hours and then the container gets OOM-killed.',
      'numpy: for every row in A I need the nearest point in B. A double loop takes forever. What is the right approach?',
    ])
      expect(enhanceAs(text, 'code').enhanced, text).toMatch(/root cause/);
    // A speed requirement is not a bug report.
    expect(enhanceAs('I need a Python program that fits an SIR model with a bootstrap, vectorised or at least not painfully slow.', 'code').enhanced).not.toMatch(/root cause/);
  });
});

describe('other languages', () => {
  it('names the reply language of short French and Spanish asks, and not of a Chinese text with Latin words in it', () => {
    expect(enhanceAs('Peux-tu résumer ce texte en 3 points ? La réunion de lundi a confirmé le lancement du produit en avril.', 'summarization').enhanced).toMatch(/Reply in French/);
    expect(enhanceAs('¿Cuál es la diferencia entre "ser" y "estar"? Dame ejemplos.', 'open_qa').enhanced).toMatch(/Reply in Spanish/);
    const zh = enhanceAs('矩形面积 II 作者: Turbo 时间限制: 1s 问题描述 我们给出了一个矩形列表 rectangles 。找出平面中所有矩形叠加覆盖后的总面积。', 'code').enhanced;
    expect(zh).not.toMatch(/Reply in Spanish/);
  });

  it('recognises a message to write in other languages, but not a story that mentions a letter', () => {
    for (const text of ['帮我写一封邮件，向客户道歉，因为我们的发货延迟了一周', 'Schreib mir einen kurzen Text für eine Geburtstagskarte für meine Oma, sie wird 90'])
      expect(enhanceAs(text, 'creative_writing').enhanced, text).toMatch(/ready to send/);
    const story = enhanceAs('ドラゴンと郵便配達員が友達になるお話を600字くらいで書いてください。ドラゴンは手紙をもらったことが一度もない、という設定でお願いします。', 'creative_writing').enhanced;
    expect(story).not.toMatch(/ready to send/);
  });
});

describe('data conversion', () => {
  it('converts supplied data itself, and still writes a converter when one is asked for', () => {
    const data = enhanceAs('convert this json to csv: [{"name": "Ana", "age": 31}, {"name": "Ben", "age": 27}]', 'code').enhanced;
    expect(data).toMatch(/every record and every field exactly/);
    expect(data).toMatch(/count the records and fields/);
    expect(data).not.toMatch(/Include tests|empty input, invalid values/);
    const script = enhanceAs('write a python script to convert json files to csv', 'code').enhanced;
    expect(script).toMatch(/Include tests/);
    expect(script).not.toMatch(/every record and every field exactly/);
    // No data to convert: the request is for a way to do it.
    expect(enhanceAs('how do I convert JSON to CSV in Python?', 'code').enhanced).not.toMatch(/every record and every field exactly/);
  });
});

describe('health and legal advice', () => {
  it('answers plainly, says what the answer depends on and when to get help, for the asker’s own situation only', () => {
    const pill = enhanceAs('is it safe to take ibuprofen with coffee', 'open_qa').enhanced;
    expect(pill).toMatch(/what it depends on \(dose, other medicines/);
    expect(pill).toMatch(/pharmacist or doctor/);
    // No medicine in the question: dose and other medicines are beside the point; age and duration are not.
    const fever = enhanceAs('my 4 year old has a fever of 39, should I take her to the doctor?', 'open_qa').enhanced;
    expect(fever).toMatch(/what it depends on \(age, how long it has gone on, other symptoms/);
    expect(fever).not.toMatch(/dose, other medicines/);
    expect(enhanceAs('can I give my toddler tylenol for teething', 'open_qa').enhanced).toMatch(/what it depends on \(dose, other medicines/);
    const deposit = enhanceAs('my landlord won’t return my deposit, what are my options in california', 'brainstorming').enhanced;
    expect(deposit).toMatch(/legal adviser/);
    expect(deposit).toMatch(/which jurisdiction’s rules you describe/);
    expect(deposit).toMatch(/in the order you would try them/);
    expect(deposit).not.toMatch(/bolder ones|creative legal strategist|10 ideas/);
    // Learning about a field is not advice on one's own case.
    const seminar = enhanceAs('I’m a law student and our seminar is on promissory estoppel. Can you explain what it is and how it differs from consideration?', 'open_qa').enhanced;
    expect(seminar).not.toMatch(/which jurisdiction’s rules you describe/);
    const germs = enhanceAs('What is the difference between a virus and a bacterium, and why don’t antibiotics work on viruses?', 'open_qa').enhanced;
    expect(germs).not.toMatch(/pharmacist or doctor|seeing a doctor soon/);
  });
});

describe('rewrites', () => {
  it('says what a requested tone means in practice', () => {
    const confident = enhanceAs('rewrite this to sound more confident: "I think maybe we could possibly try the new approach if that’s ok"', 'rewrite').enhanced;
    expect(confident).toMatch(/Make it sound more confident: cut hedging words/);
    expect(confident).not.toMatch(/Improve clarity and flow/);
    const calmer = enhanceAs('make this email less passive-aggressive: "As I already mentioned in my last three emails, the report was due Friday."', 'rewrite').enhanced;
    expect(calmer).toMatch(/Make it sound less passive-aggressive: remove blame/);
    const human = enhanceAs('Rewrite my LinkedIn summary so it sounds less robotic: "Results-driven professional leveraging synergies."', 'rewrite').enhanced;
    expect(human).toMatch(/the way a person would say it/);
    // "The Sound from Space" is a title, not a tone.
    expect(enhanceAs('Improve this: The Sound from Space. In the year 2045, humanity sent probes to the edge of the universe.', 'rewrite').enhanced).not.toMatch(/Make it sound/);
  });

  it('gives a translation its register and no English before/after example', () => {
    const r = enhanceAs('Translate "we will ship the fix on Monday" into Japanese, formal', 'rewrite').enhanced;
    expect(r).toMatch(/formal, polite register/);
    expect(r).not.toMatch(/Before: hey, can u send/);
  });

  it('lets an expansion add detail instead of forbidding new content', () => {
    const r = enhanceAs('expand this into a full paragraph for my cover letter: I led the migration of our billing system to Stripe.', 'rewrite').enhanced;
    expect(r).toMatch(/Develop the points already there/);
    expect(r).not.toMatch(/Do not add new content/);
  });
});

describe('code modes', () => {
  it('treats tests as the deliverable when they are what is asked for', () => {
    const r = enhanceAs('write unit tests for this function: def slugify(s): return s.lower().strip()', 'code').enhanced;
    expect(r).toMatch(/test framework/);
    expect(r).not.toMatch(/the complete code in one fenced block/);
  });
});

describe('closed questions', () => {
  it('answers several numbered questions one by one, in the user’s numbering', () => {
    const text = 'Based on the contract below, answer my questions.\n\n1. When must we give notice?\n2. Can they raise the price?\n\n"3.1 Either party may end this agreement with 60 days’ written notice."';
    expect(enhanceAs(text, 'closed_qa').enhanced).toMatch(/Answer each question in turn, numbered as in the request/);
    expect(enhanceAs('Based on the passage, when did the bridge open?\n\nThe bridge opened in 1937.', 'closed_qa').enhanced).not.toMatch(/each question in turn/);
  });
});

describe('audience', () => {
  it('writes for a practitioner only when the asker is one, whatever jargon a newcomer quotes', () => {
    const practitioner = /Write for a practitioner/;
    expect(enhanceAs('Please describe the most common optimizations for BVHs in ray tracing.', 'open_qa').enhanced).toMatch(practitioner);
    expect(enhanceAs('I’m a GP: why are SGLT2 inhibitors now recommended in heart failure without diabetes?', 'open_qa').enhanced).toMatch(practitioner);
    expect(enhanceAs('I’m not a programmer. How does HTTPS stop people on café Wi-Fi from reading my bank login?', 'open_qa').enhanced).not.toMatch(practitioner);
    expect(enhanceAs('What if Alan Turing had not cracked the Enigma code during World War II?', 'open_qa').enhanced).not.toMatch(practitioner);
  });
});

describe('roles', () => {
  it('gives a job or tool setup rules for processing inputs, not a character’s rules', () => {
    const tool = enhanceAs('I want you to act as a commit message writer. I will paste a diff and you will reply with one conventional commit message.', 'roleplay').enhanced;
    expect(tool).toMatch(/Handle one input at a time/);
    expect(tool).not.toMatch(/Stay in character|mention being an AI|two to five sentences|\*asterisks\*/);
    expect(enhanceAs('act as a travel agent and help me find a cheap flight to tokyo', 'roleplay').enhanced).toMatch(/seasoned professional/);
    const character = enhanceAs('Act as my Spanish conversation partner. You are a waiter in a café in Madrid and I will order lunch.', 'roleplay').enhanced;
    expect(character).toMatch(/Stay in character/);
    expect(character).not.toMatch(/Handle one input at a time/);
    // A job title inside a scene the user also plays a part in is still a character.
    const scene = enhanceAs('Play the role of a grumpy restaurant critic visiting my new ramen shop. I’ll be the owner; react to what I say.', 'roleplay').enhanced;
    expect(scene).toMatch(/Stay in character/);
  });

  it('simulates programs and text games, but not people whose title contains “interpreter”', () => {
    expect(enhanceAs('I want you to act as a dream interpreter. I will describe my dreams and you will interpret them.', 'roleplay').enhanced).not.toMatch(/real system/);
    expect(enhanceAs('I want you to act as a Python interpreter. I will type code and you will reply with the output.', 'roleplay').enhanced).toMatch(/real system/);
    expect(enhanceAs('I want you to act as a text based adventure game. I will type commands and you will describe what I see.', 'roleplay').enhanced).toMatch(/real system/);
  });
});

describe('enhance routes', () => {
  it('plugs straight into the dispatcher’s handler table (a compile-time check)', () => {
    const table: Pick<Handlers, 'enhance.run' | 'enhance.techniques'> = createEnhanceHandlers({ enhancer });
    expect(Object.keys(table).sort()).toEqual(['enhance.run', 'enhance.techniques']);
  });

  it('fills options from settings, saves to history and returns the row id', async () => {
    const saved: HistoryRecord[] = [];
    const handlers = createEnhanceHandlers({
      enhancer,
      getSettings: () => ({ targetModel: 'claude', maxTechniques: 2, excludedTechniques: ['role_persona'] }),
      saveHistory: async (rec) => {
        saved.push(rec);
        return 42;
      },
      defaultSource: 'window',
    });
    const out = await handlers['enhance.run']({ text: 'Write a Python function that checks whether a string is a palindrome.', verbosity: 'balanced' });
    expect(out.historyId).toBe(42);
    expect(out.targetModel).toBe('claude');
    expect(out.techniques.length).toBeLessThanOrEqual(2);
    expect(out.techniques.map((t) => t.id)).not.toContain('role_persona');
    expect(saved[0]).toMatchObject({ input: out.original, output: out.enhanced, source: 'window', targetModel: 'claude', intent: 'code' });
    expect(EnhanceResultSchema.parse(out)).toBeTruthy();
    expect((await handlers['enhance.techniques']({})).length).toBeGreaterThanOrEqual(14);
    expect(toHistoryRecord(out, 'cli').techniques.every((t) => Object.keys(t).join() === 'id,reason')).toBe(true);
    const viaCli = createEnhanceHandlers({ enhancer, saveHistory: async (rec) => (saved.push(rec), 7) });
    await viaCli['enhance.run']({ text: 'Summarize this: the meeting moved to Friday.' }, { transport: 'cli' });
    expect(saved.at(-1)?.source).toBe('cli');
  });
});

describe('everyday requests, eighth batch', () => {
  it('plans a wedding with a budget as an event, and quotes every limit the person states, whole', () => {
    const wedding = enhanceAs('Plan my wedding for next June: 120 guests, a budget of $25k, outdoor ceremony, and I need a timeline of what to book when.', 'planning').enhanced;
    expect(wedding).toMatch(/event planner/);
    expect(wedding).toMatch(/Work backwards from the date/);
    expect(wedding).toMatch(/"next June", "120 guests", "budget of \$25k"/);
    expect(wedding).not.toMatch(/personal[- ]finance|Present the budget as/);
    // A budget as the deliverable is still a budget.
    expect(enhanceAs('Make a monthly budget for a family of four on $5,000 take-home pay', 'planning').enhanced).toMatch(/Present the budget as a Markdown table/);
    const career = enhanceAs('Help me plan a 12-18 month career move from QA tester to data engineer. I can study 8 hours a week and can’t take a pay cut.', 'planning').enhanced;
    expect(career).toMatch(/"12-18 month", "8 hours a week", "can’t take a pay cut"/);
    expect(enhanceAs("Help me plan a 12-18 month career move from QA tester to data engineer. I can study 8 hours a week and can't take a pay cut.", 'planning').enhanced).toMatch(
      /"can't take a pay cut"/,
    );
  });

  it('treats "a workout I can do in a hotel room" as one session, with no level the request never stated', () => {
    const r = enhanceAs('Come up with a workout I can do in a hotel room with no equipment', 'planning').enhanced;
    expect(r).toMatch(/one row per exercise/);
    expect(r).toMatch(/about 30 minutes/);
    expect(r).not.toMatch(/progression from week to week|current level the request states|sessions per week/);
    // A stated level still counts, and a stated time is kept.
    expect(enhanceAs('I can already run 10k in 55 minutes; plan 8 weeks to get under 50', 'planning').enhanced).toMatch(/current level the request states/);
    expect(enhanceAs('a 20 minute workout for my lunch break', 'planning').enhanced).toMatch(/fit the whole session into the stated time/);
  });

  it('turns bullets into running text, and reads the tone asked for on a two-word object', () => {
    const r = enhanceAs('Turn these bullets into a paragraph for our newsletter:\n- new office opens March 3\n- parking is free for the first month\n- the cafeteria opens in April', 'rewrite').enhanced;
    expect(r).toMatch(/connected sentences with transitions/);
    expect(r).not.toMatch(/Improve clarity and flow/);
    const tone = enhanceAs('Make this text message less passive-aggressive: "Fine, I guess I\'ll just do the dishes again since nobody else will."', 'rewrite').enhanced;
    expect(tone).toMatch(/less passive-aggressive: remove blame, sarcasm/);
  });

  it('boils a meeting down to owners, actions and dates instead of a five-bullet summary', () => {
    const r = enhanceAs(
      "Summarize this meeting transcript into action items with owners:\nAna: I'll send the revised deck by Thursday.\nBo: I can check the legal wording, probably next week.\nAna: Great, and Chris will book the venue.",
      'summarization',
    ).enhanced;
    expect(r).toMatch(/`owner — action — due date`/);
    expect(r).toMatch(/do not invent either/);
    expect(r).not.toMatch(/three to five bullet points|a fifth of the original length/);
  });

  it('lists dates in time order when asked to, and labels numbered items one line each', () => {
    const dates = enhanceAs('Pull every date and deadline out of this email and list them in order:\nHi team, the draft is due May 2, reviews close May 9, and we ship on May 20.', 'extraction').enhanced;
    expect(dates).toMatch(/chronological order/);
    expect(dates).not.toMatch(/valid JSON/);
    const tags = enhanceAs('Tag each of these support tickets as billing, bug, or feature request:\n1. I was charged twice this month\n2. The export button does nothing\n3. Could you add dark mode?', 'classification').enhanced;
    expect(tags).toMatch(/one line per item, in the order given, in the form `item number: label`/);
    expect(enhanceAs('Is this review positive or negative? "Loved it."', 'classification').enhanced).toMatch(/Reply with exactly one label/);
  });

  it('plans a weekend in a city as a trip, around what the travellers like and without what they hate', () => {
    const r = enhanceAs('Plan a 3-day weekend in Lisbon for two, we love food and hate museums, budget around €600.', 'planning').enhanced;
    expect(r).toMatch(/travel planner/);
    expect(r).toMatch(/stated interests \(food\) and leave out museums/);
    expect(r).toMatch(/"for two"/);
    expect(r).not.toMatch(/personal[- ]finance/);
    // Time at the office is not a trip.
    expect(enhanceAs('Plan my 3 days in the office this week around two deadlines', 'planning').enhanced).not.toMatch(/travel planner/);
  });

  it('treats "re-renders the whole list … how do I stop that" as a bug to explain and fix, not a program to write', () => {
    const r = enhanceAs('my react app re-renders the whole list when I type in the search box, how do I stop that', 'code').enhanced;
    expect(r).toMatch(/root cause/);
    expect(r).not.toMatch(/very large inputs|Include tests that cover/);
  });

  it('puts loose values into the table or list asked for without rewording them', () => {
    expect(enhanceAs('convert this to a table: apples 3 $1.20, pears 5 $2.10, plums 12 $3.00', 'rewrite').enhanced).toMatch(/name the columns \(or keys\) after what the data is/);
    expect(enhanceAs('Convert this into a markdown table with columns Name | Role: Aisha Bello, designer. Marco Ventura, engineer.', 'rewrite').enhanced).toMatch(
      /Use exactly the columns the request names/,
    );
    expect(enhanceAs('Turn this into a checklist: book the venue by the 3rd, send invites by the 10th.', 'rewrite').enhanced).toMatch(/one action per line, in the order to do them/);
  });

  it('suggests dishes from the ingredients at hand, with one recipe written out', () => {
    for (const label of ['brainstorming', 'open_qa'] as const) {
      const r = enhanceAs('I have chicken thighs, rice, spinach and a lemon. what can I make tonight?', label).enhanced;
      expect(r, label).toMatch(/home cook/);
      expect(r, label).toMatch(/ingredients listed, plus common pantry staples/);
      expect(r, label).toMatch(/full recipe \(quantities and numbered steps\)/);
      expect(r, label).not.toMatch(/10 ideas|bolder ones/);
    }
    // Making things that are not food is not cooking.
    expect(enhanceAs('what can I make with an old wooden pallet?', 'brainstorming').enhanced).not.toMatch(/home cook/);
  });

  it('reads "like I\'m a product manager" as the reader, not the field of the answer', () => {
    const r = enhanceAs("explain kubernetes like I'm a product manager", 'open_qa').enhanced;
    expect(r).toMatch(/The audience is a product manager/);
    expect(r).not.toMatch(/expert in product management/);
  });

  it('holds the tone a creative request names in its own words', () => {
    const r = enhanceAs('write a linkedin post announcing I got promoted to senior engineer, humble but excited', 'creative_writing').enhanced;
    expect(r).toMatch(/Hold the tone the request asks for \("humble but excited"\)/);
    expect(enhanceAs("Write a toast for my sister's wedding, funny but not embarrassing, about 2 minutes.", 'creative_writing').enhanced).toMatch(/"funny but not embarrassing"/);
    expect(enhanceAs('Write a poem about the sea', 'creative_writing').enhanced).toMatch(/Keep one consistent voice and tone/);
    expect(enhanceAs('Write a short story about a lighthouse keeper. Tone: warm and funny.', 'creative_writing').enhanced).toMatch(/\("warm and funny"\)/);
    expect(enhanceAs("Write a toast for my boss's farewell. Keep it light but respectful.", 'creative_writing').enhanced).toMatch(/\("light but respectful"\)/);
  });

  it('gives interview questions ready to ask, not ideas with a rationale', () => {
    const r = enhanceAs('what are some good questions to ask at the end of a job interview', 'brainstorming').enhanced;
    expect(r).toMatch(/Give a numbered list of 10 questions, one per line, each ready to use as written/);
    expect(r).toMatch(/career coach/);
  });

  it('writes a bio from the person’s own facts, with gaps marked for them to fill', () => {
    const r = enhanceAs('can you help me write a bio for my therapy practice website', 'creative_writing').enhanced;
    expect(r).toMatch(/bios that sound like the person/);
    expect(r).toMatch(/square brackets for them to fill in/);
    expect(r).toMatch(/Return only the bio/);
    expect(enhanceAs('Write a short instagram bio for my pottery studio', 'creative_writing').enhanced).toMatch(/about 150 characters/);
    // "bio-energy" and "link in bio" are not bios to write.
    expect(enhanceAs('Write a catchy headline for an article on bio-energy', 'creative_writing').enhanced).not.toMatch(/bios that sound/);
    expect(enhanceAs('Write a 30-second TikTok script for our clinic, ending with "link in bio"', 'creative_writing').enhanced).not.toMatch(/bios that sound/);
  });

  it('sets two things side by side when asked for the difference between them', () => {
    const r = enhanceAs('explain the difference between a roth ira and a traditional ira', 'open_qa').enhanced;
    expect(r).toMatch(/Markdown table comparing them point by point/);
  });

  it('does not read days to prepare as a trip, excitement as a limit, or a feeling as the reader', () => {
    expect(enhanceAs('Make a study plan: I have 5 days to prepare for my chemistry exam', 'planning').enhanced).toMatch(/study coach/);
    expect(enhanceAs('Plan my revision: two weeks in March before finals', 'planning').enhanced).not.toMatch(/travel planner/);
    const trip = enhanceAs("Plan a trip to Rome, we can't wait to go and I can't decide between hotels, we don't have a car", 'planning').enhanced;
    expect(trip).toMatch(/Respect the stated limits exactly: "don't have a car"\./);
    expect(enhanceAs("I feel like I'm a failure at work, what should I do?", 'open_qa').enhanced).not.toMatch(/The audience is a failure/);
  });

  it('answers "best headphone under $300" with named models', () => {
    expect(enhanceAs('What’s the best noise-cancelling headphone for flights under $300?', 'open_qa').enhanced).toMatch(/Markdown table \(model, typical price/);
  });
});

describe('everyday requests, ninth batch', () => {
  it('answers a should-I question with a recommendation for the asker, not a lecture', () => {
    const mortgage = enhanceAs('Is it worth paying off my 4% mortgage early or should I invest the money instead?', 'open_qa');
    expect(mortgage.enhanced).toMatch(/Start with your recommendation/);
    expect(mortgage.enhanced).toMatch(/say what would change the answer/);
    expect(mortgage.enhanced).toMatch(/Use the figures given; where the answer turns on one that is not given/);
    expect(mortgage.enhanced).toMatch(/weighs the options impartially/);
    expect(mortgage.enhanced).not.toMatch(/define technical terms on first use/);
    expect(mortgage.techniques.map((t) => t.id)).toContain('explicit_constraints');
    // An engineering call gets an architect; two named options get a table; "which should I pick" after a difference too.
    expect(enhanceAs('Should we rewrite our Django monolith in Go or keep it?', 'open_qa').enhanced).toMatch(/experienced software architect/);
    expect(enhanceAs('Should I learn Rust or Go first as a Python developer?', 'open_qa').enhanced).toMatch(/compare Rust and Go on the factors that decide it, in a Markdown table/);
    expect(enhanceAs("What's the difference between a Roth IRA and a traditional IRA, and which should I pick at 25?", 'open_qa').enhanced).toMatch(
      /then your recommendation for the asker’s situation/,
    );
    // A plain question is still answered first and explained.
    expect(enhanceAs('Why is the sky blue?', 'open_qa').enhanced).toMatch(/Lead with a direct answer/);
  });

  it('does not read "tell my manager" as the manager being the reader', () => {
    const r = enhanceAs("Should I tell my manager that I'm interviewing elsewhere?", 'open_qa');
    expect(r.enhanced).not.toMatch(/my manager will read it/);
    expect(r.enhanced).toMatch(/Start with your recommendation/);
    expect(enhanceAs('Draft a status update for my manager about the migration delay', 'creative_writing').enhanced).toMatch(/my manager will read it/);
  });

  it('works out a calorie or protein target with a named formula and a range, not a shopping-sum example', () => {
    const cal = enhanceAs('How many calories should I eat a day to lose a pound a week? I\'m 34, male, 5\'10", 190 lbs.', 'reasoning');
    expect(cal.enhanced).toMatch(/Mifflin–St Jeor/);
    expect(cal.enhanced).toMatch(/Give a range rather than a falsely precise figure/);
    expect(cal.enhanced).toMatch(/as a realistic range, with its unit/);
    expect(cal.enhanced).not.toMatch(/notebook costs|second, independent way/);
    expect(enhanceAs('What is my max heart rate and zone 2 range? I am 45.', 'open_qa').enhanced).toMatch(/Tanaka formula[\s\S]*Give the figure first, as a realistic range/);
    // Mixing liquids is still a word problem, and a look-up is not a formula.
    const cask = enhanceAs('A cask holds 49 litres of wine and water in the ratio 5:2. How much water must be added to make the ratio 7:4?', 'reasoning').enhanced;
    expect(cask).toMatch(/second, independent way/);
    expect(cask).not.toMatch(/falsely precise/);
    expect(enhanceAs('How many calories are in 3 eggs and 2 slices of toast?', 'open_qa').enhanced).not.toMatch(/Mifflin/);
    expect(enhanceAs('Why are my Excel macros so slow on 100k rows?', 'open_qa').enhanced).not.toMatch(/dietitian/);
  });

  it('keeps the form asked for when a tone word or a second form appears', () => {
    const story = enhanceAs('Write a short story about a grandmother teaching her grandson to fish. Tone: warm and funny.', 'creative_writing').enhanced;
    expect(story).toMatch(/award-winning fiction writer/);
    expect(story).toMatch(/500–800 words/);
    expect(enhanceAs('Write a funny LinkedIn post about my first week as a manager.', 'creative_writing').enhanced).toMatch(/social media writer/);
    expect(enhanceAs('Write 5 jokes about programmers.', 'creative_writing').enhanced).toMatch(/comedy writer/);
    expect(enhanceAs('Tell me the story of La La Land in a beautiful poem.', 'creative_writing').enhanced).toMatch(/accomplished poet/);
    expect(enhanceAs('Write a horror story told entirely as an email thread inside a mid-size company.', 'creative_writing').enhanced).toMatch(/fiction writer/);
    expect(enhanceAs('A script where two astronauts argue over the last coffee pouch on the ISS', 'creative_writing').enhanced).toMatch(/screenwriter/);
    expect(enhanceAs('Write a scene (prose, not screenplay) where a vampire goes to therapy.', 'creative_writing').enhanced).not.toMatch(/screenwriter/);
    const essay = enhanceAs(
      "Scholarship essay time. I need a full draft (max 650 words). Prompt: 'Describe a responsibility you have taken on.' About me / raw material: I'm 17, I look after my two brothers after school and I tell the story of it at church.",
      'creative_writing',
    ).enhanced;
    expect(essay).toMatch(/admissions-essay coach/);
    expect(essay).toMatch(/admissions or scholarship committee/);
    expect(essay).toMatch(/Use the facts in the material given and invent none/);
  });

  it('reads plan facts better: interests after "who", a head count before a spouse, a season, a private party', () => {
    const trip = enhanceAs('Plan a 7-day trip to Iceland in October for two people who like hiking and hot springs.', 'planning').enhanced;
    expect(trip).toMatch(/stated interests \(hiking and hot springs\)/);
    expect(trip).toMatch(/Plan for that time of year: daylight hours, likely weather/);
    expect(trip).not.toMatch(/such as [^)]*interests/);
    const party = enhanceAs('Plan a surprise 40th birthday party for my husband who loves jazz, about 30 people, budget $1,500.', 'planning').enhanced;
    expect(party).toMatch(/"about 30 people", "\$1,500"/);
    expect(party).toMatch(/stated interests \(jazz\)/);
    expect(party).toMatch(/Keep the surprise/);
    expect(party).toMatch(/The plan is for the person asking/);
    const wedding = enhanceAs('Plan my wedding in June for 120 guests with a budget of $25k.', 'planning').enhanced;
    expect(wedding).not.toMatch(/people who will carry it out/);
    const offsite = enhanceAs('Plan our company offsite for 25 engineers in Lisbon in May.', 'planning').enhanced;
    expect(offsite).toMatch(/"for 25 engineers"/);
    expect(offsite).toMatch(/people who will carry it out/);
    expect(enhanceAs('Plan a dinner party for 8 friends, one is vegan.', 'planning').enhanced).toMatch(/Present the menu \(each course/);
  });

  it('does not list a detail the request settles as open', () => {
    const run = enhanceAs('Give me a 4-week plan to run my first 5k. I can run about 1 km now.', 'planning').enhanced;
    expect(run).not.toMatch(/such as current fitness level/);
    const meals = enhanceAs('Create a weekly meal plan for a vegetarian family of four on $120 a week, dinners under 30 minutes please, and I have no idea how much food to buy.', 'planning').enhanced;
    expect(meals).not.toMatch(/dietary restrictions/);
  });

  it('makes packing and to-do requests a checklist to tick off', () => {
    const pack = enhanceAs('What should I pack for a week in Japan in December?', 'brainstorming').enhanced;
    expect(pack).toMatch(/checklist grouped by category \(for example clothes, toiletries, documents, electronics\)/);
    expect(pack).not.toMatch(/10 ideas|bolder ones/);
    const camp = enhanceAs('What should we bring on a 3-day camping trip in the Rockies in September?', 'open_qa').enhanced;
    expect(camp).toMatch(/shelter and sleep, cooking and water/);
    expect(camp).toMatch(/likely weather and daylight at that time of year/);
    const move = enhanceAs('Make me a to-do list for moving apartments next month.', 'planning').enhanced;
    expect(move).toMatch(/grouped by when each task is due/);
    expect(move).toMatch(/long lead times first/);
    expect(move).not.toMatch(/numbered phases|key risks/);
  });

  it('summarizes a topic without pretending there is a source, and asks for a meeting it has not seen', () => {
    const topic = enhanceAs('Summarize the main arguments for and against a four-day work week.', 'summarization').enhanced;
    expect(topic).toMatch(/There is no source text/);
    expect(topic).toMatch(/main arguments for and the main arguments against/);
    expect(topic).not.toMatch(/Stay faithful to the source|in the order they appear in the source/);
    const meeting = enhanceAs('Summarize our meeting.', 'summarization').enhanced;
    expect(meeting).toMatch(/The meeting notes or transcript is not in this message/);
    expect(meeting).not.toMatch(/There is no source text/);
  });

  it('answers "should I use let or const" as a how-to, not a program with tests', () => {
    const r = enhanceAs('Should I use let or const in JavaScript?', 'code').enhanced;
    expect(r).toMatch(/idiomatic way first/);
    expect(r).not.toMatch(/Include tests that cover/);
  });
});

describe('everyday requests, ninth batch: a symptom read as ideas', () => {
  it('answers "my dog keeps scratching his ears, what could it be?" with likely causes, even when labelled brainstorming', () => {
    for (const type of ['brainstorming', 'open_qa'] as const) {
      const r = enhanceAs('My dog keeps scratching his ears, what could it be?', type).enhanced;
      expect(r).toMatch(/Start with the most likely cause/);
      expect(r).toMatch(/troubleshoots methodically/);
      expect(r).toMatch(/has the problem in front of them/);
      expect(r).not.toMatch(/10 ideas|bolder ones/);
    }
    // A request for ideas stays a request for ideas.
    expect(enhanceAs('Give me ideas for keeping my dog busy while I work', 'brainstorming').enhanced).toMatch(/numbered list of 10 ideas/);
  });
});

describe('everyday requests, ninth batch: what a should-question is', () => {
  it('keeps "what/how should I …, or …" a question to answer, and names the field as a noun', () => {
    const deposit = enhanceAs("What should I do if my landlord won't return my deposit or answer my calls?", 'open_qa').enhanced;
    expect(deposit).not.toMatch(/Start with your recommendation/);
    // Asking what to do gets the ways forward from an adviser; a question about the rule names the field as a noun.
    expect(deposit).toMatch(/an experienced legal adviser/);
    expect(enhanceAs('Can my landlord keep my deposit for normal wear and tear?', 'open_qa').enhanced).toMatch(/an expert in law\b/);
    expect(enhanceAs('How should I store onions, in the fridge or the pantry?', 'open_qa').enhanced).toMatch(/Lead with a direct answer/);
    expect(enhanceAs('Which should I read first, Dune or Foundation?', 'open_qa').enhanced).toMatch(/Start with your recommendation/);
  });
});

describe('everyday requests, tenth batch: a choice labelled analysis', () => {
  it('gives a should-I question the same recommendation for the asker whether it is labelled open_qa or analysis', () => {
    const q = 'Should I take the job with the higher salary or the one with remote work and better benefits?';
    const asAnalysis = enhanceAs(q, 'analysis').enhanced;
    expect(asAnalysis).toMatch(/Start with your recommendation/);
    expect(asAnalysis).toMatch(/weighs the options impartially for the asker’s situation/);
    expect(asAnalysis).toMatch(/state what you assume about the asker’s situation/);
    expect(asAnalysis).not.toMatch(/one-paragraph bottom line/);
    expect(asAnalysis).toBe(enhanceAs(q, 'open_qa').enhanced);
    expect(enhanceAs('Is a standing desk actually worth it or is it just hype?', 'analysis').enhanced).toMatch(/Start with your recommendation/);
  });

  it('keeps the analysis layouts where the request asks for them or supplies the material', () => {
    expect(enhanceAs('Should I rent or buy a flat in Lisbon? Give me the pros and cons.', 'analysis').enhanced).toMatch(/Give two lists, pros and cons/);
    const supplied = enhanceAs(
      'Here are our numbers for the last two quarters:\n\nQ1 revenue 410k, churn 4.1%, CAC 1,900\nQ2 revenue 455k, churn 5.3%, CAC 2,400\n\nShould we keep spending on paid ads or move the budget to sales?',
      'analysis',
    ).enhanced;
    expect(supplied).not.toMatch(/Start with your recommendation/);
    expect(enhanceAs('Evaluate the arguments for a four-day school week.', 'analysis').enhanced).not.toMatch(/Start with your recommendation/);
  });

  it('names the adviser by the subject: software choices get an architect, loans and funds a finance expert', () => {
    expect(enhanceAs('Should we use Postgres or MongoDB for our SaaS app?', 'analysis').enhanced).toMatch(/You are an experienced software architect who weighs the options/);
    expect(
      enhanceAs('I still owe $24k on student loans at 4.5%. Is it smarter to pay them down faster or put $500 a month into an index fund?', 'analysis').enhanced,
    ).toMatch(/You are an expert in personal finance who weighs the options/);
  });
});

describe('everyday requests, tenth batch: health, pets and the words that name a field', () => {
  it('reads "should I be worried about …" as a health question, and a should-I about care as a choice with health limits', () => {
    const mole = enhanceAs('Should I be worried about a mole that changed color over the summer?', 'open_qa').enhanced;
    expect(mole).not.toMatch(/Start with your recommendation/);
    expect(mole).toMatch(/an expert in health/);
    expect(mole).toMatch(/signs that mean seeing a doctor soon or getting urgent care/);
    const ankle = enhanceAs('Should I go to urgent care for a sprained ankle or just ice it?', 'open_qa').enhanced;
    expect(ankle).toMatch(/Start with your recommendation/);
    expect(ankle).toMatch(/You are an expert in health who weighs the options/);
    expect(ankle).toMatch(/signs that mean seeing a doctor soon or getting urgent care/);
    // Learning about a condition is not a request for personal advice.
    expect(enhanceAs("What's happening in the brain during a migraine aura? My neurologist mentioned it.", 'open_qa').enhanced).not.toMatch(/pharmacist|seeing a doctor soon/);
  });

  it('answers a pet’s health question with the signs that mean calling a vet', () => {
    const cat = enhanceAs('My cat stopped eating since yesterday, when should I take her to the vet?', 'open_qa').enhanced;
    expect(cat).toMatch(/an expert in animal health and care/);
    expect(cat).toMatch(/the signs that mean calling a vet today/);
    expect(enhanceAs('Give me ideas to keep my dog entertained while I work', 'brainstorming').enhanced).not.toMatch(/vet today/);
    // Ideas for a pet, and animals in general, are not a veterinary matter.
    expect(enhanceAs("Give me ideas for my dog's 5th birthday party", 'brainstorming').enhanced).toMatch(/You are a creative strategist/);
    expect(enhanceAs('Explain why the bird migrates south in winter', 'open_qa').enhanced).not.toMatch(/animal health/);
  });

  it('does not take "lease or buy a car" for a legal matter, or "in the spring" for the Spring framework', () => {
    const car = enhanceAs('Is it smarter to lease or buy a car if I drive about 8,000 miles a year?', 'analysis').enhanced;
    expect(car).not.toMatch(/law|jurisdiction/);
    expect(car).toMatch(/Start with your recommendation/);
    expect(enhanceAs('My landlord says I have to pay for repainting when my lease ends. Is that legal?', 'open_qa').enhanced).toMatch(/jurisdiction/);
    const lease = enhanceAs(
      'my landlord is offering a 12 month lease at $2,150 or month to month at $2,400. i might move in the spring. which one makes more sense for me?',
      'analysis',
    ).enhanced;
    expect(lease).not.toMatch(/software architect/);
    expect(lease).toMatch(/Start with your recommendation/);
    // Two lease terms are a money choice: no law persona, no jurisdiction line. A dispute over a deposit is legal.
    expect(lease).toMatch(/You are an expert in personal finance/);
    expect(lease).not.toMatch(/jurisdiction|expert in law/);
    const deposit = enhanceAs('My landlord wants to keep my deposit for normal wear. Should I take him to small claims or just let it go?', 'analysis').enhanced;
    expect(deposit).toMatch(/jurisdiction/);
    expect(deposit).toMatch(/expert in law/);
  });

  it('hears more ways of asking for a choice', () => {
    for (const q of [
      'Would it be better to pay off my credit card first or build an emergency fund?',
      'Does it make sense to refinance at 6.1% if my current rate is 6.9% and I plan to sell in 4 years?',
      "We're choosing between a heat pump and a new gas furnace for a 1950s house in Ohio. Which makes more sense?",
    ])
      expect(enhanceAs(q, 'analysis').enhanced, q).toMatch(/Start with your recommendation/);
  });
});

describe('everyday requests, tenth batch: tips', () => {
  it('gives tips most effective first, with limits said plainly, instead of ten bold ideas', () => {
    const drive = enhanceAs('any tips for staying awake on a long drive at night', 'brainstorming');
    expect(drive.enhanced).toMatch(/numbered list of eight to ten tips, most effective first/);
    expect(drive.enhanced).toMatch(/Where a tip has a real limit or risk \(safety, health, cost\), say so plainly/);
    expect(drive.enhanced).not.toMatch(/bolder ones|creative strategist/);
    expect(drive.techniques.find((t) => t.id === 'structured_output')?.reason).toMatch(/tips, most effective first/);
    expect(enhanceAs('Ways to save money on groceries for a family of five?', 'brainstorming').enhanced).toMatch(/tips, most effective first/);
    // Ideas stay ideas, and a feeling still gets a coach.
    expect(enhanceAs('Give me ideas for a 10th birthday party at home', 'brainstorming').enhanced).toMatch(/numbered list of 10 ideas/);
    expect(enhanceAs("tips for when I'm overwhelmed with work and can't focus", 'brainstorming').enhanced).toMatch(/warm coach/);
  });
});

describe('everyday requests, tenth batch: a week of dinners', () => {
  it('plans only the meals asked for, and reads "take under 30 minutes" as cooking time, not the answer’s length', () => {
    const r = enhanceAs('Help me plan a week of dinners for two that take under 30 minutes each', 'planning').enhanced;
    expect(r).toMatch(/registered dietitian and practical home cook/);
    expect(r).toMatch(/one row per day \(day, dinner\)/);
    expect(r).not.toMatch(/Respect the length given|numbered phases|cooking time\)/);
    expect(enhanceAs('Make me a meal plan for the week, vegetarian, about 2,000 calories a day', 'planning').enhanced).toMatch(/breakfast, lunch, dinner, snacks/);
    // A spoken piece still has a length in minutes.
    expect(enhanceAs('Write a toast for my brother’s wedding, under 3 minutes when spoken', 'creative_writing').enhanced).toMatch(/3 minutes/);
  });
});

describe('everyday requests, tenth batch: the asker’s own body, pet and job', () => {
  it('answers "my knee hurts going down stairs" as a health problem to track down, without a names-and-dates check', () => {
    const r = enhanceAs('Why does my knee hurt when I go down stairs?', 'open_qa');
    expect(r.enhanced).toMatch(/an expert in health who troubleshoots methodically/);
    expect(r.enhanced).toMatch(/Start with the most likely cause/);
    expect(r.techniques.map((t) => t.id)).not.toContain('self_verification');
    // A factual question still gets its facts checked.
    expect(enhanceAs('When did the Berlin Wall fall and how many people crossed that night?', 'open_qa').techniques.map((t) => t.id)).toContain('self_verification');
  });

  it('reads "my dog ate a grape, what should I do" as a question for a vet-minded expert', () => {
    const r = enhanceAs('my dog ate a grape, what should I do', 'open_qa').enhanced;
    expect(r).toMatch(/You are an experienced vet/);
    expect(r).toMatch(/Lead with what to do right now/);
    expect(r).toMatch(/do not suggest making the animal vomit/);
  });

  it('treats being fired as a legal question', () => {
    expect(enhanceAs('Can I get fired for posting about my job on TikTok? (Texas)', 'open_qa').enhanced).toMatch(/You are an expert in law/);
    expect(enhanceAs('Write a poem about a kiln-fired vase', 'creative_writing').enhanced).not.toMatch(/law/);
  });
});

describe('everyday requests, eleventh batch', () => {
  it('sees Python pasted without semicolons as the code, so it does not ask for it', () => {
    const e = enhanceAs('why does my python code print None?\n\ndef add(a, b):\n    print(a + b)\n\nresult = add(2, 3)\nprint(result)', 'code').enhanced;
    expect(e).not.toMatch(/is not in this message/);
    expect(e).toMatch(/root cause/);
    // Prose lines with brackets are not code.
    expect(analyzePrompt('Summarize this (briefly)\nand list the risks (if any)').hasSuppliedText).toBe(false);
  });

  it('gives a tl;dr two or three sentences, bottom line first, and takes no length from the pasted text', () => {
    const e = enhanceAs(
      'tl;dr this for my boss please:\n\nWe ran the checkout A/B test for 14 days. Variant B (one-page checkout) lifted conversion from 3.1% to 3.4% on desktop but dropped it from 2.2% to 2.0% on mobile. Average order value was flat. We recommend shipping B to desktop only.',
      'summarization',
    ).enhanced;
    expect(e).not.toMatch(/Respect the length given/);
    expect(e).toMatch(/two or three sentences/);
    expect(e).toMatch(/bottom line in the first sentence/);
    // A length in the request itself still counts, and wins over the tl;dr default.
    const memo = enhanceAs('Write a one-page summary of this report:\n\nRevenue grew 12% while costs grew 4%, mostly from hiring in Q3.', 'summarization').enhanced;
    expect(memo).toMatch(/Respect the length given in the request \("one-page"\)/);
    expect(memo).not.toMatch(/two or three sentences/);
  });

  it('reads "less passive aggressive" without a hyphen as one tone, not "less passive"', () => {
    const e = enhanceAs('make this sound less passive aggressive: "As I mentioned in my last three emails, the report is still missing."', 'rewrite').enhanced;
    expect(e).toMatch(/less passive-aggressive: remove blame, sarcasm/);
    expect(e).not.toMatch(/cut hedging words/);
  });

  it('reads a list of monthly figures asked about their trend as data to work through', () => {
    const e = enhanceAs("Here are our monthly signups: Jan 420, Feb 390, Mar 510, Apr 620, May 580, Jun 700. What's the trend and anything worth flagging?", 'analysis').enhanced;
    expect(e).toMatch(/data analyst/);
    expect(e).toMatch(/compute the changes and ratios that matter/);
    expect(e).not.toMatch(/attribute contested views/);
  });
});

describe('everyday requests, twelfth batch', () => {
  it('asks why a query is slow: the biggest cost first, how to confirm it, the same results; an error stays a bug hunt', () => {
    const sql = enhanceAs("Can you review this SQL and tell me why it's slow?\n\nSELECT * FROM orders o JOIN customers c ON o.customer_id = c.id WHERE YEAR(o.created_at) = 2024 ORDER BY o.created_at DESC;", 'code').enhanced;
    expect(sql).toMatch(/Say what makes it slow, biggest cost first \(for example a function on an indexed column/);
    expect(sql).toMatch(/the query plan from EXPLAIN/);
    expect(sql).toMatch(/return exactly what the original does/);
    expect(sql).not.toMatch(/Show a few sample input rows|trace what it actually does with the failing input/);
    const loop = enhanceAs('numpy: for every row in A I need the nearest point in B. A double loop takes forever. What is the right approach?', 'code').enhanced;
    expect(loop).toMatch(/work repeated inside a loop/);
    expect(loop).not.toMatch(/EXPLAIN/);
    // Errors after a while are a bug, even with a timeout in the pasted code.
    const scraper = enhanceAs('My scraper works for ~200 URLs then starts throwing errors. Code:\n\n```python\nasync with session.get(url, timeout=10) as resp:\n    html = await resp.text()\n```', 'code').enhanced;
    expect(scraper).toMatch(/Explain the root cause before the fix/);
    expect(scraper).not.toMatch(/what makes it slow/);
  });

  it('does not quote a pasted job posting’s "you must have" back as the user’s instruction', () => {
    const e = enhanceAs(
      "From the job posting below, list the required skills and the nice-to-haves separately.\n\nWe're hiring a Data Engineer. You must have 3+ years with Python and SQL, experience with Airflow or Dagster, and have built pipelines on AWS or GCP. Bonus points for dbt, Kafka, or Terraform.",
      'extraction',
    ).enhanced;
    expect(e).not.toMatch(/Follow every explicit instruction/);
    // An instruction after the material is still the user's.
    const kept = enhanceAs('Summarize the article below:\n\nKeep it under 50 words and do not mention the author.', 'summarization').enhanced;
    expect(kept).toMatch(/Follow every explicit instruction[^\n]*do not mention the author/);
  });

  it('answers a household how-to with numbered steps, what to use and what to avoid', () => {
    const wine = enhanceAs('How do I get red wine out of a white carpet?', 'open_qa').enhanced;
    expect(wine).toMatch(/You are a practical expert who gives tested, step-by-step instructions/);
    expect(wine).toMatch(/short numbered list in the order to do them/);
    expect(wine).toMatch(/what to avoid/);
    // Devices and software are not household jobs, and a career is not a task done by hand.
    expect(enhanceAs("how do I get gum out of my kid's hair", 'open_qa').enhanced).toMatch(/short numbered list in the order to do them/);
    // Figurative uses of the same verbs are advice, not a household job.
    for (const q of ['how do I reset my iphone', 'How do I get a job in UX design?', 'how do I remove duplicates in excel', 'how do I get the most out of my gym membership', 'how can I sharpen my negotiation skills', 'how do I polish my resume', 'how do I fix my sleep schedule'])
      expect(enhanceAs(q, 'open_qa').enhanced, q).not.toMatch(/step-by-step instructions|household supplies/);
  });
});

describe('everyday requests, thirteenth batch', () => {
  it('reads a metric set against another period as figures to analyse, not as two options to compare', () => {
    const e = enhanceAs('Analyze our churn: we lost 40 customers in Q3 vs 22 in Q2, mostly on the basic plan, after we raised prices 15% in July.', 'analysis').enhanced;
    expect(e).toMatch(/You are an experienced business data analyst/);
    expect(e).toMatch(/compute the changes and ratios that matter/);
    expect(e).not.toMatch(/one column per option|one column each for|attribute contested views/);
    // Named options on both sides of "vs" are still a comparison.
    expect(enhanceAs('Compare React vs Vue for a small internal dashboard.', 'analysis').enhanced).toMatch(/one column each for React and Vue/);
  });

  it('gives children’s activity ideas for the ages given and things a home already has, not bold strategies', () => {
    const e = enhanceAs("My kids (6 and 9) are stuck inside because of rain all weekend. Give me some activity ideas that don't need a screen.", 'brainstorming').enhanced;
    expect(e).toMatch(/You are an experienced play leader/);
    expect(e).toMatch(/Suit every idea to the children’s ages as given/);
    expect(e).toMatch(/what it needs, roughly how long it lasts/);
    expect(e).not.toMatch(/bolder ones|creative strategist/);
    // An app for children is a product to design, not an afternoon to fill.
    expect(enhanceAs('Give me ideas for games in a kids learning app for 6 year olds', 'brainstorming').enhanced).not.toMatch(/play leader/);
  });

  it('quotes a limit the user can only just meet, and each limit once', () => {
    const drive = enhanceAs('Make me a practice plan for my driving test in 6 weeks. I can only afford one lesson a week and my mom can take me out on weekends.', 'planning').enhanced;
    expect(drive).toMatch(/Respect the stated limits exactly: "6 weeks", "can only afford one lesson a week"\./);
    const study = enhanceAs('Make me a study plan for my chemistry final in 3 weeks. I can only study 2 hours a day.', 'planning').enhanced;
    expect(study).toMatch(/Respect the stated limits exactly: "3 weeks", "can only study 2 hours a day"\./);
  });
});

describe('everyday requests, fourteenth batch', () => {
  it('asks for a punchier rewrite in concrete terms', () => {
    const e = enhanceAs('Here\'s my resume summary, make it punchier: "Experienced software engineer with 7 years of experience in building scalable web applications. Passionate about clean code."', 'rewrite').enhanced;
    expect(e).toMatch(/Make it punchier: shorter sentences, strong verbs/);
    expect(e).not.toMatch(/Improve clarity and flow/);
  });

  it('answers "a good way to tell my landlord…" with words to say, not legal options', () => {
    for (const type of ['brainstorming', 'open_qa'] as const) {
      const e = enhanceAs("what's a good way to tell my landlord the heater has been broken for 2 weeks without sounding rude", type).enhanced;
      expect(e, type).toMatch(/You are a tactful, practical communication coach/);
      expect(e, type).toMatch(/an example of what to say in natural spoken words/);
      expect(e, type).not.toMatch(/jurisdiction|Check every idea against each condition|numbered list of 10 ideas/);
    }
    // A question about rights stays a legal one.
    expect(enhanceAs('what are my rights if my landlord has not fixed the heater for 2 weeks?', 'open_qa').enhanced).not.toMatch(/communication coach/);
  });

  it('writes a quiz with one defensible answer per question and the key at the end, whatever the label', () => {
    for (const type of ['creative_writing', 'open_qa', 'brainstorming'] as const) {
      const e = enhanceAs('Create a 10-question multiple-choice quiz on the French Revolution for high school students, with answers.', type).enhanced;
      expect(e, type).toMatch(/You are an experienced teacher who writes fair, clear questions/);
      expect(e, type).toMatch(/exactly one correct option and plausible wrong options/);
      expect(e, type).toMatch(/options labelled A–D under each; then give the answer key after all the questions/);
      expect(e, type).toMatch(/The quiz is for high school students/);
    }
    // "Quiz me" is a tutor session, not a quiz to hand out.
    expect(enhanceAs('Quiz me on the French Revolution, one question at a time.', 'roleplay').enhanced).not.toMatch(/answer key/);
    // Preparing for a test is studying for it.
    expect(enhanceAs('How should I prepare for the practice test on Friday?', 'open_qa').enhanced).not.toMatch(/answer key/);
  });

  it('lays out the arguments for and against a policy as two cases, then where the evidence points', () => {
    const e = enhanceAs('What are the main arguments for and against a four-day work week?', 'open_qa').enhanced;
    expect(e).toMatch(/strongest arguments for and against as two lists/);
    expect(e).not.toMatch(/Lead with a direct answer in one or two sentences/);
  });

  it('keeps each action item with its owner, unless the request names its own fields', () => {
    const notes = 'Pull out all the action items and owners from these meeting notes:\n\nSarah will send the revised budget by Thursday. Tom to check with legal about the vendor contract. Priya is setting up the demo environment.';
    expect(enhanceAs(notes, 'extraction').enhanced).toMatch(/\{ "action_items": \[ \{ "action": string \| null, "owner": string \| null \} \] \}/);
    const own = enhanceAs('Pull out all action items. For each one: what, who owns it, deadline (if stated).\n\nEmre will finalize the rack layout by Oct 4.', 'extraction').enhanced;
    expect(own).toMatch(/"what": string \| null, "who_owns_it": string \| null, "deadline": string \| null/);
  });

  it('quotes how often the user can train as a stated limit', () => {
    const e = enhanceAs('Give me a 4-week beginner running plan to go from couch to running 5k without stopping. I can run 3 times a week.', 'planning').enhanced;
    expect(e).toMatch(/Respect the stated limits exactly: "4-week", "3 times a week"\./);
  });

  it('answers a career change with honest odds and a route in, for someone new to the field', () => {
    const e = enhanceAs("I'm a nurse thinking of switching to UX design. Is it realistic at 38 and how would I start?", 'open_qa').enhanced;
    expect(e).toMatch(/You are an experienced career coach/);
    expect(e).toMatch(/Open with an honest answer on how realistic it is for this person/);
    expect(e).not.toMatch(/Write for a practitioner in the field/);
  });
});

describe('everyday requests, fourteenth batch (grammar)', () => {
  it('answers "is this sentence correct?" with yes or no, the fix and the rule, whatever the label', () => {
    for (const type of ['classification', 'open_qa', 'closed_qa'] as const) {
      const e = enhanceAs('Is this sentence grammatically correct: "Me and him went to the store yesterday"?', type).enhanced;
      expect(e, type).toMatch(/Start with Yes or No, then the corrected sentence if it needs one, then the rule behind it/);
      expect(e, type).toMatch(/Judge it by standard written English/);
      expect(e, type).not.toMatch(/consistent set of labels|quote them, then answer from those quotes/);
    }
    // Asking whether a message is fine to send, or whether a sum is right, is not a grammar question.
    for (const q of ["is this ok to send to my boss? 'hey, cant make it today'", 'is this correct: 2+2=5'])
      expect(enhanceAs(q, 'open_qa').enhanced, q).not.toMatch(/Start with Yes or No/);
  });
});

describe('everyday requests, fifteenth batch', () => {
  it('does not quote a policy in the pasted text as the user’s instruction', () => {
    const e = enhanceAs(
      'Summarize this for my team in two sentences:\n\nStarting March 1, all expense reports must be submitted through Concur within 30 days of the purchase. Receipts over $25 need to be attached. Reports submitted late will need VP approval.',
      'summarization',
    ).enhanced;
    expect(e).not.toMatch(/Follow every explicit instruction/);
    expect(e).toMatch(/Respect the length given in the request \("two sentences"\)/);
    // A rule for the reply's own parts is still the user's.
    const own = enhanceAs('Write three tips for new managers. Each tip must start with a verb.', 'brainstorming').enhanced;
    expect(own).toMatch(/"Each tip must start with a verb"/);
  });

  it('quotes weekday and weekend study hours as one limit, and does not ask for them again', () => {
    const e = enhanceAs(
      "I'm studying for the AWS Solutions Architect Associate exam in 5 weeks. I work full time and can study about 1 hour on weekdays and 4 hours on weekends. Make me a study plan.",
      'planning',
    ).enhanced;
    expect(e).toMatch(/Respect the stated limits exactly: "5 weeks", "1 hour on weekdays and 4 hours on weekends"\./);
    expect(e).not.toMatch(/hours available per day/);
  });

  it('writes interview questions from the interviewer’s side when they are for a candidate', () => {
    const e = enhanceAs('Give me 5 interview questions to ask a candidate for a senior backend engineer role, focused on system design.', 'brainstorming').enhanced;
    expect(e).toMatch(/You are an experienced hiring manager/);
    expect(e).toMatch(/numbered list of 5 questions, each followed by one line on what a strong answer shows/);
    expect(e).not.toMatch(/career coach/);
    // Preparing to be interviewed stays with the coach.
    expect(enhanceAs('What questions will they ask me in my interview for a junior accountant job?', 'brainstorming').enhanced).not.toMatch(/hiring manager/);
  });

  it('weighs "help me decide between" two priced options as a decision, not a sum with one answer', () => {
    const e = enhanceAs(
      'Help me decide between a used 2019 Honda Civic with 60k miles for $17k and a new 2025 Corolla for $24k. I drive about 12k miles a year and keep cars for a long time.',
      'reasoning',
    ).enhanced;
    expect(e).toMatch(/gives your recommendation and the figure it rests on/);
    expect(e).toMatch(/Say at what point the answer would flip/);
  });

  it('answers a question about programming with an explanation, not a program with tests', () => {
    const diff = enhanceAs("What's the difference between let and const in JavaScript?", 'code').enhanced;
    expect(diff).toMatch(/You are a senior JavaScript software engineer and a clear teacher/);
    expect(diff).toMatch(/short comparison table/);
    expect(diff).not.toMatch(/Include tests|the tests in a separate fenced block|Handle edge cases explicitly/);
    const rank = enhanceAs('Rank these programming languages by how easy they are for a complete beginner: Rust, Python, JavaScript, C++, Go', 'code').enhanced;
    expect(rank).toMatch(/You are a senior software engineer and a clear teacher/);
    expect(rank).toMatch(/Give the ranking as a numbered list/);
    expect(rank).not.toMatch(/Use JavaScript/);
    const why = enhanceAs('Why is Rust considered memory safe?', 'code').enhanced;
    expect(why).toMatch(/explain the mechanism behind it/);
    // Asking for code to run stays a request for code, however it is put.
    for (const ask of [
      'Given n and k and an array of integers, count the subarrays whose sum is divisible by k. Solve in C++ with fast IO and explain the complexity.',
      'cron expression that runs at 07:30 every weekday, and explain why `0 0 1 * 1` is surprising',
      'I want a Python simulation I can run: 100,000 Monty Hall games, compare "stay" vs "switch".',
      'I do not know JavaScript at all. Please show me how to read a CSV file in JS and explain the code.',
    ])
      expect(enhanceAs(ask, 'code').enhanced, ask).not.toMatch(/a clear teacher/);
  });

  it('outlines a talk with a message and timed sections, whether labelled planning or creative writing', () => {
    for (const type of ['planning', 'creative_writing'] as const) {
      const e = enhanceAs('Outline a 20-minute talk on why small teams ship faster, for a developer conference.', type).enhanced;
      expect(e, type).toMatch(/conference speaker and speaking coach/);
      expect(e, type).toMatch(/add up to 20 minutes/);
      expect(e, type).toMatch(/numbered sections, each with its minutes/);
      expect(e, type).not.toMatch(/event planner|Work backwards from the date|leave the outline out/);
    }
    // Planning the conference itself is an event.
    expect(enhanceAs('Plan a developer conference for 300 people in Berlin next spring.', 'planning').enhanced).toMatch(/event planner/);
  });

  it('writes a speech for a parent’s party for the guests in the room', () => {
    const e = enhanceAs("Write a short speech for my dad's retirement party. He was a high school chemistry teacher for 35 years and loves fishing.", 'creative_writing').enhanced;
    expect(e).toMatch(/The audience is the guests at the retirement party/);
    expect(enhanceAs('Explain compound interest to my dad.', 'open_qa').enhanced).toMatch(/The audience is my dad/);
  });

  it('reads two percentages in a survey as figures to analyse', () => {
    const e = enhanceAs("Analyze this survey result: 62% of users said they'd pay for the premium tier, but only 8% of trial users actually converted. What's going on?", 'analysis').enhanced;
    expect(e).toMatch(/data analyst/);
    expect(e).toMatch(/mark explanations as hypotheses/);
  });

  it('groups a recipe’s ingredients into a shopping list by the section asked for', () => {
    const e = enhanceAs('Turn this recipe into a shopping list grouped by store section: 2 onions, 3 cloves garlic, 500g ground beef, 1 can tomatoes, spaghetti, parmesan.', 'rewrite').enhanced;
    expect(e).toMatch(/Group the items under a heading for each store section/);
    expect(e).not.toMatch(/Improve clarity and flow/);
  });

  it('walks through a Fermi estimate by its factors, without a shopping-sum example', () => {
    const e = enhanceAs('How many piano tuners are there in Chicago? Walk me through the estimate.', 'reasoning').enhanced;
    expect(e).toMatch(/one factor per step with the value assumed and its basis/);
    expect(e).not.toMatch(/notebook costs/);
    // A factual count is not an estimate.
    expect(enhanceAs('How many bones are there in the human body?', 'reasoning').enhanced).not.toMatch(/one factor per step/);
  });
});

describe('everyday requests, sixteenth batch', () => {
  it('answers a programming question filed as open_qa as an engineer would, for a developer', () => {
    const e = enhanceAs('When should I use a Python dataclass instead of a regular class?', 'open_qa').enhanced;
    expect(e).toMatch(/You are a senior Python software engineer and a clear teacher/);
    expect(e).toMatch(/Write for a developer who wants to understand this/);
    expect(e).toMatch(/how the language or tool actually behaves in current versions/);
    expect(enhanceAs('What are the main differences between Python and JavaScript programming languages?', 'open_qa').enhanced).toMatch(/You are a senior software engineer and a clear teacher/);
    // Words that are also language names do not make a question about programming.
    for (const q of ['Your goal is to come up with a plan to synthesize HCl! What are the steps?', 'Write one sentence about each of these people: Taylor Swift, Elon Musk.'])
      expect(enhanceAs(q, 'open_qa').enhanced, q).not.toMatch(/software engineer|Write for a developer/);
  });

  it('treats a failing build or a quoted error as a fault to troubleshoot', () => {
    for (const q of [
      'My React app shows a blank white screen after I deployed it to Netlify. How do I fix it?',
      'Here\'s the error I get when I run npm install: "ERESOLVE unable to resolve dependency tree". What does it mean and how do I fix it?',
    ]) {
      const e = enhanceAs(q, 'open_qa').enhanced;
      expect(e, q).toMatch(/You are a senior software engineer who troubleshoots methodically/);
      expect(e, q).toMatch(/Start with the most likely cause/);
    }
  });

  it('keeps a person with their company, and an item with its price, in one object', () => {
    const e = enhanceAs('From this text, list every person and the company they work for: "Maria Chen, CTO at Lumio, spoke with Dev Patel from Harbor Bank."', 'extraction').enhanced;
    expect(e).toMatch(/\{ "people": \[ \{ "person": string \| null, "company": string \| null \} \] \}/);
    const p = enhanceAs('Extract each product and its price from this receipt: "Milk 1.29, Bread 2.49, Eggs 3.10"', 'extraction').enhanced;
    expect(p).toMatch(/"product": string \| null, "price": string \| null/);
  });

  it('triages the asker’s own items by deadline and who is waiting, whatever the label', () => {
    for (const type of ['open_qa', 'analysis', 'planning'] as const) {
      const e = enhanceAs('Which of these emails should I answer first? 1) Client asking for an invoice copy 2) My boss asking for the Q3 numbers by noon 3) A newsletter from LinkedIn', type).enhanced;
      expect(e, type).toMatch(/productivity coach who triages work/);
      expect(e, type).toMatch(/Give the order as a numbered list, each item with a one-line reason/);
      expect(e, type).not.toMatch(/expert in marketing/);
    }
    // Without items to order it is an ordinary question.
    expect(enhanceAs('What should I do first when I start a new job?', 'open_qa').enhanced).not.toMatch(/triages work/);
  });

  it('plans a content calendar as posts by day, not as project phases', () => {
    const e = enhanceAs("Create a 30-day content calendar for a small coffee shop's Instagram.", 'planning').enhanced;
    expect(e).toMatch(/You are a social media manager/);
    expect(e).toMatch(/one row per post \(day, format, idea, opening line, call to action\)/);
    expect(e).not.toMatch(/numbered phases|key risks/);
  });

  it('answers a parent’s “is it normal” about their child with the typical range and when to ask a professional', () => {
    const e = enhanceAs("Is it normal that my 2-year-old doesn't talk much yet? She says maybe 10 words.", 'open_qa').enhanced;
    expect(e).toMatch(/paediatric nurse/);
    expect(e).toMatch(/what is typical at that age \(the usual range, not one number\)/);
    // "says maybe 10 words" is about the child, not a length for the answer.
    expect(e).not.toMatch(/"10 words"/);
  });

  it('summarizes the plot of a named play from what is known of it, not from a pasted source', () => {
    const e = enhanceAs('Summarize the plot of Hamlet in 5 sentences for a 9th grader.', 'summarization').enhanced;
    expect(e).toMatch(/Work from what is reliably known about the work/);
    expect(e).not.toMatch(/Where views differ/);
  });

  it('asks for assumed facts, not assumed fees, when a choice has no money in it', () => {
    const e = enhanceAs('Is it worth learning Rust in 2026 if I already know Go?', 'open_qa').enhanced;
    expect(e).toMatch(/state what you assume about the asker’s situation/);
    expect(e).not.toMatch(/taxes, fees/);
    expect(enhanceAs('Is it worth paying off my 4% mortgage early or should I invest the extra money instead?', 'open_qa').enhanced).toMatch(/taxes, fees/);
  });
});

describe('everyday requests, seventeenth batch', () => {
  it('offers a few options when asked for one title, unless the user wants a single line', () => {
    const e = enhanceAs('Give me a catchy title for my blog post about saving money on groceries.', 'creative_writing').enhanced;
    expect(e).toMatch(/Give 5 titles as a numbered list, best first/);
    expect(e).not.toMatch(/600–900 words/);
    const one = enhanceAs("I need a tagline for my bakery. Don't give me a list, just your single best line.", 'creative_writing').enhanced;
    expect(one).not.toMatch(/numbered list/);
  });

  it('writes a public reply to a bad review that owns the problem', () => {
    const e = enhanceAs('Write a product review response to a 2-star review that says our delivery was slow and the packaging was damaged.', 'creative_writing').enhanced;
    expect(e).toMatch(/customer-care lead/);
    expect(e).toMatch(/thank the reviewer, own the problem without excuses/);
  });

  it('translates into every language named, and changes only the voice when asked for the passive', () => {
    const t = enhanceAs('Translate this menu item into French and Italian: "Grilled salmon with lemon butter and seasonal vegetables"', 'rewrite').enhanced;
    expect(t).toMatch(/translator into French and Italian/);
    expect(t).toMatch(/each under its language name/);
    const p = enhanceAs('Rewrite this paragraph in the passive voice: "The committee approved the new budget."', 'rewrite').enhanced;
    expect(p).toMatch(/Change only what the instruction asks for/);
    expect(p).not.toMatch(/Improve clarity and flow/);
  });

  it('explains a difference to a child with examples, not a table', () => {
    const e = enhanceAs('Explain the difference between weather and climate to a 7-year-old.', 'open_qa').enhanced;
    expect(e).toMatch(/one everyday example of each, with no table/);
    expect(enhanceAs("What's the difference between a Roth IRA and a traditional IRA?", 'open_qa').enhanced).toMatch(/Markdown table comparing them/);
  });

  it('lists questions to ask at the end of an interview, ready to use', () => {
    const e = enhanceAs('What questions should I ask at the end of a job interview?', 'open_qa').enhanced;
    expect(e).toMatch(/career coach/);
    expect(e).toMatch(/Give a numbered list of 8 questions, one per line, each ready to use as written/);
  });

  it('treats appealing a parking ticket as a legal question with steps and deadlines', () => {
    const e = enhanceAs('I got a parking ticket but the sign was covered by a tree branch. Can I appeal it?', 'open_qa').enhanced;
    expect(e).toMatch(/Say which jurisdiction’s rules you describe/);
  });

  it('writes a birthday-card poem for the person, not for party guests', () => {
    const e = enhanceAs("Write a 4-line poem for my mom's 60th birthday card.", 'creative_writing').enhanced;
    expect(e).not.toMatch(/guests/);
    expect(enhanceAs("Write a toast for my sister's birthday party.", 'creative_writing').enhanced).toMatch(/The audience is the guests at the birthday party/);
  });
});

describe('everyday requests, eighteenth batch', () => {
  it('names a dog-walking business as a brand, not as a pet', () => {
    const e = enhanceAs('Brainstorm 10 names for a dog-walking business in Leeds', 'brainstorming').enhanced;
    expect(e).toMatch(/naming specialist/);
    expect(e).not.toMatch(/pet expert|easy to shout|common commands/);
    expect(enhanceAs("what should I name my new kitten, she's grey and fluffy", 'brainstorming').enhanced).toMatch(/pet expert/);
  });

  it('does not read a relative clause as missing material', () => {
    const e = enhanceAs('Write a Python function that validates an email address and explain the regex', 'code').enhanced;
    expect(e).not.toMatch(/is not in this message/);
    expect(enhanceAs('Fix the bug in that function', 'code').enhanced).toMatch(/The function is not in this message/);
  });

  it('does not quote "I still don\'t get" as an instruction, and explains from another angle', () => {
    const e = enhanceAs("explain the monty hall problem, I still don't get why switching is better", 'open_qa').enhanced;
    expect(e).not.toMatch(/Follow every explicit instruction/);
    expect(e).toMatch(/did not click: come at it from another angle/);
    expect(enhanceAs("Explain recursion. Don't use any code examples.", 'open_qa').enhanced).toMatch(/Follow every explicit instruction[^\n]*Don't use any code examples/);
  });

  it('keeps a word limit on a question, and does not read "the textbook only gives it one sentence" as one', () => {
    const e = enhanceAs('What caused the 2008 financial crisis? Keep it under 200 words.', 'open_qa').enhanced;
    expect(e).toMatch(/Respect the length given in the request \("keep it under 200 words"\)/);
    const t = enhanceAs('what is a pocket veto and has it ever been challenged in court? came up in my AP gov class and the textbook only gives it one sentence', 'open_qa').enhanced;
    expect(t).not.toMatch(/Respect the length/);
  });

  it('lays out a SWOT analysis as four lists, not pros and cons', () => {
    const e = enhanceAs('Give me a SWOT analysis for a small independent bookstore competing with Amazon', 'analysis').enhanced;
    expect(e).toMatch(/strategy consultant/);
    expect(e).toMatch(/four headed lists \(strengths, weaknesses, opportunities, threats\)/);
    expect(e).toMatch(/within the subject itself and opportunities and threats to what lies outside it/);
    expect(e).not.toMatch(/pros and cons|if one option is clearly better/);
  });

  it('gives the weakest topics of a study plan the most time, and does not ask for them again', () => {
    const e = enhanceAs("Create a study schedule for my biology final in 10 days, I'm weakest on genetics and cell respiration", 'planning').enhanced;
    expect(e).toMatch(/Give the weakest topics \(genetics and cell respiration\) the most time/);
    expect(e).not.toMatch(/such as[^\n]*weakest topics/);
  });

  it('gives likely causes, not "the corrected code", when a bug is described without code', () => {
    const e = enhanceAs('My React component re-renders every time I type in the input and the whole page lags. How do I fix it?', 'code').enhanced;
    expect(e).toMatch(/No code is included: start from the causes that most often produce exactly this symptom/);
    expect(e).toMatch(/\(1\) the likely causes, most likely first, each with how to confirm it/);
    expect(e).not.toMatch(/the corrected code in a fenced block/);
    const withCode = enhanceAs('This crashes with IndexError, fix it:\n```python\nxs = [1, 2]\nprint(xs[2])\n```', 'code').enhanced;
    expect(withCode).toMatch(/the corrected code in a fenced block/);
  });

  it('prepares a salary negotiation with a case, a script and fallbacks', () => {
    const e = enhanceAs('Help me prepare for a salary negotiation, they offered 72k and I want 80k', 'planning').enhanced;
    expect(e).toMatch(/negotiation coach/);
    expect(e).toMatch(/replies to the likely pushbacks/);
    expect(e).toMatch(/the script \(the opening line, then replies to each pushback\)/);
    expect(e).not.toMatch(/numbered phases|durations and an order/);
  });

  it('answers a question about a weekly training split with a plan table, whatever the label', () => {
    const q = "what's a good 3-day split for Mon/Wed/Fri? I have dumbbells and a pull-up bar at home";
    for (const type of ['open_qa', 'planning'] as const) {
      const r = enhanceAs(q, type);
      expect(r.intent).toBe(type);
      expect(r.enhanced).toMatch(/fitness coach/);
      expect(r.enhanced).toMatch(/one row per training day \(day, exercises, sets and reps, rest between sets\)/);
      expect(r.enhanced).toMatch(/"dumbbells and a pull-up bar"/);
      expect(r.enhanced).not.toMatch(/sessions per week/);
    }
    // A question about a routine is still a question.
    expect(enhanceAs('Is a 3-day split enough to build muscle?', 'open_qa').enhanced).not.toMatch(/one row per training day/);
  });

  it('holds "am I behind?" against a named benchmark with the missing facts stated', () => {
    const e = enhanceAs("I'm 45 with $80k saved for retirement, am I behind?", 'open_qa').enhanced;
    expect(e).toMatch(/Answer against a named benchmark/);
    expect(e).toMatch(/Open with a one-line verdict, then the benchmark/);
  });

  it('adds the main complaints after the sentiment labels when both are asked for', () => {
    const e = enhanceAs('analyze the sentiment of these reviews and tell me the main complaints:\n- shipping took 3 weeks\n- great quality but the sizing runs small\n- customer service never replied\n- love it, bought two', 'classification').enhanced;
    expect(e).toMatch(/Then list the main complaints, grouped, the most frequent first/);
    expect(enhanceAs('Classify these reviews as positive or negative:\n1. great\n2. awful', 'classification').enhanced).not.toMatch(/Then list the main/);
  });
});

describe('everyday requests, nineteenth batch', () => {
  it('converts JSON whose data contains "DEBUG" instead of debugging it', () => {
    const e = enhanceAs('Convert this JSON to YAML:\n{"name": "api", "replicas": 3, "ports": [80, 443], "env": {"DEBUG": "false"}}', 'code').enhanced;
    expect(e).toMatch(/converts data between formats/);
    expect(e).not.toMatch(/root cause/);
  });

  it('writes infrastructure files as configuration: pinned, no secrets, a way to check them', () => {
    const e = enhanceAs('Generate a docker-compose file for a Node app with Postgres and Redis', 'code').enhanced;
    expect(e).toMatch(/senior DevOps engineer/);
    expect(e).toMatch(/Pin versions/);
    expect(e).toMatch(/Keep secrets out of the file/);
    expect(e).toMatch(/health checks where services depend on each other/);
    expect(e).not.toMatch(/SQL|sample rows|Include tests/);
    const ci = enhanceAs('Write a GitHub Actions workflow that runs pytest on Python 3.11 and 3.12 and caches pip.', 'code').enhanced;
    expect(ci).toMatch(/cache dependencies, run only what each trigger needs/);
    const data = enhanceAs('Write a docker-compose file for my data pipeline: Postgres, Kafka and a Python worker', 'code').enhanced;
    expect(data).toMatch(/health checks where services depend on each other/);
    expect(data).not.toMatch(/each trigger needs/);
    const dockerfile = enhanceAs('Write a Dockerfile for a small Flask app.', 'code').enhanced;
    expect(dockerfile).toMatch(/run as a non-root user/);
  });

  it('explains code with an explainer, not a test-writing persona', () => {
    const e = enhanceAs('Explain what this bash does:\nfind . -name "*.log" -mtime +7 -exec rm {} \\;', 'code').enhanced;
    expect(e).toMatch(/explains code clearly, including how it can fail/);
    expect(e).not.toMatch(/well-tested code/);
  });

  it('orders a list of tasks as triage, not as an event to plan', () => {
    const e = enhanceAs("Rank these tasks by priority for today: finish quarterly report (due tomorrow), reply to 40 emails, dentist appointment at 3, review Sam's PR (blocking him), plan team offsite (next month)", 'planning').enhanced;
    expect(e).toMatch(/productivity coach/);
    expect(e).toMatch(/Keep anything with a fixed time where it is/);
    expect(e).not.toMatch(/number of guests|Work backwards from the date|Build the plan top-down/);
    // Sorting emails into named labels is classification, not triage.
    const sort = enhanceAs('Sort these emails into Urgent, FYI or Spam:\n1. Water shut off tomorrow\n2. 50% off shoes', 'classification').enhanced;
    expect(sort).not.toMatch(/productivity coach/);
  });

  it('makes a packing list for a trip, not an itinerary', () => {
    const e = enhanceAs('Create a packing list for a week-long camping trip in the Scottish Highlands in October', 'planning').enhanced;
    expect(e).toMatch(/grouped by category \(for example shelter and sleep/);
    expect(e).toMatch(/likely weather and daylight at that time of year/);
    expect(e).not.toMatch(/travel planner|one row per day|Group nearby places/);
    expect(enhanceAs('Plan a 4-day trip to Lisbon in April', 'planning').enhanced).toMatch(/travel planner/);
  });

  it('gives one guided breathing exercise with timings, not ten ideas', () => {
    for (const type of ['brainstorming', 'open_qa'] as const) {
      const e = enhanceAs('Give me a 5-minute breathing exercise for anxiety before a presentation', type).enhanced;
      expect(e).toMatch(/Give one exercise, not a menu of options/);
      expect(e).toMatch(/add up to 5 minutes/);
      expect(e).toMatch(/Say when to stop \(dizziness, pain\)/);
      expect(e).not.toMatch(/numbered list of 10 ideas|Respect the length/);
    }
  });

  it('states the compounding convention for money growing over years, without a shopping-sum example', () => {
    const e = enhanceAs('If I invest $500 a month at 7% annual return, how much will I have in 30 years?', 'reasoning').enhanced;
    expect(e).toMatch(/time-value-of-money formula/);
    expect(e).toMatch(/compounding monthly or yearly/);
    expect(e).not.toMatch(/notebook costs \$3/);
    // Option pricing and a growth model's "saving rate" are not this.
    expect(enhanceAs('Black-Scholes: S = 52, K = 50, T = 3 months, r = 4% continuously compounded, σ = 28%. Price the call.', 'reasoning').enhanced).not.toMatch(/time-value-of-money/);
  });

  it('does not quote a whole one-line task back when its only rule is a length', () => {
    const e = enhanceAs('Write a short scary story in exactly 100 words', 'creative_writing').enhanced;
    expect(e).toMatch(/Respect the length given in the request \("exactly 100 words"\)/);
    expect(e).not.toMatch(/Follow every explicit instruction/);
    // A quote that carries more than the length is kept.
    expect(enhanceAs('Tell me a dad joke that has three sentences, each containing at least a pun', 'creative_writing').enhanced).toMatch(/Follow every explicit instruction/);
  });

  it('answers "is that allowed in California" typed without a question mark as a legal question', () => {
    const e = enhanceAs('my landlord wants to raise rent by 15% mid-lease, is that allowed in California', 'open_qa').enhanced;
    expect(e).toMatch(/expert in law/);
    expect(e).toMatch(/Lead with a direct answer/);
  });
});

describe('everyday requests, twentieth batch', () => {
  it('turns notes into a LinkedIn post with a post’s shape and readers, adding no facts', () => {
    const e = enhanceAs('Turn these notes into a short LinkedIn post announcing my new job: started at Stripe, payments infra team, grateful to old team at Shopify, excited', 'rewrite').enhanced;
    expect(e).toMatch(/social media writer/);
    expect(e).toMatch(/Shape the notes into a post: a first line that makes the news clear/);
    expect(e).toMatch(/Write for the people who follow the author/);
    expect(e).toMatch(/Return only the post, ready to publish/);
    expect(e).toMatch(/Do not add new content/);
    // Notes turned into a paragraph for a report keep the plain prose rules.
    expect(enhanceAs('Turn these bullet points into a paragraph:\n- sales up 8%\n- churn flat\n- hiring paused', 'rewrite').enhanced).toMatch(/Turn every point into connected sentences/);
  });
});

describe('everyday requests, twenty-first batch', () => {
  it('compares two subjects with no source point by point, in named table columns when a table is asked for', () => {
    const e = enhanceAs('Summarize the key differences between PostgreSQL and MySQL in a table', 'summarization').enhanced;
    expect(e).toMatch(/experienced database engineer who compares subjects/);
    expect(e).toMatch(/one table row per point of difference and one column each for PostgreSQL and MySQL/);
    expect(e).toMatch(/do not invent statistics, benchmarks or quotations/);
    // A one-line task whose only rule is its format is not quoted back whole.
    expect(e).not.toMatch(/Follow every explicit instruction|faithful, concise summaries|three to five bullet points/);
    // Without a table: bullets that say where both stand; "the French and American revolutions" names no columns.
    const r = enhanceAs('Summarize the key differences between the French and American revolutions', 'summarization').enhanced;
    expect(r).toMatch(/expert in history who compares subjects/);
    expect(r).toMatch(/each saying where both stand on that point/);
    expect(analyzePrompt('Summarize the key differences between the French and American revolutions').options).toEqual([]);
    expect(analyzePrompt("What's the difference between a Roth IRA and a traditional IRA?").options).toEqual(['Roth IRA', 'traditional IRA']);
  });

  it('weighs two tools for a project instead of giving a how-to snippet', () => {
    const e = enhanceAs('Should I use React Native or Flutter for a simple e-commerce app? My team knows JavaScript.', 'code').enhanced;
    expect(e).toMatch(/You are a senior software engineer and a clear teacher/);
    expect(e).toMatch(/Compare on explicit criteria that matter for the situation described/);
    expect(e).toMatch(/short comparison table/);
    expect(e).not.toMatch(/runnable snippet|idiomatic way first/);
    // The language a question is about stays in the persona; "should I use" is not something the asker knows.
    expect(enhanceAs('Kotlin coroutines: when should I use launch vs async?', 'code').enhanced).toMatch(/senior Kotlin software engineer/);
  });

  it('outlines a talk the asker is giving, with its minutes once', () => {
    const e = enhanceAs("I'm giving a 10-minute talk on climate tech to high school students. Help me structure it.", 'creative_writing').enhanced;
    expect(e).toMatch(/speaking coach/);
    expect(e).toMatch(/add up to 10 minutes/);
    expect(e).toMatch(/The audience is high school students/);
    expect(e).not.toMatch(/Respect the length given/);
  });

  it('rewrites a resume bullet to show results, with placeholders instead of invented numbers', () => {
    for (const type of ['rewrite', 'creative_writing'] as const) {
      const e = enhanceAs('Make my resume bullet stronger: "Responsible for managing social media accounts"', type).enhanced;
      expect(e).toMatch(/experienced resume writer and recruiter/);
      expect(e).toMatch(/strong action verb and show the result, not the duty/);
      expect(e).toMatch(/put a placeholder in square brackets/);
      expect(e).toMatch(/Give three versions, from the most conservative to the boldest/);
      expect(e).not.toMatch(/Improve clarity and flow|Do not add new content/);
    }
    // "Resume bullet" is a line of the resume, not a list format for the reply.
    expect(analyzePrompt('Make my resume bullet stronger: "Responsible for managing social media accounts"').formatRequested).toBeNull();
  });

  it('fits learning a skill into the stated practice time', () => {
    const e = enhanceAs("What's the best way to learn piano as an adult with 20 minutes a day?", 'open_qa').enhanced;
    expect(e).toMatch(/experienced piano teacher who works with adult learners/);
    expect(e).toMatch(/Fit everything into the time given \(20 minutes a day\): a sample session split into timed blocks/);
    expect(e).toMatch(/a milestone for each of the first three months/);
    expect(e).toMatch(/then a sample session as a timed list/);
    // Per week: a sample week. Without a time budget it is an ordinary question.
    expect(enhanceAs('best way to learn to draw with an hour a week', 'open_qa').enhanced).toMatch(/drawing teacher[\s\S]*a sample week, with each session/);
    expect(enhanceAs("What's the best way to learn piano as an adult?", 'open_qa').enhanced).not.toMatch(/Fit everything into the time given/);
  });

  it('builds on the background the reader is said to have', () => {
    const e = enhanceAs('Explain how a transformer neural network works to someone who knows basic linear algebra', 'open_qa').enhanced;
    expect(e).toMatch(/Write for someone who knows basic linear algebra: build on what they already know/);
    // Who a cover letter is about is not its reader.
    expect(analyzePrompt('Write a cover letter for someone who has 5 years of experience in sales').audience).toBeNull();
  });

  it('answers an algorithm question as an engineer and checks its claims on a small input', () => {
    const e = enhanceAs("What's the time complexity of quicksort and why is the worst case O(n^2)?", 'open_qa').enhanced;
    expect(e).toMatch(/senior software engineer and a clear teacher/);
    expect(e).toMatch(/tracing the algorithm on a small input \(including its worst case\)/);
    expect(e).not.toMatch(/in current versions/);
    // A model called an algorithm is not one.
    expect(enhanceAs('My DNN algorithm also detects background noise as cells. How can I filter those out?', 'open_qa').enhanced).not.toMatch(/tracing the algorithm/);
  });

  it('plans 30 days of social media as a content calendar, stating the period plainly', () => {
    const e = enhanceAs('Create a 30-day social media plan for launching a new yoga studio', 'planning').enhanced;
    expect(e).toMatch(/social media manager/);
    expect(e).toMatch(/one row per post/);
    expect(e).toMatch(/Fit the plan to the stated period exactly: 30 days\./);
    expect(e).not.toMatch(/"30-day"|numbered phases/);
  });

  it('converts data into a table without an audience line, as a data specialist', () => {
    const e = enhanceAs('Convert this CSV to a markdown table:\nname,age,city\nAna,31,Lisbon\nTom,27,Leeds', 'rewrite').enhanced;
    expect(e).toMatch(/careful data specialist/);
    expect(e).toMatch(/Keep every value exactly as written/);
    expect(e).not.toMatch(/keep the author’s voice|improves text/);
  });
});

describe('everyday requests, twenty-second batch', () => {
  it('reads "raising an error on overdraft" in a request for code as what the code must do, not a bug', () => {
    const e = enhanceAs('Write a Python class for a bank account with deposit, withdraw and balance, raising an error on overdraft', 'code').enhanced;
    expect(e).toMatch(/writes correct, readable, well-tested code/);
    expect(e).toMatch(/Include tests that cover the normal case/);
    expect(e).not.toMatch(/debugs methodically|likely causes|root cause/);
    // A bug report that says "raises an error when…" is still one.
    expect(analyzePrompt('My withdraw method raises an error when the balance is exactly zero, why?').subKinds.all()).toContain('debug');
  });

  it('refactors pasted code without changing what it does, and adds speed or tests only when asked', () => {
    const e = enhanceAs('Refactor this to be more readable:\nfunction f(a){let r=[];for(let i=0;i<a.length;i++){if(a[i]%2==0){r.push(a[i]*2)}}return r}', 'code').enhanced;
    expect(e).toMatch(/senior JavaScript engineer who makes code easier to read and change/);
    expect(e).toMatch(/Keep the behaviour identical/);
    expect(e).toMatch(/Add no features, dependencies or new error handling/);
    expect(e).toMatch(/run the original and the refactored code by hand/);
    expect(e).toMatch(/the refactored code in one fenced block/);
    expect(e).not.toMatch(/If the language is not stated|Include tests that cover|very large inputs/);
    const slow = enhanceAs("Can you refactor this pandas script? It takes ~25 minutes on a 3M-row CSV. I want it faster, and structured into functions so it can be tested.\n```python\nimport pandas as pd\ndf = pd.read_csv('sales.csv')\nfor i, row in df.iterrows():\n    df.loc[i, 'total'] = row.price * row.qty\n```", 'code').enhanced;
    expect(slow).toMatch(/Make it faster as well/);
    expect(slow).toMatch(/Add tests that pin the current behaviour/);
    expect(slow).not.toMatch(/Respect the length given/);
    // Without code, refactoring is a question about it.
    expect(enhanceAs('How should I refactor a god class with 3000 lines?', 'code').enhanced).not.toMatch(/refactored code in one fenced block/);
  });

  it('designs a database schema as tables, keys and indexes, not an application', () => {
    const e = enhanceAs('Design a database schema for a library management system', 'code').enhanced;
    expect(e).toMatch(/senior database engineer/);
    expect(e).toMatch(/columns, types and constraints \(primary and foreign keys/);
    expect(e).toMatch(/CREATE TABLE statements in one fenced sql block/);
    expect(e).toMatch(/such as the database engine, expected data volume/);
    expect(e).not.toMatch(/file layout|status codes/);
  });

  it('writes a reply to a quoted review without quoting the review back as an instruction', () => {
    const text = 'Help me respond to this negative Google review: "Terrible service, waited an hour and nobody apologized. Never coming back."';
    const e = enhanceAs(text, 'creative_writing').enhanced;
    expect(e).toMatch(/customer-care lead/);
    expect(e).not.toMatch(/Follow every explicit instruction/);
    expect(analyzePrompt(text).userConstraints).toEqual([]);
  });

  it('turns a recipe into a shopping list by store section, with no readers to write for', () => {
    const e = enhanceAs('Turn this recipe into a grocery list: 2 chicken breasts, 1 cup rice, 1 onion, 2 cloves garlic, 1 can coconut milk, curry powder', 'rewrite').enhanced;
    expect(e).toMatch(/organised home cook/);
    expect(e).toMatch(/Group the items by store section \(produce, meat and fish, dairy, pantry\)/);
    expect(e).toMatch(/Return only the list, under a short heading for each section/);
    expect(e).not.toMatch(/keep the author’s voice|Improve clarity/);
  });

  it('weighs the risks of skipping a GDPR review instead of critiquing a piece that was not given', () => {
    const e = enhanceAs('What are the risks of launching our app in the EU without a GDPR review?', 'analysis').enhanced;
    expect(e).toMatch(/Name the risks specific to this situation/);
    expect(e).not.toMatch(/candid, specific, actionable feedback|If the piece to review is not included/);
    expect(analyzePrompt('Please review my essay and tell me what to fix').subKinds.all()).toContain('critique');
    expect(analyzePrompt('My performance review is next week, how do I prepare?').subKinds.all()).not.toContain('critique');
  });

  it('answers a weight goal with a safe rate and ordinary food, not ten ideas', () => {
    for (const type of ['brainstorming', 'open_qa'] as const) {
      const e = enhanceAs('I need to lose 10 pounds before my wedding in 3 months. What should I eat?', type).enhanced;
      expect(e).toMatch(/registered dietitian/);
      expect(e).toMatch(/Check the goal against a safe rate/);
      expect(e).toMatch(/Say when to check with a doctor first/);
      expect(e).toMatch(/then a sample day of meals/);
      expect(e).not.toMatch(/numbered list of 10 ideas|bolder ones|verify the facts/);
    }
  });

  it('fits a video or podcast script to its running time and its audience', () => {
    const e = enhanceAs('Create a YouTube video script intro (first 30 seconds) for a video about budgeting for students', 'creative_writing').enhanced;
    expect(e).toMatch(/video scriptwriter/);
    expect(e).toMatch(/Fit 30 seconds when spoken: about 75 words/);
    expect(e).toMatch(/visual or on-screen cues in square brackets/);
    expect(e).not.toMatch(/500–800 words|award-winning fiction writer/);
    const pod = enhanceAs('Structure a podcast script for an episode discussing the influence of streaming platforms on the music industry.', 'creative_writing').enhanced;
    expect(pod).toMatch(/Hook listeners/);
    expect(pod).toMatch(/each with its speaker’s name/);
    // A pandas script is run, not read aloud: "takes ~25 minutes" is no length for the answer.
    expect(analyzePrompt('Can you refactor this pandas script? It takes ~25 minutes on a 3M-row CSV.').lengthLimit).toBeNull();
  });

  it('writes LinkedIn headline options for search, not ad copy with a call to action', () => {
    const e = enhanceAs('Write a LinkedIn headline for a product manager moving into AI products', 'creative_writing').enhanced;
    expect(e).toMatch(/personal-branding writer/);
    expect(e).toMatch(/220 characters on LinkedIn/);
    expect(e).toMatch(/Give five options, from straightforward to bold/);
    expect(e).not.toMatch(/call to action|product fact|prospective customer/);
  });

  it('gives working documents their shape: requirements, a proposal to approve, a grading rubric', () => {
    const prd = enhanceAs('Write a product requirements doc for a habit-tracking app', 'creative_writing').enhanced;
    expect(prd).toMatch(/senior product manager/);
    expect(prd).toMatch(/requirements ranked by priority \(must, should, could\)/);
    expect(prd).toMatch(/requirements \(a table with priority\), out of scope, open questions/);
    const proposal = enhanceAs('Draft a one-page project proposal for adding dark mode to our mobile app', 'creative_writing').enhanced;
    expect(proposal).toMatch(/the problem and what it costs, the proposal, scope and effort, risks, and what you are asking for/);
    expect(proposal).toMatch(/put a placeholder in square brackets where a real figure is needed/);
    const rubric = enhanceAs('Create a rubric for grading 8th grade persuasive essays', 'creative_writing').enhanced;
    expect(rubric).toMatch(/one row per criterion and one column per level/);
    expect(rubric).toMatch(/observable terms a student can act on/);
    for (const e of [prd, proposal, rubric]) expect(e).not.toMatch(/You are a skilled writer|a length that suits the form/);
    // Only as the thing to write: a piece that follows a rubric, or stories drawn from a PRD, is not one.
    expect(enhanceAs('Write an essay using this rubric: thesis 20%, evidence 40%', 'creative_writing').enhanced).not.toMatch(/assessment rubrics/);
    expect(enhanceAs('Based on this PRD, write the user stories: users can log habits daily', 'creative_writing').enhanced).not.toMatch(/testable requirements/);
  });

  it('turns "what should I look for when buying a used car" into checks in order, with warning signs', () => {
    const e = enhanceAs('What should I look for when buying a used car?', 'open_qa').enhanced;
    expect(e).toMatch(/avoid costly mistakes when buying a used car/);
    expect(e).toMatch(/Put the checks in the order they come up/);
    expect(e).toMatch(/Give a checklist grouped by stage/);
    expect(e).not.toMatch(/verify the facts the answer depends on/);
  });

  it('plays the other side of a practice conversation and ends with feedback', () => {
    const e = enhanceAs("Play the role of a difficult customer who wants a refund for a product they used for 6 months. I'm the support agent, I want to practice.", 'roleplay').enhanced;
    expect(e).toMatch(/Reply one turn at a time and wait/);
    expect(e).toMatch(/step out of the role and give brief feedback/);
    // Language practice keeps its own corrections, without the push-back line.
    expect(enhanceAs("Let's practice Spanish. You're a waiter at a café in Madrid, I'm a customer who just sat down. Only speak Spanish.", 'roleplay').enhanced).not.toMatch(/Push back/);
  });

  it('lists SEO keywords by search intent, without invented volumes', () => {
    const e = enhanceAs('Generate 20 keyword ideas for an SEO campaign for a dental clinic in Austin', 'brainstorming').enhanced;
    expect(e).toMatch(/SEO specialist/);
    expect(e).toMatch(/local modifiers \(the city, “near me”\)/);
    expect(e).toMatch(/Give the 20 keywords grouped by search intent/);
    expect(e).not.toMatch(/short bold name|Mix safe, proven ideas/);
  });

  it('explains what a part of pasted code does when asked what role it plays', () => {
    const e = enhanceAs('What role does "delay" have in this code?\nvar players = 2;\nfunction drawPlayers() {\n  for (var i = 0; i < players; i++) { delay(100); }\n}', 'code').enhanced;
    expect(e).toMatch(/explains code clearly/);
    expect(e).not.toMatch(/Include tests that cover/);
  });
});

describe('everyday requests, twenty-third batch', () => {
  it('writes a toast for the guests at the parents’ anniversary dinner', () => {
    expect(analyzePrompt("Write a toast for my parents' 40th anniversary dinner, about 2 minutes").audience).toBe('the guests at the anniversary dinner');
  });

  it('answers "what’s a good name for a puppy?" with name options, even when labelled a question', () => {
    const e = enhanceAs("What's a good name for a golden retriever puppy?", 'open_qa').enhanced;
    expect(e).toMatch(/pet expert with a knack for names/);
    expect(e).toMatch(/numbered list of 12 options/);
    expect(e).not.toMatch(/clear teacher|Lead with a direct answer/);
  });

  it('proofreads when asked to "check my grammar"', () => {
    const e = enhanceAs('Can you check my grammar: "Me and him went to the store yesterday and buyed some apples."', 'rewrite').enhanced;
    expect(e).toMatch(/Fix spelling, grammar and punctuation only/);
    expect(e).toMatch(/Return the corrected text first, then a short bullet list of the main changes/);
    expect(e).not.toMatch(/Improve clarity and flow/);
  });

  it('keeps a poem for a card short enough to fit in it', () => {
    const e = enhanceAs("Write a short poem for my grandmother's 90th birthday card", 'creative_writing').enhanced;
    expect(e).toMatch(/four to eight lines/);
    expect(e).not.toMatch(/12–24 lines/);
  });

  it('splits a shared cleaning schedule fairly between roommates', () => {
    const e = enhanceAs('Create a weekly cleaning schedule for a 2-bedroom apartment shared by 3 roommates', 'planning').enhanced;
    expect(e).toMatch(/splits chores fairly/);
    expect(e).toMatch(/Split the work fairly between the people named, rotate the least liked tasks/);
    expect(e).toMatch(/one row per task \(task, how often, minutes, who does it each week\)/);
    expect(e).not.toMatch(/hardest work where energy is highest|time management/);
  });

  it('gives steps for getting rid of fruit flies', () => {
    const e = enhanceAs('How do I get rid of fruit flies in my kitchen?', 'open_qa').enhanced;
    expect(e).toMatch(/step-by-step instructions/);
    expect(e).toMatch(/Give the steps as a short numbered list/);
  });

  it('translates into every language named, not just the first two', () => {
    const e = enhanceAs('Translate "Where is the nearest pharmacy?" into French, Spanish and German', 'rewrite').enhanced;
    expect(e).toMatch(/translator into French, Spanish and German/);
    expect(e).toMatch(/each under its language name/);
  });

  it('suggests real things to do in a named city from a local guide', () => {
    const e = enhanceAs('What are 5 fun things to do in Chicago in winter?', 'brainstorming').enhanced;
    expect(e).toMatch(/local guide who knows Chicago well/);
    expect(e).toMatch(/Name specific places, events or areas in Chicago/);
    expect(e).not.toMatch(/creative strategist|ordinary time and budget|bolder ones/);
  });
});

describe('everyday requests, twenty-third batch', () => {
  it('scales a recipe by one factor instead of keeping its numbers, whatever it was taken for', () => {
    const e = enhanceAs('Convert this recipe to serve 12 instead of 4: 2 cups flour, 1 cup sugar, 3 eggs, 1 tsp vanilla', 'rewrite').enhanced;
    expect(e).toMatch(/recipe developer who scales recipes/);
    expect(e).toMatch(/Multiply every quantity by the same factor \(×3 here\)/);
    expect(e).toMatch(/round things that come whole, such as eggs/);
    expect(e).toMatch(/the original in brackets/);
    expect(e).not.toMatch(/Preserve the original meaning, facts, names and numbers|Improve clarity and flow|same readers as the original/);
    // Taken for a summary or a plan by the classifier: still scaled, with the factor read from "to 2 servings… serves 6".
    const down = enhanceAs('Can you scale this recipe down to 2 servings? It serves 6: 3 cups rice, 6 cups stock, 1 onion', 'summarization');
    expect(down.intent).toBe('summarization');
    expect(down.enhanced).toMatch(/\(×1\/3 here\)/);
    expect(down.enhanced).not.toMatch(/faithful to the source|bullet points/);
    expect(enhanceAs('Double this recipe for me: 200g pasta, 2 cloves garlic, 50ml olive oil', 'planning').enhanced).toMatch(/\(×2 here\)/);
    // Writing a recipe for a number of people is not scaling one.
    expect(enhanceAs('Make me a recipe for dinner for 4 people', 'creative_writing').enhanced).not.toMatch(/same factor/);
  });

  it('writes one recipe with amounts and steps, whatever the label', () => {
    const e = enhanceAs('Give me a 30-minute recipe for chicken curry', 'brainstorming').enhanced;
    expect(e).toMatch(/recipe developer who writes recipes that work/);
    expect(e).toMatch(/Give every ingredient a quantity/);
    expect(e).toMatch(/within 30 minutes/);
    expect(e).toMatch(/the yield and total time, then the ingredients/);
    expect(e).not.toMatch(/numbered list of 10 ideas|bolder ones/);
    const eggless = enhanceAs('Share a recipe for chocolate chip cookies without eggs', 'open_qa').enhanced;
    expect(eggless).toMatch(/Check every ingredient against each condition/);
    expect(enhanceAs('Give me a recipe for 5L of strawberry melomel. Use metric measurements.', 'open_qa').enhanced).toMatch(/in metric units, as the request asks/);
    // Cooking from what is at hand still offers a few dishes.
    expect(enhanceAs('Give me a recipe with chickpeas and spinach', 'brainstorming').enhanced).toMatch(/three to five dishes/);
  });

  it('outlines an essay instead of writing it', () => {
    const e = enhanceAs('Outline a 5-paragraph essay arguing that cities should ban cars from downtown', 'creative_writing').enhanced;
    expect(e).toMatch(/writing teacher who helps writers plan/);
    expect(e).toMatch(/Write the outline, not the piece/);
    expect(e).toMatch(/exactly 5 entries, one per paragraph: the introduction with its thesis, 3 body paragraphs, and the conclusion/);
    expect(e).toMatch(/strongest counterargument/);
    expect(e).toMatch(/numbered sections in order/);
    expect(e).not.toMatch(/Return only the finished piece|Respect the length given/);
    // Not an argument: no thesis or counterargument asked for; a talk keeps its own outline.
    expect(enhanceAs('Write an outline for my thesis on urban heat islands', 'creative_writing').enhanced).not.toMatch(/counterargument/);
    expect(enhanceAs('Outline a 10-minute talk on remote work for managers', 'planning').enhanced).toMatch(/speaking coach/);
  });

  it('gives a few checkable mnemonics', () => {
    const e = enhanceAs('Give me a mnemonic to remember the order of the planets', 'open_qa').enhanced;
    expect(e).toMatch(/memory coach/);
    expect(e).toMatch(/first letter \(or sound\) of each word matching its item/);
    expect(e).toMatch(/three to five mnemonics/);
    expect(enhanceAs('Give me a mnemonic for the cranial nerves', 'brainstorming').enhanced).toMatch(/three to five mnemonics/);
    // An assembly mnemonic is an instruction name, not a memory aid.
    expect(enhanceAs("What's the mnemonic for the x86 instruction that moves data?", 'code').enhanced).not.toMatch(/memory coach/);
  });

  it('gives the reading of a translation when asked, for someone who will say it', () => {
    const e = enhanceAs("Translate 'Where is the train station?' into Japanese with romaji", 'rewrite').enhanced;
    expect(e).toMatch(/rōmaji in standard Hepburn/);
    expect(e).toMatch(/then its rōmaji on the line below/);
    expect(e).toMatch(/will say this aloud to Japanese speakers/);
    expect(e).not.toMatch(/Return only the translation, with no preface, notes|native Japanese readers/);
    expect(enhanceAs("Translate 'good morning' into Mandarin with pinyin", 'rewrite').enhanced).toMatch(/pinyin with tone marks/);
    // No reading asked: the plain translation layout.
    expect(enhanceAs("Translate 'Where is the train station?' into Japanese", 'rewrite').enhanced).toMatch(/Return only the translation/);
  });

  it('names a bakery when asked "what should I name my bakery?"', () => {
    const e = enhanceAs("What should I name my bakery? It's in Portland and focuses on sourdough", 'open_qa');
    expect(e.intent).toBe('open_qa');
    expect(e.enhanced).toMatch(/naming specialist/);
    expect(e.enhanced).toMatch(/numbered list of 12 options/);
  });

  it('lists skills from a job post in two groups instead of comparing Python with SQL', () => {
    const post = 'List the required skills vs nice-to-haves from this job post: We need 5+ years of Python, strong SQL, experience with Airflow. Bonus: dbt, Kubernetes, a background in fintech.';
    const e = enhanceAs(post, 'code').enhanced;
    expect(e).toMatch(/Copy values exactly as they appear/);
    expect(e).toMatch(/two headed lists, required skills and nice-to-haves/);
    expect(e).not.toMatch(/software engineer|comparison table|valid JSON/);
    // "Extract … separately" keeps its JSON with a key per group; code pasted after the ask is still code.
    expect(enhanceAs('Extract all the required skills and the nice-to-have skills separately from this job post: "3+ years with SQL; Python is a plus."', 'extraction').enhanced).toMatch(/valid JSON/);
    expect(enhanceAs('Find the bug from this snippet:\n```python\ndef f(x):\n    return x +\n```', 'code').enhanced).toMatch(/engineer/);
  });

  it('answers "is coffee bad for you?" from the evidence, with safe amounts and exceptions', () => {
    const e = enhanceAs('Is coffee bad for you?', 'open_qa').enhanced;
    expect(e).toMatch(/physician who explains what the research evidence says/);
    expect(e).toMatch(/how strong the evidence is/);
    expect(e).toMatch(/who should limit or avoid it/);
    expect(e).not.toMatch(/define technical terms on first use/);
    // Taken for a sum: still a question about health, and the child is who it is about, not who reads it.
    const screen = enhanceAs('How much screen time is too much for a 5 year old?', 'reasoning');
    expect(screen.intent).toBe('reasoning');
    expect(screen.enhanced).toMatch(/for the age the question names/);
    expect(screen.enhanced).not.toMatch(/Answer: |notebook costs|The audience is a 5 year old/);
    expect(enhanceAs('How much sugar is too much?', 'open_qa').enhanced).not.toMatch(/Answer in one sentence/);
    expect(enhanceAs('Is Python good for you if you want a data job?', 'open_qa').enhanced).not.toMatch(/physician/);
    expect(enhanceAs('Is a Roth IRA good for you?', 'open_qa').enhanced).not.toMatch(/physician/);
  });

  it('helps a parent with bedtime refusals, tantrums and phones', () => {
    const e = enhanceAs('My 6-year-old refuses to go to bed. What can I do?', 'open_qa').enhanced;
    expect(e).toMatch(/family coach/);
    expect(e).toMatch(/exact words a parent could say/);
    expect(e).toMatch(/when to talk to a paediatrician/);
    expect(e).toMatch(/strategies in the order to try them/);
    expect(enhanceAs('My 3 year old throws tantrums every time we leave the park. Any tips?', 'brainstorming').enhanced).toMatch(/family coach/);
    // A question about development stays with the developmental answer.
    expect(enhanceAs("My 2-year-old isn't talking yet, is that normal?", 'open_qa').enhanced).toMatch(/paediatric nurse who explains child development/);
  });

  it('answers food storage and cooking times as a cook would', () => {
    const herbs = enhanceAs("What's the best way to store fresh herbs?", 'open_qa');
    expect(herbs.enhanced).toMatch(/keep food fresh and safe/);
    expect(herbs.enhanced).toMatch(/how long it lasts that way/);
    expect(herbs.techniques.every((t) => t.reason.length > 0)).toBe(true);
    const egg = enhanceAs('How long should I boil an egg for a runny yolk?', 'open_qa').enhanced;
    expect(egg).toMatch(/Lead with the time in one line/);
    expect(egg).toMatch(/times and temperatures for home cooking/);
    expect(enhanceAs('How long should I let steak rest?', 'open_qa').enhanced).toMatch(/Lead with the time/);
    // Studying is not cooking.
    expect(enhanceAs('How long should I study for the GRE?', 'open_qa').enhanced).not.toMatch(/chef/);
  });

  it('gives every "how do I…" steps answer a reason', () => {
    const r = enhanceAs('How do I get red wine out of a carpet?', 'open_qa');
    const format = r.techniques.find((t) => t.id === 'structured_output');
    expect(format?.reason).toMatch(/numbered-steps format/);
  });

  it('breaks a habit with proven tips, without treating the thesis as the stakes', () => {
    const e = enhanceAs('I keep procrastinating on my thesis. How do I stop?', 'open_qa').enhanced;
    expect(e).toMatch(/behaviour-change coach/);
    expect(e).toMatch(/eight to ten tips, most effective first/);
    expect(e).not.toMatch(/This matters: it is for my thesis/);
    // Writing the thesis still carries the stakes.
    expect(enhanceAs('Write an outline for my thesis on urban heat islands', 'creative_writing').enhanced).toMatch(/This matters: it is for my thesis/);
  });

  it('trains a dog with rewards, step by step', () => {
    const e = enhanceAs('How do I stop my dog from barking at the mailman?', 'open_qa').enhanced;
    expect(e).toMatch(/certified dog trainer who uses reward-based methods/);
    expect(e).toMatch(/no punishment, shock or prong collars/);
    expect(e).toMatch(/numbered training plan/);
    // A dog that ate something is a health question for a vet-minded expert.
    expect(enhanceAs('my dog ate a grape, what should I do', 'open_qa').enhanced).not.toMatch(/trainer/);
  });

  it('plans one lesson for a class, from the objective to a check', () => {
    const e = enhanceAs('Create a lesson plan for teaching fractions to 4th graders', 'planning').enhanced;
    expect(e).toMatch(/experienced 4th-grade teacher/);
    expect(e).toMatch(/learning objective as what students will be able to do/);
    expect(e).toMatch(/one row per stage \(minutes, what the teacher does, what students do\)/);
    expect(e).not.toMatch(/facilitator|participants|doing this for the first time/);
    // A course of sessions stays a program.
    expect(enhanceAs('Design a 6-week course on public speaking for new managers', 'planning').enhanced).not.toMatch(/learning objective as what students/);
  });

  it('lays out a legal "what are my options" as steps in order', () => {
    const e = enhanceAs("My landlord hasn't returned my security deposit after 45 days. What are my options in Texas?", 'open_qa').enhanced;
    expect(e).toMatch(/experienced legal adviser/);
    expect(e).toMatch(/options as a numbered list in the order to try them/);
    expect(e).toMatch(/Say which jurisdiction/);
  });

  it('explains a topic to a sceptical relative as a conversation to have', () => {
    const e = enhanceAs("What's a good way to explain climate change to a skeptical uncle at Thanksgiving?", 'open_qa').enhanced;
    expect(e).toMatch(/communication coach/);
    expect(e).toMatch(/example of what to say/);
  });

  it('fixes code pasted on the same line as the ask', () => {
    const e = enhanceAs('Fix this code: for i in range(10) print(i)', 'code').enhanced;
    expect(e).toMatch(/the corrected code in a fenced block/);
    expect(e).not.toMatch(/No code is included/);
  });

  it('turns notes into an email with a subject line, greeting and sign-off', () => {
    const e = enhanceAs('Turn these bullet points into an email to my landlord: - heater broken since Monday - need repair by Friday', 'rewrite').enhanced;
    expect(e).toMatch(/Return only the email, starting with a subject line/);
    expect(e).toMatch(/Add only what an email needs around the notes/);
    expect(e).toMatch(/make any request and its deadline plain/);
    expect(e).not.toMatch(/Do not add new content|same readers as the original|already in the prompt/);
  });

  it('weighs two job offers with figures and a non-question "help me decide"', () => {
    const offers = enhanceAs('I have offers from two companies. Company A pays $120k with a 30 min commute, Company B pays $105k fully remote. Help me decide.', 'reasoning').enhanced;
    expect(offers).toMatch(/gives your recommendation and the figure it rests on/);
    expect(offers).toMatch(/Say at what point the answer would flip/);
    const cars = enhanceAs('Help me decide between a used Civic and a new Corolla', 'open_qa').enhanced;
    expect(cars).toMatch(/adviser who weighs the options/);
    expect(cars).toMatch(/compare used Civic and new Corolla on the factors that decide it/);
  });

  it('defines a term and then corrects its common misreadings', () => {
    const e = enhanceAs('Explain what a p-value is and what it is not', 'open_qa').enhanced;
    expect(e).toMatch(/common misconceptions as a short list, each with its correction/);
  });
});

describe('everyday requests, twenty-fourth batch', () => {
  it('writes a phone script, not a program, for "a script for calling to cancel"', () => {
    const r = enhanceAs('Give me a script for calling to cancel my gym membership', 'code');
    const e = r.enhanced;
    // The explanation names the script's shape, not a piece of writing's length and style.
    const why = r.techniques.map((t) => t.reason).join('\n');
    expect(why).toMatch(/Added call rules/);
    expect(why).toMatch(/`Me:` and `They:` lines/);
    expect(why).not.toMatch(/cliché-prone|finished piece/);
    expect(e).toMatch(/consumer advocate/);
    expect(e).toMatch(/lines labelled `Me:`/);
    expect(e).toMatch(/a retention offer, a fee/);
    expect(e).not.toMatch(/software engineer|fenced block|unit tests|Include tests/);
    const sales = enhanceAs('Write a cold call script for selling our bookkeeping software to dental practices', 'code').enhanced;
    expect(sales).toMatch(/sales coach/);
    expect(sales).toMatch(/likely objections/);
  });

  it('writes a eulogy for the people at the service, from the facts given', () => {
    const e = enhanceAs('Help me write a eulogy for my grandmother who loved gardening and baking', 'creative_writing').enhanced;
    expect(e).not.toMatch(/The audience is my grandmother/);
    expect(e).toMatch(/family and friends at the service/);
    expect(e).toMatch(/Use only the facts I have given; where a story or detail would help/);
    expect(enhanceAs("Write a toast for my brother's wedding, he's marrying his college sweetheart", 'creative_writing').enhanced).toMatch(/instead of inventing one/);
  });

  it('writes a bedtime story for the child who hears it', () => {
    const e = enhanceAs('Write me a bedtime story about a dragon who is afraid of the dark', 'creative_writing').enhanced;
    expect(e).toMatch(/young child who will hear it read aloud/);
    expect(e).not.toMatch(/general adult audience/);
  });

  it('answers "is it normal for my cat…" as pet health, not against a money benchmark', () => {
    const e = enhanceAs('Is it normal for my cat to sleep 18 hours a day?', 'open_qa').enhanced;
    expect(e).toMatch(/calling a vet/);
    expect(e).not.toMatch(/income, goals or timeline|named benchmark/);
  });

  it('makes a packing list a checklist whatever the label', () => {
    const e = enhanceAs('Make a packing list for a week-long beach vacation with a toddler', 'creative_writing').enhanced;
    expect(e).toMatch(/checklist grouped by category/);
    expect(e).not.toMatch(/skilled writer|finished piece/);
  });

  it('tracks down a noise or a dying plant from the most likely cause', () => {
    const car = enhanceAs('My car makes a grinding noise when I brake. What could it be?', 'brainstorming').enhanced;
    expect(car).toMatch(/expert in car maintenance who troubleshoots/);
    expect(car).toMatch(/most likely cause/);
    expect(car).toMatch(/unsafe to keep driving/);
    expect(car).not.toMatch(/10 ideas|bolder ones/);
    expect(enhanceAs('How do I make my houseplants stop dying?', 'open_qa').enhanced).toMatch(/most likely cause/);
  });

  it('gives one workout to follow, not ten ideas', () => {
    const e = enhanceAs('Give me a workout I can do at home with no equipment in 20 minutes', 'brainstorming').enhanced;
    expect(e).toMatch(/certified fitness coach/);
    expect(e).toMatch(/one row per exercise/);
    expect(e).not.toMatch(/10 ideas/);
  });

  it('coaches a conversation: negotiating rent, asking for a raise, declining, opening a chat', () => {
    const rent = enhanceAs('How do I negotiate a lower rent with my landlord?', 'open_qa').enhanced;
    expect(rent).toMatch(/communication coach/);
    expect(rent).not.toMatch(/expert in law|jurisdiction/);
    const raise = enhanceAs('What should I say to my manager when asking for a raise?', 'creative_writing').enhanced;
    expect(raise).toMatch(/have this conversation with their manager themselves/);
    expect(raise).toMatch(/example of what to say/);
    expect(raise).not.toMatch(/my manager will read it|The audience is my manager|skilled writer/);
    expect(enhanceAs('How do I politely decline a meeting invite?', 'open_qa').enhanced).toMatch(/example of what to say/);
    expect(enhanceAs("What's a good way to start a conversation at a networking event?", 'open_qa').enhanced).toMatch(/communication coach/);
  });

  it('labels the sentiment of one text, reading sarcasm, instead of writing an analysis', () => {
    const e = enhanceAs('Analyze the sentiment of this tweet: "Just waited 2 hours at the DMV. Love it."', 'analysis').enhanced;
    expect(e).toMatch(/positive, negative, neutral or mixed/);
    expect(e).toMatch(/sarcasm and irony/);
    expect(e).not.toMatch(/analyst who weighs evidence|supporting analysis/);
    // A tone question names labels of its own.
    expect(enhanceAs('Is the tone of this email angry, neutral, or happy? thanks for nothing', 'classification').enhanced).not.toMatch(/positive, negative, neutral or mixed/);
  });

  it('outlines a deck with the number of slides asked for', () => {
    const e = enhanceAs('Outline a presentation on remote work productivity for my team, 10 slides', 'planning').enhanced;
    expect(e).toMatch(/Use exactly 10 slides/);
    expect(e).toMatch(/slide by slide, numbered 1 to 10/);
    expect(e).not.toMatch(/whether there are slides/);
  });

  it('debugs a quoted error message instead of answering a how-to', () => {
    const e = enhanceAs('How do I fix "ModuleNotFoundError: No module named \'requests\'"?', 'code').enhanced;
    expect(e).toMatch(/debugs methodically/);
    expect(e).toMatch(/likely causes, most likely first/);
    expect(e).not.toMatch(/idiomatic way first/);
  });

  it('keeps a practice roleplay to one turn at a time', () => {
    const e = enhanceAs('Act as a job interviewer for a product manager role and ask me questions one at a time', 'roleplay').enhanced;
    expect(e).toMatch(/Reply one turn at a time/);
    const support = enhanceAs('Roleplay as a customer who is angry about a late delivery so I can practice support calls', 'roleplay').enhanced;
    expect(support).toMatch(/give brief feedback on what worked/);
  });

  it('treats an entrance exam as an everyday word, and a refund after a cancelled flight as consumer law', () => {
    expect(enhanceAs('How long should I study for the GRE?', 'open_qa').enhanced).not.toMatch(/practitioner/);
    const flight = enhanceAs('My flight was cancelled by the airline and they only offered a voucher. Am I entitled to a refund?', 'open_qa').enhanced;
    expect(flight).toMatch(/Say which jurisdiction/);
    expect(flight).not.toMatch(/expert in travel/);
  });

  it('names the two options in "decide whether to learn X or Y", and keeps pests out of the kitchen and away from Steinbeck', () => {
    expect(enhanceAs('Help me decide whether to learn Rust or Go for backend work', 'analysis').enhanced).toMatch(/compare Rust and Go/);
    expect(enhanceAs('How do I get rid of fruit flies in my kitchen?', 'open_qa').enhanced).toMatch(/household pest control/);
    expect(enhanceAs('Give me project ideas for teaching Of Mice and Men to 10th graders', 'brainstorming').enhanced).not.toMatch(/pest/);
  });
});

describe('everyday requests, twenty-fifth batch', () => {
  it('takes a tone out when asked so it "doesn\'t sound" that way', () => {
    const e = enhanceAs("Rewrite this text message so it doesn't sound angry: why didn't you call me back I waited all day", 'rewrite').enhanced;
    expect(e).toMatch(/Make it sound less angry/);
    expect(e).not.toMatch(/Make it sound angry/);
    expect(enhanceAs("Rewrite this so I don't come across as rude: send it now", 'rewrite').enhanced).toMatch(/less rude/);
  });

  it('reviews a pasted line whose character "decided" something, instead of weighing a decision', () => {
    const e = enhanceAs('Give me feedback on this opening line for my novel: The rain had been falling for three days when Martha finally decided to leave.', 'analysis').enhanced;
    expect(e).toMatch(/reviewer who gives candid/);
    expect(e).not.toMatch(/make a decision from this/);
    // "Should a small bakery sell on Uber Eats…" is still a choice to make.
    expect(enhanceAs('Should a small bakery sell on Uber Eats or just do pickup? Think about margins.', 'analysis').enhanced).toMatch(/make a decision from this/);
  });

  it('coaches asking a professor for a deadline extension', () => {
    expect(enhanceAs('How do I ask for a deadline extension from my professor?', 'open_qa').enhanced).toMatch(/communication coach/);
  });

  it('answers "good interview questions to ask a candidate" as questions, even when labelled roleplay', () => {
    const e = enhanceAs('What are good interview questions to ask a candidate for a junior designer role?', 'roleplay').enhanced;
    expect(e).toMatch(/hiring manager/);
    expect(e).toMatch(/what a strong answer shows/);
    expect(e).not.toMatch(/in character/);
    // A request in another language keeps its label: the role cues are English words.
    expect(enhanceAs('假装你是李白，我来采访你，你要用李白的口吻和性格回答我的问题。第一个问题：你为什么那么爱喝酒？', 'roleplay').enhanced).not.toMatch(/clear teacher/);
  });

  it('walks through an everyday app click by click', () => {
    const sheets = enhanceAs('I have a spreadsheet of 2,000 customer emails and I need to find duplicates. How do I do it in Google Sheets?', 'open_qa').enhanced;
    expect(sheets).toMatch(/tech-support specialist who knows Google Sheets/);
    expect(sheets).toMatch(/exact menu path, button or formula/);
    expect(sheets).not.toMatch(/go to a client|business strategy/);
    const word = enhanceAs('How do I convert a Word document to PDF on a Mac?', 'open_qa');
    expect(word.enhanced).toMatch(/on their own screen/);
    expect(word.techniques.find((t) => t.id === 'structured_output')?.reason).toMatch(/numbered-steps format with the exact menu path/);
  });

  it('makes a chore chart for children a plan with tasks for their ages', () => {
    const e = enhanceAs('Create a chore chart for my kids aged 6 and 9', 'creative_writing').enhanced;
    expect(e).toMatch(/Give each child tasks they can do safely on their own at their age/);
    expect(e).toMatch(/one row per task/);
    expect(e).not.toMatch(/skilled writer/);
  });

  it('writes a babysitter note with safety first and blanks for missing contacts', () => {
    const r = enhanceAs('Write instructions for my babysitter: bedtime is 8pm, no screens after 7, allergic to peanuts', 'creative_writing');
    const e = r.enhanced;
    expect(r.techniques.map((t) => t.reason).join('\n')).toMatch(/house-note rules[\s\S]*headed sections with safety first|headed sections with safety first[\s\S]*house-note rules/);
    expect(e).toMatch(/Put safety first/);
    expect(e).toMatch(/in square brackets for me to fill in/);
    expect(e).toMatch(/safety and allergies first, then the schedule/);
  });

  it('lists vocabulary words with definitions and example sentences', () => {
    const r = enhanceAs('Give me a list of 20 vocabulary words for SAT prep with definitions', 'brainstorming');
    const e = r.enhanced;
    const why = r.techniques.map((t) => t.reason).join('\n');
    expect(why).toMatch(/word-list rules/);
    expect(why).not.toMatch(/rationale per idea|quantity and variety/);
    expect(e).toMatch(/test-prep tutor/);
    expect(e).toMatch(/numbered list of 20 words, each with its part of speech/);
    expect(e).not.toMatch(/10 ideas|ordinary time and budget/);
  });

  it('gives sleep tips from a health expert when the ask comes at the end', () => {
    const e = enhanceAs("I keep waking up at 3am and can't fall back asleep. Any tips?", 'brainstorming').enhanced;
    expect(e).toMatch(/sleep specialist who gives proven/);
    expect(e).toMatch(/eight to ten tips/);
    expect(e).not.toMatch(/bolder ones/);
  });

  it('writes a poem to a partner for them, and leaves toasts and parties as they were', () => {
    const e = enhanceAs('Write a poem for my wife for our 10th anniversary', 'creative_writing').enhanced;
    expect(e).toMatch(/The audience is my wife/);
    expect(e).toMatch(/instead of inventing one/);
    expect(enhanceAs('Write a funny wedding toast for my brother Marco and his wife Priya.', 'creative_writing').enhanced).not.toMatch(/audience is my brother/);
    expect(enhanceAs('Help me plan a surprise 40th birthday party for my wife', 'planning').enhanced).toMatch(/event planner/);
  });
});

describe('everyday requests, twenty-sixth batch', () => {
  it('makes a budget from the figures given, not an itinerary for the trip it saves for', () => {
    const e = enhanceAs('Help me make a monthly budget. I take home $3,800 a month, rent is $1,450, and I want to save for a trip to Japan next year.', 'planning').enhanced;
    expect(e).toMatch(/personal-finance planner/);
    expect(e).toMatch(/Use the amounts given exactly \(\$3,800, \$1,450\)/);
    expect(e).toMatch(/savings goal its own line/);
    expect(e).toMatch(/budget as a Markdown table/);
    expect(e).not.toMatch(/travel time|one row per day|Respect the stated limits/);
    expect(enhanceAs('Help me build a monthly budget: I earn 2,800 after tax, rent is 1,100, I have a car loan of 300.', 'planning').enhanced).toMatch(/\(2,800, 1,100, 300\)/);
    expect(enhanceAs('Create a monthly budget for a couple with a $6k monthly income and a baby', 'planning').enhanced).toMatch(/\(\$6k\)/);
    // A budget figure inside another plan is a limit on that plan, not the thing to make.
    const opening = enhanceAs('Plan a product launch event for 150 people, including timeline, vendors and budget.', 'planning').enhanced;
    expect(opening).not.toMatch(/budget as a Markdown table|personal-finance/);
    expect(opening).toMatch(/Respect the stated limits exactly: "for 150 people"/);
  });

  it('keeps the commitments a week plan gives, and does not ask for them', () => {
    const e = enhanceAs('Plan my week. I work 9-5 Monday to Friday, gym Tuesday and Thursday evenings, and I need to fit in studying for my AWS exam.', 'planning').enhanced;
    expect(e).toMatch(/Keep the commitments given at their stated times/);
    expect(e).not.toMatch(/such as fixed commitments/);
    expect(enhanceAs('plan out my week, i have 3 exams and a part-time job', 'planning').enhanced).not.toMatch(/at their stated times/);
  });

  it('makes a morning routine short steps to repeat, not a workday paced by energy', () => {
    const e = enhanceAs('Create a morning routine for someone with anxiety who wants to feel calmer before work.', 'planning').enhanced;
    expect(e).toMatch(/coach who builds simple routines/);
    expect(e).toMatch(/easy to repeat every day/);
    expect(e).toMatch(/such as wake-up time or time available\)/);
    expect(e).not.toMatch(/hardest work|time management/);
  });

  it('writes a recommendation in the recommender’s voice with examples and blanks', () => {
    const r = enhanceAs('Write a LinkedIn recommendation for my former coworker Priya, she was a great data analyst and mentor.', 'creative_writing');
    expect(r.enhanced).toMatch(/how I know them/);
    expect(r.enhanced).toMatch(/\[a project they led\]/);
    expect(r.enhanced).toMatch(/about 100–200 words/);
    expect(r.enhanced).toMatch(/ready to paste into LinkedIn/);
    expect(r.techniques.map((t) => t.reason).join('\n')).toMatch(/recommendation rules/);
    const letter = enhanceAs('Write a letter of recommendation for my former intern Sam, he was a great data analyst.', 'creative_writing').enhanced;
    expect(letter).toMatch(/Keep it to one page/);
    expect(letter).toMatch(/hiring manager or admissions committee/);
  });

  it('tracks down a high bill cause by cause with a home-energy expert, but not a health number', () => {
    const e = enhanceAs('Why is my electricity bill so high this month?', 'open_qa').enhanced;
    expect(e).toMatch(/expert in home energy use who troubleshoots/);
    expect(e).toMatch(/Start with the most likely cause/);
    expect(enhanceAs('Why is my blood pressure so high in the morning?', 'open_qa').enhanced).not.toMatch(/troubleshoots/);
  });

  it('strengthens a resume summary as a summary line, not as a summary of it', () => {
    const r = enhanceAs('Make my resume summary stronger: "Hardworking marketing professional with 5 years of experience in social media."', 'summarization');
    expect(r.enhanced).toMatch(/resume writer/);
    expect(r.enhanced).toMatch(/two or three sentences/);
    expect(r.enhanced).toMatch(/Give three versions/);
    expect(r.enhanced).not.toMatch(/a fifth of the original length|faithful to the source/);
    // The tone asked for comes first.
    expect(enhanceAs('Rewrite my LinkedIn summary so it sounds less robotic: "Results-driven professional leveraging synergies."', 'rewrite').enhanced).toMatch(/the way a person would say it[\s\S]*100–200 words/);
  });

  it('coaches a parent on a toddler who will not sleep in his own bed', () => {
    expect(enhanceAs('How do I get my toddler to sleep in his own bed?', 'open_qa').enhanced).toMatch(/family coach[\s\S]*exact words a parent could say/);
  });

  it('prepares for an interview with likely questions and STAR answers from the asker’s stories', () => {
    const r = enhanceAs("Help me prepare for a behavioral interview at Amazon. I'm applying for a program manager role.", 'planning');
    expect(r.enhanced).toMatch(/career coach/);
    expect(r.enhanced).toMatch(/STAR shape/);
    expect(r.enhanced).toMatch(/never invent them/);
    expect(r.enhanced).not.toMatch(/numbered phases|timeframe, budget/);
    expect(r.techniques.map((t) => t.reason).join('\n')).toMatch(/interview-prep rules/);
    expect(enhanceAs('How should I prepare for a technical interview at Google next week?', 'open_qa').enhanced).toMatch(/work through it aloud/);
    expect(enhanceAs('Make me a 6-week plan to prepare for a job interview at a tech company.', 'planning').enhanced).toMatch(/fills the stated period \(6 weeks\)/);
  });

  it('turns a customer review into what to keep and ranked fixes', () => {
    const r = enhanceAs('Analyze this customer review and tell me what to improve: "Food was great but we waited 45 minutes and the waiter forgot our drinks twice."', 'analysis');
    expect(r.enhanced).toMatch(/customer-experience consultant/);
    expect(r.enhanced).toMatch(/quoting the words it rests on/);
    expect(r.enhanced).toMatch(/then what to keep, then the improvements/);
    expect(r.enhanced).not.toMatch(/attribute contested views/);
  });

  it('gives freshness checks and stain steps, not an essay', () => {
    const egg = enhanceAs('How can I tell if an egg is still fresh?', 'open_qa');
    expect(egg.enhanced).toMatch(/chef who knows how to keep food fresh/);
    expect(egg.enhanced).toMatch(/quickest first/);
    expect(egg.techniques.find((t) => t.id === 'structured_output')?.reason).toMatch(/checks-first format/);
    expect(enhanceAs('How do I remove a red wine stain from a carpet?', 'open_qa').enhanced).toMatch(/steps as a short numbered list/);
  });

  it('turns meeting notes into decisions, owners and open questions', () => {
    const r = enhanceAs('Turn these notes into a meeting summary: - budget approved - Sam owns vendor search - launch moved to Feb - need legal review of contract', 'rewrite');
    expect(r.enhanced).toMatch(/owner — action — due date/);
    expect(r.enhanced).toMatch(/anyone who missed the meeting/);
    expect(r.enhanced).not.toMatch(/Improve clarity and flow/);
  });

  it('writes app instructions for parents as numbered steps with the exact buttons', () => {
    const r = enhanceAs('Write instructions for my parents on how to video call me on WhatsApp.', 'creative_writing');
    expect(r.enhanced).toMatch(/tech-support specialist who knows WhatsApp/);
    expect(r.enhanced).toMatch(/exactly as it appears in WhatsApp/);
    expect(r.enhanced).toMatch(/iPhone or Android/);
    expect(r.enhanced).toMatch(/If something goes wrong/);
    expect(r.enhanced).toMatch(/The audience is my parents/);
    expect(enhanceAs('Write simple instructions on how to reset the circuit breaker for my tenants.', 'creative_writing').enhanced).toMatch(/safety warning before the step/);
  });

  it('coaches saying no to extra work from a boss', () => {
    expect(enhanceAs("What's a good way to say no to extra work from my boss without sounding lazy?", 'open_qa').enhanced).toMatch(/communication coach[\s\S]*example of what to say/);
  });

  it('writes interview questions for hiring as the interviewer, even when labelled roleplay', () => {
    const e = enhanceAs('Generate 10 interview questions for hiring a barista.', 'roleplay').enhanced;
    expect(e).toMatch(/hiring manager/);
    expect(e).toMatch(/what a strong answer shows/);
    expect(e).not.toMatch(/in character|it is for a job interview|ordinary time and budget/);
  });

  it('writes a shop bio for shoppers', () => {
    const e = enhanceAs('Write a bio for my Etsy shop. I make ceramic mugs in my garage in Portland.', 'creative_writing').enhanced;
    expect(e).toMatch(/shoppers deciding whether to buy/);
    expect(e).toMatch(/invitation to browse/);
    expect(e).not.toMatch(/get in touch/);
  });
});

describe('everyday requests, twenty-seventh batch', () => {
  it('writes a system prompt for the model that follows it, with each rule as its own instruction', () => {
    const r = enhanceAs('Write a system prompt for a customer support chatbot for a bike shop. It should be friendly, never promise delivery dates, and hand off to a human for refunds.', 'creative_writing');
    expect(r.enhanced).toMatch(/expert prompt engineer/);
    expect(r.enhanced).toMatch(/The reader is the AI model that will follow this/);
    expect(r.enhanced).toMatch(/Turn every rule the request gives into its own explicit instruction/);
    expect(r.enhanced).toMatch(/Role, Tone, What you help with, Rules, When to hand off/);
    expect(r.enhanced).not.toMatch(/The audience is a customer|with a title if the form suits one/);
    expect(r.techniques.map((t) => t.reason).join('\n')).toMatch(/system-prompt rules/);
  });

  it('gives a night-shift worker sleep tips from a sleep specialist, not a lecture for practitioners', () => {
    const e = enhanceAs("I'm a nurse working night shifts. How can I sleep better during the day?", 'open_qa').enhanced;
    expect(e).toMatch(/sleep specialist/);
    expect(e).toMatch(/eight to ten tips/);
    expect(e).not.toMatch(/practitioner in the field/);
  });

  it('explains to the person named, even when labelled writing', () => {
    const e = enhanceAs('Explain blockchain to my grandpa.', 'creative_writing').enhanced;
    expect(e).toMatch(/The audience is my grandpa/);
    expect(e).toMatch(/clear teacher/);
    expect(e).not.toMatch(/finished piece|which meaning of an ambiguous term/);
  });

  it('writes a follow-up email for a marketing role as a message, not marketing copy', () => {
    const e = enhanceAs('Draft a polite follow-up email after a job interview last Tuesday for the marketing coordinator role.', 'creative_writing').enhanced;
    expect(e).toMatch(/Write for the person who will receive it/);
    expect(e).not.toMatch(/prospective customer/);
  });

  it('lists questions to ask a contractor with good answers, red flags and deal-breakers', () => {
    const e = enhanceAs('Give me a list of questions to ask a contractor before hiring them to redo my kitchen.', 'brainstorming').enhanced;
    expect(e).toMatch(/avoid costly mistakes when hiring a contractor/);
    expect(e).toMatch(/what a good answer sounds like and what would be a red flag/);
    expect(e).toMatch(/under short topic headings/);
    expect(e).not.toMatch(/career strategist|ordinary time and budget/);
  });

  it('coaches politely asking a roommate', () => {
    expect(enhanceAs('How do I politely ask my roommate to clean up after themselves?', 'open_qa').enhanced).toMatch(/communication coach[\s\S]*example of what to say/);
  });

  it('drafts a grant proposal summary as a proposal for funders, not a summary of a topic', () => {
    const e = enhanceAs('Write a grant proposal summary for a community garden project in a low-income neighborhood.', 'summarization').enhanced;
    expect(e).toMatch(/grant writer/);
    expect(e).toMatch(/approve or reject it/);
    expect(e).not.toMatch(/There is no source text/);
    // A summary of material given after the colon is still a summary.
    expect(enhanceAs('Write a two-sentence abstract for my paper: we propose a faster sorting method for nearly-sorted arrays and show 30% speedups.', 'summarization').enhanced).toMatch(/faithful, concise summaries/);
  });

  it('writes a YouTube ad script labelled code as a script to be heard', () => {
    const e = enhanceAs('Write a script for a 60-second YouTube ad for a meal kit delivery service.', 'code').enhanced;
    expect(e).toMatch(/video scriptwriter/);
    expect(e).toMatch(/Fit 60 seconds when spoken/);
    expect(e).not.toMatch(/standard library|unit tests|tests that cover/);
  });

  it('makes a study guide topic by topic with practice questions, not a plan with a budget', () => {
    const r = enhanceAs('Create a study guide for AP Biology unit 3: cellular energetics.', 'planning');
    expect(r.enhanced).toMatch(/key terms defined/);
    expect(r.enhanced).toMatch(/practice questions in the style of the exam/);
    expect(r.enhanced).toMatch(/revising on their own/);
    expect(r.enhanced).not.toMatch(/budget|numbered phases|science planner/);
  });

  it('writes a love letter warmly with blanks for memories, and a complaint with what is wanted by when', () => {
    const love = enhanceAs('Write a love letter to my girlfriend for our first anniversary.', 'creative_writing').enhanced;
    expect(love).toMatch(/heartfelt personal letter/);
    expect(love).toMatch(/\[a favourite memory\]/);
    expect(love).not.toMatch(/Keep it brief and make the purpose clear/);
    const complaint = enhanceAs('Help me write a complaint to my airline about lost luggage on flight UA 882.', 'creative_writing').enhanced;
    expect(complaint).toMatch(/consumer advocate/);
    expect(complaint).toMatch(/what you want done .* and by when/);
    expect(complaint).toMatch(/ready to send/);
    // Answering a customer's complaint is not writing one.
    expect(enhanceAs('Write a reply to a customer complaint email about a late delivery.', 'creative_writing').enhanced).not.toMatch(/consumer advocate/);
  });

  it('weighs two job offers labelled writing as a career decision', () => {
    const e = enhanceAs('I have a job offer for $95k in Denver and another for $110k in San Francisco. Which should I take?', 'creative_writing').enhanced;
    expect(e).toMatch(/expert in careers who weighs the options/);
    expect(e).toMatch(/Start with your recommendation/);
    expect(e).not.toMatch(/finished piece/);
  });

  it('writes a speaker bio short and in the third person for the audience', () => {
    const e = enhanceAs('Write a short bio for a conference speaker: Dr. Amy Chen, AI researcher at Stanford, 15 years in NLP.', 'creative_writing').enhanced;
    expect(e).toMatch(/50–100 words in the third person/);
    expect(e).toMatch(/audience at the event/);
    expect(e).not.toMatch(/get in touch/);
  });

  it('names a podcast when asked for help naming it', () => {
    expect(enhanceAs('Help me name my podcast about personal finance for millennials.', 'open_qa').enhanced).toMatch(/naming specialist[\s\S]*numbered list of 12 options/);
  });

  it('rewrites to the reading age of the grade named', () => {
    const e = enhanceAs('Rewrite this paragraph for a 5th grade reading level: Photosynthesis is the process by which green plants use sunlight to synthesize nutrients from carbon dioxide and water.', 'rewrite').enhanced;
    expect(e).toMatch(/reading age of about 10/);
    expect(e).not.toMatch(/Improve clarity and flow/);
  });

  it('writes several product descriptions, one per item', () => {
    const e = enhanceAs('Write product descriptions for 3 t-shirt designs: a cat in space, a retro sunset, and a coffee cup with the words "but first".', 'creative_writing').enhanced;
    expect(e).toMatch(/senior copywriter/);
    expect(e).toMatch(/each under the name of what it describes/);
    expect(e).toMatch(/Keep each one short/);
  });

  it('spreads one person’s cleaning over the week instead of splitting it between people', () => {
    const e = enhanceAs('Give me a weekly cleaning schedule for a 2 bedroom apartment.', 'planning').enhanced;
    expect(e).toMatch(/Spread the tasks over the week/);
    expect(e).toMatch(/one row per day \(tasks, minutes\)/);
    expect(e).not.toMatch(/people named|who does it each week|splits chores fairly/);
    expect(enhanceAs('Make a weekly cleaning schedule for 3 roommates', 'planning').enhanced).toMatch(/Split the work fairly/);
  });

  it('reviews a cover letter as a recruiter, whatever the job’s field', () => {
    const e = enhanceAs('Review my cover letter and tell me what to improve: Dear Hiring Manager, I am writing to apply for the Data Analyst position. I have a degree in statistics and I am a quick learner. I would be a great fit. Sincerely, Tom', 'analysis').enhanced;
    expect(e).toMatch(/recruiter and application reviewer/);
    expect(e).not.toMatch(/data science reviewer/);
  });

  it('gives stretches for back pain safely, from a physiotherapist', () => {
    const r = enhanceAs('What are some good stretches for lower back pain?', 'brainstorming');
    expect(r.enhanced).toMatch(/physiotherapist/);
    expect(r.enhanced).toMatch(/how long to hold it or how many repetitions/);
    expect(r.enhanced).toMatch(/numbness or tingling/);
    expect(r.enhanced).not.toMatch(/bolder ones|creative health strategist/);
  });

  it('writes a JSON Schema with a draft, constraints and examples that pass and fail', () => {
    const r = enhanceAs('Generate a JSON schema for a user profile with name, email, age and list of interests.', 'code');
    expect(r.enhanced).toMatch(/JSON Schema draft 2020-12/);
    expect(r.enhanced).toMatch(/format "email"/);
    expect(r.enhanced).toMatch(/one valid and one invalid example/);
    expect(r.enhanced).not.toMatch(/standard library|very large inputs/);
  });

  it('keeps a plot explanation free of spoilers when asked', () => {
    const r = enhanceAs('Explain the plot of Inception without spoilers.', 'open_qa');
    expect(r.enhanced).toMatch(/- Do not reveal twists, deaths or the ending/);
    expect(r.techniques.find((t) => t.id === 'explicit_constraints')?.reason).toMatch(/no-spoilers rule/);
  });
});

describe('everyday requests, twenty-eighth batch', () => {
  it('reads all three labels when they are written without commas', () => {
    const e = enhanceAs('tag each of these reviews positive negative or neutral: "love it", "broke after a week", "it\'s fine I guess"', 'classification').enhanced;
    expect(e).toMatch(/Use only these labels: positive, negative, neutral\./);
  });

  it('troubleshoots a smell asked about as a question, even when the label says edit', () => {
    const r = enhanceAs("my sourdough starter smells like nail polish, what's wrong with it", 'rewrite');
    expect(r.enhanced).toMatch(/experienced baker who troubleshoots/);
    expect(r.enhanced).toMatch(/most likely cause/);
    expect(r.enhanced).not.toMatch(/meticulous editor|Preserve the original meaning|Polish/);
    // A question inside the text to edit is still an edit.
    expect(enhanceAs("Put this into formal business English: hey, we can't make the thursday thing, can we do next week?", 'rewrite').enhanced).toMatch(/professional register/);
    expect(enhanceAs('can you reformat this as a numbered list', 'rewrite').enhanced).toMatch(/meticulous editor/);
  });

  it('compares "which is healthier, oat milk or almond milk?" instead of labelling it', () => {
    const r = enhanceAs('which is healthier, oat milk or almond milk?', 'classification');
    expect(r.enhanced).toMatch(/one column each for oat milk and almond milk/);
    expect(r.enhanced).toMatch(/names the better choice/);
    expect(r.enhanced).not.toMatch(/label/i);
  });

  it('explains to a product manager without making the expert one', () => {
    const e = enhanceAs('explain what a vector database is to a product manager', 'open_qa').enhanced;
    expect(e).toMatch(/The audience is a product manager/);
    expect(e).not.toMatch(/expert in product management/);
  });

  it('reads lab values against their ranges, as a physician, without diagnosing', () => {
    const r = enhanceAs('Can you help me understand my blood test results? my ferritin is 12 and hemoglobin 11.2', 'open_qa');
    expect(r.enhanced).toMatch(/physician who explains lab results/);
    expect(r.enhanced).toMatch(/usual reference range/);
    expect(r.enhanced).toMatch(/Do not diagnose/);
    expect(r.enhanced).toMatch(/test, your value, usual range, what it means/);
  });

  it('debugs a one-line snippet given after "debug this:" instead of saying no code was included', () => {
    const e = enhanceAs('debug this: for i in range(10) print(i)', 'code').enhanced;
    expect(e).toMatch(/root cause/);
    expect(e).not.toMatch(/No code is included/);
  });

  it('takes the audience from the request, not from the text to edit', () => {
    const e = enhanceAs('Make this paragraph shorter and punchier: Our company has been providing high quality services to customers for over 20 years and we pride ourselves on our attention to detail and commitment to excellence in everything we do.', 'rewrite').enhanced;
    expect(e).not.toMatch(/The audience is customers/);
  });

  it('writes a presentation for the board, and a team of six is not the audience', () => {
    expect(enhanceAs('outline a 10 minute presentation about our Q3 results for the board', 'creative_writing').enhanced).toMatch(/The audience is the board/);
    expect(enhanceAs('Analyze the pros and cons of moving from a monolith to microservices for a team of 6 engineers', 'analysis').enhanced).not.toMatch(/The audience is a team/);
  });

  it('plays a practice partner turn by turn, pushing back and correcting as asked', () => {
    const haggle = enhanceAs("pretend you're a tough negotiator selling me a used car and I'll practice haggling", 'roleplay').enhanced;
    expect(haggle).toMatch(/Reply one turn at a time/);
    expect(haggle).toMatch(/Push back as the real person would/);
    const tutor = enhanceAs('act as my spanish tutor and correct my mistakes as we chat', 'roleplay').enhanced;
    expect(tutor).toMatch(/correct each of the user’s mistakes before your reply/);
    expect(tutor).toMatch(/the corrections, if any, as a short list; then your reply in Spanish/);
    // Corrections saved for the end, or only gentle ones, are not made every turn.
    expect(enhanceAs('be my spanish conversation partner and only correct my mistakes at the end', 'roleplay').enhanced).toMatch(/when the user says they are done, list their main mistakes/);
    expect(enhanceAs("You're my French conversation partner. Keep it natural and only gently correct me when I make a big mistake.", 'roleplay').enhanced).toMatch(/use the correct form naturally/);
  });

  it('reviews a contract clause as terms to sign, with fairer wording to propose', () => {
    const r = enhanceAs('is this contract clause fair? "Tenant shall be responsible for all repairs regardless of cause."', 'analysis');
    expect(r.enhanced).toMatch(/contracts lawyer/);
    expect(r.enhanced).toMatch(/what is usual in this kind of agreement/);
    expect(r.enhanced).toMatch(/fairer wording/);
    expect(r.enhanced).not.toMatch(/cases, data, dates/);
  });

  it('gives a fun fact that is true, briefly, even when labelled brainstorming', () => {
    expect(enhanceAs('tell me a fun fact about octopuses', 'open_qa').enhanced).toMatch(/not popular myths[\s\S]*the fact itself, then why it is so/);
    const kids = enhanceAs('give me 5 fun facts about space for my 8 year old', 'brainstorming').enhanced;
    expect(kids).toMatch(/numbered list of 5 facts/);
    expect(kids).not.toMatch(/bolder ones|creative strategist/);
  });

  it('writes a funny dating bio from the facts given, for someone scrolling', () => {
    const e = enhanceAs('rewrite my bio for a dating app, make it funny but not cringe: I like hiking, cooking, and my cat. I work in accounting.', 'rewrite').enhanced;
    expect(e).toMatch(/dating-profile writer/);
    expect(e).toMatch(/self-aware observations about the facts given/);
    expect(e).toMatch(/easy to reply to/);
    expect(e).toMatch(/Add no new facts about the author/);
    expect(e).not.toMatch(/Improve clarity and flow|Do not add new content/);
  });

  it('asks a landlord for a repair with a date, and pitches a stranger in a short cold email', () => {
    const repair = enhanceAs("help me write a message to my landlord asking to fix the heating, it's been broken for 2 weeks", 'creative_writing').enhanced;
    expect(repair).toMatch(/ask for a repair date/);
    expect(repair).toMatch(/written record/);
    const cold = enhanceAs('write a cold email to a potential client for my web design agency', 'creative_writing').enhanced;
    expect(cold).toMatch(/under about 120 words/);
    expect(cold).toMatch(/one small ask/);
  });

  it('paces a road trip for young kids, and a chore chart’s kids are not a limit', () => {
    expect(enhanceAs('plan a 3 day road trip from Denver to Moab with two kids under 8', 'planning').enhanced).toMatch(/pace it for young children/);
    expect(enhanceAs('create a chore chart for 3 kids ages 6, 9 and 12', 'planning').enhanced).not.toMatch(/Respect the stated limits/);
  });

  it('coaches a pay negotiation with the number to ask for and a fallback', () => {
    const offer = enhanceAs('how do I negotiate a higher salary when they already gave me an offer', 'open_qa').enhanced;
    expect(offer).toMatch(/negotiation coach/);
    expect(offer).toMatch(/specific figure or a narrow range/);
    expect(offer).toMatch(/signing bonus/);
    expect(enhanceAs('What should I say to my manager when asking for a raise?', 'creative_writing').enhanced).toMatch(/a date to revisit it/);
  });
});

describe('everyday requests, twenty-ninth batch', () => {
  it('answers "how much should I tip" with the usual range, not a worked sum', () => {
    const e = enhanceAs('how much should I tip for a $85 haircut', 'reasoning').enhanced;
    expect(e).toMatch(/usual range as a percentage and, for any amount given, in money/);
    expect(e).not.toMatch(/notebook costs|Answer: /);
  });

  it('puts safety first for a wasp nest', () => {
    const e = enhanceAs("what's the best way to get rid of a wasp nest under my deck", 'open_qa').enhanced;
    expect(e).toMatch(/household pest control/);
    expect(e).toMatch(/allergic to stings/);
  });

  it('names the signs of burnout before the steps to recover', () => {
    const e = enhanceAs('what are the signs of burnout and how do I recover', 'open_qa').enhanced;
    expect(e).toMatch(/warm coach/);
    expect(e).toMatch(/First name the signs briefly/);
    expect(e).toMatch(/Open with the signs as a short list, then a numbered list of five to seven steps to recover/);
  });

  it('runs a mock interview turn by turn with feedback at the end', () => {
    const e = enhanceAs('I have a job interview tomorrow for a marketing coordinator role, can you do a mock interview with me', 'roleplay').enhanced;
    expect(e).toMatch(/Reply one turn at a time/);
    expect(e).toMatch(/give brief feedback on what worked/);
    expect(e).not.toMatch(/Write the whole response in character/);
  });

  it('does not read the guest of honour as a limit, and writes a card poem for its reader', () => {
    expect(enhanceAs('help me plan a surprise 40th birthday party for my husband on a $500 budget', 'planning').enhanced).toMatch(/Respect the stated limits exactly: "\$500"\./);
    expect(enhanceAs("write a short poem for my mom's 60th birthday card", 'creative_writing').enhanced).toMatch(/The audience is my mom/);
  });

  it('plans Thanksgiving around the menu and a cooking timeline', () => {
    const e = enhanceAs("I'm hosting thanksgiving for 14 people for the first time, help me plan", 'planning').enhanced;
    expect(e).toMatch(/event planner/);
    expect(e).toMatch(/Plan the menu first[\s\S]*cooking timeline/);
  });

  it('reads a poem closely, as a literature professor, with quotations', () => {
    const e = enhanceAs('analyze this poem: "Because I could not stop for Death – He kindly stopped for me –"', 'analysis').enhanced;
    expect(e).toMatch(/literature professor/);
    expect(e).toMatch(/quoting the lines it rests on/);
    expect(e).toMatch(/theme, imagery and language, form and sound, tone/);
    expect(e).not.toMatch(/cases, data, dates|main risks/);
  });

  it('resigns and declines plainly and kindly', () => {
    expect(enhanceAs("Write a resignation letter, I'm leaving after 3 years on good terms, last day is March 15", 'creative_writing').enhanced).toMatch(/Say that I am resigning and give my last day/);
    expect(enhanceAs('Draft a polite email declining a job offer after accepting another one', 'creative_writing').enhanced).toMatch(/Decline clearly in the first sentence/);
  });

  it('gives conversation starters ready to use, and a first aid kit as a checklist', () => {
    expect(enhanceAs('give me some conversation starters for a first date', 'brainstorming').enhanced).toMatch(/numbered list of 10 conversation starters, one per line/);
    const kit = enhanceAs('what should I put in a first aid kit for hiking', 'brainstorming').enhanced;
    expect(kit).toMatch(/checklist grouped by category \(for example wound care, medicines/);
    expect(kit).not.toMatch(/bolder ones|shelter and sleep/);
  });

  it('makes mnemonics when the items come before the ask', () => {
    const e = enhanceAs('I need to memorize the planets in order, give me a mnemonic', 'open_qa').enhanced;
    expect(e).toMatch(/memory coach/);
    expect(e).toMatch(/three to five mnemonics/);
  });

  it('rates a business idea as a venture, with a score', () => {
    const e = enhanceAs('rate my business idea: a subscription box for dog treats made from local ingredients', 'analysis').enhanced;
    expect(e).toMatch(/riskiest assumption/);
    expect(e).toMatch(/one-line verdict and a score out of 10/);
    expect(e).not.toMatch(/if one option is clearly better/);
  });

  it('gives questions for a daycare visit about how the place runs', () => {
    const e = enhanceAs('what questions should I ask when touring a daycare', 'open_qa').enhanced;
    expect(e).toMatch(/licensing or accreditation, safety, staff/);
    expect(e).toMatch(/red flag/);
    expect(e).not.toMatch(/who does the work/);
  });

  it('troubleshoots dropping wifi, with the internet provider as the professional', () => {
    const e = enhanceAs('my wifi keeps dropping every few minutes, how do I fix it', 'brainstorming').enhanced;
    expect(e).toMatch(/expert in home networking who troubleshoots/);
    expect(e).toMatch(/calling the internet provider/);
    expect(e).not.toMatch(/bolder ones|a vet, a doctor/);
    expect(enhanceAs('I’m not a programmer. How does HTTPS stop people on café Wi-Fi from reading my bank login?', 'open_qa').enhanced).not.toMatch(/home networking/);
  });

  it('writes a reply to a recruiter as a message', () => {
    const e = enhanceAs("help me respond to a recruiter on linkedin, I'm not interested right now but want to keep the door open", 'brainstorming').enhanced;
    expect(e).toMatch(/Return only the finished message/);
    expect(e).not.toMatch(/10 ideas/);
  });

  it('knows compound interest is personal finance, and "Apr 620" is a month', () => {
    expect(enhanceAs('explain how compound interest works with an example', 'open_qa').enhanced).toMatch(/expert in personal finance/);
    expect(enhanceAs("Here are our monthly signups: Jan 420, Feb 390, Mar 510, Apr 620, May 580, Jun 700. What's the trend and anything worth flagging?", 'analysis').enhanced).not.toMatch(/personal finance/);
  });
});

describe('everyday requests, thirtieth batch', () => {
  it('plans a layover against the clock in the city named', () => {
    const e = enhanceAs('I have 3 hours in Chicago during a layover, what should I do', 'brainstorming').enhanced;
    expect(e).toMatch(/local guide who knows Chicago/);
    expect(e).toMatch(/clear security before the next flight/);
    expect(e).toMatch(/short timeline \(leave the airport/);
    expect(e).not.toMatch(/10 ideas/);
  });

  it('treats a dog that ate chocolate as a vet question', () => {
    expect(enhanceAs('what should I do if my dog ate chocolate', 'open_qa').enhanced).toMatch(/call a vet or an animal poison line/);
  });

  it('coaches the words for telling a boss about too much work, not self-care tips', () => {
    const e = enhanceAs("how do I tell my boss I'm overwhelmed with too many projects", 'open_qa').enhanced;
    expect(e).toMatch(/communication coach/);
    expect(e).not.toMatch(/low-energy day/);
  });

  it('makes a stretching routine a workout session, not a day schedule', () => {
    const e = enhanceAs('give me a morning stretching routine for 10 minutes', 'planning').enhanced;
    expect(e).toMatch(/fitness coach/);
    expect(e).toMatch(/one row per exercise/);
    expect(e).not.toMatch(/hardest work where energy is highest/);
  });

  it('troubleshoots a musty basement, and knows cats and ETFs', () => {
    expect(enhanceAs('my basement smells musty, how do I fix it', 'open_qa').enhanced).toMatch(/troubleshoots methodically/);
    expect(enhanceAs('what plants are safe for cats', 'open_qa').enhanced).toMatch(/animal health/);
    expect(enhanceAs('explain what an ETF is in simple terms', 'open_qa').enhanced).toMatch(/expert in personal finance/);
  });

  it('thaws food only in safe ways', () => {
    const e = enhanceAs("what's the fastest way to thaw frozen chicken safely", 'open_qa').enhanced;
    expect(e).toMatch(/food-safe methods \(in the fridge, in cold water, in the microwave\)/);
    expect(e).toMatch(/thawing on the counter/);
  });

  it('recommends real titles like the one named, with creator and year', () => {
    const e = enhanceAs('give me a list of 10 books like the hunger games', 'brainstorming').enhanced;
    expect(e).toMatch(/recommends only titles that exist/);
    expect(e).toMatch(/numbered list of 10 titles, each as title — creator \(year\)/);
    expect(e).not.toMatch(/bolder ones|ordinary time and budget/);
    expect(enhanceAs('books like Piranesi? I loved the strangeness. 10 recs with a one-line reason each', 'brainstorming').enhanced).toMatch(/numbered list of 10 titles/);
    expect(enhanceAs('Need book recommendations similar to Stoner. Give me 12 recommendations and a sentence each on why they fit.', 'brainstorming').enhanced).toMatch(/numbered list of 12 titles/);
  });

  it('reads "so it’s less awkward" as the tone to change', () => {
    const e = enhanceAs("rewrite this text message so it's less awkward: hey so um i was wondering if maybe you'd want to get coffee sometime or not its fine if not", 'rewrite').enhanced;
    expect(e).toMatch(/Make it sound less awkward: write it the way a person would say it/);
    expect(e).not.toMatch(/Improve clarity and flow/);
  });
});

describe('everyday requests, thirty-first batch', () => {
  it('writes a commit message, not code with tests, and a regex about commit messages stays a regex', () => {
    const e = enhanceAs('write a git commit message for: fixed null pointer when user has no profile picture', 'code').enhanced;
    expect(e).toMatch(/summary line in the imperative mood/);
    expect(e).toMatch(/Return only the commit message/);
    expect(e).not.toMatch(/unit|tests|edge cases/i);
    expect(enhanceAs('Regex help. I need to pull the ticket ids out of commit messages. Ticket ids look like ABC-123.', 'code').enhanced).toMatch(/regex flavour/);
  });

  it('runs a meeting agenda by item, owner and outcome', () => {
    const e = enhanceAs('create an agenda for a 1 hour quarterly planning meeting', 'planning').enhanced;
    expect(e).toMatch(/facilitator/);
    expect(e).toMatch(/time, item, owner, outcome/);
    expect(e).not.toMatch(/hardest work where energy is highest/);
  });

  it('keeps a one-line summary to one line, but not a summary of each section', () => {
    expect(enhanceAs('summarize this customer review in one line: "Shipping took forever and the box was damaged, but the blender itself works great and is super quiet."', 'summarization').enhanced).toMatch(/Return only the summary, as plain prose/);
    expect(enhanceAs('give me a 3-line summary of each section below', 'summarization').enhanced).not.toMatch(/Return only the summary, as plain prose/);
  });

  it('writes feedback to a student and alt text for a photo', () => {
    const fb = enhanceAs("I'm a teacher, write feedback for a student essay that has good ideas but poor organization", 'creative_writing').enhanced;
    expect(fb).toMatch(/teacher who writes feedback students can act on/);
    expect(fb).toMatch(/Open with what works/);
    expect(fb).not.toMatch(/600–900 words/);
    const alt = enhanceAs('write alt text for a photo of a golden retriever catching a frisbee on a beach at sunset', 'creative_writing').enhanced;
    expect(alt).toMatch(/125 characters or fewer/);
    expect(alt).toMatch(/Return only the alt text/);
  });

  it('simplifies for a 5th grader, toasts to the guests, and reviews a startup pitch as a venture', () => {
    expect(enhanceAs('Rewrite this for a 5th grader: Photosynthesis is the process by which plants convert light energy into chemical energy.', 'rewrite').enhanced).toMatch(/reading age of about 10/);
    expect(enhanceAs("help me write a toast for my parents' 40th anniversary", 'creative_writing').enhanced).toMatch(/The audience is the guests at the anniversary/);
    const pitch = enhanceAs("Give me feedback on my startup pitch: we're Uber for dog walking, but with vetted walkers and GPS tracking", 'analysis').enhanced;
    expect(pitch).toMatch(/riskiest assumption/);
    expect(pitch).not.toMatch(/If the piece to review is not included/);
  });

  it('sees a short passage after a blank line, and code after a colon, as given', () => {
    expect(enhanceAs('Based on the article below, what year was the company founded?\n\nAcme Robotics was founded in 2011 by two Stanford dropouts. It went public in 2019.', 'closed_qa').enhanced).not.toMatch(/is not in this message/);
    const port = enhanceAs('convert this python 2 code to python 3: print "hello"\nx = raw_input()', 'code').enhanced;
    expect(port).toMatch(/idiomatic Python 3 rather than a line-by-line transliteration/);
    expect(port).not.toMatch(/is not in this message|very large inputs/);
    const test = enhanceAs('write a unit test for this function: def add(a, b): return a + b', 'code').enhanced;
    expect(test).toMatch(/focused tests that catch real bugs/);
  });

  it('judges a phishing email on its signs', () => {
    const e = enhanceAs('is this email a phishing attempt? "Your account has been suspended. Click here to verify your identity within 24 hours: http://paypa1-secure.com"', 'classification').enhanced;
    expect(e).toMatch(/Use only these labels: phishing, legitimate/);
    expect(e).toMatch(/where the link really goes/);
    expect(e).toMatch(/signs it rests on/);
  });

  it('reviews Express code for security as JavaScript, and speeds up a slow query', () => {
    const review = enhanceAs("review my code for security issues:\n\napp.get('/user', (req, res) => { db.query(\"SELECT * FROM users WHERE id = \" + req.query.id, (e, r) => res.json(r)) })", 'code').enhanced;
    expect(review).toMatch(/senior JavaScript engineer doing a careful code review/);
    expect(review).toMatch(/Focus on security: injection/);
    const slow = enhanceAs("Optimize this SQL query, it takes 30 seconds: SELECT * FROM orders WHERE YEAR(created_at) = 2024 AND status = 'shipped'", 'code').enhanced;
    expect(slow).toMatch(/Say what makes it slow/);
    expect(slow).not.toMatch(/sample input rows/);
  });

  it('answers a REST question as a software engineer', () => {
    expect(enhanceAs('what does "idempotent" mean in REST APIs', 'open_qa').enhanced).toMatch(/senior software engineer and a clear teacher/);
  });
});

describe('everyday requests, thirty-second batch', () => {
  it('suggests gifts rather than planning phases', () => {
    const e = enhanceAs("what's a good gift for my dad who likes fishing and grilling, budget $50", 'planning').enhanced;
    expect(e).toMatch(/thoughtful gift adviser/);
    expect(e).not.toMatch(/numbered phases|durations and an order/);
    // Organising a gift exchange is still a plan.
    expect(enhanceAs('plan a secret santa gift exchange for 12 coworkers, $25 limit', 'planning').enhanced).not.toMatch(/gift adviser/);
  });

  it('checks a financial adviser on how they are paid, whatever the label', () => {
    const e = enhanceAs('what questions should I ask a financial advisor before hiring them', 'roleplay').enhanced;
    expect(e).toMatch(/how they are paid/);
    expect(e).toMatch(/red flag/);
    expect(e).not.toMatch(/creative personal finance strategist/);
  });

  it('gives a reading order of real titles without spoilers', () => {
    const e = enhanceAs("what's the best order to read the Brandon Sanderson books", 'open_qa').enhanced;
    expect(e).toMatch(/helps newcomers find the best way into it/);
    expect(e).toMatch(/List only titles that exist/);
    expect(e).toMatch(/give nothing away beyond each one’s premise/);
    expect(enhanceAs('what order should I watch the marvel movies in', 'brainstorming').enhanced).toMatch(/release or story order/);
  });

  it('explains recursion to a child without an algorithm trace', () => {
    expect(enhanceAs("explain recursion to me like I'm 10", 'open_qa').enhanced).not.toMatch(/tracing the algorithm/);
    expect(enhanceAs("explain recursion and its time complexity", 'open_qa').enhanced).toMatch(/tracing the algorithm/);
  });

  it('packs, not brainstorms, and fits a hotel-room workout to the room', () => {
    const pack = enhanceAs('what should I pack for a week in iceland in october', 'brainstorming').enhanced;
    expect(pack).toMatch(/every line must be something to tick off/);
    expect(pack).not.toMatch(/Favour ideas/);
    const hotel = enhanceAs('give me a 20 minute bodyweight workout I can do in a hotel room', 'brainstorming').enhanced;
    expect(hotel).toMatch(/small floor space/);
    expect(hotel).not.toMatch(/for the first time/);
    expect(enhanceAs('plan my sunday: laundry, gym, groceries, call mom, 2 hrs of work', 'planning').enhanced).not.toMatch(/fitness coach|for the first time/);
  });

  it('lists the roles a career changer could get', () => {
    const e = enhanceAs("I'm a nurse switching to tech. what jobs could I realistically get in 6 months?", 'brainstorming').enhanced;
    expect(e).toMatch(/four to six roles/);
    expect(e).toMatch(/as they appear in job ads/);
    expect(e).not.toMatch(/bolder ones/);
  });

  it('announces a delay with the new date and no exploit details', () => {
    const e = enhanceAs('draft a message to my team saying the launch is delayed by two weeks because of a security issue', 'creative_writing').enhanced;
    expect(e).toMatch(/what has changed and the new date/);
    expect(e).toMatch(/not how it could be exploited/);
    expect(enhanceAs('write an email to the airline explaining my flight was delayed 6 hours, I want compensation', 'creative_writing').enhanced).not.toMatch(/the new date/);
  });

  it('plans potty training as a parent would, and reads a baby’s age as no deadline', () => {
    const e = enhanceAs('Create a potty training plan for my 2.5 year old', 'planning').enhanced;
    expect(e).toMatch(/paediatric nurse/);
    expect(e).toMatch(/signs that the child is ready/);
    expect(e).not.toMatch(/fitness|warm-up/);
    expect(enhanceAs('my baby is 6 months old, make a sleep training plan', 'planning').enhanced).not.toMatch(/stated period/);
  });
});

describe('everyday requests, thirty-third batch', () => {
  it('helps contest a parking ticket as the asker’s own case', () => {
    const e = enhanceAs('I got a parking ticket but the sign was covered by a tree branch. how do I contest it?', 'open_qa').enhanced;
    expect(e).toMatch(/legal adviser who lays out realistic options/);
    expect(e).toMatch(/options as a numbered list in the order to try them/);
  });

  it('checks an analogy where it stops holding, for a reader outside the field', () => {
    const e = enhanceAs('Can you explain what an API is using a restaurant analogy', 'open_qa').enhanced;
    expect(e).toMatch(/say where it stops holding/);
    expect(e).toMatch(/someone without a technical background/);
    expect(e).not.toMatch(/current versions/);
  });

  it('converts a recipe’s units in the direction asked, instead of polishing it', () => {
    const metric = enhanceAs('convert this recipe to metric: 2 cups flour, 1 stick butter, 1/2 cup sugar, 350F oven', 'rewrite').enhanced;
    expect(metric).toMatch(/grams for flour, sugar and butter/);
    expect(metric).not.toMatch(/Preserve the original meaning, facts, names and numbers|Improve clarity/);
    expect(enhanceAs('Convert this recipe from metric to US measurements: 115 g butter, 180C oven', 'rewrite').enhanced).toMatch(/°F for the oven/);
  });

  it('offers several LinkedIn headlines when asked to rewrite one', () => {
    const e = enhanceAs('Rewrite my LinkedIn headline to sound less generic: "Marketing professional passionate about growth"', 'rewrite').enhanced;
    expect(e).toMatch(/Give five options/);
    expect(e).toMatch(/220 characters/);
  });

  it('plans a drive with its stops, and answers a pet question filed as writing', () => {
    const drive = enhanceAs('how long does it take to drive from LA to San Francisco and where should we stop on the way', 'creative_writing').enhanced;
    expect(drive).toMatch(/driving time without stops/);
    expect(drive).not.toMatch(/weighs evidence and trade-offs/);
    const cat = enhanceAs('is it normal for my cat to sleep 16 hours a day', 'creative_writing').enhanced;
    expect(cat).toMatch(/calling a vet/);
    expect(cat).not.toMatch(/Return only the finished piece/);
    // "Describe" a trip may want prose: it stays a piece of writing.
    expect(enhanceAs('Describe the perfect weekend trip to Boston, Massachusetts.', 'creative_writing').enhanced).not.toMatch(/travel planner/);
  });

  it('reviews monthly spending against income instead of solving a sum', () => {
    const e = enhanceAs("Here's my monthly spending: rent 1800, food 650, car 420, subscriptions 95, eating out 380, savings 200. Income is 4200 after tax. Where can I cut back?", 'reasoning').enhanced;
    expect(e).toMatch(/share of income/);
    expect(e).toMatch(/Rank the cuts/);
    expect(e).not.toMatch(/`Answer: `/);
  });

  it('tests an A/B difference for significance', () => {
    const e = enhanceAs('Analyze this A/B test: version A had 1,200 visitors and 48 signups, version B had 1,150 visitors and 69 signups. Is B really better?', 'analysis').enhanced;
    expect(e).toMatch(/two-proportion z-test/);
    expect(e).toMatch(/p-value/);
    expect(e).not.toMatch(/what improved, what worsened/);
  });

  it('writes an out-of-office with who to contact, and explains an error with no code given', () => {
    expect(enhanceAs('Write an out-of-office message for the holidays, back January 3rd', 'creative_writing').enhanced).toMatch(/who to contact for anything urgent/);
    const err = enhanceAs('What does this error mean? "TypeError: Cannot read properties of undefined (reading \'map\')"', 'code').enhanced;
    expect(err).toMatch(/No code is included/);
    expect(err).not.toMatch(/Keep the existing style/);
  });

  it('extracts companies with their amounts as pairs, and charts chores as a plan', () => {
    const e = enhanceAs('Extract the company names and their funding amounts: Acme raised $5M in seed funding. Later, Beta Corp closed a $20M Series A, while Gamma Inc. secured $2.5M.', 'extraction').enhanced;
    expect(e).toMatch(/"company": string \| null, "funding_amount": string \| null/);
    const chores = enhanceAs('make a chore chart for my kids ages 5, 8 and 11', 'brainstorming').enhanced;
    expect(chores).toMatch(/one row per task/);
    expect(chores).not.toMatch(/bolder ones/);
  });

  it('helps a lonely newcomer make friends through repeated contact', () => {
    const e = enhanceAs('I feel lonely since moving to a new city. how do I make friends as an adult?', 'open_qa').enhanced;
    expect(e).toMatch(/repeated contact/);
    expect(e).not.toMatch(/low-energy day|short on energy/);
  });
});

describe('everyday requests, thirty-fourth batch', () => {
  it('writes user stories as a product manager, not code, and ignores the feature’s CSV as a reply format', () => {
    const e = enhanceAs('Write user stories for a feature that lets users export their data as CSV', 'code').enhanced;
    expect(e).toMatch(/senior product manager who writes small, testable user stories/);
    expect(e).toMatch(/Given\/When\/Then/);
    expect(e).not.toMatch(/Include tests|standard library/);
  });

  it('reads a job description for resume advice, not as a Python task', () => {
    const e = enhanceAs('Based on this job description, what skills should I highlight in my resume? "We\'re looking for a data analyst with SQL, Tableau, and stakeholder communication experience. Python is a plus."', 'code').enhanced;
    expect(e).toMatch(/ranked by the weight it gives them/);
    expect(e).not.toMatch(/Python software engineer|current versions|type hints/);
  });

  it('gives a French recipe request the recipe shape and a French reply', () => {
    const e = enhanceAs('Peux-tu me donner une recette facile de quiche lorraine ?', 'creative_writing').enhanced;
    expect(e).toMatch(/recipe developer/);
    expect(e).toMatch(/Reply in French/);
  });

  it('builds a magic system as a few developed options with costs and conflict', () => {
    const e = enhanceAs("I'm writing a fantasy novel. Help me come up with a magic system that has real costs and limits.", 'brainstorming').enhanced;
    expect(e).toMatch(/novelist and story editor/);
    expect(e).toMatch(/three to five distinct options/);
    expect(e).not.toMatch(/ordinary time and budget/);
    // Names for a fictional culture stay a naming task.
    expect(enhanceAs('I need 10 names for cities in my fantasy novel', 'brainstorming').enhanced).not.toMatch(/three to five distinct options/);
  });

  it('explains to a teenager, and studies a language for a trip instead of touring', () => {
    expect(enhanceAs('Explain the difference between stocks and bonds to a teenager', 'open_qa').enhanced).toMatch(/The audience is a teenager/);
    const plan = enhanceAs('Create a 30-day plan to learn basic Spanish for a trip', 'planning').enhanced;
    expect(plan).toMatch(/study coach/);
    expect(plan).not.toMatch(/travel planner|nearby places/);
  });

  it('chases an overdue invoice, but not a tenant asking to pay late', () => {
    expect(enhanceAs('Draft a polite reminder to a client whose invoice is 30 days overdue', 'creative_writing').enhanced).toMatch(/invoice number, amount and original due date/);
    expect(enhanceAs('Write a professional email to my landlord asking whether I can make my rent payment 15 days late next month', 'creative_writing').enhanced).not.toMatch(/invoice number/);
  });

  it('reviews a quoted opening line without asking for it, and suggests quick breakfasts as a cook', () => {
    const e = enhanceAs('Give me feedback on this opening line for my novel: "The day my mother disappeared, it rained frogs."', 'analysis').enhanced;
    expect(e).not.toMatch(/If the piece to review is not included/);
    const breakfast = enhanceAs("What's a healthy breakfast I can make in 5 minutes?", 'brainstorming').enhanced;
    expect(breakfast).toMatch(/dietitian and practical home cook/);
    expect(breakfast).not.toMatch(/bolder ones/);
  });
});

describe('everyday requests, thirty-fifth batch', () => {
  it('writes a cron schedule as config, whatever the label, and explains a given one', () => {
    const e = enhanceAs("what's a cron expression for every weekday at 7:30am", 'reasoning').enhanced;
    expect(e).toMatch(/DevOps engineer/);
    expect(e).toMatch(/five-field crontab syntax/);
    expect(e).toMatch(/Give the expression in a fenced block/);
    expect(e).not.toMatch(/`Answer: `|solving the problem a second/);
    const given = enhanceAs('what does 0 */2 * * 1-5 mean in crontab?', 'open_qa').enhanced;
    expect(given).toMatch(/Say in one plain sentence when it runs/);
    expect(given).toMatch(/agree with your plain reading/);
    // A program that cron runs is still a program.
    expect(enhanceAs('write a python script that runs as a cron job and emails me the disk usage', 'code').enhanced).not.toMatch(/crontab/);
  });

  it('plans blog posts as pieces to publish, but not ideas for a whole channel', () => {
    const e = enhanceAs("give me 10 blog post ideas for a small bakery's website", 'brainstorming').enhanced;
    expect(e).toMatch(/content strategist/);
    expect(e).toMatch(/working title as it would be published/);
    expect(e).not.toMatch(/bolder ones/);
    expect(enhanceAs('any ideas for a YouTube channel?', 'brainstorming').enhanced).not.toMatch(/working title/);
  });

  it('answers whether skipping a tip is rude with the custom, and lists a car first aid kit to keep', () => {
    expect(enhanceAs('is it rude to not tip at a coffee shop counter?', 'open_qa').enhanced).toMatch(/when no tip is expected/);
    const kit = enhanceAs('what should go in a basic first aid kit for a family car', 'open_qa').enhanced;
    expect(kit).toMatch(/checklist grouped by category \(for example wound care/);
    expect(kit).toMatch(/expiry dates, batteries/);
    expect(kit).not.toMatch(/every meal, day or activity/);
    expect(enhanceAs('what goes in a 72 hour emergency kit', 'brainstorming').enhanced).toMatch(/water and food, light and power/);
  });

  it('lists symptoms for a person or a dog with who is at risk and when to get checked', () => {
    const e = enhanceAs('what are the symptoms of low vitamin D', 'open_qa').enhanced;
    expect(e).toMatch(/family doctor/);
    expect(e).toMatch(/a reason to get checked, not proof/);
    expect(e).toMatch(/end with when to see a doctor/);
    const dog = enhanceAs('what are the signs of dehydration in dogs', 'brainstorming').enhanced;
    expect(dog).toMatch(/experienced vet/);
    expect(dog).toMatch(/calling a vet soon/);
    expect(dog).not.toMatch(/bolder ones|creative strategist/);
  });

  it('does not check an explanation for a grandmother against current versions', () => {
    const e = enhanceAs('explain what an API is to my grandmother', 'open_qa').enhanced;
    expect(e).toMatch(/my grandmother/);
    expect(e).not.toMatch(/current versions/);
  });

  it('answers how to learn a skill with a daily routine, even with no time given', () => {
    const e = enhanceAs("what's a good way to learn touch typing as an adult", 'open_qa').enhanced;
    expect(e).toMatch(/typing teacher who works with adult learners/);
    expect(e).toMatch(/20–30 minutes a day/);
    expect(e).toMatch(/sample session as a timed list/);
    expect(enhanceAs('how do I learn faster', 'open_qa').enhanced).not.toMatch(/sample session/);
  });
});

describe('everyday requests, thirty-sixth batch', () => {
  it('troubleshoots a suddenly loud laptop fan, cause first, with a repair shop as the fallback', () => {
    const e = enhanceAs('my laptop fan is super loud all of a sudden, what should I check', 'brainstorming').enhanced;
    expect(e).toMatch(/troubleshoots methodically/);
    expect(e).toMatch(/Start with the most likely cause/);
    expect(e).toMatch(/taking it to a repair shop/);
    expect(e).not.toMatch(/bolder ones|a vet, a doctor/);
  });

  it('gives icebreaker questions ready to ask, but keeps a first date out of the group rules', () => {
    const e = enhanceAs('what are some good icebreaker questions for a team meeting', 'brainstorming').enhanced;
    expect(e).toMatch(/facilitator/);
    expect(e).toMatch(/nothing about family, health, money, politics or religion/);
    expect(e).toMatch(/ready to ask as written/);
    expect(enhanceAs('What are good conversation starters for a first date?', 'brainstorming').enhanced).not.toMatch(/facilitator|politics or religion/);
  });

  it('answers a yes-or-no question and a storage question filed as brainstorming', () => {
    const walk = enhanceAs('is 1 hour of walking a day enough exercise?', 'brainstorming').enhanced;
    expect(walk).toMatch(/Lead with a direct answer/);
    expect(walk).not.toMatch(/bolder ones/);
    const herbs = enhanceAs("what's the best way to store fresh herbs so they last longer", 'brainstorming').enhanced;
    expect(herbs).toMatch(/where to keep it, in what, and how long it lasts/);
    expect(herbs).not.toMatch(/bolder ones/);
  });

  it('teaches compound interest through the example instead of ending on a bare answer', () => {
    const e = enhanceAs('explain compound interest with an example using $1000 at 5% for 10 years', 'reasoning').enhanced;
    expect(e).toMatch(/work the example step by step with the figures given/);
    expect(e).toMatch(/show each intermediate value/);
    expect(e).not.toMatch(/`Answer: `/);
  });

  it('weighs a should-I asked after the facts, and reads a customer service role as the job', () => {
    const e = enhanceAs("I'm 30 with $10k in credit card debt and $5k savings. should I use savings to pay off the debt?", 'open_qa').enhanced;
    expect(e).toMatch(/Start with your recommendation/);
    expect(e).toMatch(/Use the figures given/);
    const prep = enhanceAs('help me prepare for a job interview for a customer service role tomorrow', 'planning').enhanced;
    expect(prep).not.toMatch(/to a customer\b/);
    expect(prep).toMatch(/career coach/);
  });
});

describe('everyday requests, thirty-seventh batch', () => {
  it('runs a mock interview as practice that ends in feedback', () => {
    const e = enhanceAs("pretend you're a job interviewer for a barista position and interview me, one question at a time", 'roleplay').enhanced;
    expect(e).toMatch(/give brief feedback on what worked/);
  });

  it('pulls ingredients with their quantities as one object per ingredient', () => {
    const e = enhanceAs('from this recipe, pull out just the ingredients with quantities: "Preheat oven to 350F. Mix 2 cups flour, 1 tsp baking soda and a pinch of salt."', 'extraction').enhanced;
    expect(e).toMatch(/"ingredient": string \| null, "quantity": string \| null/);
    // "The countries with the highest GDP" is a ranking, not an attribute of each country.
    expect(analyzePrompt('list the countries with the highest GDP').itemFields).toEqual([]);
  });

  it('turns "I want to start running, where do I start?" into a first plan with medical clearance', () => {
    const e = enhanceAs("I want to start running. I'm 40, overweight and haven't exercised in years. where do I start?", 'open_qa').enhanced;
    expect(e).toMatch(/fitness coach/);
    expect(e).toMatch(/medical clearance/);
    expect(e).not.toMatch(/names, dates, numbers/);
  });

  it('gives daily water as a range from a named guideline, with no figures to use', () => {
    const e = enhanceAs('how much water should I drink per day', 'open_qa').enhanced;
    expect(e).toMatch(/EFSA or the US National Academies/);
    expect(e).toMatch(/state the body size and activity level you assume/);
    expect(e).not.toMatch(/with the figures given/);
  });

  it('weighs side hustles on pay, start-up and hours, and counts a list of fifteen words', () => {
    const e = enhanceAs('what are good side hustles for a teacher during summer break', 'brainstorming').enhanced;
    expect(e).toMatch(/career adviser/);
    expect(e).toMatch(/what it pays, what it takes to start/);
    expect(e).not.toMatch(/bolder ones|education strategist/);
    const words = enhanceAs('give me a list of 15 words to describe a good leader', 'brainstorming').enhanced;
    expect(words).toMatch(/numbered list of 15 words/);
    expect(words).not.toMatch(/Respect the length given|ordinary time and budget/);
  });

  it('answers a cooking temperature and diagnoses yellowing leaves', () => {
    const pork = enhanceAs('what temperature should I cook a pork tenderloin to', 'creative_writing').enhanced;
    expect(pork).toMatch(/target internal temperature in °F and °C/);
    expect(pork).not.toMatch(/analyst|false balance/);
    const plant = enhanceAs("my houseplant's leaves are turning yellow, what am I doing wrong", 'open_qa').enhanced;
    expect(plant).toMatch(/Start with the most likely cause/);
  });
});

describe('everyday requests, thirty-eighth batch', () => {
  it('times a trip by season and answers food left out overnight plainly', () => {
    const japan = enhanceAs("what's the best time of year to visit Japan", 'open_qa').enhanced;
    expect(japan).toMatch(/travel planner who knows how the seasons change a trip/);
    expect(japan).toMatch(/season-by-season guide/);
    const chicken = enhanceAs('is it safe to eat chicken that was left out overnight?', 'open_qa').enhanced;
    expect(chicken).toMatch(/food-safety specialist/);
    expect(chicken).toMatch(/two-hour rule/);
    expect(chicken).toMatch(/Lead with a plain yes or no/);
  });

  it('gives the number of dinner ideas asked for, and a healthy weight as a BMI range', () => {
    expect(enhanceAs('give me 5 dinner ideas using ground beef', 'brainstorming').enhanced).toMatch(/Give 5 dishes/);
    const weight = enhanceAs(`what's a healthy weight for a 5'6" woman`, 'open_qa').enhanced;
    expect(weight).toMatch(/BMI range of 18\.5–24\.9/);
    expect(weight).toMatch(/Give the figure first, as a realistic range/);
  });

  it('does not read "from an employees table" as a table for the reply', () => {
    expect(analyzePrompt('write a SQL query to get the second highest salary from an employees table').formatRequested).toBeNull();
    expect(analyzePrompt('compare these three laptops in a table').formatRequested).toBe('table');
    expect(enhanceAs('write a SQL query to get the second highest salary from an employees table', 'code').enhanced).toMatch(/one fenced sql block/);
  });

  it('lists facts in the order asked, and keeps a photo caption to a line or two', () => {
    const planets = enhanceAs('list the planets in order from the sun', 'brainstorming').enhanced;
    expect(planets).toMatch(/in the order asked/);
    expect(planets).not.toMatch(/bolder ones/);
    const caption = enhanceAs('write an Instagram caption for a beach sunset photo', 'creative_writing').enhanced;
    expect(caption).toMatch(/one or two short lines that suit the photo/);
    expect(caption).not.toMatch(/80–150 words/);
  });

  it("treats a baby's sleep as a baby's, and translates into several languages one per line", () => {
    const baby = enhanceAs('how do I get my 8 month old to sleep through the night', 'open_qa').enhanced;
    expect(baby).toMatch(/night feeds, sleep regressions/);
    expect(baby).not.toMatch(/exact words a parent could say/);
    expect(enhanceAs('translate "I love you" into 10 languages', 'rewrite').enhanced).toMatch(/one line per language/);
  });
});

describe('everyday requests, thirty-ninth batch', () => {
  it('gives steps for a stripped screw and first steps when a car battery dies', () => {
    const screw = enhanceAs('how do I remove a stripped screw', 'open_qa').enhanced;
    expect(screw).toMatch(/step-by-step instructions/);
    expect(screw).toMatch(/short numbered list in the order to do them/);
    const battery = enhanceAs('what should I do if my car battery dies in a parking lot', 'open_qa').enhanced;
    expect(battery).toMatch(/stays calm and knows what to do when things go wrong/);
    expect(battery).toMatch(/Start with anything to do at once to stay safe/);
    expect(battery).toMatch(/roadside assistance/);
    const pipe = enhanceAs('what should I do if my pipe bursts', 'open_qa').enhanced;
    expect(pipe).toMatch(/a plumber/);
    expect(pipe).not.toMatch(/roadside/);
    // A pet that ate something stays with the vet, not the mishap layout.
    expect(enhanceAs('what should I do if my dog eats chocolate', 'open_qa').enhanced).toMatch(/experienced vet/);
  });

  it('writes wedding vows as a short personal speech, and outlines a speech without a plot', () => {
    const vows = enhanceAs('write a wedding vow that is funny but heartfelt', 'creative_writing').enhanced;
    expect(vows).toMatch(/speechwriter/);
    expect(vows).toMatch(/about one minute when spoken/);
    expect(vows).toMatch(/\[a favourite memory\]/);
    expect(vows).not.toMatch(/comedy writer/);
    const eulogy = enhanceAs('Write a eulogy for my dog Biscuit, a 14 year old beagle who stole socks and hated the mailman with his whole heart. I\'ll read it at a small backyard thing with family. Under 400 words', 'creative_writing').enhanced;
    expect(eulogy).not.toMatch(/turning point/);
  });

  it('writes trivia with answers for a quiz night', () => {
    const e = enhanceAs('give me 10 trivia questions about the 1990s with answers', 'open_qa').enhanced;
    expect(e).toMatch(/quiz writer/);
    expect(e).toMatch(/each with its answer on the line below it/);
    expect(e).not.toMatch(/why it works|test understanding rather than trivia/);
  });

  it('treats waking at 3am as a sleep problem with a doctor line, not ten ideas', () => {
    const e = enhanceAs("I keep waking up at 3am and can't fall back asleep. what can I do?", 'brainstorming').enhanced;
    expect(e).toMatch(/sleep specialist/);
    expect(e).toMatch(/when to see a doctor/);
    expect(e).not.toMatch(/bolder ones|creative health strategist/);
  });

  it('answers how to memorize a speech or lines instead of writing one', () => {
    const speech = enhanceAs("what's the best way to memorize a speech", 'creative_writing').enhanced;
    expect(speech).toMatch(/public-speaking coach/);
    expect(speech).toMatch(/Give the method as short numbered steps/);
    expect(speech).not.toMatch(/about two minutes when spoken|Return only the finished piece/);
    expect(enhanceAs('how do I memorize my lines for a school play', 'open_qa').enhanced).toMatch(/drama coach/);
  });
});

describe('everyday requests, fortieth batch', () => {
  it('recommends real titles on a subject, and still matches a title when one is named', () => {
    const history = enhanceAs('recommend 5 podcasts about history', 'brainstorming').enhanced;
    expect(history).toMatch(/numbered list of 5 titles/);
    expect(history).toMatch(/what each covers and who it suits/);
    expect(history).not.toMatch(/bolder ones|the one named/);
    expect(enhanceAs('suggest some books like the hunger games', 'brainstorming').enhanced).toMatch(/shares with the one named/);
    expect(enhanceAs('suggest some podcasts for a long road trip, we like true crime and history', 'brainstorming').enhanced).not.toMatch(/the one named/);
  });

  it('gives a recipe or a cooking method for a home kitchen', () => {
    const brew = enhanceAs('how do I make cold brew coffee at home', 'open_qa').enhanced;
    expect(brew).toMatch(/experienced home cook/);
    expect(brew).toMatch(/Give the ingredients with quantities/);
    const broccoli = enhanceAs("what's the healthiest way to cook broccoli", 'brainstorming').enhanced;
    expect(broccoli).toMatch(/Lead with the method you recommend/);
    expect(broccoli).not.toMatch(/creative health strategist|bolder ones/);
    // Storing food keeps its own answer.
    expect(enhanceAs("what's the best way to store fresh herbs so they last longer", 'brainstorming').enhanced).toMatch(/keep food fresh/);
  });

  it('picks plants that fit the conditions', () => {
    const e = enhanceAs('what are the best houseplants for low light', 'open_qa').enhanced;
    expect(e).toMatch(/horticulturist/);
    expect(e).toMatch(/toxic to pets/);
    expect(e).toMatch(/six to eight picks/);
  });

  it('helps a parent whose child is bullied and a tenant with a barking dog next door', () => {
    const bullied = enhanceAs('my kid is being bullied at school, what should I do', 'open_qa').enhanced;
    expect(bullied).toMatch(/school counsellor/);
    expect(bullied).toMatch(/do not promise to keep it secret/);
    const dog = enhanceAs("my neighbor's dog barks all night, how do I handle it", 'creative_writing').enhanced;
    expect(dog).toMatch(/community mediator/);
    expect(dog).toMatch(/friendliest to the most formal/);
    expect(dog).not.toMatch(/Return only the finished piece/);
  });

  it('works out a temperature conversion and changes a tire with the car kit', () => {
    const temp = enhanceAs('convert 350 degrees fahrenheit to celsius', 'rewrite').enhanced;
    expect(temp).toMatch(/Answer: /);
    expect(temp).not.toMatch(/converted text|meticulous editor/);
    const tire = enhanceAs('how do I change a flat tire', 'open_qa').enhanced;
    expect(tire).toMatch(/experienced mechanic/);
    expect(tire).toMatch(/kit that came with the car/);
    expect(tire).not.toMatch(/household supplies/);
  });
});

describe('everyday requests, forty-first batch', () => {
  it('handles trouble with a boss and a toddler who will not brush, instead of ideas or a story', () => {
    const boss = enhanceAs('my boss keeps taking credit for my work, what should I do?', 'brainstorming').enhanced;
    expect(boss).toMatch(/career coach/);
    expect(boss).toMatch(/least risky/);
    expect(boss).not.toMatch(/bolder ones/);
    // A request from the boss is no trouble with the boss.
    expect(enhanceAs('my manager wants me to give a presentation next week, any tips?', 'brainstorming').enhanced).not.toMatch(/career coach|skip-level/);
    const teeth = enhanceAs('how do I get my toddler to brush her teeth', 'creative_writing').enhanced;
    expect(teeth).toMatch(/family coach/);
    expect(teeth).not.toMatch(/Return only the finished piece/);
  });

  it('writes a job description, tweets and a meditation script in their own shapes', () => {
    const job = enhanceAs('write a job description for a part-time bookkeeper at a small construction company', 'creative_writing').enhanced;
    expect(job).toMatch(/experienced recruiter/);
    expect(job).toMatch(/what you will do, what you need, nice to have/);
    expect(job).toMatch(/in square brackets/);
    expect(enhanceAs('write 3 tweets promoting our new vegan menu at a cafe', 'creative_writing').enhanced).toMatch(/social media writer/);
    const calm = enhanceAs('give me a 5-minute meditation script for anxiety', 'code').enhanced;
    expect(calm).not.toMatch(/language version|input sizes/);
    expect(calm).toMatch(/add up to 5 minutes/);
  });

  it('answers usage, pairing, thesis-statement and doctor-question asks with their own layouts', () => {
    const whom = enhanceAs('what\'s the difference between "who" and "whom"', 'open_qa').enhanced;
    expect(whom).toMatch(/copy editor/);
    expect(whom).toMatch(/quick test for choosing/);
    expect(whom).not.toMatch(/names, dates, numbers/);
    // A word from the usage list that is not the subject ("use that feature", "use which database") is no usage question.
    expect(enhanceAs('how do I use that feature in google sheets', 'open_qa').enhanced).not.toMatch(/copy editor/);
    expect(enhanceAs('when should I use which database for a small app', 'open_qa').enhanced).not.toMatch(/copy editor/);
    expect(enhanceAs('when do you use a semicolon', 'open_qa').enhanced).toMatch(/copy editor/);
    expect(enhanceAs('what wine goes with salmon', 'open_qa').enhanced).toMatch(/sommelier/);
    expect(enhanceAs('what sides go well with salmon', 'open_qa').enhanced).not.toMatch(/sommelier/);
    const thesis = enhanceAs('how do I write a good thesis statement', 'open_qa').enhanced;
    expect(thesis).toMatch(/writing teacher/);
    expect(thesis).toMatch(/weak-to-strong examples/);
    expect(thesis).not.toMatch(/for my thesis or a formal submission/);
    const doctor = enhanceAs('what questions should I ask my doctor about high blood pressure', 'open_qa').enhanced;
    expect(doctor).toMatch(/short appointment/);
    expect(doctor).not.toMatch(/why it works|do not bury the answer/);
  });

  it('names babies with origins and keeps a running toilet out of fitness', () => {
    const names = enhanceAs('generate a list of 20 baby girl names that start with A', 'brainstorming').enhanced;
    expect(names).toMatch(/20 names, each with its origin and meaning/);
    expect(names).toMatch(/first letter/);
    expect(enhanceAs('how do I fix a running toilet', 'open_qa').enhanced).not.toMatch(/fitness/);
    expect(enhanceAs("I'm a nurse working night shifts. how can I stay healthy and not gain weight?", 'open_qa').enhanced).not.toMatch(/practitioner in the field/);
  });

  it('works sums from given figures and benchmarks savings without one', () => {
    expect(enhanceAs('how do I calculate my GPA? I got A, B+, A-, C in 4 credit classes', 'open_qa').enhanced).toMatch(/Answer: /);
    const retire = enhanceAs("how much should I save for retirement if I'm 35 and have nothing saved", 'reasoning').enhanced;
    expect(retire).toMatch(/named benchmark/);
    expect(retire).not.toMatch(/notebook costs/);
  });

  it('lists groceries from a given meal plan and plans a trip asked of a travel agent', () => {
    const groceries = enhanceAs('make a grocery list from this meal plan: Mon tacos, Tue spaghetti bolognese, Wed chicken stir fry', 'planning').enhanced;
    expect(groceries).toMatch(/checklist grouped by category/);
    expect(groceries).not.toMatch(/breakfast, lunch, dinner|gear you already own/);
    const greece = enhanceAs('act as a travel agent and help me plan a honeymoon in Greece', 'roleplay').enhanced;
    expect(greece).toMatch(/one row per day/);
  });
});

describe('everyday requests, forty-second batch', () => {
  it('coaches an elevator pitch and writes a card that fits a card', () => {
    const pitch = enhanceAs('help me write a 2-minute elevator pitch for my app that helps people split bills', 'creative_writing').enhanced;
    expect(pitch).toMatch(/pitch coach/);
    expect(pitch).toMatch(/end with one clear ask/);
    const card = enhanceAs('what should I write in a sympathy card for a coworker whose father died', 'creative_writing').enhanced;
    expect(card).toMatch(/two to four sentences, the size of a card/);
    expect(card).toMatch(/Give three short options/);
    expect(card).toMatch(/everything happens for a reason/);
    expect(enhanceAs('retirement card message for a coworker', 'creative_writing').enhanced).toMatch(/Return only the message, ready to copy into the card/);
  });

  it('walks through an official process and schedules a meeting across time zones', () => {
    const llc = enhanceAs('what are the steps to start an LLC in Texas', 'open_qa').enhanced;
    expect(llc).toMatch(/small-business adviser/);
    expect(llc).toMatch(/never invent a form number/);
    expect(llc).toMatch(/roughly what it costs and how long it takes/);
    const meeting = enhanceAs('what time zone should I schedule a meeting in for people in New York, London and Tokyo', 'planning').enhanced;
    expect(meeting).toMatch(/each place’s local time/);
    expect(meeting).not.toMatch(/hardest work where energy is highest/);
  });

  it('troubleshoots a draining battery and yellow tomato leaves instead of writing', () => {
    expect(enhanceAs('my phone battery drains really fast, what can I do', 'open_qa').enhanced).toMatch(/Start with the most likely cause/);
    const tomato = enhanceAs('my tomato plants have yellow leaves at the bottom, why', 'creative_writing').enhanced;
    expect(tomato).toMatch(/Start with the most likely cause/);
    expect(tomato).not.toMatch(/Return only the finished piece/);
  });

  it('names Go, and turns a one-line update into a LinkedIn post that invents nothing', () => {
    expect(enhanceAs('write a function in Go that reverses a linked list', 'code').enhanced).toMatch(/Use Go and its idiomatic style/);
    const post = enhanceAs('rewrite this for a LinkedIn post: "we shipped v2 of our app today, huge thanks to the team"', 'rewrite').enhanced;
    expect(post).toMatch(/social media writer/);
    expect(post).toMatch(/invent none/);
  });

  it('keeps smaller asks in their lanes', () => {
    expect(enhanceAs("what's the etiquette for splitting the bill at a group dinner", 'open_qa').enhanced).toMatch(/etiquette expert/);
    expect(enhanceAs('is it ok to give my dog peanut butter', 'open_qa').enhanced).not.toMatch(/etiquette/);
    expect(enhanceAs("what's the proper way to hold a golf club", 'open_qa').enhanced).not.toMatch(/etiquette/);
    expect(enhanceAs("what's the difference between a CV and a resume", 'open_qa').enhanced).not.toMatch(/part of a job application/);
    expect(enhanceAs('how do I get rid of a headache without medicine', 'open_qa').enhanced).not.toMatch(/dose, other medicines/);
    expect(enhanceAs("what's the fastest way to learn to code", 'open_qa').enhanced).toMatch(/programming teacher/);
    const snacks = enhanceAs('give me a list of 10 healthy snacks for work', 'brainstorming').enhanced;
    expect(snacks).toMatch(/registered dietitian/);
    expect(snacks).toMatch(/which need a fridge/);
    expect(enhanceAs('what are good conversation topics for a first date', 'brainstorming').enhanced).toMatch(/dating coach/);
  });
});

describe('everyday requests, forty-third batch', () => {
  it('compares the avalanche and the snowball when several debts compete', () => {
    const debts = enhanceAs('I have 3 credit cards with balances of $2,000 at 24%, $5,500 at 18% and $800 at 29%. Which should I pay off first?', 'reasoning').enhanced;
    expect(debts).toMatch(/avalanche \(highest interest rate first/);
    expect(debts).toMatch(/snowball \(smallest balance first/);
    expect(debts).toMatch(/the order to pay them off/);
    expect(debts).not.toMatch(/break-even/);
    // One loan against investing is still a decision that turns on figures.
    expect(enhanceAs('should I pay off my student loan at 4% or invest at 7%?', 'reasoning').enhanced).not.toMatch(/avalanche/);
  });

  it('explains a phrase as people use it, and a game by its rules in play order', () => {
    const phrase = enhanceAs('what does "per my last email" actually mean', 'open_qa').enhanced;
    expect(phrase).toMatch(/linguist and copy editor/);
    expect(phrase).toMatch(/tone or subtext/);
    expect(phrase).toMatch(/a more neutral way to say it/);
    // A term of art with a second question stays the subject's own explanation.
    expect(enhanceAs('What does "ex-dividend date" mean and why does the share price drop that morning?', 'open_qa').enhanced).not.toMatch(/linguist/);
    expect(enhanceAs("what does 'ECONNREFUSED' mean when I run npm install", 'open_qa').enhanced).not.toMatch(/linguist/);
    const game = enhanceAs('explain the rules of pickleball to a total beginner', 'open_qa').enhanced;
    expect(game).toMatch(/pickleball player and coach/);
    expect(game).toMatch(/in the order they come up in play/);
    expect(game).not.toMatch(/analogy/);
    expect(enhanceAs('how do you play go fish', 'open_qa').enhanced).toMatch(/go fish player/);
    expect(enhanceAs('how do I play poker better', 'open_qa').enhanced).not.toMatch(/in the order they come up in play/);
  });

  it('names fictional characters for their world, not as a baby', () => {
    const names = enhanceAs('give me 10 girl names for characters in my fantasy novel', 'brainstorming').enhanced;
    expect(names).not.toMatch(/baby-name/);
    expect(names).toMatch(/novelist with an ear for names/);
    expect(names).toMatch(/easy to tell apart on the page/);
    expect(enhanceAs('20 baby girl names that start with A', 'brainstorming').enhanced).toMatch(/baby-name expert/);
  });

  it('runs a mock job interview as practice and does not take a review for an instruction', () => {
    expect(enhanceAs('can you do a mock job interview with me for a junior data analyst role? ask one question at a time', 'roleplay').enhanced).toMatch(/give brief feedback on what worked/);
    const reviews = enhanceAs('classify these reviews as positive, negative or neutral:\n1. The delivery was late but the food was great\n2. Never ordering again\n3. It was fine', 'classification').enhanced;
    expect(reviews).not.toMatch(/to the letter/);
    expect(enhanceAs('Write a haiku about rain. Never use the word "wet".', 'creative_writing').enhanced).toMatch(/Never use the word "wet"/);
  });

  it('gives a daily water figure as a range from a named guideline', () => {
    const water = enhanceAs('how many cups of water should I drink a day', 'open_qa').enhanced;
    expect(water).toMatch(/expert in health/);
    expect(water).toMatch(/EFSA or the US National Academies/);
    expect(water).toMatch(/as a realistic range with its unit/);
    expect(water).not.toMatch(/names, dates, numbers/);
  });
});

describe('everyday requests, forty-fourth batch', () => {
  it('treats a unit conversion filed as code as a sum', () => {
    const temp = enhanceAs('convert 350 F to celsius', 'code').enhanced;
    expect(temp).toMatch(/`Answer: `/);
    expect(temp).not.toMatch(/unit tests|fenced block|standard library/);
    expect(enhanceAs('convert 350 F to celsius in python', 'code').enhanced).toMatch(/fenced block/);
  });

  it('sends a noisy laptop to a repair technician', () => {
    const fan = enhanceAs('my laptop fan is really loud all the time, how do I fix it', 'brainstorming').enhanced;
    expect(fan).toMatch(/repair technician for computers, phones/);
    expect(fan).toMatch(/Start with the most likely cause/);
    expect(enhanceAs('why does my sourdough starter smell like acetone', 'open_qa').enhanced).not.toMatch(/electronics/);
  });

  it('coaches asking the boss for a raise as a pay negotiation', () => {
    const raise = enhanceAs('how do I ask my boss for a raise', 'open_qa').enhanced;
    expect(raise).toMatch(/negotiation coach/);
    expect(raise).toMatch(/how to choose the number to ask for/);
  });

  it('reads one measure over time as a trend, period by period', () => {
    const trend = enhanceAs("analyze this data: sales were 120 in Jan, 135 in Feb, 98 in Mar, 160 in Apr. what's the trend?", 'analysis').enhanced;
    expect(trend).toMatch(/Open with the trend in one sentence/);
    expect(trend).toMatch(/value, change, % change/);
    expect(trend).not.toMatch(/metric by metric/);
    const two = enhanceAs("Here are our numbers. Signups: Jan 420, Feb 390, Mar 510. Churn: Jan 30, Feb 35, Mar 20. What's the trend?", 'analysis').enhanced;
    expect(two).toMatch(/metric by metric/);
  });
});

describe('everyday requests, forty-fifth batch', () => {
  it('writes a LinkedIn summary as a bio, not a summary of a source', () => {
    const bio = enhanceAs("help me write a LinkedIn summary, I'm a nurse transitioning into UX design", 'summarization').enhanced;
    expect(bio).toMatch(/warm, credible bios/);
    expect(bio).not.toMatch(/faithful to the source/);
  });

  it('answers one upset customer in one reply, and leaves a bot setup alone', () => {
    const reply = enhanceAs('you are a customer support agent for an airline. a customer is angry their flight was cancelled. respond to them', 'roleplay').enhanced;
    expect(reply).toMatch(/acknowledge the problem and how the customer feels/);
    expect(reply).toMatch(/Return only the reply to the customer/);
    expect(reply).not.toMatch(/Keep to the rules above|wait for the user/);
    expect(enhanceAs('You are the customer support assistant for Acme. Rules: never promise refunds. Greet the customer.', 'roleplay').enhanced).not.toMatch(/Return only the reply to the customer/);
  });

  it('finds the field of networking, security and an upset cat', () => {
    expect(enhanceAs('explain the difference between TCP and UDP', 'open_qa').enhanced).toMatch(/expert in computer networking/);
    expect(enhanceAs('what are the best practices for password storage in a web app', 'open_qa').enhanced).toMatch(/application security engineer/);
    const cat = enhanceAs('my cat keeps peeing outside the litter box, why?', 'open_qa').enhanced;
    expect(cat).toMatch(/Start with the most likely cause/);
    expect(cat).toMatch(/calling a vet today/);
  });

  it('reads a one-amount health question and a trip-timing question as questions', () => {
    const sleep = enhanceAs('is 7 hours of sleep enough', 'reasoning').enhanced;
    expect(sleep).toMatch(/expert in health/);
    expect(sleep).not.toMatch(/list the given quantities/);
    expect(enhanceAs('is 7 hours enough to drive 500 miles', 'reasoning').enhanced).toMatch(/Answer: /);
    const aurora = enhanceAs("what's the best time of year to visit Iceland to see the northern lights", 'creative_writing').enhanced;
    expect(aurora).toMatch(/season-by-season guide/);
    expect(aurora).not.toMatch(/Return only the finished piece/);
  });

  it('reads "…, how do I contest it" without a question mark as the asker’s own legal question', () => {
    const ticket = enhanceAs('I got a parking ticket I think is unfair, how do I contest it', 'open_qa').enhanced;
    expect(ticket).toMatch(/legal adviser who lays out realistic options/);
    expect(ticket).toMatch(/options as a numbered list in the order to try them/);
  });

  it('lists side dishes for a gathering and rhymes by ear', () => {
    const sides = enhanceAs('what are some good side dishes for thanksgiving', 'brainstorming').enhanced;
    expect(sides).toMatch(/plans dishes for gatherings/);
    expect(sides).toMatch(/whether it can be made ahead/);
    expect(enhanceAs('what desserts can I bring to a potluck that travel well', 'open_qa').enhanced).toMatch(/which keep and travel well/);
    expect(enhanceAs('give me some conversation starters for a first date', 'brainstorming').enhanced).not.toMatch(/dishes/);
    const rhymes = enhanceAs('list 20 words that rhyme with "light"', 'brainstorming').enhanced;
    expect(rhymes).toMatch(/precise ear for rhyme/);
    expect(rhymes).toMatch(/perfect rhymes first/);
    expect(rhymes).toMatch(/numbered list of 20 words/);
  });
});

describe('everyday requests, forty-sixth batch', () => {
  it('gives a git command as a command line, not a program with tests', () => {
    const git = enhanceAs('write a git command to undo my last commit but keep the changes', 'code').enhanced;
    expect(git).toMatch(/well-quoted command lines/);
    expect(git).toMatch(/Keep it to one command line/);
    expect(git).not.toMatch(/Include tests/);
  });

  it('reads a closing "how do I…" or "why is it…" without a question mark as the question', () => {
    const teen = enhanceAs('my teenager is spending way too much time on his phone, how do I set limits without a fight', 'open_qa').enhanced;
    expect(teen).toMatch(/family coach/);
    expect(teen).toMatch(/numbered list of strategies in the order to try them/);
    expect(enhanceAs('help me understand my electricity bill, why is it so high this month', 'open_qa').enhanced).toMatch(/expert in home energy use/);
  });

  it('finds economics, credit scores, burnout and hardy houseplants', () => {
    expect(enhanceAs('explain what inflation is and why prices keep going up', 'open_qa').enhanced).toMatch(/expert in economics/);
    expect(enhanceAs('how can I improve my credit score quickly', 'brainstorming').enhanced).toMatch(/expert in personal finance/);
    const burnout = enhanceAs('what are the signs of burnout', 'brainstorming').enhanced;
    expect(burnout).toMatch(/Open with the signs as a short list/);
    const plants = enhanceAs("I'm a beginner, what houseplants are hard to kill", 'brainstorming').enhanced;
    expect(plants).toMatch(/horticulturist/);
    expect(plants).not.toMatch(/creative strategist/);
  });

  it('makes science fair ideas testable experiments', () => {
    const fair = enhanceAs('give me 5 ideas for a science fair project for 6th grade', 'brainstorming').enhanced;
    expect(fair).toMatch(/judged many school science fairs/);
    expect(fair).toMatch(/a question to test, one thing to change and something to measure/);
    expect(fair).toMatch(/numbered list of 5 ideas/);
  });

  it('sends a bike tyre to a bike mechanic, not a roadside tow', () => {
    const bike = enhanceAs('how do I change a bike tire', 'open_qa').enhanced;
    expect(bike).toMatch(/experienced bike mechanic/);
    expect(bike).toMatch(/tyre levers/);
    expect(enhanceAs('how do I change a flat tire', 'open_qa').enhanced).toMatch(/experienced mechanic/);
  });

  it('teaches vocabulary by spaced repetition with a daily routine', () => {
    const vocab = enhanceAs("what's the best way to memorize vocabulary for a language exam", 'creative_writing').enhanced;
    expect(vocab).toMatch(/language teacher who knows how memory works/);
    expect(vocab).toMatch(/spaced repetition with active recall/);
    expect(vocab).toMatch(/a daily routine as short numbered steps/);
  });
});

describe('everyday requests, review of batches 43 to 46', () => {
  it('keeps the new checks to the prompts they were made for', () => {
    // A part of a game is not the whole game.
    expect(enhanceAs('what are the rules of poker hands ranking', 'open_qa').enhanced).not.toMatch(/a first game of poker/);
    expect(enhanceAs('what are the rules of chess?', 'open_qa').enhanced).toMatch(/chess player and coach/);
    // Presenting a science fair project is not choosing one.
    expect(enhanceAs('science fair poster layout tips', 'brainstorming').enhanced).not.toMatch(/a question to test/);
    // Names from stories for a real daughter are still baby names.
    expect(enhanceAs('girl names from classic books for my daughter', 'brainstorming').enhanced).toMatch(/baby-name expert/);
    // A toddler's water is still a body figure, not a sum.
    expect(enhanceAs('how many glasses of water should a toddler drink', 'reasoning').enhanced).toMatch(/as a realistic range, with its unit/);
    // The best time to post is a question, not a piece to write.
    expect(enhanceAs("what's the best time to post on Instagram", 'creative_writing').enhanced).not.toMatch(/Return only the finished piece/);
  });
});

describe('everyday requests, forty-seventh batch', () => {
  it('tracks down the cause of a high bill instead of labelling it', () => {
    const bill = enhanceAs('my electricity bill is so high this winter, what could be causing it', 'classification').enhanced;
    expect(bill).toMatch(/expert in home energy use who troubleshoots methodically/);
    expect(bill).toMatch(/Start with the most likely cause/);
    expect(bill).not.toMatch(/label/);
    expect(enhanceAs('my water bill doubled this month, why', 'analysis').enhanced).toMatch(/most likely cause/);
    // A ticket quoted to be routed is still labelled.
    expect(enhanceAs("Which department should this ticket go to, HR, IT or Finance? 'My laptop won't connect to the VPN since this morning.'", 'classification').enhanced).not.toMatch(/most likely cause/);
  });

  it('puts a failed bake right with a baker, cause first', () => {
    const loaf = enhanceAs('my sourdough came out dense and flat, what went wrong', 'analysis').enhanced;
    expect(loaf).toMatch(/experienced baker who troubleshoots methodically/);
    expect(loaf).toMatch(/most likely cause/);
    expect(loaf).not.toMatch(/weighs evidence and trade-offs/);
    expect(enhanceAs('my cake turned out dry, what did I do wrong', 'open_qa').enhanced).toMatch(/experienced baker/);
  });

  it('lists questions to ask at an interview, not a weighed verdict', () => {
    const qs = enhanceAs('what questions should I ask at the end of a job interview', 'creative_writing').enhanced;
    expect(qs).toMatch(/career coach who knows what interviewers listen for/);
    expect(qs).toMatch(/numbered list of 10 questions/);
    expect(qs).not.toMatch(/bottom line/);
    expect(enhanceAs('what questions can I ask my new manager in our first one on one', 'brainstorming').enhanced).toMatch(/career coach who helps people get the most from conversations at work/);
  });

  it('answers causes of a body reading as health, not ideas', () => {
    const bp = enhanceAs('my blood pressure is high, what could be causing it', 'brainstorming').enhanced;
    expect(bp).toMatch(/expert in health/);
    expect(bp).toMatch(/seeing a doctor soon/);
    expect(bp).not.toMatch(/numbered list of 10 ideas/);
  });

  it('answers food keeping questions as food safety', () => {
    expect(enhanceAs('is it safe to eat eggs past the expiration date', 'open_qa').enhanced).toMatch(/expert in food safety/);
    expect(enhanceAs('when does my passport expiry date matter for travel to Mexico', 'open_qa').enhanced).not.toMatch(/food safety/);
  });
});

describe('everyday requests, forty-eighth batch', () => {
  it('troubleshoots a plant problem told without a question, as a gardener', () => {
    const tomato = enhanceAs('my tomato plants have spots on the leaves and they are curling', 'roleplay').enhanced;
    expect(tomato).toMatch(/expert in gardening who troubleshoots methodically/);
    expect(tomato).toMatch(/Start with the most likely cause/);
    expect(tomato).not.toMatch(/in character/);
    // A power plant or a plant-based diet is not gardening.
    expect(enhanceAs('how does a nuclear power plant work', 'open_qa').enhanced).not.toMatch(/gardening/);
  });

  it('answers a toddler milestone question for the parent, not as a sum or for the child', () => {
    const talk = enhanceAs('is it normal for a 2 year old to not talk much yet', 'reasoning').enhanced;
    expect(talk).toMatch(/paediatric nurse/);
    expect(talk).not.toMatch(/The audience is a 2 year old/);
    expect(talk).not.toMatch(/Answer: /);
  });

  it('makes a stretching routine for back pain one gentle session with stop signs', () => {
    const back = enhanceAs("what's a good stretching routine for lower back pain from sitting all day", 'planning').enhanced;
    expect(back).toMatch(/physiotherapist/);
    expect(back).toMatch(/numbness or tingling\) mean stopping/);
    expect(back).toMatch(/one row per exercise/);
    expect(back).not.toMatch(/progression from week to week/);
    expect(enhanceAs('give me a 4 week plan to strengthen my bad knees', 'planning').enhanced).toMatch(/physiotherapist[\s\S]*progression from week to week/);
  });

  it('checks a daycare by visit and records, not by an inspection', () => {
    const care = enhanceAs('what should I consider when choosing a daycare', 'open_qa').enhanced;
    expect(care).toMatch(/choose care they can trust/);
    expect(care).toMatch(/before you visit, during the visit, before you sign/);
    expect(care).not.toMatch(/independent inspection/);
    expect(enhanceAs('what should I consider when buying a used car', 'open_qa').enhanced).toMatch(/independent inspection is worth paying for/);
  });

  it('gives tips for a closing "any advice" and a fresh start in a new city', () => {
    expect(enhanceAs("I'm nervous about my first marathon next week, any advice", 'brainstorming').enhanced).toMatch(/numbered list of eight to ten tips/);
    const city = enhanceAs("I just moved to a new city and don't know anyone, any tips", 'creative_writing').enhanced;
    expect(city).toMatch(/friendships grow from repeated contact/);
    expect(city).not.toMatch(/Return only the finished piece/);
  });

  it('weighs renting against buying as personal finance', () => {
    expect(enhanceAs('is it better to rent or buy a house in 2026', 'analysis').enhanced).toMatch(/expert in personal finance who weighs the options/);
  });
});

describe('everyday requests, forty-ninth batch', () => {
  it('writes an explanation for a non-technical reader, not a developer', () => {
    const api = enhanceAs('explain what an API is to someone non-technical', 'open_qa').enhanced;
    expect(api).toMatch(/The audience is someone non-technical/);
    expect(api).not.toMatch(/Write for a developer/);
  });

  it('answers "is that bad" first for a fault, and troubleshoots a fault told without a question', () => {
    const hot = enhanceAs('my laptop gets really hot when I play games, is that bad', 'brainstorming').enhanced;
    expect(hot).toMatch(/repair technician/);
    expect(hot).toMatch(/Start with whether this is normal or a concern/);
    expect(hot).not.toMatch(/numbered list of 10 ideas/);
    const wifi = enhanceAs('my WiFi keeps dropping every few minutes', 'brainstorming').enhanced;
    expect(wifi).toMatch(/expert in home networking who troubleshoots methodically/);
    expect(wifi).toMatch(/Start with the most likely cause/);
  });

  it('coaches asking a manager for feedback', () => {
    expect(enhanceAs('how do I ask for feedback from my manager without sounding needy', 'open_qa').enhanced).toMatch(/communication coach[\s\S]*an example of what to say/);
  });

  it('helps a parent explain a hard subject to a child in plain words', () => {
    const death = enhanceAs('how do I explain death to a 5 year old', 'open_qa').enhanced;
    expect(death).toMatch(/child psychologist/);
    expect(death).toMatch(/parent or carer who will have this conversation/);
    expect(death).toMatch(/avoid euphemisms/);
    expect(death).not.toMatch(/analogy/);
    expect(death).not.toMatch(/The audience is a 5 year old/);
    const fractions = enhanceAs('how can I explain fractions to my 8 year old', 'open_qa').enhanced;
    expect(fractions).toMatch(/teacher who explains things to children/);
    expect(fractions).not.toMatch(/days after/);
  });

  it('lists what to bring to one appointment, not luggage', () => {
    const bring = enhanceAs('what should I bring to a job interview', 'brainstorming').enhanced;
    expect(bring).toMatch(/documents and copies, things to show/);
    expect(bring).not.toMatch(/toiletries|every meal/);
    expect(enhanceAs('what should I pack for a week in Iceland', 'brainstorming').enhanced).toMatch(/toiletries/);
  });

  it('gives resume advice from a recruiter, and keeps a loan’s beneficiary out of the audience', () => {
    const cv = enhanceAs('how do I make my resume stand out with no experience', 'creative_writing').enhanced;
    expect(cv).toMatch(/resume writer and recruiter/);
    expect(cv).not.toMatch(/Return only the finished piece|keep it to a length that suits the form/);
    expect(enhanceAs('is it a good idea to co-sign a car loan for my friend', 'analysis').enhanced).not.toMatch(/The audience is my friend/);
  });
});

describe('everyday requests, fiftieth batch', () => {
  it('plans a week of family meals as meals, not project phases', () => {
    const meals = enhanceAs('plan meals for a family of 4 for a week, one kid is vegetarian', 'planning').enhanced;
    expect(meals).toMatch(/registered dietitian/);
    expect(meals).toMatch(/one row per day \(day, breakfast, lunch, dinner, snacks\)/);
    expect(meals).not.toMatch(/numbered phases/);
  });

  it('teaches a game from "teach me the basics", and reads a song as music, not travel', () => {
    const chess = enhanceAs('teach me the basics of chess', 'open_qa').enhanced;
    expect(chess).toMatch(/chess player and coach/);
    expect(chess).toMatch(/the rules as a short numbered list in the order they come up in play/);
    expect(enhanceAs("what's the meaning of the song Hotel California", 'open_qa').enhanced).toMatch(/expert in music/);
    expect(enhanceAs('In the series A Song of Ice and Fire, who is the founder of House Tyrell?', 'open_qa').enhanced).not.toMatch(/music/);
  });

  it('answers a question about a neighbour’s tree as law, not ideas', () => {
    const tree = enhanceAs("my neighbor's tree is hanging over my fence, can I cut it", 'brainstorming').enhanced;
    expect(tree).toMatch(/expert in law/);
    expect(tree).not.toMatch(/numbered list of 10 ideas/);
  });

  it('writes the asker a short pep talk, and keeps a team pep talk a speech', () => {
    const pep = enhanceAs("give me a pep talk, I have a big exam tomorrow and I'm freaking out", 'brainstorming').enhanced;
    expect(pep).toMatch(/settle nerves/);
    expect(pep).toMatch(/under about 150 words/);
    expect(pep).toMatch(/Return only the pep talk/);
    expect(enhanceAs('Give me a short pep talk (like 90 seconds out loud) for my U12 girls soccer team before the league final.', 'creative_writing').enhanced).toMatch(/speechwriter/);
  });

  it('treats a told problem as a question: a toddler’s tantrums, quitting sugar', () => {
    const tantrum = enhanceAs('my 4 year old throws tantrums every time we leave the playground', 'open_qa').enhanced;
    expect(tantrum).toMatch(/family coach/);
    expect(tantrum).toMatch(/exact words a parent could say/);
    const sugar = enhanceAs('I want to quit sugar, where do I start', 'open_qa').enhanced;
    expect(sugar).toMatch(/behaviour-change coach/);
    expect(sugar).not.toMatch(/names, dates, numbers/);
  });

  it('handles a mishap away from home with the traveller’s rights, and on the road from any label', () => {
    const flight = enhanceAs('what should I do if my flight gets cancelled', 'open_qa').enhanced;
    expect(flight).toMatch(/EU261/);
    expect(flight).not.toMatch(/plumber/);
    expect(enhanceAs('what should I do if my car breaks down on the highway', 'brainstorming').enhanced).toMatch(/roadside assistance/);
  });

  it('builds a skincare routine morning and evening, with coaching for saying no and first-date questions', () => {
    const skin = enhanceAs("what's a good skincare routine for oily skin", 'planning').enhanced;
    expect(skin).toMatch(/dermatologist/);
    expect(skin).toMatch(/morning and the evening routine as two short numbered lists/);
    expect(skin).not.toMatch(/such as skin type/);
    expect(enhanceAs('how to say no to extra work without hurting my career', 'open_qa').enhanced).toMatch(/communication coach/);
    expect(enhanceAs('what are some good questions to ask on a first date', 'brainstorming').enhanced).toMatch(/dating coach/);
  });
});

describe('everyday requests, review of batches 47 to 50', () => {
  it('keeps the new checks to the prompts they were made for', () => {
    // A child's teacher is not the child: bullying advice, not a talk with a child.
    expect(enhanceAs("how do I tell my daughter's teacher she is being bullied", 'open_qa').enhanced).not.toMatch(/child psychologist/);
    // Plant cells are biology, not the garden.
    expect(enhanceAs('what are plant cells made of', 'open_qa').enhanced).not.toMatch(/gardening/);
    // A theft is reported and blocked; lost luggage is claimed from the airline; neither calls a plumber.
    const stolen = enhanceAs('what should I do if my bag gets stolen in Paris', 'open_qa').enhanced;
    expect(stolen).toMatch(/the police for a report, the bank or card issuer/);
    expect(stolen).not.toMatch(/plumber|EU261/);
    const luggage = enhanceAs('what should I do if my luggage gets lost', 'brainstorming').enhanced;
    expect(luggage).toMatch(/expert in travel/);
    expect(luggage).toMatch(/baggage desk before leaving the airport/);
    expect(luggage).not.toMatch(/rebooking|numbered list of 10 ideas/);
  });
});

describe('everyday requests, fifty-first batch', () => {
  it('reads "so it sounds less passive aggressive" as one tone, and pushing back on a client as a conversation, not law', () => {
    const calm = enhanceAs('rewrite this email so it sounds less passive aggressive: "Per my last email, the report was due Friday. Please advise when I can expect it."', 'rewrite').enhanced;
    expect(calm).toMatch(/less passive-aggressive: remove blame, sarcasm/);
    expect(calm).not.toMatch(/cut hedging words/);
    const agency = enhanceAs("we're a 6 person agency and a client wants us to build an app in 4 weeks that we think needs 10. how do I push back without losing the contract", 'open_qa').enhanced;
    expect(agency).toMatch(/communication coach/);
    expect(agency).not.toMatch(/jurisdiction/);
    // A closing question after a full stop is still a question.
    const son = enhanceAs('my teenage son wants to drop out of college to become a streamer. how do I talk to him without starting a fight', 'open_qa').enhanced;
    expect(son).toMatch(/communication coach/);
    expect(son).toMatch(/an example of what to say in natural spoken words/);
  });

  it('tests an argument by its form, and finds fallacies by quoting them', () => {
    const valid = enhanceAs('read this paragraph and tell me if the argument is logically valid: all successful startups have a strong founder. our founder is strong. therefore our startup will succeed', 'analysis').enhanced;
    expect(valid).toMatch(/You are a logician/);
    expect(valid).toMatch(/Judge validity .* separately from soundness/);
    expect(valid).not.toMatch(/business strategy analyst|Support each point with evidence/);
    const fallacies = enhanceAs('Identify any logical fallacies in this op-ed: "Every city that banned cars saw crime fall, so banning cars reduces crime. Critics of the ban are funded by car companies."', 'analysis').enhanced;
    expect(fallacies).toMatch(/Quote the exact words each flaw rests on/);
    expect(fallacies).not.toMatch(/valid or invalid/);
  });

  it('rewrites only the opening it is given, and helps with a writer\'s own world instead of playing a part', () => {
    const opening = enhanceAs('here\'s my cover letter opening: "I am writing to apply for the position of marketing coordinator at your company." make it stand out more, I\'m applying to a climbing gear brand', 'creative_writing').enhanced;
    expect(opening).toMatch(/Rewrite only the opening I gave, not the whole letter/);
    expect(opening).not.toMatch(/250–400 words/);
    const carryOn = enhanceAs("Here's the opening of a story I started. Please continue it for around 800 words in the same voice: 'The flood came on a Tuesday.'", 'creative_writing').enhanced;
    expect(carryOn).not.toMatch(/Rewrite only the opening|Give three versions/);
    const magic = enhanceAs("I'm writing a fantasy novel and my magic system feels too convenient. the magic is powered by memories, you lose the memory you spend. help me find the weaknesses and costs", 'roleplay').enhanced;
    expect(magic).toMatch(/novelist and story editor/);
    expect(magic).not.toMatch(/in character/);
  });

  it('weighs job offers to think through as a decision, but explains how one decides in general', () => {
    const offers = enhanceAs('I have 3 job offers: 95k remote startup, 110k hybrid at a bank, 88k fully remote nonprofit with great benefits. help me think through which to take', 'reasoning').enhanced;
    expect(offers).toMatch(/expert in careers who weighs the options/);
    expect(offers).not.toMatch(/Answer:|second, independent way/);
    expect(enhanceAs('how do you decide which job to take?', 'open_qa').enhanced).not.toMatch(/weigh the options for their situation/);
  });

  it('turns retro notes into proposed actions, and gives a thesis titles that say what it is about', () => {
    const retro = enhanceAs('Here are the notes from our sprint retro: deploys were slow, QA got the build late twice, the new on-call rotation worked well, people want fewer meetings on Thursdays. Turn this into action items with owners left blank', 'rewrite').enhanced;
    expect(retro).toMatch(/agile coach/);
    expect(retro).toMatch(/Turn each problem or wish in the notes into one concrete action/);
    expect(retro).toMatch(/owner: ____/);
    expect(retro).not.toMatch(/Improve clarity and flow|List only what someone committed to/);
    const thesis = enhanceAs("I need a title for my thesis about how remote work affects junior employees' mentorship. give me 8 options, some academic and some catchy", 'brainstorming').enhanced;
    expect(thesis).toMatch(/titles that say exactly what a work is about/);
    expect(thesis).toMatch(/a catchy one still needs a descriptive subtitle/);
    expect(thesis).not.toMatch(/naming specialist|well-known brand/);
  });

  it('plans a system migration in reversible steps, and quotes no description of the reader as an instruction', () => {
    const django = enhanceAs('give me a step by step plan to migrate a Django app from SQLite to Postgres without downtime', 'planning').enhanced;
    expect(django).toMatch(/senior software engineer who has run migrations/);
    expect(django).toMatch(/give the way back at every step/);
    expect(django).toMatch(/how to roll it back/);
    expect(django).not.toMatch(/how much downtime is acceptable|doing this for the first time/);
    const k8s = enhanceAs('explain what a kubernetes operator is to a backend dev who knows docker but has never used k8s', 'open_qa').enhanced;
    expect(k8s).not.toMatch(/Follow every explicit instruction/);
    expect(k8s).toMatch(/senior software engineer/);
  });

  it('grills a pitch one question at a time, and announces an unwelcome change honestly', () => {
    const pitch = enhanceAs("act as a skeptical investor and grill me on my pitch: we're a subscription service that delivers refurbished kids' toys monthly", 'roleplay').enhanced;
    expect(pitch).toMatch(/Reply one turn at a time and wait for the user’s next message/);
    const shifts = enhanceAs("I'm a nurse manager and I need to explain to my team why we're moving from 12 hour shifts to 8 hour shifts. most of them are unhappy about it. help me write the announcement", 'creative_writing').enhanced;
    expect(shifts).toMatch(/announces hard changes honestly/);
    expect(shifts).toMatch(/acknowledge what people lose by it/);
    expect(shifts).toMatch(/put \[the reason\] in square brackets/);
  });
});

describe('everyday requests, fifty-second batch', () => {
  it('writes a prompt for a model as a prompt engineer, with a placeholder for the input and a fixed format', () => {
    const notes = enhanceAs('I want an LLM to turn messy voice-memo transcripts into clean meeting notes. write me a prompt that does this reliably, with a section for decisions and one for open questions', 'creative_writing').enhanced;
    expect(notes).toMatch(/expert prompt engineer who writes clear, reliable prompts/);
    expect(notes).toMatch(/clearly delimited placeholder such as \{\{input\}\}/);
    expect(notes).toMatch(/Return the prompt in one fenced block/);
    expect(notes).not.toMatch(/skilled writer|criteria and the scale/);
    const grader = enhanceAs('I need to write a prompt that gets an LLM to grade student essays consistently against a rubric. help me write it', 'creative_writing').enhanced;
    expect(grader).toMatch(/give the criteria and the scale explicitly/);
    // A writing prompt is for a person, not a model.
    expect(enhanceAs('give me 10 journal prompts about gratitude that I could also use with AI tools', 'creative_writing').enhanced).not.toMatch(/prompt engineer/);
  });

  it('shows spam examples only for a spam/not-spam split, and reads a site with 200 pages as a size, not a length', () => {
    const triage = enhanceAs('classify each email subject as urgent, normal or spam: "Server down in prod", "Lunch on Friday?", "You\'ve won a $500 gift card", "Q3 report due tomorrow"', 'classification').enhanced;
    expect(triage).not.toMatch(/Label: not spam/);
    expect(enhanceAs('Is this message spam or not spam? "You won a free cruise, click here"', 'classification').enhanced).toMatch(/Label: not spam/);
    const ssr = enhanceAs('what are the tradeoffs between server-side rendering and static site generation for a marketing site with 200 pages that change weekly', 'analysis').enhanced;
    expect(ssr).not.toMatch(/Respect the length given/);
    expect(ssr).toMatch(/senior software engineer who weighs technical trade-offs/);
    expect(enhanceAs('Which is a better first language for a data analyst, Python or R?', 'analysis').enhanced).not.toMatch(/senior software engineer/);
  });

  it('reads churn figures as data when "what should we look at next" asks what to do, not which option', () => {
    const churn = enhanceAs("analyze our churn: Jan 4.1%, Feb 4.3%, Mar 5.8%, Apr 6.2%. we raised prices in March. what's going on and what should we look at next", 'analysis').enhanced;
    expect(churn).toMatch(/data analyst who reads figures carefully/);
    expect(churn).not.toMatch(/if one option is clearly better/);
  });

  it('plans meal prep as meals even for a marathon, and keeps "no pork" as a stated limit', () => {
    const prep = enhanceAs('give me a weekly meal prep plan for someone training for a marathon, around 2800 calories a day, no pork', 'planning').enhanced;
    expect(prep).toMatch(/registered dietitian/);
    expect(prep).toMatch(/"no pork"/);
    expect(prep).not.toMatch(/warm-up|such as dietary restrictions/);
  });

  it('writes one paragraph when one is asked for, and makes a job posting inclusive rather than just clearer', () => {
    const intro = enhanceAs("write an engaging intro paragraph for a blog post about why most New Year's resolutions fail", 'creative_writing').enhanced;
    expect(intro).toMatch(/Write only that paragraph \(about 60–150 words\)/);
    expect(intro).toMatch(/Return only the paragraph, with no title/);
    expect(intro).not.toMatch(/600–900 words/);
    const posting = enhanceAs('rewrite this job posting to be more inclusive: "We need a rockstar ninja developer who can crush code and thrive under pressure in a work hard play hard culture."', 'rewrite').enhanced;
    expect(posting).toMatch(/Make it sound more inclusive: replace jargon and loaded or gendered words/);
    expect(posting).not.toMatch(/Improve clarity and flow/);
  });

  it('coaches a manager through a hard conversation and a PM through conflicting commitments', () => {
    const report = enhanceAs('I manage 4 engineers and one of them is consistently missing standups and deadlines. how do I address it without being a jerk', 'open_qa').enhanced;
    expect(report).toMatch(/communication coach/);
    const pm = enhanceAs("I'm a PM and engineering says the feature will take 3 sprints but sales already promised it to a customer next month. help me figure out what to do", 'open_qa').enhanced;
    expect(pm).toMatch(/product and engineering leader/);
    expect(pm).toMatch(/cutting scope, delivering in phases, moving the date/);
    expect(pm).not.toMatch(/The audience is a customer|verify the facts the answer depends on/);
  });

  it('checks off a launch by stage, answers a complexity question with both complexities, and converts times across zones', () => {
    const launch = enhanceAs('make a checklist for launching a mobile app on the App Store for the first time', 'planning').enhanced;
    expect(launch).toMatch(/taken many apps through App Store and Play Store review/);
    expect(launch).toMatch(/one concrete action someone can tick off/);
    expect(launch).not.toMatch(/with durations|such as timeframe, budget/);
    const dup = enhanceAs("what's the time complexity of this and can it be faster? def has_dup(xs): for i in range(len(xs)): for j in range(i+1, len(xs)): if xs[i]==xs[j]: return True; return False", 'code').enhanced;
    expect(dup).toMatch(/State the time and space complexity of the original/);
    expect(dup).not.toMatch(/Include tests that cover/);
    const zones = enhanceAs('convert these meeting times to my timezone (Pacific): 9am London, 3pm Berlin, 10am New York', 'rewrite').enhanced;
    expect(zones).toMatch(/daylight-saving time is in effect/);
    expect(zones).not.toMatch(/Improve clarity and flow/);
    expect(enhanceAs('explain the CAP theorem with a real example from a system people actually use', 'open_qa').enhanced).toMatch(/senior software engineer and a clear teacher/);
    expect(enhanceAs('draft a one-page project brief for building an internal tool that lets HR track employee onboarding tasks', 'creative_writing').enhanced).toMatch(/product lead who writes concise proposals/);
  });
});

describe('everyday requests, fifty-third batch', () => {
  it('writes a tweet thread from the facts given, release notes by what users notice, and plain English for a learner', () => {
    const thread = enhanceAs('turn this into a tweet thread: we cut our AWS bill 40% by moving batch jobs to spot instances, rightsizing RDS, and deleting 3TB of old snapshots', 'rewrite').enhanced;
    expect(thread).toMatch(/thread of three to six tweets, each within 280 characters/);
    expect(thread).not.toMatch(/Improve clarity and flow/);
    const notes = enhanceAs('write release notes for version 2.3 of our mobile app: offline mode, faster sync, fixed the crash when uploading photos over 10MB', 'creative_writing').enhanced;
    expect(notes).toMatch(/technical writer who writes release notes/);
    expect(notes).toMatch(/“New”, “Improved” and “Fixed”/);
    expect(notes).not.toMatch(/correspondence|ready to send/);
    const plain = enhanceAs('rewrite this so a non-native speaker can understand it: "We\'re gonna need to circle back on this and touch base once the dust settles."', 'rewrite').enhanced;
    expect(plain).toMatch(/Replace idioms, slang and phrasal verbs/);
  });

  it('coaches what to say to a sister or a coworker, and weighs "is it worth it" as a money decision', () => {
    expect(enhanceAs("my sister is going through a divorce and I don't know what to say to her. what helps and what should I avoid", 'open_qa').enhanced).toMatch(/communication coach/);
    expect(enhanceAs('how should I respond to a coworker who keeps interrupting me in meetings', 'open_qa').enhanced).toMatch(/communication coach/);
    const policy = enhanceAs("my bank is pushing a whole life insurance policy on me, I'm 29 and single with no kids. is it worth it", 'analysis').enhanced;
    expect(policy).toMatch(/expert in personal finance who weighs the options/);
  });

  it('works a mortgage example with its figures, checks a lease before signing, and starts a plan from the stated pace', () => {
    const loan = enhanceAs('explain how a mortgage amortization works with a $300k loan at 6.5% for 30 years', 'reasoning').enhanced;
    expect(loan).toMatch(/work the example step by step with the figures given/);
    expect(loan).not.toMatch(/Answer:/);
    const lease = enhanceAs('what should I check before signing a lease on a commercial space for my coffee shop', 'brainstorming').enhanced;
    expect(lease).toMatch(/avoid costly mistakes when signing a lease/);
    expect(lease).not.toMatch(/List the realistic options/);
    const run = enhanceAs('create a 12 week half marathon training plan, I can currently run 5k in 30 minutes', 'planning').enhanced;
    expect(run).toMatch(/Build from the current level the request states/);
    expect(run).not.toMatch(/such as current fitness level/);
  });

  it('sends an appliance fault to a repair technician and fridge-days to food safety', () => {
    expect(enhanceAs('my dishwasher leaves a white film on glasses, how do I fix it', 'open_qa').enhanced).toMatch(/appliance repair technician/);
    expect(enhanceAs("is it safe to eat chicken that's been in the fridge for 5 days", 'open_qa').enhanced).toMatch(/expert in food safety/);
  });
});

describe('everyday requests, fifty-fourth batch', () => {
  it('keeps a label listed after the known ones, and weighs a shortlist instead of inventing more names', () => {
    const sort = enhanceAs('sort these emails as billing, bug, feature request or partnership inquiry:\n1. Invoice 4411 is wrong\n2. Want to co-market with you?', 'classification').enhanced;
    expect(sort).toMatch(/Use only these labels: billing, bug, feature request, partnership inquiry\./);
    const names = enhanceAs('We shortlisted three names for our CRM plugin: Beacon, Relay and Keel. Which is strongest for an enterprise audience, and why?', 'brainstorming').enhanced;
    expect(names).toMatch(/has to make a decision/);
    expect(names).not.toMatch(/naming specialist|Give a numbered list of/);
    expect(enhanceAs('Which is stronger - a lion or a tiger?', 'creative_writing').enhanced).not.toMatch(/make a decision/);
  });

  it('writes a LinkedIn announcement as a post, and helps invent a magic system but not research a period', () => {
    const post = enhanceAs('announce on LinkedIn that we just hit 10,000 users, thank the beta testers, keep it short', 'analysis').enhanced;
    expect(post).toMatch(/social media writer/);
    expect(post).not.toMatch(/analyst/);
    const magic = enhanceAs("I'm writing a sci-fi novel where people can borrow skills from each other. Help me figure out the rules and limits so it isn't too convenient", 'open_qa').enhanced;
    expect(magic).toMatch(/story editor/);
    const period = enhanceAs("I'm writing a historical novel set in 1840s Dublin. I need accurate background on what a clerk would earn and eat. Help me figure out the details.", 'open_qa').enhanced;
    expect(period).not.toMatch(/story editor|Give three to five distinct options/);
  });

  it('plans a switch between work tools as its own kind of move, apart from a database migration', () => {
    const tool = enhanceAs("we're switching from Asana to Jira next quarter, what should we know before we move? 3 teams, lots of automations", 'open_qa').enhanced;
    expect(tool).toMatch(/moved teams between work tools/);
    expect(tool).toMatch(/Map what carries over and what does not/);
    expect(tool).not.toMatch(/checksums|rehearsal on a copy/);
    const db = enhanceAs('plan our migration from MySQL to Postgres with minimal downtime, about 200GB of data', 'planning').enhanced;
    expect(db).toMatch(/run migrations like this in production/);
  });

  it('reads business figures with a question about them as data analysis, not a sum', () => {
    const churn = enhanceAs("Signups fell from 1,200 to 800 a month after we added a credit card step; trials convert at 12% now vs 9% before. What's going on and what should we do?", 'reasoning').enhanced;
    expect(churn).toMatch(/separates what they show from what might explain it/);
    expect(churn).not.toMatch(/Answer:/);
  });

  it('writes a grading prompt as a task prompt, and keeps a chatbot prompt a system prompt', () => {
    const grader = enhanceAs('write a prompt for an LLM that scores job applications against our hiring criteria, 1 to 10 with reasons', 'creative_writing').enhanced;
    expect(grader).toMatch(/run this prompt on many different inputs/);
    expect(grader).not.toMatch(/When to hand off/);
    const bot = enhanceAs('write a system prompt for a customer support chatbot for our bike shop', 'creative_writing').enhanced;
    expect(bot).toMatch(/When to hand off/);
  });

  it('reviews a deployment file for what breaks in production, and writes a postmortem from notes', () => {
    const k8s = enhanceAs('review this kubernetes manifest and tell me what will go wrong in production:\n```yaml\nkind: Deployment\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - image: web:latest\n```', 'code').enhanced;
    expect(k8s).toMatch(/Cover reliability \(replicas, resource requests and limits/);
    expect(k8s).not.toMatch(/Pin versions .* and say which you chose/);
    const pm = enhanceAs('turn these notes into a blameless postmortem: cert expired 02:10, login down 47 min, renewed by hand, no expiry alert', 'rewrite').enhanced;
    expect(pm).toMatch(/blameless postmortems/);
    expect(pm).toMatch(/timeline \(with the times given\)/);
    expect(pm).not.toMatch(/Improve clarity and flow/);
  });

  it('gives keys to an unshaped JSON extraction and columns to a table of deadlines', () => {
    const json = enhanceAs('extract the product name, price and launch date from this and return JSON:\n\nAcme today launched the Rover X2 at $499, shipping March 3.', 'extraction').enhanced;
    expect(json).toMatch(/in this shape: \{ "product_name": string\[\], "price": string\[\], "launch_date": string\[\] \}/);
    const table = enhanceAs('pull every deadline and who owns it out of these notes, as a table:\n\nAna sends the deck by Friday. Lee owns QA sign-off, due June 2.', 'extraction').enhanced;
    expect(table).toMatch(/one column each for what it is, deadline and who owns it/);
    const given = enhanceAs('Extract the orders as JSON like {"id": ..., "total": ...}: order 7 cost $12, order 9 cost $30', 'extraction').enhanced;
    expect(given).not.toMatch(/in this shape/);
  });

  it('sets statistics as the subject when a team is the reader, and uses the test framework named', () => {
    expect(enhanceAs('explain confidence intervals to my sales team, they think a 95% interval means we are 95% sure', 'open_qa').enhanced).toMatch(/expert in statistics/);
    const jest = enhanceAs('Write tests in Vitest for this function:\n```ts\nexport const slug = (s: string) => s.trim().toLowerCase().replace(/\\s+/g, "-");\n```', 'code').enhanced;
    expect(jest).toMatch(/Use Vitest, as asked/);
    expect(jest).not.toMatch(/the complete code in one fenced block/);
  });

  it('turns a runbook into steps, takes blame out of a message, and pushes back in a pitch practice', () => {
    const runbook = enhanceAs('turn this into a short checklist for the on-call engineer: if the queue backs up, scale workers to 10; if it keeps growing for 15 minutes, page the data lead.', 'rewrite').enhanced;
    expect(runbook).toMatch(/keep every condition \(“if …”\) with the step it governs/);
    const blame = enhanceAs('rewrite this so it doesn\'t sound like we\'re blaming the vendor: "your outage cost us a whole day of sales"', 'rewrite').enhanced;
    expect(blame).toMatch(/Make it sound less blaming: remove blame/);
    const pitch = enhanceAs("you're an angel investor. I'll pitch my meal-kit startup and you ask tough questions", 'roleplay').enhanced;
    expect(pitch).toMatch(/Push back as the real person would/);
  });

  it('plans a new hire\'s onboarding around setup, people and a first piece of work', () => {
    const plan = enhanceAs('make a 3-week onboarding plan for a new backend engineer joining our payments team next month', 'planning').enhanced;
    expect(plan).toMatch(/onboarded many new hires/);
    expect(plan).toMatch(/one row per day/);
    expect(plan).not.toMatch(/Give each session a clear goal/);
    expect(enhanceAs('design a customer onboarding program for our analytics SaaS, first 30 days after signup', 'planning').enhanced).not.toMatch(/onboarded many new hires/);
  });
});

describe('everyday requests, fifty-fifth batch', () => {
  it('reads "plain English" as a simpler wording, and the size of an attached source as no length limit', () => {
    const plain = enhanceAs('translate this into plain English for our customers: "Service degraded due to upstream provider latency; retries exhausted."', 'rewrite').enhanced;
    expect(plain).not.toMatch(/translator|Return only the translation/);
    expect(plain).toMatch(/everyday words/);
    const contract = enhanceAs('Summarize this 60-page lease agreement into the 8 things a tenant should check, with section numbers', 'summarization').enhanced;
    expect(contract).not.toMatch(/Respect the length given in the request \("60-page"\)/);
    expect(contract).toMatch(/exactly 8 numbered points, each citing its section number/);
  });

  it('debugs code that is supposed to do one thing but does another, and writes subject lines as subject lines', () => {
    const bug = enhanceAs("This is supposed to sum only the even numbers but it's adding everything. Fix it:\n```js\nconst sumEven = (xs) => xs.reduce((a, x) => a + x, 0);\n```", 'code').enhanced;
    expect(bug).toMatch(/root cause/);
    expect(bug).not.toMatch(/the tests in a separate fenced block/);
    const subj = enhanceAs('give me 5 subject lines for our product update newsletter about the new mobile app', 'creative_writing').enhanced;
    expect(subj).toMatch(/email marketer/);
    expect(subj).toMatch(/under about 50 characters/);
    expect(subj).not.toMatch(/starting with a subject line/);
  });

  it('weighs a personal money choice instead of solving for one answer, and keeps a discount sum a sum', () => {
    const debt = enhanceAs('is it better to pay off my student loan at 5% or invest the extra $300 a month in an index fund?', 'reasoning').enhanced;
    expect(debt).toMatch(/weighs the options impartially for the asker’s situation/);
    expect(debt).not.toMatch(/Answer:/);
    expect(enhanceAs('Is it better to take 20% off and then another 10% off, or 30% off at once?', 'reasoning').enhanced).toMatch(/Answer:/);
  });

  it('reads feedback for themes, weighs a hire, the risks of a change and what to cut from a deck', () => {
    const themes = enhanceAs('Here are comments from our volunteer survey. What are the main themes and how do people feel?\n- Great team, bad scheduling\n- I never know when shifts are posted\n- Love it here', 'creative_writing').enhanced;
    expect(themes).toMatch(/codes open-ended feedback/);
    expect(themes).toMatch(/count how many comments touch each/);
    const hire = enhanceAs('help me decide between hiring a contractor for 3 months or a full-time designer for our 6-person team', 'planning').enhanced;
    expect(hire).toMatch(/weighs the options impartially/);
    expect(hire).not.toMatch(/numbered phases/);
    const risks = enhanceAs("We're thinking about moving our weekly all-hands to async video updates. What could go wrong?", 'open_qa').enhanced;
    expect(risks).toMatch(/risk, likelihood, impact, mitigation/);
    expect(enhanceAs('our pitch deck has 30 slides. which slides should we cut?', 'classification').enhanced).not.toMatch(/Use a small, consistent set of labels/);
  });

  it('treats test records as data to load, and RFCs and policies as documents with their sections', () => {
    const data = enhanceAs('create 50 fake user records as JSON with name, email, age and city for testing', 'planning').enhanced;
    expect(data).toMatch(/realistic, varied test data that is safe to share/);
    expect(data).toMatch(/example\.com emails/);
    expect(data).not.toMatch(/numbered phases|durations/);
    const rfc = enhanceAs('write a design doc for moving our image processing to a queue-based worker, include alternatives', 'planning').enhanced;
    expect(rfc).toMatch(/alternatives considered \(including doing nothing\)/);
    expect(rfc).toMatch(/goals and non-goals/);
    const policy = enhanceAs('draft an expense policy for our 30-person startup covering travel, meals and software', 'creative_writing').enhanced;
    expect(policy).toMatch(/writes clear, fair policies/);
    expect(policy).toMatch(/how to ask for an exception/);
  });

  it('backs up to cloud storage with its own CLI, and coaches a manager through a team problem', () => {
    const s3 = enhanceAs('write a shell script that backs up my postgres dumps to S3 nightly and keeps 30 days', 'code').enhanced;
    expect(s3).toMatch(/storage provider’s own CLI/);
    expect(s3).not.toMatch(/check the destination is mounted/);
    const lead = enhanceAs("one of my engineers has been missing deadlines and seems checked out. how do I bring it up without making it worse?", 'open_qa').enhanced;
    expect(lead).toMatch(/people manager and coach/);
    expect(lead).toMatch(/Find out before acting/);
    expect(lead).not.toMatch(/verify the facts the answer depends on/);
  });

  it('writes an unwelcome change to a unit, tutors by asking, plans weeks of work by week, and keeps a bio in third person', () => {
    const unit = enhanceAs("write a message to my team explaining we're cancelling the summer offsite this year, people will be disappointed", 'creative_writing').enhanced;
    expect(unit).toMatch(/acknowledge what people lose by it/);
    expect(enhanceAs("be a socratic tutor and help me see why 0.999... equals 1, don't just give me the answer", 'roleplay').enhanced).toMatch(/Teach by asking/);
    const weeks = enhanceAs('I have 6 weeks to finish my portfolio site and 4 case studies, make me a realistic schedule', 'planning').enhanced;
    expect(weeks).toMatch(/weekly targets small enough to start on a bad day/);
    expect(weeks).toMatch(/one row per week/);
    expect(enhanceAs('rewrite this in third person for the event page: "I run a bakery in Leeds and teach bread classes."', 'rewrite').enhanced).toMatch(/Write it in the third person throughout/);
  });

  it('adds the extra part asked for each idea to the format', () => {
    expect(enhanceAs('give me 8 workshop ideas for our design team with a rough duration for each', 'brainstorming').enhanced).toMatch(/Give each its rough duration, as asked\./);
  });
});

describe('everyday requests, fifty-sixth batch', () => {
  it('reads a shop’s holiday promotion as marketing and keeps its condition, and writes a formula for the app named', () => {
    const promo = enhanceAs('we run a small florist. ideas for a christmas promotion that does not involve discounts?', 'brainstorming').enhanced;
    expect(promo).not.toMatch(/travel/);
    expect(promo).toMatch(/marketing|business/);
    expect(promo).toMatch(/above all “does not involve discounts”/);
    expect(enhanceAs('google sheets formula to sum column C where column B says paid', 'code').enhanced).toMatch(/Write it for Google Sheets, as asked/);
    expect(enhanceAs('excel formula to find the second largest value in a column', 'code').enhanced).toMatch(/Write it for Excel, as asked/);
  });

  it('recaps a chat thread as decisions and owners, and fits a summary for a tweet in 280 characters', () => {
    const thread = enhanceAs('Summarize this Teams conversation for anyone who was off, focus on what was decided and who owns what:\n[Ana] vendor quote came in at 12k\n[Raj] too high, I will ask for 10k\n[Ana] ok, if not we go with the second vendor', 'summarization').enhanced;
    expect(thread).toMatch(/`owner — action — due date`/);
    expect(thread).toMatch(/anyone who missed it/);
    expect(thread).not.toMatch(/missed the meeting/);
    expect(enhanceAs('Summarize this as a tweet: our new bridge design cut steel use by a third while keeping the same load rating, and the city approved it last week.', 'summarization').enhanced).toMatch(/within 280 characters/);
  });

  it('pushes back in a pitch practice, and keeps corrections where the learner asked for them', () => {
    expect(enhanceAs("act as a tough VP of sales, I'm pitching you a new commission plan, don't make it easy", 'roleplay').enhanced).toMatch(/Push back as the real person would/);
    const fr = enhanceAs('be my French tutor, we are ordering at a café in Lyon, speak only French and gently correct me after each reply', 'roleplay').enhanced;
    expect(fr).toMatch(/correct each of the user’s mistakes after your reply/);
  });

  it('writes a status update from notes, and reads an A/B test with a ship question as a test', () => {
    const status = enhanceAs('turn this into a short monthly status report for the VP:\n- launch slipped 1 week, waiting on legal\n- 3 of 4 features done', 'rewrite');
    expect(status.enhanced).toMatch(/overall status in one line \(on track, at risk or off track\)/);
    expect(status.enhanced).toMatch(/what would clear it/);
    const ab = enhanceAs('variant B got 312 conversions from 6,100 sessions, control got 270 from 6,050. should we roll it out?', 'analysis').enhanced;
    expect(ab).toMatch(/two-proportion z-test/);
  });

  it('weighs job offers as a choice, and questions a landlord about the lease', () => {
    const offers = enhanceAs('Two offers: 120k at a bank or 105k at a climate startup with equity. I care about growth. Which one should I accept?', 'reasoning').enhanced;
    expect(offers).not.toMatch(/one calculation per step/);
    expect(offers).toMatch(/recommendation/);
    const lease = enhanceAs('what should I ask the landlord before renting a 2-bedroom flat?', 'open_qa').enhanced;
    expect(lease).toMatch(/the deposit and how it comes back/);
    expect(lease).toMatch(/numbered list under short topic headings/);
  });

  it('debugs code that throws, prices freelance work with a counter-offer, and gives one value per field of one email', () => {
    const dbg = enhanceAs("why does this crash with 'x is not a function'?\n```js\nconst x = 5; x();\n```", 'code').enhanced;
    expect(dbg).toMatch(/root cause/);
    expect(dbg).not.toMatch(/Include tests that cover/);
    const fee = enhanceAs("a client offered me $250 for a 1,500-word article with all rights. is that normal and what should I counter with?", 'open_qa').enhanced;
    expect(fee).toMatch(/concrete counter-offer/);
    expect(fee).toMatch(/usage or rights/);
    const rec = enhanceAs('From this receipt, pull out the store name, total and date:\nGreenMart 12/03 Total $41.20', 'extraction').enhanced;
    expect(rec).toMatch(/"total": string \| null/);
    expect(rec).not.toMatch(/Include every occurrence/);
  });
});

describe('everyday requests, fifty-seventh batch', () => {
  it('lays out options for a team under strain, and answers a pandas memory limit with a way to do it', () => {
    const ops = enhanceAs('We run a 4-person warehouse shift. Orders went from 300 to 520 a day since the sale started and we ship a day late now. What are our options and what would you do first?', 'reasoning').enhanced;
    expect(ops).toMatch(/operations manager/);
    expect(ops).toMatch(/option, cost, how soon it helps, risk/);
    expect(ops).not.toMatch(/one calculation per step/);
    const pd = enhanceAs('my parquet file is 8GB and pandas runs out of memory. how do I count rows per customer?', 'reasoning').enhanced;
    expect(pd).not.toMatch(/No code is included|trace what it actually does with the failing input/);
  });

  it('writes a product email around one action, and a cooking timeline around the oven', () => {
    const mail = enhanceAs('write the activation email we send 2 days after signup if the user has not created a project yet', 'creative_writing').enhanced;
    expect(mail).toMatch(/one action for the reader to take/);
    expect(mail).toMatch(/preview line/);
    const cook = enhanceAs('hosting christmas dinner for 10 with one small oven, give me a cooking schedule so it all lands on the table at 6pm', 'planning').enhanced;
    expect(cook).toMatch(/treat the oven as the bottleneck/);
    expect(cook).not.toMatch(/Plan the menu first/);
  });

  it('states interview findings in a line each, keeps a stated rating, and quotes who a diet is for', () => {
    const notes = enhanceAs('From these user interview notes, pull out the frustrations and any quotes we can use:\nHe exports invoices by hand every week. "It takes my whole Monday."', 'extraction').enhanced;
    expect(notes).toMatch(/State each finding/);
    expect(notes).not.toMatch(/Copy values exactly as they appear/);
    expect(enhanceAs("I'm rated 1400 in online chess, make me a 2 month improvement plan", 'planning').enhanced).not.toMatch(/doing this for the first time/);
    const meals = enhanceAs('weekly dinner plan for 3 adults, my husband is vegan, quick weeknight cooking', 'planning').enhanced;
    expect(meals).toMatch(/"my husband is vegan"/);
    expect(meals).toMatch(/Keep weeknight dinners quick/);
  });

  it('helps a parent with hitting, a hiring manager with questions, and a speaker with the minutes they gave', () => {
    expect(enhanceAs('my 4 year old started biting kids at daycare when they take his toys, what do I say to him?', 'open_qa').enhanced).toMatch(/exact words a parent could say/);
    const q = enhanceAs('write 8 interview questions for a senior data analyst', 'roleplay').enhanced;
    expect(q).toMatch(/hiring manager/);
    expect(q).not.toMatch(/This matters: it is for a job interview/);
    expect(enhanceAs("write a retirement speech for my boss, she's been here 25 years, loves gardening, keep it light, 4 minutes", 'creative_writing').enhanced).toMatch(/\("4 minutes"\)/);
  });

  it('plans leaving a job, designs one system from a given premise, and labels two dimensions', () => {
    const leave = enhanceAs("help me plan telling my clients and team that I'm resigning, I have 6 weeks notice", 'planning').enhanced;
    expect(leave).toMatch(/Tell the manager first/);
    expect(leave).toMatch(/handover checklist/);
    const sys = enhanceAs("For my sci-fi story, design a power system where every ability shortens your life. What are the rules and limits?", 'brainstorming').enhanced;
    expect(sys).toMatch(/one coherent system rather than alternatives/);
    const two = enhanceAs('Label each bug report with a severity (low, medium, high) and an area (UI, API, database):\n1. Button misaligned on mobile\n2. Orders table missing rows\n3. Login API returns 500 for some users\n4. Typo on the pricing page', 'classification').enhanced;
    expect(two).toMatch(/severity \(low, medium, high\); area \(UI, API, database\)/);
    expect(two).toMatch(/`item number: severity — area`/);
  });

  it('traces a crashing job, words chart alt text by its trend, declines with the reason given, and answers a tax question', () => {
    expect(enhanceAs('our celery workers keep getting killed every night around 2am, how do I figure out what is going on?', 'open_qa').enhanced).toMatch(/most likely cause/);
    expect(enhanceAs('alt text for a line graph of weekly signups rising from 200 to 900 over the quarter', 'creative_writing').enhanced).toMatch(/main trend with the key figures/);
    expect(enhanceAs('write a short reply declining a recruiter’s partnership pitch, we already work with an agency', 'creative_writing').enhanced).toMatch(/give the reason I gave/);
    expect(enhanceAs('what are the tax implications of selling stock I got from my employer after 8 months?', 'brainstorming').enhanced).not.toMatch(/Mix safe, proven ideas/);
  });
});

describe('everyday requests, fifty-eighth batch', () => {
  it('weighs a company hire with business figures, and explains economic history as economics', () => {
    const hire = enhanceAs('We are a 60-person startup at $12M ARR deciding between hiring a fractional CTO or promoting our lead engineer. Which is better?', 'analysis').enhanced;
    expect(hire).not.toMatch(/expert in careers/);
    expect(hire).toMatch(/business strategy/);
    expect(enhanceAs("We're a 30-person company, $4M ARR. Should we hire a full-time controller or keep our outsourced bookkeeper?", 'open_qa').enhanced).not.toMatch(/taxes, fees, timing or returns/);
    expect(enhanceAs('what caused the great depression? short answer please', 'open_qa').enhanced).toMatch(/expert in economics/);
  });

  it('gives phrasings to say, and a verb table with the forms asked for', () => {
    const say = enhanceAs('ways to say no to extra work without sounding lazy', 'brainstorming').enhanced;
    expect(say).toMatch(/phrasings, each ready to say as written/);
    expect(say).not.toMatch(/short bold name/);
    const verbs = enhanceAs('List 15 common Spanish verbs with their meaning and the present tense for yo, tú, él', 'brainstorming').enhanced;
    expect(verbs).toMatch(/one column each for yo, tú, él/);
    expect(verbs).toMatch(/mark the irregular ones/);
  });

  it('routes a team-process problem, a proposal to draft and a plain question to the right shape', () => {
    expect(enhanceAs('My team keeps getting pulled into ad hoc requests from sales. How do I fix this without damaging the relationship?', 'brainstorming').enhanced).toMatch(/intake channel/);
    const prop = enhanceAs('Write a short proposal for moving our 15-person agency to a four-day work week for a 2 month trial', 'planning').enhanced;
    expect(prop).toMatch(/the ask/);
    expect(prop).not.toMatch(/numbered phases|Fit the plan to the stated period exactly: four-day/);
    expect(enhanceAs('is 75 degrees too warm for a dog left in the car with windows open', 'creative_writing').enhanced).not.toMatch(/skilled writer|finished piece/);
  });

  it('practises de-escalation with pushback, and lists dates with what happens on each', () => {
    expect(enhanceAs('Play an angry hotel guest whose room was double-booked. I am the front desk clerk practicing de-escalation.', 'roleplay').enhanced).toMatch(/Push back as the real person would/);
    const dates = enhanceAs('Pull out every date and what happens on each:\nContract signed June 2. Onboarding June 9. First invoice due July 1.', 'extraction').enhanced;
    expect(dates).toMatch(/chronological order/);
    expect(dates).not.toMatch(/## Examples/);
  });

  it('traces a smell or a metric drop to its cause, makes sample data as test data, and sees a short quoted name', () => {
    expect(enhanceAs('why my kombucha smells like vinegar after 5 days', 'open_qa').enhanced).toMatch(/most likely cause/);
    const drop = enhanceAs('Signups fell from 900 to 600 a week after we changed the pricing page. Where should we look first?', 'analysis').enhanced;
    expect(drop).toMatch(/first place to look/);
    expect(drop).toMatch(/traces a change in a metric/);
    expect(enhanceAs('generate a sample dataset of 20 products with sku, name, price and stock as JSON', 'code').enhanced).toMatch(/test data that is safe to share/);
    expect(enhanceAs('feedback on this app name for a budgeting tool: "Pennywise"', 'analysis').enhanced).not.toMatch(/If the piece to review is not included/);
  });

  it('writes party-game rules to play, and turns SQL into ORM calls', () => {
    const game = enhanceAs('invent a card game for 4 kids that takes 15 minutes, write the rules', 'creative_writing').enhanced;
    expect(game).toMatch(/game designer/);
    expect(game).toMatch(/how to play \(numbered steps\)/);
    const orm = enhanceAs('rewrite this raw SQL using SQLAlchemy: SELECT name FROM users WHERE active = true ORDER BY created_at DESC', 'code').enhanced;
    expect(orm).toMatch(/exactly the rows the SQL returns/);
    expect(orm).not.toMatch(/Include tests that cover/);
  });
});

describe('everyday requests, fifty-ninth batch', () => {
  it('coaches a new manager whose report goes over their head, without reading the boss as the reader', () => {
    const em = enhanceAs("I'm a new product manager and a senior designer keeps going around me to my boss with every decision. How do I handle this?", 'open_qa').enhanced;
    expect(em).not.toMatch(/The audience is my boss|my manager will read it/);
    expect(em).toMatch(/hardest conversation/);
  });

  it('writes landing-page headlines as copy, and checks French as a correction in English', () => {
    const h = enhanceAs("We're launching a meal-planning app in March. Write 5 headline options and a subheadline for the homepage", 'planning').enhanced;
    expect(h).toMatch(/copywriter/);
    expect(h).toMatch(/, then the subheadline/);
    expect(h).not.toMatch(/numbered phases|End with a clear call to action/);
    const fr = enhanceAs('Check my Spanish: "Ayer yo fui a la tienda y compré manzanas pero no estaban buenos."', 'roleplay').enhanced;
    expect(fr).toMatch(/Fix spelling, grammar and punctuation/);
    expect(fr).not.toMatch(/Reply in Spanish|in character/);
  });

  it('keeps a stated posting rhythm, times a single workshop, and does not read "these two sentences" as a length', () => {
    const cal = enhanceAs("Create a 4-week content calendar for a yoga studio's TikTok, 4 posts a week", 'planning').enhanced;
    expect(cal).not.toMatch(/how often to post|doing this for the first time/);
    const ws = enhanceAs('I need a 90-minute workshop agenda to teach 15 sales reps how to use our new CRM', 'planning').enhanced;
    expect(ws).toMatch(/one row per block \(minutes/);
    expect(enhanceAs('Compare these two sentences and say which is clearer: A) "We leverage AI." B) "Our app sorts your email for you."', 'analysis').enhanced).not.toMatch(/Respect the length given/);
  });

  it('compares candidates as a hiring manager, breaks down a cost, and writes a donation appeal', () => {
    const cand = enhanceAs('Help me compare these two candidates for our office manager role:\nA: 10 years experience, wants 70k\nB: 3 years, great references, wants 55k', 'analysis').enhanced;
    expect(cand).toMatch(/hiring manager/);
    expect(cand).toMatch(/one column per candidate/);
    expect(cand).not.toMatch(/personal finance/);
    expect(enhanceAs('break down the total cost of having a baby in the first year in the UK', 'analysis').enhanced).toMatch(/one-off or recurring, low, high/);
    const appeal = enhanceAs('write a year-end donation appeal email for our animal shelter, we took in 900 animals this year and need $40k for a new kennel block', 'creative_writing').enhanced;
    expect(appeal).toMatch(/fundraising writer/);
    expect(appeal).toMatch(/what a gift of a few set sizes achieves/);
  });
});

describe('everyday requests, sixtieth batch', () => {
  it('does not read a quoted passage to translate as the user’s own rule, and explains a spreadsheet formula', () => {
    const tr = enhanceAs('Translate this for my gardener into Portuguese: "Please don\'t cut the roses this month, and never water the lawn after 6pm."', 'rewrite').enhanced;
    expect(tr).not.toMatch(/Follow every explicit instruction/);
    const xl = enhanceAs('Turn this Google Sheets formula into plain English: =IFERROR(VLOOKUP(A2,Prices!A:C,3,FALSE),0)', 'code').enhanced;
    expect(xl).toMatch(/spreadsheet expert who explains formulas/);
    expect(xl).toMatch(/innermost function outwards/);
    expect(xl).not.toMatch(/root cause/);
  });

  it('writes radio ads and voicemail greetings to be heard, not as stories', () => {
    const radio = enhanceAs('Write a script for a 15-second radio spot for our pizza place, the number is 555-0199', 'creative_writing').enhanced;
    expect(radio).toMatch(/radio copywriter/);
    expect(radio).toMatch(/said slowly/);
    expect(radio).not.toMatch(/fiction writer|on-screen/);
    const vm = enhanceAs('Write a script for my voicemail greeting as a family therapist, warm but brief', 'creative_writing').enhanced;
    expect(vm).toMatch(/under about 20 seconds when spoken/);
    expect(vm).not.toMatch(/fiction writer|turning point/);
  });

  it('counts hyphenated list items, treats a loyalty scheme as a plan and a home checklist as chores', () => {
    expect(enhanceAs('Give me 4 gluten-free breakfast recipes my kids will eat', 'brainstorming').enhanced).toMatch(/numbered list of 4 /);
    const loyalty = enhanceAs('Create a referral program for my dog grooming salon that rewards existing clients', 'code').enhanced;
    expect(loyalty).toMatch(/loyalty and referral schemes/);
    expect(loyalty).not.toMatch(/Include tests|software engineer/);
    const cabin = enhanceAs('Make a checklist for getting our house ready to sell', 'brainstorming').enhanced;
    expect(cabin).toMatch(/one concrete action someone can tick off/);
    expect(cabin).not.toMatch(/creative strategist/);
  });

  it('routes the user’s own job plus a task away from roleplay, and a summary of a concept to an explanation', () => {
    const vet = enhanceAs("I'm a veterinarian. Explain to a pet owner why their cat needs a dental cleaning under anesthesia.", 'roleplay').enhanced;
    expect(vet).toMatch(/The audience is a pet owner/);
    expect(vet).not.toMatch(/in character/);
    const sum = enhanceAs("I'm an HR coordinator. Summarize what a 401(k) vesting schedule is for anxious new employees.", 'summarization').enhanced;
    expect(sum).toMatch(/The audience is anxious new employees/);
    expect(sum).not.toMatch(/faithful to the source/);
  });

  it('turns notes into action items, weighs repair-or-replace, and handles two reports who clash as a manager', () => {
    const items = enhanceAs('Turn my call notes into action items:\nAnna will book the venue by May 3. Raj to update the budget sheet. We decided to drop the Friday session.', 'rewrite').enhanced;
    expect(items).toMatch(/owner — action — due date/);
    expect(items).not.toMatch(/Improve clarity and flow/);
    const fix = enhanceAs('Should we fix the 9-year-old dishwasher for $280 or replace it for $650?', 'brainstorming').enhanced;
    expect(fix).toMatch(/Start with your recommendation/);
    const clash = enhanceAs('I lead a support team of 8 and two agents are constantly bickering. What should I do?', 'brainstorming').enhanced;
    expect(clash).toMatch(/experienced manager/);
    expect(clash).not.toMatch(/numbered list of 10 ideas|engineering leader/);
  });

  it('plans a beginner workout, writes overdue-payment and reply messages, and traces a rising bounce rate', () => {
    expect(enhanceAs("Give me a beginner's 4-day upper/lower workout for the gym", 'brainstorming').enhanced).toMatch(/one row per training day/);
    const due = enhanceAs('A client still has not paid my $900 invoice, now 60 days late. Draft a firm reminder.', 'creative_writing').enhanced;
    expect(due).toMatch(/what happens next/);
    expect(due).not.toMatch(/assuming an oversight/);
    const reply = enhanceAs('A customer says our cake was dry. Write a response that is warm but firm about our no-refund policy.', 'creative_writing').enhanced;
    expect(reply).toMatch(/ready to send/);
    const bounce = enhanceAs('Average order value went from $62 to $48 after we changed shipping. Where should we start looking?', 'reasoning').enhanced;
    expect(bounce).toMatch(/first place to look/);
    expect(bounce).not.toMatch(/Answer: /);
    const fr = enhanceAs('Write a note to my neighbour in German asking them to keep their dog off our lawn', 'creative_writing').enhanced;
    expect(fr).toMatch(/Write it in German as a native speaker would/);
  });
});

describe('everyday requests, sixty-first batch', () => {
  it('gives code with a data format its own layout, and writes spreadsheet formulas as formulas', () => {
    const gas = enhanceAs('Write a Google Apps Script that copies every row where the "Paid" column is "no" into a sheet called Chase', 'code').enhanced;
    expect(gas).toMatch(/senior Google Apps Script software engineer/);
    expect(gas).toMatch(/## Output format/);
    expect(enhanceAs('Write a Kotlin function that reads a config from YAML using kotlinx.serialization', 'code').enhanced).toMatch(/Use the libraries the request names \(kotlinx\.serialization\)/);
    const f = enhanceAs('countifs with two conditions on different sheets?', 'code').enhanced;
    expect(f).toMatch(/spreadsheet expert/);
    expect(f).toMatch(/the formula in a fenced block/);
  });

  it('checks a tradesperson’s diagnosis as a customer, not as a practitioner', () => {
    const q = enhanceAs("My plumber says the whole water heater has to go, $1,900 installed. Is he right or should I get a second opinion?", 'open_qa').enhanced;
    expect(q).toMatch(/honest tradesperson/);
    expect(q).toMatch(/what to ask them to show you/);
    expect(q).not.toMatch(/practitioner in the field|verify the facts the answer depends on/);
  });

  it('gives phrases and talking points as words to say, and questions for a care-home visit', () => {
    expect(enhanceAs('As a paediatric nurse, give me phrases for explaining a blood test to a scared 6-year-old', 'brainstorming').enhanced).toMatch(/phrasings, each ready to say/);
    const tp = enhanceAs('talking points for convincing my manager to pay for a conference ticket', 'brainstorming').enhanced;
    expect(tp).toMatch(/likely objections/);
    expect(tp).not.toMatch(/numbered list of 10 ideas/);
    expect(enhanceAs('What should we ask when visiting a nursing home for my grandmother?', 'open_qa').enhanced).toMatch(/choose care they can trust/);
  });

  it('traces a bad result to its cause and names fraud, infant-feeding, therapy and tax fields', () => {
    expect(enhanceAs('My banana bread turns out gummy and sunken every time, I use 3 bananas and bake 50 min. What am I doing wrong?', 'open_qa').enhanced).toMatch(/most likely cause/);
    expect(enhanceAs('My desktop PC is constantly loud even at idle. What can I do?', 'open_qa').enhanced).toMatch(/most likely cause/);
    const scam = enhanceAs('My grandma almost paid a scammer with gift cards. How do I keep this from happening again?', 'open_qa').enhanced;
    expect(scam).toMatch(/consumer fraud prevention/);
    expect(scam).toMatch(/without making them feel foolish/);
    expect(enhanceAs('Is it OK to refreeze thawed breast milk?', 'open_qa').enhanced).toMatch(/lactation consultant|expert in infant care/);
    expect(enhanceAs('How do I find a therapist who takes my insurance?', 'open_qa').enhanced).toMatch(/expert in mental health/);
    expect(enhanceAs('Do I have to file a 1099 for a contractor I paid $700?', 'open_qa').enhanced).toMatch(/expert in personal finance/);
  });

  it('writes aftercare instructions, a handout, device steps, a spoken announcement and a short self-introduction', () => {
    const after = enhanceAs('Write post-op instructions for a cat recovering from a spay', 'creative_writing').enhanced;
    expect(after).toMatch(/veterinary nurse/);
    expect(after).toMatch(/warning signs that mean calling at once/);
    expect(enhanceAs('Write a one-page handout for parents about our new after-school pickup rules', 'creative_writing').enhanced).toMatch(/one-page handouts people actually read/);
    expect(enhanceAs('My grandpa just got an iPhone. Write simple instructions so he can send a photo to the family group chat.', 'creative_writing').enhanced).toMatch(/one action per step/);
    expect(enhanceAs('Write an announcement to read out at the end of the school assembly about the book fair next Thursday', 'creative_writing').enhanced).toMatch(/under a minute when spoken/);
    const intro = enhanceAs("What's a good way to introduce myself at a meetup as a data analyst who is switching careers?", 'open_qa').enhanced;
    expect(intro).toMatch(/20–30 seconds when spoken/);
  });

  it('runs a termination meeting with HR care, tells a team about a tool switch, and ranks tasks without label weighing', () => {
    const fire = enhanceAs('I have to let an employee go after repeated no-shows. How should I handle the conversation?', 'open_qa').enhanced;
    expect(fire).toMatch(/HR manager/);
    expect(fire).toMatch(/the decision in the first minute/);
    const sw = enhanceAs("What's the best way to announce to my team that we're moving from Trello to Asana?", 'brainstorming').enhanced;
    expect(sw).toMatch(/an example of what to say/);
    expect(sw).not.toMatch(/numbered phases/);
    expect(enhanceAs('Rank these by priority for this afternoon: call the bank, finish the grant report, answer two client emails, order printer ink', 'classification').enhanced).not.toMatch(/two likeliest labels/);
  });
});

describe('everyday requests, sixty-second batch', () => {
  it('does not treat advice on pushing back on the boss as a document the boss reads', () => {
    const pb = enhanceAs('My manager wants me to lead the migration but won’t give me any budget. How do I push back without burning bridges?', 'open_qa').enhanced;
    expect(pb).not.toMatch(/my manager will read it/);
  });

  it('helps a teacher tell a class hard news, and writes a bedtime exercise for a child as one exercise', () => {
    const cls = enhanceAs('The class goldfish died during spring break. How should I tell my kindergarten class?', 'open_qa').enhanced;
    expect(cls).toMatch(/The person asking is the teacher/);
    expect(cls).toMatch(/avoid euphemisms/);
    const med = enhanceAs('Write a sleep meditation script for my 7-year-old, about 4 minutes', 'creative_writing').enhanced;
    expect(med).toMatch(/Give one exercise, not a menu/);
    expect(med).not.toMatch(/fiction writer/);
  });

  it('builds a fair staff rota, checks a lease before signing, and plans a big project', () => {
    const rota = enhanceAs('Make a weekend shift rotation for 6 nurses over the next month so nobody gets stuck with every Sunday', 'planning').enhanced;
    expect(rota).toMatch(/one row per person and one column per day/);
    expect(rota).not.toMatch(/travel time|event planner/);
    expect(enhanceAs('What should I check in a car lease before I sign?', 'open_qa').enhanced).toMatch(/avoid costly mistakes when signing a car lease/);
    const proj = enhanceAs('Break my big goal into steps: opening a small pottery studio by next spring', 'rewrite').enhanced;
    expect(proj).not.toMatch(/Improve clarity and flow/);
  });

  it('reads the audience with an adjective, and writes a business listing', () => {
    expect(enhanceAs('Explain how rainbows form, for a young 6-year-old', 'open_qa').enhanced).toMatch(/The audience is a young 6-year-old/);
    expect(enhanceAs('Write our Google Business profile description: family dentist in Reno since 1998, accepts most insurance', 'creative_writing').enhanced).toMatch(/750 characters on Google/);
  });
});

describe('everyday requests, sixty-third batch', () => {
  it('reads a typing speed as a speed, a quoted label as material, and a medication list as one record per drug', () => {
    expect(analyzePrompt("As a court reporter, what's the best way to practice to get from 180 to 225 words per minute?").lengthLimit).toBeNull();
    // A range and a per-part size are quoted whole: "1,200–1,500 words", not "200–1,500"; "one sentence each", not a total.
    expect(analyzePrompt('Write a short story (1,200–1,500 words) set on a night ferry').lengthLimit?.text).toBe('1,200–1,500 words');
    expect(analyzePrompt('Boil these three hotel reviews down to one sentence each, then one overall line:\n1) "Great location"').lengthLimit?.text).toBe('one sentence each');
    expect(analyzePrompt("Explain to a patient why St. John's wort and birth control don't mix, in two short paragraphs.").lengthLimit?.text).toBe('two short paragraphs');
    const label = enhanceAs('Translate this pharmacy label into plain Vietnamese for an elderly patient: "Take 1 tablet by mouth twice daily with food. Do not crush. May cause drowsiness."', 'rewrite').enhanced;
    expect(label).not.toMatch(/to the letter; check each before finishing: "Do not crush"/);
    expect(label).toMatch(/Keep every dose, time, number and warning exactly/);
    expect(label).toMatch(/The translation is for an elderly patient who reads Vietnamese/);
    const meds = enhanceAs('Extract the medication names, doses and frequencies from this discharge note: continue metoprolol 25mg twice daily, start atorvastatin 40mg nightly, stop aspirin 325mg.', 'extraction').enhanced;
    expect(meds).toMatch(/\{ "medications": \[ \{ "medication": string \| null, "dose": string \| null, "frequency": string \| null \} \] \}/);
  });

  it('plans a class lab, a team practice and a contested meeting as what they are', () => {
    const lab = enhanceAs("I'm a high school chemistry teacher. Design a 50-minute lab on reaction rates using only stuff from a grocery store.", 'reasoning').enhanced;
    expect(lab).not.toMatch(/Answer: /);
    expect(lab).toMatch(/safety precautions for each material and step/);
    const practice = enhanceAs('As a youth soccer coach, plan a 60-minute practice for 8-year-olds focusing on passing', 'planning').enhanced;
    expect(practice).toMatch(/small-sided game/);
    expect(practice).toMatch(/no long lines, laps or lectures/);
    expect(practice).not.toMatch(/numbered phases/);
    const meeting = enhanceAs('Our HOA board keeps fighting about pool hours. Help me run a meeting where we actually decide something.', 'creative_writing').enhanced;
    expect(meeting).toMatch(/Agree at the start how the decision will be made/);
    expect(meeting).not.toMatch(/skilled writer/);
    const steps = enhanceAs('My church wants to start a community garden on an empty lot it owns. What steps do we need to take?', 'brainstorming').enhanced;
    expect(steps).not.toMatch(/10 ideas/);
  });

  it('writes a building notice, a house listing and an HR policy paragraph to their own shapes', () => {
    const notice = enhanceAs('I manage a 12-unit apartment building. Write a notice that the water will be shut off Thursday 9am-1pm for a valve replacement.', 'creative_writing').enhanced;
    expect(notice).toMatch(/property manager/);
    expect(notice).toMatch(/who to contact with questions/);
    const listing = enhanceAs("I'm a real estate agent. Write a listing description for a 3-bed ranch with a new roof, original hardwood, and a big fenced backyard, near a school.", 'creative_writing').enhanced;
    expect(listing).toMatch(/fair-housing rules/);
    expect(listing).not.toMatch(/skilled writer/);
    const policy = enhanceAs('As an HR generalist, write a policy paragraph about bereavement leave: 3 days for immediate family, 1 day for extended family', 'creative_writing').enhanced;
    expect(policy).toMatch(/HR and operations lead/);
    expect(policy).toMatch(/Return only the paragraph/);
  });

  it('gives stretches for a sore back as one safe routine, and a counter answer as one answer', () => {
    const stretch = enhanceAs("I'm a truck driver and my back is killing me after 11-hour shifts. What stretches can I do at a rest stop?", 'brainstorming').enhanced;
    expect(stretch).toMatch(/gentle and pain-free/);
    expect(stretch).toMatch(/about 10 minutes/);
    expect(stretch).not.toMatch(/bolder ones/);
    const counter = enhanceAs("I'm a pharmacist. A patient asks if they can drink alcohol on metronidazole. Give me a 2-sentence answer to say at the counter.", 'brainstorming').enhanced;
    expect(counter).not.toMatch(/10 ideas|bolder ones/);
    expect(counter).toMatch(/"2-sentence"/);
  });

  it('answers a professional as a senior colleague, and explains to their client in plain words', () => {
    const fly = enhanceAs('As a flight instructor, how do I help a student who freezes up during stall recovery practice?', 'open_qa').enhanced;
    expect(fly).toMatch(/senior flight instructor/);
    expect(fly).not.toMatch(/travel/);
    const elec = enhanceAs("I'm an electrician. Explain to a homeowner why their 1960s house needs a panel upgrade before adding an EV charger, in plain words.", 'open_qa').enhanced;
    expect(elec).toMatch(/experienced electrician who explains the work to homeowners/);
    expect(elec).toMatch(/Lead with a direct answer/);
    const call = enhanceAs("I'm a funeral director. Write a gentle script for calling a family to tell them their loved one's remains are ready for pickup.", 'code').enhanced;
    expect(call).toMatch(/experienced funeral director/);
    expect(call).toMatch(/leave room for silence/);
    expect(call).not.toMatch(/consumer advocate|reference number/);
  });

  it('reads retention figures as causes to check, a Postgres backup as a dump, and a child’s birthday story as for a child', () => {
    const vol = enhanceAs('Our food bank gets 300 volunteers a month but only 40 come back. Why might that be and what can we do?', 'creative_writing').enhanced;
    expect(vol).toMatch(/cause, how to check it, the fix/);
    const pg = enhanceAs('Write a bash script that backs up a Postgres database nightly, keeps 7 days, and emails me if it fails', 'code').enhanced;
    expect(pg).toMatch(/pg_dump/);
    expect(pg).not.toMatch(/rsync/);
    const story = enhanceAs("Write a short story for my daughter's 7th birthday where her stuffed rabbit goes to the moon", 'creative_writing').enhanced;
    expect(story).toMatch(/The audience is a 7-year-old/);
    expect(story).toMatch(/a young child can follow/);
    expect(analyzePrompt('Tag each review as about Food, Service, Price or Ambience:\n- "Best carbonara in town"').labels).toEqual(['Food', 'Service', 'Price', 'Ambience']);
    expect(enhanceAs("Explain the Krebs cycle like I'm studying for the MCAT and have 10 minutes", 'open_qa').enhanced).not.toMatch(/thorough rather than quick/);
  });
});

describe('everyday requests, sixty-fourth batch', () => {
  it('reads fields of records as one object per record, and a ranking as one ordered list', () => {
    const tx = enhanceAs('Extract the dates, amounts and payees from these bank transactions:\n03/02 ACH DEBIT CITY WATER UTIL 84.22\n03/05 POS PURCHASE HOME DEPOT #4411 212.90', 'extraction').enhanced;
    expect(tx).toMatch(/\{ "transactions": \[ \{ "date": string \| null, "amount": string \| null, "payee": string \| null \} \] \}/);
    const rank = enhanceAs('Sort these tasks for my bakery by urgency: order flour (out in 2 days), fix the leaky proofing cabinet, renew health permit (expires in 3 weeks)', 'creative_writing');
    expect(rank.enhanced).toMatch(/one ordered list, most urgent first/);
    expect(rank.enhanced).not.toMatch(/\blabels?\b/);
    expect(rank.techniques.map((t) => t.reason).join(' ')).not.toMatch(/\blabel/);
  });

  it('applies a policy to a complaint, and writes a code of conduct as rules for people', () => {
    const refund = enhanceAs('Analyze this customer complaint and tell me whether we owe a refund under our policy: "I ordered a custom sign, it arrived with the wrong font." Our policy: custom items are final sale unless we made an error.', 'analysis').enhanced;
    expect(refund).toMatch(/Quote the clause of the policy that applies/);
    expect(refund).toMatch(/a short, courteous reply to send/);
    const conduct = enhanceAs('Our little league needs a code of conduct for parents. Keep it to one page.', 'code').enhanced;
    expect(conduct).not.toMatch(/software engineer|fenced block/);
    expect(conduct).toMatch(/escalating consequences/);
  });

  it('answers a trade’s client in plain words, and a dementia question with care rather than ideas', () => {
    const cpa = enhanceAs("I'm a CPA. A client asks why they owe taxes even though they got a refund last year. Give me a simple way to explain it.", 'open_qa').enhanced;
    expect(cpa).toMatch(/experienced CPA who explains the work to clients/);
    expect(cpa).toMatch(/The audience is a client/);
    const shop = enhanceAs("I run a small print shop. A customer's file is 72 dpi and they want a banner printed. How do I explain it'll look blurry?", 'open_qa').enhanced;
    expect(shop).toMatch(/experienced print shop owner/);
    const care = enhanceAs("I'm a home health aide. My client with dementia keeps asking for her husband who died years ago. What should I say?", 'brainstorming').enhanced;
    expect(care).toMatch(/dementia-care specialist/);
    expect(care).not.toMatch(/bolder ones|10 ideas/);
    const groom = enhanceAs("I'm a dog groomer. A client's doodle is so matted it has to be shaved. Write a text explaining this before they drop off.", 'creative_writing').enhanced;
    expect(groom).toMatch(/experienced dog groomer who writes clear, friendly messages clients trust/);
  });

  it('plans a private lesson and a ride, and turns notes into a job description', () => {
    const piano = enhanceAs("I'm a music teacher. Design a 30-minute first piano lesson for a 6-year-old.", 'planning').enhanced;
    expect(piano).toMatch(/what the learner does/);
    expect(piano).not.toMatch(/numbered phases|students of that age/);
    const ride = enhanceAs('Give me a 4-week plan to get ready for a 100-mile charity bike ride, I currently ride 20 miles on weekends', 'planning').enhanced;
    expect(ride).toMatch(/fitness coach/);
    const job = enhanceAs('Turn these notes into a job description: front desk at a vet clinic, answer phones, check in pets, must love animals, $17/hr', 'rewrite').enhanced;
    expect(job).toMatch(/recruiter/);
    expect(job).not.toMatch(/Improve clarity and flow/);
  });

  it('writes a class newsletter, a sponsorship letter, drink recipes and a memorable rule to their own shapes', () => {
    const news = enhanceAs('As a kindergarten teacher, write a weekly newsletter to parents: we learned the letter M, field trip next Friday, need 3 chaperones.', 'creative_writing').enhanced;
    expect(news).toMatch(/This week, Coming up, How you can help/);
    expect(news).not.toMatch(/600–900 words|marketing writer/);
    expect(enhanceAs("Our nonprofit's annual gala raised $48,000 last year. Write a sponsorship letter asking local businesses for $500-$5,000.", 'creative_writing').enhanced).toMatch(/sponsorship levels across the range asked/);
    const drinks = enhanceAs("I'm a bartender. Give me 8 mocktail recipes that look as good as cocktails for a wedding", 'brainstorming').enhanced;
    expect(drinks).toMatch(/ingredients with exact amounts/);
    expect(drinks).not.toMatch(/bolder ones/);
    expect(enhanceAs('Rewrite this warehouse safety rule so new hires actually remember it: "Personnel shall not operate powered industrial trucks without current certification."', 'rewrite').enhanced).toMatch(/Make it easy to remember/);
  });

  it('keeps a stated greeting length, and treats a mulch sum with every figure given as a calculation', () => {
    expect(enhanceAs('Write a script for a 30-second voicemail greeting for a chiropractic office, closed Fridays', 'creative_writing').enhanced).toMatch(/within 30 seconds when spoken/);
    const mulch = enhanceAs("I'm a landscaper. Estimate how many bags of mulch I need for a 40x3 foot bed at 3 inches deep, bags are 2 cubic feet.", 'reasoning').enhanced;
    expect(mulch).not.toMatch(/plausible range/);
    expect(mulch).toMatch(/one calculation per step/);
  });
});

describe('everyday requests, sixty-fifth batch', () => {
  it('routes a legal "can he do that?", a price check and a how-to-structure question to answers', () => {
    const law = enhanceAs('My landlord wants to show my apartment to new tenants every day for the last month of my lease. Can he do that in Massachusetts?', 'brainstorming').enhanced;
    expect(law).not.toMatch(/realistic options|Favour ideas/);
    expect(law).toMatch(/Say which jurisdiction/);
    const deal = enhanceAs('Is this a good deal? 2019 Honda CR-V EX, 68,000 miles, $21,500 at a dealer in Ohio', 'reasoning').enhanced;
    expect(deal).not.toMatch(/break-even|Answer:/);
    expect(deal).toMatch(/vehicle history report/);
    const es = enhanceAs('Mi jefe me pidió un resumen de las ventas del trimestre. ¿Cómo lo estructuro?', 'summarization').enhanced;
    expect(es).not.toMatch(/Stay faithful to the source/);
  });

  it('answers a trade’s own questions as a colleague, and a trainer’s client question without a meal plan', () => {
    const ski = enhanceAs("I'm a ski instructor. How do I teach a scared adult beginner to stop on a slope?", 'open_qa').enhanced;
    expect(ski).toMatch(/senior ski instructor/);
    expect(ski).toMatch(/Write for a working ski instructor/);
    expect(ski).not.toMatch(/expert in education/);
    expect(enhanceAs('As a chef, how do I cost out a menu item so I know what to charge?', 'open_qa').enhanced).toMatch(/senior chef/);
    const pt = enhanceAs("I'm a personal trainer. A client wants to lose 30 pounds in 2 months for a wedding. How do I set realistic expectations?", 'open_qa').enhanced;
    expect(pt).not.toMatch(/sample day of meals|registered dietitian/);
  });

  it('writes a ceremony, a plain-language guide and a notice letter to their own shapes', () => {
    const wed = enhanceAs("I'm a wedding officiant. Write a 5-minute ceremony script for a nonreligious couple who met hiking.", 'creative_writing').enhanced;
    expect(wed).toMatch(/wedding officiant/);
    expect(wed).toMatch(/entirely secular/);
    expect(wed).toMatch(/about 5 minutes when spoken \(around 750 words\)/);
    expect(wed).not.toMatch(/fiction writer|Respect the length/);
    expect(enhanceAs("I'm a court clerk. Create a plain-language guide for people filing a small claims case for the first time.", 'creative_writing').enhanced).toMatch(/handouts/);
    expect(enhanceAs("Help me write a two-week notice letter, I'm leaving my job as a vet receptionist on good terms", 'creative_writing').enhanced).toMatch(/Say that I am resigning and give my last day/);
  });

  it('reads deadlines with their items, yes/no plant safety as two labels, and a 911 log as a timeline', () => {
    expect(enhanceAs("Extract every deadline and what's due from this syllabus excerpt: Essay 1 due Sept 15. Midterm Oct 20 in class.", 'extraction').enhanced).toMatch(/\{ "deadlines": \[ \{ "item": string \| null, "due_date": string \| null \} \] \}/);
    expect(analyzePrompt('Which of these plants are safe for cats: pothos, spider plant, snake plant?').labels).toEqual(['safe for cats', 'not safe for cats']);
    const call = enhanceAs('Summarize this 911 call transcript for the incident report: Caller reports a man collapsed at 14:32. Bystander started CPR at 14:34. Ambulance arrived 14:41.', 'summarization').enhanced;
    expect(call).toMatch(/the events as a timeline, one bullet per event with its time/);
  });

  it('keeps an allergy out of every meal, checks a kitchen handoff station by station, and writes Apps Script with its trigger', () => {
    const meals = enhanceAs('Give me a weekly meal prep plan for a family of 4 with one kid allergic to peanuts, $120 budget', 'planning').enhanced;
    expect(meals).toMatch(/free of the allergen for the whole family/);
    const handoff = enhanceAs('Create a shift handoff checklist for a 24-hour restaurant kitchen', 'planning').enhanced;
    expect(handoff).toMatch(/kitchen manager/);
    expect(handoff).toMatch(/station or area/);
    expect(handoff).not.toMatch(/approvals, accounts/);
    const gas = enhanceAs('Write a Google Apps Script that emails me when a cell in column D of my budget sheet goes over 500', 'code').enhanced;
    expect(gas).toMatch(/a simple onEdit trigger cannot send email/);
    expect(gas).not.toMatch(/tests in a separate fenced block/);
  });

  it('notes that local law can override a lease clause, and recruits singers without a career coach', () => {
    const lease = enhanceAs('Based on this lease clause, can my landlord keep my deposit for carpet cleaning? "Tenant shall return the premises in the same condition as received, ordinary wear and tear excepted."', 'closed_qa').enhanced;
    expect(lease).toMatch(/local law .* can override what a clause says/);
    expect(enhanceAs('Our church choir has 14 singers and only 2 tenors. Give me ideas to recruit more men.', 'brainstorming').enhanced).not.toMatch(/career/);
    const retreat = enhanceAs("I'm a youth pastor. Plan a 3-day summer retreat for 25 middle schoolers on a $4,000 budget.", 'planning').enhanced;
    expect(retreat).toMatch(/the schedule for each day/);
  });
});

describe('everyday requests, sixty-sixth batch', () => {
  it('does not read "balanced on both sides" as side dishes, and replies to a review left by a customer', () => {
    const debate = enhanceAs('I coach a high school debate team. Give me 10 resolutions for practice rounds that are balanced on both sides.', 'brainstorming').enhanced;
    expect(debate).not.toMatch(/home cook|dishes/);
    const review = enhanceAs('A customer left this review: "Food was cold and the waiter ignored us for 20 minutes." Write a reply from the owner.', 'creative_writing').enhanced;
    expect(review).toMatch(/own the problem without excuses/);
  });

  it('turns conference notes into a note home, plans a gym’s posts as content, and writes a daycare policy', () => {
    const note = enhanceAs('Here are my notes from a parent-teacher conference: reading at grade level, struggles with multiplication facts, kind to classmates. Turn them into a short note home.', 'rewrite').enhanced;
    expect(note).toMatch(/Open with a strength, pair each concern/);
    expect(note).not.toMatch(/Improve clarity and flow/);
    const posts = enhanceAs("I'm a social media manager for a local gym. Plan a month of Instagram posts for January.", 'planning').enhanced;
    expect(posts).toMatch(/Mix post types/);
    expect(posts).not.toMatch(/fitness coach|rest days/);
    const sick = enhanceAs('Our daycare needs a sick-child policy: when kids must stay home and when they can come back.', 'open_qa').enhanced;
    expect(sick).toMatch(/writes clear, fair policies/);
  });

  it('prices handmade work, weighs suppliers on their figures, and scales a shopping list', () => {
    const quilt = enhanceAs('How should I price my handmade quilts? Materials cost about $120 and each takes 40 hours.', 'reasoning').enhanced;
    expect(quilt).toMatch(/hourly wage you state/);
    expect(quilt).not.toMatch(/Answer: /);
    const sup = enhanceAs('Which of our three suppliers should we pick? A: $2.10/unit, 2% defect rate. B: $1.95/unit, 4% defect rate. We order 10,000 units a month.', 'reasoning').enhanced;
    expect(sup).toMatch(/at what point the answer would flip/);
    const shop = enhanceAs('Turn this recipe into a shopping list for 8 people: 2 lbs chicken thighs, 1 onion, 1 can coconut milk, rice (serves 4)', 'rewrite').enhanced;
    expect(shop).toMatch(/Scale every amount from 4 to 8 servings first/);
    expect(shop).not.toMatch(/Preserve the original meaning, facts, names and numbers/);
  });

  it('cleans an office by area and time of day, and lets a trade explain to a child', () => {
    const clean = enhanceAs('Give me a daily cleaning checklist for a small dental office', 'brainstorming').enhanced;
    expect(clean).toMatch(/infection-control/);
    expect(clean).toMatch(/by area and by time of day/);
    expect(clean).not.toMatch(/approvals, accounts/);
    expect(enhanceAs("I'm a pediatric dentist. Write a short, non-scary explanation of a filling for a 5-year-old.", 'creative_writing').enhanced).toMatch(/experienced pediatric dentist who explains things to 5-year-olds/);
    expect(enhanceAs("I'm an event planner. A bride's mother keeps changing the guest list a week before the wedding. How do I handle her?", 'open_qa').enhanced).toMatch(/senior event planner/);
  });
});

describe('everyday requests, sixty-seventh batch', () => {
  it('reads "raises ValueError on invalid input" as a spec, and lets "proofread and make it concise" do both', () => {
    const roman = enhanceAs('Write a Python function that converts a Roman numeral to an integer and raises ValueError on invalid input.', 'code').enhanced;
    expect(roman).toMatch(/writes correct, readable, well-tested code/);
    expect(roman).not.toMatch(/No code is included|likely causes/);
    const proof = enhanceAs('Proofread this cover letter and make it more concise.', 'rewrite').enhanced;
    expect(proof).toMatch(/cut repetition, filler and wordy phrases/);
    expect(proof).not.toMatch(/punctuation only; keep the wording/);
  });

  it('writes a trade’s procedure checklist and its questions in order, with the protocol deciding', () => {
    const bees = enhanceAs("I'm a beekeeper. Make a seasonal hive inspection checklist for spring.", 'planning').enhanced;
    expect(bees).toMatch(/experienced beekeeper who does this by the book/);
    expect(bees).toMatch(/in the order it is done on the job/);
    expect(bees).not.toMatch(/project lead|approvals, accounts|for the first time/);
    const call = enhanceAs('As a 911 dispatcher, what questions should I ask first on a possible stroke call?', 'brainstorming').enhanced;
    expect(call).toMatch(/senior 911 dispatcher/);
    expect(call).toMatch(/agency’s own protocol takes precedence/);
    expect(call).toMatch(/in the order to ask them/);
    expect(call).not.toMatch(/creative strategist/);
    const xray = enhanceAs("I'm a dental hygienist. What should I say to a patient who refuses X-rays?", 'open_qa').enhanced;
    expect(xray).toMatch(/senior dental hygienist who has had this conversation with many patients/);
    expect(xray).toMatch(/record the informed refusal/);
  });

  it('gives a conversation script, body-art aftercare, a shot list, a sign and bus rules their own shapes', () => {
    const talk = enhanceAs("I'm a hospice social worker. Write a gentle script for telling a family that their father may have only days left.", 'creative_writing').enhanced;
    expect(talk).toMatch(/experienced hospice social worker who has had this conversation/);
    expect(talk).toMatch(/what to say to the likely reactions/);
    expect(talk).not.toMatch(/fiction writer|turning point/);
    const ink = enhanceAs("I'm a tattoo artist. Write aftercare instructions for a new tattoo that clients can take home.", 'creative_writing').enhanced;
    expect(ink).toMatch(/experienced tattoo artist/);
    expect(ink).toMatch(/peeling and itching/);
    expect(ink).not.toMatch(/nurse|medicines and doses|feeding/);
    const shots = enhanceAs("I'm a wedding photographer. Write a shot list for a small courthouse wedding.", 'creative_writing').enhanced;
    expect(shots).toMatch(/mark the must-have shots/);
    expect(shots).not.toMatch(/skilled writer/);
    const bears = enhanceAs("I'm a park ranger. Write a sign warning visitors not to feed the bears.", 'creative_writing').enhanced;
    expect(bears).toMatch(/headline of a few words that can be read from a distance/);
    const bus = enhanceAs("I'm a school bus driver. Write rules for the bus that 1st graders can understand.", 'creative_writing').enhanced;
    expect(bus).toMatch(/The audience is 1st graders/);
    expect(bus).toMatch(/about 5 to 8/);
  });

  it('sings a lullaby to a baby, posts to Google for local searchers, and rotates nginx logs safely', () => {
    const lull = enhanceAs('Write a lullaby for a newborn with a verse about the ocean.', 'creative_writing').enhanced;
    expect(lull).toMatch(/sung softly by a parent to a baby/);
    expect(lull).not.toMatch(/general adult audience/);
    const gbp = enhanceAs("I'm a locksmith. Write a short Google Business post about rekeying locks after moving into a new home.", 'creative_writing').enhanced;
    expect(gbp).toMatch(/Google Search or Maps/);
    expect(gbp).toMatch(/use no hashtags/);
    const logs = enhanceAs('Write a Bash script that rotates nginx logs older than 7 days into a gzip archive and deletes archives older than 90 days.', 'code').enhanced;
    expect(logs).toMatch(/nginx -s reopen/);
    expect(logs).toMatch(/dry-run/);
  });

  it('answers a sommelier’s pairing, a farrier’s client and a lease-or-buy with their figures', () => {
    const wine = enhanceAs('As a sommelier, suggest three wines under $40 to pair with mushroom risotto and explain why each works.', 'roleplay').enhanced;
    expect(wine).toMatch(/experienced sommelier/);
    expect(wine).not.toMatch(/in character/);
    expect(enhanceAs("I'm a farrier. Explain to a horse owner why their horse needs corrective shoes, in plain language.", 'roleplay').enhanced).toMatch(/experienced farrier who explains the work to horse owners/);
    const van = enhanceAs('Is it cheaper to lease or buy a $38,000 delivery van for my bakery if I drive 20,000 miles a year? Walk me through it.', 'reasoning').enhanced;
    expect(van).toMatch(/mileage allowance and overage charge/);
    const truck = enhanceAs("Analyze why our food truck's sales drop every Tuesday and Wednesday.", 'analysis').enhanced;
    expect(truck).toMatch(/splitting the figures by day, hour, place or product/);
    expect(truck).not.toMatch(/attribute contested views/);
    const council = enhanceAs('Summarize this city council meeting transcript into decisions made, votes, and next steps.', 'summarization').enhanced;
    expect(council).toMatch(/in this order: decisions made; votes; next steps/);
    expect(council).toMatch(/For each vote, give the motion, the result and the count/);
  });
});

describe('everyday requests, sixty-eighth batch', () => {
  it('routes a home exercise program, an elevator pitch, an obituary and a faulty argument to what they are', () => {
    const knee = enhanceAs("I'm a physical therapist. Write a home exercise program for a patient 2 weeks after ACL reconstruction.", 'code').enhanced;
    expect(knee).toMatch(/experienced physical therapist who writes home exercise programs/);
    expect(knee).toMatch(/surgeon’s or clinic’s own protocol takes precedence/);
    expect(knee).not.toMatch(/software engineer|stated period exactly/);
    const pitch = enhanceAs('Draft a 30-second elevator pitch for my mobile bike repair business.', 'planning').enhanced;
    expect(pitch).toMatch(/pitch coach/);
    expect(pitch).not.toMatch(/numbered phases/);
    const obit = enhanceAs("I'm a funeral director. Write an obituary from these notes: Mary Ellen Ross, 87, retired nurse, loved gardening, survived by 3 children and 7 grandchildren, service Saturday 11am at St. Luke's.", 'classification').enhanced;
    expect(obit).toMatch(/experienced funeral director who writes warm, accurate obituaries/);
    expect(obit).toMatch(/invent no anecdotes, quotes or cause of death/);
    expect(obit).not.toMatch(/label/);
    const rain = enhanceAs('Find the error in this reasoning: "Every time I wash my car it rains, so washing my car causes rain."', 'extraction').enhanced;
    expect(rain).toMatch(/name the fallacy/);
    expect(rain).not.toMatch(/valid JSON/);
  });

  it('writes a PIP, a lease violation notice and an emergency sub lesson as the documents they are', () => {
    const pip = enhanceAs("I'm an HR manager. Write a performance improvement plan for a sales rep who missed quota three quarters in a row.", 'planning').enhanced;
    expect(pip).toMatch(/measurable with a date/);
    expect(pip).not.toMatch(/business strategy planner|first time/);
    const lease = enhanceAs("I'm a property manager. Draft a lease violation notice for a tenant who keeps parking in the fire lane.", 'roleplay').enhanced;
    expect(lease).toMatch(/lease clause or rule it breaks/);
    expect(lease).not.toMatch(/skilled writer\./);
    const sub = enhanceAs("I'm a substitute teacher. Plan a 50-minute emergency lesson for 8th grade science when the teacher left no plans.", 'planning').enhanced;
    expect(sub).toMatch(/no lab equipment and no preparation/);
    expect(sub).not.toMatch(/education planner/);
  });

  it('keeps each dose with its drug, reads the source’s page count as its size, and names Haitian Creole', () => {
    const meds = enhanceAs('Extract every medication, dose, and time from this nursing note: "0800 metoprolol 25mg PO given, 1200 insulin lispro 4 units SC."', 'extraction').enhanced;
    expect(meds).toMatch(/\{ "medications": \[ \{ "medication": string \| null, "dose": string \| null, "time": string \| null \} \] \}/);
    const rad = enhanceAs("Summarize this patient's 3-page radiology report for the referring doctor in 5 bullet points.", 'summarization').enhanced;
    expect(rad).not.toMatch(/"3-page"/);
    expect(rad).toMatch(/the referring doctor/);
    expect(enhanceAs('Translate these discharge instructions into Haitian Creole for a patient: "Keep the incision dry for 48 hours."', 'rewrite').enhanced).toMatch(/translator into Haitian Creole/);
  });

  it('answers a trade from inside it: a notary’s state rules, a caterer’s savings, a realtor’s questions', () => {
    const notary = enhanceAs("I'm a notary. What ID can I accept from a signer whose driver's license expired last month?", 'open_qa').enhanced;
    expect(notary).toMatch(/senior notary/);
    expect(notary).toMatch(/differs by state or country/);
    const cater = enhanceAs("I'm a caterer. A client wants to cut the per-head budget from $45 to $32 for 120 guests. What can I change on the menu?", 'planning').enhanced;
    expect(cater).toMatch(/close the gap from \$45 to \$32/);
    expect(cater).not.toMatch(/numbered phases/);
    expect(enhanceAs("I'm a real estate agent. Write 5 questions to ask buyers at the first meeting to understand what they really want.", 'brainstorming').enhanced).toMatch(/experienced real estate agent/);
    const swap = enhanceAs("I'm an ER nurse. Write a short text to my manager asking to swap my Saturday night shift.", 'creative_writing').enhanced;
    expect(swap).not.toMatch(/messages clients trust/);
  });

  it('makes a vendor email firm but not rude, and retries HTTP calls only when it is safe', () => {
    const vendor = enhanceAs('Rewrite this email to a vendor so it\'s firm but not rude: "You guys screwed up our order AGAIN. Fix it or we\'re done."', 'rewrite').enhanced;
    expect(vendor).toMatch(/Make it firm but not rude: cut hedging words/);
    expect(vendor).not.toMatch(/Improve clarity and flow/);
    const retry = enhanceAs('Write a Go function that retries an HTTP request with exponential backoff and jitter, up to 5 attempts.', 'code').enhanced;
    expect(retry).toMatch(/429 and 5xx/);
    expect(retry).toMatch(/Retry-After/);
    expect(retry).not.toMatch(/empty input, invalid values and very large inputs/);
  });
});

describe('everyday requests, sixty-ninth batch', () => {
  it('writes a counseling script, an injury report template, a client cancellation policy and a cheat sheet by the trade', () => {
    const warfarin = enhanceAs("I'm a pharmacist. Write a short counseling script for a patient starting warfarin.", 'creative_writing').enhanced;
    expect(warfarin).toMatch(/experienced pharmacist who counsels patients clearly/);
    expect(warfarin).toMatch(/teach-back/);
    expect(warfarin).not.toMatch(/fiction writer|turning point|tears, anger/);
    const scrape = enhanceAs("I'm a daycare director. Write an incident report template for minor injuries like scrapes and bumps.", 'creative_writing').enhanced;
    expect(scrape).toMatch(/the injury and the first aid given/);
    expect(scrape).toMatch(/Give the template itself/);
    expect(scrape).not.toMatch(/site reliability|blameless|root cause/);
    const salon = enhanceAs("I'm a hairstylist. Write a cancellation policy for my salon: 24-hour notice, $25 fee for no-shows.", 'creative_writing').enhanced;
    expect(salon).toMatch(/experienced hairstylist who writes clear, friendly policies clients accept/);
    expect(salon).not.toMatch(/HR and operations lead|who it applies to/);
    expect(enhanceAs("I'm a barista trainer. Make a one-page cheat sheet for pulling espresso shots.", 'roleplay').enhanced).toMatch(/experienced barista trainer who writes clear one-page handouts/);
  });

  it('labels "deductible or not", names both target languages, and reads a quiz or a syllabus from the trade', () => {
    const tax = enhanceAs('Classify each expense as deductible or not for a sole proprietor: home internet, client lunch, gym membership, business cards, commuting.', 'classification').enhanced;
    expect(tax).toMatch(/"deductible", "not deductible"/);
    expect(tax).not.toMatch(/proprieto"/);
    expect(enhanceAs('Translate "Your appointment is confirmed for Tuesday at 3pm. Please arrive 15 minutes early." into Tagalog and Vietnamese.', 'rewrite').enhanced).toMatch(/into natural Tagalog and Vietnamese/);
    const weld = enhanceAs('As a welding instructor, make a safety quiz for first-week students, 8 questions.', 'roleplay').enhanced;
    expect(weld).toMatch(/experienced welding instructor who writes fair, clear questions/);
    expect(weld).not.toMatch(/in character/);
    const solo = enhanceAs("I'm a flight instructor. Plan a 10-lesson syllabus for a student pilot to solo.", 'planning').enhanced;
    expect(solo).toMatch(/experienced flight instructor/);
    expect(solo).toMatch(/endorsements the rules require/);
    expect(solo).not.toMatch(/"solo"/);
  });

  it('answers a trade’s own questions as that trade, and benchmarks a food cost instead of writing an essay', () => {
    expect(enhanceAs("I'm an airline gate agent. How do I tell a full flight that it's oversold and we need volunteers?", 'open_qa').enhanced).toMatch(/senior airline gate agent/);
    expect(enhanceAs("I'm a real estate appraiser. What adjustments should I make for a comparable that has a pool when the subject doesn't?", 'open_qa').enhanced).toMatch(/senior real estate appraiser/);
    expect(enhanceAs("I'm a school nurse. What should I tell parents about head lice so they don't panic?", 'open_qa').enhanced).toMatch(/senior school nurse/);
    expect(enhanceAs("I'm a florist. A bride wants peonies in October. Write a reply explaining why that's hard and suggest alternatives.", 'creative_writing').enhanced).toMatch(/experienced florist who writes clear, friendly messages/);
    const food = enhanceAs("Analyze our restaurant's food cost: we spend $18,000 a month on food and make $52,000 in sales. Is that normal?", 'analysis').enhanced;
    expect(food).toMatch(/Answer against a named benchmark/);
    expect(food).not.toMatch(/attribute contested views/);
  });

  it('ranks review themes by count, and writes a short child’s story without an outline step', () => {
    const reviews = enhanceAs('Summarize these 40 customer reviews of our bakery into the top 3 complaints and top 3 compliments.', 'summarization').enhanced;
    expect(reviews).toMatch(/in this order: top 3 complaints; top 3 compliments/);
    expect(reviews).toMatch(/“12 of 40”/);
    const octo = enhanceAs('Write a short story for a 7-year-old about a shy octopus who learns to make friends, about 400 words.', 'creative_writing').enhanced;
    expect(octo).not.toMatch(/Outline first/);
  });
});

describe('everyday requests, seventieth batch', () => {
  it('routes a bakery scale-up, a sale listing and a CCRN study plan to what they are', () => {
    const bread = enhanceAs("I'm a baker. Scale this bread recipe from 2 loaves to 30 loaves and give me the weights in grams: 500g flour, 350g water, 10g salt, 5g yeast.", 'summarization').enhanced;
    expect(bread).toMatch(/baker’s percentage/);
    expect(bread).not.toMatch(/summary/);
    const sale = enhanceAs("I'm an estate sale organizer. Write a listing for a weekend estate sale: mid-century furniture, vinyl records, tools, Saturday and Sunday 8-3, cash and Venmo.", 'classification').enhanced;
    expect(sale).toMatch(/invent no brands, prices or claims about condition/);
    expect(sale).not.toMatch(/label/);
    const ccrn = enhanceAs('Create a 12-week training plan for a nurse studying for the CCRN exam while working night shifts.', 'planning').enhanced;
    expect(ccrn).toMatch(/Fit the study sessions around the shifts/);
    expect(ccrn).not.toMatch(/warm-up|rest days/);
  });

  it('cleans up accounts report-first, keeps a form’s list fields as lists, and labels bugs by severity', () => {
    const ad = enhanceAs("Write a PowerShell script that finds user accounts in Active Directory that haven't logged in for 90 days and disables them.", 'code').enhanced;
    expect(ad).toMatch(/Report first, change second/);
    expect(ad).toMatch(/lastLogonTimestamp/);
    const intake = enhanceAs('Extract the patient name, date of birth, allergies and current medications from this intake form: "Name: J. Alvarez, DOB 04/12/1961, Allergies: penicillin (hives), Meds: lisinopril 10mg daily"', 'extraction').enhanced;
    expect(intake).toMatch(/"patient_name": string \| null, "date_of_birth": string \| null, "allergies": string\[\]/);
    expect(enhanceAs('Classify these bug reports by severity: crash on login, typo on settings page, payment fails for Amex cards.', 'classification').enhanced).toMatch(/Use only these labels: critical, high, medium, low/);
  });

  it('gives a devotional, a docent’s talk, a lifeguard rotation and a diabetic meal plan their own rules', () => {
    const dev = enhanceAs('As a youth pastor, write a 5-minute devotional about patience for middle schoolers.', 'creative_writing').enhanced;
    expect(dev).toMatch(/experienced youth pastor/);
    expect(dev).toMatch(/The audience is middle schoolers/);
    expect(dev).toMatch(/about 5 minutes when spoken/);
    expect(enhanceAs("I'm a museum docent. Write a 3-minute talk about a Vermeer painting for a group of 4th graders.", 'creative_writing').enhanced).toMatch(/experienced museum docent who gives short talks/);
    const guards = enhanceAs("I'm a lifeguard supervisor. Make a rotation schedule for 6 guards across 3 stands for an 8-hour day with breaks.", 'planning').enhanced;
    expect(guards).toMatch(/keep every post covered at all times/);
    expect(guards).toMatch(/every 20–30 minutes/);
    const meals = enhanceAs("I'm a nutritionist. Write a 7-day meal plan for a client with type 2 diabetes who eats vegetarian.", 'planning').enhanced;
    expect(meals).toMatch(/Keep carbohydrate steady from meal to meal/);
  });

  it('answers a trade’s hard moments as that trade, and a review claiming illness without admitting fault', () => {
    expect(enhanceAs("I'm a hospital chaplain. What do I say to a patient who asks me if God is punishing them?", 'open_qa').enhanced).toMatch(/senior hospital chaplain/);
    const guard = enhanceAs("I'm a crossing guard. What should I do when a driver ignores my stop sign?", 'brainstorming').enhanced;
    expect(guard).toMatch(/senior crossing guard/);
    expect(guard).not.toMatch(/creative strategist|10 ideas/);
    expect(enhanceAs("I'm a veterinary receptionist. Write a phone script for telling an owner their pet's test results are in and the vet wants to discuss them.", 'creative_writing').enhanced).toMatch(/experienced veterinary receptionist who is known for calls/);
    const yelp = enhanceAs('Help me write a Yelp response to a customer who says our sushi made them sick.', 'creative_writing').enhanced;
    expect(yelp).toMatch(/without admitting fault/);
    expect(yelp).not.toMatch(/own the problem/);
    expect(enhanceAs("I'm a recruiter. Write a rejection email for a candidate who made it to the final round.", 'creative_writing').enhanced).toMatch(/experienced recruiter who writes clear, friendly messages candidates trust/);
    const kid = enhanceAs('Is it safe to give my 2-year-old melatonin to help her sleep?', 'open_qa').enhanced;
    expect(kid).toMatch(/signs that mean asking a pharmacist or doctor/);
  });
});

describe('everyday requests, seventy-first batch', () => {
  it('reads labels as whole words and from the ways people name them', () => {
    const article = enhanceAs('Classify the sentiment of the following article: The patient presented with chest pain, was given aspirin and transferred to the cath lab.', 'classification').enhanced;
    expect(article).not.toMatch(/labels: pirin|"pirin"/);
    expect(article).toMatch(/positive, negative, neutral or mixed/);
    expect(enhanceAs('Tell me whether this is a list of flowers or trees: oak, aspen, fir, maple, and redwood.', 'classification').enhanced).toMatch(/Use only these labels: flowers, trees\./);
    expect(enhanceAs('Categorize the below types of animals based on whether they are domestic or non-domestic', 'classification').enhanced).toMatch(/domestic, non-domestic\./);
    expect(enhanceAs('Assign a priority (low/medium/high) to this bug report: The app crashes when I upload a photo.', 'classification').enhanced).toMatch(/Use only these labels: low, medium, high\./);
    expect(enhanceAs('Is the following statement supported by the passage? Passage: "The drug reduced symptoms in 60% of patients." Statement: "The drug cures most patients."', 'classification').enhanced).toMatch(/supported, not supported, partly supported/);
    const slack = enhanceAs('Classify the tone of each of these Slack messages as friendly, neutral or tense.', 'classification').enhanced;
    expect(slack).not.toMatch(/Label: positive/);
  });

  it('translates into the language after "into", and weighs two drivers as an insurance agent would', () => {
    const vm = enhanceAs('Translate this Spanish voicemail from a patient into English for the doctor: "Hola, soy María, tiene fiebre de 39 desde anoche."', 'rewrite').enhanced;
    expect(vm).toMatch(/translator into English/);
    expect(vm).not.toMatch(/into natural Spanish/);
    const drivers = enhanceAs("I'm an insurance agent. Which of these drivers is the higher risk to insure: a 19-year-old with no tickets or a 45-year-old with two speeding tickets?", 'classification').enhanced;
    expect(drivers).toMatch(/experienced insurance agent who weighs the factors/);
    expect(drivers).not.toMatch(/Use only these labels/);
  });

  it('compares lab values with their ranges, orders a statement as a timeline, and flags inconsistencies between sources', () => {
    const lab = enhanceAs('From this lab report, list every value that is outside the reference range: "Sodium 134 (135-145), Glucose 182 (70-99)"', 'extraction').enhanced;
    expect(lab).toMatch(/"flag": "high" \| "low"/);
    expect(lab).toMatch(/check every test against its range a second time/);
    const claim = enhanceAs("I'm a claims adjuster. Summarize this accident statement into a timeline of events.", 'summarization').enhanced;
    expect(claim).toMatch(/in the order they happened \(not the order they were told\)/);
    expect(claim).toMatch(/experienced claims adjuster/);
    const depo = enhanceAs("I'm a paralegal. Summarize this deposition excerpt and flag any inconsistencies with the police report.", 'summarization').enhanced;
    expect(depo).toMatch(/do not call it an inconsistency when one source is simply silent/);
    expect(depo).toMatch(/quoting both sources/);
    expect(enhanceAs('Extract all the dates and deadlines from this grant announcement and put them in a table.', 'extraction').enhanced).toMatch(/columns for the date exactly as written and what it is for/);
  });
});

describe('everyday requests, seventy-second batch', () => {
  it('writes a haiku sequence as several haiku, a volunteer shift by station, and a minutes email decisions-first', () => {
    const haiku = enhanceAs('Write a haiku sequence about a night shift in an ER.', 'creative_writing').enhanced;
    expect(haiku).toMatch(/Write about five haiku, each three lines/);
    const bank = enhanceAs('Plan a 4-hour volunteer shift schedule for 20 people at a food bank on Saturday.', 'planning').enhanced;
    expect(bank).toMatch(/experienced volunteer coordinator/);
    expect(bank).toMatch(/check-in, sorting, packing, distribution, clean-up/);
    expect(bank).not.toMatch(/least-wanted shifts/);
    const minutes = enhanceAs('Rewrite these meeting minutes into a short email update for people who missed the meeting.', 'rewrite').enhanced;
    expect(minutes).toMatch(/Lead with the decisions and what readers need to do/);
  });
});

describe('everyday requests, seventy-third batch', () => {
  it('writes a work order, an Ansible play with handlers, a staff memo as a notice and a patient late policy', () => {
    const wo = enhanceAs('Turn this voicemail transcript into a short work order: "Hi it\'s Linda in unit 4B, the kitchen sink is leaking under the cabinet, I\'ll be home after 5 on weekdays."', 'rewrite').enhanced;
    expect(wo).toMatch(/maintenance coordinator/);
    expect(wo).toMatch(/labelled fields/);
    expect(wo).not.toMatch(/Improve clarity and flow|keep the author’s voice/);
    const play = enhanceAs('Write an Ansible playbook that installs nginx, copies a config file, and restarts nginx only when the config changes.', 'code').enhanced;
    expect(play).toMatch(/through a handler/);
    expect(play).toMatch(/--check --diff/);
    expect(play).not.toMatch(/persistent storage/);
    expect(enhanceAs('Draft a memo to all staff that the office will close at 2pm on Friday for the holiday.', 'creative_writing').enhanced).toMatch(/writes clear notices people actually read/);
    const late = enhanceAs("I'm a dental office manager. Write a policy on late arrivals: patients more than 15 minutes late are rescheduled.", 'creative_writing').enhanced;
    expect(late).toMatch(/experienced dental office manager who writes clear, friendly policies patients accept/);
  });

  it('ranks candidates on merit, reads review topics as labels, and costs rent against buy for what it is', () => {
    const hire = enhanceAs('Rank these three job candidates for a barista role based on these notes: Ana (2 yrs cafe, weekends only), Ben (no experience, full availability), Cy (5 yrs, wants $3/hr more than budget).', 'classification').enhanced;
    expect(hire).toMatch(/best first, judged on the criteria/);
    expect(hire).not.toMatch(/most urgent first/);
    expect(enhanceAs('Classify these hotel reviews by what they complain about: cleanliness, noise, staff or price.', 'classification').enhanced).toMatch(/Use only these labels: cleanliness, noise, staff, price\./);
    expect(enhanceAs('Compare renting vs buying a commercial espresso machine for a cafe that sells 200 drinks a day.', 'analysis').enhanced).toMatch(/at what volume or time the answer flips/);
    expect(enhanceAs('What are the pros and cons of renting vs buying a house in 2026?', 'analysis').enhanced).toMatch(/after how many years buying comes out ahead/);
    expect(enhanceAs("Compare renting vs buying a tux for a one-time wedding, I'm the groom", 'analysis').enhanced).not.toMatch(/Compare the total cost/);
  });

  it('lets a trade explain its own work or a pool opening without the health or home-owner lines', () => {
    const vet = enhanceAs("I'm a vet. Explain to a dog owner why we recommend dental X-rays under anesthesia, in under 150 words.", 'brainstorming').enhanced;
    expect(vet).toMatch(/experienced vet who explains the work to dog owners/);
    expect(vet).not.toMatch(/realistic options/);
    const pharm = enhanceAs("I'm a pharmacist. A customer wants to return unused medication. How do I explain we can't take it back?", 'open_qa').enhanced;
    expect(pharm).not.toMatch(/conditions such as pregnancy/);
    const pool = enhanceAs("I'm a pool technician. Make a checklist for opening a residential pool for the season.", 'planning').enhanced;
    expect(pool).toMatch(/experienced pool technician who does this by the book/);
    expect(pool).not.toMatch(/water, heat, food, locks/);
  });
});

describe('everyday requests, seventy-fourth batch', () => {
  it('drafts a contract clause for a lawyer to check, a constituent letter, and a business post', () => {
    const clause = enhanceAs("I'm a dog walker. Draft a service agreement clause about what happens if a dog bites someone on a walk.", 'creative_writing').enhanced;
    expect(clause).toMatch(/contracts lawyer who drafts plain-language clauses/);
    expect(clause).toMatch(/draft for a local lawyer to check/);
    const rep = enhanceAs('Help me write a letter to my state representative asking for funding for rural school buses.', 'creative_writing').enhanced;
    expect(rep).toMatch(/I am a constituent/);
    expect(rep).toMatch(/non-partisan/);
    expect(enhanceAs("I'm a food truck owner. Write a post announcing we'll be at the farmers market every Saturday in June.", 'creative_writing').enhanced).toMatch(/at most three hashtags/);
  });

  it('teaches a colostomy patient at home, lists phrasal verbs to study, and prices a bakery on margins', () => {
    const ostomy = enhanceAs("I'm a home health nurse. Write discharge teaching for a patient going home with a new colostomy.", 'creative_writing').enhanced;
    expect(ostomy).toMatch(/Write for the patient and family at home/);
    expect(ostomy).not.toMatch(/owner or patient/);
    const verbs = enhanceAs("I'm an ESL teacher. Give me 10 phrasal verbs with example sentences for intermediate adult learners.", 'brainstorming').enhanced;
    expect(verbs).toMatch(/one example sentence that shows the meaning/);
    expect(verbs).not.toMatch(/bolder ones/);
    const butter = enhanceAs("I'm a bakery owner. Should I raise prices 10% or cut portion sizes to cover rising butter costs?", 'open_qa').enhanced;
    expect(butter).toMatch(/current margins, sales volume/);
  });
});
