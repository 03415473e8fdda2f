// "Exportar .xlsx" and "Exportar CSV" for one run: through the save dialog in the desktop app,
// as a download in a browser. The files are written in the screen's language and currency.
import { useState } from 'react';
import type { RunSummary } from '../../shared/api/analysis-api';
import { csvFileName, workbookFileName } from '../../shared/format/export-file-names';
import { invoke, saveFile } from '../api';
import { useReportError } from '../app/errors';
import { defineMessages } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';

const messages = defineMessages({
  'pt-BR': {
    xlsx: 'Exportar .xlsx',
    csv: 'Exportar CSV',
    xlsxShort: '.xlsx',
    csvShort: 'CSV',
    xlsxTitle: (id: number) => `Exportar a análise nº ${id} como pasta de trabalho do Excel`,
    csvTitle: (id: number) => `Exportar a tabela de clientes da análise nº ${id} como CSV`,
    working: 'Exportando…',
    saved: (name: string) => `Exportado: ${name}`,
    excel: 'Pasta de trabalho do Excel',
    csvFilter: 'Texto CSV',
  },
  en: {
    xlsx: 'Export .xlsx',
    csv: 'Export CSV',
    xlsxShort: '.xlsx',
    csvShort: 'CSV',
    xlsxTitle: (id: number) => `Export run #${id} as an Excel workbook`,
    csvTitle: (id: number) => `Export the customer table of run #${id} as CSV`,
    working: 'Exporting…',
    saved: (name: string) => `Exported: ${name}`,
    excel: 'Excel workbook',
    csvFilter: 'CSV text',
  },
  es: {
    xlsx: 'Exportar .xlsx',
    csv: 'Exportar CSV',
    xlsxShort: '.xlsx',
    csvShort: 'CSV',
    xlsxTitle: (id: number) => `Exportar el análisis n.º ${id} como libro de Excel`,
    csvTitle: (id: number) => `Exportar la tabla de clientes del análisis n.º ${id} como CSV`,
    working: 'Exportando…',
    saved: (name: string) => `Exportado: ${name}`,
    excel: 'Libro de Excel',
    csvFilter: 'Texto CSV',
  },
  ca: {
    xlsx: 'Exporta .xlsx',
    csv: 'Exporta CSV',
    xlsxShort: '.xlsx',
    csvShort: 'CSV',
    xlsxTitle: (id: number) => `Exporta l’anàlisi núm. ${id} com a llibre d’Excel`,
    csvTitle: (id: number) => `Exporta la taula de clients de l’anàlisi núm. ${id} com a CSV`,
    working: 'S’està exportant…',
    saved: (name: string) => `Exportat: ${name}`,
    excel: 'Llibre d’Excel',
    csvFilter: 'Text CSV',
  },
});

type Props = { run: RunSummary; compact?: boolean };

export function ExportRunButtons({ run, compact = false }: Props) {
  const m = useMessages(messages);
  const { locale, currency } = useSettings();
  const report = useReportError();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const exportAs = async (kind: 'xlsx' | 'csv') => {
    setBusy(true);
    setSaved(null);
    try {
      const result =
        kind === 'xlsx'
          ? await saveFile(workbookFileName(run), [{ name: m.excel, extensions: ['xlsx'] }], (target) =>
              invoke('export/workbook', { runId: run.id, target, locale, currency }),
            )
          : await saveFile(csvFileName(run), [{ name: m.csvFilter, extensions: ['csv'] }], (target) =>
              invoke('export/csv', { runId: run.id, target, locale, currency }),
            );
      if (result) setSaved(result.fileName);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <span className="export-buttons">
      <button type="button" onClick={() => exportAs('xlsx')} disabled={busy} title={m.xlsxTitle(run.id)} aria-label={compact ? m.xlsxTitle(run.id) : undefined} data-testid={`export-xlsx-${run.id}`}>
        {compact ? m.xlsxShort : m.xlsx}
      </button>{' '}
      <button type="button" onClick={() => exportAs('csv')} disabled={busy} title={m.csvTitle(run.id)} aria-label={compact ? m.csvTitle(run.id) : undefined} data-testid={`export-csv-${run.id}`}>
        {compact ? m.csvShort : m.csv}
      </button>
      {!compact && (
        <span className="muted" role="status">
          {' '}
          {busy ? m.working : saved ? m.saved(saved) : ''}
        </span>
      )}
    </span>
  );
}
