// The project pins Node 22 through the `node` devDependency; npm scripts find it first on PATH.
// When someone runs a script with an older Node (before `npm install` finished), say so plainly.
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  console.error(`BetterPrompts needs Node >= 22 (found ${process.version}). Run \`npm install\` first: it installs the pinned Node 22 into node_modules/.bin.`);
  process.exit(1);
}
