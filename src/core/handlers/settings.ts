import type { HandlerDeps, HandlersFor } from './deps.ts';

export const settingsHandlers = ({ settings }: HandlerDeps): HandlersFor<'settings.'> => ({
  'settings.get': () => settings.getAll(),
  'settings.update': (patch) => settings.update(patch),
});
