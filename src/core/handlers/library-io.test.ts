import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { openDatabase, type OpenedDatabase } from '../storage/database.ts';
import { LibraryRepo } from '../storage/library-repo.ts';
import { tempDir } from '../testing/temp-dir.ts';
import { detectFormat, exportLibrary, importLibrary, parseLibraryFile } from './library-io.ts';

describe('library import and export', () => {
  let dir: ReturnType<typeof tempDir>;
  let opened: OpenedDatabase;
  let repo: LibraryRepo;
  beforeEach(async () => {
    dir = tempDir();
    opened = await openDatabase(join(dir.path, 'bp.db'));
    repo = new LibraryRepo(opened.db);
  });
  afterEach(async () => {
    await opened.close();
    dir.remove();
  });

  it('detects the format from the file name, then the content', () => {
    expect(detectFormat('', 'a.JSONL')).toBe('jsonl');
    expect(detectFormat('', 'promptfooconfig.yml')).toBe('yaml');
    expect(detectFormat('{"items":[]}')).toBe('json');
    expect(detectFormat('{"raw":"a"}\n{"raw":"b"}')).toBe('jsonl');
    expect(detectFormat('prompts:\n  - hi')).toBe('yaml');
  });

  it('imports the valid rows of a malformed JSONL file and reports each bad line with its reason', async () => {
    const file = [
      '{"title":"Weekly report","body":"Summarize {{notes}} for {{manager}}.","tags":["work"]}',
      '{"title":"broken", "body": ',
      '[{"role":"system","content":"You are terse."},{"role":"user","content":"Explain {{topic}}"}]',
      '{"title":"No body"}',
      '',
      '{"label":"Bad tags","raw":"x","tags":"work"}',
      '"file://prompts/a.txt"',
      '{"raw":"Translate {{text}} to French","label":"Translate"}',
    ].join('\n');
    const report = await importLibrary(repo, file, undefined, 'prompts.jsonl');
    expect(report.format).toBe('jsonl');
    expect(report.imported.map((i) => i.title)).toEqual(['Weekly report', 'Explain {{topic}}', 'Translate']);
    expect(report.rejected.map((r) => r.at)).toEqual(['line 2', 'line 4', 'line 6', 'line 7']);
    expect(report.rejected[0]!.reason).toMatch(/not valid JSON/);
    expect(report.rejected[1]!.reason).toMatch(/no prompt text/);
    expect(report.rejected[3]!.reason).toMatch(/external file/);
    expect(report.total).toBe(7);
    const listed = await repo.list({ limit: 10, offset: 0 });
    expect(listed.total).toBe(3);
    expect(listed.tags).toEqual(['chat', 'work']);
  });

  it('reads a promptfoo YAML config and rejects rows the contract refuses', () => {
    const yaml = `prompts:\n  - 'Translate to {{language}}: {{text}}'\n  - id: summary\n    label: Summarize\n    raw: |\n      Summarize {{article}}\n  - file://prompts/x.txt\n  - id: t\n    raw: x\n    tags: ['a,b']\n`;
    const parsed = parseLibraryFile(yaml, 'yaml');
    expect(parsed.rows.map((r) => r.item.title)).toEqual(['Translate to {{language}}: {{text}}', 'Summarize']);
    expect(parsed.rows[1]!.item.body).toBe('Summarize {{article}}\n');
    expect(parsed.rejected.map((r) => r.at)).toEqual(['item 3', 'item 4']);
    expect(parsed.rejected[1]!.reason).toMatch(/^tags\.0: tags may not contain commas/);
  });

  it('reports a file that is not valid at all, and an empty one', () => {
    expect(parseLibraryFile('{oops', 'json').rejected[0]).toMatchObject({ at: 'file', reason: expect.stringMatching(/not valid JSON/) });
    expect(parseLibraryFile('prompts: 3', 'yaml').rejected[0]!.reason).toMatch(/must be a list/);
    expect(parseLibraryFile('', 'jsonl').rejected[0]!.reason).toMatch(/no prompts/);
  });

  it('round-trips through every export format', async () => {
    await repo.create({ title: 'Code review', body: 'Review {{diff}} for bugs.', notes: 'strict', tags: ['dev'] });
    await repo.create({ title: 'Code review', body: 'Second one', notes: '', tags: [] });
    const items = (await repo.list({ limit: 10, offset: 0 })).items;

    const json = exportLibrary(items, 'json');
    expect(json.filename).toMatch(/\.json$/);
    const back = parseLibraryFile(json.content, undefined, json.filename);
    expect(back.rows.map((r) => r.item)).toEqual(items.map(({ title, body, notes, tags }) => ({ title, body, notes, tags })));

    const yaml = exportLibrary(items, 'yaml');
    const doc = parseYaml(yaml.content) as { prompts: { id: string; label: string; raw: string }[] };
    expect(doc.prompts.map((p) => p.id)).toEqual(['code-review', 'code-review-2']); // ids stay unique
    expect(parseLibraryFile(yaml.content, 'yaml').rows.map((r) => r.item.body)).toEqual(items.map((i) => i.body));

    const jsonl = exportLibrary(items, 'jsonl');
    expect(jsonl.content.trim().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(items.map((i) => [{ role: 'user', content: i.body }]));
    expect(parseLibraryFile(jsonl.content, 'jsonl').rows).toHaveLength(2);
  });
});
