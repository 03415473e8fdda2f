// The rejected rows of an imported batch, a page at a time, and their export to .xlsx so the
// user can fix them in the spreadsheet.
import { useEffect, useState } from 'react';
import type { Reject } from '../../../shared/api/import-api';
import { rejectsFileName } from '../../../shared/format/export-file-names';
import { invoke, saveFile } from '../../api';
import { useReportError } from '../../app/errors';
import { useMessages, useSettings } from '../../i18n/settings';
import { importMessages } from './import-messages';
import { RejectsTable } from './rejects-table';

const PAGE = 100;

export function BatchRejects({ batchId, total }: { batchId: number; total: number }) {
  const m = useMessages(importMessages);
  const { fmt } = useSettings();
  const report = useReportError();
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<Reject[] | null>(null);
  const [exporting, setExporting] = useState(false);
  useEffect(() => {
    let current = true;
    invoke('import/rejects', { batchId, offset: page * PAGE, limit: PAGE }).then(
      (r) => current && setRows(r.rows),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
  }, [batchId, page, report]);

  const exportRejects = async () => {
    setExporting(true);
    try {
      await saveFile(rejectsFileName(batchId), [{ name: m.excel, extensions: ['xlsx'] }], (target) =>
        invoke('export/rejects', { batchId, target }),
      );
    } catch (e) {
      report(e);
    } finally {
      setExporting(false);
    }
  };

  const first = page * PAGE;
  return (
    <section aria-labelledby="batch-rejects-title">
      <div className="row section-head">
        <h2 id="batch-rejects-title" className="grow">
          {m.rejectedRows} <span className="muted">({fmt.integer(total)})</span>
        </h2>
        <button type="button" onClick={exportRejects} disabled={exporting} data-testid="export-rejects">
          {m.exportRejects}
        </button>
      </div>
      {rows === null ? null : <RejectsTable rejects={rows} testId="batch-rejects" />}
      {total > PAGE && (
        <div className="row pager">
          <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
            {m.previous}
          </button>
          <span className="muted">{m.pageInfo(fmt.integer(first + 1), fmt.integer(Math.min(total, first + PAGE)), fmt.integer(total))}</span>
          <button type="button" disabled={first + PAGE >= total} onClick={() => setPage(page + 1)}>
            {m.next}
          </button>
        </div>
      )}
    </section>
  );
}
