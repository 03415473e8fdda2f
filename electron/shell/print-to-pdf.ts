// "Imprimir dossiê": the page as its print stylesheet lays it out (A4, no navigation), through
// Electron's printToPDF, into a file the user picks. The path never leaves the main process.
import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

export async function printWindowToPdf(window: BrowserWindow, options: { defaultName: string; folder: string }): Promise<string | null> {
  const name = /\.pdf$/i.test(options.defaultName) ? options.defaultName : `${options.defaultName}.pdf`;
  const result = await dialog.showSaveDialog(window, {
    defaultPath: join(options.folder, name),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return null;
  // The stylesheet's @page rule sets the margins; printBackground keeps the class colours.
  const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
  await writeFile(result.filePath, pdf);
  return basename(result.filePath);
}
