import { describe, expect, it } from 'vitest';
import { defaultProviderOrder } from './providers.ts';

const all = new Set(['cpu', 'cuda', 'dml', 'coreml', 'webgpu']);

describe('defaultProviderOrder', () => {
  it('tries CUDA first on Linux only when its libraries exist', () => {
    expect(defaultProviderOrder('linux', all, () => true, {})).toEqual(['cuda', 'cpu']);
    expect(defaultProviderOrder('linux', all, () => false, {})).toEqual(['cpu']);
    expect(defaultProviderOrder('linux', all, () => true, { BETTERPROMPTS_WEBGPU: '1' })).toEqual(['cuda', 'webgpu', 'cpu']);
  });
  it('uses DirectML on Windows and CoreML on macOS, then WebGPU, then CPU', () => {
    expect(defaultProviderOrder('win32', all, () => false, {})).toEqual(['dml', 'webgpu', 'cpu']);
    expect(defaultProviderOrder('darwin', all, () => false, {})).toEqual(['coreml', 'webgpu', 'cpu']);
  });
  it('only lists what the build supports, and always ends with CPU', () => {
    expect(defaultProviderOrder('win32', new Set(['cpu']), () => true, {})).toEqual(['cpu']);
    expect(defaultProviderOrder('linux', new Set(['cpu']), () => true, {})).toEqual(['cpu']);
  });
});
