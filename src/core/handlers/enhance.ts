import { createEnhanceHandlers, createEnhancer } from '../enhance/index.ts';
import type { HandlerDeps, HandlersFor } from './deps.ts';

/** enhance.*: the technique engine over the shared classifier; settings fill unset options; results go to history. */
export const enhanceHandlers = ({ classifier, settings, history }: HandlerDeps): HandlersFor<'enhance.'> =>
  createEnhanceHandlers({
    enhancer: createEnhancer({ classify: async (text) => (await classifier).predict(text) }),
    getSettings: () => settings.getAll(),
    saveHistory: (record) => history.insert(record),
  });
