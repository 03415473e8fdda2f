// One customer's dossier, kept on screen while it reloads: every save refreshes it in place
// (health, counts and the KAM follow what was typed) without blanking the page.
import { useCallback, useEffect, useState } from 'react';
import type { Dossier } from '../../../shared/api/customers-api';
import { invoke, isTypedError } from '../../api';
import { useReportError } from '../../app/errors';

export type DossierState = { dossier: Dossier | null; notFound: boolean; refresh(): Promise<void> };

export function useDossier(code: string | null): DossierState {
  const report = useReportError();
  const [state, setState] = useState<{ code: string | null; dossier: Dossier | null; notFound: boolean }>({ code: null, dossier: null, notFound: false });
  const load = useCallback(
    async (c: string, live: () => boolean = () => true) => {
      try {
        const dossier = await invoke('dossier/get', { code: c });
        if (live()) setState({ code: c, dossier, notFound: false });
      } catch (e) {
        if (!live()) return;
        if (isTypedError(e) && e.type === 'not-found') setState({ code: c, dossier: null, notFound: true });
        else report(e);
      }
    },
    [report],
  );
  useEffect(() => {
    if (code === null) return;
    let live = true;
    void load(code, () => live);
    return () => {
      live = false;
    };
  }, [code, load]);
  const current = state.code === code;
  return {
    dossier: current ? state.dossier : null,
    notFound: current && state.notFound,
    refresh: useCallback(async () => {
      if (code !== null) await load(code);
    }, [code, load]),
  };
}
