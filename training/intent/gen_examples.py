"""Project-written labelled prompts for the labels the shared datasets leave thin.

Everything here (templates, passages, topics) was written by the project, so its output may be committed
(training/data/project_examples.jsonl). Deterministic: `python3 gen_examples.py` always writes the same file.

Labels follow DESIGN.md §3. Variety comes from: several phrasings per intent, supplied text or not, persona framing
("You are an editor. ..." keeps the deliverable's label), casual/formal register, typos, lowercase, requests in
other languages, extra constraints (which also move complexity), and passages of different lengths.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = 1234

PASSAGES = [
    "Our quarterly revenue rose 12% to $4.2 million, driven mainly by the new subscription tier. Churn fell from 5.1% to 3.8%, "
    "but customer acquisition cost increased by 20% because of higher ad prices. The board approved hiring two more engineers "
    "and postponed the office move to next spring.",
    "Hi team, quick update: the staging server will be down Saturday from 9am to noon for the database migration. Please push "
    "any pending changes by Friday 5pm. Maria is on call; ping her on Slack if anything breaks. Thanks, Tom",
    "The city council voted 7-2 on Tuesday to extend the bike lane network by 14 kilometres over the next three years. Supporters "
    "said the plan would cut traffic deaths; opponents argued it would remove 600 parking spaces from the downtown core. Work "
    "starts in April on Elm Street.",
    "I bought this blender two months ago. It crushes ice well and is easy to clean, but it is very loud and the lid started "
    "cracking after a few weeks. Customer support replied quickly and sent a replacement lid. Overall three stars.",
    "Photosynthesis is the process by which green plants use sunlight, water and carbon dioxide to make glucose and release "
    "oxygen. It takes place mainly in the chloroplasts of leaf cells, where the pigment chlorophyll absorbs light energy.",
    "Meeting notes 14 March: attendees Priya, Jonas, Lee. Decided to ship v2.3 on the 28th. Jonas to fix the login timeout "
    "bug by Friday. Lee to draft release notes. Priya raised concern about test coverage on the payments module; follow-up "
    "meeting next Tuesday at 10:00.",
    "Dear Mr. Alvarez, we regret to inform you that your order #A-88213 has been delayed due to a supplier shortage. We expect "
    "to ship it by 3 June. As an apology we have added a 15% discount code, SORRY15, to your account. Kind regards, Customer Care",
    "The Great Barrier Reef, off the coast of Queensland, Australia, is the world's largest coral reef system, made up of over "
    "2,900 individual reefs stretching 2,300 kilometres. Rising sea temperatures have caused several mass bleaching events since 1998.",
    "Job posting: Senior Data Analyst, Berlin (hybrid). Requirements: 5+ years SQL, Python or R, experience with Tableau, fluent "
    "English, German a plus. Salary 70-85k EUR. Apply by 30 September to jobs@example.com.",
    "The patient, a 54-year-old male, presented with chest pain radiating to the left arm for two hours. Blood pressure 150/95, "
    "heart rate 102. ECG showed ST elevation in leads II, III and aVF. He was given aspirin and transferred to the cath lab.",
    "we tried the new ramen place on 5th last night. broth was amazing but the noodles were kinda soggy and we waited 40 min "
    "for a table. prices are ok, like $16 a bowl. would go back for lunch maybe not dinner",
    "Section 4.2: The tenant shall give the landlord at least sixty (60) days written notice before terminating this lease. "
    "Failure to provide notice will result in forfeiture of the security deposit, currently $1,800.",
    "In 1969, Apollo 11 landed on the Moon. Neil Armstrong and Buzz Aldrin spent about two and a quarter hours outside the "
    "lunar module, while Michael Collins orbited above in the command module Columbia.",
    "Our app crashes on Android 12 when users rotate the screen during video playback. Logs show an IllegalStateException in "
    "PlayerFragment.onSaveInstanceState. It started after release 4.1.0 and affects about 3% of sessions.",
    "Remote work has grown sharply since 2020. Surveys show most employees value flexibility, yet managers report concerns "
    "about collaboration and onboarding. Some firms now require three office days a week, a compromise critics call arbitrary.",
    "Ingredients: 2 cups flour, 1 tsp baking soda, 1/2 tsp salt, 1 cup butter, 3/4 cup sugar, 2 eggs, 2 cups chocolate chips. "
    "Bake at 375F for 9 to 11 minutes.",
    "Thanks for your application to the Riverside Art Fellowship. The committee received 412 applications this year. We are "
    "pleased to offer you a place in the residency from 1 July to 31 August, with a stipend of $3,000.",
    "Electric cars produce no tailpipe emissions, but building their batteries requires mining lithium, cobalt and nickel. Over "
    "a typical lifetime, studies estimate an EV emits 30-50% less CO2 than a petrol car, depending on how the grid is powered.",
    "Customer: My internet keeps dropping every evening around 8pm. I already restarted the router twice. Agent: I'm sorry to "
    "hear that. I can see line noise on your connection; I'll book a technician for Thursday between 1 and 5pm.",
    "The novel follows Ana, a young translator in Lisbon, who discovers letters hidden in a second-hand dictionary. As she "
    "tracks down their author, she uncovers a love story from the 1970s revolution and confronts her own fear of commitment.",
    "Q3 survey results (n=1,240): 68% satisfied with the product, 21% neutral, 11% dissatisfied. Top complaints: slow sync (34%), "
    "pricing (27%), missing dark mode (18%). Net promoter score rose from 31 to 38.",
    "Mitochondria are membrane-bound organelles that generate most of the cell's supply of ATP. They have their own DNA, which "
    "is inherited maternally in most animals, and they are thought to descend from free-living bacteria.",
    "hey can u send me the slides from yesterday?? also the client wants the deadline moved to the 12th not the 15th, and they "
    "asked if we can add a spanish version of the landing page",
    "The Treaty of Westphalia, signed in 1648, ended the Thirty Years' War and is often credited with establishing the modern "
    "principle of state sovereignty in Europe.",
    "Invoice 2291 — Date: 02/11/2024 — Bill to: Greenleaf Ltd, 14 Harbour Rd, Bristol — Items: 12 x desk lamp @ 24.50, 3 x "
    "office chair @ 189.00 — Subtotal 861.00 — VAT 20% 172.20 — Total 1,033.20 GBP — Due in 30 days.",
    "Our startup sells refurbished laptops to students. We have 3 staff, $40k in savings, and about 120 orders a month, mostly "
    "through Instagram. Margins are 22%. We want to expand to two more cities next year.",
    "The function takes a list of orders, filters out cancelled ones, groups them by customer id and returns the total amount "
    "per customer, sorted from highest to lowest.",
    "Sleep researchers found that teenagers who used phones in bed slept on average 45 minutes less on school nights. The effect "
    "was strongest for social media use and weakest for listening to music.",
    "I am writing to complain about the noise from the construction site on Baker Lane, which starts at 6am every day, "
    "including weekends. This is in breach of the permitted hours of 8am to 6pm. I request that the council investigate.",
    "Marta Kowalska joined Acme Corp in 2015 as a junior designer, became head of design in 2019, and in 2023 was appointed "
    "chief product officer. She lives in Krakow and holds a degree from the Academy of Fine Arts.",
]

TOPICS = [
    "remote work", "electric cars", "social media and teenagers", "the four-day work week", "nuclear energy", "learning a second language",
    "minimum wage increases", "open-plan offices", "online education", "cryptocurrency", "self-driving cars", "fast fashion",
    "universal basic income", "homeschooling", "urban gardening", "video games and violence", "AI in hiring", "tiny houses",
    "plant-based diets", "space tourism", "standing desks", "public transport being free", "microservices", "monorepos",
    "TypeScript vs JavaScript", "renting vs buying a home", "index funds", "freelancing", "coffee", "daylight saving time",
]

GOALS = [
    "run a half marathon", "learn Spanish", "launch a podcast", "lose 5 kg", "save for a house deposit", "get better at chess",
    "pass the AWS Solutions Architect exam", "write a novel", "learn to play guitar", "move to another country", "start a bakery",
    "prepare for a job interview at a tech company", "redesign our company website", "migrate our app from AWS to GCP",
    "organise a wedding for 80 guests", "read 30 books this year", "get out of credit card debt", "train my puppy",
    "renovate a small bathroom", "study for my final exams", "learn data science", "improve my sleep", "launch a mobile app",
]

PLACES = ["Japan", "Lisbon", "Iceland", "New York", "Rome", "Mexico City", "the Scottish Highlands", "Vietnam", "Paris",
          "Barcelona", "Kyoto", "Peru", "Morocco", "Seoul", "the Amalfi coast", "Cape Town", "Vancouver", "Prague"]

QUESTIONS_OPEN = [
    "why is the sky blue", "how do vaccines work", "what causes inflation", "what is the difference between a virus and a bacterium",
    "how does a bill become law in the US", "who invented the printing press", "what is quantum entanglement",
    "how do I change a flat tire", "how does compound interest work", "what is the capital of Australia", "why do cats purr",
    "how do noise-cancelling headphones work", "what is a black hole", "what does DNS stand for and what does it do",
    "how do I get red wine out of a carpet", "what was the cold war", "how does the stock market work",
    "what are the symptoms of vitamin D deficiency", "how do airplanes stay in the air", "what is the keto diet",
    "how long should I boil an egg", "what is machine learning", "why do we have leap years", "how do I reset my iphone",
    "what is the difference between weather and climate", "how does GPS know where I am", "what is a Roth IRA",
    "how do solar panels generate electricity", "what language is spoken in Brazil", "how do bees make honey",
    "what is the speed of light", "how can I tell if an egg is still good", "what happened at Chernobyl",
    "what is the best way to store fresh herbs", "how do tides work", "what is an API",
]

TEXT_KINDS = ["text", "paragraph", "email", "passage", "article", "message", "note", "review", "report", "excerpt"]

PERSONAS = [
    "You are an experienced editor.", "You are a helpful assistant.", "Act as a senior business analyst.",
    "You are a meticulous data entry specialist.", "As an expert project manager,", "You are a friendly teacher.",
    "Pretend you're a professional translator.", "You are a legal assistant.", "You're a marketing expert.",
    "You are an expert summarizer working for a busy executive.", "Act as a career coach.", "You are a research assistant.",
]

LANG_REQ = {
    "rewrite": [
        "Traduis ce texte en anglais : {t}", "Traduce al inglés: {t}", "Übersetze bitte ins Englische: {t}",
        "Corrige les fautes dans ce texte: {t}", "Reescribe este párrafo de forma más formal: {t}",
        "Kannst du das etwas freundlicher formulieren? {t}", "Traduci in italiano: {t}", "Traduza para o português: {t}",
    ],
    "summarization": [
        "Résume ce texte en deux phrases : {t}", "Resume este texto en tres puntos: {t}", "Fasse den folgenden Text kurz zusammen: {t}",
        "Riassumi questo testo: {t}",
    ],
    "planning": [
        "Hazme un plan de estudio de 4 semanas para {g}.", "Fais-moi un programme d'entraînement pour {g}.",
        "Erstelle einen Wochenplan, um {g}.", "Crea un itinerario de 5 días en {p}.", "Prépare un itinéraire de 3 jours à {p}.",
    ],
    "open_qa": ["¿{q}?", "Pourquoi {q} ?", "Kannst du erklären, {q}?", "Como funciona isso: {q}?"],
    "analysis": [
        "Analiza las ventajas y desventajas de {topic}.", "Compare les avantages et inconvénients de {topic}.",
        "Was sind die Vor- und Nachteile von {topic}?",
    ],
    "classification": ["¿Este comentario es positivo o negativo? \"{t}\"", "Ce message est-il du spam ou non ? {t}"],
    "extraction": ["Extrae todas las fechas y nombres de este texto: {t}", "Extrais les montants et les dates : {t}"],
}

CONSTRAINTS = [
    "Keep it under 100 words.", "Use bullet points.", "Use a neutral, professional tone.", "Write for a 10-year-old.",
    "Return the answer as JSON.", "Do not add any new information.", "Include a one-line TL;DR at the top.",
    "Format the result as a markdown table.", "Be concise.", "Cite the sentence each point comes from.",
    "Avoid jargon.", "Finish with a short recommendation.", "Number each item.", "Keep the original meaning.",
    "Limit it to 3 sentences.", "Use British spelling.", "Mention any assumptions you make.",
]

T: dict[str, list[str]] = {
    "rewrite": [
        "Rewrite this {kind} so it sounds more professional:\n\n{t}", "Proofread the following and fix any grammar or spelling mistakes:\n{t}",
        "Can you make this {kind} shorter and clearer? {t}", "Paraphrase the following {kind}: {t}",
        "Translate this into {lang}:\n{t}", "Make this sound friendlier: \"{t}\"", "Simplify this {kind} for a general audience:\n\n{t}",
        "rewrite this in plain english pls\n{t}", "Change the tone of this {kind} to be more persuasive.\n\n{t}",
        "Convert the following notes into a polished email.\n{t}", "Turn this into bullet points:\n{t}",
        "Fix the grammar: {t}", "Translate to {lang} and keep the formatting: {t}", "Rephrase this so it's less aggressive: {t}",
        "Edit this paragraph for clarity and flow, but keep my voice:\n\n{t}", "Rewrite the text below in the passive voice.\n{t}",
        "Make this more concise without losing any facts:\n{t}", "Can you reword this for LinkedIn? {t}",
        "Please correct the punctuation in the following {kind}.\n\n{t}", "Rewrite this {kind} for a 5th grader: {t}",
        "Translate the following customer message from {lang} to English: {t}", "Convert this text to title case: {t}",
        "Reformat the following into a numbered list of steps: {t}", "Write this more formally:\n{t}",
        "Could you polish my {kind}? I'm not a native speaker.\n\n{t}", "Shorten this to fit in a tweet: {t}",
        "Rewrite my sentence to avoid repetition: {t}", "Anonymize this {kind} by replacing names with placeholders like PERSON_1: {t}",
        "Convert this paragraph into Markdown with headings: {t}", "Turn this {kind} into a more upbeat version:\n{t}",
    ],
    "summarization": [
        "Summarize the following {kind}:\n\n{t}", "TL;DR this for me: {t}", "Give me a one-sentence summary of this {kind}.\n{t}",
        "Can you sum up the key points of this {kind}? {t}", "Summarise in 3 bullet points:\n{t}",
        "What's the gist of this? {t}", "Write a short summary of the {kind} below for my manager.\n\n{t}",
        "Condense this into a brief abstract: {t}", "Suggest a title for this {kind}: {t}", "Write a subject line for this email: {t}",
        "summarize pls\n{t}", "Give me the main takeaways from this {kind}:\n{t}", "Create an executive summary of the following:\n{t}",
        "Summarize the plot of {book}.", "Can you give me a quick summary of {book}?", "Sum up {book} in a paragraph.",
        "Write a headline that captures this {kind}: {t}", "Boil this down to two sentences: {t}",
        "Recap the following meeting notes in a few lines:\n{t}", "Summarize this for someone who has 30 seconds: {t}",
    ],
    "extraction": [
        "Extract all the dates mentioned in this {kind}:\n{t}", "List every person and organization named in the text below.\n\n{t}",
        "Pull out the numbers from this {kind} and what they refer to: {t}", "From the following, extract the action items and owners:\n{t}",
        "Extract name, date and amount from this {kind} as JSON: {t}", "What email addresses or phone numbers appear in this text? {t}",
        "Find all the locations mentioned here: {t}", "Create a table of the key figures in this {kind}:\n\n{t}",
        "Extract the product features mentioned in the review below.\n{t}", "Get me a list of the deadlines from this message: {t}",
        "Identify the named entities (people, places, organizations) in: {t}", "Parse this into structured fields (who, what, when, where):\n{t}",
        "pull the prices out of this: {t}", "Which medications or measurements are mentioned in the following note? {t}",
        "Extract every requirement from this job posting as a bullet list: {t}", "List the ingredients with their quantities: {t}",
        "Return a JSON array of all the percentages in this {kind} with labels: {t}", "Find the verbs in this sentence: {t}",
    ],
    "closed_qa": [
        "Based on the {kind} below, {q2}\n\n{t}", "Read this and answer: {q2}\n{t}", "{t}\n\nAccording to the text, {q2}",
        "Using only the information in this {kind}, {q2}\n\n{t}", "Here's a {kind}: {t}\nQuestion: {q2}",
        "Given the following passage, {q2} {t}", "From the text below, can you tell me {q2}\n{t}",
        "{t}\n\nQ: {q2}", "Answer the question using the context. Context: {t} Question: {q2}",
        "Does the following {kind} say {q3}? {t}", "According to this {kind}, {q2} Answer with a quote. {t}",
    ],
    "classification": [
        "Is this review positive, negative or neutral?\n{t}", "Classify the sentiment of the following {kind}: {t}",
        "Categorize this support ticket as billing, technical, or account: {t}", "Is this email spam or not spam? {t}",
        "Label each of these as a fruit or a vegetable: {items}", "Which of these are mammals: {items}?",
        "Is the following statement a fact or an opinion? \"{s}\"", "Tag this {kind} with one topic: politics, sports, tech, health, or business.\n{t}",
        "What genre is this? {t}", "Would you classify this message as urgent or not urgent? {t}",
        "Sort these into renewable and non-renewable energy sources: {energy}", "Is {animal} a reptile or an amphibian?",
        "Classify the following as formal or informal: {t}", "Is this tweet sarcastic? \"{s}\"",
        "Assign a priority (low/medium/high) to this bug report: {t}", "Which category does this expense belong to: travel, meals, or equipment? {exp}",
        "Decide whether this sentence is grammatical or not: {s}", "Group these programming languages by paradigm: Haskell, C, Prolog, Java, Lisp, Go",
        "Is the tone of this {kind} angry, neutral, or happy? {t}", "Tell me if each of these is a country or a city: {geo}",
    ],
    "analysis": [
        "What are the pros and cons of {topic}?", "Compare {a} and {b} for {use}.", "Critique the argument in this {kind}:\n{t}",
        "Analyze the strengths and weaknesses of {topic}.", "Evaluate this business idea: {t}",
        "Which is better for {use}, {a} or {b}? Explain the trade-offs.", "Analyze the data below and tell me what trends you see.\n{t}",
        "Give me a SWOT analysis of {topic}.", "What are the risks of {topic}?", "Review my plan and point out weaknesses: {t}",
        "What are the implications of {topic} for small businesses?", "Assess whether this argument is convincing: \"{s}\"",
        "Identify any logical fallacies or bias in the following {kind}: {t}", "Compare the two approaches and recommend one: {a} vs {b}.",
        "Break down why {topic} is controversial.", "What does this survey data suggest? {t}",
        "is {a} worth it compared to {b}? honest take", "Critically evaluate {topic} from an economic perspective.",
        "Analyse the root cause of this issue: {t}", "How does {a} stack up against {b} in terms of cost, speed and reliability?",
    ],
    "planning": [
        "Make me a {n}-week plan to {g}.", "Create a {n}-day itinerary for {p}.", "Plan a weekly meal schedule for {diet}.",
        "I want to {g}. Can you put together a step-by-step plan?", "Design a study schedule to {g} in {n} months.",
        "Draft a project plan with milestones to {g}.", "Help me plan my day: {tasks}.", "Create a monthly budget for {budget}.",
        "Build a workout routine for {fit}.", "Make a checklist for {event}.", "Outline a roadmap to {g}.",
        "plan a trip to {p} for {n} days, we like food and hiking", "Create a content calendar for {month} for {biz}.",
        "What's a good morning routine to {g}?", "Give me a 30-60-90 day plan for {role}.", "Put together an agenda for {event}.",
        "Create a timeline for {event} starting {n} months out.", "Help me schedule these tasks across the week: {tasks}.",
        "Draft a go-to-market strategy to {g}.", "Plan a {n}-course dinner party menu for {diet}.",
    ],
    "open_qa": [
        "{Q}?", "Can you explain {q}?", "I've always wondered {q}.", "Quick question: {q}?", "ELI5: {q}",
        "Explain {q} in simple terms.", "{q}? please explain briefly", "What's the history behind {topic}?",
        "Tell me about {topic}.", "What is meant by {concept}?", "How does {concept} work?", "Who was {person}?",
    ],
    "brainstorming": [
        "Give me {n} ideas for {thing}.", "Brainstorm names for {biz}.", "What are some fun things to do in {p}?",
        "Suggest {n} gift ideas for {who}.", "List some creative ways to {g}.", "I need ideas for {thing}.",
        "What are some good topics for {thing}?", "Recommend a few books about {topic}.", "any ideas for {thing}?",
    ],
    "creative_writing": [
        "Write a short story about {story}.", "Write a poem about {topic}.", "Compose a haiku about {p}.",
        "Write a product description for {product}.", "Write a wedding toast for {who}.", "Write song lyrics about {story}.",
        "Draft a catchy Instagram caption for {biz}.", "Write a blog post about {topic}.", "Write a limerick about {animal}.",
    ],
    "code": [
        "Write a Python function that {fn}.", "How do I {fn} in JavaScript?", "Fix this code: {code}", "Explain what this code does: {code}",
        "Refactor this function to be more readable: {code}", "Write a SQL query that {sql}.", "Why does this throw an error? {code}",
        "Write a bash script that {fn}.", "Review this pull request snippet: {code}", "Convert this Python code to TypeScript: {code}",
    ],
    "reasoning": [
        "If {math}, how many {unit} will there be?", "Solve for x: {eq}.", "What is {n}% of {num}?",
        "A train leaves at {time} going {speed} km/h. How far has it gone after {n} hours?", "Estimate how many {fermi}.",
        "Riddle: {riddle}", "Which number comes next: {seq}?",
    ],
    "roleplay": [
        "Act as {char} and stay in character while I ask you questions.", "Let's roleplay: you are {char} and I'm {me}.",
        "Pretend to be {char}. Start the conversation.", "I want you to act as {char}. I will {me2}, and you will reply as they would.",
        "You are {char}. Respond only in character from now on.", "Simulate a job interview where you are the interviewer for {role}.",
    ],
}

LANGS = ["Spanish", "French", "German", "Japanese", "Italian", "Portuguese", "Korean", "Dutch", "Polish", "Chinese"]
BOOKS = ["Pride and Prejudice", "1984", "the first Harry Potter book", "The Great Gatsby", "Moby Dick", "the Odyssey",
         "To Kill a Mockingbird", "the movie Inception", "Hamlet", "the last episode of my favourite podcast",
         "the Wikipedia article on the French Revolution", "The Lean Startup"]
Q2 = ["who is responsible for the task?", "what date was mentioned?", "how much did it cost?", "what was the main problem?",
      "what happened first?", "why was it delayed?", "what percentage was reported?", "where does it take place?",
      "what is the final decision?", "how many people are involved?", "what does the author recommend?", "when does it start?"]
Q3 = ["that the deadline changed", "anything about pricing", "who signed it", "that the problem was solved"]
ITEMS = ["apple, carrot, tomato, spinach, banana", "dog, shark, bat, eagle, whale, dolphin", "potato, mango, broccoli, grape",
         "cat, salmon, human, penguin, cow"]
SENTS = ["Paris is the most beautiful city in the world.", "Water boils at 100 degrees Celsius at sea level.",
         "oh great, another monday, just what i needed", "The meeting went better than expected.",
         "Cats is better pet than dog for sure.", "This is the best phone I have ever owned."]
ENERGY = ["solar, coal, wind, natural gas, hydro, oil", "geothermal, diesel, biomass, uranium"]
ANIMALS = ["a salamander", "a gecko", "a newt", "a crocodile", "a frog", "a tortoise"]
EXPENSES = ["Uber to the airport $34", "team lunch at Nando's £62", "new monitor 229 EUR", "hotel in Austin $189"]
GEO = ["Lagos, Chad, Lima, Peru, Oslo", "Vienna, Austria, Hanoi, Laos", "Quito, Malta, Perth, Mali"]
AB = [("Python", "Go", "a backend API"), ("PostgreSQL", "MongoDB", "an e-commerce site"), ("React", "Vue", "a small dashboard"),
      ("renting", "buying", "a young family"), ("an iPhone", "a Pixel", "photography"), ("Notion", "Obsidian", "personal notes"),
      ("a Roth IRA", "a traditional IRA", "a 30-year-old"), ("Kubernetes", "plain VMs", "a 3-person startup"),
      ("trains", "planes", "travelling across Europe"), ("AWS", "Azure", "a machine learning workload")]
DIETS = ["a vegetarian family of four", "someone on a low-carb diet", "a college student on a budget", "two people who hate cooking"]
TASKS = ["gym, finish report, call mom, groceries, dentist at 3pm", "3 meetings, code review, write blog post, pick up kids at 4",
         "study for exam, laundry, job applications, cook dinner"]
BUDGETS = ["a single person earning $3,200 a month", "a couple with a $6k monthly income and a baby", "a student with $900 a month"]
FIT = ["a beginner with 30 minutes a day", "building muscle at home with dumbbells", "someone recovering from a knee injury"]
EVENTS = ["moving apartments", "a company offsite for 25 people", "a kid's birthday party", "launching our product on Product Hunt",
          "a 2-hour team workshop on OKRs", "my first week at a new job"]
MONTHS = ["March", "the holiday season", "Q2", "September"]
BIZ = ["a vegan bakery", "a dog-walking startup", "a B2B SaaS for dentists", "a local bookshop", "a yoga studio", "my Etsy jewellery shop"]
ROLES = ["a new engineering manager", "a product designer", "a sales rep", "a junior data analyst"]
CONCEPTS = ["blockchain", "photosynthesis", "the Pareto principle", "a neural network", "supply and demand", "herd immunity",
            "recursion", "the greenhouse effect", "a mortgage", "impostor syndrome"]
PEOPLE = ["Ada Lovelace", "Nelson Mandela", "Marie Curie", "Genghis Khan", "Frida Kahlo", "Alan Turing"]
THINGS = ["a team-building activity", "a science fair project", "a YouTube channel", "a rainy weekend", "a startup in climate tech",
          "my D&D campaign", "a company newsletter"]
WHO = ["my dad who likes fishing", "a coworker who is leaving", "my best friend's wedding", "a 10-year-old who loves space"]
STORIES = ["a lighthouse keeper who finds a message in a bottle", "a robot learning to cook", "two rivals stuck in an elevator",
           "a city where it never stops raining", "the last day of summer"]
PRODUCTS = ["a reusable water bottle", "noise-cancelling earbuds", "a handmade leather wallet", "an AI note-taking app"]
FNS = ["reverses a linked list", "checks if a string is a palindrome", "reads a CSV and prints the average of a column",
       "debounces a function", "renames all .txt files in a folder", "merges two sorted arrays"]
CODES = ["def add(a, b): return a - b", "for (let i = 0; i <= arr.length; i++) { console.log(arr[i]) }",
         "SELECT name FROM users WHERE age > 30 GROUP BY city", "const x = await fetch(url).json()"]
SQLS = ["returns the top 5 customers by revenue", "counts orders per month in 2023", "finds duplicate emails in the users table"]
CHARS = ["Sherlock Holmes", "a pirate captain", "a grumpy medieval innkeeper", "my Spanish tutor", "a customer service agent for an airline",
         "Socrates", "a job interviewer at Google", "a Linux terminal"]
ME = ["a traveller", "a detective", "a new student", "an angry customer"]
ME2 = ["ask questions", "type commands", "describe my symptoms", "tell you my problems"]
RIDDLES = ["what has keys but can't open locks?", "I speak without a mouth and hear without ears. What am I?",
           "a man pushes his car to a hotel and tells the owner he's bankrupt. Why?"]

TYPOS = {"the": "teh", "because": "becuase", "receive": "recieve", "please": "plz", "you": "u", "your": "ur", "this": "thsi",
         "summary": "sumary", "grammar": "grammer", "definitely": "definately", "schedule": "schedual", "separate": "seperate"}


def fill(rng: random.Random, tpl: str, label: str) -> str:
    ab = rng.choice(AB)
    vals = {
        "kind": rng.choice(TEXT_KINDS), "t": rng.choice(PASSAGES), "lang": rng.choice(LANGS), "book": rng.choice(BOOKS),
        "q2": rng.choice(Q2), "q3": rng.choice(Q3), "items": rng.choice(ITEMS), "s": rng.choice(SENTS),
        "energy": rng.choice(ENERGY), "animal": rng.choice(ANIMALS), "exp": rng.choice(EXPENSES), "geo": rng.choice(GEO),
        "topic": rng.choice(TOPICS), "a": ab[0], "b": ab[1], "use": ab[2], "n": str(rng.choice([2, 3, 4, 5, 6, 7, 8, 10, 12])),
        "g": rng.choice(GOALS), "p": rng.choice(PLACES), "diet": rng.choice(DIETS), "tasks": rng.choice(TASKS),
        "budget": rng.choice(BUDGETS), "fit": rng.choice(FIT), "event": rng.choice(EVENTS), "month": rng.choice(MONTHS),
        "biz": rng.choice(BIZ), "role": rng.choice(ROLES), "q": rng.choice(QUESTIONS_OPEN), "concept": rng.choice(CONCEPTS),
        "person": rng.choice(PEOPLE), "thing": rng.choice(THINGS), "who": rng.choice(WHO), "story": rng.choice(STORIES),
        "product": rng.choice(PRODUCTS), "fn": rng.choice(FNS), "code": rng.choice(CODES), "sql": rng.choice(SQLS),
        "char": rng.choice(CHARS), "me": rng.choice(ME), "me2": rng.choice(ME2), "riddle": rng.choice(RIDDLES),
        "math": f"a shop sells {rng.randint(3, 40)} boxes a day and each box holds {rng.randint(2, 24)} items, after {rng.randint(2, 9)} days",
        "unit": "items", "eq": f"{rng.randint(2, 9)}x + {rng.randint(1, 30)} = {rng.randint(31, 99)}", "num": str(rng.randint(50, 5000)),
        "time": f"{rng.randint(6, 11)}:{rng.choice(['00', '15', '30', '45'])}", "speed": str(rng.choice([60, 80, 120, 150])),
        "fermi": rng.choice(["piano tuners work in Chicago", "golf balls fit in a school bus", "litres of coffee Berlin drinks a day"]),
        "seq": rng.choice(["2, 6, 12, 20, 30", "1, 1, 2, 3, 5, 8", "3, 9, 27, 81"]),
    }
    q = vals["q"]
    vals["Q"] = q[0].upper() + q[1:]
    if label == "rewrite" and rng.random() < 0.3:
        # Rewrites of short user sentences, not only the long passages.
        vals["t"] = rng.choice(SENTS + [p.split(". ")[0] + "." for p in PASSAGES])
    return tpl.format(**vals)


def stylize(rng: random.Random, text: str, label: str) -> str:
    r = rng.random()
    if r < 0.12:
        text = text.lower()
    if rng.random() < 0.15:
        words = text.split(" ")
        text = " ".join(TYPOS[w] if w in TYPOS and rng.random() < 0.35 else w for w in words)
    if rng.random() < 0.15 and label not in ("roleplay",):
        text = rng.choice(PERSONAS) + " " + (text[0].lower() + text[1:] if text[:2] != "I " else text)
    if rng.random() < 0.12:
        text = rng.choice(["Hi! ", "Hey, ", "Please help: ", "Hello, could you help me? ", "Quick one - ", "Thanks in advance. "]) + text
    if rng.random() < 0.25:
        k = rng.choice([1, 1, 2, 3])
        text = text + ("\n" if rng.random() < 0.5 else " ") + " ".join(rng.sample(CONSTRAINTS, k))
    if rng.random() < 0.05:
        text = text.rstrip(".?!")
    return text


COUNTS = {"rewrite": 700, "planning": 600, "analysis": 600, "closed_qa": 450, "extraction": 500, "summarization": 500,
          "classification": 500, "open_qa": 350, "brainstorming": 150, "creative_writing": 150, "code": 120, "reasoning": 100,
          "roleplay": 120}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "data" / "project_examples.jsonl"
    rng = random.Random(SEED)
    seen: set[str] = set()
    rows = []
    for label, n in COUNTS.items():
        tpls = T[label]
        lang = LANG_REQ.get(label, [])
        made = 0
        tries = 0
        while made < n and tries < n * 20:
            tries += 1
            if lang and rng.random() < 0.08:
                tpl = rng.choice(lang)
                text = tpl.format(t=rng.choice(PASSAGES + SENTS), g=rng.choice(GOALS), p=rng.choice(PLACES),
                                  q=rng.choice(QUESTIONS_OPEN), topic=rng.choice(TOPICS))
                tid = "lang"
            else:
                i = rng.randrange(len(tpls))
                text = stylize(rng, fill(rng, tpls[i], label), label)
                tid = f"t{i}"
            if text in seen:
                continue
            seen.add(text)
            rows.append({"id": f"proj-{label}-{made:04d}", "text": text, "label": label, "template": f"{label}/{tid}"})
            made += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
