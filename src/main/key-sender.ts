// Sends the platform's copy/paste/undo keystroke to whatever application has focus. Electron has no API for that, so
// it runs the platform's own tool without a shell: xdotool (X11) or wtype (Wayland) on Linux, System Events through
// osascript on macOS (needs the Accessibility permission), SendKeys through PowerShell on Windows.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { KeyAction, KeySenderPort } from './ports.ts';

export interface KeyCommand {
  file: string;
  args: string[];
}

const LETTER: Record<KeyAction, string> = { copy: 'c', paste: 'v', undo: 'z' };

/** The command that sends `action`, or null where this platform has no known way. */
export function keyCommand(action: KeyAction, platform: NodeJS.Platform, env: NodeJS.ProcessEnv): KeyCommand | null {
  const letter = LETTER[action];
  if (platform === 'darwin') {
    return { file: '/usr/bin/osascript', args: ['-e', `tell application "System Events" to keystroke "${letter}" using {command down}`] };
  }
  if (platform === 'win32') {
    const ps = join(env.SystemRoot ?? 'C:\\Windows', 'System32', 'WindowsPowerShell', 'v1.0', 'powershell.exe');
    return { file: ps, args: ['-NoProfile', '-NonInteractive', '-Command', `(New-Object -ComObject WScript.Shell).SendKeys('^${letter}')`] };
  }
  if (platform === 'linux') {
    // --clearmodifiers: the user may still hold Alt from the hotkey, which would turn Ctrl+C into Ctrl+Alt+C.
    if (env.WAYLAND_DISPLAY && !env.DISPLAY) return { file: 'wtype', args: ['-M', 'ctrl', '-k', letter, '-m', 'ctrl'] };
    if (env.DISPLAY) return { file: 'xdotool', args: ['key', '--clearmodifiers', `ctrl+${letter}`] };
  }
  return null;
}

export function findOnPath(file: string, env: NodeJS.ProcessEnv): string | null {
  if (file.includes('/') || file.includes('\\')) {
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      return null;
    }
  }
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, file), constants.X_OK);
      return join(dir, file);
    } catch {
      // keep looking
    }
  }
  return null;
}

export type Runner = (file: string, args: string[], timeoutMs: number) => Promise<void>;

const execRunner: Runner = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, windowsHide: true }, (err, _stdout, stderr) => {
      if (err) reject(new Error(`${file.split(/[\\/]/).pop()} failed: ${String(stderr).trim() || err.message}`));
      else resolve();
    });
  });

export function createKeySender(opts: { platform?: NodeJS.Platform; env?: NodeJS.ProcessEnv; run?: Runner; exists?: (file: string) => boolean } = {}): KeySenderPort {
  const platform = opts.platform ?? process.platform;
  const env = opts.env ?? process.env;
  const run = opts.run ?? execRunner;
  const exists = opts.exists ?? ((file: string) => findOnPath(file, env) !== null);
  let reason: string | null | undefined;

  const unavailableReason = (): string | null => {
    if (reason !== undefined) return reason;
    const probe = keyCommand('copy', platform, env);
    if (!probe) reason = platform === 'linux' ? 'no X11 or Wayland display' : `keystrokes are not supported on ${platform}`;
    else if (!exists(probe.file)) reason = `${probe.file} is not installed, so the selection cannot be copied`;
    else reason = null;
    return reason;
  };

  return {
    unavailableReason,
    async send(action) {
      const why = unavailableReason();
      if (why) throw new Error(why);
      const cmd = keyCommand(action, platform, env);
      if (!cmd) throw new Error(`no keystroke command for ${action}`);
      await run(cmd.file, cmd.args, 3000);
    },
  };
}
