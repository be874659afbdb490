import { create } from 'zustand';
import type { AppInfo, Settings } from '../shared/index.ts';
import { api } from './api/index.ts';
import { enhanceTechniques, type TechniqueInfo } from './api/engines.ts';

export const PAGES = ['enhance', 'history', 'library', 'lab', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error' | 'success';
  action?: { label: string; run: () => void };
}

interface AppState {
  page: Page;
  info: AppInfo | null;
  settings: Settings | null;
  /** The technique registry (empty until the engine answers). */
  techniques: TechniqueInfo[];
  toasts: Toast[];
  loadError: string | null;
  shortcutsOpen: boolean;
  go(page: Page): void;
  load(): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<boolean>;
  toast(message: string, opts?: { kind?: Toast['kind']; action?: Toast['action'] }): void;
  dismiss(id: number): void;
  setShortcutsOpen(open: boolean): void;
}

const pageFromHash = (): Page => {
  const h = window.location.hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(h) ? (h as Page) : 'enhance';
};

let toastId = 0;
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const useApp = create<AppState>((set, get) => ({
  page: pageFromHash(),
  info: null,
  settings: null,
  techniques: [],
  toasts: [],
  loadError: null,
  shortcutsOpen: false,
  go(page) {
    if (window.location.hash !== `#/${page}`) window.location.hash = `#/${page}`;
    set({ page });
  },
  async load() {
    try {
      const [info, settings] = await Promise.all([api.call('app.info', {}), api.call('settings.get', {})]);
      set({ info, settings, loadError: null });
    } catch (err) {
      set({ loadError: messageOf(err) });
      return;
    }
    // The registry comes from the engine; the pages work without it (chips then show ids).
    enhanceTechniques().then(
      (techniques) => set({ techniques }),
      () => set({ techniques: [] }),
    );
  },
  async saveSettings(patch) {
    const before = get().settings;
    if (before) set({ settings: { ...before, ...patch } }); // optimistic: the control answers at once
    try {
      set({ settings: await api.call('settings.update', patch) });
      return true;
    } catch (err) {
      set({ settings: before });
      get().toast(`Settings not saved: ${messageOf(err)}`, { kind: 'error' });
      return false;
    }
  },
  toast(message, opts = {}) {
    const id = ++toastId;
    const toasts = [...get().toasts, { id, message, kind: opts.kind ?? 'info', ...(opts.action ? { action: opts.action } : {}) }];
    set({ toasts: toasts.slice(-4) });
    setTimeout(() => get().dismiss(id), opts.action ? 8000 : opts.kind === 'error' ? 7000 : 3500);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  setShortcutsOpen(open) {
    set({ shortcutsOpen: open });
  },
}));

window.addEventListener('hashchange', () => useApp.setState({ page: pageFromHash() }));

/** Whether a key event comes from a place where the user is typing text. */
export const isTyping = (e: KeyboardEvent): boolean => {
  const el = e.target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
};
