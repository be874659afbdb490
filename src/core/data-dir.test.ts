import { describe, expect, it } from 'vitest';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { databasePath, defaultDataDir, resolveDataDir } from './data-dir.ts';

describe('data folder', () => {
  it('prefers --data-dir, then BETTERPROMPTS_DATA_DIR, then the OS app-data folder', () => {
    expect(resolveDataDir('rel/dir', { BETTERPROMPTS_DATA_DIR: '/env' })).toBe(resolve('rel/dir'));
    expect(resolveDataDir(undefined, { BETTERPROMPTS_DATA_DIR: '/env/bp' })).toBe('/env/bp');
    expect(resolveDataDir('  ', { BETTERPROMPTS_DATA_DIR: '' })).toBe(defaultDataDir(process.platform, {}));
  });
  it('uses each OS convention (the same folder Electron calls userData)', () => {
    expect(defaultDataDir('linux', {})).toBe(join(homedir(), '.config', 'BetterPrompts'));
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/BetterPrompts');
    expect(defaultDataDir('darwin', {})).toBe(join(homedir(), 'Library', 'Application Support', 'BetterPrompts'));
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' })).toContain('BetterPrompts');
    expect(databasePath('/d')).toBe(join('/d', 'betterprompts.db'));
  });
});
