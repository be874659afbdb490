// Electron bootstrap: thin glue between Electron's APIs and the core. The logic lives in plain modules beside it
// (ipc-router, window-options, navigation-guard) that are tested in Node with an injected Electron surface.
import { app, BrowserWindow, ipcMain, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { createCore, type Core } from '../core/app-core.ts';
import { resolveDataDir } from '../core/data-dir.ts';
import { registerIpcRouter } from './ipc-router.ts';
import { mainWindowOptions, restoreBounds, type WindowBounds } from './window-options.ts';
import { externalUrlToOpen, isAppUrl } from './navigation-guard.ts';

app.setName('BetterPrompts');
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appOrigin = devUrl ? new URL(devUrl).origin : 'file://';
let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;
const disposers: (() => void)[] = [];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
  });

  // Deny by default: no navigation, no new windows, no permissions, for every web contents ever created.
  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const external = externalUrlToOpen(url);
      if (external) void shell.openExternal(external);
      return { action: 'deny' };
    });
  });

  app.whenReady().then(start).catch((err: unknown) => {
    console.error('BetterPrompts failed to start:', err);
    app.exit(1);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', (event) => {
    if (!core) return;
    event.preventDefault();
    const c = core;
    core = null;
    for (const d of disposers.splice(0)) d();
    void c.dispose().finally(() => app.exit(0));
  });
}

async function start(): Promise<void> {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  core = await createCore({
    dataDir: process.env.BETTERPROMPTS_DATA_DIR ? resolveDataDir() : app.getPath('userData'),
    mode: 'desktop',
    version: app.getVersion(),
  });
  disposers.push(
    registerIpcRouter({
      ipcMain,
      dispatch: core.dispatch,
      events: core.events,
      isTrustedUrl: (url) => isAppUrl(url, appOrigin),
      targets: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
    }),
  );
  await createMainWindow(core);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0 && core) void createMainWindow(core);
  });
}

async function createMainWindow(c: Core): Promise<void> {
  const saved = await c.settings.getInternal<WindowBounds | null>('window.bounds', null);
  const bounds = restoreBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(mainWindowOptions(join(__dirname, '../preload/index.cjs'), bounds));
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
  win.on('closed', () => {
    clearTimeout(saveTimer);
    if (mainWindow === win) mainWindow = null;
  });

  if (devUrl) await win.loadURL(devUrl);
  else await win.loadFile(join(__dirname, '../renderer/index.html'));
}
