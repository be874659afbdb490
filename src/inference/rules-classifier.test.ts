import { describe, expect, it } from 'vitest';
import { classifyByRules, ruleScores } from './rules-classifier.ts';
import { ClassificationSchema } from '../shared/classification.ts';
import { TASK_TYPES } from '../shared/task-types.ts';
import type { TaskType } from '../shared/task-types.ts';

const CASES: Record<TaskType, string[]> = {
  open_qa: [
    'Why is the sky blue?',
    'What is the difference between a virus and a bacterium?',
    'How do vaccines work?',
    // Advice on a conversation, not a word problem, though the story has figures in it.
    'My 15-year-old spends 7 hours a day on his phone. How do I talk to him about it without starting a fight?',
    // An explanation pitched at a reader is a question, whoever the reader is.
    "Explain Big O notation like I'm a bootcamp student.",
    // A question about the rules, typed without a question mark.
    'my landlord wants to raise rent by 15% mid-lease, is that allowed in California',
  ],
  closed_qa: [
    // A question answered from the pasted clause, though it never says "according to the text".
    "Read the contract clause below and tell me if I can cancel early without a penalty.\n\nClause 9: Either party may terminate this agreement with 30 days' written notice. If the Client terminates before the end of the initial 12-month term, the Client shall pay 50% of the remaining monthly fees.",
    'Based on the following passage, when was the bridge opened?\n\nThe Golden Gate Bridge is a suspension bridge spanning the Golden Gate strait. It opened to traffic on May 27, 1937, after four years of construction, and was the longest suspension bridge in the world at the time.',
    'According to the text below, who founded the company?\n\nText: Acme Corp was founded in 1962 by Jane Doe and her brother in a small garage in Ohio. It grew into a global supplier of anvils.',
  ],
  summarization: [
    'Summarize this article in three bullet points: The city council voted on Tuesday to expand the bike lane network.',
    'tl;dr of the meeting notes please',
    'Give me the key takeaways of the book Atomic Habits',
    // An executive summary is still a summary; a resume summary (below, under rewrite) is a section of a CV.
    'Write an executive summary of this report: revenue grew 12% while costs grew 4%, mostly from hiring in Q3.',
  ],
  creative_writing: [
    'Write a short story about a lighthouse keeper who finds a message in a bottle.',
    'Compose a haiku about autumn rain.',
    'Write a wedding toast for my best friend Sam.',
    // "2 weeks" is not a plan: the ask is a new message.
    "draft a polite follow-up email to a recruiter who hasn't replied in 2 weeks",
    '¿Me puedes ayudar a escribir un correo para pedir un aumento de sueldo a mi jefe?',
    // "30 days" is how late the invoice is, not a plan.
    "Draft a polite reminder to a client who hasn't paid invoice #2291 (due 30 days ago, $3,400)",
    'draft a slack message telling the team the deploy is delayed until Monday',
    // Composing a quiz is writing (LABELING.md).
    'Create a 10-question multiple-choice quiz on the French Revolution for high school students, with answers.',
    // The content of a talk, not a conference to organise.
    'Outline a 20-minute talk on why small teams ship faster, for a developer conference.',
    // A reply to a quoted review is a message to write, not the review to label.
    'Help me respond to this negative Google review: "Terrible service, waited an hour and nobody apologized. Never coming back."',
    // The same, told first: the asker gives the talk, nobody is role-played.
    "I'm giving a 10-minute talk on climate tech to high school students. Help me structure it.",
    // "Make the article engaging" describes the piece to write, not a rewrite of one.
    'You are a content writer. Your objective is to write a LinkedIn article about generative AI in business. Make the article engaging and a little fun, but still professional.',
  ],
  code: [
    'is 0.1 + 0.2 == 0.3 in javascript? why',
    "My React component re-renders every time I type in the input and it's laggy. How do I fix it?",
    'How do I center a div?',
    // A schema is developer work whatever it describes ("a blog post" is not a piece to write).
    'Create a JSON schema for a blog post with title, author, tags, publish date and body.',
    'Can you create a Bash script that lists all files in the current directory with a specific file extension?',
    'Write a Python function that checks whether a string is a palindrome.', 'Why does this throw a TypeError?\n```js\nconst x = undefined; x.foo();\n```', 'Refactor this SQL query to use a join instead of a subquery.'],
  reasoning: [
    // A property of a number is checked by computing it.
    'Is 7919 a prime number?',
    'Natalia sold clips to 48 of her friends in April, and then she sold half as many clips in May. How many clips did Natalia sell altogether in April and May?',
    'A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. How much does the ball cost?',
    'Solve this logic puzzle: three boxes are all labelled wrong...',
  ],
  brainstorming: [
    // A name is picked from options, though it reads as a question.
    "What's a good name for a golden retriever puppy?",
    'Give me 10 ideas for a birthday party for a 7 year old.',
    'Suggest some names for my bakery.',
    'What are some ways to reduce my electricity bill?',
    "what should I name my bakery? it's in a small town and focuses on sourdough",
    'I have chicken, rice, spinach and feta. what can I cook tonight?',
  ],
  classification: ['Classify the sentiment of this review as positive or negative: "The food was cold and the waiter was rude."', 'Which of these are mammals: dolphin, shark, bat, penguin?', 'Is this email spam or not spam? "You won a free cruise!"'],
  extraction: [
    'Extract all the dates and names from this email: "Hi Tom, the meeting with Ana moved to March 3."',
    'Pull out every company mentioned in the following text and return them as JSON.',
    'List all the email addresses in this document.',
    // Items taken from a pasted job post, however technical they are.
    'List the required skills vs nice-to-haves from this job post: We need 5+ years of Python, strong SQL, experience with Airflow. Bonus: dbt, Kubernetes, a background in fintech.',
  ],
  rewrite: [
    'Proofread this paragraph: their going to the store tomorow.',
    'Translate "good morning, how are you" into French.',
    'Make this email more formal: hey, can u send the report asap',
    // The user's own points turned into prose: "budget unchanged" in the notes is not a plan to make.
    "- met with vendor\n- pricing too high\n- they'll send new quote friday\n\nturn these bullets into a paragraph for my boss",
    'Turn these notes into a short email to the team: - launch moved to May 3 - QA needs two more people - budget unchanged',
    'Here\'s my resume summary, make it punchier: "Experienced software engineer with 7 years of experience in building scalable web applications using React and Node.js. Passionate about clean code."',
    // The user's recipe reshaped into a list, not a plan to make.
    'Turn this recipe into a grocery list: 2 chicken breasts, 1 cup rice, 1 onion, 2 cloves garlic, 1 can coconut milk, curry powder',
    // Two words between "my" and "stronger".
    'Make my resume bullet stronger: "Responsible for managing social media accounts"',
  ],
  analysis: [
    'Compare PostgreSQL and MongoDB for a small e-commerce site.',
    'What are the pros and cons of remote work?',
    'Evaluate the strengths and weaknesses of this business plan.',
    'Should we use Postgres or MongoDB for a multi-tenant SaaS with lots of reporting?',
    // Weighing a rewrite of software: there is no text to rewrite.
    'should we rewrite our Django monolith in Go or keep it?',
    // A choice asked for without a question, at the end of the facts.
    'I have offers from two companies. Company A pays $120k with a 30 min commute, Company B pays $105k fully remote. Help me decide.',
    // A choice between options or "worth it" asked as a plain question (LABELING.md rule 5).
    'Is it better to rent or buy a home in Austin right now?',
    'would it be smarter to pay off my car loan first or put the money in savings?',
    'Is a Costco membership really worth it for a single person?',
    'Does it make sense to refinance if I plan to sell in three years?',
    'Help me decide between a used 2019 Honda Civic with 60k miles for $17k and a new 2025 Corolla for $24k.',
    // Ranking by a judgement, though programming languages are named.
    'Rank these programming languages by how easy they are for a complete beginner: Rust, Python, JavaScript, C++, Go',
  ],
  planning: [
    // A training split is a weekly routine, though it is asked as a question.
    "what's a good 3-day split for Mon/Wed/Fri? I have dumbbells and a pull-up bar at home",
    'Plan a 5-day itinerary for Tokyo on a budget.',
    'Create a weekly workout routine for a beginner.',
    'Make a study schedule for my exams in three weeks.',
    'I need to prepare for a job interview for a product manager role next week. help',
    'make a grocery list for a week of vegetarian meals for 2 people',
  ],
  roleplay: [
    'I want you to act as a Linux terminal. I will type commands and you will reply with what the terminal should show.',
    'Act as my Spanish conversation partner and stay in character as a waiter in Madrid.',
    'Pretend you are a job interviewer and interview me for a product manager role.',
  ],
};

describe('classifyByRules', () => {
  for (const label of TASK_TYPES) {
    for (const text of CASES[label]) {
      it(`${label}: ${text.slice(0, 60)}`, () => {
        expect(classifyByRules(text).intent).toBe(label);
      });
    }
  }

  // Requests in other languages (the model has seen few): the rules give the blend something to go on.
  const OTHER_LANGUAGES: [string, TaskType][] = [
    ['请帮我总结这篇文章的要点：城市议会周二投票决定扩建自行车道网络。', 'summarization'],
    ['Переведи этот абзац на английский: Мы рады сообщить, что офис переезжает.', 'rewrite'],
    ['用Python写一个函数，判断一个数是不是质数', 'code'],
    ['Сравни iPhone и Android по цене и удобству', 'analysis'],
    ['東京で3日間の旅行の計画を立ててください', 'planning'],
    ['Hãy đóng vai một nhân viên phỏng vấn và hỏi tôi từng câu một', 'roleplay'],
    ['Escribe un poema sobre el mar', 'creative_writing'],
    ['Calcule a probabilidade de tirar dois seis com dois dados', 'reasoning'],
    ['Empfiehl mir ein paar gute Bücher über Geschichte', 'brainstorming'],
    ['다음 리뷰를 긍정 또는 부정으로 분류해 줘: 배송이 너무 늦었어요', 'classification'],
    ['Extrais les dates et les noms de ce courriel : « Bonjour Paul, la réunion avec Ana est déplacée au 3 mars. »', 'extraction'],
    ['Что такое квантовая запутанность?', 'open_qa'],
  ];
  it.each(OTHER_LANGUAGES)('other languages: %s → %s', (text, label) => {
    expect(classifyByRules(text).intent).toBe(label);
  });

  // How real prompts are phrased: a tool's name instead of "code", a piece named without a verb, a proof.
  const REAL_PHRASING: [string, TaskType][] = [
    ["what's the cleanest way to mock fetch in jest?", 'code'],
    ['set up a cron job on ubuntu that backs up postgres every night', 'code'],
    ['A short skit about a cat who runs a bakery', 'creative_writing'],
    ['instagram caption for our new vegan burger', 'creative_writing'],
    ['Prove that the square root of 2 is irrational.', 'reasoning'],
    ['Найти сумму первых 20 членов прогрессии 3, 7, 11', 'reasoning'],
    ['допиши стихотворение про осень', 'creative_writing'],
    ['how do i center a div in css', 'code'],
    ["what's the difference between let and const in javascript", 'code'],
    ['why is my c++ build so slow', 'code'],
  ];
  it.each(REAL_PHRASING)('real phrasing: %s → %s', (text, label) => {
    expect(classifyByRules(text).intent).toBe(label);
  });

  it('reads "polish" as an edit only when something is polished', () => {
    expect(ruleScores('my sourdough starter smells like nail polish remover, is it dead?').rewrite).toBe(0);
    expect(ruleScores("my sourdough starter smells like nail polish, what's wrong with it").rewrite).toBe(0);
    expect(ruleScores('how do I get shoe polish out of carpet').rewrite).toBe(0);
    expect(classifyByRules('polish my cover letter, it sounds stiff').intent).toBe('rewrite');
    expect(classifyByRules('Can you polish this paragraph for me? The results was very good and we are happy.').intent).toBe('rewrite');
  });

  it('does not read tool names that are also plain words as a sign of code', () => {
    for (const text of [
      'a story about two pandas, an elixir, a torch and the tower of babel',
      'Escreva um poema sobre a lua',
      'knitting ideas for leftover yarn and a flask of tea',
      'how do I get better at darts and angular sketching in flutter-kick swimming?',
      // German "funktioniert" (works) and "Manuskript" contain the words for function and script.
      'Kannst du mir erklären, wie eine Wärmepumpe funktioniert?',
      'Kannst du mein Manuskript lektorieren?',
    ]) {
      expect(ruleScores(text).code, text).toBe(0);
    }
  });

  it('still reads code and explanations in other languages', () => {
    expect(classifyByRules('Schreib eine Funktion in Python, die Primzahlen findet').intent).toBe('code');
    expect(classifyByRules('Kannst du mir erklären, wie eine Wärmepumpe funktioniert?').intent).toBe('open_qa');
    expect(classifyByRules('Me explicas cómo funciona una bomba de calor?').intent).toBe('open_qa');
    // Scene and service setups, label questions and list-of-ideas requests, written the way people write them.
    expect(classifyByRules('Давай сыграем: ты — продавец на рынке, а я покупатель').intent).toBe('roleplay');
    expect(classifyByRules('你是我们书店的智能客服，只回答订单问题').intent).toBe('roleplay');
    expect(classifyByRules('¿Esta reseña es positivo o negativo? "Llegó tarde y roto."').intent).toBe('classification');
    expect(classifyByRules('Придумай 10 названий для кофейни').intent).toBe('brainstorming');
    // A persona that frames a deliverable is still the deliverable.
    expect(classifyByRules('あなたはプロの詩人として、秋の俳句を作ってください').intent).not.toBe('roleplay');
  });

  it('returns a valid Classification with scores for every label summing to ~1', () => {
    const c = classifyByRules('Write a poem about the sea.');
    expect(ClassificationSchema.parse(c)).toBeTruthy();
    expect(Object.keys(c.scores).sort()).toEqual([...TASK_TYPES].sort());
    const sum = Object.values(c.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(c.source).toBe('rules');
    expect(c.modelVersion).toBe('rules@1');
    expect(c.confidence).toBe(c.scores[c.intent]);
  });

  it('labels a persona that frames a concrete deliverable by the deliverable', () => {
    expect(classifyByRules('You are an SEO expert. Write a blog post about indoor plants.').intent).toBe('creative_writing');
    expect(classifyByRules('Act as a senior engineer and write a Python function to merge two sorted lists.').intent).toBe('code');
  });

  it('grades complexity by length, parts and constraints', () => {
    expect(classifyByRules('What is 2+2?').complexity).toBe('simple');
    expect(classifyByRules('Write a cover letter for a junior data analyst job. Mention my SQL skills and keep it under 300 words.').complexity).toBe('moderate');
    const long = `Build a REST API for a todo app.\n${Array.from({ length: 8 }, (_, i) => `${i + 1}. It must support feature ${i} and should never lose data.`).join('\n')}\n${'Context sentence. '.repeat(80)}`;
    expect(classifyByRules(long).complexity).toBe('complex');
  });

  it('handles empty, huge and odd input without throwing, and fast', () => {
    expect(classifyByRules('').intent).toBe('open_qa');
    const huge = 'lorem ipsum dolor sit amet '.repeat(8000) + '\nSummarize the text above.';
    const t = performance.now();
    const c = classifyByRules(huge);
    expect(performance.now() - t).toBeLessThan(200);
    expect(c.truncated).toBe(true);
    expect(c.intent).toBe('summarization');
    expect(() => classifyByRules('\u0000\u0001\uFFFF 🙂 مرحبا ¿qué? \u202E')).not.toThrow();
  });
});
