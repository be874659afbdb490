// Library import and export: our lossless JSON, and the prompt files promptfoo users have (a JSONL file with one
// prompt per line, a YAML config with a `prompts:` list). Parsing is forgiving row by row: every row that fits the
// contract is imported, every other row is reported with where it is and why.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { LibraryCreateInput, type LibraryFileFormat, type LibraryImportReport, type LibraryItem } from '../../shared/index.ts';
import type { LibraryRepo, NewLibraryItem } from '../storage/index.ts';

/** Most rows one import reads; the rest are reported, not silently dropped. */
export const MAX_IMPORT_ROWS = 10_000;

interface RawRow {
  at: string;
  value: unknown;
}

export interface ParsedImport {
  format: LibraryFileFormat;
  rows: { at: string; item: NewLibraryItem }[];
  rejected: { at: string; reason: string }[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** The format a file is in: the caller's word first, then the file name, then a look at the content. */
export function detectFormat(content: string, filename?: string): LibraryFileFormat {
  const ext = filename?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === 'json') return 'json';
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  const text = content.trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    try {
      JSON.parse(text);
      return 'json';
    } catch {
      // several JSON values on separate lines
      return 'jsonl';
    }
  }
  return 'yaml';
}

/** A chat-format prompt (OpenAI messages) as promptfoo stores it: `[{"role":"system","content":"…"}, …]`. */
const isChat = (v: unknown): v is { role: string; content: string }[] =>
  Array.isArray(v) && v.length > 0 && v.every((m) => isRecord(m) && typeof m.role === 'string' && typeof m.content === 'string');

const titleFrom = (body: string): string => {
  const line = body.trim().split('\n')[0]!.trim();
  return line.length > 60 ? `${line.slice(0, 57).trimEnd()}…` : line;
};

/** One row of any supported shape → a library item, or the reason it cannot be one. */
function toItem(value: unknown): NewLibraryItem | string {
  if (typeof value === 'string') {
    if (value.startsWith('file://')) return `refers to an external file (${value.slice(0, 80)}); import that file itself`;
    if (!value.trim()) return 'the prompt is empty';
    return { title: titleFrom(value), body: value, notes: '', tags: [] };
  }
  if (isChat(value)) {
    const body = JSON.stringify(value, null, 2);
    const first = value.find((m) => m.role === 'user') ?? value[0]!;
    return { title: titleFrom(first.content) || 'Chat prompt', body, notes: `Chat prompt with ${value.length} messages.`, tags: ['chat'] };
  }
  if (!isRecord(value)) return `expected a prompt (text or an object with a body), got ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`;
  const rawBody = value.body ?? value.raw ?? value.prompt ?? value.template ?? value.text ?? value.content;
  if (isChat(rawBody)) return toItem(rawBody);
  if (rawBody === undefined) return 'has no prompt text (expected a "body", "raw" or "prompt" field)';
  if (typeof rawBody !== 'string') return `the prompt text must be text, got ${Array.isArray(rawBody) ? 'a list' : typeof rawBody}`;
  if (rawBody.startsWith('file://')) return `refers to an external file (${rawBody.slice(0, 80)}); import that file itself`;
  const title = str(value.title) ?? str(value.label) ?? str(value.name) ?? str(value.id) ?? titleFrom(rawBody);
  const tags = value.tags === undefined ? [] : value.tags;
  if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string')) return 'tags must be a list of words';
  const notes = value.notes ?? value.description ?? '';
  if (typeof notes !== 'string') return 'notes must be text';
  return { title, body: rawBody, notes, tags };
}

function rowsOf(content: string, format: LibraryFileFormat): RawRow[] | string {
  if (format === 'jsonl') {
    const rows: RawRow[] = [];
    const lines = content.split(/\r?\n/);
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        rows.push({ at: `line ${i + 1}`, value: JSON.parse(line) as unknown });
      } catch (err) {
        rows.push({ at: `line ${i + 1}`, value: new SyntaxError(`is not valid JSON (${err instanceof Error ? err.message : String(err)})`) });
      }
    });
    return rows;
  }
  let doc: unknown;
  try {
    doc = format === 'json' ? JSON.parse(content) : parseYaml(content, { maxAliasCount: 100 });
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return `The file is not valid ${format.toUpperCase()}: ${msg}`;
  }
  // Our own export ({items}), a promptfoo config ({prompts}), a bare list, or one prompt.
  const list = isRecord(doc) ? (doc.items ?? doc.prompts) : doc;
  if (isChat(list)) return [{ at: 'item 1', value: list }];
  if (Array.isArray(list)) return list.map((value, i) => ({ at: `item ${i + 1}`, value }));
  if (isRecord(doc) && (doc.items !== undefined || doc.prompts !== undefined)) return `"${doc.items !== undefined ? 'items' : 'prompts'}" must be a list of prompts.`;
  if (doc === null || doc === undefined) return 'The file is empty.';
  return [{ at: 'item 1', value: doc }];
}

/** Reads a file into library items, row by row; nothing is written. */
export function parseLibraryFile(content: string, format?: LibraryFileFormat, filename?: string): ParsedImport {
  const fmt = format ?? detectFormat(content, filename);
  const raw = rowsOf(content, fmt);
  if (typeof raw === 'string') return { format: fmt, rows: [], rejected: [{ at: 'file', reason: raw }] };
  const parsed: ParsedImport = { format: fmt, rows: [], rejected: [] };
  if (raw.length === 0) parsed.rejected.push({ at: 'file', reason: 'The file has no prompts in it.' });
  raw.forEach(({ at, value }, i) => {
    if (i >= MAX_IMPORT_ROWS) {
      if (i === MAX_IMPORT_ROWS) parsed.rejected.push({ at, reason: `only the first ${MAX_IMPORT_ROWS} rows of a file are imported; ${raw.length - MAX_IMPORT_ROWS} more were skipped` });
      return;
    }
    if (value instanceof SyntaxError) {
      parsed.rejected.push({ at, reason: value.message });
      return;
    }
    const item = toItem(value);
    if (typeof item === 'string') {
      parsed.rejected.push({ at, reason: item });
      return;
    }
    // The same rules as a prompt saved by hand.
    const checked = LibraryCreateInput.safeParse(item);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      parsed.rejected.push({ at, reason: `${issue?.path.map(String).join('.') || 'row'}: ${issue?.message ?? 'invalid'}` });
      return;
    }
    parsed.rows.push({ at, item: checked.data });
  });
  return parsed;
}

export async function importLibrary(repo: LibraryRepo, content: string, format?: LibraryFileFormat, filename?: string): Promise<LibraryImportReport> {
  const parsed = parseLibraryFile(content, format, filename);
  const imported: LibraryImportReport['imported'] = [];
  for (const row of parsed.rows) {
    const saved = await repo.create(row.item);
    imported.push({ id: saved.id, title: saved.title });
  }
  return { format: parsed.format, total: parsed.rows.length + parsed.rejected.filter((r) => r.at !== 'file').length, imported, rejected: parsed.rejected };
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48) || 'prompt';

/** JSON keeps everything; JSONL and YAML are promptfoo prompt files (the prompt text and a label). */
export function exportLibrary(items: LibraryItem[], format: LibraryFileFormat): { content: string; filename: string; count: number } {
  const date = new Date().toISOString().slice(0, 10);
  if (format === 'json') {
    const content = JSON.stringify(
      {
        format: 'betterprompts.library',
        version: 1,
        exportedAt: new Date().toISOString(),
        items: items.map(({ title, body, notes, tags, createdAt, updatedAt }) => ({ title, body, notes, tags, createdAt, updatedAt })),
      },
      null,
      2,
    );
    return { content: `${content}\n`, filename: `betterprompts-library-${date}.json`, count: items.length };
  }
  if (format === 'jsonl') {
    // promptfoo reads a .jsonl prompt file as one chat-format prompt per line.
    const lines = items.map((i) => {
      try {
        const parsed: unknown = JSON.parse(i.body);
        if (isChat(parsed)) return JSON.stringify(parsed);
      } catch {
        /* a text prompt */
      }
      return JSON.stringify([{ role: 'user', content: i.body }]);
    });
    return { content: lines.length ? `${lines.join('\n')}\n` : '', filename: `betterprompts-prompts-${date}.jsonl`, count: items.length };
  }
  const used = new Set<string>();
  const prompts = items.map((i) => {
    let id = slug(i.title);
    for (let n = 2; used.has(id); n++) id = `${slug(i.title)}-${n}`;
    used.add(id);
    return { id, label: i.title, raw: i.body };
  });
  const content = `# Exported from BetterPrompts: a promptfoo prompts list (promptfooconfig.yaml).\n${stringifyYaml({ prompts }, { lineWidth: 0 })}`;
  return { content, filename: `betterprompts-prompts-${date}.yaml`, count: items.length };
}
