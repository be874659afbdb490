// The one technique registry: the selector, the generator, the UI and the CLI all read this list.
import type { Technique, TechniqueInfo } from '../types.ts';
import { SECTION_KINDS } from '../types.ts';
import { TASK_TYPES, COMPLEXITIES } from '../../../shared/task-types.ts';
import { rolePersona } from './role-persona.ts';
import { audienceContext } from './audience-context.ts';
import { emotionalStimulus } from './emotional-stimulus.ts';
import { explicitConstraints } from './explicit-constraints.ts';
import { clarifyingAssumptions } from './clarifying-assumptions.ts';
import { fewShot } from './few-shot.ts';
import { chainOfThought } from './chain-of-thought.ts';
import { stepDecomposition } from './step-decomposition.ts';
import { treeOfThoughts } from './tree-of-thoughts.ts';
import { selfConsistency } from './self-consistency.ts';
import { analogicalReasoning } from './analogical-reasoning.ts';
import { react } from './react.ts';
import { groundingQuotes } from './grounding-quotes.ts';
import { selfVerification } from './self-verification.ts';
import { structuredOutput } from './structured-output.ts';

export const TECHNIQUES: readonly Technique[] = [
  rolePersona,
  audienceContext,
  emotionalStimulus,
  explicitConstraints,
  clarifyingAssumptions,
  fewShot,
  chainOfThought,
  stepDecomposition,
  treeOfThoughts,
  selfConsistency,
  analogicalReasoning,
  react,
  groundingQuotes,
  selfVerification,
  structuredOutput,
];

/** Checks the registry's internal references; throws at start-up (module load) on any inconsistency. */
export function validateRegistry(list: readonly Technique[]): Map<string, Technique> {
  const byId = new Map<string, Technique>();
  const problems: string[] = [];
  for (const t of list) {
    if (!/^[a-z][a-z0-9_]{1,40}$/.test(t.id)) problems.push(`bad technique id "${t.id}"`);
    if (byId.has(t.id)) problems.push(`duplicate technique id "${t.id}"`);
    byId.set(t.id, t);
    if (!SECTION_KINDS.includes(t.section) || t.section === ('task' as string)) problems.push(`${t.id}: bad section "${t.section}"`);
    for (const tt of t.taskTypes) if (!TASK_TYPES.includes(tt)) problems.push(`${t.id}: unknown task type "${tt}"`);
    for (const c of t.complexities) if (!COMPLEXITIES.includes(c)) problems.push(`${t.id}: unknown complexity "${c}"`);
  }
  for (const t of list) for (const c of t.conflicts) if (!byId.has(c)) problems.push(`${t.id}: conflicts with unknown technique "${c}"`);
  if (problems.length > 0) throw new Error(`Technique registry is invalid: ${problems.join('; ')}`);
  return byId;
}

const BY_ID = validateRegistry(TECHNIQUES);

export const getTechnique = (id: string): Technique | undefined => BY_ID.get(id);
export const isTechniqueId = (id: string): boolean => BY_ID.has(id);

/** Conflicts are declared on either side; both directions count. */
export function conflictsWith(a: Technique, b: Technique): boolean {
  return a.conflicts.includes(b.id) || b.conflicts.includes(a.id);
}

export function techniqueInfo(t: Technique): TechniqueInfo {
  return {
    id: t.id,
    name: t.name,
    purpose: t.purpose,
    source: t.source,
    taskTypes: [...t.taskTypes],
    complexities: [...t.complexities],
    conflicts: TECHNIQUES.filter((o) => conflictsWith(t, o)).map((o) => o.id),
    section: t.section,
  };
}

export const listTechniques = (): TechniqueInfo[] => TECHNIQUES.map(techniqueInfo);
