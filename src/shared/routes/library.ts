import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { Id, IdInput, IsoDate, Ok, Text } from './common.ts';

const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  .regex(/^[^,\u0000-\u001f]+$/, 'tags may not contain commas or control characters');

export const LibraryItemSchema = z.object({
  id: Id,
  title: z.string(),
  body: z.string(),
  notes: z.string(),
  tags: z.array(z.string()),
  createdAt: IsoDate,
  updatedAt: IsoDate,
});
export type LibraryItem = z.infer<typeof LibraryItemSchema>;

export const LibraryCreateInput = z
  .object({
    title: Text(200).pipe(z.string().trim().min(1, 'title is required')),
    body: Text(200_000).pipe(z.string().min(1, 'body is required')),
    notes: Text(10_000).default(''),
    tags: z.array(Tag).max(30).default([]),
  })
  .strict();

/** Formats the library reads and writes: our lossless JSON, and the JSONL / YAML prompt files promptfoo users have. */
export const LIBRARY_FILE_FORMATS = ['json', 'jsonl', 'yaml'] as const;
export const LibraryFileFormatSchema = z.enum(LIBRARY_FILE_FORMATS);
export type LibraryFileFormat = z.infer<typeof LibraryFileFormatSchema>;
/** Largest file `library.import` reads (characters). */
export const LIBRARY_IMPORT_MAX_CHARS = 5_000_000;

export const LibraryImportReportSchema = z.object({
  format: LibraryFileFormatSchema,
  /** Rows read from the file (imported + rejected). */
  total: z.number().int().nonnegative(),
  imported: z.array(z.object({ id: Id, title: z.string() })),
  /** Each rejected row: where it is in the file ("line 3", "item 2") and why, in words a user can act on. */
  rejected: z.array(z.object({ at: z.string(), reason: z.string() })),
});
export type LibraryImportReport = z.infer<typeof LibraryImportReportSchema>;

export const libraryRoutes = defineRoutes({
  'library.list': {
    input: z
      .object({
        query: Text(500).optional(),
        tag: Tag.optional(),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    output: z.object({ items: z.array(LibraryItemSchema), total: z.number().int(), tags: z.array(z.string()) }),
    summary: 'Saved prompts, most recently updated first, with search and a tag filter.',
  },
  'library.get': { input: IdInput, output: LibraryItemSchema, summary: 'One saved prompt.' },
  'library.create': { input: LibraryCreateInput, output: LibraryItemSchema, summary: 'Save a prompt.' },
  'library.update': {
    input: LibraryCreateInput.partial().extend({ id: Id }).strict(),
    output: LibraryItemSchema,
    summary: 'Edit a saved prompt.',
  },
  'library.delete': { input: IdInput, output: Ok, summary: 'Delete a saved prompt (undo with library.restore).' },
  'library.restore': { input: IdInput, output: LibraryItemSchema, summary: 'Undo a delete.' },
  'library.import': {
    input: z
      .object({
        content: Text(LIBRARY_IMPORT_MAX_CHARS),
        /** Read from the file name or content when omitted. */
        format: LibraryFileFormatSchema.optional(),
        filename: Text(260).optional(),
      })
      .strict(),
    output: LibraryImportReportSchema,
    summary: 'Import saved prompts from JSON, JSONL or YAML (promptfoo); valid rows are saved, the rest reported.',
  },
  'library.export': {
    input: z.object({ format: LibraryFileFormatSchema, tag: Tag.optional() }).strict(),
    output: z.object({ content: z.string(), filename: z.string(), count: z.number().int().nonnegative() }),
    summary: 'Export saved prompts as JSON (lossless), JSONL or YAML (promptfoo prompt files).',
  },
});
