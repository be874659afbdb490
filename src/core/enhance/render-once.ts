// One render per technique per prompt. Selection renders each technique to see whether its lines are already in the
// prompt and whether it has anything to add, and the generator writes the same lines (again for every length-budget
// retry); each render runs many patterns over the text, and the answer depends only on the context.
import type { Technique, TechniqueContext } from './types.ts';

const rendered = new WeakMap<TechniqueContext, Map<string, string[]>>();

export function renderOnce(t: Technique, ctx: TechniqueContext): readonly string[] {
  let byId = rendered.get(ctx);
  if (!byId) {
    byId = new Map();
    rendered.set(ctx, byId);
  }
  let lines = byId.get(t.id);
  if (!lines) {
    lines = t.render(ctx);
    byId.set(t.id, lines);
  }
  return lines;
}
