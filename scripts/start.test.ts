import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../src/core/testing/temp-dir.ts';
import { whyElectronCannotStart } from './electron-check.ts';

const START = fileURLToPath(new URL('./start.ts', import.meta.url));

describe('npm start', () => {
  it('explains why Electron cannot start', () => {
    expect(whyElectronCannotStart({}, 'linux', null)).toBe('the Electron binary is not installed');
    expect(whyElectronCannotStart({}, 'linux', '/x/electron')).toMatch(/no display/);
    expect(whyElectronCannotStart({ DISPLAY: ':0' }, 'linux', '/x/electron')).toBeNull();
    expect(whyElectronCannotStart({}, 'darwin', '/x/electron')).toBeNull();
    expect(whyElectronCannotStart({ BETTERPROMPTS_WEB: '1', DISPLAY: ':0' }, 'linux', '/x/electron')).toMatch(/BETTERPROMPTS_WEB/);
  });

  it('falls back to web mode here with one clear line, then the URL, and serves the app', async () => {
    const dir = tempDir();
    const env: NodeJS.ProcessEnv = { ...process.env, BETTERPROMPTS_DATA_DIR: dir.path };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const child = spawn(process.execPath, [START, '--port', '0'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const lines = await new Promise<string[]>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no URL printed; got: ${out}`)), 60_000);
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          if (/http:\/\/127\.0\.0\.1:\d+\/\?token=\S+\n/.test(out)) {
            clearTimeout(timer);
            resolve(out.trim().split('\n'));
          }
        });
        child.on('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
      });
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(/^Electron cannot start here \(.+\); serving BetterPrompts in web mode instead\.$/);
      const url = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(lines[1]!)![1]!;
      const first = await fetch(url, { redirect: 'manual' });
      expect(first.status).toBe(302);
      const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
      const res = await fetch(new URL('/', url), { headers: { Cookie: cookie } });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<div id="root">');
    } finally {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
      dir.remove();
    }
  });
});
