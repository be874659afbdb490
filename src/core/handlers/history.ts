import type { HandlerDeps, HandlersFor } from './deps.ts';

export const historyHandlers = ({ history }: HandlerDeps): HandlersFor<'history.'> => ({
  'history.list': (q) => history.list(q),
  'history.get': ({ id }) => history.get(id),
  'history.setFavorite': ({ id, favorite }) => history.setFavorite(id, favorite),
  'history.setFeedback': ({ id, feedback }) => history.setFeedback(id, feedback),
  'history.delete': async ({ id }) => {
    await history.delete(id);
    return { ok: true as const };
  },
  'history.restore': ({ id }) => history.restore(id),
});
