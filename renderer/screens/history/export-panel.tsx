// "Exportar": the chosen run as a workbook or CSV. The desktop menu's "Exportar…" lands here
// (`#/history?export=1`) with the panel highlighted and its first button focused.
import { useEffect, useRef, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import { ExportRunButtons } from '../../components/export-run-buttons';
import { useMessages, useSettings } from '../../i18n/settings';
import { historyMessages } from './history-messages';

type Props = { runs: RunSummary[]; initialRunId: number | null; highlighted: boolean };

export function ExportPanel({ runs, initialRunId, highlighted }: Props) {
  const m = useMessages(historyMessages);
  const { fmt } = useSettings();
  const [runId, setRunId] = useState<number | null>(initialRunId);
  const panel = useRef<HTMLElement>(null);
  useEffect(() => setRunId(initialRunId), [initialRunId]);
  // Also when the menu is used while this screen is already shown (no new mount, no autoFocus).
  useEffect(() => {
    if (highlighted) panel.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [highlighted]);
  const run = runs.find((r) => r.id === runId) ?? runs[0];
  if (!run) return null;
  return (
    <section ref={panel} className={`panel export-panel ${highlighted ? 'highlighted' : ''}`} aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">{m.exportTitle}</h2>
      <div className="row">
        <label className="field">
          {m.exportRun}
          <select value={run.id} onChange={(e) => setRunId(Number(e.target.value))} data-testid="export-run">
            {runs.map((r) => (
              <option key={r.id} value={r.id}>
                {m.runOption(r.id, fmt.day(dayOfIso(r.window.from)), fmt.day(dayOfIso(r.window.to)))}
              </option>
            ))}
          </select>
        </label>
        <div className="export-buttons-row">
          <ExportRunButtons run={run} />
        </div>
      </div>
    </section>
  );
}
