// The classifier's labels (DESIGN.md §3) and complexity levels, shared by every layer.
import { z } from 'zod';

export const TASK_TYPES = [
  'open_qa',
  'closed_qa',
  'summarization',
  'creative_writing',
  'code',
  'reasoning',
  'brainstorming',
  'classification',
  'extraction',
  'rewrite',
  'analysis',
  'planning',
  'roleplay',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];
export const TaskTypeSchema = z.enum(TASK_TYPES);

export const COMPLEXITIES = ['simple', 'moderate', 'complex'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];
export const ComplexitySchema = z.enum(COMPLEXITIES);

/** Target model families the generator writes for (XML sections for Claude, Markdown for the others). */
export const TARGET_MODELS = ['claude', 'gpt', 'gemini', 'generic'] as const;
export type TargetModel = (typeof TARGET_MODELS)[number];
export const TargetModelSchema = z.enum(TARGET_MODELS);
