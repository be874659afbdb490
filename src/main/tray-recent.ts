import type { Dispatch } from '../core/dispatch.ts';
import type { RecentItem } from './tray-menu.ts';

/** The tray's recent list from the core's `history.list` (newest first). */
export function recentFromCore(dispatch: Dispatch): (limit: number) => Promise<RecentItem[]> {
  return async (limit) => {
    const res = await dispatch('history.list', { limit }, { transport: 'direct' });
    if (!res.ok) throw new Error(res.error.message);
    const { items } = res.data as { items: RecentItem[] };
    return items.map(({ id, input, output, intent }) => ({ id, input, output, intent }));
  };
}
