// Screen "dossiers" (`#/dossiers?run=N`): the dossiers of all A customers of a run (default:
// the current analysis), read-only, one after another with a page break, to print as one PDF.
import { invoke, printPage } from '../../api';
import { useReportError } from '../../app/errors';
import { hrefFor } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { useApiData } from '../../components/use-api-data';
import { PrintPageNumbers } from '../../components/print-page-numbers';
import { LoadingNotice } from '../../components/with-run';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { dossierMessages } from './dossier-messages';
import { printMessages } from './print-messages';
import { DossierHeading, DossierView } from './dossier-view';
import { usePrintRequest } from './use-print-request';
import './dossier.css';

export function DossiersPrintScreen({ route }: ScreenProps) {
  const m = useMessages(dossierMessages);
  const printTitle = useMessages(printMessages);
  const report = useReportError();
  const { current } = useWorkspace();
  const runParam = Number(route.params.run);
  const runId = Number.isSafeInteger(runParam) && runParam > 0 ? runParam : undefined;
  const dossiers = useApiData(`key-accounts:${runId ?? ''}`, () => invoke('dossier/key-accounts', runId === undefined ? {} : { runId }));
  const team = useApiData('team', () => invoke('team/list', {}));
  const list = dossiers.data;
  const shownRun = runId ?? current?.id;
  // The file name carries the run number, as every export does.
  const fileName = shownRun === undefined ? 'dossies-clientes-A.pdf' : `dossies-clientes-A-analise-${shownRun}.pdf`;
  usePrintRequest(route.params.print === '1', list !== null && team.data !== null, fileName, hrefFor('dossiers', { run: runId }));

  return (
    <section className="dossier-screen dossiers-print" data-testid="dossiers">
      <PrintPageNumbers title={printTitle.all(shownRun ?? 0)} />
      <div className="screen-title no-print">
        <h1>{m.allTitle}</h1>
        <div className="title-buttons">
          <button type="button" className="primary" disabled={!list || list.length === 0} onClick={() => void printPage(fileName).catch(report)} data-testid="print-all">
            {m.printAll}
          </button>{' '}
          <a className="button" href={hrefFor('portfolio')}>
            {m.back}
          </a>
        </div>
      </div>
      {!list ? (
        <LoadingNotice />
      ) : list.length === 0 ? (
        <p className="notice">{m.allEmpty}</p>
      ) : (
        <>
          <p className="muted no-print">{m.allIntro(list.length, shownRun ?? 0)}</p>
          {list.map((d, i) => (
            <div key={d.record.code} className={i > 0 ? 'page-break printed-dossier' : 'printed-dossier'} data-testid="printed-dossier">
              <DossierHeading dossier={d} as="h1" />
              <DossierView dossier={d} team={team.data ?? []} editor={null} />
            </div>
          ))}
        </>
      )}
    </section>
  );
}
