import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { Empty } from './common.ts';
import { TargetModelSchema } from '../task-types.ts';

const TechniqueId = z.string().regex(/^[a-z][a-z0-9_-]{1,40}$/, 'must be a technique id');

export const SettingsSchema = z.object({
  targetModel: TargetModelSchema,
  preferredTechniques: z.array(TechniqueId).max(40),
  excludedTechniques: z.array(TechniqueId).max(40),
  maxTechniques: z.number().int().min(1).max(10),
  verbosity: z.enum(['concise', 'balanced', 'detailed']),
  theme: z.enum(['system', 'light', 'dark']),
  hotkey: z.string().min(1).max(60),
  closeToTray: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  targetModel: 'generic',
  preferredTechniques: [],
  excludedTechniques: [],
  maxTechniques: 4,
  verbosity: 'balanced',
  theme: 'system',
  hotkey: 'CommandOrControl+Alt+E',
  closeToTray: true,
};

export const settingsRoutes = defineRoutes({
  'settings.get': { input: Empty, output: SettingsSchema, summary: 'Current settings (defaults filled in).' },
  'settings.update': {
    input: SettingsSchema.partial().strict(),
    output: SettingsSchema,
    summary: 'Change some settings; returns all of them.',
  },
});
