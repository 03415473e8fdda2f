// 'import/preview' for the chosen file, asked again whenever the sheet, the mapping or the
// number/date format changes. Only the newest answer is kept (a slow one never overwrites it).
import { useEffect, useState } from 'react';
import type { ImportPreview } from '../../../shared/api/import-api';
import type { ColumnMapping, ImportLocale } from '../../../shared/import/fields';
import { invoke } from '../../api';

export type PreviewRequest = {
  fileId: string;
  sheet: string | undefined;
  /** undefined: let the backend detect (or remember) the mapping. */
  mapping: ColumnMapping | undefined;
  locale: ImportLocale;
};

export type PreviewState = { preview: ImportPreview | null; loading: boolean; error: Error | null };

export function usePreview(request: PreviewRequest | null): PreviewState {
  const [state, setState] = useState<PreviewState>({ preview: null, loading: false, error: null });
  const key = request && JSON.stringify(request);
  useEffect(() => {
    if (!request) {
      setState({ preview: null, loading: false, error: null });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    invoke('import/preview', { fileId: request.fileId, sheet: request.sheet, mapping: request.mapping, locale: request.locale }).then(
      (preview) => current && setState({ preview, loading: false, error: null }),
      (e: unknown) => current && setState({ preview: null, loading: false, error: e instanceof Error ? e : new Error(String(e)) }),
    );
    return () => {
      current = false;
    };
    // The request is compared by value: a new object with the same content asks nothing new.
  }, [key]);
  return state;
}
