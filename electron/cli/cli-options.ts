// Parses the `clave` command line (SPEC "Command line contract") into a typed request. Every
// problem becomes a `bad-option` error (shared/messages/errors/cli-errors.ts) naming the option,
// found before any database is opened.
import { parseArgs } from 'node:util';
import { apiError } from '../../shared/api/errors';
import type { RunRequest } from '../../shared/api/analysis-api';
import { OVERLAP_MODES, type OverlapMode } from '../../shared/api/import-api';
import { BASES, PERIODS, type AnalysisParams, type Basis, type PeriodKind } from '../../shared/analysis/params';
import { IMPORT_LOCALES, type FieldKey, type ImportLocale } from '../../shared/import/fields';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; file: string | null; db: string | null; run: RunRequest; json: boolean; out: string | null; outLocale: ImportLocale | null; common: ImportCommon }
  | { kind: 'import'; file: string; db: string; again: boolean; common: ImportCommon }
  | { kind: 'runs'; db: string; json: boolean }
  /** `locale` (and analyze's `outLocale`): the --locale given, else null (the environment's language decides). */
  | { kind: 'export'; db: string; runId: number | null; out: string; locale: ImportLocale | null };

/** A column named on the command line: a letter (A, AB), a 1-based number, or a header's text. */
export type ColumnRef = { letter: number } | { number: number } | { header: string };

export type ImportCommon = {
  /** The sheet to read; absent with `allSheets` or by default (the first with data). */
  sheet: string | undefined;
  allSheets: boolean;
  locale: ImportLocale;
  noHeader: boolean;
  /** --columns: each field and the column it is in (resolved against the file's header: cli-columns.ts). */
  columns: { field: FieldKey; column: ColumnRef }[] | null;
  /** --overlap: what an import does with lines already stored (SPEC "Overlapping exports"). */
  overlap: OverlapMode;
};

/** The fields --columns knows (SPEC), as the import names them. */
export const COLUMN_FIELDS: Record<string, FieldKey> = {
  customer: 'customer',
  name: 'customerName',
  date: 'date',
  amount: 'amount',
  quantity: 'quantity',
  unitPrice: 'unitPrice',
  cost: 'cost',
  margin: 'margin',
  order: 'orderId',
  product: 'product',
  seller: 'seller',
  segment: 'segment',
  region: 'region',
};

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  period: { type: 'string' },
  basis: { type: 'string' },
  a: { type: 'string' },
  b: { type: 'string' },
  x: { type: 'string' },
  y: { type: 'string' },
  'min-periods': { type: 'string' },
  'inactive-days': { type: 'string' },
  'lost-days': { type: 'string' },
  discount: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
  db: { type: 'string' },
  sheet: { type: 'string' },
  columns: { type: 'string' },
  'no-header': { type: 'boolean' },
  locale: { type: 'string' },
  run: { type: 'string' },
  again: { type: 'boolean' },
  overlap: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const shown = (value: string) => value.slice(0, 80);

function number(value: string | undefined, option: string, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) throw apiError('cli/bad-number', { option, value: shown(value), integer });
  return n;
}

function oneOf<T extends string>(value: string | undefined, option: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (!found) throw apiError('cli/bad-choice', { option, value: shown(value), allowed });
  return found;
}

function date(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw apiError('cli/bad-date', { option, value: shown(value) });
  return value;
}

/** --discount: a monthly rate (0.01) or a percentage (1%); the range is checked with the other parameters. */
function discountRate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(',', '.');
  const percent = text.endsWith('%');
  const n = Number(percent ? text.slice(0, -1).trim() : text);
  if (text === '' || text === '%' || !Number.isFinite(n)) throw apiError('analysis/bad-discount', { value });
  return percent ? n / 100 : n;
}

/** --overlap: what an import does with lines already stored (SPEC "Overlapping exports"). */
function overlapRule(value: string | undefined): OverlapMode {
  if (value === undefined) return 'skip';
  const mode = OVERLAP_MODES.find((m) => m === value);
  if (!mode) throw apiError('import/overlap-bad-rule', { rule: shown(value) });
  return mode;
}

/** Excel's column letters (A = 0 … XFD = 16383), or null. */
function letterColumn(text: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return null;
  let n = 0;
  for (const c of text.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n <= 16_384 ? n - 1 : null;
}

/** `customer=A,date=B,amount=Valor Total`: fields and the columns they are in. */
export function parseColumns(value: string): ImportCommon['columns'] {
  const columns: NonNullable<ImportCommon['columns']> = [];
  for (const item of value.split(',')) {
    const eq = item.indexOf('=');
    const name = item.slice(0, eq).trim();
    const spec = item.slice(eq + 1).trim();
    if (eq === -1 || name === '' || spec === '') throw apiError('cli/bad-columns', { item: shown(item), fields: Object.keys(COLUMN_FIELDS) });
    const field = COLUMN_FIELDS[name] ?? Object.entries(COLUMN_FIELDS).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    if (field === undefined) throw apiError('cli/unknown-field', { field: shown(name), fields: Object.keys(COLUMN_FIELDS) });
    if (columns.some((c) => c.field === field)) throw apiError('cli/field-twice', { field: name });
    const letter = letterColumn(spec);
    const column: ColumnRef = letter !== null ? { letter } : /^\d{1,5}$/.test(spec) && Number(spec) >= 1 && Number(spec) <= 16_384 ? { number: Number(spec) - 1 } : { header: spec };
    columns.push({ field, column });
  }
  return columns;
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // Node's own sentence is English and names the option between quotes: keep the option only.
    const option = /'(-[^']*)'/.exec(String((e as Error).message))?.[1] ?? '';
    const code = (e as { code?: string }).code;
    throw code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? apiError('cli/missing-value', { option: shown(option) }) : apiError('cli/unknown-option', { option: shown(option) });
  }
  const { values: v, positionals } = parsed;
  if (v.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (v.help || command === undefined || command === 'help') return { kind: 'help' };
  const common: ImportCommon = {
    sheet: v.sheet === 'all' ? undefined : v.sheet,
    allSheets: v.sheet === 'all',
    locale: oneOf(v.locale, 'locale', IMPORT_LOCALES) ?? 'pt-BR',
    noHeader: v['no-header'] ?? false,
    columns: v.columns === undefined ? null : parseColumns(v.columns),
    overlap: overlapRule(v.overlap),
  };
  if (common.noHeader && common.columns === null) throw apiError('cli/no-header-needs-columns');
  if (common.noHeader && common.columns!.some((c) => 'header' in c.column)) throw apiError('cli/no-header-texts');
  const needDb = () => {
    if (!v.db) throw apiError('cli/needs-db', { command: command! });
    return v.db;
  };
  const extra = (max: number) => {
    if (rest.length > max) throw apiError('cli/extra-argument', { argument: shown(rest[max]!) });
  };
  switch (command) {
    case 'analyze': {
      extra(1);
      const file = rest[0] ?? null;
      if (file === null && !v.db) throw apiError('cli/analyze-needs-file');
      if (v.out !== undefined && !/\.xlsx$/i.test(v.out)) throw apiError('cli/out-not-xlsx', { value: shown(v.out) });
      const params: Partial<AnalysisParams> = {};
      const set = <K extends keyof AnalysisParams>(key: K, value: AnalysisParams[K] | undefined) => {
        if (value !== undefined) params[key] = value;
      };
      set('period', oneOf<PeriodKind>(v.period, 'period', PERIODS));
      set('basis', oneOf<Basis>(v.basis, 'basis', BASES));
      set('a', number(v.a, 'a'));
      set('b', number(v.b, 'b'));
      set('x', number(v.x, 'x'));
      set('y', number(v.y, 'y'));
      set('minPeriods', number(v['min-periods'], 'min-periods', true));
      set('inactiveDays', number(v['inactive-days'], 'inactive-days', true));
      set('lostDays', number(v['lost-days'], 'lost-days', true));
      set('discount', discountRate(v.discount));
      const run: RunRequest = { from: date(v.from, 'from'), to: date(v.to, 'to'), params };
      return { kind: 'analyze', file, db: v.db ?? null, run, json: v.json ?? false, out: v.out ?? null, outLocale: v.locale === undefined ? null : common.locale, common };
    }
    case 'import': {
      extra(1);
      if (!rest[0]) throw apiError('cli/import-needs-file');
      return { kind: 'import', file: rest[0], db: needDb(), again: v.again ?? false, common };
    }
    case 'runs':
      extra(0);
      return { kind: 'runs', db: needDb(), json: v.json ?? false };
    case 'export': {
      extra(0);
      if (!v.out || !/\.(xlsx|csv)$/i.test(v.out)) throw apiError('cli/export-needs-out');
      return { kind: 'export', db: needDb(), runId: number(v.run, 'run', true) ?? null, out: v.out, locale: v.locale === undefined ? null : common.locale };
    }
    default:
      throw apiError('cli/unknown-command', { command: shown(command) });
  }
}
