// {{variables}} in saved prompts, in the Mustache/Nunjucks style promptfoo uses: `{{name}}`, `{{ name }}`, and
// `{{ name | filter }}` (the filter is ignored when filling).
const VAR = /\{\{\s*([A-Za-z_][\w.-]*)\s*(?:\|[^}]*)?\}\}/g;

/** Variable names in order of first appearance. */
export function extractVariables(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(VAR)) seen.add(m[1]!);
  return [...seen];
}

/** Replaces every variable that has a non-empty value; the others stay as `{{name}}` so nothing is silently lost. */
export function fillVariables(text: string, values: Record<string, string>): string {
  return text.replace(VAR, (whole, name: string) => (values[name] ? values[name] : whole));
}

/** Splits text into literal parts and variable parts, for highlighting. */
export function splitVariables(text: string): { text: string; variable?: string }[] {
  const parts: { text: string; variable?: string }[] = [];
  let last = 0;
  for (const m of text.matchAll(VAR)) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index) });
    parts.push({ text: m[0], variable: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
