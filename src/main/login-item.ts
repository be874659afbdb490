// Optional start at login (issue 6, part 2). macOS and Windows through Electron's login item API; Linux through an
// XDG autostart entry (~/.config/autostart/betterprompts.desktop), which Electron does not manage there. Started at
// login, the app opens hidden in the tray (HIDDEN_ARG).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const HIDDEN_ARG = '--hidden';

export interface LoginItemPort {
  get(): boolean;
  set(enabled: boolean): void;
}

/** The slice of Electron's app used on macOS and Windows. */
export interface LoginItemApp {
  getLoginItemSettings(options?: { args?: string[] }): { openAtLogin: boolean };
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
}

const quote = (s: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `"${s.replace(/(["`$\\])/g, '\\$1')}"`);

/** The .desktop entry that starts the app hidden at login. */
export function autostartEntry(exec: string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=BetterPrompts',
    'Comment=Makes prompts for large language models better',
    `Exec=${[...exec, HIDDEN_ARG].map(quote).join(' ')}`,
    'Icon=betterprompts',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

export function linuxAutostart(opts: { exec: string[]; env?: NodeJS.ProcessEnv }): LoginItemPort {
  const env = opts.env ?? process.env;
  const file = join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'autostart', 'betterprompts.desktop');
  return {
    get: () => existsSync(file),
    set: (enabled) => {
      if (enabled) {
        mkdirSync(join(file, '..'), { recursive: true });
        writeFileSync(file, autostartEntry(opts.exec));
      } else {
        rmSync(file, { force: true });
      }
    },
  };
}

export function electronLoginItem(app: LoginItemApp): LoginItemPort {
  const args = [HIDDEN_ARG];
  return {
    get: () => app.getLoginItemSettings({ args }).openAtLogin,
    set: (enabled) => app.setLoginItemSettings({ openAtLogin: enabled, args }),
  };
}
