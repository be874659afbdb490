// The desktop app in real Electron through Playwright's Electron mode: window (served by app://, sandboxed bridge),
// tray menu, global hotkey and the rewrite flow. Runs wherever an Electron binary and a display exist; here the
// binary cannot be downloaded, so it is skipped with a one-line reason (found without triggering a download).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ElectronApplication, Page } from 'playwright-core';
import { electronBinary, whyElectronCannotStart } from '../../scripts/electron-check.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * BETTERPROMPTS_PACKAGED_APP=release/test/linux-unpacked/betterprompts (from `npm run dist:test`, whose fuses keep
 * --inspect) runs the same test against the packaged app instead of `electron .`.
 */
const PACKAGED = process.env.BETTERPROMPTS_PACKAGED_APP || null;
const reason = PACKAGED ? (existsSync(PACKAGED) ? null : `${PACKAGED} does not exist`) : whyElectronCannotStart();
if (reason) console.log(`Electron desktop test skipped: ${reason}.`);

/** What index.ts exposes on globalThis when BETTERPROMPTS_E2E=1 (nothing otherwise). */
interface E2EHooks {
  trayMenu(): { id?: string; label?: string; enabled?: boolean; checked?: boolean }[];
  enhanceClipboard(): Promise<{ kind: string }>;
  runHotkey(): Promise<{ kind: string }>;
  previewShown(): boolean;
  cancelPreview(): void;
}

describe.skipIf(reason !== null)(`desktop app in Electron${reason ? ` (skipped: ${reason})` : ''}`, () => {
  let app: ElectronApplication;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    const { _electron } = await import('playwright-core');
    dataDir = mkdtempSync(join(tmpdir(), 'bp-electron-'));
    app = await _electron.launch({
      executablePath: PACKAGED ?? electronBinary()!,
      args: PACKAGED ? [] : [ROOT],
      env: { ...process.env, BETTERPROMPTS_DATA_DIR: dataDir, BETTERPROMPTS_E2E: '1', ELECTRON_RENDERER_URL: '' },
      timeout: 60_000,
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the window through app:// with only the three-function bridge and no Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/bp\//);
    const surface = await page.evaluate(() => ({
      bridge: Object.keys((window as unknown as { betterprompts: object }).betterprompts).sort(),
      frozen: Object.isFrozen((window as unknown as { betterprompts: object }).betterprompts),
      node: typeof (window as unknown as { require?: unknown }).require + typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(surface).toEqual({ bridge: ['cancel', 'invoke', 'on'], frozen: true, node: 'undefinedundefined' });
    const res = await page.evaluate(() => (window as unknown as { betterprompts: { invoke(r: string, i: unknown): Promise<unknown> } }).betterprompts.invoke('shell.status', {}));
    expect(res).toMatchObject({ ok: true, data: { tray: expect.any(Boolean), hotkey: { accelerator: 'CommandOrControl+Alt+E' } } });
  });

  it('enhances from the window and the tray menu lists it', async () => {
    await page.getByTestId('prompt-input').fill('write a haiku about autumn rain');
    await page.getByTestId('enhance-button').click();
    await expect.poll(() => page.getByTestId('enhanced-output').textContent(), { timeout: 20_000 }).toBeTruthy();
    await expect
      .poll(() => app.evaluate(() => (globalThis as unknown as { __betterprompts: E2EHooks }).__betterprompts.trayMenu().map((i) => i.label)), { timeout: 10_000 })
      .toContain('write a haiku about autumn rain');
  });

  it('registers the global hotkey; Enhance Clipboard rewrites the clipboard and saves a "tray" row', async () => {
    expect(await app.evaluate(({ globalShortcut }) => globalShortcut.isRegistered('CommandOrControl+Alt+E'))).toBe(true);
    await app.evaluate(({ clipboard }) => clipboard.writeText('list ideas for a team offsite'));
    const outcome = await app.evaluate(() => (globalThis as unknown as { __betterprompts: E2EHooks }).__betterprompts.enhanceClipboard());
    expect(outcome.kind).toBe('copied');
    const text = await app.evaluate(({ clipboard }) => clipboard.readText());
    expect(text).not.toBe('list ideas for a team offsite');
    const history = await page.evaluate(() => (window as unknown as { betterprompts: { invoke(r: string, i: unknown): Promise<unknown> } }).betterprompts.invoke('history.list', { limit: 1 }));
    expect(history).toMatchObject({ ok: true, data: { items: [{ input: 'list ideas for a team offsite', source: 'tray' }] } });
  });

  it('the hotkey shows the preview without taking focus, and Esc (cancel) leaves the clipboard alone', async () => {
    await app.evaluate(({ clipboard }) => clipboard.writeText('explain recursion'));
    const run = app.evaluate(() => (globalThis as unknown as { __betterprompts: E2EHooks }).__betterprompts.runHotkey());
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as { __betterprompts: E2EHooks }).__betterprompts.previewShown()), { timeout: 20_000 }).toBe(true);
    const preview = app.windows().find((w) => w.url().endsWith('/preview.html'));
    expect(preview).toBeDefined();
    expect(await preview!.locator('[data-testid="technique-chip"]').count()).toBeGreaterThan(0);
    await app.evaluate(() => (globalThis as unknown as { __betterprompts: E2EHooks }).__betterprompts.cancelPreview());
    expect((await run).kind).toBe('cancelled');
    expect(await app.evaluate(({ clipboard }) => clipboard.readText())).toBe('explain recursion');
  });
});
