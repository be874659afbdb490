import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DIR_NAME = 'BetterPrompts';

/** The OS's per-user app-data folder, the same place Electron's `userData` points to for this app. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME);
}

/** `--data-dir`, else `BETTERPROMPTS_DATA_DIR`, else the OS app-data folder. */
export function resolveDataDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag?.trim() || env.BETTERPROMPTS_DATA_DIR?.trim();
  return chosen ? resolve(chosen) : defaultDataDir(process.platform, env);
}

export const databasePath = (dataDir: string): string => join(dataDir, 'betterprompts.db');
