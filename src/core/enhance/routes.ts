// Ready-made handlers for the `enhance.*` routes, so the composition root only has to pass its services in.
// Settings fill the options the caller left out; each enhancement is saved to history when a saver is given.
import type { RouteOutput, RouteParsedInput } from '../../shared/contract.ts';
import type { Settings } from '../../shared/routes/settings.ts';
import type { HistorySourceSchema } from '../../shared/routes/history.ts';
import type { z } from 'zod';
import type { Enhancer } from './enhancer.ts';
import type { EnhanceOptions, EnhanceResult } from './types.ts';

type HistorySource = z.infer<typeof HistorySourceSchema>;

/** The shape `history.add` takes (src/core/storage/history-repo.ts NewHistoryEntry). */
export interface HistoryRecord {
  input: string;
  output: string;
  intent: EnhanceResult['intent'];
  confidence: number;
  complexity: EnhanceResult['complexity'];
  techniques: { id: string; reason: string }[];
  timings: Record<string, number>;
  modelVersion: string;
  targetModel: EnhanceResult['targetModel'] | null;
  source: HistorySource;
  quality: unknown;
}

/** Map an enhancement to a history row. */
export function toHistoryRecord(result: EnhanceResult, source: HistorySource): HistoryRecord {
  return {
    input: result.original,
    output: result.enhanced,
    intent: result.intent,
    confidence: result.confidence,
    complexity: result.complexity,
    techniques: result.techniques.map((t) => ({ id: t.id, reason: t.reason })),
    timings: result.timings,
    modelVersion: result.modelVersion,
    targetModel: result.targetModel,
    source,
    quality: result.quality,
  };
}

/** Options for one call: the explicit ones win, settings fill the rest. */
export function optionsFrom(input: EnhanceOptions, settings: Partial<Settings> | null): EnhanceOptions {
  return {
    targetModel: input.targetModel ?? settings?.targetModel,
    preferredTechniques: input.preferredTechniques ?? settings?.preferredTechniques,
    excludedTechniques: input.excludedTechniques ?? settings?.excludedTechniques,
    maxTechniques: input.maxTechniques ?? settings?.maxTechniques,
    verbosity: input.verbosity ?? settings?.verbosity,
  };
}

export interface EnhanceRouteDeps {
  enhancer: Enhancer;
  /** Current settings (e.g. `settings.getAll()`); omitted → engine defaults. */
  getSettings?: () => Promise<Partial<Settings>> | Partial<Settings>;
  /** Persist one enhancement and return its row id (e.g. `(r) => history.add(r).then((e) => e.id)`). */
  saveHistory?: (record: HistoryRecord) => Promise<number>;
  /** History source when the input does not say; default: from the call's transport (ipc→window, cli→cli, else api). */
  defaultSource?: HistorySource;
}

/** The door a call came through (the dispatcher's CallContext); it picks the history source when none is given. */
export interface EnhanceCallContext {
  transport: 'ipc' | 'http' | 'cli' | 'direct';
}
const SOURCE_BY_TRANSPORT: Record<EnhanceCallContext['transport'], HistorySource> = { ipc: 'window', http: 'api', cli: 'cli', direct: 'api' };

export interface EnhanceRouteHandlers {
  'enhance.run': (input: RouteParsedInput<'enhance.run'>, ctx?: EnhanceCallContext) => Promise<RouteOutput<'enhance.run'>>;
  'enhance.techniques': (input: RouteParsedInput<'enhance.techniques'>) => Promise<RouteOutput<'enhance.techniques'>>;
}

export function createEnhanceHandlers(deps: EnhanceRouteDeps): EnhanceRouteHandlers {
  return {
    async 'enhance.run'(input, ctx) {
      const settings = deps.getSettings ? await deps.getSettings() : null;
      const { text, source, ...explicit } = input;
      const result = await deps.enhancer.enhance(text, optionsFrom(explicit, settings));
      if (!deps.saveHistory) return result;
      const fallback = deps.defaultSource ?? (ctx ? SOURCE_BY_TRANSPORT[ctx.transport] : 'api');
      const historyId = await deps.saveHistory(toHistoryRecord(result, source ?? fallback));
      return { ...result, historyId };
    },
    async 'enhance.techniques'() {
      return deps.enhancer.techniques();
    },
  };
}
