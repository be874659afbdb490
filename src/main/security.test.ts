// Every security rule of issue 6 part 3, against hostile input, in plain Node.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ORIGIN, createAppProtocolHandler, resolveAppPath } from './app-protocol.ts';
import { guardContents, type GuardedContents } from './contents-guard.ts';
import { isTrustedSender, registerIpcRouter, type IpcMainLike, type IpcSenderLike } from './ipc-router.ts';
import { isAppUrl } from './navigation-guard.ts';
import { allowPermission, installPermissionPolicy, type SessionLike } from './permissions.ts';
import { createMainWindow } from './window-options.ts';
import { createPreviewWindow } from './preview-window.ts';
import { CapturingWindow } from './test-doubles.ts';
import { EventBus } from '../core/events/event-bus.ts';
import { IPC_CHANNELS } from '../shared/bridge.ts';

const HOSTILE_URLS = [
  'https://evil.example/',
  'http://bp/index.html',
  'app://evil/index.html',
  'app://bp.evil.example/index.html',
  'app://user:pw@bp/index.html',
  'file:///etc/passwd',
  'file:///opt/BetterPrompts/resources/app.asar/out/renderer/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://bp/1234',
  'about:blank',
  'chrome://gpu',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
  '',
];

describe('window options', () => {
  it('every window is sandboxed and isolated, without node integration, webviews or insecure content', () => {
    const secure = {
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
    };
    expect(createMainWindow(CapturingWindow, '/app/preload.cjs', { width: 1000, height: 700 }).options.webPreferences).toMatchObject(secure);
    const preview = createPreviewWindow(CapturingWindow, { x: 10, y: 20 }).options;
    expect(preview.webPreferences).toMatchObject(secure);
    // The preview runs no script at all: no preload, and it never takes focus.
    expect(preview.webPreferences).not.toHaveProperty('preload');
    expect(preview).toMatchObject({ focusable: false, show: false, alwaysOnTop: true, skipTaskbar: true });
  });
});

describe('navigation and window.open', () => {
  it('only the app itself is an app URL', () => {
    expect(isAppUrl('app://bp/index.html#/history', APP_ORIGIN)).toBe(true);
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
    for (const url of HOSTILE_URLS) expect(isAppUrl(url, APP_ORIGIN), url).toBe(false);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  });

  it('blocks navigation, redirects, frame navigation and webviews to anything but the app, and opens only https externally', () => {
    const listeners = new Map<string, (...a: unknown[]) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (event: string, l: (...a: unknown[]) => void) => listeners.set(event, l),
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    } as unknown as GuardedContents;
    const opened: string[] = [];
    guardContents(contents, { appOrigin: APP_ORIGIN, openExternal: (u) => opened.push(u) });

    const fire = (event: string, url: string) => {
      let prevented = false;
      const e = { preventDefault: () => (prevented = true), url };
      if (event === 'will-frame-navigate') listeners.get(event)!(e);
      else listeners.get(event)!(e, url);
      return prevented;
    };
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      for (const url of HOSTILE_URLS) expect(fire(event, url), `${event} ${url}`).toBe(true);
      expect(fire(event, 'app://bp/index.html#/library')).toBe(false);
    }
    let webviewPrevented = false;
    listeners.get('will-attach-webview')!({ preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);

    for (const url of [...HOSTILE_URLS, 'http://example.com/', 'https://user:pw@example.com/', 'smb://host/share', 'ms-msdt:/id']) {
      expect(openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://evil.example/']);
    expect(openHandler!({ url: 'https://github.com/betterprompts' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://evil.example/', 'https://github.com/betterprompts']);
  });
});

describe('permissions', () => {
  it('denies every permission request, to the app and to anything else, except clipboard writes by the app page', () => {
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid', 'serial', 'usb', 'display-capture', 'fullscreen', 'unknown']) {
      expect(allowPermission({ permission, requestingUrl: 'app://bp/index.html', isMainFrame: true }, APP_ORIGIN), permission).toBe(false);
    }
    expect(allowPermission({ permission: 'clipboard-sanitized-write', requestingUrl: 'app://bp/index.html', isMainFrame: true }, APP_ORIGIN)).toBe(true);
    expect(allowPermission({ permission: 'clipboard-sanitized-write', requestingUrl: 'app://bp/index.html', isMainFrame: false }, APP_ORIGIN)).toBe(false);
    for (const url of HOSTILE_URLS) {
      expect(allowPermission({ permission: 'clipboard-sanitized-write', requestingUrl: url, isMainFrame: true }, APP_ORIGIN), url).toBe(false);
    }
  });

  it('installs request, check and device handlers on the session', () => {
    const h: { request?: Parameters<SessionLike['setPermissionRequestHandler']>[0]; check?: Parameters<SessionLike['setPermissionCheckHandler']>[0]; device?: () => boolean } = {};
    installPermissionPolicy(
      {
        setPermissionRequestHandler: (f) => (h.request = f),
        setPermissionCheckHandler: (f) => (h.check = f),
        setDevicePermissionHandler: (f) => (h.device = f),
      },
      APP_ORIGIN,
    );
    const answers: boolean[] = [];
    h.request!({}, 'media', (g) => answers.push(g), { requestingUrl: 'app://bp/index.html', isMainFrame: true });
    h.request!({}, 'clipboard-sanitized-write', (g) => answers.push(g), { requestingUrl: 'https://evil.example/', isMainFrame: true });
    h.request!({}, 'clipboard-sanitized-write', (g) => answers.push(g), { requestingUrl: 'app://bp/index.html', isMainFrame: true });
    expect(answers).toEqual([false, false, true]);
    expect(h.check!({}, 'geolocation', 'app://bp', {})).toBe(false);
    expect(h.device!()).toBe(false);
  });
});

describe('IPC sender checks', () => {
  const frame = (url: string, parent: unknown = null): IpcSenderLike => ({ senderFrame: { url, parent }, sender: { id: 1 } });
  it('accepts only the app’s own top-level page', () => {
    const trusted = (url: string) => isAppUrl(url, APP_ORIGIN);
    expect(isTrustedSender(frame('app://bp/index.html#/'), trusted)).toBe(true);
    expect(isTrustedSender(frame('app://bp/index.html', { url: 'app://bp/index.html' }), trusted)).toBe(false); // an iframe
    expect(isTrustedSender({ senderFrame: null }, trusted)).toBe(false); // frame gone
    expect(isTrustedSender({}, trusted)).toBe(false);
    for (const url of HOSTILE_URLS) expect(isTrustedSender(frame(url), trusted), url).toBe(false);
  });

  it('refuses hostile senders on every channel before reaching the core', async () => {
    const handlers = new Map<string, (e: IpcSenderLike, ...a: unknown[]) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (ch, l) => handlers.set(ch, l), removeHandler: (ch) => handlers.delete(ch) };
    const calls: unknown[] = [];
    const dispose = registerIpcRouter({
      ipcMain,
      dispatch: async (route, input) => (calls.push([route, input]), { ok: true, data: null }),
      events: new EventBus(),
      isTrustedUrl: (url) => isAppUrl(url, APP_ORIGIN),
      targets: () => [],
    });
    for (const url of HOSTILE_URLS) {
      expect(await handlers.get(IPC_CHANNELS.invoke)!(frame(url), 'history.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await handlers.get(IPC_CHANNELS.cancel)!(frame(url), 'job-12345678')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
    expect(await handlers.get(IPC_CHANNELS.invoke)!(frame('app://bp/index.html'), 'history.list', {})).toEqual({ ok: true, data: null });
    dispose();
    expect(handlers.size).toBe(0);
  });
});

describe('app:// protocol', () => {
  let root: string;
  let outside: string;
  let handler: ReturnType<typeof createAppProtocolHandler>;
  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'bp-proto-'));
    root = join(base, 'renderer');
    outside = base;
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'assets', 'main.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'data.bin'), 'x');
    writeFileSync(join(base, 'secret.txt'), 'TOP SECRET');
    writeFileSync(join(base, 'renderer-evil.html'), 'sibling');
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.js'));
    handler = createAppProtocolHandler({ root, pages: { '/preview.html': () => ({ body: '<p>preview</p>', csp: "default-src 'none'" }) } });
  });
  afterAll(() => rmSync(outside, { recursive: true, force: true }));

  it('serves the app’s files with a CSP and nosniff', async () => {
    const res = await handler({ url: 'app://bp/', method: 'GET' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>app</title>');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const js = await handler({ url: 'app://bp/assets/main.js?v=1#x', method: 'GET' });
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    const page = await handler({ url: 'app://bp/preview.html', method: 'GET' });
    expect(await page.text()).toBe('<p>preview</p>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('refuses path traversal in every spelling, other hosts, symlinks out of the root and unknown types', async () => {
    const attempts = [
      'app://bp/../secret.txt',
      'app://bp/assets/../../secret.txt',
      'app://bp/%2e%2e/secret.txt',
      'app://bp/%2E%2E%2Fsecret.txt',
      'app://bp/assets%2f..%2f..%2fsecret.txt',
      'app://bp/..%5csecret.txt',
      'app://bp/assets\\..\\..\\secret.txt',
      'app://bp/%252e%252e/secret.txt',
      'app://bp/index.html%00.js',
      'app://bp//etc/passwd',
      'app://bp/C:/Windows/win.ini',
      'app://bp/assets/link.js',
      'app://bp/assets/data.bin',
      'app://bp/nope.html',
      'app://evil/index.html',
      'app://bp/%zz',
      'app://user:pw@bp/index.html',
      'file:///etc/passwd',
    ];
    for (const url of attempts) {
      const res = await handler({ url, method: 'GET' });
      expect(res.status, url).toBeGreaterThanOrEqual(400);
      expect(await res.text(), url).not.toContain('TOP SECRET');
    }
    expect((await handler({ url: 'app://bp/index.html', method: 'POST' })).status).toBe(405);
    // Lexical resolution never leaves the root either.
    expect(resolveAppPath('app://bp/../../renderer-evil.html', root)).toMatchObject({ ok: true, file: join(root, 'renderer-evil.html') });
    // The URL parser folds %2e%2e segments at the root; what is left is still inside it.
    expect(resolveAppPath('app://bp/a/%2e%2e/%2e%2e/x', root)).toMatchObject({ ok: true, file: join(root, 'x') });
    expect(resolveAppPath('app://bp/a%2f..%2f..%2fx', root)).toMatchObject({ ok: false, status: 403 });
  });
});
