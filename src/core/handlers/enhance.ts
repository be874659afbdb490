import { createEnhanceHandlers, createEnhancer } from '../enhance/index.ts';
import type { CallContext } from '../dispatch.ts';
import type { HandlerDeps, HandlersFor } from './deps.ts';

/** Where an enhancement came from when the caller does not say: IPC is the desktop window. */
const SOURCE_BY_TRANSPORT = { ipc: 'window', http: 'api', cli: 'cli', direct: 'api' } as const satisfies Record<CallContext['transport'], string>;

export const enhanceHandlers = ({ classifier, settings, history }: HandlerDeps): HandlersFor<'enhance.'> => {
  const enhancer = createEnhancer({ classify: async (text) => (await classifier).predict(text) });
  const base = createEnhanceHandlers({
    enhancer,
    getSettings: () => settings.getAll(),
    saveHistory: async (record) => (await history.add(record)).id,
  });
  return {
    'enhance.run': (input, ctx) => base['enhance.run']({ ...input, source: input.source ?? SOURCE_BY_TRANSPORT[ctx.transport] }),
    'enhance.techniques': (input) => base['enhance.techniques'](input),
  };
};
