import { createApiClient, type ApiClient } from './client.ts';
import { httpTransport } from './http-transport.ts';
import { ipcTransport } from './ipc-transport.ts';
import type { Bridge } from '../../shared/index.ts';

declare global {
  interface Window {
    betterprompts?: Bridge;
  }
}

/** The preload bridge when running in Electron, HTTP otherwise (web mode). */
export const api: ApiClient = createApiClient(window.betterprompts ? ipcTransport(window.betterprompts) : httpTransport());
export { ApiError } from './client.ts';
