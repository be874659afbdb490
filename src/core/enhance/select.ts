// The explainable selector: rules over task type, confidence, complexity and prompt features, then the user's
// preferences, which always win (excluded never appears; preferred goes in unless the prompt already does it).
import type { Preferences, Selection, SelectedTechnique, Technique, TechniqueContext } from './types.ts';
import { TECHNIQUES, conflictsWith, getTechnique } from './techniques/index.ts';
import { renderOnce } from './render-once.ts';

/** A technique needs at least this score to be chosen by the rules. */
const THRESHOLD = 2.4;
/** Below this classifier confidence, task-specific techniques are damped. */
const UNSURE = 0.45;

/** Score of a technique for this prompt, or null when it does not apply. */
export function scoreTechnique(t: Technique, ctx: TechniqueContext): number | null {
  const fit = t.fit(ctx);
  if (fit === null) return null;
  let score = fit;
  score += t.taskTypes.includes(ctx.taskType) ? 2 : -1;
  score += t.complexities.includes(ctx.complexity) ? 0.5 : -1;
  // A shaky classification should not drive narrow, task-specific techniques.
  if (ctx.confidence < UNSURE && t.taskTypes.length <= 6) score -= 0.8;
  return score;
}

/**
 * The technique's own text is already in the prompt (e.g. a prompt this engine enhanced before). Its lines come as
 * bullets or under a heading or tag, so a prompt with none of those is not rendered against (rendering every technique
 * runs many patterns).
 */
const ENHANCED_LINES = /^(?:- |#{1,3} |<[a-z_]+>)/m;
function rendersPresent(t: Technique, ctx: TechniqueContext): boolean {
  const first = renderOnce(t, ctx)[0];
  if (!first) return false;
  const line = (first.startsWith('- ') ? first.slice(2) : first).split('\n')[0] ?? '';
  return line.length > 20 && ctx.fullText.includes(line);
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function selectTechniques(ctx: TechniqueContext, prefs: Preferences): Selection {
  const notes: string[] = [];
  const excluded = new Set(prefs.excludedTechniques);
  const alreadyPresent: string[] = [];
  const picked: { t: Technique; sel: SelectedTechnique }[] = [];
  let max = Math.max(1, Math.min(10, Math.floor(prefs.maxTechniques)));
  if (ctx.verbosity === 'concise' && max > 3) max = 3;

  for (const id of [...prefs.preferredTechniques, ...prefs.excludedTechniques]) {
    if (!getTechnique(id)) notes.push(`Ignored unknown technique "${id}" in your preferences.`);
  }

  const layout = ENHANCED_LINES.test(ctx.scan);
  for (const t of TECHNIQUES) if (t.present(ctx) || (layout && rendersPresent(t, ctx))) alreadyPresent.push(t.id);
  const presentSet = new Set(alreadyPresent);
  // Re-enhancing our own output: what is already there counts toward the limit, so nothing stacks up.
  if (ctx.reenhance) max = Math.max(0, max - alreadyPresent.length);

  const notedPresent = new Set<string>();
  const conflictsWithPicked = (t: Technique): Technique | undefined =>
    picked.find((p) => conflictsWith(p.t, t))?.t ?? TECHNIQUES.find((o) => presentSet.has(o.id) && conflictsWith(o, t));

  // 1. Preferences first: the user asked for these.
  for (const id of prefs.preferredTechniques) {
    const t = getTechnique(id);
    if (!t || excluded.has(id) || picked.some((p) => p.t.id === id)) continue;
    if (presentSet.has(id)) {
      notes.push(`${t.name} is already in the prompt, so it was not added again.`);
      notedPresent.add(id);
      continue;
    }
    if (picked.length >= max) {
      notes.push(`${t.name} was preferred but the limit of ${max} technique${max === 1 ? '' : 's'} was reached.`);
      continue;
    }
    const clash = conflictsWithPicked(t);
    if (clash) {
      notes.push(`${t.name} was preferred but conflicts with ${clash.name}, which was chosen first.`);
      continue;
    }
    if (renderOnce(t, ctx).length === 0) {
      notes.push(`${t.name} was preferred but has nothing suitable to add to this kind of prompt.`);
      continue;
    }
    picked.push({ t, sel: { id: t.id, name: t.name, reason: `${t.reason(ctx)} (You prefer this technique.)`, via: 'preferred', score: 100 } });
  }

  // 2. Rules: every applicable technique above the threshold, best first, conflicts resolved greedily.
  const ranked = TECHNIQUES.filter((t) => !excluded.has(t.id) && !presentSet.has(t.id) && !picked.some((p) => p.t.id === t.id))
    .map((t) => ({ t, score: scoreTechnique(t, ctx) }))
    .filter((r): r is { t: Technique; score: number } => r.score !== null && r.score >= THRESHOLD)
    .sort((a, b) => b.score - a.score || b.t.priority - a.t.priority);
  for (const { t, score } of ranked) {
    if (picked.length >= max) break;
    if (conflictsWithPicked(t)) continue;
    if (renderOnce(t, ctx).length === 0) continue;
    picked.push({ t, sel: { id: t.id, name: t.name, reason: t.reason(ctx), via: 'rules', score: Math.round(score * 100) / 100 } });
  }

  const excludedHit = prefs.excludedTechniques.filter((id) => getTechnique(id));
  if (excludedHit.length > 0) notes.push(`Left out by your settings: ${excludedHit.map((id) => getTechnique(id)?.name ?? id).join(', ')}.`);
  const unnoted = alreadyPresent.filter((id) => !notedPresent.has(id));
  if (unnoted.length > 0 && !ctx.reenhance) {
    notes.push(`${cap(unnoted.map((id) => getTechnique(id)?.name.toLowerCase() ?? id).join(', '))}: already in the prompt, not added again.`);
  }
  if (ctx.confidence < UNSURE) {
    notes.push(`The task type is uncertain (${ctx.taskType.replace('_', ' ')} at ${Math.round(ctx.confidence * 100)}%), so task-specific techniques were used sparingly.`);
  }
  return { techniques: picked.map((p) => p.sel), alreadyPresent, notes };
}
