import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/app-core.ts';
import { tempDir } from '../core/testing/temp-dir.ts';
import { createTrayController, menuLabel, trayMenuTemplate, type MenuItem, type RecentItem, type TrayActions } from './tray-menu.ts';
import { recentFromCore } from './tray-recent.ts';

let core: Core;
let dir: ReturnType<typeof tempDir>;
beforeAll(async () => {
  dir = tempDir();
  core = await createCore({ dataDir: dir.path, mode: 'test' });
});
afterAll(async () => {
  await core.dispose();
  dir.remove();
});

function recorder() {
  const log: string[] = [];
  const actions: TrayActions = {
    enhanceClipboard: () => log.push('enhance'),
    copyRecent: (item) => log.push(`copy:${item.output}`),
    undo: () => log.push('undo'),
    openWindow: () => log.push('open'),
    setHotkeyPaused: (p) => log.push(`paused:${p}`),
    openSettings: () => log.push('settings'),
    quit: () => log.push('quit'),
  };
  return { log, actions };
}

const addRow = (n: number) =>
  core.history.add({
    input: `prompt number ${n} & more`,
    output: `enhanced ${n}`,
    intent: 'code',
    confidence: 0.9,
    complexity: 'simple',
    techniques: [],
    timings: {},
    modelVersion: 'test',
    targetModel: null,
    source: n % 2 ? 'hotkey' : 'window',
    quality: null,
  });

describe('tray menu', () => {
  it('has the issue’s items in order, and each one does what it says', () => {
    const { log, actions } = recorder();
    const items = trayMenuTemplate({ recent: [{ id: 1, input: 'a', output: 'A', intent: 'code' }], hotkeyLabel: 'Ctrl+Alt+E', hotkeyPaused: false, canUndo: false }, actions);
    expect(items.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Enhance Clipboard',
      'Recent (click to copy)',
      'a',
      'Undo Last Rewrite',
      'Open BetterPrompts',
      'Pause Hotkey (Ctrl+Alt+E)',
      'Settings…',
      'Quit BetterPrompts',
    ]);
    for (const item of items) item.click?.();
    expect(log).toEqual(['enhance', 'copy:A', 'undo', 'open', 'paused:true', 'settings', 'quit']);
    expect(items.find((i) => i.id === 'undo')?.enabled).toBe(false);
  });

  it('labels are one short line with & escaped', () => {
    expect(menuLabel('  line one\n\tline & two  ')).toBe('line one line && two');
    expect(menuLabel('x'.repeat(100))).toHaveLength(48);
    expect(menuLabel('   ')).toBe('(empty)');
  });

  it('shows the five most recent enhancements from the real history and updates when history changes', async () => {
    const menus: MenuItem[][] = [];
    const { log, actions } = recorder();
    let paused = false;
    const tray = createTrayController({
      loadRecent: recentFromCore(core.dispatch),
      state: () => ({ hotkeyLabel: 'Ctrl+Alt+E', hotkeyPaused: paused, canUndo: false }),
      actions,
      setMenu: (m) => menus.push(m),
    });
    const recentLabels = () => menus.at(-1)!.filter((i) => i.id?.startsWith('recent-') && i.id !== 'recent-header').map((i) => i.label);

    await tray.refresh();
    expect(menus.at(-1)!.find((i) => i.id === 'recent-header')?.label).toBe('No enhancements yet');
    expect(recentLabels()).toEqual([]);

    for (let n = 1; n <= 7; n++) await addRow(n);
    paused = true;
    await tray.refresh();
    expect(recentLabels()).toEqual([7, 6, 5, 4, 3].map((n) => `prompt number ${n} && more`));
    expect(menus.at(-1)!.find((i) => i.id === 'pause-hotkey')?.checked).toBe(true);

    menus.at(-1)!.find((i) => i.label === 'prompt number 6 && more')!.click!();
    expect(log).toEqual(['copy:enhanced 6']);

    const seven = (await core.history.list({ limit: 1, offset: 0 })).items[0]!;
    await core.dispatch('history.delete', { id: seven.id });
    await Promise.all([tray.refresh(), tray.refresh(), tray.refresh()]);
    expect(recentLabels()).toEqual([6, 5, 4, 3, 2].map((n) => `prompt number ${n} && more`));
    expect(menus.length).toBeLessThanOrEqual(4); // concurrent refreshes coalesce
  });

  it('keeps the last list when history cannot be read', async () => {
    const menus: MenuItem[][] = [];
    let fail = false;
    const recent: RecentItem[] = [{ id: 1, input: 'kept', output: 'K', intent: 'code' }];
    const errors: string[] = [];
    const tray = createTrayController({
      loadRecent: async () => {
        if (fail) throw new Error('db closed');
        return recent;
      },
      state: () => ({ hotkeyLabel: 'X', hotkeyPaused: false, canUndo: true }),
      actions: recorder().actions,
      setMenu: (m) => menus.push(m),
      log: (msg) => errors.push(msg),
    });
    await tray.refresh();
    fail = true;
    await tray.refresh();
    expect(menus.at(-1)!.find((i) => i.id === 'recent-1')?.label).toBe('kept');
    expect(errors).toHaveLength(1);
  });
});
