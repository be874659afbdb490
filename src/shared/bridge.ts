// The preload bridge's shape and channel names. Kept apart from the routes so the preload bundle stays tiny.
/** The surface the preload bridge exposes as `window.betterprompts`: exactly these three functions. */
export interface Bridge {
  invoke(route: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  cancel(jobId: string): Promise<unknown>;
}
export const BRIDGE_KEY = 'betterprompts';
export const IPC_CHANNELS = { invoke: 'bp:invoke', event: 'bp:event', cancel: 'bp:cancel' } as const;
