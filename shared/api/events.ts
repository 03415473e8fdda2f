// Events pushed from the backend to the screens (Electron IPC event, SSE in the web host).

export type ImportProgressEvent = {
  type: 'import/progress';
  jobId: string;
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
};

/** Another workspace was opened (new, open, the sample, a restart): the screens start over. */
export type WorkspaceChangedEvent = { type: 'workspace/changed'; path: string; name: string; sample: boolean };

export type ApiEvent = ImportProgressEvent | WorkspaceChangedEvent;

/**
 * Sent by the host (Electron's main process, the web host) about the backend process itself:
 * it stopped unexpectedly (`ref` ties it to the log), or it runs again after a restart.
 */
export type BackendEvent = { type: 'backend/crashed'; ref: string } | { type: 'backend/restarted' };

/** The desktop app's menu items that the screens act on (Sair is handled by the shell itself). */
export type MenuAction = 'import' | 'export' | 'print-dossier' | 'backup' | 'about' | 'workspace-new' | 'workspace-open' | 'workspace-recent';

/** Sent by the Electron shell when the user picks a menu item; the web host has no native menu. */
export type MenuEvent = { type: 'menu'; action: MenuAction; /** For 'workspace-recent': the recent workspace chosen. */ path?: string };

/** Everything a screen can receive through `onEvent`: backend events and the shell's menu. */
export type ClaveEvent = ApiEvent | MenuEvent | BackendEvent;
