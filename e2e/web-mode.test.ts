// The foundation end to end: `betterprompts serve` on a temp data dir, data written through the HTTP API is in the
// SQLite file and is read back through the UI in real Chromium, every page loads, and no console error appears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser } from 'playwright-core';
import { tempDir } from '../src/core/testing/temp-dir.ts';
import { launchBrowser, screenshot, serveApp, watchErrors, type ServedApp } from './support.ts';

describe('web mode in Chromium', () => {
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

  it('reads back through the UI what was written through the API and stored in SQLite', async () => {
    const created = await app.call<{ id: number }>('library.create', {
      title: 'Weekly status report',
      body: 'Summarize my week for {{manager}} in five bullets.',
      tags: ['work', 'reports'],
    });
    expect(created.ok).toBe(true);
    expect((await app.call('settings.update', { targetModel: 'claude' })).ok).toBe(true);
    expect((await app.call('library.create', { title: '', body: 'x' })).error?.code).toBe('VALIDATION');

    // It is really in the SQLite file (read by a separate connection).
    const db = new BetterSqlite3(join(dir.path, 'betterprompts.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT title FROM library').all()).toEqual([{ title: 'Weekly status report' }]);
      expect(db.prepare("SELECT value FROM settings WHERE key = 'user.targetModel'").get()).toEqual({ value: '"claude"' });
    } finally {
      db.close();
    }

    const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(app.openUrl);
    await page.getByTestId('nav-enhance').waitFor();
    expect(page.url()).not.toContain('token='); // the token left the address bar

    const headings: Record<string, string> = { enhance: 'Enhance', history: 'History', library: 'Library', lab: 'Optimization lab', settings: 'Settings' };
    for (const [name, heading] of Object.entries(headings)) {
      await page.getByTestId(`nav-${name}`).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(heading);
      await screenshot(page, `foundation-${name}`);
    }

    await page.getByTestId('nav-library').click();
    const list = page.getByTestId('library-list');
    await expect.poll(() => list.textContent()).toContain('Weekly status report');
    expect(await list.textContent()).toContain('reports');

    await page.getByTestId('nav-settings').click();
    await expect.poll(() => page.getByTestId('setting-target-model').inputValue()).toBe('claude');

    // A prompt saved through the UI lands in the database too.
    await page.getByTestId('nav-library').click();
    await page.getByLabel('Title', { exact: true }).fill('Bug triage');
    await page.getByLabel('Prompt', { exact: true }).fill('Classify this bug report by severity.');
    await page.getByRole('button', { name: 'Save prompt' }).click();
    await expect.poll(() => list.textContent()).toContain('Bug triage');
    const listed = await app.call<{ total: number }>('library.list', {});
    expect(listed.data?.total).toBe(2);

    await page.getByTestId('nav-history').click();
    await expect.poll(() => page.getByTestId('history-list').count()).toBe(1);

    expect(errors).toEqual([]);
    await page.close();
  });
});
