// Which mapping an import uses: the one the user gave, else the one confirmed before for the same
// headers, else the one recognised from the headers.
import type { ImportPreview } from '../../shared/api/import-api';
import { legacyError } from '../../shared/api/errors';
import { headerKey } from '../../shared/import/detect-header';
import { FIELD_KEYS, IMPORT_LOCALES, type ColumnMapping, type ImportLocale } from '../../shared/import/fields';
import { getRememberedMapping } from '../db/column-mappings-table';
import type { Db } from '../db/open-database';

const MAX_COLUMNS = 16384; // Excel's last column, XFD

export const DEFAULT_LOCALE: ImportLocale = 'pt-BR';

/** The locale that breaks format ties; pt-BR unless another known one is asked for. */
export function checkLocale(locale: unknown): ImportLocale {
  if (locale === undefined || locale === null) return DEFAULT_LOCALE;
  if (!(IMPORT_LOCALES as unknown[]).includes(locale)) {
    throw legacyError('bad-option', `Localidade desconhecida: "${String(locale)}" (use ${IMPORT_LOCALES.join(', ')}).`);
  }
  return locale as ImportLocale;
}

/** Refuses a mapping that names an unknown field or a column that cannot exist. */
export function checkMapping(mapping: unknown): ColumnMapping {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) {
    throw legacyError('bad-option', 'Mapeamento de colunas inválido.');
  }
  const out: ColumnMapping = {};
  const used = new Map<number, string>();
  for (const [field, column] of Object.entries(mapping)) {
    if (column === undefined || column === null) continue;
    if (!(FIELD_KEYS as readonly string[]).includes(field)) throw legacyError('bad-option', `Campo desconhecido no mapeamento: "${field}".`);
    if (!Number.isInteger(column) || (column as number) < 0 || (column as number) >= MAX_COLUMNS) {
      throw legacyError('bad-option', `Coluna inválida para o campo "${field}" no mapeamento: ${String(column)}.`);
    }
    const other = used.get(column as number);
    if (other) throw legacyError('bad-option', `A mesma coluna foi escolhida para "${other}" e "${field}".`);
    used.set(column as number, field);
    out[field as keyof ColumnMapping] = column as number;
  }
  return out;
}

export function resolveMapping(
  db: Db,
  headers: readonly string[],
  detected: ColumnMapping,
  given: ColumnMapping | undefined,
): { mapping: ColumnMapping; source: ImportPreview['mappingSource']; key: string } {
  const key = headerKey(headers);
  if (given) return { mapping: checkMapping(given), source: 'given', key };
  const remembered = getRememberedMapping(db, key);
  if (remembered) return { mapping: remembered, source: 'remembered', key };
  return { mapping: detected, source: 'detected', key };
}
