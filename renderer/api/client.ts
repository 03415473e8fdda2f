// The typed API client the screens use: `invoke('analysis/run', {...})` returns the handler's
// result or throws a typed error (`{type, code, params}` as an Error, see shared/api/errors.ts).
import { fromApiError } from '../../shared/api/errors';
import type { ClaveEvent } from '../../shared/api/events';
import type { HandlerArg, HandlerName, HandlerResult } from '../../shared/api/handlers';
import type { FileId } from '../../shared/api/import-api';
import type { ChosenFile, FileFilter } from '../../shared/api/transport';
import type { SavedFile, Transport } from './client-transport';

export type ClaveClient = {
  /** 'electron' inside the desktop window, 'web' in a browser through the local web host. */
  readonly kind: Transport['kind'];
  invoke<N extends HandlerName>(name: N, arg: HandlerArg<N>): Promise<HandlerResult<N>>;
  /** Import progress and (in the desktop window) menu actions. Returns the unsubscribe function. */
  onEvent(listener: (event: ClaveEvent) => void): () => void;
  /** The desktop's open dialog, or the browser's file chooser followed by an upload. null = cancelled. */
  openFile(filters?: FileFilter[]): Promise<ChosenFile | null>;
  /** A File from drag-and-drop or an <input type=file>, handed to the backend. */
  uploadFile(file: File): Promise<ChosenFile>;
  /**
   * Saves something the backend writes (an export, a backup): in the desktop window the user
   * picks the target first and `write` receives its id; in the browser `write` gets no target
   * (the backend writes a temporary file) and the result is downloaded under its name.
   * Returns what `write` returned, or null when the user cancelled the dialog.
   */
  saveFile<R extends SavedFile>(
    defaultName: string,
    filters: FileFilter[],
    write: (target: FileId | undefined) => Promise<R>,
  ): Promise<R | null>;
  /**
   * Prints what the page shows (its print stylesheet: A4, no navigation) to PDF. In the desktop
   * window: a save dialog and Electron's printToPDF; in the browser: its own print dialog, whose
   * "Save as PDF" does the same. False when the user cancelled.
   */
  printPage(defaultName: string): Promise<boolean>;
};

export function createClient(transport: Transport): ClaveClient {
  return {
    kind: transport.kind,
    async invoke(name, arg) {
      const result = await transport.call(name, arg);
      if (!result.ok) throw fromApiError(result.error);
      return result.value as HandlerResult<typeof name>;
    },
    onEvent: (listener) => transport.subscribe(listener),
    openFile: (filters = []) => transport.openFile(filters),
    uploadFile: (file) => transport.uploadFile(file),
    saveFile: (defaultName, filters, write) => transport.saveFile(defaultName, filters, write),
    printPage: (defaultName) => transport.printPage(defaultName),
  };
}
