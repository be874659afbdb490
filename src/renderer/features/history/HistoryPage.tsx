import { useCallback, useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../shared/index.ts';
import { api } from '../../api/index.ts';
import { useApp } from '../../store.ts';
import { useDebounced } from '../../app/useDebounced.ts';

export function HistoryPage() {
  const toast = useApp((s) => s.toast);
  const [query, setQuery] = useState('');
  const [favoritesOnly, setFavoritesOnly] = useState(false);
  const [items, setItems] = useState<HistoryEntry[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const q = useDebounced(query, 150);

  const refresh = useCallback(async () => {
    try {
      const res = await api.call('history.list', { ...(q.trim() ? { query: q } : {}), ...(favoritesOnly ? { favorite: true } : {}), limit: 100 });
      setItems(res.items);
      setTotal(res.total);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [q, favoritesOnly]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const toggleFavorite = async (e: HistoryEntry) => {
    await api.call('history.setFavorite', { id: e.id, favorite: !e.favorite });
    await refresh();
  };
  const remove = async (e: HistoryEntry) => {
    await api.call('history.delete', { id: e.id });
    await refresh();
    toast('Enhancement deleted.', { action: { label: 'Undo', run: () => void api.call('history.restore', { id: e.id }).then(refresh) } });
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title">History</h1>
        <div className="toolbar">
          <input type="search" aria-label="Search history" placeholder="Search history…" value={query} onChange={(e) => setQuery(e.target.value)} />
          <label className="check">
            <input type="checkbox" checked={favoritesOnly} onChange={(e) => setFavoritesOnly(e.target.checked)} /> Favorites
          </label>
        </div>
      </header>
      {error && <div className="banner error" role="alert">{error}</div>}
      {items && items.length === 0 && (
        <div className="empty-state">{q || favoritesOnly ? 'Nothing matches this search.' : 'No enhancements yet. Every prompt you enhance is kept here, on this machine.'}</div>
      )}
      <p className="muted">{items ? `${total} enhancement${total === 1 ? '' : 's'}` : 'Loading…'}</p>
      <ul className="list" data-testid="history-list">
        {items?.map((e) => (
          <li key={e.id} className="row">
            <div className="row-main">
              <div className="row-title">{e.input.slice(0, 160)}</div>
              <div className="row-meta">
                <span className="badge">{e.intent}</span> {new Date(e.createdAt).toLocaleString()} · {e.techniques.map((t) => t.id).join(', ')}
              </div>
            </div>
            <div className="row-actions">
              <button type="button" aria-label={e.favorite ? 'Unstar' : 'Star'} aria-pressed={e.favorite} onClick={() => void toggleFavorite(e)}>
                {e.favorite ? '★' : '☆'}
              </button>
              <button type="button" aria-label="Delete" onClick={() => void remove(e)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
