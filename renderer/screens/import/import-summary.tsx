// After an import: what landed, what was refused (and why), what was already stored (skipped)
// or replaced, and the next steps: run the analysis, or undo the whole batch.
import { useState } from 'react';
import type { ImportResult } from '../../../shared/api/import-api';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { navigate } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { ConfirmButton } from '../../components/confirm-button';
import { useMessages, useSettings } from '../../i18n/settings';
import { BatchRejects } from './batch-rejects';
import { fileShapeMessages } from './file-shape-messages';
import { importMessages } from './import-messages';
import { overlapMessages } from './overlap-messages';

type Props = { result: ImportResult; onAnother(): void };

export function ImportSummary({ result, onAnother }: Props) {
  const m = useMessages(importMessages);
  const fs = useMessages(fileShapeMessages);
  const om = useMessages(overlapMessages);
  const { fmt } = useSettings();
  const { reload } = useWorkspace();
  const report = useReportError();
  const [undone, setUndone] = useState<string | null>(null);

  const undo = async () => {
    if (result.batchId === null) return;
    try {
      const { removedLines, restoredLines } = await invoke('import/undo', { batchId: result.batchId });
      setUndone(restoredLines > 0 ? om.undone(removedLines, restoredLines) : m.undone(removedLines));
      await reload();
    } catch (e) {
      report(e);
    }
  };

  const kpi = (label: string, value: number, testId: string) => (
    <div className="kpi">
      <div className="label">{label}</div>
      <div className="value" data-testid={testId}>
        {fmt.integer(value)}
      </div>
    </div>
  );

  return (
    <div className="import-summary" data-testid="import-summary">
      <h2>{result.skipped ? m.skippedTitle : m.summaryTitle}</h2>
      {result.skipped ? (
        <p className="notice">{m.skipped(result.fileName)}</p>
      ) : (
        <>
          <p className="muted">
            {result.fileName}
            {result.sheets.length > 1 ? (
              <>
                {' · '}
                <span data-testid="summary-sheets">{fs.sheetsRead(result.sheets.join(', '))}</span>
              </>
            ) : result.sheet ? (
              ` · ${result.sheet}`
            ) : (
              ''
            )}
          </p>
          <div className="kpis">
            {kpi(m.rowsRead, result.rowsRead, 'summary-read')}
            {kpi(m.imported, result.imported, 'summary-imported')}
            {kpi(m.rejected, result.rejected, 'summary-rejected')}
            {result.overlap === 'skip' && kpi(om.skippedKpi, result.skippedLines, 'summary-skipped')}
            {result.overlap === 'replace' && kpi(om.replacedKpi, result.replacedLines, 'summary-replaced')}
            {kpi(m.newCustomers, result.newCustomers, 'summary-new-customers')}
          </div>
        </>
      )}
      {undone !== null && (
        <p className="notice" role="status">
          {undone}
        </p>
      )}
      <div className="row actions">
        {undone === null && (
          <button type="button" className="primary" autoFocus onClick={() => navigate('analysis')} data-testid="run-analysis">
            {m.runAnalysis}
          </button>
        )}
        <button type="button" onClick={onAnother}>
          {m.importAnother}
        </button>
        {result.batchId !== null && undone === null && (
          <ConfirmButton question={m.undoQuestion} confirm={m.undoConfirm} onConfirm={undo} testId="undo-import">
            {m.undo}
          </ConfirmButton>
        )}
      </div>
      {result.batchId !== null && result.rejected > 0 && undone === null && <BatchRejects batchId={result.batchId} total={result.rejected} />}
    </div>
  );
}
