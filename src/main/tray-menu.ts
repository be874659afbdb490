// The tray menu (issue 6, part 2) as data: Enhance clipboard, the five most recent enhancements (click copies),
// Undo, Open, Pause hotkey, Settings, Quit. The controller rebuilds it from the core whenever history changes.

/** The subset of Electron's MenuItemConstructorOptions the tray uses. */
export interface MenuItem {
  id?: string;
  label?: string;
  type?: 'normal' | 'separator' | 'checkbox';
  checked?: boolean;
  enabled?: boolean;
  toolTip?: string;
  click?: () => void;
}

export interface RecentItem {
  id: number;
  input: string;
  output: string;
  intent: string;
}

export interface TrayState {
  recent: RecentItem[];
  hotkeyLabel: string;
  hotkeyPaused: boolean;
  canUndo: boolean;
}

export interface TrayActions {
  enhanceClipboard(): void;
  copyRecent(item: RecentItem): void;
  undo(): void;
  openWindow(): void;
  setHotkeyPaused(paused: boolean): void;
  openSettings(): void;
  quit(): void;
}

export const RECENT_COUNT = 5;
const LABEL_CHARS = 48;

/** One line, at most LABEL_CHARS characters; "&" doubled so Windows does not read it as a mnemonic. */
export function menuLabel(text: string, max = LABEL_CHARS): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const cut = line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
  return (cut || '(empty)').replace(/&/g, '&&');
}

export function trayMenuTemplate(state: TrayState, actions: TrayActions): MenuItem[] {
  const recent: MenuItem[] = state.recent.slice(0, RECENT_COUNT).map((item) => ({
    id: `recent-${item.id}`,
    label: menuLabel(item.input),
    toolTip: 'Copy the enhanced prompt',
    click: () => actions.copyRecent(item),
  }));
  return [
    { id: 'enhance-clipboard', label: 'Enhance Clipboard', click: () => actions.enhanceClipboard() },
    { type: 'separator' },
    { id: 'recent-header', label: recent.length ? 'Recent (click to copy)' : 'No enhancements yet', enabled: false },
    ...recent,
    { type: 'separator' },
    { id: 'undo', label: 'Undo Last Rewrite', enabled: state.canUndo, click: () => actions.undo() },
    { id: 'open', label: 'Open BetterPrompts', click: () => actions.openWindow() },
    {
      id: 'pause-hotkey',
      label: `Pause Hotkey (${state.hotkeyLabel})`,
      type: 'checkbox',
      checked: state.hotkeyPaused,
      click: () => actions.setHotkeyPaused(!state.hotkeyPaused),
    },
    { id: 'settings', label: 'Settings…', click: () => actions.openSettings() },
    { type: 'separator' },
    { id: 'quit', label: 'Quit BetterPrompts', click: () => actions.quit() },
  ];
}

export interface TrayController {
  /** Reloads recent items and state and rebuilds the menu; concurrent calls coalesce. */
  refresh(): Promise<void>;
}

export function createTrayController(opts: {
  loadRecent: (limit: number) => Promise<RecentItem[]>;
  state: () => Omit<TrayState, 'recent'>;
  actions: TrayActions;
  setMenu: (template: MenuItem[]) => void;
  log?: (msg: string, err?: unknown) => void;
}): TrayController {
  let running: Promise<void> | null = null;
  let again = false;
  let recent: RecentItem[] = [];

  async function once() {
    try {
      recent = await opts.loadRecent(RECENT_COUNT);
    } catch (err) {
      opts.log?.('tray: could not load recent enhancements', err); // keep the previous list
    }
    opts.setMenu(trayMenuTemplate({ ...opts.state(), recent }, opts.actions));
  }

  return {
    refresh() {
      if (running) {
        again = true;
        return running;
      }
      running = (async () => {
        do {
          again = false;
          await once();
        } while (again);
      })().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
