import { memo, useMemo } from 'react';
import { diffLines, diffWordsWithSpace } from 'diff';

/** Above this many characters a word diff gets slow; a line diff stays instant. */
const WORD_DIFF_LIMIT = 40_000;

/**
 * Original vs enhanced, inline: words the rewrite added are marked, words it removed are struck through. Uses the
 * `diff` package (jsdiff, the Myers algorithm) rather than a hand-rolled differ.
 */
export const DiffView = memo(function DiffView({ before, after }: { before: string; after: string }) {
  const { parts, added, removed } = useMemo(() => {
    const changes = before.length + after.length > WORD_DIFF_LIMIT ? diffLines(before, after) : diffWordsWithSpace(before, after);
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
