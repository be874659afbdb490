// Packaging: electron-builder.yml built for real (Linux `dir` target) against a stand-in Electron distribution,
// since the real binary cannot be downloaded here. Checks what the packaged app relies on: the bundle inside
// app.asar, native modules unpacked where their loaders look, the model outside the archive where src/main/paths.ts
// points, and the fuses (production, and the test build that keeps --inspect for Playwright).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths, isInsideAsar } from '../src/main/paths.ts';
import { runElectronBuilder } from './packaging/build.ts';
import { createStandInElectron, ELECTRON_DEFAULT_FUSES } from './packaging/stand-in-electron.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  statFile(archive: string, file: string): { unpacked?: boolean; size?: number };
};
const fuses = require('@electron/fuses') as { getCurrentFuseWire(path: string): Promise<Record<string, number | string>> };
const ELECTRON_VERSION = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;

/** The fuse wire as a string of '0'/'1', in @electron/fuses' V1 order. */
async function fuseWire(executable: string): Promise<string> {
  const wire = await fuses.getCurrentFuseWire(executable);
  return Object.keys(wire)
    .filter((k) => k !== 'version')
    .sort((a, b) => Number(a) - Number(b))
    .map((k) => String.fromCharCode(wire[k] as number))
    .join('');
}

const FUSE_NAMES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];
const named = (wire: string) => Object.fromEntries(FUSE_NAMES.map((n, i) => [n, wire[i] === '1']));

describe('packaging (electron-builder, stand-in Electron)', () => {
  let work: string;
  let prod: string;
  let testBuild: string;
  let prodLog = '';
  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out', 'main', 'index.js'))) throw new Error('out/ is not built: run `npm run build` (npm test does)');
    work = mkdtempSync(join(tmpdir(), 'bp-package-'));
    const dist = createStandInElectron(join(work, 'electron-dist'), ELECTRON_VERSION);
    const common = ['--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${dist}`];
    // Production build and the test build (exactly the override `npm run dist:test` uses), side by side.
    const [a, b] = await Promise.all([
      runElectronBuilder(ROOT, [...common, `-c.directories.output=${join(work, 'prod')}`]),
      runElectronBuilder(ROOT, [...common, `-c.directories.output=${join(work, 'test')}`, '-c.electronFuses.enableNodeCliInspectArguments=true']),
    ]);
    prodLog = a.output;
    if (a.code !== 0) throw new Error(`electron-builder failed:\n${a.output.slice(-3000)}`);
    if (b.code !== 0) throw new Error(`electron-builder (test build) failed:\n${b.output.slice(-3000)}`);
    prod = join(work, 'prod', 'linux-unpacked');
    testBuild = join(work, 'test', 'linux-unpacked');
  }, 300_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('used the stand-in distribution (nothing downloaded, nothing rebuilt)', () => {
    expect(readFileSync(join(prod, 'betterprompts'), 'latin1')).toContain('stand-in Electron');
    expect(prodLog).not.toMatch(/downloading|rebuilding native/i);
  });

  it('packs the bundled app into app.asar, and nothing of the source tree', () => {
    const archive = join(prod, 'resources', 'app.asar');
    const files = asar.listPackage(archive, { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files).toContain(f);
    for (const dir of ['/src/', '/training/', '/e2e/', '/test-output/', '/.ci/', '/resources/models/']) {
      expect(files.filter((f) => f.startsWith(dir)), dir).toEqual([]);
    }
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { main: string };
    expect(files).toContain(`/${pkg.main}`);
    expect(existsSync(join(prod, 'betterprompts'))).toBe(true); // the renamed executable
  });

  it('unpacks the native modules where their loaders look', () => {
    const archive = join(prod, 'resources', 'app.asar');
    const unpacked = join(prod, 'resources', 'app.asar.unpacked');
    // better-sqlite3/lib/linux-x64.js requires ../prebuilds/linux-x64.node.
    const sqlite = 'node_modules/better-sqlite3/prebuilds/linux-x64.node';
    // onnxruntime-node/dist/binding.js requires ../bin/napi-v6/<platform>/<arch>/onnxruntime_binding.node, which
    // loads libonnxruntime from its own folder.
    const ortDir = 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64';
    for (const file of [sqlite, `${ortDir}/onnxruntime_binding.node`, `${ortDir}/libonnxruntime.so.1`]) {
      expect(asar.statFile(archive, file).unpacked, file).toBe(true);
      expect(statSync(join(unpacked, file)).size, file).toBeGreaterThan(100_000);
    }
    expect(readFileSync(join(unpacked, 'node_modules/better-sqlite3/lib/linux-x64.js'), 'utf8')).toContain("'../prebuilds/linux-x64.node'");
    // Other platforms' binaries are left out.
    expect(readdirSync(join(unpacked, 'node_modules/onnxruntime-node/bin/napi-v6'))).toEqual(['linux']);
    expect(readdirSync(join(unpacked, 'node_modules/better-sqlite3/prebuilds'))).toEqual(['linux-x64.node']);
  });

  it('ships the model outside app.asar, exactly where the packaged app points the classifier', () => {
    const resourcesPath = join(prod, 'resources');
    const paths = appPaths({ isPackaged: true, resourcesPath, mainDir: join(resourcesPath, 'app.asar', 'out', 'main') });
    expect(isInsideAsar(paths.modelDir)).toBe(false);
    expect(isInsideAsar(paths.rendererRoot)).toBe(true); // read through Electron's asar support, by JS only
    const source = join(ROOT, 'resources', 'models', 'intent');
    const shipped = readdirSync(source).filter((f) => statSync(join(source, f)).isFile());
    expect(shipped.length, 'resources/models/intent is empty: the model is not in this checkout').toBeGreaterThan(0);
    for (const f of shipped) expect(statSync(join(paths.modelDir, f)).size, f).toBe(statSync(join(source, f)).size);
    for (const icon of ['icon.png', 'tray.png', 'tray@2x.png']) expect(existsSync(join(paths.iconsDir, icon)), icon).toBe(true);
  });

  it('flips the production fuses; the test build keeps --inspect for Playwright and nothing else', async () => {
    expect(named(ELECTRON_DEFAULT_FUSES)).toMatchObject({ RunAsNode: true, EnableNodeCliInspectArguments: true }); // what the stand-in starts from
    const p = named(await fuseWire(join(prod, 'betterprompts')));
    expect(p).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
    const t = named(await fuseWire(join(testBuild, 'betterprompts')));
    expect(t).toEqual({ ...p, EnableNodeCliInspectArguments: true });
  });
});
