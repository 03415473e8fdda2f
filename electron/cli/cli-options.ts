// Parses the `clave` command line (SPEC "Command line contract") into a typed request. Every
// problem becomes a `bad-option` error with one sentence naming the option.
import { parseArgs } from 'node:util';
import { apiError, legacyError } from '../../shared/api/errors';
import { OVERLAP_MODES, type OverlapMode } from '../../shared/api/import-api';
import type { RunRequest } from '../../shared/api/analysis-api';
import { BASES, PERIODS, type AnalysisParams, type Basis, type PeriodKind } from '../../shared/analysis/params';
import { IMPORT_LOCALES, type ImportLocale } from '../../shared/import/fields';

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'analyze'; file: string | null; db: string | null; run: RunRequest; json: boolean; out: string | null; common: ImportCommon }
  | { kind: 'import'; file: string; db: string; again: boolean; common: ImportCommon }
  | { kind: 'runs'; db: string; json: boolean }
  | { kind: 'export'; db: string; runId: number | null; out: string; locale: string };

export type ImportCommon = { sheet: string | undefined; locale: ImportLocale; overlap: OverlapMode };

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
  locale: { type: 'string' },
  run: { type: 'string' },
  again: { type: 'boolean' },
  overlap: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

function number(value: string | undefined, option: string, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.replace(',', '.'));
  if (value.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n)))
    throw legacyError('bad-option', `Valor inválido para --${option}: "${value}" (use ${integer ? 'um número inteiro' : 'um número'}).`);
  return n;
}

function oneOf<T extends string>(value: string | undefined, option: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const found = allowed.find((a) => a === value);
  if (!found) throw legacyError('bad-option', `Valor inválido para --${option}: "${value}" (use ${allowed.join(', ')}).`);
  return found;
}

function date(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    throw legacyError('bad-option', `Data inválida em --${option}: "${value}" (use AAAA-MM-DD).`);
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
  if (!mode) throw apiError('import/overlap-bad-rule', { rule: value });
  return mode;
}

export function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw legacyError('bad-option', `${(e as Error).message.split('\n')[0]} — veja "clave --help".`);
  }
  const { values: v, positionals } = parsed;
  if (v.version) return { kind: 'version' };
  const [command, ...rest] = positionals;
  if (v.help || command === undefined || command === 'help') return { kind: 'help' };
  const common: ImportCommon = {
    sheet: v.sheet,
    locale: oneOf(v.locale, 'locale', IMPORT_LOCALES) ?? 'pt-BR',
    overlap: overlapRule(v.overlap),
  };
  const needDb = () => {
    if (!v.db) throw legacyError('bad-option', `"clave ${command}" precisa de --db ARQUIVO (o banco de dados do Clave).`);
    return v.db;
  };
  const extra = (max: number) => {
    if (rest.length > max) throw legacyError('bad-option', `Argumento a mais: "${rest[max]}" — veja "clave --help".`);
  };
  switch (command) {
    case 'analyze': {
      extra(1);
      const file = rest[0] ?? null;
      if (file === null && !v.db) throw legacyError('bad-option', 'Indique a planilha: clave analyze ARQUIVO [opções] (ou --db ARQUIVO para analisar o que já foi importado).');
      if (v.out !== undefined && !/\.xlsx$/i.test(v.out)) throw legacyError('bad-option', `--out precisa terminar em .xlsx: "${v.out}".`);
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
      return { kind: 'analyze', file, db: v.db ?? null, run, json: v.json ?? false, out: v.out ?? null, common };
    }
    case 'import': {
      extra(1);
      if (!rest[0]) throw legacyError('bad-option', 'Indique a planilha: clave import ARQUIVO --db BANCO.');
      return { kind: 'import', file: rest[0], db: needDb(), again: v.again ?? false, common };
    }
    case 'runs':
      extra(0);
      return { kind: 'runs', db: needDb(), json: v.json ?? false };
    case 'export': {
      extra(0);
      if (!v.out || !/\.(xlsx|csv)$/i.test(v.out))
        throw legacyError('bad-option', '"clave export" precisa de --out ARQUIVO.xlsx ou --out ARQUIVO.csv.');
      return { kind: 'export', db: needDb(), runId: number(v.run, 'run', true) ?? null, out: v.out, locale: common.locale };
    }
    default:
      throw legacyError('bad-option', `Comando desconhecido "${command}" — use analyze, import, runs ou export (veja "clave --help").`);
  }
}

export const HELP = `Clave — clientes-chave, curva ABC (Pareto) e XYZ

Uso:
  clave analyze ARQUIVO [opções] [--json] [--out RESULTADO.xlsx] [--db BANCO]
  clave analyze --db BANCO [opções]          analisa o que já foi importado
  clave import ARQUIVO --db BANCO [--again] [--overlap skip|replace|keep]
                                             importa uma planilha (.xlsx, .csv, .txt)
  clave runs --db BANCO [--json]             lista as análises guardadas (* = a análise atual)
  clave export --db BANCO [--run N] --out ARQUIVO.xlsx|.csv   (padrão: a análise atual)

Opções da análise (padrões do SPEC):
  --from AAAA-MM-DD --to AAAA-MM-DD   janela (padrão: 12 meses até o mês da última venda)
  --period month|week|quarter         período (padrão: month)
  --basis revenue|margin|quantity|orders   base do ABC (padrão: revenue)
  --a 80 --b 95                       limites acumulados de A e B, em %
  --x 0.5 --y 1.0                     limites do coeficiente de variação (clássico: 0.1 e 0.25)
  --min-periods 3                     histórico mínimo para XYZ
  --inactive-days 180 --lost-days 365
  --discount 0.01                     desconto mensal da receita prevista e do CLV (0.01 ou 1% = 1 % ao mês)
Importação:
  --sheet NOME      aba da planilha (padrão: a primeira com dados)
  --locale pt-BR|ca|es|en-US|en-GB    desempate de formatos de número e data (padrão: pt-BR)
  --again           importa de novo um arquivo já importado
  --overlap skip|replace|keep   linhas que já estão guardadas (de exportações que se sobrepõem):
                    skip pula as iguais (padrão), replace substitui as das datas do arquivo, keep mantém todas

Sem --db, "analyze" usa um banco temporário. Erros: uma linha em stderr e código de saída 2.`;
