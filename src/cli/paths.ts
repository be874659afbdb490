import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root when running from source (CLI, web mode, tests). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');
export const MODELS_DIR = join(PROJECT_ROOT, 'resources', 'models');
