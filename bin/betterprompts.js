#!/usr/bin/env node
// Launcher for the `betterprompts` bin. npx and npm scripts put the project's pinned Node 22 (node_modules/.bin/node)
// first on PATH; it runs the TypeScript sources directly with Node's built-in type stripping.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`betterprompts needs Node >= 22.18 (found ${process.version}); run it through npx or npm scripts after \`npm install\`.`);
  process.exit(1);
}
const { main } = await import('../src/cli/main.ts');
try {
  await main(process.argv);
} catch (err) {
  console.error(`betterprompts: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
