// Can the desktop app start here? Returns null when it can, or the reason it cannot (one short phrase).
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Where the Electron executable is, without triggering a download: the electron package's own entry point tries to
 * fetch the binary when it is missing, which has no place in `npm start` on an offline machine.
 */
export function electronBinary(env: NodeJS.ProcessEnv = process.env): string | null {
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    const rel = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
    const full = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, rel || 'electron') : rel ? join(pkgDir, 'dist', rel) : null;
    return full && existsSync(full) ? full : null;
  } catch {
    return null; // the electron package itself is not installed
  }
}

export function whyElectronCannotStart(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, binary: string | null = electronBinary()): string | null {
  if (env.BETTERPROMPTS_WEB === '1') return 'BETTERPROMPTS_WEB=1 is set';
  if (!binary) return 'the Electron binary is not installed';
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)';
  return null;
}
