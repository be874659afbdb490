// The whole desktop shell without Electron: the real core (enhance, history, settings, shell.* routes) with only the
// OS edges faked (global shortcuts, clipboard, the focused application, notifications).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/app-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { coreEnhancePort } from './core-enhance.ts';
import { createShell, type Shell } from './shell-controller.ts';
import { recentFromCore } from './tray-recent.ts';
import type { MenuItem } from './tray-menu.ts';
import type { ShellStatus } from '../shared/routes/shell.ts';
import { FakeClipboard, FakeFocusedApp, FakeNotifier, FakeShortcuts } from './test-doubles.ts';
import { linuxAutostart } from './login-item.ts';

let core: Core;
let dir: ReturnType<typeof tempDir>;
let shell: Shell;
let dispatch: Dispatch;
const shortcuts = new FakeShortcuts();
const clipboard = new FakeClipboard();
const focused = new FakeFocusedApp(clipboard);
const notifier = new FakeNotifier();
const menus: MenuItem[][] = [];
const emitted: unknown[] = [];
const opened: string[] = [];

beforeAll(async () => {
  dir = tempDir();
  shell = createShell({
    registry: shortcuts,
    clipboard,
    keys: focused,
    notifier,
    enhance: (text, source) => coreEnhancePort(core.dispatch)(text, source),
    loadRecent: (limit) => recentFromCore(core.dispatch)(limit),
    setTrayMenu: (m) => menus.push(m),
    emit: (s) => emitted.push(s),
    openWindow: () => opened.push('window'),
    openSettings: () => opened.push('settings'),
    quit: () => opened.push('quit'),
    platform: 'linux',
    loginItem: linuxAutostart({ exec: ['/opt/BetterPrompts/betterprompts'], env: { XDG_CONFIG_HOME: `${dir.path}/config` } }),
    flowOptions: { copyTimeoutMs: 50, sleep: async () => {} },
  });
  core = await createCore({ dataDir: dir.path, mode: 'desktop', shell: shell.port });
  dispatch = shell.wrapDispatch(core.dispatch);
  const settings = await core.settings.getAll();
  await shell.start(settings.hotkey);
});
afterAll(async () => {
  shell.dispose();
  await core.dispose();
  dir.remove();
});

const lastMenu = () => menus.at(-1)!;
const item = (id: string) => lastMenu().find((i) => i.id === id);
const status = async () => {
  const res = await dispatch('shell.status', {});
  if (!res.ok) throw new Error(res.error.message);
  return res.data as ShellStatus;
};

describe('desktop shell over the real core', () => {
  it('registers the hotkey from settings and reports it through shell.status', async () => {
    expect(shortcuts.registered.has('CommandOrControl+Alt+E')).toBe(true);
    expect(await status()).toMatchObject({ hotkey: { accelerator: 'CommandOrControl+Alt+E', label: 'Ctrl+Alt+E', registered: true, paused: false, error: null }, tray: true });
    expect(item('pause-hotkey')?.label).toBe('Pause Hotkey (Ctrl+Alt+E)');
  });

  it('pressing the hotkey rewrites the selection, saves a hotkey row, and the tray lists it with Undo enabled', async () => {
    focused.document = 'summarize this article about solar panels for a newsletter';
    focused.selection = focused.document;
    clipboard.text = 'before';
    await shell.runHotkey();
    expect(focused.sent).toEqual(['copy', 'paste']);
    expect(focused.document).not.toBe('summarize this article about solar panels for a newsletter');
    const rows = await core.dispatch('history.list', { limit: 5 });
    expect(rows).toMatchObject({ ok: true, data: { items: [{ source: 'hotkey', input: 'summarize this article about solar panels for a newsletter' }] } });
    expect(lastMenu().some((i) => i.label === 'summarize this article about solar panels for a…')).toBe(true);
    expect(item('undo')?.enabled).toBe(true);
    expect((await status()).canUndo).toBe(true);

    item('undo')!.click!();
    await expect.poll(() => focused.document).toBe('summarize this article about solar panels for a newsletter');
    await expect.poll(() => item('undo')?.enabled).toBe(false);
    expect(clipboard.text).toBe('before');
  });

  it('the hotkey really fires through the registered shortcut callback', async () => {
    clipboard.text = 'brainstorm names for a coffee shop';
    focused.selection = '';
    const before = (await core.history.list({ limit: 1, offset: 0 })).total;
    shortcuts.press('CommandOrControl+Alt+E');
    await expect.poll(async () => (await core.history.list({ limit: 1, offset: 0 })).total).toBe(before + 1);
  });

  it('a new hotkey from Settings is re-registered; a conflict is reported and the old one keeps working', async () => {
    await dispatch('settings.update', { hotkey: 'Alt+Shift+R' });
    expect(shortcuts.registered.has('Alt+Shift+R')).toBe(true);
    expect(shortcuts.registered.has('CommandOrControl+Alt+E')).toBe(false);

    shortcuts.held.add('CommandOrControl+Shift+K');
    const res = await dispatch('settings.update', { hotkey: 'CommandOrControl+Shift+K' });
    expect(res.ok).toBe(true);
    const s = await status();
    expect(s.hotkey).toMatchObject({ accelerator: 'CommandOrControl+Shift+K', registered: false, active: 'Alt+Shift+R' });
    expect(s.hotkey.error).toMatch(/Ctrl\+Shift\+K is already used by another application/);
    expect(notifier.last).toMatchObject({ title: 'Hotkey not available' });
    expect(emitted.at(-1)).toMatchObject({ hotkey: { registered: false } });
  });

  it('pauses from the tray and through shell.setHotkeyPaused', async () => {
    await dispatch('settings.update', { hotkey: 'CommandOrControl+Alt+E' });
    item('pause-hotkey')!.click!();
    expect(shortcuts.registered.size).toBe(0);
    await expect.poll(() => item('pause-hotkey')?.checked).toBe(true);
    expect(await dispatch('shell.setHotkeyPaused', { paused: false })).toMatchObject({ ok: true, data: { hotkey: { paused: false, registered: true } } });
    expect(shortcuts.registered.has('CommandOrControl+Alt+E')).toBe(true);
  });

  it('tray: a recent item copies its enhanced prompt; Open, Settings and Quit reach the app', async () => {
    const latest = (await core.history.list({ limit: 1, offset: 0 })).items[0]!;
    lastMenu().find((i) => i.id === `recent-${latest.id}`)!.click!();
    await expect.poll(() => clipboard.text).toBe(latest.output);
    item('open')!.click!();
    item('settings')!.click!();
    item('quit')!.click!();
    expect(opened).toEqual(['window', 'settings', 'quit']);
  });

  it('deleting from history (in the window) updates the tray', async () => {
    const latest = (await core.history.list({ limit: 1, offset: 0 })).items[0]!;
    expect(lastMenu().some((i) => i.id === `recent-${latest.id}`)).toBe(true);
    await dispatch('history.delete', { id: latest.id });
    await expect.poll(() => lastMenu().some((i) => i.id === `recent-${latest.id}`)).toBe(false);
  });

  it('turns start at login on and off through shell.setStartAtLogin', async () => {
    expect((await status()).startAtLogin).toBe(false);
    expect(await dispatch('shell.setStartAtLogin', { enabled: true })).toMatchObject({ ok: true, data: { startAtLogin: true } });
    expect(existsSync(`${dir.path}/config/autostart/betterprompts.desktop`)).toBe(true);
    expect(await dispatch('shell.setStartAtLogin', { enabled: false })).toMatchObject({ ok: true, data: { startAtLogin: false } });
  });
});
