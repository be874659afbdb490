import type { EnhanceResult } from '../../api/engines.ts';

const DIMENSION_LABELS: Record<string, string> = {
  clarity: 'Clarity',
  specificity: 'Specificity',
  structure: 'Structure',
  outputFormat: 'Output format',
  context: 'Context',
};

function Score({ label, score, testId, tone }: { label: string; score: number; testId: string; tone: 'before' | 'after' }) {
  return (
    <div className={`score score-${tone}`}>
      <span className="score-label">{label}</span>
      <span className="score-value" data-testid={testId}>
        {Math.round(score)}
      </span>
      <span className="score-of">/100</span>
      <div className="meter" aria-hidden="true">
        <div className="meter-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </div>
    </div>
  );
}

/** The quality lint of the prompt before and after, with the checks that decide it. */
export function QualityPanel({ quality }: { quality: EnhanceResult['quality'] }) {
  const { before, after } = quality;
  const passedBefore = new Set(before.checks.filter((c) => c.passed).map((c) => c.id));
  const delta = Math.round(after.score - before.score);
  return (
    <section className="card quality" aria-labelledby="quality-title" data-testid="quality-panel">
      <header className="quality-head">
        <h2 id="quality-title">Quality</h2>
        <span className={delta > 0 ? 'delta up' : delta < 0 ? 'delta down' : 'delta'}>{delta > 0 ? `+${delta}` : delta === 0 ? '±0' : delta}</span>
      </header>
      <div className="quality-scores">
        <Score label="Before" score={before.score} testId="quality-before" tone="before" />
        <Score label="After" score={after.score} testId="quality-after" tone="after" />
      </div>
      <div className="dimensions">
        {Object.entries(after.dimensions).map(([dim, value]) => {
          const was = (before.dimensions as Record<string, number>)[dim] ?? 0;
          return (
            <div key={dim} className="dimension" title={`${DIMENSION_LABELS[dim] ?? dim}: ${Math.round(was)} → ${Math.round(value)} of 20`}>
              <span className="dimension-label">{DIMENSION_LABELS[dim] ?? dim}</span>
              <div className="meter small" aria-hidden="true">
                <div className="meter-fill before" style={{ width: `${(was / 20) * 100}%` }} />
                <div className="meter-fill" style={{ width: `${(value / 20) * 100}%` }} />
              </div>
              <span className="dimension-value">
                {Math.round(value)}
                <span className="muted">/20</span>
              </span>
            </div>
          );
        })}
      </div>
      <ul className="checks" aria-label="Quality checks after enhancing">
        {after.checks.map((c) => {
          const gained = c.passed && !passedBefore.has(c.id);
          return (
            <li key={c.id} className={c.passed ? 'check-pass' : 'check-fail'}>
              <span className="check-mark" aria-hidden="true">
                {c.passed ? '✓' : '✗'}
              </span>
              <span className="check-label">{c.label}</span>
              <span className="visually-hidden">{c.passed ? 'passed' : 'not passed'}</span>
              {gained && <span className="check-new">new</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
