// Runs an import job, cancellable: 'import/run', or 'import/overlap' (the dry run that says what
// is already stored). A job id of our own, the progress events of that job only, and
// 'import/cancel'. Used by the wizard and by the start screen's sample data.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgressEvent } from '../../../shared/api/events';
import type { HandlerArg, HandlerResult } from '../../../shared/api/handlers';
import { invoke, isTypedError, onEvent } from '../../api';

type JobName = 'import/run' | 'import/overlap';

export type ImportJob = {
  /** null when no job is running. */
  progress: ImportProgressEvent | null;
  /** Which job is running, null when none. */
  running: JobName | null;
  run(arg: Omit<HandlerArg<'import/run'>, 'jobId'>): Promise<HandlerResult<'import/run'>>;
  check(arg: Omit<HandlerArg<'import/overlap'>, 'jobId'>): Promise<HandlerResult<'import/overlap'>>;
  cancel(): Promise<void>;
};

/** A job id of our own, for the progress events and the cancel of one job. */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `import-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** True for the error an import ends with when the user cancelled it. */
export function isCancelled(e: unknown): boolean {
  return isTypedError(e) && e.type === 'cancelled';
}

export function useImportJob(): ImportJob {
  const [progress, setProgress] = useState<ImportProgressEvent | null>(null);
  const [running, setRunning] = useState<JobName | null>(null);
  const current = useRef<string | null>(null);
  // Subscribed while the screen is shown, so that the event stream is open before an import starts.
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type === 'import/progress' && event.jobId === current.current) setProgress(event);
      }),
    [],
  );
  const start = useCallback(async <N extends JobName>(name: N, arg: Omit<HandlerArg<N>, 'jobId'>): Promise<HandlerResult<N>> => {
    const jobId = newJobId();
    current.current = jobId;
    setRunning(name);
    setProgress({ type: 'import/progress', jobId, phase: 'reading', rowsRead: 0, bytesRead: 0, totalBytes: 0 });
    try {
      return await invoke(name, { ...arg, jobId } as HandlerArg<N>);
    } finally {
      current.current = null;
      setRunning(null);
      setProgress(null);
    }
  }, []);
  const run = useCallback<ImportJob['run']>((arg) => start('import/run', arg), [start]);
  const check = useCallback<ImportJob['check']>((arg) => start('import/overlap', arg), [start]);
  const cancel = useCallback(async () => {
    const jobId = current.current;
    if (jobId) await invoke('import/cancel', { jobId });
  }, []);
  return { progress, running, run, check, cancel };
}
