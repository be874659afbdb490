import type { Bridge, Result } from '../../shared/index.ts';
import type { Transport } from './client.ts';

/** Desktop: the preload bridge's invoke/on. */
export function ipcTransport(bridge: Bridge): Transport {
  return {
    invoke: async (route, input) => (await bridge.invoke(route, input)) as Result<unknown>,
    on: (event, listener) => bridge.on(event, listener),
  };
}
