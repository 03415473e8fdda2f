// A running import: what it is doing, how far it got, and a way to stop it (nothing is written).
import { useState } from 'react';
import type { ImportProgressEvent } from '../../../shared/api/events';
import { useReportError } from '../../app/errors';
import { useMessages, useSettings } from '../../i18n/settings';
import { importMessages } from './import-messages';

type Props = { progress: ImportProgressEvent; title?: string; onCancel(): Promise<void> };

export function ImportProgress({ progress, title, onCancel }: Props) {
  const m = useMessages(importMessages);
  const { fmt } = useSettings();
  const report = useReportError();
  const [cancelling, setCancelling] = useState(false);
  const share = progress.totalBytes > 0 ? Math.min(1, progress.bytesRead / progress.totalBytes) : null;
  const phase = progress.phase === 'reading' ? m.progressReading : progress.phase === 'writing' ? m.progressWriting : m.progressDone;
  return (
    <div className="panel import-progress" data-testid="import-progress">
      {title && <h2>{title}</h2>}
      <p role="status" aria-live="polite">
        {phase} {progress.rowsRead > 0 && <span className="muted">{m.progressRows(progress.rowsRead)}</span>}
      </p>
      <progress className="progress" max={1} value={share ?? undefined} aria-label={phase}>
        {share === null ? '' : fmt.percent(share, 0)}
      </progress>
      <div className="row actions">
        <span className="muted grow">{share === null ? '' : fmt.percent(share, 0)}</span>
        <button
          type="button"
          autoFocus
          disabled={cancelling}
          onClick={async () => {
            setCancelling(true);
            try {
              await onCancel();
            } catch (e) {
              report(e);
            }
          }}
        >
          {m.cancel}
        </button>
      </div>
    </div>
  );
}
