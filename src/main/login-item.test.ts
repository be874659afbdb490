import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../core/testing/temp-dir.ts';
import { autostartEntry, electronLoginItem, HIDDEN_ARG, linuxAutostart } from './login-item.ts';

describe('start at login', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('Linux: writes and removes an XDG autostart entry that starts hidden', () => {
    const item = linuxAutostart({ exec: ['/opt/Better Prompts/betterprompts'], env: { XDG_CONFIG_HOME: dir.path } });
    expect(item.get()).toBe(false);
    item.set(true);
    const file = join(dir.path, 'autostart', 'betterprompts.desktop');
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Better Prompts/betterprompts" --hidden\n');
    expect(item.get()).toBe(true);
    item.set(false);
    expect(existsSync(file)).toBe(false);
    expect(item.get()).toBe(false);
  });

  it('quotes what a shell would misread in Exec', () => {
    expect(autostartEntry(['/a/$(rm -rf ~)'])).toContain('Exec="/a/\\$(rm -rf ~)" --hidden');
  });

  it('macOS/Windows: uses Electron’s login item with the hidden argument', () => {
    const calls: unknown[] = [];
    let on = false;
    const item = electronLoginItem({
      getLoginItemSettings: (o) => (calls.push(['get', o]), { openAtLogin: on }),
      setLoginItemSettings: (s) => (calls.push(['set', s]), (on = s.openAtLogin)),
    });
    item.set(true);
    expect(item.get()).toBe(true);
    expect(calls).toEqual([['set', { openAtLogin: true, args: [HIDDEN_ARG] }], ['get', { args: [HIDDEN_ARG] }]]);
  });
});
