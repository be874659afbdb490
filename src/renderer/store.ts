import { create } from 'zustand';
import type { AppInfo, Settings } from '../shared/index.ts';
import { api } from './api/index.ts';

export const PAGES = ['enhance', 'history', 'library', 'lab', 'settings'] as const;
export type Page = (typeof PAGES)[number];

export interface Toast {
  id: number;
  message: string;
  kind: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface AppState {
  page: Page;
  info: AppInfo | null;
  settings: Settings | null;
  toasts: Toast[];
  loadError: string | null;
  go(page: Page): void;
  load(): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<void>;
  toast(message: string, opts?: { kind?: Toast['kind']; action?: Toast['action'] }): void;
  dismiss(id: number): void;
}

const pageFromHash = (): Page => {
  const h = window.location.hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(h) ? (h as Page) : 'enhance';
};

let toastId = 0;

export const useApp = create<AppState>((set, get) => ({
  page: pageFromHash(),
  info: null,
  settings: null,
  toasts: [],
  loadError: null,
  go(page) {
    if (window.location.hash !== `#/${page}`) window.location.hash = `#/${page}`;
    set({ page });
  },
  async load() {
    try {
      const [info, settings] = await Promise.all([api.call('app.info', {}), api.call('settings.get', {})]);
      set({ info, settings, loadError: null });
    } catch (err) {
      set({ loadError: err instanceof Error ? err.message : String(err) });
    }
  },
  async saveSettings(patch) {
    try {
      set({ settings: await api.call('settings.update', patch) });
    } catch (err) {
      get().toast(`Settings not saved: ${err instanceof Error ? err.message : String(err)}`, { kind: 'error' });
    }
  },
  toast(message, opts = {}) {
    const id = ++toastId;
    set({ toasts: [...get().toasts, { id, message, kind: opts.kind ?? 'info', ...(opts.action ? { action: opts.action } : {}) }] });
    setTimeout(() => get().dismiss(id), opts.action ? 8000 : 4000);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

window.addEventListener('hashchange', () => useApp.setState({ page: pageFromHash() }));
