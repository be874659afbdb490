import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { tempDir } from '../testing/temp-dir.ts';

const WRITER = fileURLToPath(new URL('../testing/crash-writer.ts', import.meta.url));
const KILLS = 24;

/** Runs the writer until `killAfterMs` past its first ack, SIGKILLs it, and returns the batches it acknowledged. */
function runAndKill(dbPath: string, startBatch: number, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dbPath, String(startBatch)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let buffered = '';
    let stderr = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
        if (line === 'ready' || (line.startsWith('ack ') && acked.length === 1)) {
          timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`));
      else resolve(acked);
    });
  });
}

describe('crash safety', () => {
  it(`loses no acknowledged write and never corrupts the database across ${KILLS} SIGKILLs`, async () => {
    const dir = tempDir();
    const dbPath = join(dir.path, 'crash.db');
    const allAcked = new Set<number>();
    let nextBatch = 0;
    // A fixed pseudo-random sequence of kill delays: reproducible, yet spread over the write loop.
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    try {
      for (let round = 0; round < KILLS; round++) {
        const acked = await runAndKill(dbPath, nextBatch, Math.floor(rand() * 120));
        for (const b of acked) allAcked.add(b);
        nextBatch += 100_000; // batches of each round are distinct

        const db = new BetterSqlite3(dbPath);
        try {
          expect(db.pragma('integrity_check', { simple: true }), `round ${round}`).toBe('ok');
          const rows = db.prepare('SELECT model_version AS v, COUNT(*) AS n FROM history GROUP BY model_version').all() as { v: string; n: number }[];
          const counts = new Map(rows.map((r) => [Number(r.v.slice('batch-'.length)), r.n]));
          for (const b of allAcked) expect(counts.get(b), `acknowledged batch ${b} (round ${round})`).toBe(5);
          // Atomicity: a batch is all there or not at all, never half written.
          for (const [b, n] of counts) expect(n, `batch ${b}`).toBe(5);
          // The FTS index stayed in step with the table.
          const fts = db.prepare("SELECT COUNT(*) AS n FROM history_fts WHERE history_fts MATCH 'lorem'").get() as { n: number };
          expect(fts.n).toBe([...counts.values()].reduce((a, n) => a + n, 0));
        } finally {
          db.close();
        }
      }
      expect(allAcked.size).toBeGreaterThan(KILLS); // the writer really was writing when killed
    } finally {
      dir.remove();
    }
  }, 180_000);
});
