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
