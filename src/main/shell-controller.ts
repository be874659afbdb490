// The desktop shell in one place, still Electron-free: global hotkey (registration, conflicts, pause), the rewrite
// flow, the tray menu, and the ShellPort the core's `shell.*` routes answer through. index.ts only builds the
// Electron adapters and hands them in.
import type { Dispatch } from '../core/dispatch.ts';
import type { ShellPort } from '../core/handlers/shell.ts';
import type { ShellStatus } from '../shared/routes/shell.ts';
import { AppError } from '../shared/errors.ts';
import type { LoginItemPort } from './login-item.ts';
import { createHotkeyFlow, type HotkeyFlow, type RewriteOutcome } from './hotkey-flow.ts';
import { createHotkeyManager, displayAccelerator, type HotkeyState } from './hotkey-manager.ts';
import type { ClipboardPort, EnhancePort, KeySenderPort, NotifierPort, PreviewPort, ShortcutRegistryPort } from './ports.ts';
import { createTrayController, type MenuItem, type RecentItem, type TrayController } from './tray-menu.ts';

export interface ShellDeps {
  registry: ShortcutRegistryPort;
  clipboard: ClipboardPort;
  keys: KeySenderPort;
  notifier: NotifierPort;
  enhance: EnhancePort;
  preview?: PreviewPort | undefined;
  loadRecent: (limit: number) => Promise<RecentItem[]>;
  /** Absent until the tray exists (and where the desktop has no tray). */
  setTrayMenu?: ((menu: MenuItem[]) => void) | undefined;
  /** Emits `shell.changed` to windows. */
  emit?: ((status: ShellStatus) => void) | undefined;
  openWindow: () => void;
  openSettings: () => void;
  quit: () => void;
  platform?: NodeJS.Platform;
  /** Start at login; absent where unsupported (then reported as off). */
  loginItem?: LoginItemPort | undefined;
  /** The secret store's warning (plain-text keyring backend, no keychain); null when keys are protected. */
  keychainWarning?: () => string | null;
  log?: (msg: string, err?: unknown) => void;
  /** For tests: the flow's timing knobs. */
  flowOptions?: { copyTimeoutMs?: number; pasteSettleMs?: number; sleep?: (ms: number) => Promise<void> };
}

export interface Shell {
  readonly port: ShellPort;
  readonly flow: HotkeyFlow;
  readonly tray: TrayController;
  /** Registers the hotkey from settings; a conflict is reported by a notification and in `shell.status`. */
  start(accelerator: string): Promise<void>;
  /** Wraps the core's dispatch: a hotkey change in Settings re-registers it, history changes refresh the tray. */
  wrapDispatch(dispatch: Dispatch): Dispatch;
  runHotkey(): Promise<RewriteOutcome>;
  enhanceClipboard(): Promise<RewriteOutcome>;
  setTrayMenuTarget(setMenu: ((menu: MenuItem[]) => void) | undefined): void;
  dispose(): void;
}

export function createShell(deps: ShellDeps): Shell {
  const platform = deps.platform ?? process.platform;
  const log = deps.log ?? (() => {});
  let setTrayMenu = deps.setTrayMenu;

  const flow = createHotkeyFlow({
    clipboard: deps.clipboard,
    keys: deps.keys,
    notifier: deps.notifier,
    enhance: deps.enhance,
    preview: deps.preview,
    pasteKeyLabel: platform === 'darwin' ? '⌘V' : 'Ctrl+V',
    ...deps.flowOptions,
  });

  const status = (): ShellStatus => {
    const h = hotkey.state();
    return {
      hotkey: { ...h, label: displayAccelerator(h.accelerator, platform) },
      tray: setTrayMenu !== undefined,
      selectionUnavailable: deps.keys.unavailableReason(),
      canUndo: flow.canUndo(),
      keychainWarning: deps.keychainWarning?.() ?? null,
      startAtLogin: loginItemState(),
    };
  };

  const loginItemState = () => {
    try {
      return deps.loginItem?.get() ?? false;
    } catch (err) {
      log('could not read the login item', err);
      return false;
    }
  };

  let lastError: string | null = null;
  const onHotkeyChange = (state: HotkeyState) => {
    if (state.error && state.error !== lastError) deps.notifier.notify({ title: 'Hotkey not available', body: state.error });
    lastError = state.error;
    deps.emit?.(status());
    void tray.refresh();
  };

  /** After a rewrite or undo: the tray's recent list and Undo item, and the windows' shell state, follow. */
  const after = async <T>(outcome: Promise<T>): Promise<T> => {
    const o = await outcome;
    await tray.refresh();
    deps.emit?.(status());
    return o;
  };

  const runHotkey = () => after(flow.run({ source: 'hotkey' }));
  const enhanceClipboard = () => after(flow.run({ source: 'tray' }));

  const hotkey = createHotkeyManager({
    registry: deps.registry,
    platform,
    onTrigger: () => void runHotkey().catch((err: unknown) => log('hotkey rewrite failed', err)),
    onChange: onHotkeyChange,
  });

  const tray = createTrayController({
    loadRecent: deps.loadRecent,
    state: () => {
      const h = hotkey.state();
      return { hotkeyLabel: displayAccelerator(h.accelerator, platform), hotkeyPaused: h.paused, canUndo: flow.canUndo() };
    },
    setMenu: (menu) => setTrayMenu?.(menu),
    log,
    actions: {
      enhanceClipboard: () => void enhanceClipboard().catch((err: unknown) => log('tray enhance failed', err)),
      copyRecent: (item) =>
        void deps.clipboard
          .writeText(item.output)
          .then(() => deps.notifier.notify({ title: 'Copied', body: 'The enhanced prompt is on the clipboard.' }))
          .catch((err: unknown) => log('copy failed', err)),
      undo: () => void after(flow.undo()).catch((err: unknown) => log('undo failed', err)),
      openWindow: deps.openWindow,
      setHotkeyPaused: (paused) => void hotkey.setPaused(paused),
      openSettings: deps.openSettings,
      quit: deps.quit,
    },
  });

  const port: ShellPort = {
    status,
    setHotkeyPaused: (paused) => {
      hotkey.setPaused(paused);
      return status();
    },
    setStartAtLogin: (enabled) => {
      if (!deps.loginItem) throw new AppError('UNAVAILABLE', 'Starting at login is not supported on this system.');
      try {
        deps.loginItem.set(enabled);
      } catch (err) {
        throw new AppError('INTERNAL', `Could not change the login item: ${err instanceof Error ? err.message : String(err)}`);
      }
      const s = status();
      deps.emit?.(s);
      return s;
    },
  };

  return {
    port,
    flow,
    tray,
    async start(accelerator) {
      hotkey.apply(accelerator);
      await tray.refresh();
    },
    wrapDispatch(dispatch) {
      return async (route, input, ctx) => {
        const res = await dispatch(route, input, ctx);
        if (!res.ok) return res;
        if (route === 'settings.update') {
          const hk = (res.data as { hotkey?: unknown }).hotkey;
          if (typeof hk === 'string' && hk !== hotkey.state().accelerator) hotkey.apply(hk);
        } else if (typeof route === 'string' && (route.startsWith('history.') || route === 'enhance.run') && route !== 'history.list' && route !== 'history.get') {
          void tray.refresh();
        }
        return res;
      };
    },
    runHotkey,
    enhanceClipboard,
    setTrayMenuTarget(next) {
      setTrayMenu = next;
      void tray.refresh();
    },
    dispose() {
      hotkey.dispose();
    },
  };
}
