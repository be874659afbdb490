// Routes IPC from renderer windows into the core's dispatch. Every call checks its sender first: only our own
// top-level page may call, never an iframe or a page that navigated elsewhere.
import { IPC_CHANNELS } from '../shared/bridge.ts';
import type { Result } from '../shared/errors.ts';
import type { Dispatch } from '../core/dispatch.ts';
import type { EventBus } from '../core/events/event-bus.ts';

export interface IpcSenderLike {
  senderFrame?: { url: string; parent?: unknown } | null;
  sender?: { id: number };
}

/** The slice of Electron's ipcMain the router needs (injected in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderLike, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

export interface IpcRouterOptions {
  ipcMain: IpcMainLike;
  dispatch: Dispatch;
  events: EventBus;
  isTrustedUrl: (url: string) => boolean;
  /** Windows that receive events; read on every event so new windows are included. */
  targets: () => EventTarget[];
}

const forbidden: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted sender was refused.' } };

export function isTrustedSender(event: IpcSenderLike, isTrustedUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || typeof frame.url !== 'string') return false;
  if (frame.parent) return false; // sub-frames never get the API
  return isTrustedUrl(frame.url);
}

export function registerIpcRouter(opts: IpcRouterOptions): () => void {
  opts.ipcMain.handle(IPC_CHANNELS.invoke, async (event, route, input) => {
    if (!isTrustedSender(event, opts.isTrustedUrl)) return forbidden;
    return opts.dispatch(route, input, { transport: 'ipc' });
  });
  opts.ipcMain.handle(IPC_CHANNELS.cancel, async (event, jobId) => {
    if (!isTrustedSender(event, opts.isTrustedUrl)) return forbidden;
    return opts.dispatch('jobs.cancel', { id: jobId }, { transport: 'ipc' });
  });
  const unsubscribe = opts.events.subscribe((name, payload) => {
    for (const target of opts.targets()) if (!target.isDestroyed()) target.send(IPC_CHANNELS.event, name, payload);
  });
  return () => {
    unsubscribe();
    opts.ipcMain.removeHandler(IPC_CHANNELS.invoke);
    opts.ipcMain.removeHandler(IPC_CHANNELS.cancel);
  };
}
