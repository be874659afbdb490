import { useEffect } from 'react';
import { PAGES, useApp, type Page } from '../store.ts';
import { useTheme } from './useTheme.ts';
import { Toasts } from './Toasts.tsx';
import { EnhancePage } from '../features/enhance/EnhancePage.tsx';
import { HistoryPage } from '../features/history/HistoryPage.tsx';
import { LibraryPage } from '../features/library/LibraryPage.tsx';
import { LabPage } from '../features/lab/LabPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';

const LABELS: Record<Page, string> = { enhance: 'Enhance', history: 'History', library: 'Library', lab: 'Lab', settings: 'Settings' };

export function App() {
  const { page, go, load, settings, loadError, info } = useApp();
  useTheme(settings?.theme);
  useEffect(() => {
    void load();
  }, [load]);

  // Alt+1..5 switches pages, like tabs in most desktop tools.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const target = PAGES[Number(e.key) - 1];
      if (target) {
        e.preventDefault();
        go(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  return (
    <div className="shell">
      <nav className="nav" aria-label="Main">
        <div className="brand">BetterPrompts</div>
        {PAGES.map((p, i) => (
          <button
            key={p}
            type="button"
            data-testid={`nav-${p}`}
            className={p === page ? 'nav-item active' : 'nav-item'}
            aria-current={p === page ? 'page' : undefined}
            title={`${LABELS[p]} (Alt+${i + 1})`}
            onClick={() => go(p)}
          >
            {LABELS[p]}
          </button>
        ))}
        <div className="nav-footer">{info ? `v${info.version} · ${info.mode}` : ''}</div>
      </nav>
      <main className="content">
        {loadError && (
          <div className="banner error" role="alert">
            Could not reach the BetterPrompts core: {loadError}{' '}
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
      <Toasts />
    </div>
  );
}
