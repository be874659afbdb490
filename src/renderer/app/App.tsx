import { useEffect } from 'react';
import { PAGES, isTyping, useApp, type Page } from '../store.ts';
import { useTheme } from './useTheme.ts';
import { Toasts } from './Toasts.tsx';
import { ShortcutsOverlay } from './ShortcutsOverlay.tsx';
import { Icon, type IconName } from '../ui/Icon.tsx';
import { EnhancePage } from '../features/enhance/EnhancePage.tsx';
import { HistoryPage } from '../features/history/HistoryPage.tsx';
import { LibraryPage } from '../features/library/LibraryPage.tsx';
import { LabPage } from '../features/lab/LabPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';

const LABELS: Record<Page, string> = { enhance: 'Enhance', history: 'History', library: 'Library', lab: 'Lab', settings: 'Settings' };
const ICONS: Record<Page, IconName> = { enhance: 'enhance', history: 'history', library: 'library', lab: 'lab', settings: 'settings' };

export function App() {
  const { page, go, load, settings, loadError, info, setShortcutsOpen } = useApp();
  useTheme(settings?.theme);
  useEffect(() => {
    void load();
  }, [load]);

  // Alt+1..5 switches pages, like tabs in most desktop tools; "?" lists every shortcut.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && !e.ctrlKey && !e.metaKey) {
        const target = PAGES[Number(e.key) - 1] ?? PAGES[Number(e.code.replace('Digit', '')) - 1];
        if (target) {
          e.preventDefault();
          go(target);
        }
        return;
      }
      // Ctrl/Cmd+Z outside a text field undoes the last delete (the newest toast that offers Undo).
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && (e.key === 'z' || e.key === 'Z') && !isTyping(e)) {
        const undo = [...useApp.getState().toasts].reverse().find((t) => t.action?.label === 'Undo');
        if (undo?.action) {
          e.preventDefault();
          undo.action.run();
          useApp.getState().dismiss(undo.id);
        }
        return;
      }
      if (e.key === '?' && !isTyping(e) && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        setShortcutsOpen(!useApp.getState().shortcutsOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, setShortcutsOpen]);

  return (
    <div className="shell">
      <nav className="nav" aria-label="Main">
        <div className="brand" aria-label="BetterPrompts">
          <span className="brand-mark" aria-hidden="true">
            <Icon name="enhance" size={18} filled />
          </span>
          <span className="brand-name">BetterPrompts</span>
        </div>
        {PAGES.map((p, i) => (
          <button
            key={p}
            type="button"
            data-testid={`nav-${p}`}
            className={p === page ? 'nav-item active' : 'nav-item'}
            aria-current={p === page ? 'page' : undefined}
            aria-label={LABELS[p]}
            title={`${LABELS[p]} (Alt+${i + 1})`}
            onClick={() => go(p)}
          >
            <Icon name={ICONS[p]} size={18} />
            <span className="nav-label">{LABELS[p]}</span>
          </button>
        ))}
        <div className="nav-footer">
          <button type="button" className="nav-item" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setShortcutsOpen(true)}>
            <Icon name="keyboard" size={18} />
            <span className="nav-label">Shortcuts</span>
            <kbd className="nav-label">?</kbd>
          </button>
          <div className="nav-version nav-label">{info ? `v${info.version} · ${info.mode}` : ''}</div>
        </div>
      </nav>
      <main className="content" id="main">
        {loadError && (
          <div className="banner error" role="alert">
            <strong>Could not reach the BetterPrompts core.</strong> {loadError} Check that the app (or <code>betterprompts serve</code>) is still running,
            then{' '}
            <button type="button" onClick={() => void load()}>
              Retry
            </button>
          </div>
        )}
        {page === 'enhance' && <EnhancePage />}
        {page === 'history' && <HistoryPage />}
        {page === 'library' && <LibraryPage />}
        {page === 'lab' && <LabPage />}
        {page === 'settings' && <SettingsPage />}
      </main>
      <ShortcutsOverlay />
      <Toasts />
    </div>
  );
}
