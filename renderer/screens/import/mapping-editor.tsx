// The detected column mapping, one dropdown per field, with the required fields that are still
// missing flagged and the number or date format each column was read with.
import type { ImportPreview } from '../../../shared/api/import-api';
import { FIELD_KEYS, type ColumnMapping, type FieldKey } from '../../../shared/import/fields';
import { useMessages } from '../../i18n/settings';
import { importMessages, type ImportMessages } from './import-messages';
import { columnLetter } from '../../../shared/format/column-letter';

const REQUIRED: FieldKey[] = ['customer', 'date', 'amount'];
/** The preview's first rows hold at most this many cells. */
export const FIRST_ROW_CELLS = 256;

/** The columns a field can be put on: the header's, else as many as the first rows hold (a file read without a header). */
export function mappableColumns(preview: ImportPreview): number[] {
  return Array.from({ length: Math.max(preview.headers.length, Math.min(preview.columnCount, FIRST_ROW_CELLS)) }, (_, i) => i);
}

type Props = {
  preview: ImportPreview;
  /** The mapping as the user has made it so far (the preview may still be catching up with it). */
  mapping: ColumnMapping;
  disabled: boolean;
  onChange(mapping: ColumnMapping): void;
};

/** The same mapping with `field` on `column` (undefined: not used); a column feeds one field only. */
export function remap(mapping: ColumnMapping, field: FieldKey, column: number | undefined): ColumnMapping {
  const next: ColumnMapping = {};
  for (const key of FIELD_KEYS) {
    const c = mapping[key];
    if (key !== field && c !== undefined && c !== column) next[key] = c;
  }
  if (column !== undefined) next[field] = column;
  return next;
}

/** How a field's column was read: "vírgula decimal", "dia/mês/ano (pelo formato escolhido)". */
export function formatText(m: ImportMessages, preview: ImportPreview, field: FieldKey): string {
  const f = preview.formats[field];
  if (!f) return '';
  const parts: string[] = [];
  if (f.decimal) parts.push(m.decimal[f.decimal]);
  if (f.dateOrder) parts.push(m.dateOrder[f.dateOrder]);
  if (parts.length > 0 && f.decidedBy === 'locale') parts.push(m.byLocale);
  return parts.join(' ');
}

export function MappingEditor({ preview, mapping, disabled, onChange }: Props) {
  const m = useMessages(importMessages);
  const missing = new Set(preview.missing);
  const columns = mappableColumns(preview);
  return (
    <table className="data mapping" data-testid="mapping">
      <thead>
        <tr>
          <th scope="col">{m.field}</th>
          <th scope="col">{m.column}</th>
          <th scope="col">{m.format}</th>
        </tr>
      </thead>
      <tbody>
        {FIELD_KEYS.map((field) => {
          const id = `map-${field}`;
          const column = mapping[field];
          const isMissing = missing.has(field);
          return (
            <tr key={field} className={isMissing ? 'missing' : undefined}>
              <th scope="row">
                <label htmlFor={id}>{m.fields[field]}</label>
                {REQUIRED.includes(field) && <span className="required"> · {m.required}</span>}
              </th>
              <td>
                <select
                  id={id}
                  value={column === undefined ? '' : String(column)}
                  disabled={disabled}
                  aria-invalid={isMissing || undefined}
                  aria-describedby={isMissing ? `${id}-missing` : undefined}
                  onChange={(e) => onChange(remap(mapping, field, e.target.value === '' ? undefined : Number(e.target.value)))}
                >
                  <option value="">{m.notUsed}</option>
                  {columns.map((index) => (
                    <option key={index} value={index}>
                      {m.columnOption(columnLetter(index), preview.headers[index] ?? '')}
                    </option>
                  ))}
                </select>
                {isMissing && (
                  <span className="field-error" id={`${id}-missing`}>
                    {' '}
                    {field === 'amount' ? m.missingAmount : m.missing}
                  </span>
                )}
              </td>
              <td className="muted">{formatText(m, preview, field)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
