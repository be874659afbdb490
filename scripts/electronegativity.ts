// Runs @doyensec/electronegativity on the built app (out/) and fails on any finding of medium severity or higher
// that is not on the reviewed allow-list (scripts/electronegativity-allowlist.json, one reason per entry).
// `npm run security:scan` prints the report; scripts/electronegativity.test.ts runs the same check in `npm test`.
//
// Offline-safe: the package fetches translations and Electron's release list over the network. Its `got` is replaced
// by one that fails at once (translations fall back to the bundled en-US), and AvailableSecurityFixesGlobalCheck,
// which only works online (it compares with Electron's latest releases), is excluded. Its CLI is unusable with this
// project's commander 15 (it requires commander without declaring it), so the programmatic runner is used.
//
// Its parser (escope/estraverse) stops at syntax newer than ES2021 (`#private` class fields, which the bundled main
// process has) and then silently skips the whole file. So the scan runs on a copy of out/ whose scripts are lowered
// to ES2020 by TypeScript (syntax only: the same calls and options), and any file it still cannot parse fails the run.
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ALLOWLIST_FILE = join(ROOT, 'scripts', 'electronegativity-allowlist.json');
export const OFFLINE_EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 } as const;

export interface Finding {
  id: string;
  severity: keyof typeof SEVERITY;
  confidence: string;
  file: string;
  line: number;
  description: string;
  manualReview: boolean;
}

export interface AllowEntry {
  id: string;
  /** Relative to out/ ("N/A" for global checks); omitted = any file. */
  file?: string;
  reason: string;
}

interface RawIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number };
  description: string;
  manualReview?: boolean;
}

/** Copies `input` to a temp folder with every script lowered to ES2020; returns the copy and a cleanup. */
export function lowerForScan(input: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'bp-electronegativity-'));
  cpSync(input, dir, { recursive: true, filter: (src) => !src.endsWith('.map') });
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  for (const file of walk(dir).filter((f) => /\.(c|m)?js$/.test(f))) {
    const out = ts.transpileModule(readFileSync(file, 'utf8'), {
      fileName: relative(dir, file),
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.Preserve, allowJs: true, sourceMap: false, removeComments: false },
    });
    writeFileSync(file, out.outputText);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function scan(input: string): Promise<{ findings: Finding[]; errors: { file: string; message: string; tolerable?: boolean }[]; checks: number }> {
  const lowered = lowerForScan(input);
  try {
    const result = await scanDir(lowered.dir);
    return { ...result, errors: result.errors.map((e) => ({ ...e, file: relative(lowered.dir, e.file) })) };
  } finally {
    lowered.remove();
  }
}

async function scanDir(input: string): Promise<{ findings: Finding[]; errors: { file: string; message: string; tolerable?: boolean }[]; checks: number }> {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const innerRequire = createRequire(join(pkgDir, 'dist', 'runner.js'));
  const gotPath = innerRequire.resolve('got');
  const offline = Object.assign(() => Promise.reject(new Error('network disabled for electronegativity (offline scan)')), { get: () => Promise.reject(new Error('offline')) });
  innerRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  const run = innerRequire(join(pkgDir, 'dist', 'runner.js')) as (opts: Record<string, unknown>) => Promise<{ issues: RawIssue[]; errors: { file: string; message: string; tolerable?: boolean }[]; globalChecks: number; atomicChecks: number }>;
  const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
  const log = console.log;
  console.log = () => {}; // the package prints a line about translations it could not fetch
  let result;
  try {
    result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
      severitySet: 'informational',
      confidenceSet: 'tentative',
    });
  } finally {
    console.log = log;
  }
  return {
    checks: result.globalChecks + result.atomicChecks,
    errors: result.errors,
    findings: result.issues.map((i) => ({
      id: i.id,
      severity: (i.severity.name in SEVERITY ? i.severity.name : 'HIGH') as Finding['severity'],
      confidence: i.confidence.name,
      file: i.file,
      line: i.location.line,
      description: i.description,
      manualReview: i.manualReview ?? false,
    })),
  };
}

export function loadAllowlist(file = ALLOWLIST_FILE): AllowEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as AllowEntry[];
  for (const e of entries) {
    if (!e.id || typeof e.reason !== 'string' || e.reason.trim().length < 20) throw new Error(`allow-list entry ${JSON.stringify(e)} needs an id and a reason (a sentence)`);
  }
  return entries;
}

export const isBlocking = (f: Finding) => SEVERITY[f.severity] >= SEVERITY.MEDIUM;
const allowedBy = (f: Finding, allow: AllowEntry[]) => allow.find((a) => a.id === f.id && (a.file === undefined || a.file === f.file));

export function judge(findings: Finding[], allow: AllowEntry[]) {
  const blocking = findings.filter((f) => isBlocking(f) && !allowedBy(f, allow));
  const allowed = findings.filter((f) => isBlocking(f) && allowedBy(f, allow));
  const unused = allow.filter((a) => !findings.some((f) => allowedBy(f, [a])));
  return { blocking, allowed, unused };
}

const describe = (f: Finding) => `${f.severity} ${f.id} ${f.file}:${f.line} — ${f.description}`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const input = join(ROOT, 'out');
  if (!existsSync(join(input, 'main', 'index.js'))) {
    console.error('electronegativity: out/ is not built; run `npm run build` first.');
    process.exit(1);
  }
  const t0 = performance.now();
  const { findings, errors, checks } = await scan(input);
  const { blocking, allowed, unused } = judge(findings, loadAllowlist());
  console.log(`electronegativity: ${checks} checks on out/ in ${Math.round(performance.now() - t0)} ms; ${findings.length} findings, ${allowed.length} allow-listed, ${blocking.length} blocking`);
  for (const f of findings) console.log(`  ${blocking.includes(f) ? 'BLOCKING ' : allowed.includes(f) ? 'allowed  ' : '         '}${describe(f)}`);
  for (const e of errors) console.log(`  parse ${e.tolerable ? 'warning' : 'error'}: ${e.file}: ${e.message}`);
  for (const a of unused) console.log(`  allow-list entry no longer needed: ${a.id} ${a.file ?? ''}`);
  const fatal = errors.filter((e) => !e.tolerable);
  if (fatal.length) console.error(`electronegativity could not parse ${fatal.length} file(s): their findings would be missed.`);
  process.exit(blocking.length || fatal.length ? 1 : 0);
}
