import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY } from '../shared/bridge.ts';
import { createBridge } from './bridge.ts';

contextBridge.exposeInMainWorld(BRIDGE_KEY, createBridge(ipcRenderer));
