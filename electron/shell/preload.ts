// The preload of the Clave window (sandboxed, context-isolated). It exposes `window.clave` with
// exactly five functions over fixed IPC channels; the page never sees ipcRenderer, an IPC event
// object or a path. Bundled to dist/preload.cjs: a sandboxed preload may require only 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ClaveEvent } from '../../shared/api/events';
import { IPC_CHANNELS, type ClaveBridge } from '../../shared/api/transport';

const bridge: ClaveBridge = {
  invoke: (name, arg) => ipcRenderer.invoke(IPC_CHANNELS.invoke, String(name), arg),
  onEvent: (listener) => {
    const forward = (_event: IpcRendererEvent, payload: ClaveEvent) => listener(payload);
    ipcRenderer.on(IPC_CHANNELS.event, forward);
    return () => {
      ipcRenderer.removeListener(IPC_CHANNELS.event, forward);
    };
  },
  openFile: (filters) => ipcRenderer.invoke(IPC_CHANNELS.openFile, filters),
  saveFile: (defaultName, filters) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, String(defaultName), filters),
  printToPdf: (defaultName) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf, String(defaultName)),
};

contextBridge.exposeInMainWorld('clave', bridge);
