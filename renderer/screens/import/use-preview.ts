// 'import/preview' for the chosen file, asked again whenever the sheet, the mapping, "first row
// is data", "all sheets" or the number/date format changes. Only the newest answer is kept (a
// slow one never overwrites it), and a request overtaken by a newer one is cancelled on the
// backend. Each request is a job of its own: `cancel` stops the one running ('import/cancel').
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportPreview } from '../../../shared/api/import-api';
import type { ColumnMapping, ImportLocale } from '../../../shared/import/fields';
import { invoke } from '../../api';
import { newJobId } from './use-import-job';

export type PreviewRequest = {
  fileId: string;
  sheet: string | undefined;
  /** undefined: let the backend detect (or remember) the mapping. */
  mapping: ColumnMapping | undefined;
  locale: ImportLocale;
  /** The file has no header row: every row is data. */
  noHeader: boolean;
  /** Asked about an import of every sheet sharing the header (its duplicate is a batch of those). */
  allSheets: boolean;
};

export type PreviewState = {
  preview: ImportPreview | null;
  loading: boolean;
  error: Error | null;
  /** Stops the preview being read (nothing is left running on the backend). */
  cancel(): Promise<void>;
};

const stopJob = (jobId: string) => invoke('import/cancel', { jobId }).then(
  () => undefined,
  () => undefined, // the backend gone or the job ended: nothing left to stop
);

export function usePreview(request: PreviewRequest): PreviewState {
  const [state, setState] = useState<Omit<PreviewState, 'cancel'>>({ preview: null, loading: false, error: null });
  const running = useRef<string | null>(null);
  const key = JSON.stringify(request);
  useEffect(() => {
    const jobId = newJobId();
    running.current = jobId;
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    const { fileId, sheet, mapping, locale, noHeader, allSheets } = request;
    invoke('import/preview', { fileId, sheet, mapping, locale, noHeader, allSheets, jobId })
      .then(
        (preview) => current && setState({ preview, loading: false, error: null }),
        (e: unknown) => current && setState({ preview: null, loading: false, error: e instanceof Error ? e : new Error(String(e)) }),
      )
      .finally(() => {
        if (running.current === jobId) running.current = null;
      });
    return () => {
      current = false;
      // Overtaken by a newer request, or the screen left: the backend stops reading.
      if (running.current === jobId) {
        running.current = null;
        void stopJob(jobId);
      }
    };
    // The request is compared by value: a new object with the same content asks nothing new.
  }, [key]);
  const cancel = useCallback(async () => {
    const jobId = running.current;
    running.current = null;
    if (jobId) await stopJob(jobId);
  }, []);
  return { ...state, cancel };
}
