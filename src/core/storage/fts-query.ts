// Turns what a user types into a safe FTS5 MATCH expression: every word must appear (prefix match on each),
// and FTS5 operators or quotes in the input are treated as text, never as syntax.
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 16);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' ');
}
