// Display names for contract enums. The renderer imports the contract type-only, so values live here; the
// `satisfies` clauses make a label missing for a new task type or model a compile error.
import type { Complexity, TargetModel, TaskType } from '../../shared/index.ts';

export const TASK_TYPE_LABELS = {
  open_qa: 'Open question',
  closed_qa: 'Question on text',
  summarization: 'Summarization',
  creative_writing: 'Creative writing',
  code: 'Code',
  reasoning: 'Reasoning',
  brainstorming: 'Brainstorming',
  classification: 'Classification',
  extraction: 'Extraction',
  rewrite: 'Rewrite',
  analysis: 'Analysis',
  planning: 'Planning',
  roleplay: 'Roleplay',
} satisfies Record<TaskType, string>;
export const TASK_TYPE_OPTIONS = Object.keys(TASK_TYPE_LABELS) as TaskType[];

export const COMPLEXITY_LABELS = { simple: 'Simple', moderate: 'Moderate', complex: 'Complex' } satisfies Record<Complexity, string>;

export const TARGET_MODEL_LABELS = {
  generic: 'Any model',
  claude: 'Claude',
  gpt: 'GPT',
  gemini: 'Gemini',
} satisfies Record<TargetModel, string>;
export const TARGET_MODEL_HINTS = {
  generic: 'Plain Markdown that suits any model',
  claude: 'XML-tagged sections, as Anthropic recommends',
  gpt: 'Markdown headings, as OpenAI recommends',
  gemini: 'Markdown headings, as Google recommends',
} satisfies Record<TargetModel, string>;
export const TARGET_MODEL_OPTIONS = Object.keys(TARGET_MODEL_LABELS) as TargetModel[];

export const taskTypeLabel = (t: string): string => (TASK_TYPE_LABELS as Record<string, string>)[t] ?? t;
export const techniqueLabel = (id: string, names?: Map<string, string>): string =>
  names?.get(id) ?? id.replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
/** "3 min ago", "yesterday", or a date for older entries. */
export function relativeTime(iso: string, now = Date.now()): string {
  const t = Date.parse(iso);
  const s = Math.round((t - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 45) return 'just now';
  if (abs < 3600) return rtf.format(Math.round(s / 60), 'minute');
  if (abs < 86400) return rtf.format(Math.round(s / 3600), 'hour');
  if (abs < 7 * 86400) return rtf.format(Math.round(s / 86400), 'day');
  return new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export const formatCount = (n: number): string => n.toLocaleString('en-US');

export const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const MOD = isMac ? '⌘' : 'Ctrl';
