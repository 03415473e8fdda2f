// The main-process end of the preload bridge: one channel into the API table (in the backend
// process), two for the native
// dialogs, one to print the page to PDF. Each checks that the message comes from the top frame of
// our own page in our window before doing anything; none accepts a path.
import { apiError, toApiError } from '../../shared/api/errors';
import { app, ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { DispatchResult } from '../../shared/api/registry';
import { IPC_CHANNELS } from '../../shared/api/transport';
import type { Backend } from '../api/backend';
import { sanitizeFileName, sanitizeFilters } from './dialog-options';
import { chooseFileToOpen, chooseSaveTarget } from './native-dialogs';
import { printWindowToPdf } from './print-to-pdf';
import { isTrustedSender } from './window-security';

/** What a frame that is not our page gets (it never reaches a user): the same refusal as the API's. */
const refused = () => apiError('host/refused', { why: 'window' });

export function registerIpcBridge(backend: Backend, getWindow: () => BrowserWindow | null): void {
  const register = (path: string, name: string) => backend.addFile(path, name);
  const trustedWindow = (event: IpcMainInvokeEvent): BrowserWindow | null => {
    const window = getWindow();
    const frame = event.senderFrame;
    const trusted =
      window !== null &&
      !window.isDestroyed() &&
      event.sender === window.webContents &&
      isTrustedSender(frame === null ? null : { url: frame.url, isMainFrame: frame.parent === null });
    return trusted ? window : null;
  };

  ipcMain.handle(IPC_CHANNELS.invoke, async (event, name: unknown, arg: unknown): Promise<DispatchResult> => {
    if (trustedWindow(event) === null) return { ok: false, error: toApiError(apiError('host/refused', { why: 'window' })) };
    if (typeof name !== 'string') return { ok: false, error: toApiError(apiError('host/no-call-name')) };
    return backend.dispatch(name, arg);
  });

  ipcMain.handle(IPC_CHANNELS.openFile, async (event, filters: unknown) => {
    const window = trustedWindow(event);
    if (window === null) throw refused();
    return chooseFileToOpen(window, sanitizeFilters(filters), register);
  });

  ipcMain.handle(IPC_CHANNELS.saveFile, async (event, defaultName: unknown, filters: unknown) => {
    const window = trustedWindow(event);
    if (window === null) throw refused();
    const options = { defaultName: sanitizeFileName(defaultName), filters: sanitizeFilters(filters), folder: app.getPath('documents') };
    return chooseSaveTarget(window, options, register);
  });

  ipcMain.handle(IPC_CHANNELS.printToPdf, async (event, defaultName: unknown) => {
    const window = trustedWindow(event);
    if (window === null) throw refused();
    return printWindowToPdf(window, { defaultName: sanitizeFileName(defaultName), folder: app.getPath('documents') });
  });
}
