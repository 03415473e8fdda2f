// "Importar respostas (.xlsx)": an NPS or CSAT sheet through the open dialog (or the browser's
// file chooser) into 'surveys/import', then what was imported and each rejected row with its
// row number, column and reason.
import { useState } from 'react';
import { wordMessage } from '../../../shared/api/errors';
import type { SurveyImportResult } from '../../../shared/api/kpi-api';
import type { SurveyKind } from '../../../shared/kam/kam-types';
import { invoke, openFile } from '../../api';
import { useReportError } from '../../app/errors';
import { MESSAGE_LANG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';

export function SurveyImport({ onImported }: { onImported(): void }) {
  const m = useMessages(kpisMessages);
  const { fmt, locale } = useSettings();
  const report = useReportError();
  const [kind, setKind] = useState<SurveyKind>('nps');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<SurveyImportResult | null>(null);

  const run = async () => {
    setBusy(true);
    try {
      const file = await openFile([{ name: m.excel, extensions: ['xlsx'] }]);
      if (!file) return;
      setResult(null);
      const r = await invoke('surveys/import', { fileId: file.fileId, kind });
      setResult(r);
      onImported();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="survey-import">
      <h3>{m.importTitle}</h3>
      <div className="row import-row">
        <label className="field">
          {m.importKind}
          <select value={kind} onChange={(e) => setKind(e.target.value === 'csat' ? 'csat' : 'nps')} data-testid="survey-kind">
            <option value="nps">{m.nps} (0–10)</option>
            <option value="csat">{m.csat} (1–5)</option>
          </select>
        </label>
        <button type="button" onClick={run} disabled={busy} data-testid="survey-import">
          {busy ? m.importing : m.importButton}
        </button>
        <span className="muted hint">{m.importHint}</span>
      </div>
      {result && (
        <div className="survey-result" role="status">
          <p className={result.rejected > 0 ? 'notice warn' : 'notice'} data-testid="survey-result">
            {m.imported(result.fileName, result.rowsRead, result.imported, result.rejected)}
          </p>
          {result.rejects.length > 0 && (
            <table className="data rejects" data-testid="survey-rejects">
              <thead>
                <tr>
                  <th className="num">{m.row}</th>
                  <th>{m.column}</th>
                  <th>{m.reason}</th>
                </tr>
              </thead>
              <tbody>
                {result.rejects.map((r) => (
                  <tr key={`${r.row}-${r.column ?? ''}`}>
                    <td className="num">{fmt.integer(r.row)}</td>
                    <td>{r.column ?? '—'}</td>
                    <td className="reason">{wordMessage(r.reason, MESSAGE_LANG[locale])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
