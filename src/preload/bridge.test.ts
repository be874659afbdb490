import { describe, expect, it } from 'vitest';
import { createBridge, type IpcRendererLike } from './bridge.ts';
import { IPC_CHANNELS } from '../shared/bridge.ts';

function fakeIpc() {
  const calls: unknown[][] = [];
  const listeners = new Map<string, Set<(e: unknown, ...a: unknown[]) => void>>();
  const ipc: IpcRendererLike = {
    invoke: async (...args) => {
      calls.push(args);
      return { ok: true, data: null };
    },
    on: (ch, l) => listeners.set(ch, (listeners.get(ch) ?? new Set()).add(l)),
    removeListener: (ch, l) => listeners.get(ch)?.delete(l),
  };
  const emit = (...args: unknown[]) => listeners.get(IPC_CHANNELS.event)?.forEach((l) => l({ sender: 'ipcRenderer' }, ...args));
  return { ipc, calls, emit, listeners };
}

describe('preload bridge', () => {
  it('exposes exactly invoke, on and cancel, frozen', () => {
    const bridge = createBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual(['cancel', 'invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards invoke and cancel on their channels', async () => {
    const { ipc, calls } = fakeIpc();
    const bridge = createBridge(ipc);
    await bridge.invoke('library.list', { tag: 'x' });
    await bridge.cancel('job-12345678');
    expect(calls).toEqual([
      [IPC_CHANNELS.invoke, 'library.list', { tag: 'x' }],
      [IPC_CHANNELS.cancel, 'job-12345678'],
    ]);
  });

  it('delivers only the named event, never the raw IPC event object, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = createBridge(ipc);
    const got: unknown[][] = [];
    const off = bridge.on('job.progress', (...args) => got.push(args));
    emit('job.finished', { id: 1 });
    emit('job.progress', { progress: 0.5 });
    expect(got).toEqual([[{ progress: 0.5 }]]);
    off();
    expect(listeners.get(IPC_CHANNELS.event)?.size).toBe(0);
  });
});
