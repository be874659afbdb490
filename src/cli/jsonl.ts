import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export interface JsonlItem {
  id: unknown;
  text?: string;
  error?: string;
  line: number;
}

/**
 * Reads `{"id","text"}` lines. A malformed line becomes an item with `error` (reported in the output, in order)
 * rather than stopping the batch: one bad row must not lose the others. Blank lines are skipped.
 */
export async function* readJsonl(path: string): AsyncGenerator<JsonlItem> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      yield { id: null, error: `line ${n}: not valid JSON`, line: n };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { id: null, error: `line ${n}: expected an object {"id","text"}`, line: n };
      continue;
    }
    const { id = null, text } = value as { id?: unknown; text?: unknown };
    if (typeof text !== 'string') yield { id, error: `line ${n}: "text" must be a string`, line: n };
    else if (!text.trim()) yield { id, error: `line ${n}: "text" is empty`, line: n };
    else yield { id, text, line: n };
  }
}

/** Reads the prompt from the argument, or from stdin when it is piped in. */
export async function textFromArgOrStdin(arg: string | undefined): Promise<string | undefined> {
  if (arg !== undefined) return arg;
  if (process.stdin.isTTY) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Runs `handle` over every JSONL item with up to `window` items in flight and writes one output line per item, in
 * input order. Concurrency matters for the model: requests that are in flight together share one batched model call.
 * Returns how many items failed (a malformed line, or `handle` answering `{ ok: false }` or throwing).
 */
export async function mapJsonlInOrder(
  path: string,
  handle: (text: string) => Promise<{ ok: true; out: Record<string, unknown> } | { ok: false; error: string }>,
  write: (line: string) => void,
  window = 64,
): Promise<number> {
  let failed = 0;
  const pending: Promise<string>[] = [];
  const flush = async (): Promise<void> => {
    for (const line of await Promise.all(pending.splice(0))) write(line);
  };
  for await (const item of readJsonl(path)) {
    const { id, text } = item;
    if (text === undefined) {
      failed++;
      pending.push(Promise.resolve(JSON.stringify({ id, error: item.error })));
    } else {
      pending.push(
        handle(text).then(
          (r) => {
            if (!r.ok) failed++;
            return JSON.stringify(r.ok ? { id, ...r.out } : { id, error: r.error });
          },
          (err: unknown) => {
            failed++;
            return JSON.stringify({ id, error: err instanceof Error ? err.message : String(err) });
          },
        ),
      );
    }
    if (pending.length >= window) await flush();
  }
  await flush();
  return failed;
}
