// The sandboxed bridge: exactly `invoke`, `on` and `cancel`, nothing else reaches the page.
import { IPC_CHANNELS, type Bridge } from '../shared/bridge.ts';

/** The slice of Electron's ipcRenderer the bridge uses; injected so tests run in plain Node. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export function createBridge(ipc: IpcRendererLike): Bridge {
  return Object.freeze({
    invoke: (route: string, input: unknown) => ipc.invoke(IPC_CHANNELS.invoke, route, input),
    on: (event: string, listener: (payload: unknown) => void) => {
      // Never hand the raw IpcRendererEvent to the page: it would expose `sender` (the ipcRenderer itself).
      const handler = (_e: unknown, name: unknown, payload: unknown) => {
        if (name === event) listener(payload);
      };
      ipc.on(IPC_CHANNELS.event, handler);
      return () => {
        ipc.removeListener(IPC_CHANNELS.event, handler);
      };
    },
    cancel: (jobId: string) => ipc.invoke(IPC_CHANNELS.cancel, jobId),
  });
}
