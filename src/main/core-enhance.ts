// The hotkey's and tray's enhance port over the real core: the same `enhance.run` route every surface uses, with the
// surface recorded as the history row's source.
import type { Dispatch } from '../core/dispatch.ts';
import type { EnhancePort, EnhancedText } from './ports.ts';

interface EnhanceRunData {
  enhanced: string;
  intent: string;
  techniques: { id: string; name: string }[];
  historyId?: number | undefined;
}

export function coreEnhancePort(dispatch: Dispatch): EnhancePort {
  return async (text, source): Promise<EnhancedText> => {
    const res = await dispatch('enhance.run', { text, source }, { transport: 'direct' });
    if (!res.ok) throw new Error(res.error.message);
    const data = res.data as EnhanceRunData;
    return {
      enhanced: data.enhanced,
      intent: data.intent,
      techniques: data.techniques.map((t) => ({ id: t.id, name: t.name })),
      historyId: data.historyId ?? null,
    };
  };
}
