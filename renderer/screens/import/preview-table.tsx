// The first rows as Clave read them: the columns the mapping uses, numbers and dates in the
// user's format, so a wrong decimal separator or day/month order shows at a glance.
import type { ReactNode } from 'react';
import type { ImportPreview, PreviewRow } from '../../../shared/api/import-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import type { FieldKey } from '../../../shared/import/fields';
import type { Formatters } from '../../i18n/format';
import { useMessages, useSettings } from '../../i18n/settings';
import { importMessages } from './import-messages';

type Column = { field: FieldKey; num?: boolean; shown(p: ImportPreview): boolean; cell(row: PreviewRow, fmt: Formatters): ReactNode };

const mapped = (...fields: FieldKey[]) => (p: ImportPreview) => fields.some((f) => p.mapping[f] !== undefined);
const always = () => true;
const cents = (major: number) => Math.round(major * 100);

const COLUMNS: Column[] = [
  { field: 'customer', shown: always, cell: (r) => r.customer },
  { field: 'customerName', shown: mapped('customerName'), cell: (r) => r.customerName },
  { field: 'date', shown: always, cell: (r, fmt) => fmt.day(dayOfIso(r.date)) },
  { field: 'orderId', shown: mapped('orderId'), cell: (r) => r.orderId },
  { field: 'product', shown: mapped('product'), cell: (r) => r.product },
  {
    field: 'quantity',
    num: true,
    shown: mapped('quantity'),
    cell: (r, fmt) => (r.quantity === null ? '' : fmt.number(r.quantity, Number.isInteger(r.quantity) ? 0 : 3)),
  },
  { field: 'amount', num: true, shown: always, cell: (r, fmt) => fmt.money(cents(r.amount)) },
  { field: 'margin', num: true, shown: mapped('margin', 'cost'), cell: (r, fmt) => (r.margin === null ? '' : fmt.money(cents(r.margin))) },
  { field: 'seller', shown: mapped('seller'), cell: (r) => r.seller },
  { field: 'segment', shown: mapped('segment'), cell: (r) => r.segment },
  { field: 'region', shown: mapped('region'), cell: (r) => r.region },
];

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const m = useMessages(importMessages);
  const { fmt, labels } = useSettings();
  const columns = COLUMNS.filter((c) => c.shown(preview));
  return (
    <div className="table-scroll preview-scroll">
      <table className="data" data-testid="preview">
        <thead>
          <tr>
            <th className="num" scope="col">
              {labels.rejects.row}
            </th>
            {columns.map((c) => (
              <th key={c.field} className={c.num ? 'num' : undefined} scope="col">
                {m.fields[c.field]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.row}>
              <td className="num muted">{fmt.integer(row.row)}</td>
              {columns.map((c) => (
                <td key={c.field} className={c.num ? 'num' : undefined}>
                  {c.cell(row, fmt)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
