// Rejected rows: where (sheet when several, row, column), why (in the user's language) and what
// the row held.
import type { Reject } from '../../../shared/api/import-api';
import { rejectColumnText, rejectReasonText } from '../../../shared/format/reject-text';
import { MESSAGE_LANG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import { importMessages } from './import-messages';

/** The row's cells in order, an empty one as a dash (so a missing code shows where it is missing). */
function rawText(raw: string[]): string {
  let end = raw.length;
  while (end > 0 && raw[end - 1] === '') end--;
  return raw.slice(0, end).map((v) => (v === '' ? '—' : v)).join(' · ');
}

export function RejectsTable({ rejects, testId }: { rejects: Reject[]; testId?: string }) {
  const m = useMessages(importMessages);
  const { fmt, labels, locale } = useSettings();
  const lang = MESSAGE_LANG[locale];
  // A batch of several sheets numbers each sheet's rows from 1: say which sheet.
  const sheets = rejects.some((r) => r.sheet !== null);
  return (
    <div className="table-scroll rejects-scroll">
      <table className="data" data-testid={testId}>
        <thead>
          <tr>
            {sheets && <th scope="col">{labels.rejects.sheet}</th>}
            <th className="num" scope="col">
              {labels.rejects.row}
            </th>
            <th scope="col">{labels.rejects.column}</th>
            <th scope="col">{labels.rejects.reason}</th>
            <th scope="col">{m.rawValues}</th>
          </tr>
        </thead>
        <tbody>
          {rejects.map((r) => (
            <tr key={`${r.sheet ?? ''}-${r.row}`}>
              {sheets && <td>{r.sheet}</td>}
              <td className="num">{fmt.integer(r.row)}</td>
              <td>{rejectColumnText(r, labels) ?? '—'}</td>
              <td className="wrap">{rejectReasonText(r, lang, labels)}</td>
              <td className="raw" title={r.raw.join(' · ')}>
                {rawText(r.raw)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
