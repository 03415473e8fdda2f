// What the analysis screens say about the run they show: that it is not the current analysis (a
// what-if run, with a way to make it current or to go back to the current one), and how far its
// data go when the last period was left out of XYZ.
import type { RunSummary } from '../../shared/api/analysis-api';
import { dayOfIso } from '../../shared/domain/calendar';
import { invoke } from '../api';
import { useReportError } from '../app/errors';
import { hrefFor, parseHash } from '../app/router';
import { useWorkspace } from '../app/workspace-state';
import { defineMessages } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import './run-notice.css';

const messages = defineMessages({
  'pt-BR': {
    whatIf: (id: number, current: number | null) =>
      `Esta é a análise nº ${id}, não a atual${current === null ? '' : ` (nº ${current})`}: a carteira, a agenda, a recuperação e os indicadores seguem a atual.`,
    makeCurrent: 'Tornar esta a atual',
    seeCurrent: 'Ver a atual',
    dataUntil: (day: string) => `Dados até ${day}`,
    leftOut: 'último período incompleto: fora do XYZ',
    leftOutTitle: 'A data de referência não completa o último período da janela: ele fica fora do XYZ e do sinal de queda, para que um mês pela metade não pareça uma queda; as vendas dele contam no valor do ABC.',
  },
  en: {
    whatIf: (id: number, current: number | null) =>
      `This is run #${id}, not the current analysis${current === null ? '' : ` (#${current})`}: the portfolio, agenda, win-back and KPIs follow the current one.`,
    makeCurrent: 'Make this the current one',
    seeCurrent: 'See the current one',
    dataUntil: (day: string) => `Data up to ${day}`,
    leftOut: 'last period incomplete: left out of XYZ',
    leftOutTitle: "The reference date does not complete the window's last period: it is left out of XYZ and of the declining signal, so that a half month does not read as a drop; its sales count in the ABC value.",
  },
  es: {
    whatIf: (id: number, current: number | null) =>
      `Este es el análisis n.º ${id}, no el actual${current === null ? '' : ` (n.º ${current})`}: la cartera, la agenda, la recuperación y los indicadores siguen el actual.`,
    makeCurrent: 'Hacer de este el actual',
    seeCurrent: 'Ver el actual',
    dataUntil: (day: string) => `Datos hasta ${day}`,
    leftOut: 'último periodo incompleto: fuera del XYZ',
    leftOutTitle: 'La fecha de referencia no completa el último periodo de la ventana: queda fuera del XYZ y de la señal de caída, para que un mes a medias no parezca una caída; sus ventas cuentan en el valor del ABC.',
  },
  ca: {
    whatIf: (id: number, current: number | null) =>
      `Aquesta és l'anàlisi núm. ${id}, no l'actual${current === null ? '' : ` (núm. ${current})`}: la cartera, l'agenda, la recuperació i els indicadors segueixen l'actual.`,
    makeCurrent: 'Fer-ne l’actual',
    seeCurrent: "Veure l'actual",
    dataUntil: (day: string) => `Dades fins al ${day}`,
    leftOut: "darrer període incomplet: fora de l'XYZ",
    leftOutTitle: "La data de referència no completa el darrer període de la finestra: queda fora de l'XYZ i del senyal de caiguda, perquè un mes a mitges no sembli una caiguda; les seves vendes compten en el valor de l'ABC.",
  },
});

export function RunNotice({ run }: { run: RunSummary }) {
  const m = useMessages(messages);
  const { fmt } = useSettings();
  const { current, reload } = useWorkspace();
  const report = useReportError();
  const here = parseHash(window.location.hash);
  const makeCurrent = async () => {
    try {
      await invoke('analysis/set-current', { runId: run.id });
      await reload();
    } catch (e) {
      report(e);
    }
  };
  return (
    <>
      {!run.current && (
        <p className="notice what-if" role="status" data-testid="what-if">
          {m.whatIf(run.id, current?.id ?? null)}{' '}
          <button type="button" onClick={() => void makeCurrent()} data-testid="make-current">
            {m.makeCurrent}
          </button>{' '}
          {current && (
            <a href={hrefFor(here.screen, { ...here.params, run: current.id })} data-testid="see-current">
              {m.seeCurrent}
            </a>
          )}
        </p>
      )}
      {run.lastPeriodLeftOut && (
        <p className="muted data-until" data-testid="data-until" title={m.leftOutTitle}>
          {m.dataUntil(fmt.day(dayOfIso(run.referenceDate)))} · {m.leftOut}
        </p>
      )}
    </>
  );
}
