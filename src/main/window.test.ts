import { describe, expect, it } from 'vitest';
import { mainWindowOptions, restoreBounds, MIN_SIZE } from './window-options.ts';
import { externalUrlToOpen, isAppUrl } from './navigation-guard.ts';

describe('main window options', () => {
  it('are sandboxed, context-isolated, without node integration or webviews', () => {
    const { webPreferences: wp } = mainWindowOptions('/app/preload.cjs', { width: 1000, height: 700 });
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

describe('navigation guard', () => {
  it('keeps the app on its own pages', () => {
    expect(isAppUrl('file:///opt/bp/out/renderer/index.html#/library', 'file://')).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    for (const hostile of ['https://evil.example', 'http://localhost:5174/', 'javascript:alert(1)', 'data:text/html,hi', 'not a url', 'file:///etc/passwd']) {
      expect(isAppUrl(hostile, 'http://localhost:5173'), hostile).toBe(false);
    }
  });
  it('opens only plain https links externally', () => {
    expect(externalUrlToOpen('https://example.com/docs')).toBe('https://example.com/docs');
    for (const hostile of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'https://user:pw@example.com', 'ms-msdt:foo', '']) {
      expect(externalUrlToOpen(hostile), hostile).toBeNull();
    }
  });
});
