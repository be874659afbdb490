// The Enhance page in real Chromium against `betterprompts serve` (the real core and technique engine, a temporary
// data dir): enhance by click and by shortcut, toggle a technique, target model, diff, edit, copy, feedback stored on
// the history row, save to library and fill its variables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tempDir } from '../src/core/testing/temp-dir.ts';
import { launchBrowser, screenshot, serveApp } from './support.ts';
import type { ServedApp } from './support.ts';
import { clipboardText, openApp, shootBoth, unnamedControls } from './ui-support.ts';

interface Row {
  id: number;
  input: string;
  output: string;
  feedback: string | null;
  techniques: { id: string; reason: string }[];
}

describe('Enhance page', () => {
  let dir: ReturnType<typeof tempDir>;
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    [app, browser] = await Promise.all([serveApp(dir.path), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  const history = async () => (await app.call<{ items: Row[]; total: number }>('history.list', { limit: 50 })).data!;

  /** The engine is part of the core: if enhance.* does not answer, these tests fail (never skip) with the reason. */
  const requireEngine = async () => {
    const probe = await app.call('enhance.techniques', {});
    expect(probe.ok, `enhance.techniques failed: ${probe.error?.code}: ${probe.error?.message}`).toBe(true);
  };

  it('enhances by click and by Ctrl+Enter, toggles techniques, switches model, diffs, edits, copies and stores feedback', async () => {
    await requireEngine();
    const { page, errors, close } = await openApp(browser, app);
    const input = page.getByTestId('prompt-input');
    const output = page.getByTestId('enhanced-output');
    const chips = page.getByTestId('technique-chip');
    await expect.poll(() => page.getByTestId('enhance-empty').isVisible()).toBe(true);
    await shootBoth(page, 'ui-enhance-empty');
    expect(await unnamedControls(page)).toEqual([]);

    // Empty prompt: the error is shown in place, with what to do.
    await page.getByTestId('enhance-button').click();
    await expect.poll(() => page.getByTestId('enhance-error').textContent()).toContain('The prompt is empty');

    // By click. Nothing already on screen moves when the result arrives (no layout shift).
    await input.fill('write a python function that parses dates from log lines and returns them sorted');
    const boxes = () => Promise.all(['prompt-input', 'enhance-button', 'target-model'].map((id) => page.getByTestId(id).boundingBox()));
    const resultCard = () => page.locator('.result-card').boundingBox().then((b) => b && { x: b.x, y: b.y, width: b.width });
    const [beforeBoxes, beforeCard] = await Promise.all([boxes(), resultCard()]);
    await page.getByTestId('enhance-button').click();
    await expect.poll(() => output.textContent()).toContain('parses dates from log lines');
    expect(await boxes()).toEqual(beforeBoxes);
    expect(await resultCard()).toEqual(beforeCard);
    expect(await page.getByTestId('enhance-error').count()).toBe(0);
    expect(await page.getByTestId('intent-badge').textContent()).toMatch(/^Code \d+%$/);
    await expect.poll(() => chips.count()).toBeGreaterThan(0);
    let rows = await history();
    expect(rows.total).toBe(1);
    expect(rows.items[0]!.output).toBe(await output.textContent());

    // Each chip's tooltip gives the reason the engine recorded.
    await chips.first().hover();
    const tooltip = page.getByRole('tooltip').filter({ visible: true });
    await expect.poll(() => tooltip.count()).toBe(1);
    expect(await tooltip.textContent()).toContain(rows.items[0]!.techniques[0]!.reason);

    // By Ctrl+Enter, from the prompt box.
    await input.fill('plan a 3 day trip to lisbon on a budget for two people');
    await input.press('Control+Enter');
    await expect.poll(() => output.textContent()).toContain('lisbon');
    expect(await page.getByTestId('intent-badge').textContent()).toMatch(/^Planning/);
    await expect.poll(async () => (await history()).total).toBe(2);

    // Toggling a technique off changes the result; on again brings it back. The superseded rows are not kept.
    const before = (await output.textContent())!;
    const firstChip = chips.first();
    const name = (await firstChip.textContent())!.trim();
    await firstChip.click();
    await expect.poll(() => output.textContent()).not.toBe(before);
    const off = chips.filter({ hasText: name });
    await expect.poll(() => off.getAttribute('aria-pressed')).toBe('false');
    await off.click();
    await expect.poll(() => output.textContent()).toBe(before);
    await expect.poll(() => chips.filter({ hasText: name }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await history()).total).toBe(2);

    // Target model: Claude gets XML-tagged sections.
    await page.getByTestId('target-model').selectOption('claude');
    await expect.poll(() => output.textContent()).toMatch(/<task>/);
    await page.getByTestId('target-model').selectOption('generic');
    await expect.poll(() => output.textContent()).toBe(before);

    // Quality before and after, with its checks.
    const qBefore = Number(await page.getByTestId('quality-before').textContent());
    const qAfter = Number(await page.getByTestId('quality-after').textContent());
    expect(qAfter).toBeGreaterThan(qBefore);
    await shootBoth(page, 'ui-enhance');
    expect(await unnamedControls(page)).toEqual([]);

    // Diff view: the added guidance is marked, the user's words are kept.
    await page.getByTestId('view-diff').click();
    const diff = page.getByTestId('diff-view');
    await expect.poll(() => diff.locator('ins').count()).toBeGreaterThan(0);
    expect(await diff.textContent()).toContain('plan a 3 day trip to lisbon');
    await shootBoth(page, 'ui-enhance-diff');
    await page.keyboard.press('Alt+d');
    await expect.poll(() => output.isVisible()).toBe(true);

    // Edit in place, then copy: the clipboard gets the edited text and the button confirms.
    await output.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nKeep it under 300 words.');
    await expect.poll(() => page.getByText('Edited', { exact: true }).isVisible()).toBe(true);
    await page.getByTestId('copy-button').click();
    await expect.poll(() => page.getByTestId('copy-button').textContent()).toBe('Copied');
    expect(await clipboardText(page)).toBe(`${before}\nKeep it under 300 words.`);

    // Thumbs up is stored on the history row.
    await page.getByTestId('feedback-up').click();
    await expect.poll(() => page.getByTestId('feedback-up').getAttribute('aria-pressed')).toBe('true');
    rows = await history();
    await expect.poll(async () => (await history()).items[0]!.feedback).toBe('up');
    expect(rows.items[0]!.input).toContain('lisbon');

    // Small and very large windows.
    await page.setViewportSize({ width: 900, height: 600 });
    await page.locator('main').evaluate((el) => el.scrollTo(0, 0));
    await screenshot(page, 'ui-enhance-900x600-light');
    await page.setViewportSize({ width: 2560, height: 1440 });
    await screenshot(page, 'ui-enhance-2560x1440-light');

    // The draft survives a reload.
    await page.reload();
    await expect.poll(() => input.inputValue()).toContain('lisbon');

    expect(errors).toEqual([]);
    await close();
  });

  it('saves a result to the library and fills its variables', async () => {
    await requireEngine();
    const { page, errors, close } = await openApp(browser, app);
    const input = page.getByTestId('prompt-input');
    await input.fill('Summarize {{document}} for {{audience}} in five bullet points');
    await page.getByTestId('enhance-button').click();
    await expect.poll(() => page.getByTestId('enhanced-output').textContent()).toContain('{{document}}');
    await page.getByTestId('save-to-library').click();
    await page.getByLabel('Library title').fill('Audience summary');
    await page.getByLabel('Library tags').fill('work, summaries');
    await page.getByTestId('save-confirm').click();
    await page.getByTestId('toasts').getByRole('button', { name: 'Open' }).click();

    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Library');
    const saved = (await app.call<{ items: { title: string; body: string; tags: string[] }[] }>('library.list', {})).data!.items;
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ title: 'Audience summary', tags: ['summaries', 'work'] });
    await page.getByTestId('var-document').fill('the Q3 board deck');
    await page.getByTestId('var-audience').fill('new hires');
    await page.getByTestId('copy-filled').click();
    await expect.poll(() => clipboardText(page)).toContain('Summarize the Q3 board deck for new hires in five bullet points');
    const copied = await clipboardText(page);
    expect(copied).not.toContain('{{');
    expect(copied).toBe(saved[0]!.body.replaceAll('{{document}}', 'the Q3 board deck').replaceAll('{{audience}}', 'new hires'));

    expect(errors).toEqual([]);
    await close();
  });

  it('opens a past enhancement from History in the Enhance page, and re-runs one', async () => {
    await requireEngine();
    const { page, errors, close } = await openApp(browser, app, { width: 1280, height: 800 }, '#/history');
    const rows = page.getByTestId('history-row');
    const before = await history();
    await expect.poll(() => rows.count()).toBe(before.total);
    const lisbon = rows.filter({ hasText: 'lisbon' });
    await lisbon.locator('.history-open').click();
    await page.getByRole('button', { name: 'Open in Enhance' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Enhance');
    const row = before.items.find((r) => r.input.includes('lisbon'))!;
    expect(await page.getByTestId('enhanced-output').textContent()).toBe(row.output);
    expect(await page.getByTestId('prompt-input').inputValue()).toBe(row.input);
    // Chips show the registry's names, not raw ids.
    expect(await page.getByTestId('technique-chip').first().textContent()).not.toMatch(/_/);
    await expect.poll(() => page.getByTestId('feedback-up').getAttribute('aria-pressed')).toBe('true');

    await page.keyboard.press('Alt+2');
    await lisbon.hover();
    await lisbon.getByRole('button', { name: 'Re-run' }).click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Enhance');
    await expect.poll(async () => (await history()).total).toBe(before.total + 1);
    await expect.poll(() => page.getByTestId('enhanced-output').textContent()).toContain('lisbon');

    expect(errors).toEqual([]);
    await close();
  });
});
