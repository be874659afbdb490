// `npm start`: opens the desktop app; where Electron cannot start (no binary, no display) it says so in one line and
// serves the same app in web mode on 127.0.0.1 instead, printing the URL.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, whyElectronCannotStart } from './electron-check.ts';
import { serve } from '../src/cli/serve.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;
const dataDirArg = args.indexOf('--data-dir');
const dataDir = dataDirArg >= 0 ? args[dataDirArg + 1] : undefined;

if (!existsSync(join(root, 'out', 'main', 'index.js')) || !existsSync(join(root, 'out', 'renderer', 'index.html'))) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) {
    console.error('BetterPrompts: the build failed (see above); fix it and run `npm start` again.');
    process.exit(1);
  }
}

const reason = whyElectronCannotStart();
if (reason === null) {
  const child = spawn(electronBinary()!, [root], { stdio: 'inherit', env: { ...process.env, ...(dataDir ? { BETTERPROMPTS_DATA_DIR: dataDir } : {}) } });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`Electron cannot start here (${reason}); serving BetterPrompts in web mode instead.`);
  await serve({ port, dataDir });
}
