// The workspace's imports: each batch with its counts (lines skipped as already stored, stored
// lines replaced), whether it was undone, and undo (which says when it brought lines back).
import { useState } from 'react';
import type { BatchSummary } from '../../../shared/api/import-api';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { useWorkspace } from '../../app/workspace-state';
import { ConfirmButton } from '../../components/confirm-button';
import { formatTimestamp } from '../../components/format-timestamp';
import { useMessages, useSettings } from '../../i18n/settings';
import { overlapMessages } from '../import/overlap-messages';
import { startMessages } from './start-messages';

export function BatchesTable({ batches }: { batches: BatchSummary[] }) {
  const m = useMessages(startMessages);
  const om = useMessages(overlapMessages);
  const { fmt, labels, locale } = useSettings();
  const { reload } = useWorkspace();
  const report = useReportError();
  const [notice, setNotice] = useState<string | null>(null);
  const undo = async (batchId: number) => {
    try {
      const { removedLines, restoredLines } = await invoke('import/undo', { batchId });
      setNotice(
        restoredLines > 0 ? om.batchUndone(batchId, removedLines, restoredLines) : m.undoneNotice(batchId, removedLines),
      );
      await reload();
    } catch (e) {
      report(e);
    }
  };
  return (
    <>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      <table className="data" data-testid="start-batches">
        <thead>
          <tr>
            <th className="num" scope="col">{m.id}</th>
            <th scope="col">{labels.rejects.file}</th>
            <th scope="col">{labels.rejects.sheet}</th>
            <th scope="col">{labels.rejects.importedAt}</th>
            <th className="num" scope="col">{labels.rejects.rowsRead}</th>
            <th className="num" scope="col">{labels.rejects.imported}</th>
            <th className="num" scope="col">{labels.rejects.rejected}</th>
            <th className="num" scope="col">{om.skippedColumn}</th>
            <th className="num" scope="col">{om.replacedColumn}</th>
            <th scope="col">{m.state}</th>
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} className={b.undoneAt ? 'undone' : undefined}>
              <td className="num">{b.id}</td>
              <td className="file-cell" title={b.fileName}>
                {b.fileName}
              </td>
              <td>{b.sheet ?? '—'}</td>
              <td>{formatTimestamp(b.createdAt, locale)}</td>
              <td className="num">{fmt.integer(b.rowsRead)}</td>
              <td className="num">{fmt.integer(b.imported)}</td>
              <td className="num">{fmt.integer(b.rejected)}</td>
              <td className="num">{fmt.integer(b.skipped)}</td>
              <td className="num">{fmt.integer(b.replaced)}</td>
              <td>{b.undoneAt ? m.undone(formatTimestamp(b.undoneAt, locale)) : m.active}</td>
              <td className="actions-cell">
                {!b.undoneAt && (
                  <ConfirmButton question={m.undoQuestion} confirm={m.undoConfirm} onConfirm={() => undo(b.id)}>
                    {m.undo}
                  </ConfirmButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
