import type { HandlerDeps, HandlersFor } from './deps.ts';

export const appHandlers = ({ config, dbPath }: HandlerDeps): HandlersFor<'app.'> => ({
  'app.info': async () => ({
    name: 'BetterPrompts',
    version: config.version,
    mode: config.mode,
    dataDir: config.dataDir,
    dbPath,
    platform: `${process.platform}-${process.arch}`,
    features: { classifier: false, enhance: false, lab: false },
  }),
});
