// The generator: merges the selected techniques into one prompt (role, context, task, examples, requirements,
// approach, verification, output format) with the user's text verbatim in the task section.
import type { SectionKind, SelectedTechnique, TechniqueContext } from './types.ts';
import type { LayoutStyle, ParsedPrompt, PromptDoc } from './layout.ts';
import { renderDoc, styleFor } from './layout.ts';
import { TECHNIQUES } from './techniques/index.ts';
import { renderOnce } from './render-once.ts';

/** Most characters the engine may add around the user's text, so output length stays bounded. */
export const MAX_ADDED_CHARS = 4000;

export interface Generated {
  text: string;
  /** Techniques actually written into the prompt (some may be dropped to respect the length budget). */
  applied: string[];
  dropped: string[];
  style: LayoutStyle;
}

function addTo(doc: PromptDoc, section: SectionKind, lines: readonly string[]): void {
  if (lines.length === 0) return;
  if (section === 'role') {
    doc.role = doc.role ? `${lines.join(' ')} ${doc.role}` : lines.join(' ');
    return;
  }
  const sep = section === 'examples' ? '\n\n' : '\n';
  const isList = section === 'requirements' || section === 'approach';
  // In list sections a technique's own lines form one bullet; lines it already bulleted stay separate items.
  const items = isList && !lines.some((l) => l.startsWith('- ')) ? [`- ${lines.join(' ')}`] : lines;
  const body = items.join(sep);
  const existing = doc[section];
  doc[section] = existing ? `${existing}${sep}${body}` : body;
}

function build(ctx: TechniqueContext, ids: Set<string>, base: PromptDoc | null, style: LayoutStyle): string {
  const doc: PromptDoc = base ? { ...base } : { task: ctx.userText };
  // Registry order, not score order: the layout of a prompt does not depend on tie-breaks.
  for (const t of TECHNIQUES) if (ids.has(t.id)) addTo(doc, t.section, renderOnce(t, ctx));
  return renderDoc(doc, style);
}

/**
 * Writes the enhanced prompt. `selected` is in priority order; when the scaffolding would exceed the length
 * budget, the lowest-priority techniques are dropped first.
 */
export function generatePrompt(ctx: TechniqueContext, selected: readonly SelectedTechnique[], base: ParsedPrompt | null = null): Generated {
  // An already laid-out prompt keeps its layout: converting it would rewrite headings that may be the user's own.
  const style = base ? base.style : styleFor(ctx.target);
  const ids = selected.map((s) => s.id);
  if (ids.length === 0 && !base) return { text: ctx.userText, applied: [], dropped: [], style };
  const baseLength = base ? renderDoc(base.doc, base.style).length : ctx.userText.length;
  const dropped: string[] = [];
  let text = build(ctx, new Set(ids), base?.doc ?? null, style);
  while (ids.length > 0 && text.length - baseLength > MAX_ADDED_CHARS) {
    const last = ids.pop();
    if (last) dropped.push(last);
    text = ids.length === 0 && !base ? ctx.userText : build(ctx, new Set(ids), base?.doc ?? null, style);
  }
  return { text, applied: ids, dropped, style };
}
