// Events pushed from the backend to the screens (Electron IPC event, SSE in the web host).

export type ImportProgressEvent = {
  type: 'import/progress';
  jobId: string;
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
};

export type ApiEvent = ImportProgressEvent;

/** The desktop app's menu items that the screens act on (Sair is handled by the shell itself). */
export type MenuAction = 'import' | 'export' | 'print-dossier' | 'backup' | 'about';

/** Sent by the Electron shell when the user picks a menu item; the web host has no native menu. */
export type MenuEvent = { type: 'menu'; action: MenuAction };

/** Everything a screen can receive through `onEvent`: backend events and the shell's menu. */
export type ClaveEvent = ApiEvent | MenuEvent;
