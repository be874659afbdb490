// electronegativity on the built app, inside `npm test` (which builds first): any finding of medium severity or
// higher that is not on the reviewed allow-list fails, and so does a script the scanner cannot parse.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judge, loadAllowlist, ROOT, scan, type Finding } from './electronegativity.ts';

const OUT = join(ROOT, 'out');

describe('electronegativity', () => {
  it('finds nothing of medium severity or higher outside the reviewed allow-list in out/', async () => {
    expect(existsSync(join(OUT, 'main', 'index.js')), 'out/ is not built: run `npm run build` (npm test does)').toBe(true);
    const { findings, errors, checks } = await scan(OUT);
    expect(checks).toBeGreaterThan(30);
    expect(errors.filter((e) => !e.tolerable), 'scripts the scanner could not parse (their findings would be missed)').toEqual([]);
    const { blocking, unused } = judge(findings, loadAllowlist());
    expect(blocking.map((f) => `${f.severity} ${f.id} ${f.file}:${f.line} ${f.description}`)).toEqual([]);
    expect(unused.map((a) => a.id), 'allow-list entries that no longer match anything: remove them').toEqual([]);
  }, 120_000);

  it('catches an insecure window even in a file with #private fields (the gate is not blind)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-en-fixture-'));
    try {
      mkdirSync(join(dir, 'main'));
      writeFileSync(
        join(dir, 'main', 'index.js'),
        `import { app, BrowserWindow } from 'electron';
class Store { #secret = 1; get() { return this.#secret; } }
app.whenReady().then(() => {
  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false } });
  win.loadURL('https://example.com');
  new Store().get();
});
`,
      );
      const { findings, errors } = await scan(dir);
      expect(errors.filter((e) => !e.tolerable)).toEqual([]);
      const blocking = judge(findings, loadAllowlist()).blocking.map((f) => f.id);
      expect(blocking).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK']));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('judges by severity and allow-list', () => {
    const f = (id: string, severity: Finding['severity'], file = 'main/index.js'): Finding => ({ id, severity, file, line: 1, confidence: 'CERTAIN', description: '', manualReview: false });
    const allow = [{ id: 'A', file: 'main/index.js', reason: 'reviewed: a long enough reason' }];
    const { blocking, allowed, unused } = judge([f('A', 'HIGH'), f('A', 'MEDIUM', 'renderer/x.js'), f('B', 'LOW'), f('C', 'MEDIUM')], allow);
    expect(blocking.map((x) => `${x.id}:${x.file}`)).toEqual(['A:renderer/x.js', 'C:main/index.js']);
    expect(allowed).toHaveLength(1);
    expect(unused).toEqual([]);
    expect(() => loadAllowlist(join(ROOT, 'package.json'))).toThrow();
  });
});
