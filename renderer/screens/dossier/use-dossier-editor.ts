// What the dossier's sections call to change it: every change is saved at once (there is no
// save button), the dossier reloads in place, and a deletion offers "Desfazer" for a few seconds.
import { useMemo } from 'react';
import type { CustomerPatch, RecordInput, RecordKind } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import type { UndoOffer } from '../../components/undo-notice';
import { useMessages } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { peopleMessages } from './people-messages';

export type DossierEditor = {
  update(patch: CustomerPatch): Promise<void>;
  /** True when saved (a form then clears itself); errors go to the banner. */
  save<K extends RecordKind>(kind: K, record: RecordInput<K>): Promise<boolean>;
  remove(kind: RecordKind, id: number, label: string): Promise<void>;
};

export function useDossierEditor(code: string, refresh: () => Promise<void>, undo: UndoOffer): DossierEditor {
  const report = useReportError();
  const m = useMessages(dossierMessages);
  const people = useMessages(peopleMessages);
  return useMemo<DossierEditor>(
    () => ({
      async update(patch) {
        try {
          await invoke('customers/update', { code, patch });
        } catch (e) {
          report(e);
        }
        // Also after a refusal: the field shows what is stored again.
        await refresh();
      },
      async save(kind, record) {
        try {
          await invoke('records/save', { kind, code, record });
          await refresh();
          return true;
        } catch (e) {
          report(e);
          return false;
        }
      },
      async remove(kind, id, label) {
        try {
          await invoke('records/delete', { kind, id });
          await refresh();
          undo.offer(kind === 'person' ? people.removed(label) : m.record.removed(label), async () => {
            await invoke('records/restore', { kind, id });
            await refresh();
          });
        } catch (e) {
          report(e);
        }
      },
    }),
    [code, refresh, undo.offer, report, m, people],
  );
}
