// Native open/save dialogs. The path the user picks is registered in the workspace's file
// registry here, in the main process; the renderer only ever receives the id and the name.
import { dialog, type BrowserWindow } from 'electron';
import { basename, join } from 'node:path';
import type { FileRegistry } from '../api/context';
import type { ChosenFile, FileFilter } from '../../shared/api/transport';

export async function chooseFileToOpen(window: BrowserWindow, filters: FileFilter[], files: FileRegistry): Promise<ChosenFile | null> {
  const result = await dialog.showOpenDialog(window, { properties: ['openFile'], filters });
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  return { fileId: files.add(path), name: basename(path) };
}

export async function chooseSaveTarget(
  window: BrowserWindow,
  options: { defaultName: string; filters: FileFilter[]; folder: string },
  files: FileRegistry,
): Promise<ChosenFile | null> {
  const result = await dialog.showSaveDialog(window, {
    defaultPath: join(options.folder, options.defaultName),
    filters: options.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return null;
  return { fileId: files.add(result.filePath), name: basename(result.filePath) };
}
