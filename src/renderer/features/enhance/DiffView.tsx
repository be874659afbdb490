import { memo, useMemo } from 'react';
import { diffLines, diffWordsWithSpace, type Change } from 'diff';

/** Above this many characters in a changed block, words are not compared (a line diff stays instant). */
const WORD_DIFF_LIMIT = 20_000;

/**
 * Lines first (the engine keeps the user's lines verbatim, so they read as unchanged), then words inside each block
 * of lines that was replaced, so an edited sentence shows exactly what changed. Uses the `diff` package (jsdiff,
 * Myers' algorithm) rather than a hand-rolled differ.
 */
export function diffPrompt(before: string, after: string): Change[] {
  // Both end with a newline, so the user's last line matches the same line inside the enhanced prompt.
  const nl = (t: string) => (t.endsWith('\n') ? t : `${t}\n`);
  const lines = diffLines(nl(before), nl(after));
  const out: Change[] = [];
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!;
    const next = lines[i + 1];
    if (c.removed && next?.added && c.value.length + next.value.length <= WORD_DIFF_LIMIT) {
      out.push(...diffWordsWithSpace(c.value, next.value));
      i++;
    } else out.push(c);
  }
  return out;
}

export const DiffView = memo(function DiffView({ before, after }: { before: string; after: string }) {
  const { parts, added, removed } = useMemo(() => {
    const changes = diffPrompt(before, after);
    let a = 0;
    let r = 0;
    for (const c of changes) {
      if (c.added) a += c.value.length;
      else if (c.removed) r += c.value.length;
    }
    return { parts: changes, added: a, removed: r };
  }, [before, after]);

  return (
    <div className="diff" data-testid="diff-view">
      <div className="diff-legend" aria-hidden="true">
        <span className="diff-key diff-add">added</span>
        <span className="diff-key diff-del">removed</span>
        <span className="muted">
          +{added.toLocaleString()} / −{removed.toLocaleString()} characters
        </span>
      </div>
      <pre className="diff-body" aria-label={`Changes: ${added} characters added, ${removed} removed`}>
        {parts.map((p, i) =>
          p.added ? (
            <ins key={i} className="diff-add">
              {p.value}
            </ins>
          ) : p.removed ? (
            <del key={i} className="diff-del">
              {p.value}
            </del>
          ) : (
            <span key={i}>{p.value}</span>
          ),
        )}
      </pre>
    </div>
  );
});
