// Loads something from the API for a screen: data, a loading flag, and errors on the banner.
// `key` names what is loaded; when it changes the load runs again (null: nothing to load yet).
import { useEffect, useState } from 'react';
import { useReportError } from '../app/errors';

export type Loaded<T> = { data: T | null; loading: boolean };

export function useApiData<T>(key: string | null, load: () => Promise<T>): Loaded<T> {
  const report = useReportError();
  const [state, setState] = useState<{ key: string | null; data: T | null }>({ key: null, data: null });
  useEffect(() => {
    if (key === null) return;
    let live = true;
    load().then(
      (data) => {
        if (live) setState({ key, data });
      },
      (e: unknown) => {
        if (!live) return;
        report(e);
        setState({ key, data: null });
      },
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `key` says when it means something else.
  }, [key, report]);
  return state.key === key ? { data: state.data, loading: false } : { data: null, loading: key !== null };
}
