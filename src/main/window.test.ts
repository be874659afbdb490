import { describe, expect, it } from 'vitest';
import { createMainWindow, restoreBounds, MIN_SIZE } from './window-options.ts';
import { CapturingWindow } from './test-doubles.ts';

describe('main window options', () => {
  it('are sandboxed, context-isolated, without node integration or webviews', () => {
    const { webPreferences: wp } = createMainWindow(CapturingWindow, '/app/preload.cjs', { width: 1000, height: 700 }).options;
    expect(wp).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('window bounds', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };
  it('restores saved bounds that are on a display', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1100, height: 750 }, [display])).toEqual({ x: 100, y: 80, width: 1100, height: 750, maximized: undefined });
  });
  it('drops the position when the display it was on is gone, keeping the size', () => {
    expect(restoreBounds({ x: 2500, y: 80, width: 1100, height: 750, maximized: true }, [display])).toEqual({ width: 1100, height: 750, maximized: true });
  });
  it('clamps to the minimum size and survives garbage', () => {
    expect(restoreBounds({ x: 0, y: 0, width: 10, height: 10 }, [display])).toMatchObject(MIN_SIZE);
    expect(restoreBounds(null, [display])).toEqual({ width: 1200, height: 800 });
    expect(restoreBounds({ width: Number.NaN, height: 5 }, [display])).toEqual({ width: 1200, height: 800 });
  });
});

// Navigation, window-open, permission, sender and protocol rules against hostile input: security.test.ts.
