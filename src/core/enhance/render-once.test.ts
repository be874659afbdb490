import { describe, expect, it } from 'vitest';
import { renderOnce } from './render-once.ts';
import { TECHNIQUES } from './techniques/index.ts';
import { analyzePrompt } from './analyze.ts';
import type { Technique, TechniqueContext } from './types.ts';

function contextFor(text: string): TechniqueContext {
  return {
    userText: text,
    lower: text.toLowerCase(),
    fullText: text,
    scan: text.toLowerCase(),
    reenhance: false,
    taskType: 'open_qa',
    confidence: 0.9,
    complexity: 'simple',
    features: analyzePrompt(text),
    verbosity: 'balanced',
    target: 'generic',
  };
}

describe('renderOnce', () => {
  it('renders a technique once per context and gives each context its own lines', () => {
    const base = TECHNIQUES.find((t) => t.id === 'role_persona');
    if (!base) throw new Error('role_persona missing from the registry');
    let calls = 0;
    const counted: Technique = { ...base, render: (ctx) => (calls++, base.render(ctx)) };
    const wine = contextFor('what wine goes with salmon');
    const first = renderOnce(counted, wine);
    expect(renderOnce(counted, wine)).toBe(first);
    expect(calls).toBe(1);
    expect(first.join(' ')).toMatch(/sommelier/);
    const tire = renderOnce(counted, contextFor('how do I change a flat tire'));
    expect(calls).toBe(2);
    expect(tire.join(' ')).toMatch(/mechanic/);
    // The same lines as rendering directly.
    expect([...tire]).toEqual(base.render(contextFor('how do I change a flat tire')));
  });
});
