import type { HandlerDeps, HandlersFor } from './deps.ts';

export const appHandlers = ({ config, dbPath }: HandlerDeps): HandlersFor<'app.'> => ({
  'app.info': async () => ({
    name: 'BetterPrompts',
    version: config.version,
    mode: config.mode,
    dataDir: config.dataDir,
    dbPath,
    platform: `${process.platform}-${process.arch}`,
    // The classifier is always available: the ONNX model, or the rules fallback when it cannot load.
    features: { classifier: true, enhance: true, lab: false },
  }),
});
