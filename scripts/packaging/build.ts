// Runs electron-builder's CLI (the same one `npm run dist*` uses) for the Linux `dir` target, which needs no
// download: the installer targets do (AppImage fetches appimagetool, deb fetches fpm, both from github.com).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function electronBuilderCli(): string {
  return join(dirname(createRequire(import.meta.url).resolve('electron-builder/package.json')), 'cli.js');
}

export function runElectronBuilder(cwd: string, args: string[], timeoutMs = 240_000): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [electronBuilderCli(), ...args], {
      cwd,
      env: { ...process.env, ELECTRON_BUILDER_OFFLINE: '1', CSC_IDENTITY_AUTO_DISCOVERY: 'false', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}
