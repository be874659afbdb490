import type { HandlerDeps, HandlersFor } from './deps.ts';
import { exportLibrary, importLibrary } from './library-io.ts';

export const libraryHandlers = ({ library }: HandlerDeps): HandlersFor<'library.'> => ({
  'library.list': (q) => library.list(q),
  'library.get': ({ id }) => library.get(id),
  'library.create': (item) => library.create(item),
  'library.update': ({ id, ...patch }) => library.update(id, patch),
  'library.delete': async ({ id }) => {
    await library.delete(id);
    return { ok: true as const };
  },
  'library.restore': ({ id }) => library.restore(id),
  'library.import': ({ content, format, filename }) => importLibrary(library, content, format, filename),
  'library.export': async ({ format, tag }) => exportLibrary((await library.list({ tag, limit: 1_000_000, offset: 0 })).items, format),
});
