// --columns on the command line: each field's column, by letter, 1-based number or header text,
// turned into the import's mapping (field → 0-based column). Header texts are matched as the
// import matches headers (case and accents aside), against the header the import would find.
import { apiError } from '../../shared/api/errors';
import type { ImportOptions } from '../../shared/api/import-api';
import { foldText } from '../../shared/import/fold-text';
import type { ColumnMapping } from '../../shared/import/fields';
import type { Workspace } from '../api/open-workspace';
import type { ImportCommon } from './cli-options';

export async function columnsMapping(ws: Workspace, options: ImportOptions, columns: NonNullable<ImportCommon['columns']>, fileName: string): Promise<ColumnMapping> {
  const byText = columns.some((c) => 'header' in c.column);
  const headers = byText ? (await ws.api.call('import/preview', { ...options, mapping: {} })).headers : [];
  const mapping: ColumnMapping = {};
  for (const { field, column } of columns) {
    if ('letter' in column) mapping[field] = column.letter;
    else if ('number' in column) mapping[field] = column.number;
    else {
      const at = headers.findIndex((h) => foldText(h) === foldText(column.header));
      if (at === -1) throw apiError('cli/no-such-column', { column: column.header, file: fileName, headers: headers.slice(0, 40) });
      mapping[field] = at;
    }
  }
  return mapping;
}
