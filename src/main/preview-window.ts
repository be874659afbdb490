// Options and placement of the hotkey preview window: small, frameless, always on top, never focusable (so the
// user's application keeps focus and receives the paste), sandboxed, with no preload: its page runs no script.
import type { BrowserWindowConstructorOptions } from 'electron';

export const PREVIEW_SIZE = { width: 560, height: 260 };

/** Opens the preview window; options inline in `new BrowserWindow({...})` for electronegativity (see window-options.ts). */
export function createPreviewWindow<W>(BrowserWindow: new (options: BrowserWindowConstructorOptions) => W, position: { x: number; y: number }): W {
  return new BrowserWindow({
    x: position.x,
    y: position.y,
    width: PREVIEW_SIZE.width,
    height: PREVIEW_SIZE.height,
    show: false,
    frame: false,
    resizable: false,
    movable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    focusable: false,
    alwaysOnTop: true,
    skipTaskbar: true,
    hasShadow: true,
    title: 'BetterPrompts preview',
    backgroundColor: '#16181d',
    webPreferences: {
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      javascript: false,
    },
  });
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Near the pointer (below-right of it), kept inside the work area of the display the pointer is on. */
export function placePreview(cursor: { x: number; y: number }, workArea: Area, size = PREVIEW_SIZE): { x: number; y: number } {
  const margin = 12;
  const maxX = workArea.x + workArea.width - size.width - margin;
  const maxY = workArea.y + workArea.height - size.height - margin;
  let x = cursor.x + margin;
  let y = cursor.y + margin;
  if (x > maxX) x = cursor.x - size.width - margin;
  if (y > maxY) y = cursor.y - size.height - margin;
  x = Math.min(Math.max(x, workArea.x + margin), Math.max(maxX, workArea.x + margin));
  y = Math.min(Math.max(y, workArea.y + margin), Math.max(maxY, workArea.y + margin));
  return { x: Math.round(x), y: Math.round(y) };
}
