// Which mapping an import uses: the one the user gave, else the one confirmed before for the same
// headers, else the one recognised from the headers. A file read without a header is keyed by its
// number of columns (decisions #14, #132).
import type { ImportPreview } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import { headerKey, missingFields, noHeaderKey } from '../../shared/import/detect-header';
import { FIELD_KEYS, IMPORT_LOCALES, type ColumnMapping, type ImportLocale } from '../../shared/import/fields';
import { getRememberedMapping } from '../db/column-mappings-table';
import type { Db } from '../db/open-database';
import { LIMITS } from './limits';

export const DEFAULT_LOCALE: ImportLocale = 'pt-BR';

/** The locale that breaks format ties; pt-BR unless another known one is asked for. */
export function checkLocale(locale: unknown): ImportLocale {
  if (locale === undefined || locale === null) return DEFAULT_LOCALE;
  if (!(IMPORT_LOCALES as unknown[]).includes(locale)) throw apiError('import/bad-locale', { locale: String(locale).slice(0, 40), allowed: IMPORT_LOCALES });
  return locale as ImportLocale;
}

/** Refuses a mapping that names an unknown field or a column that cannot exist. */
export function checkMapping(mapping: unknown): ColumnMapping {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) throw apiError('import/bad-mapping');
  const out: ColumnMapping = {};
  const used = new Map<number, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (column === undefined || column === null) continue;
    if (!(FIELD_KEYS as readonly string[]).includes(field)) throw apiError('import/unknown-field', { field: field.slice(0, 40) });
    if (!Number.isInteger(column) || (column as number) < 0 || (column as number) >= LIMITS.columns) {
      throw apiError('import/bad-column', { field, column: String(column).slice(0, 40) });
    }
    const other = used.get(column as number);
    if (other) throw apiError('import/same-column', { first: other, second: field });
    used.set(column as number, field);
    out[field as keyof ColumnMapping] = column as number;
  }
  return out;
}

export type ResolvedMapping = { mapping: ColumnMapping; source: ImportPreview['mappingSource']; key: string };

/** The table's head as far as the mapping goes: its header's texts, what they were recognised as, its width. */
type HeadForMapping = { headers: readonly string[]; detected: ColumnMapping; columnCount: number };

export function resolveMapping(db: Db, head: HeadForMapping, given: ColumnMapping | undefined, noHeader: boolean): ResolvedMapping {
  const { detected } = head;
  const key = noHeader ? noHeaderKey(head.columnCount) : headerKey(head.headers);
  if (given) return { mapping: checkMapping(given), source: 'given', key };
  const remembered = getRememberedMapping(db, key);
  if (remembered) return { mapping: remembered, source: 'remembered', key };
  return { mapping: detected, source: 'detected', key };
}

/** Refuses a mapping that lacks a required field, naming them. */
export function requireColumns(mapping: ColumnMapping, fileName: string): void {
  const missing = missingFields(mapping);
  if (missing.length > 0) throw apiError('import/missing-columns', { file: fileName, fields: missing });
}
