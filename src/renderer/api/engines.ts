// Calls to the engine routes (enhance, classifier), with the types their routes declare.
import type { ClassifierInfo } from '../../shared/routes/classifier.ts';
import type { EnhanceRunInput, EnhanceRunOutput, TechniqueInfoShape } from '../../shared/routes/enhance.ts';
import { api } from './index.ts';

export type EnhanceResult = EnhanceRunOutput;
export type TechniqueInfo = TechniqueInfoShape;
export type EnhanceRequest = EnhanceRunInput;
export type { ClassifierInfo };

export const enhanceRun = (input: EnhanceRequest): Promise<EnhanceResult> => api.call('enhance.run', input);
export const enhanceTechniques = (): Promise<TechniqueInfo[]> => api.call('enhance.techniques', {});
export const classifierInfo = (): Promise<ClassifierInfo> => api.call('classifier.info', {});
export const classifierPredict = (text: string) => api.call('classifier.predict', { text });
