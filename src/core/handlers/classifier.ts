import type { HandlerDeps, HandlersFor } from './deps.ts';

export const classifierHandlers = ({ classifier }: HandlerDeps): HandlersFor<'classifier.'> => ({
  'classifier.predict': async ({ text }) => (await classifier).predict(text),
  'classifier.info': async () => (await classifier).info(),
});
