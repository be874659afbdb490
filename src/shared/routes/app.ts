import { z } from 'zod';
import { defineRoutes } from '../define.ts';
import { Empty } from './common.ts';

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['desktop', 'web', 'cli', 'test']),
  dataDir: z.string(),
  dbPath: z.string(),
  platform: z.string(),
  /** Which engines are present; pages of absent ones say what is coming. */
  features: z.object({ classifier: z.boolean(), enhance: z.boolean(), lab: z.boolean() }),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const appRoutes = defineRoutes({
  'app.info': { input: Empty, output: AppInfoSchema, summary: 'Version, mode, data folder and available features.' },
});
