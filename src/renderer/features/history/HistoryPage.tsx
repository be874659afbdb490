import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { HistoryEntry, TaskType } from '../../../shared/index.ts';
import { api } from '../../api/index.ts';
import { isTyping, useApp } from '../../store.ts';
import { useDebounced } from '../../app/useDebounced.ts';
import { copyText } from '../../ui/clipboard.ts';
import { Icon } from '../../ui/Icon.tsx';
import { COMPLEXITY_LABELS, TARGET_MODEL_LABELS, TASK_TYPE_LABELS, TASK_TYPE_OPTIONS, formatCount, pct, relativeTime, taskTypeLabel, techniqueLabel } from '../../ui/labels.ts';
import { useEnhance } from '../enhance/enhanceStore.ts';
import { useHistoryWindow, type HistoryFilters } from './useHistoryWindow.ts';

const ROW_HEIGHT = 68;
const DATE_RANGES = { any: 'Any time', today: 'Today', week: 'Last 7 days', month: 'Last 30 days', year: 'Last 12 months', custom: 'Between dates…' } as const;
type DateRange = keyof typeof DATE_RANGES;

const fromDate = (range: DateRange): string | undefined => {
  if (range === 'any' || range === 'custom') return undefined;
  const d = new Date();
  if (range === 'today') d.setHours(0, 0, 0, 0);
  else d.setDate(d.getDate() - (range === 'week' ? 7 : range === 'month' ? 30 : 365));
  return d.toISOString();
};
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function HistoryPage() {
  const toast = useApp((s) => s.toast);
  const techniques = useApp((s) => s.techniques);
  const names = useMemo(() => new Map(techniques.map((t) => [t.id, t.name])), [techniques]);
  const [query, setQuery] = useState('');
  const [intent, setIntent] = useState<TaskType | ''>('');
  const [technique, setTechnique] = useState('');
  const [favoritesOnly, setFavoritesOnly] = useState(false);
  const [range, setRange] = useState<DateRange>('any');
  // Custom range: local calendar days (yyyy-mm-dd from <input type=date>), both ends included.
  const [customFrom, setCustomFrom] = useState('');
  const [customTo, setCustomTo] = useState('');
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [detailOpen, setDetailOpen] = useState(false);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const q = useDebounced(query.trim(), 150);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);

  const filters = useMemo<HistoryFilters>(() => {
    const custom = range === 'custom';
    const from = custom ? (customFrom ? new Date(`${customFrom}T00:00:00`).toISOString() : undefined) : fromDate(range);
    const to = custom && customTo ? new Date(`${customTo}T23:59:59.999`).toISOString() : undefined;
    return {
      ...(to ? { to } : {}),
      ...(q ? { query: q } : {}),
      ...(intent ? { intent } : {}),
      ...(technique ? { technique } : {}),
      ...(favoritesOnly ? { favorite: true } : {}),
      ...(from ? { from } : {}),
    };
  }, [q, intent, technique, favoritesOnly, range, customFrom, customTo]);
  const win = useHistoryWindow(filters);
  // The window's functions are stable; depending on them (not on `win`) keeps memoized rows from re-rendering.
  const { at, patch, refresh } = win;
  const total = win.total ?? 0;
  const filtered = Object.keys(filters).length > 0;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const firstIndex = virtualItems[0]?.index ?? 0;
  const lastIndex = virtualItems[virtualItems.length - 1]?.index ?? 0;
  const { ensure } = win;
  useEffect(() => {
    if (total > 0) ensure(firstIndex, lastIndex);
  }, [ensure, firstIndex, lastIndex, total]);

  // The selected entry, looked up among the loaded rows (it stays shown while its page reloads).
  const [selected, setSelected] = useState<HistoryEntry | null>(null);
  useEffect(() => {
    if (selectedId === null) return setSelected(null);
    for (let i = 0; i < total; i++) {
      const e = at(i);
      if (e === undefined && i > lastIndex + PAGE_BUFFER) break;
      if (e?.id === selectedId) return setSelected(e);
    }
  }, [selectedId, at, win.version, total, lastIndex]);

  const indexOf = useCallback(
    (id: number | null) => {
      if (id === null) return -1;
      for (let i = 0; i <= Math.min(total - 1, lastIndex + PAGE_BUFFER); i++) if (at(i)?.id === id) return i;
      return -1;
    },
    [total, lastIndex, at],
  );

  const toggleFavorite = useCallback(
    async (e: HistoryEntry) => {
      patch(e.id, { favorite: !e.favorite });
      try {
        await api.call('history.setFavorite', { id: e.id, favorite: !e.favorite });
        if (favoritesOnly) await refresh();
      } catch (err) {
        patch(e.id, { favorite: e.favorite });
        toast(`Could not ${e.favorite ? 'unstar' : 'star'}: ${messageOf(err)}`, { kind: 'error' });
      }
    },
    [patch, refresh, favoritesOnly, toast],
  );

  const remove = useCallback(
    async (e: HistoryEntry) => {
      try {
        await api.call('history.delete', { id: e.id });
        if (selectedRef.current === e.id) setDetailOpen(false);
        await refresh();
        toast('Enhancement deleted.', {
          action: {
            label: 'Undo',
            run: () =>
              void api
                .call('history.restore', { id: e.id })
                .then(() => refresh())
                .catch((err: unknown) => toast(`Could not undo: ${messageOf(err)}`, { kind: 'error' })),
          },
        });
      } catch (err) {
        toast(`Could not delete: ${messageOf(err)}`, { kind: 'error' });
      }
    },
    [refresh, toast],
  );

  const copy = useCallback(
    async (e: HistoryEntry) => {
      if (await copyText(e.output)) toast('Copied the enhanced prompt.', { kind: 'success' });
      else toast('Could not copy: the clipboard is not available here.', { kind: 'error' });
    },
    [toast],
  );

  const open = useCallback((e: HistoryEntry) => {
    setSelectedId(e.id);
    setDetailOpen(true);
  }, []);

  // "/" searches; ↑/↓ move; Enter opens; F stars; Delete deletes (with undo); Esc closes the detail.
  useEffect(() => {
    const onKey = (ev: KeyboardEvent) => {
      if (ev.key === 'Escape' && detailOpen && !isTyping(ev)) {
        setDetailOpen(false);
        return;
      }
      if (isTyping(ev) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (ev.key === '/') {
        ev.preventDefault();
        searchRef.current?.focus();
        return;
      }
      if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
        ev.preventDefault();
        const i = indexOf(selectedId);
        const next = Math.max(0, Math.min(total - 1, i < 0 ? firstIndex : i + (ev.key === 'ArrowDown' ? 1 : -1)));
        virtualizer.scrollToIndex(next, { align: 'auto' });
        const e = at(next);
        if (e) setSelectedId(e.id);
        return;
      }
      const current = selectedId === null ? undefined : at(indexOf(selectedId));
      if (!current) return;
      if (ev.key === 'Enter') open(current);
      else if (ev.key === 'f' || ev.key === 'F') void toggleFavorite(current);
      else if (ev.key === 'Delete') void remove(current);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [detailOpen, indexOf, selectedId, total, firstIndex, virtualizer, at, open, toggleFavorite, remove]);

  const clearFilters = () => {
    setQuery('');
    setIntent('');
    setTechnique('');
    setFavoritesOnly(false);
    setRange('any');
    setCustomFrom('');
    setCustomTo('');
  };

  return (
    <section className="page page-wide page-fill" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <h1 id="page-title">History</h1>
          <p className="subtitle">Every enhancement, newest first, kept on this machine.</p>
        </div>
      </header>
      <div className="filters" role="search" aria-label="Filter history">
        <div className="search-field grow">
          <Icon name="search" />
          <input ref={searchRef} type="search" aria-label="Search history" data-testid="history-search" placeholder="Search prompts and rewrites  ( / )" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <select aria-label="Task type" data-testid="history-intent" value={intent} onChange={(e) => setIntent(e.target.value as TaskType | '')}>
          <option value="">All task types</option>
          {TASK_TYPE_OPTIONS.map((t) => (
            <option key={t} value={t}>
              {TASK_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
        <select aria-label="Technique" data-testid="history-technique" value={technique} onChange={(e) => setTechnique(e.target.value)}>
          <option value="">All techniques</option>
          {techniques.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
        <select aria-label="Date" data-testid="history-date" value={range} onChange={(e) => setRange(e.target.value as DateRange)}>
          {Object.entries(DATE_RANGES).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
        {range === 'custom' && (
          <span className="date-range">
            <input type="date" aria-label="From date" data-testid="history-from" value={customFrom} max={customTo || undefined} onChange={(e) => setCustomFrom(e.target.value)} />
            <span className="muted">–</span>
            <input type="date" aria-label="To date" data-testid="history-to" value={customTo} min={customFrom || undefined} onChange={(e) => setCustomTo(e.target.value)} />
          </span>
        )}
        <button type="button" className={favoritesOnly ? 'toggle on' : 'toggle'} aria-pressed={favoritesOnly} data-testid="history-favorites" onClick={() => setFavoritesOnly(!favoritesOnly)}>
          <Icon name="star" filled={favoritesOnly} /> Starred
        </button>
      </div>
      <div className="list-status">
        <span className="muted small" data-testid="history-count" aria-live="polite">
          {win.total === null ? 'Loading…' : `${formatCount(total)} enhancement${total === 1 ? '' : 's'}${filtered ? ' match' : ''}`}
        </span>
        {filtered && (
          <button type="button" className="link" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
      {win.error && (
        <div className="banner error" role="alert">
          Could not load history: {win.error}{' '}
          <button type="button" onClick={() => void win.refresh()}>
            Retry
          </button>
        </div>
      )}
      <div className={detailOpen && selected ? 'history-split open' : 'history-split'}>
        <div ref={scrollRef} className="virtual-scroll" data-testid="history-list" role="list" aria-label="Enhancements" tabIndex={-1}>
          {win.total === 0 ? (
            <div className="empty-state in-list">
              {filtered ? (
                <>
                  Nothing matches these filters. Search looks for whole words and word starts in the prompt and the rewrite.{' '}
                  <button type="button" className="link" onClick={clearFilters}>
                    Clear filters
                  </button>
                </>
              ) : (
                <>
                  <strong>No enhancements yet.</strong>
                  <p>
                    Every prompt you enhance, from this window, the tray or the global hotkey, is kept here. Star the good ones, search them later, and re-run
                    them after changing settings.
                  </p>
                </>
              )}
            </div>
          ) : (
            <div className="virtual-inner" style={{ height: virtualizer.getTotalSize() }}>
              {virtualItems.map((v) => {
                const e = win.at(v.index);
                return (
                  <div key={v.key} className="virtual-row" style={{ transform: `translateY(${v.start}px)`, height: ROW_HEIGHT }} role="listitem" aria-setsize={total} aria-posinset={v.index + 1}>
                    {e ? (
                      <HistoryRow entry={e} selected={e.id === selectedId} names={names} onOpen={open} onFavorite={toggleFavorite} onCopy={copy} onDelete={remove} />
                    ) : (
                      <div className="history-row skeleton" aria-hidden="true">
                        <span className="sk sk-title" />
                        <span className="sk sk-meta" />
                      </div>
                    )}
                  </div>
                );
              })}
            </div>
          )}
        </div>
        {detailOpen && selected && <HistoryDetail entry={selected} names={names} onClose={() => setDetailOpen(false)} onFavorite={toggleFavorite} onCopy={copy} onDelete={remove} />}
      </div>
    </section>
  );
}

const PAGE_BUFFER = 200;

interface RowProps {
  entry: HistoryEntry;
  selected: boolean;
  names: Map<string, string>;
  onOpen(e: HistoryEntry): void;
  onFavorite(e: HistoryEntry): Promise<void>;
  onCopy(e: HistoryEntry): Promise<void>;
  onDelete(e: HistoryEntry): Promise<void>;
}

const HistoryRow = memo(function HistoryRow({ entry: e, selected, names, onOpen, onFavorite, onCopy, onDelete }: RowProps) {
  const title = e.input.slice(0, 400).trim().split('\n')[0] ?? '';
  return (
    <div className={selected ? 'history-row selected' : 'history-row'} data-testid="history-row" data-id={e.id}>
      <button type="button" className="history-open" onClick={() => onOpen(e)} aria-label={`Open: ${title.slice(0, 80)}`}>
        <span className="row-title">{title || '(empty prompt)'}</span>
        <span className="row-meta">
          <span className="badge">{taskTypeLabel(e.intent)}</span>
          {e.techniques.slice(0, 3).map((t) => (
            <span key={t.id} className="chip small">
              {techniqueLabel(t.id, names)}
            </span>
          ))}
          {e.techniques.length > 3 && <span className="muted">+{e.techniques.length - 3}</span>}
          <span className="muted" title={new Date(e.createdAt).toLocaleString()}>
            {relativeTime(e.createdAt)}
          </span>
          {e.feedback && <span aria-label={e.feedback === 'up' ? 'Rated good' : 'Rated bad'}>{e.feedback === 'up' ? '👍' : '👎'}</span>}
        </span>
      </button>
      <div className="row-actions">
        <button type="button" className={e.favorite ? 'icon-button star on' : 'icon-button star'} aria-label={e.favorite ? 'Unstar' : 'Star'} aria-pressed={e.favorite} data-testid="history-star" onClick={() => void onFavorite(e)}>
          <Icon name="star" filled={e.favorite} />
        </button>
        <button type="button" className="icon-button hover-only" aria-label="Copy enhanced prompt" title="Copy" onClick={() => void onCopy(e)}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon-button hover-only" aria-label="Re-run" title="Enhance again with the current settings" onClick={() => useEnhance.getState().rerun(e)}>
          <Icon name="rerun" />
        </button>
        <button type="button" className="icon-button hover-only danger" aria-label="Delete" data-testid="history-delete" title="Delete (undo possible)" onClick={() => void onDelete(e)}>
          <Icon name="trash" />
        </button>
      </div>
    </div>
  );
});

function HistoryDetail({ entry: e, names, onClose, onFavorite, onCopy, onDelete }: Omit<RowProps, 'selected' | 'onOpen'> & { onClose(): void }) {
  const q = e.quality as { before?: { score?: number }; after?: { score?: number } } | null;
  return (
    <aside className="history-detail card" aria-label="Enhancement details" data-testid="history-detail">
      <header className="detail-head">
        <div className="badges">
          <span className="badge intent">
            {taskTypeLabel(e.intent)} <span className="badge-sub">{pct(e.confidence)}</span>
          </span>
          <span className="badge">{COMPLEXITY_LABELS[e.complexity]}</span>
          {e.targetModel && <span className="badge">{TARGET_MODEL_LABELS[e.targetModel]}</span>}
        </div>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="muted small">
        {new Date(e.createdAt).toLocaleString()} · from the {e.source} · {e.modelVersion}
        {typeof q?.before?.score === 'number' && typeof q.after?.score === 'number' ? ` · quality ${Math.round(q.before.score)} → ${Math.round(q.after.score)}` : ''}
      </p>
      <h3>Original</h3>
      <pre className="detail-text">{e.input}</pre>
      <h3>Enhanced</h3>
      <pre className="detail-text" data-testid="history-detail-output">
        {e.output}
      </pre>
      {e.techniques.length > 0 && (
        <>
          <h3>Techniques</h3>
          <ul className="technique-reasons">
            {e.techniques.map((t) => (
              <li key={t.id}>
                <strong>{techniqueLabel(t.id, names)}</strong>: {t.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="detail-actions">
        <button type="button" className="primary" onClick={() => useEnhance.getState().open(e)}>
          <Icon name="open" /> Open in Enhance
        </button>
        <button type="button" onClick={() => useEnhance.getState().rerun(e)}>
          <Icon name="rerun" /> Re-run
        </button>
        <button type="button" onClick={() => void onCopy(e)}>
          <Icon name="copy" /> Copy
        </button>
        <button type="button" className={e.favorite ? 'toggle on' : 'toggle'} aria-pressed={e.favorite} onClick={() => void onFavorite(e)}>
          <Icon name="star" filled={e.favorite} /> {e.favorite ? 'Starred' : 'Star'}
        </button>
        <button type="button" className="danger" onClick={() => void onDelete(e)}>
          <Icon name="trash" /> Delete
        </button>
      </div>
    </aside>
  );
}
