// The `betterprompts` command as scripts use it (DESIGN.md §6): the real bin, the real model, a temp data dir.
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { TASK_TYPES } from '../shared/index.ts';
import { tempDir } from '../core/testing/temp-dir.ts';

const BIN = fileURLToPath(new URL('../../bin/betterprompts.js', import.meta.url));
const dir = tempDir();
afterAll(() => dir.remove());

const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, BETTERPROMPTS_DATA_DIR: dir.path }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('betterprompts CLI', () => {
  it('--help lists the commands of DESIGN.md §6', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    for (const cmd of ['classify', 'enhance', 'serve']) expect(stdout).toContain(cmd);
    expect(cli(['enhance', '--help']).stdout).toContain('--data-dir');
  });

  it('classify TEXT --json prints one JSON object with a known label', () => {
    const { code, stdout } = cli(['classify', 'Fix the off-by-one error in this loop: for (i = 0; i <= n; i++) sum += a[i];', '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Record<string, unknown>;
    expect(TASK_TYPES).toContain(out.intent);
    expect(out).toMatchObject({ complexity: expect.stringMatching(/^(simple|moderate|complex)$/), confidence: expect.any(Number), ms: expect.any(Number) });
  });

  it('classify --jsonl writes one line per input, in order, and reports bad lines without losing the rest', () => {
    const file = join(dir.path, 'in.jsonl');
    writeFileSync(file, ['{"id":"a","text":"Translate this sentence into French: good morning"}', '{broken', '{"id":7,"text":""}', '{"id":"b","text":"Plan a 3-day trip to Rome for a family of four"}', ''].join('\n'));
    const { code, stdout } = cli(['classify', '--jsonl', file]);
    expect(code).toBe(1); // some lines failed
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', null, 7, 'b']);
    expect(Object.keys(lines[0]!).sort()).toEqual(['complexity', 'confidence', 'id', 'intent', 'ms']);
    expect(lines[1]!.error).toMatch(/not valid JSON/);
    expect(lines[2]!.error).toMatch(/empty/);
    expect(TASK_TYPES).toContain(lines[3]!.intent);
  });

  it('enhance TEXT --json prints the documented fields and saves the enhancement to history', () => {
    const { code, stdout, stderr } = cli(['enhance', 'write a python function that removes duplicates from a list', '--json', '--target', 'claude']);
    expect(stderr).not.toMatch(/error/i);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { original: string; enhanced: string; techniques: { id: string; reason: string }[] };
    expect(Object.keys(out).sort()).toEqual(['complexity', 'confidence', 'enhanced', 'intent', 'ms', 'original', 'techniques']);
    expect(out.enhanced).toContain('write a python function that removes duplicates from a list');
    expect(out.techniques.length).toBeGreaterThan(0);
    const db = new BetterSqlite3(join(dir.path, 'betterprompts.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT source, target_model AS t FROM history').all()).toEqual([{ source: 'cli', t: 'claude' }]);
    } finally {
      db.close();
    }
  });

  it('enhance reads stdin, and refuses empty input with a clear message', () => {
    const piped = cli(['enhance', '--json'], 'Summarize the attached meeting notes for the team');
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout).original).toBe('Summarize the attached meeting notes for the team');
    const empty = cli(['enhance', '   ']);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/i);
    const badMax = cli(['enhance', 'hi', '--max', '99']);
    expect(badMax.code).not.toBe(0);
    expect(badMax.stderr).toMatch(/1 to 10/);
  });

  it('enhance --jsonl runs many prompts at once but answers in input order, saving each good one', () => {
    const own = join(dir.path, 'batch');
    const file = join(dir.path, 'enhance.jsonl');
    const topics = ['Write a haiku about autumn rain', 'Fix this bug: for i in range(10) print(i)', 'Plan a week of vegetarian dinners', 'Is a tomato a fruit or a vegetable?'];
    const rows: string[] = [];
    for (let i = 0; i < 150; i++) rows.push(i % 37 === 5 ? '{"id":' : JSON.stringify({ id: i, text: `${topics[i % topics.length]!} (${i})` }));
    writeFileSync(file, rows.join('\n'));
    const { code, stdout } = cli(['enhance', '--jsonl', file, '--data-dir', own]);
    expect(code).toBe(1); // the malformed lines
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; original?: string; error?: string });
    expect(lines).toHaveLength(150);
    const bad = lines.filter((l) => l.error);
    expect(bad).toHaveLength(4);
    lines.forEach((l, i) => {
      if (l.error) return;
      expect(l.id).toBe(i);
      expect(l.original).toBe(`${topics[i % topics.length]!} (${i})`);
    });
    const db = new BetterSqlite3(join(own, 'betterprompts.db'), { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM history').get()).toEqual({ n: 146 });
    } finally {
      db.close();
    }
  });
});
