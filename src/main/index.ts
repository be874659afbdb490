// Electron bootstrap: thin glue between Electron's APIs and the core. The logic lives in plain modules beside it
// (shell-controller, hotkey-flow, tray-menu, app-protocol, contents-guard, permissions, ipc-router, window-options)
// that are tested in Node with an injected Electron surface; this file only connects them to Electron.
import { app, BrowserWindow, clipboard, globalShortcut, ipcMain, Menu, nativeImage, Notification, protocol, safeStorage, screen, session, shell, Tray } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from '../core/app-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { registerIpcRouter } from './ipc-router.ts';
import { createMainWindow, restoreBounds, type WindowBounds } from './window-options.ts';
import { isAppUrl } from './navigation-guard.ts';
import { APP_INDEX_URL, APP_ORIGIN, APP_SCHEME, createAppProtocolHandler } from './app-protocol.ts';
import { guardContents } from './contents-guard.ts';
import { installPermissionPolicy } from './permissions.ts';
import { appPaths } from './paths.ts';
import { createShell, type Shell } from './shell-controller.ts';
import { coreEnhancePort } from './core-enhance.ts';
import { recentFromCore } from './tray-recent.ts';
import { createKeySender } from './key-sender.ts';
import { electronClipboard, electronNotifier, electronShortcuts } from './electron-adapters.ts';
import { createPreviewController, PREVIEW_PATH, renderPreviewPage, type PreviewController } from './preview.ts';
import { createPreviewWindow, placePreview } from './preview-window.ts';
import type { MenuItem } from './tray-menu.ts';
import { createSecretStore, type SecretStore } from './secrets.ts';
import { electronLoginItem, HIDDEN_ARG, linuxAutostart } from './login-item.ts';

// Must run before `ready`: app:// behaves like https (standard, secure), so the page gets a real origin.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);

app.setName('BetterPrompts');
const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: __dirname });
const devUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const appOrigin = devUrl ? new URL(devUrl).origin : APP_ORIGIN;
const startUrl = devUrl ?? APP_INDEX_URL;

let core: Core | null = null;
let dispatch: Dispatch | null = null;
let mainWindow: BrowserWindow | null = null;
let previewWindow: BrowserWindow | null = null;
let preview: PreviewController | null = null;
let tray: Tray | null = null;
let quitting = false;
let lastTrayMenu: MenuItem[] = [];
/** API keys for LLM providers: encrypted with the OS keychain, kept in main, never sent to a renderer. */
let secrets: SecretStore | null = null;
let closeToTray = true;
const disposers: (() => void)[] = [];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => void showMainWindow());

  // Deny by default: no navigation, no redirects out, no webviews, no new windows, for every web contents.
  app.on('web-contents-created', (_e, contents) => {
    guardContents(contents, { appOrigin, openExternal: (url) => void shell.openExternal(url) });
  });

  app.whenReady().then(start).catch((err: unknown) => {
    console.error('BetterPrompts failed to start:', err);
    app.exit(1);
  });

  app.on('before-quit', () => {
    quitting = true;
  });

  app.on('window-all-closed', () => {
    // With a tray the app keeps running; without one (or on request) it quits, except on macOS by convention.
    if (!tray && process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    globalShortcut.unregisterAll();
    if (!core) return;
    event.preventDefault();
    const c = core;
    core = null;
    for (const d of disposers.splice(0)) d();
    void c.dispose().finally(() => app.exit(0));
  });
}

async function start(): Promise<void> {
  installPermissionPolicy(session.defaultSession, appOrigin);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({
      root: paths.rendererRoot,
      pages: { [PREVIEW_PATH]: () => renderPreviewPage(preview?.current() ?? null) },
    }),
  );

  const notifier = electronNotifier(Notification, nativeImage.createFromPath(join(paths.iconsDir, 'icon.png')));
  const shortcuts = electronShortcuts(globalShortcut);
  preview = createPreviewController({
    shortcuts,
    window: { showInactive: showPreviewWindow, hide: () => previewWindow?.hide() },
    log: (msg) => console.warn(`[betterprompts] ${msg}`),
  });
  const ctl = createShell({
    registry: shortcuts,
    clipboard: electronClipboard(clipboard),
    keys: createKeySender(),
    notifier,
    preview,
    // Resolved lazily: the core is built after the shell, because the core answers `shell.*` through it.
    enhance: (text, source) => coreEnhancePort(requireCore().dispatch)(text, source),
    loadRecent: (limit) => recentFromCore(requireCore().dispatch)(limit),
    emit: (status) => requireCore().events.emit('shell.changed', status),
    keychainWarning: () => secrets?.warning() ?? null,
    loginItem:
      process.platform === 'linux'
        ? linuxAutostart({ exec: app.isPackaged ? [process.env.APPIMAGE ?? process.execPath] : [process.execPath, app.getAppPath()] })
        : electronLoginItem(app),
    openWindow: () => void showMainWindow(),
    openSettings: () => void showMainWindow('settings'),
    quit: () => app.quit(),
    log: (msg, err) => console.error(`[betterprompts] ${msg}`, err ?? ''),
  });

  const c = await createCore({
    dataDir: process.env.BETTERPROMPTS_DATA_DIR ? resolveDataDir() : app.getPath('userData'),
    mode: 'desktop',
    version: app.getVersion(),
    // Packaged, the model lives outside app.asar (extraResources), where onnxruntime's native code can read it;
    // from a checkout the inference layer's default (resources/models/intent, or BETTERPROMPTS_MODEL_DIR) applies.
    ...(app.isPackaged && !process.env.BETTERPROMPTS_MODEL_DIR ? { modelDir: paths.modelDir } : {}),
    // The bundle emits the inference worker beside index.js (electron.vite.config.ts), so inference never blocks main.
    inferenceWorkerPath: join(__dirname, 'session-worker.js'),
    shell: ctl.port,
  });
  core = c;
  secrets = createSecretStore({
    safeStorage,
    backing: { read: (key) => c.settings.getInternal<string | null>(key, null), write: (key, value) => c.settings.setInternal(key, value) },
  });
  const keychain = secrets.warning();
  if (keychain) console.warn(`[betterprompts] ${keychain}`);
  const settings = await c.settings.getAll();
  closeToTray = settings.closeToTray;
  const wrapped = ctl.wrapDispatch(c.dispatch);
  dispatch = async (route, input, ctx) => {
    const res = await wrapped(route, input, ctx);
    if (res.ok && route === 'settings.update') closeToTray = (res.data as { closeToTray: boolean }).closeToTray;
    return res;
  };

  disposers.push(
    registerIpcRouter({
      ipcMain,
      dispatch,
      events: c.events,
      isTrustedUrl: (url) => isAppUrl(url, appOrigin),
      targets: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    }),
    () => ctl.dispose(),
  );

  createTray(ctl);
  if (process.env.BETTERPROMPTS_E2E === '1') exposeTestHooks(ctl);
  await ctl.start(settings.hotkey);
  // Started at login: stay in the tray until asked (without a tray there is no other way in, so show the window).
  if (!(process.argv.includes(HIDDEN_ARG) && tray)) await showMainWindow();
  app.on('activate', () => void showMainWindow());
}

function requireCore(): Core {
  if (!core) throw new Error('BetterPrompts is not ready yet.');
  return core;
}

function createTray(ctl: Shell): void {
  try {
    const icon = nativeImage.createFromPath(join(paths.iconsDir, process.platform === 'darwin' ? 'tray.png' : 'tray@2x.png'));
    if (process.platform === 'darwin') icon.setTemplateImage(true);
    tray = new Tray(icon);
    tray.setToolTip('BetterPrompts');
    const t = tray;
    // Windows convention: a left click on the tray icon opens the app (the menu is on right click).
    if (process.platform === 'win32') t.on('click', () => void showMainWindow());
    ctl.setTrayMenuTarget((items: MenuItem[]) => {
      lastTrayMenu = items;
      t.setContextMenu(Menu.buildFromTemplate(items));
    });
    disposers.push(() => {
      t.destroy();
      tray = null;
    });
  } catch (err) {
    // Some Linux desktops have no status area; the app still works from its window and the hotkey.
    console.warn('[betterprompts] no system tray here:', err);
  }
}

async function showMainWindow(page?: string): Promise<void> {
  const c = core;
  if (!c) return;
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (page) await mainWindow.loadURL(`${startUrl}#/${page}`);
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return;
  }
  const saved = await c.settings.getInternal<WindowBounds | null>('window.bounds', null);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = createMainWindow(BrowserWindow, paths.preload, bounds, join(paths.iconsDir, 'icon.png'));
  mainWindow = win;
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveBounds = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => {
      if (win.isDestroyed()) return;
      const b = win.getNormalBounds();
      void c.settings.setInternal('window.bounds', { ...b, maximized: win.isMaximized() });
    }, 400);
  };
  win.on('resize', saveBounds);
  win.on('move', saveBounds);
  win.on('close', (event) => {
    // Closing keeps the app in the tray (Settings → close to tray); Quit from the tray really quits.
    if (!quitting && closeToTray && tray) {
      event.preventDefault();
      win.hide();
    }
  });
  win.on('closed', () => {
    clearTimeout(saveTimer);
    if (mainWindow === win) mainWindow = null;
  });
  await win.loadURL(page ? `${startUrl}#/${page}` : startUrl);
}

async function showPreviewWindow(): Promise<void> {
  const cursor = screen.getCursorScreenPoint();
  const position = placePreview(cursor, screen.getDisplayNearestPoint(cursor).workArea);
  if (!previewWindow || previewWindow.isDestroyed()) {
    previewWindow = createPreviewWindow(BrowserWindow, position);
    previewWindow.setAlwaysOnTop(true, 'floating');
    previewWindow.on('closed', () => {
      previewWindow = null;
      preview?.cancel();
    });
  } else {
    previewWindow.setPosition(position.x, position.y);
  }
  // The origin is the dev server in development, but the preview page is always served by app://.
  await previewWindow.loadURL(`${APP_ORIGIN}${PREVIEW_PATH}`);
  previewWindow.showInactive();
}

/** For src/main/desktop.electron.test.ts (Playwright's Electron mode) only: set when BETTERPROMPTS_E2E=1. */
function exposeTestHooks(ctl: Shell): void {
  (globalThis as unknown as { __betterprompts: unknown }).__betterprompts = {
    trayMenu: () => lastTrayMenu.map(({ id, label, enabled, checked }) => ({ id, label, enabled, checked })),
    enhanceClipboard: () => ctl.enhanceClipboard(),
    runHotkey: () => ctl.runHotkey(),
    previewShown: () => previewWindow?.isVisible() ?? false,
    cancelPreview: () => preview?.cancel(),
  };
}
