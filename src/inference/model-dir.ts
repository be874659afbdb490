// Where the shipped model lives: <repo>/resources/models/intent (packaged apps pass their own resources path).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** Default folder: resources/models/intent next to src/ (works from a checkout and with `npx betterprompts`). */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../resources/models/intent/', import.meta.url));

/** BETTERPROMPTS_MODEL_DIR overrides the default (tests, packaged builds). */
export function defaultModelDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.BETTERPROMPTS_MODEL_DIR ? join(env.BETTERPROMPTS_MODEL_DIR) : DEFAULT_MODEL_DIR;
}
