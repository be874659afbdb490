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

const XML_OPEN = new RegExp(`^<(${Object.values(TAGS).join('|')})>$`, 'gm');
const MD_OPEN = new RegExp(`^## (${Object.values(HEADINGS).join('|')})$`, 'gm');

function parseStyle(text: string, style: LayoutStyle): ParsedPrompt | null {
  const re = style === 'xml' ? XML_OPEN : MD_OPEN;
  const names = style === 'xml' ? TAGS : HEADINGS;
  const openers: { kind: Exclude<SectionKind, 'role'>; start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const kind = BODY_KINDS.find((k) => names[k] === m?.[1]);
    if (!kind) return null;
    openers.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  if (!openers.some((o) => o.kind === 'task')) return null;
  // Canonical order, each at most once; anything else is not our layout.
  for (let i = 1; i < openers.length; i++) {
    const a = openers[i - 1];
    const b = openers[i];
    if (!a || !b || BODY_KINDS.indexOf(a.kind) >= BODY_KINDS.indexOf(b.kind)) return null;
  }
  const doc: PromptDoc = {};
  const first = openers[0];
  if (!first) return null;
  const role = text.slice(0, first.start).trim();
  if (role) doc.role = role;
  for (let i = 0; i < openers.length; i++) {
    const o = openers[i];
    if (!o) return null;
    const next = openers[i + 1];
    let region = text.slice(o.end + 1, next ? next.start : text.length).replace(/\s+$/, '');
    if (style === 'xml') {
      const close = `\n</${TAGS[o.kind]}>`;
      if (!region.endsWith(close)) return null;
      region = region.slice(0, -close.length);
    }
    doc[o.kind] = region;
  }
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
