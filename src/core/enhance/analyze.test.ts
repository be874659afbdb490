import { describe, expect, it } from 'vitest';
import { analyzePrompt, type SubKind } from './analyze.ts';

describe('analyzePrompt', () => {
  it('answers a sub-kind question the same whenever it is asked, with the exceptions applied', () => {
    const cases: [string, SubKind, boolean][] = [
      ["Pretend you're my late grandfather and write a letter to my younger self about fishing.", 'message', false],
      ['Write a thank-you email to my neighbour for watering the plants.', 'message', true],
      ['Convert this JSON to CSV with a small Python script.', 'convert', false],
      ['Convert this list to a markdown table: apples 3, pears 5', 'convert', true],
      ['Should I use React Native or Flutter for a small shop app?', 'howto', false],
      ['How do I reverse a list in Python?', 'howto', true],
    ];
    for (const [text, kind, expected] of cases) {
      const asked = analyzePrompt(text).subKinds;
      expect(asked.has(kind), text).toBe(expected);
      // Listing every kind first, or asking again, gives the same answer.
      const listed = analyzePrompt(text).subKinds;
      expect(listed.all().includes(kind), text).toBe(expected);
      expect(listed.has(kind), text).toBe(expected);
    }
    expect(analyzePrompt('Proofread this.', { lite: true }).subKinds.all()).toEqual([]);
  });
  it('finds supplied text, code and its language', () => {
    const f = analyzePrompt('Why does this crash?\n```py\ndef f(x):\n    return x[0]\n```');
    expect(f.hasCode).toBe(true);
    expect(f.hasSuppliedText).toBe(true);
    expect(f.codeLanguage).toBe('Python');
    expect(f.subKinds.all()).toContain('debug');
    // Bug hunts phrased without "debug"/"error" are still debugging, not new code to write.
    for (const ask of ['There is a bug in this code. Can you find it?', "What's wrong with my function?", 'Why does this loop never stop?', "It doesn't compile:", 'It doesn’t compile:', 'What’s wrong with my function?', 'This gives the wrong output for n = 0'])
      expect(analyzePrompt(`${ask}\n\`\`\`js\nfor (let i = 0; i < n; i--) sum += i;\n\`\`\``).subKinds.all(), ask).toContain('debug');
    expect(analyzePrompt('How can you remove duplicates from a list in Python?').subKinds.all()).toContain('howto');
    expect(analyzePrompt('write unit tests for this function: def slugify(s): return s.lower()').subKinds.all()).toContain('tests-only');
    expect(analyzePrompt('Write a slugify function in Python with unit tests.').subKinds.all()).not.toContain('tests-only');
    expect(analyzePrompt('I keep backups as .tar.gz files. What arguments can I use with tar to update only changed files?').subKinds.all()).toContain('howto');
    expect(analyzePrompt('Write a CSV parser in Rust. How would you handle quoted commas?').subKinds.all()).not.toContain('howto');
    expect(analyzePrompt('How to write a program in Python to calculate a flight path').subKinds.all()).not.toContain('howto');
    expect(analyzePrompt('why is my react component re-rendering infinitely? useEffect(() => { setCount(count + 1) })').subKinds.all()).toContain('debug');
    expect(analyzePrompt('NullReferenceException when I pick up an item, but only the second time.').subKinds.all()).toContain('debug');
    expect(analyzePrompt('Getting this error when I run npm install').subKinds.all()).toContain('debug');
    expect(analyzePrompt('Show me a Go worker pool that stops cleanly on the first error or on cancellation.').subKinds.all()).not.toContain('debug');
    expect(analyzePrompt('Write a signup form that shows an error and throws an exception if the email is invalid.').subKinds.all()).not.toContain('debug');
    expect(analyzePrompt('Why is the copy constructor called here instead of the move constructor?').subKinds.all()).toContain('explain-code');
    for (const ask of ['Build a bug tracker app in Go', 'Write a bug-free parser for CSV lines in Rust'])
      expect(analyzePrompt(ask).subKinds.all(), ask).not.toContain('debug');
    expect(analyzePrompt('Summarize the following article:\n\n' + 'Lorem ipsum dolor sit amet. '.repeat(10)).hasSuppliedText).toBe(true);
    expect(analyzePrompt('Why is the sky blue?').hasSuppliedText).toBe(false);
  });

  it('finds format, length, counts, language, persona, audience and examples', () => {
    const f = analyzePrompt('You are a travel agent. Give me 5 ideas for a weekend in Porto for my parents, as a table, in under 150 words.');
    expect(f.hasPersona).toBe(true);
    expect(f.formatRequested).toBe('table');
    expect(f.lengthLimit).toMatchObject({ value: 150, unit: 'words', text: 'under 150 words' });
    expect(f.itemCount).toBe(5);
    expect(analyzePrompt('Translate this menu into Japanese.').languageNamed).toBe('Japanese');
    expect(analyzePrompt('create a js Events class that accepts subscribers').codeLanguage).toBe('JavaScript');
    expect(analyzePrompt('debounce a function in ts').codeLanguage).toBe('TypeScript');
    expect(analyzePrompt('Write a haiku about the letters js and ts').codeLanguage).toBeNull();
    expect(analyzePrompt('Explain recursion to a beginner.').audience).toBe('a beginner');
    expect(analyzePrompt("explain kubernetes to me like i'm 10").audience).toBe('a 10-year-old');
    expect(analyzePrompt('write a post announcing I got promoted to manager').audience).toBeNull();
    expect(analyzePrompt('explain what this code does: const x = arr.reduce((a, b) => a + b, 0)').subKinds.all()).toContain('explain-code');
    expect(analyzePrompt('Explain taxes like I’m five').audience).toBe('a 5-year-old');
    expect(analyzePrompt('Elaine tries to pass an exam. Simulate 50 repetitions and estimate the probability that she passes.').stakes).toBeNull();
    expect(analyzePrompt('Elaine tries to pass an exam. Simulate 50 repetitions and estimate the probability that she passes.').subKinds.all()).not.toContain('estimate');
    expect(analyzePrompt('Roughly how many piano tuners are there in Chicago?').subKinds.all()).toContain('estimate');
    expect(analyzePrompt('Help me revise for my exam on Friday.').stakes).toBe('it is for an exam I am preparing for');
    expect(analyzePrompt('Classify the tickets. For example: "app crashes" → bug').hasExamples).toBe(true);
    expect(analyzePrompt('Return the result as JSON.').formatRequested).toBe('json');
  });

  it('finds labels, fields, stakes, tool needs and the user’s own instructions', () => {
    expect(analyzePrompt('Is this review positive or negative?').labels).toEqual(['positive', 'negative']);
    expect(analyzePrompt('Which of these are mammals: dog, trout?').labels).toEqual(['mammal', 'not a mammal']);
    expect(analyzePrompt('Extract the names, dates and amounts from this invoice.').fields).toEqual(['names', 'dates', 'amounts']);
    expect(analyzePrompt('Help me prepare answers for my job interview tomorrow.').stakes).toMatch(/interview/);
    expect(analyzePrompt('What is the latest version of Python?').needsTools).toBe(true);
    expect(analyzePrompt('Build a weather bot in Python.').needsTools).toBe(false);
    const f = analyzePrompt('Write two jokes about rockets. Do not use commas. Separate the jokes with ***.');
    expect(f.userConstraints).toEqual(['Do not use commas', 'Separate the jokes with ***']);
    expect(analyzePrompt('Why don’t cats like water?').userConstraints).toEqual([]);
  });

  it('reads the domain from the request, not from one detail further down', () => {
    const offsite = 'Brainstorm activities for our company offsite.\n\nDetails:\n- 55 people, two days\n- the venue has a kitchen we can use\n- mixed ages';
    expect(analyzePrompt(offsite).domain).toBeNull();
    expect(analyzePrompt('Brainstorm dinner party themes.\n\nWe have a big kitchen.').domain).toBe('cooking');
    expect(analyzePrompt('Ideas for our team day.\n\nWe could cook dinner together, or take a baking class.').domain).toBe('cooking');
  });

  it('takes instructions from the ask, not from pasted documents or the user’s story', () => {
    const contract = [
      'Based on the contract below, when must we give notice? If the contract doesn’t address something, say so — don’t guess.',
      '',
      '2.2 This Agreement renews automatically unless either party gives notice at least ninety (90) days before the end of the term.',
      '3.1 The Customer shall pay all fees within thirty (30) days.',
    ].join('\n');
    expect(analyzePrompt(contract).userConstraints).toEqual(['If the contract doesn’t address something, say so — don’t guess']);
    const story = [
      'Write a short story about my grandmother. She never told anyone about the war.',
      'I don’t think she was ever afraid. We must have visited her a hundred times.',
      '- Don’t mention her illness',
      '- At least one scene must be in her kitchen',
      'I don’t want a sad ending.',
    ].join('\n');
    expect(analyzePrompt(story).userConstraints).toEqual(['Don’t mention her illness', 'At least one scene must be in her kitchen', 'I don’t want a sad ending']);
  });

  it('tells a choice from a question to understand, and names the kind of plan', () => {
    expect(analyzePrompt('Should we use Postgres or MongoDB?').subKinds.all()).toContain('decide');
    expect(analyzePrompt('Compare PostgreSQL and MongoDB for a small e-commerce site.').subKinds.all()).toContain('decide');
    expect(analyzePrompt('Compare the antitrust laws of the US and the EU, with landmark cases.').subKinds.all()).not.toContain('decide');
    for (const ask of ['Is working part-time a good idea for teenagers?', 'Which is the better first sales hire: a VP of Sales or two reps?', 'Heat pump vs. a gas furnace for a 1962 ranch house?', 'Is this non-compete reasonable? Any red flags?', 'My landlord is offering either a 12-month lease or month to month.'])
      expect(analyzePrompt(ask).subKinds.all(), ask).toContain('decide');
    expect(analyzePrompt('Write 3 S.M.A.R.T. goals for our incident response plan.').subKinds.all()).toContain('strategy');
    expect(analyzePrompt('Lay out a five-step workflow from site survey to handover.').subKinds.all()).toContain('process');
    expect(analyzePrompt('Plan a surprise birthday party for 20 people.').subKinds.all()).toContain('event');
  });

  it('finds what a list is of, how many lists are asked for, and a format given in the user’s own words', () => {
    expect(analyzePrompt('Write a list of questions to start a conversation.')).toMatchObject({ listNoun: 'questions', listParts: 1 });
    expect(analyzePrompt('Give me 5 taglines for a bakery.').listNoun).toBe('taglines');
    expect(analyzePrompt('Create a list of the top 3 themes, then a list of plugins, then a list of launch ideas.').listParts).toBe(4);
    expect(analyzePrompt('Output the dependencies in lines, each line formatted as (word -> head).').formatRequested).toBe('prose');
    expect(analyzePrompt('need 10 short punchlines about working from home')).toMatchObject({ itemCount: 10, listNoun: 'punchlines' });
    expect(analyzePrompt('need 10 short punchlines about working from home').subKinds.all()).toContain('humor');
    expect(analyzePrompt('Please describe the common optimizations for BVHs.').isQuestion).toBe(true);
  });

  it('tells mechanical edits, rating scales and user-set replies apart, and does not quote a review as an instruction', () => {
    expect(analyzePrompt('Replace all the human names in the paragraph with <anonymized>.').subKinds.all()).toContain('transform');
    expect(analyzePrompt('Change this from first person to third person for my author bio.').subKinds.all()).toContain('transform');
    expect(analyzePrompt('Detect gendered phrasing. The discovery could change all mankind.').subKinds.all()).not.toContain('transform');
    expect(analyzePrompt('Rate these reviews on a scale of 1 to 5.').subKinds.all()).toContain('scale');
    expect(analyzePrompt('Fact check: tell me if the statement is true, false, or unknown.').labels).toEqual(['true', 'false', 'unknown']);
    expect(analyzePrompt('Find biased phrasing and suggest an alternative. Otherwise, output "None found."').formatRequested).toBe('prose');
    expect(analyzePrompt('Score these reviews.\n1. Great.\n2. Never before have I been so disappointed with a phone.').userConstraints).toEqual([]);
    expect(analyzePrompt('Summarize the notes. At least one farm was given a grant to improve their soil over the years.').userConstraints).toEqual([]);
    expect(analyzePrompt('Extract the dates. Write support is another six weeks away because of conflict resolution.').userConstraints).toEqual([]);
    expect(analyzePrompt('Give me examples. At least 3 of them.').userConstraints).toEqual(['At least 3 of them']);
    expect(analyzePrompt('Create a JS Events class. It must have the methods subscribe and unsubscribe.').userConstraints).toEqual(['It must have the methods subscribe and unsubscribe']);
  });

  it('finds the attributes asked for per item, and ignores sizes inside pasted material', () => {
    const f = analyzePrompt('Pull out all action items from this thread. For each one: what, who owns it, deadline (if stated), and whether it’s confirmed.\n\n---\nEmre will finalize the rack layout by Oct 4.');
    expect(f.itemFields).toEqual(['what', 'who_owns_it', 'deadline', 'confirmed']);
    expect(f.fields).toEqual(['action_items']);
    const reviews = `For each review, extract the model and each complaint as JSON.\n\n${'Solid machine, good crema, no complaints at all from me. '.repeat(8)}\n2. "Anna K." It pulls a shot in under 2 minutes.`;
    expect(analyzePrompt(reviews).lengthLimit).toBeNull();
    expect(analyzePrompt(`${'Here are my meeting notes from the quarterly planning session with the team. '.repeat(6)}\n\nKeep the summary under 100 words.`).lengthLimit?.text).toBe('under 100 words');
  });

  it('does not take a user’s “right now” for a request for live data, and sees interactive setups phrased as questions', () => {
    expect(analyzePrompt('Right now I sell 180 loaves a week to three cafés. Plan my move into farmers markets.').needsTools).toBe(false);
    expect(analyzePrompt('What is the price of bitcoin right now?').needsTools).toBe(true);
    expect(analyzePrompt('What are the latest developments in solid-state batteries?').needsTools).toBe(true);
    for (const ask of ['What is the latest bus I can take from Elm St?', 'Run the tests on ubuntu-latest.', 'Write a plan using the latest science-based methods.'])
      expect(analyzePrompt(ask).needsTools, ask).toBe(false);
    expect(analyzePrompt('Pretend you are Socrates and answer my questions by questioning me back. First question: is lying ever right?').interactive).toBe(true);
  });

  it('finds options and label sets the way users write them', () => {
    expect(analyzePrompt('Heat pump vs. a new high-efficiency gas furnace for a 1962 ranch house?').options).toEqual(['Heat pump', 'new high-efficiency gas furnace']);
    expect(analyzePrompt('Rationale: Vendor B scored highest on demo (4.5/5 vs A 4.1, C 3.8).').options).toEqual([]);
    expect(analyzePrompt('Should I learn Python or JavaScript first?').options).toEqual(['Python', 'JavaScript']);
    expect(analyzePrompt('Our fixed list of themes for exit-survey coding: Compensation, Manager, Career Growth, Relocation/Personal, Other. One theme each.').labels).toEqual([
      'Compensation', 'Manager', 'Career Growth', 'Relocation/Personal', 'Other',
    ]);
    expect(analyzePrompt('Classify the tickets as bug, feature request or question.').labels).toEqual(['bug', 'feature request', 'question']);
    expect(analyzePrompt('Label each tweet positive/negative.').labels).toEqual(['positive', 'negative']);
    expect(analyzePrompt('Summarize it in plain bullets.').formatRequested).toBe('list');
  });

  it('notices material a short request points at but does not include', () => {
    expect(analyzePrompt('summarize the key points of the attached meeting notes').missingMaterial).toBe('meeting notes');
    expect(analyzePrompt('condense this 10 page report into half a page').missingMaterial).toBe('10 page report');
    expect(analyzePrompt('make this sound friendlier').missingMaterial).toBe('text');
    expect(analyzePrompt('based on the lease below, can I sublet my room?').missingMaterial).toBe('lease');
    // Present material, or a topic rather than material, is not missing.
    expect(analyzePrompt('fix the grammar: me and him goes to the store yesterday and buyed apples').missingMaterial).toBeNull();
    expect(analyzePrompt('Summarize this email:\n\nHi team, the launch moves to Friday because QA found two blockers in checkout.').missingMaterial).toBeNull();
    expect(analyzePrompt("What's the gist of Federalist No. 10? I need to explain it to my 11th graders.").missingMaterial).toBeNull();
  });

  it('keeps a size that belongs to one deliverable out of the answer’s length limit', () => {
    const brief = [
      'Plan a podcast episode about urban beekeeping. For this request, you must provide:',
      '1) A cold open script for the first 30 seconds.',
      '2) Three episode titles and a 1-paragraph show-notes summary.',
      'Do not use clichés.',
    ].join('\n');
    const f = analyzePrompt(brief);
    expect(f.lengthLimit).toBeNull();
    expect(f.userConstraints).toEqual(['Do not use clichés']);
    // The same size for the whole request, or a plain limit in a list of rules, is the answer's limit.
    expect(analyzePrompt('Write a 500-word essay on urban beekeeping.').lengthLimit?.text).toBe('500-word');
    expect(analyzePrompt('Interpolate these 10 values onto a time base with 7 points.').lengthLimit).toBeNull();
    expect(analyzePrompt('Summarize this in 5 points.').lengthLimit?.text).toBe('5 points');
    expect(analyzePrompt('Write a horror story told as an email thread, about 1,200 words.').lengthLimit).toMatchObject({ value: 1200, unit: 'words' });
    expect(analyzePrompt('Write a wedding toast for my brother, 2 min max when spoken.').lengthLimit).toMatchObject({ value: 2, unit: 'minutes' });
    expect(analyzePrompt('Write about urban beekeeping.\nRules:\n- under 200 words\n- no jargon').lengthLimit?.text).toBe('under 200 words');
  });

  it('finds the options being compared and the facts a plan must respect', () => {
    expect(analyzePrompt('Compare PostgreSQL and MongoDB for a small e-commerce site.').options).toEqual(['PostgreSQL', 'MongoDB']);
    expect(analyzePrompt('Should I use Redis or Memcached for session storage?').options).toEqual(['Redis', 'Memcached']);
    const p = analyzePrompt('Plan a 10-day trip to Japan for two people in April with a budget of $4,000. We love food and hiking.').planFacts;
    expect(p).toEqual({ duration: '10-day', when: 'in April', people: 'for two people', budget: 'budget of $4,000', interests: 'food and hiking', dislikes: null, time: null, limit: null });
  });

  it('reads weekly time, a stated limit (whole or not at all) and dislikes from a plan request', () => {
    const p = analyzePrompt("I can study 8 hours a week but can't take a pay cut. We love food and hate museums.").planFacts;
    expect(p).toMatchObject({ time: '8 hours a week', limit: "can't take a pay cut", interests: 'food', dislikes: 'museums' });
    expect(analyzePrompt('Help me plan a 12-18 month career change').planFacts.duration).toBe('12-18 month');
    // A clause too long to quote whole is not cut mid-word.
    expect(analyzePrompt("Plan my week. I can't do anything on the mornings when the kids have swimming lessons at the leisure centre across town").planFacts.limit).toBeNull();
  });

  it('tells prompts written mostly in a non-Latin script', () => {
    expect(analyzePrompt('Напиши короткое стихотворение о море').nonLatin).toBe(true);
    expect(analyzePrompt('用一段话概括《红楼梦》前五回讲了什么').nonLatin).toBe(true);
    expect(analyzePrompt('Écris un poème sur la mer, s’il te plaît, ça me ferait plaisir').nonLatin).toBe(false);
    expect(analyzePrompt('Explain what 日本 means in one sentence').nonLatin).toBe(false);
    expect(analyzePrompt('ab 你好').nonLatin).toBe(false); // half and half is not "mostly"
    expect(analyzePrompt('Write a haiku about autumn 🍂').nonLatin).toBe(false);
    // Latin-script languages are told apart by their function words; code, markup and English are not misread.
    expect(analyzePrompt('¿Cómo funciona la usucapión en el derecho civil español? ¿Cuántos años hacen falta?').writtenIn).toBe('Spanish');
    expect(analyzePrompt('Écris un poème sur la mer, s’il te plaît, ça me ferait plaisir').writtenIn).toBe('French');
    expect(analyzePrompt('Wie funktioniert eigentlich Zwei-Faktor-Authentifizierung, wenn das Handy nicht online ist?').writtenIn).toBe('German');
    expect(analyzePrompt('Sửa lỗi chính tả đoạn văn sau giúp em: Hôm qua em đi học về muộn vì trời mưa to quá').writtenIn).toBe('Vietnamese');
    expect(analyzePrompt('Extract the names of villages in the commune of Dăeni from the text. Separate them with a comma.').writtenIn).toBeNull();
    expect(analyzePrompt('Write a JavaScript function to dedupe emails like ana@mail.com and em@site.com.').writtenIn).toBeNull();
  });

  it('is cheap on huge input and flags control characters and RTL text', () => {
    const huge = 'word '.repeat(60_000);
    const t = performance.now();
    const f = analyzePrompt(huge);
    expect(performance.now() - t).toBeLessThan(100);
    expect(f.sampled).toBe(true);
    expect(f.words).toBeGreaterThan(50_000);
    expect(analyzePrompt('hi \u0007 there').hasControlChars).toBe(true);
    expect(analyzePrompt('ترجم هذا النص').hasRtl).toBe(true);
  });
});
