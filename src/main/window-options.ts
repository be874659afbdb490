// Secure BrowserWindow options (DESIGN.md §2, Electron's security checklist) and where the window goes.
import type { BrowserWindowConstructorOptions } from 'electron';

export interface WindowBounds {
  x?: number | undefined;
  y?: number | undefined;
  width: number;
  height: number;
  maximized?: boolean | undefined;
}

export const DEFAULT_BOUNDS: WindowBounds = { width: 1200, height: 800 };
export const MIN_SIZE = { width: 900, height: 600 };

/**
 * Opens the main window. The options are written inline in the `new BrowserWindow({...})` call on purpose: that is
 * where electronegativity (in `npm test`) looks for them, and tests construct it with a stand-in class to assert them.
 */
export function createMainWindow<W>(BrowserWindow: new (options: BrowserWindowConstructorOptions) => W, preloadPath: string, bounds: WindowBounds, icon?: string): W {
  return new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false, // shown on ready-to-show: no white flash
    title: 'BetterPrompts',
    backgroundColor: '#16181d',
    ...(icon ? { icon } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise open links in a new window without the window-open handler's say.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
}

export interface DisplayArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Restores saved bounds only if the window would be visible on some display now (a monitor may have been
 * unplugged); otherwise keeps the size and lets the OS place it. Sizes are clamped to the minimum.
 */
export function restoreBounds(saved: WindowBounds | null | undefined, displays: DisplayArea[]): WindowBounds {
  if (!saved || !Number.isFinite(saved.width) || !Number.isFinite(saved.height)) return { ...DEFAULT_BOUNDS };
  const width = Math.max(MIN_SIZE.width, Math.round(saved.width));
  const height = Math.max(MIN_SIZE.height, Math.round(saved.height));
  const { x, y } = saved;
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized };
  const visible = displays.some((d) => x + 100 > d.x && y + 50 > d.y && x + 100 < d.x + d.width && y < d.y + d.height - 50);
  return visible ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}
