// What the typed client needs from a transport; one implementation per host (Electron window,
// browser with the local web host).
import type { ClaveEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import type { DispatchResult } from '../../shared/api/registry';
import type { ChosenFile, FileFilter } from '../../shared/api/transport';

/** What a save handler returns (ExportResult and the like): the written file's id and name. */
export type SavedFile = { fileId: FileId; fileName: string };

export type Transport = {
  kind: 'electron' | 'web';
  /** Never rejects for an API error: returns the wire form, like Registry.dispatch. */
  call(name: string, arg: unknown): Promise<DispatchResult>;
  subscribe(listener: (event: ClaveEvent) => void): () => void;
  openFile(filters: FileFilter[]): Promise<ChosenFile | null>;
  uploadFile(file: File): Promise<ChosenFile>;
  saveFile<R extends SavedFile>(
    defaultName: string,
    filters: FileFilter[],
    write: (target: FileId | undefined) => Promise<R>,
  ): Promise<R | null>;
  /** Prints the page to PDF: a file in the desktop window, the browser's print dialog on the web. False when cancelled. */
  printPage(defaultName: string): Promise<boolean>;
};
