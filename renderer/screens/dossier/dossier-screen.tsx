// Screen "dossier" (`#/dossier?code=C001`, seed 002): one customer's dossier, every field saved
// as it is changed; "Imprimir dossiê" (or `print=1`) prints it as a clean A4 document.
import { invoke, printPage } from '../../api';
import { useReportError } from '../../app/errors';
import { hrefFor, navigate } from '../../app/router';
import { ConfirmButton } from '../../components/confirm-button';
import { useApiData } from '../../components/use-api-data';
import { useUndoOffer } from '../../components/undo-notice';
import { PrintPageNumbers } from '../../components/print-page-numbers';
import { LoadingNotice } from '../../components/with-run';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { dossierMessages } from './dossier-messages';
import { printMessages } from './print-messages';
import { DossierHeading, DossierView } from './dossier-view';
import { useDossier } from './use-dossier';
import { useDossierEditor } from './use-dossier-editor';
import { usePrintRequest } from './use-print-request';
import './dossier.css';

export function DossierScreen({ route }: ScreenProps) {
  const m = useMessages(dossierMessages);
  const printTitle = useMessages(printMessages);
  const report = useReportError();
  const code = route.params.code ?? null;
  const { dossier, notFound, refresh } = useDossier(code);
  const team = useApiData('team', () => invoke('team/list', {}));
  const undo = useUndoOffer();
  const editor = useDossierEditor(code ?? '', refresh, undo);
  const fileName = `dossie-${code ?? ''}.pdf`;
  usePrintRequest(route.params.print === '1', dossier !== null && team.data !== null, fileName, hrefFor('dossier', { code: code ?? undefined }));

  if (code === null)
    return (
      <p className="notice">
        {m.noCode} <a href={hrefFor('portfolio')}>{m.back}</a>
      </p>
    );
  if (notFound)
    return (
      <p className="notice" data-testid="dossier-not-found">
        {m.notFound(code)} <a href={hrefFor('portfolio')}>{m.back}</a>
      </p>
    );
  if (!dossier) return <LoadingNotice />;
  const r = dossier.record;
  const name = r.name.value ?? r.code;
  const deleteCustomer = async () => {
    try {
      await invoke('customers/delete', { code: r.code });
      await refresh();
      undo.offer(m.customerDeleted(name), async () => {
        await invoke('customers/restore', { code: r.code });
        await refresh();
      });
    } catch (e) {
      report(e);
    }
  };
  return (
    <section className="dossier-screen" data-testid="dossier">
      <PrintPageNumbers title={printTitle.one(r.code, name)} />
      <div className="screen-title">
        <DossierHeading dossier={dossier} />
        <div className="title-buttons no-print">
          <button type="button" className="primary" onClick={() => void printPage(fileName).catch(report)} data-testid="print-dossier">
            {m.print}
          </button>{' '}
          {!r.deleted && (
            <ConfirmButton question={m.deleteCustomerQuestion(name)} confirm={m.deleteConfirm} onConfirm={deleteCustomer} testId="delete-customer">
              {m.deleteCustomer}
            </ConfirmButton>
          )}{' '}
          <button type="button" onClick={() => navigate('portfolio')}>
            {m.back}
          </button>
        </div>
      </div>
      {r.deleted && (
        <p className="notice no-print" data-testid="customer-deleted">
          {m.deletedCustomer}{' '}
          <button
            type="button"
            onClick={async () => {
              try {
                await invoke('customers/restore', { code: r.code });
                await refresh();
              } catch (e) {
                report(e);
              }
            }}
          >
            {m.restoreCustomer}
          </button>
        </p>
      )}
      <DossierView dossier={dossier} team={team.data ?? []} editor={r.deleted ? null : editor} onChanged={() => void refresh()} />
      {undo.notice}
    </section>
  );
}
