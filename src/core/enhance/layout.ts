// The enhanced prompt's layout: one set of sections, rendered as XML tags (Claude) or Markdown headings (GPT,
// Gemini, generic), and parsed back so that enhancing an enhanced prompt merges into it instead of wrapping it.
import type { TargetModel } from '../../shared/task-types.ts';
import type { SectionKind } from './types.ts';
import { SECTION_KINDS } from './types.ts';

export type LayoutStyle = 'xml' | 'markdown';

/** Section bodies in order; `role` is a leading paragraph without a heading. */
export type PromptDoc = Partial<Record<SectionKind, string>>;

const HEADINGS: Record<Exclude<SectionKind, 'role'>, string> = {
  context: 'Context',
  task: 'Task',
  examples: 'Examples',
  requirements: 'Requirements',
  approach: 'Approach',
  verification: 'Check before answering',
  output: 'Output format',
};
const TAGS: Record<Exclude<SectionKind, 'role'>, string> = {
  context: 'context',
  task: 'task',
  examples: 'examples',
  requirements: 'requirements',
  approach: 'approach',
  verification: 'verification',
  output: 'output_format',
};
const BODY_KINDS = SECTION_KINDS.filter((k): k is Exclude<SectionKind, 'role'> => k !== 'role');

export const styleFor = (target: TargetModel): LayoutStyle => (target === 'claude' ? 'xml' : 'markdown');

export function renderDoc(doc: PromptDoc, style: LayoutStyle): string {
  const parts: string[] = [];
  if (doc.role) parts.push(doc.role);
  for (const kind of BODY_KINDS) {
    const body = doc[kind];
    if (body === undefined || body.length === 0) continue;
    parts.push(style === 'xml' ? `<${TAGS[kind]}>\n${body}\n</${TAGS[kind]}>` : `## ${HEADINGS[kind]}\n${body}`);
  }
  return parts.join('\n\n');
}

/** Headings of every section, for tests that check no section appears twice. */
export const sectionMarkers = (style: LayoutStyle): string[] =>
  BODY_KINDS.map((k) => (style === 'xml' ? `<${TAGS[k]}>` : `## ${HEADINGS[k]}`));

export interface ParsedPrompt {
  doc: PromptDoc;
  style: LayoutStyle;
}

const opener = (kind: Exclude<SectionKind, 'role'>, style: LayoutStyle): string => (style === 'xml' ? `<${TAGS[kind]}>` : `## ${HEADINGS[kind]}`);

/**
 * Parse our own layout. The user's text inside the task section may contain anything (even our own headings), so
 * the sections before it are read from the start and the sections after it from the end; only what lies between is
 * the task. The caller confirms the result by re-rendering it.
 */
function parseStyle(text: string, style: LayoutStyle): ParsedPrompt | null {
  const taskOpen = opener('task', style);
  const taskAt = text.startsWith(`${taskOpen}\n`) ? 0 : text.indexOf(`\n${taskOpen}\n`) + 1;
  if (taskAt < 0 || (taskAt === 0 && !text.startsWith(`${taskOpen}\n`))) return null;
  const doc: PromptDoc = {};

  // Before the task: an optional role paragraph, then an optional context section.
  let head = text.slice(0, taskAt).replace(/\s+$/, '');
  const ctxOpen = opener('context', style);
  const ctxAt = head.startsWith(`${ctxOpen}\n`) ? 0 : head.indexOf(`\n\n${ctxOpen}\n`) + 2;
  if (ctxAt >= 2 || head.startsWith(`${ctxOpen}\n`)) {
    let body = head.slice(ctxAt + ctxOpen.length + 1);
    if (style === 'xml') {
      if (!body.endsWith(`\n</${TAGS.context}>`)) return null;
      body = body.slice(0, -`\n</${TAGS.context}>`.length);
    }
    doc.context = body;
    head = head.slice(0, ctxAt).trim();
  }
  if (head) doc.role = head;

  // After the task: our sections, read from the end backwards.
  let rest = text.slice(taskAt + taskOpen.length + 1);
  const tail = BODY_KINDS.slice(BODY_KINDS.indexOf('task') + 1).reverse();
  for (const kind of tail) {
    const open = `\n\n${opener(kind, style)}\n`;
    const at = rest.lastIndexOf(open);
    if (at < 0) continue;
    let body = rest.slice(at + open.length);
    if (style === 'xml') {
      if (!body.endsWith(`\n</${TAGS[kind]}>`)) continue;
      body = body.slice(0, -`\n</${TAGS[kind]}>`.length);
    }
    doc[kind] = body;
    rest = rest.slice(0, at);
  }
  if (style === 'xml') {
    if (!rest.endsWith(`\n</${TAGS.task}>`)) return null;
    rest = rest.slice(0, -`\n</${TAGS.task}>`.length);
  }
  doc.task = rest;
  return { doc, style };
}

/** Recognizes a prompt this engine produced (exactly: it must re-render to the same text), else null. */
export function parseEnhanced(text: string): ParsedPrompt | null {
  const t = text.trim();
  if (t.length === 0) return null;
  for (const style of ['xml', 'markdown'] as const) {
    const parsed = parseStyle(t, style);
    if (parsed && renderDoc(parsed.doc, style) === t) return parsed;
  }
  return null;
}
