import { describe, expect, it } from 'vitest';
import { diffPrompt } from './DiffView.tsx';

describe('diffPrompt', () => {
  it('keeps the user\'s own line as unchanged when the rewrite wraps it in sections', () => {
    const parts = diffPrompt('plan a trip to lisbon', '## Task\nplan a trip to lisbon\n\n## Output format\nA table.');
    const kept = parts.filter((p) => !p.added && !p.removed).map((p) => p.value).join('');
    expect(kept).toContain('plan a trip to lisbon');
    expect(parts.filter((p) => p.removed)).toEqual([]);
  });

  it('shows word-level changes inside an edited line', () => {
    const parts = diffPrompt('write a short poem about rain', 'write a long poem about rain');
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['short']);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['long']);
  });
});
