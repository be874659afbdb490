import { describe, expect, it } from 'vitest';
import { createPreviewController, renderPreviewPage } from './preview.ts';
import { placePreview } from './preview-window.ts';
import { FakeShortcuts } from './test-doubles.ts';
import type { PreviewData } from './ports.ts';

const data: PreviewData = {
  original: 'fix <script>alert(1)</script> & "this"',
  enhanced: '## Task\nFix the code.</pre><img src=x onerror=alert(1)>',
  intent: 'code',
  techniques: ['Role prompting', '<b>evil</b>'],
  action: 'paste',
};

describe('preview page', () => {
  it('shows original, enhanced and technique chips, escaped, under a CSP that allows no script', () => {
    const { body, csp } = renderPreviewPage(data);
    expect(body).toContain('fix &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;this&quot;');
    expect(body).toContain('&lt;/pre&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toMatch(/<script|<img|<b>/);
    expect(body.match(/data-testid="technique-chip"/g)).toHaveLength(2);
    expect(body).toContain('replace the selection');
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toContain('script-src');
    expect(renderPreviewPage({ ...data, action: 'copy' }).body).toContain('copy to the clipboard');
  });

  it('is placed near the pointer and inside the screen', () => {
    const area = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(placePreview({ x: 100, y: 100 }, area)).toEqual({ x: 112, y: 112 });
    const corner = placePreview({ x: 1910, y: 1070 }, area);
    expect(corner.x + 560).toBeLessThanOrEqual(1920);
    expect(corner.y + 260).toBeLessThanOrEqual(1080);
  });
});

describe('preview controller', () => {
  function setup() {
    const shortcuts = new FakeShortcuts();
    const win = { shown: 0, hidden: 0, showInactive() { this.shown++; }, hide() { this.hidden++; } };
    const controller = createPreviewController({ shortcuts, window: win, timeoutMs: 50 });
    return { shortcuts, win, controller };
  }

  it('Enter accepts and Esc cancels; the keys are global only while it is visible', async () => {
    const { shortcuts, win, controller } = setup();
    const first = controller.show(data);
    expect(win.shown).toBe(1);
    expect(controller.current()).toEqual(data);
    expect([...shortcuts.registered.keys()].sort()).toEqual(['Enter', 'Escape']);
    shortcuts.press('Enter');
    expect(await first).toBe('accept');
    expect(shortcuts.registered.size).toBe(0);
    expect(win.hidden).toBe(1);
    expect(controller.current()).toBeNull();

    const second = controller.show(data);
    shortcuts.press('Escape');
    expect(await second).toBe('cancel');
    expect(shortcuts.registered.size).toBe(0);
  });

  it('cancels on timeout, and when a newer preview replaces it', async () => {
    const { shortcuts, controller } = setup();
    expect(await controller.show(data)).toBe('cancel');
    const a = controller.show(data);
    const b = controller.show({ ...data, original: 'second' });
    expect(await a).toBe('cancel');
    expect(controller.current()?.original).toBe('second');
    shortcuts.press('Enter');
    expect(await b).toBe('accept');
  });

  it('accepts at once when another application holds Enter or Esc (nobody could answer it)', async () => {
    const { shortcuts, controller, win } = setup();
    shortcuts.held.add('Escape');
    expect(await controller.show(data)).toBe('accept');
    expect(shortcuts.registered.size).toBe(0);
    expect(win.shown).toBe(0);
  });
});
