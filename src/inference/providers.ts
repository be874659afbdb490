// Execution-provider choice for onnxruntime-node, and session creation that falls back to CPU.
// onnxruntime fails the whole session when one provider in the list fails, so each accelerated provider is tried on
// its own first and the CPU-only session is the last resort.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as ort from 'onnxruntime-node';

export type ProviderName = 'cuda' | 'dml' | 'coreml' | 'webgpu' | 'cpu';

/** Does a CUDA runtime look installed (libcudart on the library path)? Cheap file checks only. */
export function cudaLibrariesPresent(env: NodeJS.ProcessEnv = process.env): boolean {
  const dirs = [
    ...(env.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean),
    env.CUDA_PATH ? `${env.CUDA_PATH}/lib64` : '',
    '/usr/local/cuda/lib64',
    '/usr/lib/x86_64-linux-gnu',
    '/usr/lib64',
  ].filter(Boolean);
  for (const d of dirs) {
    try {
      if (readdirSync(d).some((f) => f.startsWith('libcudart.so'))) return true;
    } catch {
      // directory missing: keep looking
    }
  }
  return false;
}

/**
 * Does this onnxruntime-node install carry its CUDA provider library? The project's .npmrc skips that download
 * (onnxruntime-node-install=skip), so on most machines it does not, and trying CUDA would only fail.
 */
export function ortCudaProviderInstalled(): boolean {
  try {
    const req = createRequire(import.meta.url);
    const pkgDir = dirname(req.resolve('onnxruntime-node/package.json'));
    const dir = join(pkgDir, 'bin', 'napi-v6', process.platform, process.arch);
    return existsSync(join(dir, 'libonnxruntime_providers_cuda.so')) && existsSync(join(dir, 'libonnxruntime_providers_shared.so'));
  } catch {
    return false;
  }
}

/** The backends this onnxruntime-node build says it has (names lower-cased). */
export function supportedBackends(): Set<string> {
  try {
    return new Set(ort.listSupportedBackends().map((b) => String(b.name).toLowerCase()));
  } catch {
    return new Set(['cpu']);
  }
}

/**
 * Provider order for a platform: CUDA on Linux when its libraries exist (both the CUDA runtime and onnxruntime's CUDA
 * provider library), DirectML on Windows, CoreML on macOS, WebGPU where the build has it (on Linux only when
 * BETTERPROMPTS_WEBGPU=1: headless Linux machines rarely have an adapter and the attempt costs load time), then CPU.
 * Always ends with 'cpu'.
 */
export function defaultProviderOrder(
  platform: NodeJS.Platform = process.platform,
  supported: Set<string> = supportedBackends(),
  hasCuda: () => boolean = () => cudaLibrariesPresent() && ortCudaProviderInstalled(),
  env: NodeJS.ProcessEnv = process.env,
): ProviderName[] {
  const order: ProviderName[] = [];
  if (platform === 'linux' && supported.has('cuda') && hasCuda()) order.push('cuda');
  if (platform === 'win32' && supported.has('dml')) order.push('dml');
  if (platform === 'darwin' && supported.has('coreml')) order.push('coreml');
  if (supported.has('webgpu') && (platform !== 'linux' || env.BETTERPROMPTS_WEBGPU === '1')) order.push('webgpu');
  order.push('cpu');
  return order;
}

export interface SessionResult {
  session: ort.InferenceSession;
  provider: ProviderName;
  /** Providers tried before the one that worked, with the error each gave. */
  failures: { provider: ProviderName; error: string }[];
  loadMs: number;
}

export interface SessionOptions {
  threads?: number;
  providers: readonly ProviderName[];
}

/** Create a session with the first provider that works; CPU-only is always the final attempt. */
export async function createSession(modelPath: string, opts: SessionOptions): Promise<SessionResult> {
  if (!existsSync(modelPath)) throw new Error(`Model file not found: ${modelPath}`);
  const order = [...opts.providers.filter((p) => p !== 'cpu'), 'cpu' as const];
  const failures: SessionResult['failures'] = [];
  const start = performance.now();
  for (const provider of order) {
    try {
      const session = await ort.InferenceSession.create(modelPath, {
        executionProviders: provider === 'cpu' ? ['cpu'] : [provider, 'cpu'],
        graphOptimizationLevel: 'all',
        intraOpNumThreads: opts.threads ?? 1,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        enableCpuMemArena: true,
      });
      return { session, provider, failures, loadMs: performance.now() - start };
    } catch (err) {
      failures.push({ provider, error: err instanceof Error ? err.message : String(err) });
      if (provider === 'cpu') {
        const all = failures.map((f) => `${f.provider}: ${f.error}`).join('; ');
        throw new Error(`Could not load the intent model (${all})`, { cause: err });
      }
    }
  }
  throw new Error('unreachable');
}
