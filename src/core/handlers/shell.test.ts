import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../app-core.ts';
import { tempDir } from '../testing/temp-dir.ts';
import type { ShellStatus } from '../../shared/routes/shell.ts';

describe('shell routes', () => {
  let dir: ReturnType<typeof tempDir>;
  let web: Core;
  let desktop: Core;
  let status: ShellStatus;
  beforeAll(async () => {
    dir = tempDir();
    status = {
      hotkey: { accelerator: 'CommandOrControl+Alt+E', label: 'Ctrl+Alt+E', active: null, registered: false, paused: false, error: 'taken' },
      tray: true,
      selectionUnavailable: null,
      canUndo: false,
      keychainWarning: null,
      startAtLogin: false,
    };
    web = await createCore({ dataDir: `${dir.path}/web`, mode: 'web' });
    desktop = await createCore({
      dataDir: `${dir.path}/desktop`,
      mode: 'desktop',
      shell: {
        status: () => status,
        setHotkeyPaused: (paused) => (status = { ...status, hotkey: { ...status.hotkey, paused } }),
        setStartAtLogin: (startAtLogin) => (status = { ...status, startAtLogin }),
      },
    });
  });
  afterAll(async () => {
    await web.dispose();
    await desktop.dispose();
    dir.remove();
  });

  it('answer UNAVAILABLE with a reason in web mode', async () => {
    for (const [route, input] of [['shell.status', {}], ['shell.setHotkeyPaused', { paused: true }], ['shell.setStartAtLogin', { enabled: true }]] as const) {
      const res = await web.dispatch(route, input);
      expect(res).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
      if (!res.ok) expect(res.error.message).toMatch(/desktop app/);
    }
  });

  it('report and change the hotkey state through the port in the desktop app', async () => {
    expect(await desktop.dispatch('shell.status', {})).toEqual({ ok: true, data: status });
    const res = await desktop.dispatch('shell.setHotkeyPaused', { paused: true });
    expect(res).toMatchObject({ ok: true, data: { hotkey: { paused: true } } });
    expect(await desktop.dispatch('shell.setHotkeyPaused', { paused: 'yes' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await desktop.dispatch('shell.setStartAtLogin', { enabled: true })).toMatchObject({ ok: true, data: { startAtLogin: true } });
  });
});
