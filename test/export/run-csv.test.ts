import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { isFormulaLike } from '../../shared/format/csv-fields';
import { csvTitle } from '../../shared/format/csv-table';
import { customerColumns } from '../../shared/format/customer-columns';
import { formatSettings } from '../../shared/format/format-settings';
import { listRunResults } from '../../electron/db/run-results-table';
import { writeRunCsv } from '../../electron/export/run-csv';
import { HOSTILE_NAMES, openWorkspace, storeRun, syntheticCustomers, type Workspace } from './export-fixture';
import { fromCsvField, parseCsv } from './read-back';

describe('customer table as CSV', () => {
  let ws: Workspace;
  let runId: number;
  let stored: CustomerResult[];

  beforeAll(() => {
    ws = openWorkspace();
    ({ runId } = storeRun(ws.db, syntheticCustomers(80)));
    stored = listRunResults(ws.db, runId);
  });
  afterAll(() => ws.db.close());

  for (const locale of ['pt-BR', 'en', 'es', 'ca']) {
    it(`${locale}: reads back equal to the stored run, column by column`, async () => {
      const { loc, labels } = formatSettings(locale);
      const path = join(ws.dir, `clientes-${locale}.csv`);
      const { bytes } = await writeRunCsv(ws.db, runId, path, { locale });
      expect(bytes).toBe(readFileSync(path).length);
      const { bom, records } = parseCsv(path, loc.csvSeparator);
      expect(bom).toBe(true);
      const columns = customerColumns(DEFAULT_PARAMS, labels, loc);
      expect(records[0]).toEqual(columns.map(csvTitle));
      expect(records).toHaveLength(stored.length + 1);
      stored.forEach((customer, i) => {
        const record = records[i + 1]!;
        expect(record).toHaveLength(columns.length);
        columns.forEach((column, j) => {
          const expected = column.value(customer, i);
          const actual = fromCsvField(column.kind, record[j]!, loc, labels);
          if (typeof expected === 'string' && column.kind === 'text')
            expect(actual).toBe(isFormulaLike(expected) ? `'${expected}` : expected);
          else if (typeof expected === 'number' && (column.kind === 'percent' || column.kind === 'ratio'))
            expect(actual as number).toBeCloseTo(expected, column.kind === 'percent' ? 6 : 4);
          else expect(actual, `${customer.code} ${column.key}`).toEqual(expected);
        });
      });
    });
  }

  it('pt-BR: semicolons, decimal comma, day-first dates; en: commas, a dot, month-first', async () => {
    const first = stored[0]!;
    const ptPath = join(ws.dir, 'pt.csv');
    const enPath = join(ws.dir, 'en.csv');
    await writeRunCsv(ws.db, runId, ptPath);
    await writeRunCsv(ws.db, runId, enPath, { locale: 'en' });
    const pt = readFileSync(ptPath, 'utf8').split('\r\n');
    const en = readFileSync(enPath, 'utf8').split('\r\n');
    expect(pt[0]!.startsWith('\ufeff"Posição";"Código";"Nome";"Valor (faturamento)";"Participação (%)"')).toBe(true);
    expect(en[0]!.startsWith('\ufeff"Rank","Code","Name","Value (revenue)","Share (%)"')).toBe(true);
    expect(pt[0]).toContain(';"Margem %";');
    const reais = `${Math.trunc(first.revenue / 100)},${String(first.revenue % 100).padStart(2, '0')}`;
    expect(pt[1]!.startsWith(`1;"${first.code}";"${first.name}";${reais};`)).toBe(true);
    expect(en[1]!.startsWith(`1,"${first.code}","${first.name}",${reais.replace(',', '.')},`)).toBe(true);
    const d = new Date(first.lastPurchase! * 86_400_000);
    const [dd, mm, yyyy] = [d.getUTCDate(), d.getUTCMonth() + 1, d.getUTCFullYear()].map((n) => String(n).padStart(2, '0'));
    expect(pt[1]).toContain(`;${dd}/${mm}/${yyyy};`);
    expect(en[1]).toContain(`,${mm}/${dd}/${yyyy},`);
    // A negative value keeps its sign and stays a bare number.
    const last = stored[stored.length - 1]!;
    expect(pt[stored.length]!.split(';')[3]).toBe(`-${Math.trunc(-last.value / 100)},${String(-last.value % 100).padStart(2, '0')}`);
  });

  it('prefixes text that looks like a formula with a quote, inside quotes; numbers stay numbers', async () => {
    const path = join(ws.dir, 'inj.csv');
    await writeRunCsv(ws.db, runId, path);
    const raw = readFileSync(path, 'utf8');
    expect(raw).toContain(`;"'=HYPERLINK(""http://x"",""y"")";`);
    expect(raw).toContain(`;"'+5511987654321";`);
    expect(raw).toContain(`;"'-x";`);
    expect(raw).toContain(`;"'@SUM(1)";`);
    expect(raw).toContain(`;"'\tTabulado";`);
    expect(raw).toContain(`;"'\rRetorno";`);
    expect(raw).toContain(`;"'＝1+1";`);
    expect(raw).toContain(`;"'=2+3";`); // a customer code
    expect(raw).toContain(`;"'@vendedor";`); // a seller
    expect(raw).toContain(`;"Acme; ""Aspas"", Ltda";`);
    expect(raw).toContain(`;"Duas\nlinhas";`);
    // No field anywhere starts with a formula character unless it is a number Clave wrote.
    const { records } = parseCsv(path, ';');
    for (const record of records)
      for (const field of record) if (isFormulaLike(field)) expect(field, field).toMatch(/^-\d+(,\d+)?$/);
    expect(HOSTILE_NAMES.every((n) => records.some((r) => r[2] === `'${n}` || r[2] === n))).toBe(true);
  });
});
