// Where the running app finds its parts. Packaged, native code must never be handed a path inside app.asar: the
// model ships as an extra resource (resources/models, outside the archive) and native modules are unpacked
// (app.asar.unpacked), see electron-builder.yml; the packaging test checks both against these functions.
import { join } from 'node:path';

export interface AppPaths {
  rendererRoot: string;
  preload: string;
  /** The intent model folder (passed to the inference layer as BETTERPROMPTS_MODEL_DIR). */
  modelDir: string;
  /** Tray and window icons. */
  iconsDir: string;
}

/** `mainDir` is the folder of the bundled main script (out/main); `resourcesPath` is process.resourcesPath. */
export function appPaths(opts: { isPackaged: boolean; resourcesPath: string; mainDir: string }): AppPaths {
  const appRoot = join(opts.mainDir, '..', '..');
  return {
    rendererRoot: join(opts.mainDir, '..', 'renderer'),
    preload: join(opts.mainDir, '..', 'preload', 'index.cjs'),
    modelDir: opts.isPackaged ? join(opts.resourcesPath, 'models', 'intent') : join(appRoot, 'resources', 'models', 'intent'),
    iconsDir: opts.isPackaged ? join(opts.resourcesPath, 'icons') : join(appRoot, 'resources', 'icons'),
  };
}

/** Native code reads real files only: a path inside app.asar (not .unpacked) is a packaging bug. */
export function isInsideAsar(path: string): boolean {
  return /[\\/]app\.asar([\\/]|$)/.test(path);
}
