#!/usr/bin/env node
// Launcher for the `betterprompts` bin. It runs the TypeScript sources with Node's built-in type stripping, which
// needs Node >= 22.18. npx and npm scripts put the project's pinned Node 22 first on PATH; when something else
// started us with an older Node, hand over to the pinned one.
import { spawnSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  const pinned = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
  if (existsSync(pinned) && realpathSync(pinned) !== realpathSync(process.execPath)) {
    const r = spawnSync(pinned, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status ?? 1);
  }
  console.error(`betterprompts needs Node >= 22.18 (found ${process.version}); run \`npm install\` to get the project's pinned Node 22.`);
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
try {
  await main(process.argv);
} catch (err) {
  console.error(`betterprompts: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
