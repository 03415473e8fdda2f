// What the analysis screens show before they have a run: "loading", or how to get one.
import type { ReactNode } from 'react';
import type { RunSummary } from '../../shared/api/analysis-api';
import { hrefFor } from '../app/router';
import { useWorkspace } from '../app/workspace-state';
import { defineMessages } from '../i18n/locales';
import { useMessages } from '../i18n/settings';
import { RunNotice } from './run-notice';

const messages = defineMessages({
  'pt-BR': {
    loading: 'Carregando…',
    noRun: 'Ainda não há nenhuma análise. Importe uma planilha de vendas (ou experimente com dados de exemplo) e rode a análise.',
    start: 'Ir para o início',
  },
  en: {
    loading: 'Loading…',
    noRun: 'There is no analysis yet. Import a sales spreadsheet (or try the sample data) and run the analysis.',
    start: 'Go to start',
  },
  es: {
    loading: 'Cargando…',
    noRun: 'Aún no hay ningún análisis. Importa una hoja de ventas (o prueba con datos de ejemplo) y ejecuta el análisis.',
    start: 'Ir al inicio',
  },
  ca: {
    loading: 'Carregant…',
    noRun: "Encara no hi ha cap anàlisi. Importa un full de vendes (o prova amb dades d'exemple) i executa l'anàlisi.",
    start: "Anar a l'inici",
  },
});

/** Renders `children(run)` once the workspace knows the run on screen, after what it must say about that run. */
export function WithRun({ children }: { children: (run: RunSummary) => ReactNode }) {
  const m = useMessages(messages);
  const { run, loading } = useWorkspace();
  if (loading) return <LoadingNotice />;
  if (!run)
    return (
      <p className="notice" data-testid="no-run">
        {m.noRun} <a href={hrefFor('start')}>{m.start}</a>
      </p>
    );
  return (
    <>
      <RunNotice run={run} />
      {children(run)}
    </>
  );
}

export function LoadingNotice() {
  const m = useMessages(messages);
  return (
    <p className="muted" role="status">
      {m.loading}
    </p>
  );
}
