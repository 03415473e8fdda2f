// Native open/save dialogs. The path the user picks is registered with the backend here, in the
// main process; the renderer only ever receives the id and the name.
import { dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import type { FileId } from '../../shared/api/import-api';
import type { ChosenFile, FileFilter } from '../../shared/api/transport';

export type RegisterFile = (path: string, name: string) => Promise<FileId>;

export async function chooseFileToOpen(window: BrowserWindow, filters: FileFilter[], register: RegisterFile): Promise<ChosenFile | null> {
  const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  return { fileId: await register(path, basename(path)), name: basename(path) };
}

export async function chooseSaveTarget(
  window: BrowserWindow,
  options: { defaultName: string; filters: FileFilter[]; folder: string },
  register: RegisterFile,
): Promise<ChosenFile | null> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: join(options.folder, options.defaultName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return null;
  return { fileId: await register(result.filePath, basename(result.filePath)), name: basename(result.filePath) };
}
