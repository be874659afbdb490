// A windowed view over history.list: rows are fetched a page at a time as the virtual list scrolls to them, so
// 100,000 entries cost one page of data and a handful of DOM rows.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { HistoryEntry, RouteInput } from '../../../shared/index.ts';
import { api } from '../../api/index.ts';

export const PAGE_SIZE = 100;
export type HistoryFilters = Omit<RouteInput<'history.list'>, 'limit' | 'offset'>;

export interface HistoryWindow {
  /** Null until the first page answers. */
  total: number | null;
  error: string | null;
  /** The entry at an index, or undefined while its page loads. */
  at(index: number): HistoryEntry | undefined;
  /** Load the pages covering indices [from, to]. */
  ensure(from: number, to: number): void;
  /** Re-read the loaded pages (after a delete or restore), swapping them in when all have answered. */
  refresh(): Promise<void>;
  /** Change one entry in place (optimistic favorite). */
  patch(id: number, change: Partial<HistoryEntry>): void;
  /** Bumped whenever rows change, to re-render. */
  version: number;
}

export function useHistoryWindow(filters: HistoryFilters): HistoryWindow {
  const pages = useRef(new Map<number, HistoryEntry[]>());
  const inflight = useRef(new Set<number>());
  const generation = useRef(0);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const key = JSON.stringify(filters);
  const filtersRef = useRef(filters);
  filtersRef.current = filters;

  const fetchPage = useCallback(async (page: number) => {
    const res = await api.call('history.list', { ...filtersRef.current, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
    return res;
  }, []);

  const load = useCallback(
    (page: number) => {
      if (pages.current.has(page) || inflight.current.has(page)) return;
      const gen = generation.current;
      inflight.current.add(page);
      fetchPage(page).then(
        (res) => {
          if (gen !== generation.current) return;
          inflight.current.delete(page);
          pages.current.set(page, res.items);
          setTotal(res.total);
          setError(null);
          setVersion((v) => v + 1);
        },
        (err: unknown) => {
          if (gen !== generation.current) return;
          inflight.current.delete(page);
          setError(err instanceof Error ? err.message : String(err));
        },
      );
    },
    [fetchPage],
  );

  // New filters: forget everything and read the first page.
  useEffect(() => {
    generation.current++;
    pages.current = new Map();
    inflight.current = new Set();
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (from: number, to: number) => {
      const first = Math.max(0, Math.floor(from / PAGE_SIZE));
      const last = Math.max(first, Math.floor(Math.max(0, to) / PAGE_SIZE));
      for (let p = first; p <= last; p++) load(p);
    },
    [load],
  );

  const refresh = useCallback(async () => {
    const gen = ++generation.current;
    const wanted = pages.current.size ? [...pages.current.keys()] : [0];
    try {
      const results = await Promise.all(wanted.map(async (p) => [p, await fetchPage(p)] as const));
      if (gen !== generation.current) return;
      const next = new Map<number, HistoryEntry[]>();
      let t = 0;
      for (const [p, res] of results) {
        next.set(p, res.items);
        t = res.total;
      }
      pages.current = next;
      inflight.current = new Set();
      setTotal(t);
      setError(null);
      setVersion((v) => v + 1);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, [fetchPage]);

  const patch = useCallback((id: number, change: Partial<HistoryEntry>) => {
    for (const [p, items] of pages.current) {
      const i = items.findIndex((e) => e.id === id);
      if (i >= 0) {
        const copy = items.slice();
        copy[i] = { ...copy[i]!, ...change };
        pages.current.set(p, copy);
        setVersion((v) => v + 1);
      }
    }
  }, []);

  const at = useCallback((index: number) => pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE], []);

  return { total, error, at, ensure, refresh, patch, version };
}
