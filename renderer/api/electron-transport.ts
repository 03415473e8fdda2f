// The transport inside the Electron window: the preload's `window.clave` bridge.
import { apiError } from '../../shared/api/errors';
import type { ClaveBridge } from '../../shared/api/transport';
import type { Transport } from './client-transport';

/** A rejection from the bridge means the main process refused the message itself (not from our window). */
function refused(): never {
  throw apiError('host/refused', { why: 'window' });
}

export function electronTransport(bridge: ClaveBridge): Transport {
  return {
    kind: 'electron',
    call: (name, arg) => bridge.invoke(name, arg).catch(refused),
    subscribe: (listener) => bridge.onEvent(listener),
    openFile: (filters) => bridge.openFile(filters).catch(refused),
    async uploadFile(file) {
      // The bridge takes no file contents and no paths: files reach the backend through the
      // native open dialog only.
      throw apiError('host/import-through-menu', { name: file.name });
    },
    async saveFile(defaultName, filters, write) {
      const target = await bridge.saveFile(defaultName, filters).catch(refused);
      return target === null ? null : write(target.fileId);
    },
    printPage: async (defaultName) => (await bridge.printToPdf(defaultName).catch(refused)) !== null,
  };
}
