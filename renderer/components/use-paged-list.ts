// A long list read a page at a time ("Mostrar mais"): the first page when `key` changes, the next
// one on `more()`. What is on screen stays while a new key loads (no blank "loading" between two
// searches); an answer for a key no longer current is dropped. Errors go to the banner.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Page } from '../../shared/api/paging';
import { useReportError } from '../app/errors';

export type PagedList<T, Extra = object> = {
  /** The rows loaded so far for the current key; null before its first page (and nothing older to show). */
  rows: T[] | null;
  /** How many there are in all (the first page says). */
  total: number;
  /** The rest of the first page's answer (counts, groups…). */
  extra: Extra | null;
  /** A page is on its way (the first one of a new key, or the next one). */
  loading: boolean;
  /** Whether the rows shown are those of the current key. */
  current: boolean;
  more(): void;
};

export const PAGE = 100;

export function usePagedList<T, Extra = object>(
  key: string | null,
  load: (offset: number, limit: number) => Promise<Page<T> & Extra>,
  pageSize = PAGE,
): PagedList<T, Extra> {
  const report = useReportError();
  const [state, setState] = useState<{ key: string | null; rows: T[] | null; total: number; extra: Extra | null }>({
    key: null,
    rows: null,
    total: 0,
    extra: null,
  });
  const [loading, setLoading] = useState(false);
  const wanted = useRef(key);
  wanted.current = key;
  const loadRef = useRef(load);
  loadRef.current = load;

  const fetch = useCallback(
    (forKey: string, offset: number, keep: T[]) => {
      setLoading(true);
      loadRef.current(offset, pageSize).then(
        (page) => {
          if (wanted.current !== forKey) return;
          const { rows, total, offset: _offset, ...extra } = page;
          setState({ key: forKey, rows: [...keep, ...rows], total, extra: extra as Extra });
          setLoading(false);
        },
        (e: unknown) => {
          if (wanted.current !== forKey) return;
          setLoading(false);
          report(e);
        },
      );
    },
    [pageSize, report],
  );

  // Asked as soon as the key's change is in the page, before the browser draws it: drawing a
  // table of 100 rows again took 40-100 ms, which the request used to wait for.
  useLayoutEffect(() => {
    if (key !== null) fetch(key, 0, []);
  }, [key, fetch]);

  const current = state.key === key && key !== null;
  return {
    rows: key === null ? null : state.rows,
    total: state.total,
    extra: state.extra,
    loading: loading || !current,
    current,
    more: () => {
      if (!current || loading || state.rows === null || state.rows.length >= state.total) return;
      fetch(state.key!, state.rows.length, state.rows);
    },
  };
}
