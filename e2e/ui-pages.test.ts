// History, Library, Settings and the shortcuts overlay in real Chromium against `betterprompts serve` (the real
// core, a temporary data dir). History is seeded with 5,000 rows through the real storage repo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { tempDir } from '../src/core/testing/temp-dir.ts';
import { launchBrowser, screenshot, serveApp, type ServedApp } from './support.ts';
import { clipboardText, openApp, sampleHistory, seedHistory, shootBoth, unnamedControls } from './ui-support.ts';

const SEEDED = 5000;
const OLD_INPUT = 'Translate the zanzibar shipping manifest into plain English';

describe('History, Library and Settings pages', () => {
  let dir: ReturnType<typeof tempDir>;
  let app: ServedApp;
  let browser: Browser;

  beforeAll(async () => {
    dir = tempDir();
    const rows = sampleHistory(SEEDED);
    // One old entry, a year back, among the 5,000.
    rows[SEEDED - 1] = { ...rows[SEEDED - 1]!, entry: { ...rows[SEEDED - 1]!.entry, input: OLD_INPUT, output: `## Task\n${OLD_INPUT}`, intent: 'rewrite' }, createdAt: new Date(Date.now() - 400 * 86_400_000).toISOString() };
    await seedHistory(dir.path, rows);
    [app, browser] = await Promise.all([serveApp(dir.path), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    dir?.remove();
  });

  it('History: search finds an old entry among 5,000 rows; filters; favorite; delete with undo; only visible rows are in the DOM', async () => {
    const { page, errors, close } = await openApp(browser, app, { width: 1280, height: 800 }, '#/history');
    const count = page.getByTestId('history-count');
    await expect.poll(() => count.textContent()).toBe('5,000 enhancements');
    const rows = page.getByTestId('history-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    expect(await rows.count()).toBeLessThan(60); // virtualized: a screenful plus overscan, not 5,000
    await shootBoth(page, 'ui-history');

    // Full-text search reaches the oldest row.
    await page.getByTestId('history-search').fill('zanzib');
    await expect.poll(() => count.textContent()).toBe('1 enhancement match');
    await expect.poll(() => rows.first().textContent()).toContain('zanzibar shipping manifest');

    // Favorite it, then find it with the Starred filter.
    await rows.first().getByTestId('history-star').click();
    await expect.poll(() => rows.first().getByTestId('history-star').getAttribute('aria-pressed')).toBe('true');
    const id = Number(await rows.first().getAttribute('data-id'));
    // The star is optimistic: it turns on before the server has stored it, so wait for the stored value.
    await expect.poll(async () => (await app.call<{ favorite: boolean }>('history.get', { id })).data?.favorite).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect.poll(() => count.textContent()).toBe('5,000 enhancements');
    await page.getByTestId('history-favorites').click();
    await expect.poll(() => count.textContent()).toBe('1 enhancement match');

    // Task type and date filters.
    await page.getByTestId('history-favorites').click();
    await page.getByTestId('history-intent').selectOption('planning');
    await expect.poll(() => count.textContent()).toBe('625 enhancements match');
    await page.getByTestId('history-intent').selectOption('');
    await page.getByTestId('history-date').selectOption('today');
    await expect.poll(async () => Number((await count.textContent())?.replace(/\D/g, ''))).toBeLessThan(SEEDED);
    // A custom range around the old entry's day finds it alone.
    const oldDay = new Date(Date.now() - 400 * 86_400_000);
    const ymd = `${oldDay.getFullYear()}-${String(oldDay.getMonth() + 1).padStart(2, '0')}-${String(oldDay.getDate()).padStart(2, '0')}`;
    await page.getByTestId('history-date').selectOption('custom');
    await page.getByTestId('history-from').fill(ymd);
    await page.getByTestId('history-to').fill(ymd);
    await expect.poll(() => count.textContent()).toBe('1 enhancement match');
    await expect.poll(() => rows.first().textContent()).toContain('zanzibar');
    await page.getByTestId('history-date').selectOption('any');

    // Open the detail panel.
    await page.getByTestId('history-search').fill('zanzibar');
    await expect.poll(() => count.textContent()).toBe('1 enhancement match');
    await rows.first().locator('.history-open').click();
    await expect.poll(() => page.getByTestId('history-detail-output').textContent()).toContain(OLD_INPUT);
    await shootBoth(page, 'ui-history-detail');
    expect(await unnamedControls(page)).toEqual([]);

    // Delete, then undo from the toast.
    await rows.first().getByTestId('history-delete').click();
    await expect.poll(() => count.textContent()).toBe('0 enhancements match');
    expect((await app.call('history.get', { id })).ok).toBe(false);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => count.textContent()).toBe('1 enhancement match');
    expect((await app.call('history.get', { id })).ok).toBe(true);

    // Keyboard: "/" focuses search; scrolling far loads rows on demand.
    await page.getByTestId('history-search').fill('');
    await expect.poll(() => count.textContent()).toBe('5,000 enhancements');
    await page.getByTestId('history-list').evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect.poll(() => page.locator(`[data-testid="history-row"][data-id="${id}"]`).count()).toBe(1);

    expect(errors).toEqual([]);
    await close();
  });

  it('Library: a malformed import reports each bad row and imports the valid ones; fill variables and copy', async () => {
    const { page, errors, close } = await openApp(browser, app, { width: 1280, height: 800 }, '#/library');
    await expect.poll(() => page.locator('.empty-state').textContent()).toContain('No saved prompts yet');
    await shootBoth(page, 'ui-library-empty');

    const jsonl = [
      '{"title":"Weekly status","body":"Summarize {{notes}} for {{manager}} in five bullets.","tags":["work"]}',
      '{"title":"broken", "body": ',
      '{"label":"Translate","raw":"Translate {{text}} into {{language}}.","tags":["language"]}',
      '{"title":"No body here"}',
      '[{"role":"system","content":"You are a careful reviewer."},{"role":"user","content":"Review {{diff}}"}]',
    ].join('\n');
    await page.getByTestId('library-import-file').setInputFiles({ name: 'prompts.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(jsonl) });
    const report = page.getByTestId('import-report');
    await expect.poll(() => report.textContent()).toContain('Imported 3 prompts from prompts.jsonl');
    const rejected = page.getByTestId('import-rejected').locator('li');
    expect(await rejected.count()).toBe(2);
    expect(await rejected.nth(0).textContent()).toMatch(/line 2: is not valid JSON/);
    expect(await rejected.nth(1).textContent()).toMatch(/line 4: has no prompt text/);
    const list = page.getByTestId('library-list');
    await expect.poll(() => list.locator('li').count()).toBe(3);
    expect((await app.call<{ total: number }>('library.list', {})).data?.total).toBe(3);

    // A YAML file that is not YAML at all is reported, nothing is imported.
    await page.getByTestId('library-import-file').setInputFiles({ name: 'promptfooconfig.yaml', mimeType: 'text/yaml', buffer: Buffer.from('prompts: [unclosed') });
    await expect.poll(() => report.textContent()).toContain('Nothing imported');
    await expect.poll(() => report.textContent()).toMatch(/not valid YAML/);
    await page.getByRole('button', { name: 'Close import report' }).click();

    // Fill the variables of a saved prompt and copy the result.
    await list.getByText('Weekly status').click();
    await page.getByTestId('var-notes').fill('shipped the importer');
    await page.getByTestId('var-manager').fill('Dana');
    await expect.poll(() => page.getByTestId('filled-preview').textContent()).toBe('Summarize shipped the importer for Dana in five bullets.');
    await page.getByTestId('copy-filled').click();
    await expect.poll(() => clipboardText(page)).toBe('Summarize shipped the importer for Dana in five bullets.');
    await shootBoth(page, 'ui-library');
    expect(await unnamedControls(page)).toEqual([]);

    // Tag filter and delete with undo.
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'language' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(1);
    await page.getByRole('group', { name: 'Filter by tag' }).getByRole('button', { name: 'All' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(3);
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => list.locator('li').count()).toBe(3);
    // Ctrl+Z outside a text field undoes the last delete too.
    await list.getByText('Translate', { exact: true }).click();
    await page.keyboard.press('Delete');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    await page.keyboard.press('Control+z');
    await expect.poll(() => list.locator('li').count()).toBe(3);

    // Export gives a file the importer reads back.
    const exported = await app.call<{ content: string; count: number }>('library.export', { format: 'yaml' });
    expect(exported.data?.count).toBe(3);

    expect(errors).toEqual([]);
    await close();
  });

  it('Settings persist across a server restart; backup and restore; shortcuts overlay', async () => {
    let ui = await openApp(browser, app, { width: 1280, height: 800 }, '#/settings');
    let page = ui.page;
    await page.getByTestId('setting-target-model').selectOption('claude');
    await page.getByTestId('setting-verbosity').getByText('Detailed').click();
    await page.getByTestId('setting-max-techniques').fill('7');
    await page.getByTestId('setting-theme').getByText('Dark').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect
      .poll(async () => (await app.call<Record<string, unknown>>('settings.get', {})).data)
      .toMatchObject({ targetModel: 'claude', verbosity: 'detailed', maxTechniques: 7, theme: 'dark' });
    expect(await page.getByTestId('setting-hotkey').textContent()).toMatch(/Alt \+ E$/);
    expect(await page.getByTestId('hotkey-status').textContent()).toMatch(/desktop app/);
    await page.getByTestId('hotkey-change').click();
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(() => page.getByTestId('setting-hotkey').textContent()).toBe('Ctrl + Shift + K');
    await page.getByLabel('Keep running in the tray').uncheck();
    await expect
      .poll(async () => (await app.call<Record<string, unknown>>('settings.get', {})).data)
      .toMatchObject({ hotkey: 'CommandOrControl+Shift+K', closeToTray: false });
    expect(await page.getByTestId('data-folder').textContent()).toBe(dir.path);
    await screenshot(page, 'ui-settings-dark');
    expect(await unnamedControls(page)).toEqual([]);
    await page.getByTestId('setting-theme').getByText('System').click();
    await shootBoth(page, 'ui-settings');
    await page.getByTestId('setting-theme').getByText('Dark').click();

    // Backup now: a job with progress, then listed for restore. Like restore below, it can take more than the poll's
    // default second when the whole suite runs in parallel on two cores.
    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-list').locator('li').count(), { timeout: 10_000 }).toBe(1);

    // Restart the server on the same data dir: the settings are read back from SQLite.
    await page.goto('about:blank');
    expect(ui.errors).toEqual([]);
    await ui.close();
    await app.stop();
    app = await serveApp(dir.path);
    ui = await openApp(browser, app, { width: 1280, height: 800 }, '#/settings');
    page = ui.page;
    await expect.poll(() => page.getByTestId('setting-target-model').inputValue()).toBe('claude');
    expect(await page.getByTestId('setting-verbosity').getByRole('radio', { name: 'Detailed' }).isChecked()).toBe(true);
    expect(await page.getByTestId('setting-max-techniques').inputValue()).toBe('7');
    expect(await page.getByTestId('setting-hotkey').textContent()).toBe('Ctrl + Shift + K');
    expect(await page.getByLabel('Keep running in the tray').isChecked()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');

    // Restore the backup after a change: the change is undone, and the pre-restore data is kept as a backup.
    await page.getByTestId('setting-target-model').selectOption('gpt');
    await expect.poll(async () => (await app.call<{ targetModel: string }>('settings.get', {})).data?.targetModel).toBe('gpt');
    await page.getByTestId('backup-list').getByRole('button', { name: /Restore the backup/ }).click();
    await page.getByTestId('backup-list').getByRole('button', { name: 'Restore', exact: true }).click();
    // Restore runs as a job (a backup of the current data first, then the copy): on a loaded machine it can take more
    // than the poll's default second.
    await expect.poll(() => page.getByTestId('setting-target-model').inputValue(), { timeout: 10_000 }).toBe('claude');
    await expect.poll(() => page.getByTestId('backup-list').locator('li').count(), { timeout: 10_000 }).toBe(2);

    // "?" opens the shortcuts overlay; Esc closes it; Alt+2 goes to History.
    await page.keyboard.press('?');
    const overlay = page.getByTestId('shortcuts-overlay');
    await expect.poll(() => overlay.isVisible()).toBe(true);
    await screenshot(page, 'ui-shortcuts-dark');
    await page.keyboard.press('Escape');
    await expect.poll(() => overlay.isVisible()).toBe(false);
    await page.keyboard.press('Alt+4');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Optimization lab');
    await screenshot(page, 'ui-lab-dark');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('History');
    const loaded = () => expect.poll(() => page.getByTestId('history-count').textContent()).toBe('5,000 enhancements');
    await loaded();

    // Small and very large windows.
    await page.setViewportSize({ width: 900, height: 600 });
    await screenshot(page, 'ui-history-900x600-dark');
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.getByTestId('library-list').locator('li').count()).toBe(3);
    await screenshot(page, 'ui-library-900x600-dark');
    await page.keyboard.press('Alt+5');
    await screenshot(page, 'ui-settings-900x600-dark');
    await page.setViewportSize({ width: 2560, height: 1440 });
    await page.keyboard.press('Alt+2');
    await loaded();
    await screenshot(page, 'ui-history-2560x1440-dark');

    expect(ui.errors).toEqual([]);
    await ui.close();
  });
});
