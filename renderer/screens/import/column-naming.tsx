// Naming the columns of a file whose header Clave did not recognise, or that has none (SPEC
// "Import", issue #10.4): the first rows as they are, a dropdown of fields at the top of each
// column, "the first row is data", and which required fields are still missing. Each choice asks
// the preview again (the parent holds the mapping). A wide file scrolls inside the table.
import type { ImportPreview } from '../../../shared/api/import-api';
import { columnLetter } from '../../../shared/format/column-letter';
import { FIELD_KEYS, type ColumnMapping, type FieldKey } from '../../../shared/import/fields';
import { useMessages, useSettings } from '../../i18n/settings';
import { fileShapeMessages, type FileShapeMessages } from './file-shape-messages';
import { importMessages, type ImportMessages } from './import-messages';
import { FIRST_ROW_CELLS, formatText, mappableColumns, remap } from './mapping-editor';

type Props = {
  preview: ImportPreview;
  /** The mapping as the user has made it so far (the preview may still be catching up). */
  mapping: ColumnMapping;
  /** "The first row is data", as the user said (the preview follows it). */
  noHeader: boolean;
  onChange(mapping: ColumnMapping): void;
  onNoHeader(noHeader: boolean): void;
};

/** The field on each column, by the mapping. */
function fieldOfColumn(mapping: ColumnMapping): Map<number, FieldKey> {
  const out = new Map<number, FieldKey>();
  for (const field of FIELD_KEYS) {
    const column = mapping[field];
    if (column !== undefined) out.set(column, field);
  }
  return out;
}

/** "Cliente (código), Data, valor (ou quantidade e preço unitário)". */
export function missingText(m: ImportMessages, fs: FileShapeMessages, missing: readonly string[]): string {
  return missing.map((f) => (f === 'amount' ? fs.amountOrQuantity : (m.fields[f as FieldKey] ?? f))).join(', ');
}

export function ColumnNaming({ preview, mapping, noHeader, onChange, onNoHeader }: Props) {
  const m = useMessages(importMessages);
  const fs = useMessages(fileShapeMessages);
  const { fmt, labels } = useSettings();
  // As many columns as the first rows show.
  const columns = mappableColumns(preview).slice(0, FIRST_ROW_CELLS);
  const fields = fieldOfColumn(mapping);
  const choose = (column: number, value: string) => {
    const current = fields.get(column);
    if (value === '') onChange(current === undefined ? mapping : remap(mapping, current, undefined));
    else onChange(remap(mapping, value as FieldKey, column));
  };
  const rowTag = (row: number) => (preview.noHeader ? null : row === preview.headerRow ? fs.headerTag : row < preview.headerRow ? fs.titleTag : null);
  return (
    <section className="panel naming-panel" aria-labelledby="naming-title" data-testid="naming">
      <h2 id="naming-title">{fs.namingTitle}</h2>
      <p className="muted">{preview.headerRecognised ? fs.namingHintNoHeader : fs.namingHint}</p>
      <div className="row naming-options">
        <label className="check">
          <input type="checkbox" checked={noHeader} onChange={(e) => onNoHeader(e.target.checked)} data-testid="first-row-is-data" />{' '}
          {fs.firstRowIsData}
        </label>
        <p className={preview.missing.length > 0 ? 'field-error naming-missing' : 'muted naming-missing'} role="status" data-testid="naming-missing">
          {preview.missing.length > 0 ? fs.stillMissing(missingText(m, fs, preview.missing)) : fs.nothingMissing}
        </p>
      </div>
      <div className="table-scroll naming-scroll">
        <table className="data naming">
          <thead>
            <tr>
              <th className="num" scope="col">
                {labels.rejects.row}
              </th>
              {columns.map((c) => {
                const field = fields.get(c);
                const format = field ? formatText(m, preview, field) : '';
                return (
                  <th key={c} scope="col" className={field ? 'named' : undefined}>
                    <span className="column-letter">{columnLetter(c)}</span>
                    <select
                      aria-label={fs.columnField(columnLetter(c))}
                      value={field ?? ''}
                      onChange={(e) => choose(c, e.target.value)}
                      data-testid={`name-column-${c}`}
                    >
                      <option value="">{m.notUsed}</option>
                      {FIELD_KEYS.map((f) => (
                        <option key={f} value={f}>
                          {m.fields[f]}
                        </option>
                      ))}
                    </select>
                    {format && <span className="column-format">{format}</span>}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {preview.firstRows.map((r) => {
              const tag = rowTag(r.row);
              return (
                <tr key={r.row} className={tag ? 'not-data' : undefined}>
                  <td className="num muted">
                    {fmt.integer(r.row)}
                    {tag && <span className="row-tag"> {tag}</span>}
                  </td>
                  {columns.map((c) => (
                    <td key={c} className={fields.has(c) ? 'named' : undefined} title={r.cells[c] ?? ''}>
                      {r.cells[c] ?? ''}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
