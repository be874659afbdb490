// Calls to the engine routes (enhance, classifier), typed by the routes' declared outputs. A route that is declared
// in src/shared/routes/ but not yet joined to the contract (classifier.*) is called by name.
import type { ClassifierInfo } from '../../shared/routes/classifier.ts';
import type { EnhanceRunInput, EnhanceRunOutput, TechniqueInfoShape } from '../../shared/routes/enhance.ts';
import { api } from './index.ts';

type LooseCall = (route: string, input: unknown) => Promise<unknown>;
const callByName = api.call as unknown as LooseCall;

export type EnhanceResult = EnhanceRunOutput;
export type TechniqueInfo = TechniqueInfoShape;
export type EnhanceRequest = EnhanceRunInput;
export type { ClassifierInfo };

export const enhanceRun = (input: EnhanceRequest): Promise<EnhanceResult> => api.call('enhance.run', input);
export const enhanceTechniques = (): Promise<TechniqueInfo[]> => api.call('enhance.techniques', {});
export const classifierInfo = (): Promise<ClassifierInfo> => callByName('classifier.info', {}) as Promise<ClassifierInfo>;
export const classifierPredict = (text: string): Promise<unknown> => callByName('classifier.predict', { text });
