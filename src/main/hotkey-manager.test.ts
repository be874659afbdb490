import { describe, expect, it } from 'vitest';
import { checkAccelerator, createHotkeyManager, displayAccelerator, type HotkeyState } from './hotkey-manager.ts';
import { FakeShortcuts } from './test-doubles.ts';

function setup() {
  const registry = new FakeShortcuts();
  let presses = 0;
  const changes: HotkeyState[] = [];
  const manager = createHotkeyManager({ registry, onTrigger: () => presses++, onChange: (s) => changes.push(s), platform: 'linux' });
  return { registry, manager, changes, presses: () => presses };
}

describe('global hotkey registration', () => {
  it('registers the default shortcut and fires the rewrite', () => {
    const { registry, manager, presses } = setup();
    expect(manager.apply('CommandOrControl+Alt+E')).toEqual({ accelerator: 'CommandOrControl+Alt+E', active: 'CommandOrControl+Alt+E', registered: true, paused: false, error: null });
    registry.press('CommandOrControl+Alt+E');
    expect(presses()).toBe(1);
  });

  it('reports a conflict with another application and keeps the previous shortcut working', () => {
    const { registry, manager, changes } = setup();
    manager.apply('CommandOrControl+Alt+E');
    registry.held.add('CommandOrControl+Shift+P');
    const s = manager.apply('CommandOrControl+Shift+P');
    expect(s).toMatchObject({ accelerator: 'CommandOrControl+Shift+P', active: 'CommandOrControl+Alt+E', registered: false });
    expect(s.error).toBe('Ctrl+Shift+P is already used by another application or the system. Choose another shortcut in Settings.');
    expect([...registry.registered.keys()]).toEqual(['CommandOrControl+Alt+E']);
    expect(changes.at(-1)).toEqual(s);
  });

  it('reports a conflict at startup with nothing registered', () => {
    const { registry, manager } = setup();
    registry.held.add('CommandOrControl+Alt+E');
    expect(manager.apply('CommandOrControl+Alt+E')).toMatchObject({ active: null, registered: false, error: expect.stringContaining('already used') });
  });

  it('reports shortcuts Electron cannot parse, or that have no modifier', () => {
    const { manager, registry } = setup();
    expect(manager.apply('Ctrl+Bogus').error).toMatch(/not a valid shortcut \(conversion failure/);
    expect(manager.apply('E').error).toMatch(/needs Ctrl, Alt/);
    expect(manager.apply('Shift+E').error).toMatch(/needs Ctrl, Alt/);
    expect(manager.apply('Ctrl+Alt').error).toMatch(/no key after/);
    expect(manager.apply('Ctrl++').error).toMatch(/not a valid shortcut/);
    expect(registry.registered.size).toBe(0);
    expect(checkAccelerator('F9')).toBeNull();
  });

  it('re-registers when Settings change the shortcut', () => {
    const { registry, manager } = setup();
    manager.apply('CommandOrControl+Alt+E');
    expect(manager.apply('Alt+Shift+R')).toMatchObject({ active: 'Alt+Shift+R', registered: true, error: null });
    expect([...registry.registered.keys()]).toEqual(['Alt+Shift+R']);
  });

  it('pauses (unregisters) and resumes from the tray, and a change while paused applies on resume', () => {
    const { registry, manager } = setup();
    manager.apply('CommandOrControl+Alt+E');
    expect(manager.setPaused(true)).toMatchObject({ paused: true, active: null, registered: false });
    expect(registry.registered.size).toBe(0);
    manager.apply('Alt+Shift+R');
    expect(registry.registered.size).toBe(0);
    expect(manager.setPaused(false)).toMatchObject({ paused: false, active: 'Alt+Shift+R', registered: true });
    manager.dispose();
    manager.dispose();
    expect(registry.registered.size).toBe(0);
  });

  it('shows shortcuts the way each platform writes them', () => {
    expect(displayAccelerator('CommandOrControl+Alt+E', 'linux')).toBe('Ctrl+Alt+E');
    expect(displayAccelerator('CommandOrControl+Alt+E', 'win32')).toBe('Ctrl+Alt+E');
    expect(displayAccelerator('CommandOrControl+Alt+E', 'darwin')).toBe('⌘⌥E');
  });
});
