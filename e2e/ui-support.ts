// Helpers for the UI tests (e2e/ui-*.test.ts) and the UI benchmark: seed history through the real storage repo,
// open a page with clipboard access, and take light + dark screenshots through the "system" theme.
import type { Browser, Page } from 'playwright-core';
import { openDatabase } from '../src/core/storage/database.ts';
import { HistoryRepo, type NewHistoryEntry } from '../src/core/storage/history-repo.ts';
import { databasePath } from '../src/core/data-dir.ts';
import type { TaskType } from '../src/shared/index.ts';
import { screenshot, watchErrors, type ServedApp } from './support.ts';

const INTENTS: TaskType[] = ['code', 'summarization', 'creative_writing', 'planning', 'analysis', 'rewrite', 'brainstorming', 'open_qa'];
const TOPICS = ['quarterly sales report', 'kubernetes deployment', 'birthday poem for my sister', 'marathon training plan', 'vendor contract review', 'onboarding email', 'pricing page copy', 'database migration'];
const TECHNIQUES = ['role_persona', 'structured_output', 'chain_of_thought', 'explicit_constraints', 'few_shot', 'step_decomposition'];

/** n varied history rows, one every 7 minutes back from `now` (row 0 is the newest). */
export function sampleHistory(n: number, now = Date.now()): { entry: NewHistoryEntry; createdAt: string }[] {
  return Array.from({ length: n }, (_, i) => {
    const intent = INTENTS[i % INTENTS.length]!;
    const topic = TOPICS[(i * 7) % TOPICS.length]!;
    const input = `Help me with the ${topic} (#${i}): make it clear and complete`;
    return {
      createdAt: new Date(now - i * 7 * 60_000).toISOString(),
      entry: {
        input,
        output: `## Task\n${input}\n\n## Output format\nAnswer in short sections.`,
        intent,
        confidence: 0.6 + ((i * 13) % 40) / 100,
        complexity: i % 3 === 0 ? 'moderate' : 'simple',
        techniques: [TECHNIQUES[i % TECHNIQUES.length]!, TECHNIQUES[(i + 2) % TECHNIQUES.length]!].map((id) => ({ id, reason: `Seeded reason for ${id}.` })),
        timings: { total: 3 },
        modelVersion: 'rules@1',
        targetModel: 'generic',
        source: 'window',
        quality: { before: { score: 40, dimensions: {}, checks: [] }, after: { score: 75, dimensions: {}, checks: [] } },
      },
    };
  });
}

/** Writes history rows through the real HistoryRepo (addMany: one transaction), before the server opens the data dir. */
export async function seedHistory(dataDir: string, rows: { entry: NewHistoryEntry; createdAt: string }[]): Promise<void> {
  const opened = await openDatabase(databasePath(dataDir));
  try {
    // Oldest first, so ids grow with time like real use.
    await new HistoryRepo(opened.db).addMany([...rows].reverse());
  } finally {
    await opened.close();
  }
}

export interface UiPage {
  page: Page;
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context (clipboard allowed for the app's origin) and page, signed in through the one-time URL. */
export async function openApp(browser: Browser, app: ServedApp, viewport = { width: 1280, height: 800 }, hash = ''): Promise<UiPage> {
  // Reduced motion: screenshots never catch a theme or toast transition half-way.
  const context = await browser.newContext({ viewport, colorScheme: 'light', reducedMotion: 'reduce' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.openUrl);
  await page.getByTestId('nav-enhance').waitFor();
  if (hash) {
    await page.evaluate((h) => (window.location.hash = h), hash);
  }
  return { page, errors, close: () => context.close() };
}

/** Screenshots in the light and dark theme (the app follows the system theme by default). */
export async function shootBoth(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction((s) => document.documentElement.dataset.theme === s, scheme);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await screenshot(page, `${name}-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

export const clipboardText = (page: Page): Promise<string> => page.evaluate(() => navigator.clipboard.readText());


const INTERACTIVE = new Set(['button', 'textbox', 'searchbox', 'combobox', 'checkbox', 'radio', 'slider', 'spinbutton', 'tab', 'link', 'listbox', 'menuitem', 'switch']);

/** Every control Chromium exposes to assistive technology has an accessible name: returns those that do not. */
export async function unnamedControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { ignored: boolean; role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number }[];
    };
    const controls = nodes.filter((n) => !n.ignored && INTERACTIVE.has(String(n.role?.value)));
    if (controls.length < 5) throw new Error(`only ${controls.length} controls in the accessibility tree: is the page rendered?`);
    return controls.filter((n) => !String(n.name?.value ?? '').trim()).map((n) => `${String(n.role?.value)} (node ${n.backendDOMNodeId})`);
  } finally {
    await cdp.detach();
  }
}
