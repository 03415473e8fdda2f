import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { csvTextField, isFormulaLike } from '../../shared/format/csv-fields';
import { excelFormats } from '../../shared/format/excel-formats';
import { csvFileName, rejectsFileName, workbookFileName } from '../../shared/format/export-file-names';
import { formatSettings } from '../../shared/format/format-settings';
import { labelsFor } from '../../shared/format/labels';
import { resolveLocale } from '../../shared/format/locale';
import { dayText, decimalText, readableMoney, scaledText } from '../../shared/format/numbers';
import { signalText } from '../../shared/format/signal-text';

const pt = resolveLocale('pt-BR')!;
const en = resolveLocale('en')!;

describe('CSV fields against formula injection (OWASP)', () => {
  it('recognises what a spreadsheet would evaluate', () => {
    for (const text of ['=1+1', '+5511987654321', '-x', '@SUM(1)', '\tx', '\rx', '\nx', '  =1', '＝1', '＋1'])
      expect(isFormulaLike(text), JSON.stringify(text)).toBe(true);
    for (const text of ['Acme', '1-2', 'a=b', 'x@y.com', '', "'=1"]) expect(isFormulaLike(text), text).toBe(false);
  });

  it('quotes every text field, doubles quotes and prefixes a single quote where needed', () => {
    expect(csvTextField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvTextField('Acme; Ltda')).toBe('"Acme; Ltda"');
    expect(csvTextField('a "b"')).toBe('"a ""b"""');
  });
});

describe('numbers and days in a locale', () => {
  it('writes integer minor units exactly, with the decimal separator of the locale', () => {
    expect(scaledText(123456, 2, pt)).toBe('1234,56');
    expect(scaledText(-5, 2, pt)).toBe('-0,05');
    expect(scaledText(-123456, 2, en)).toBe('-1234.56');
    expect(scaledText(1500, 3, pt)).toBe('1,500');
    expect(scaledText(0, 2, pt)).toBe('0,00');
    expect(scaledText(-0.2, 2, pt)).toBe('0,00');
    expect(decimalText(-0.00001, 4, pt)).toBe('0,0000');
    expect(decimalText(12.3456789, 4, en)).toBe('12.3457');
  });

  it('orders day and month per locale', () => {
    const day = dayOfIso('2026-03-07')!;
    expect(dayText(day, pt)).toBe('07/03/2026');
    expect(dayText(day, en)).toBe('03/07/2026');
    expect(dayText(day, resolveLocale('en-GB')!)).toBe('07/03/2026');
  });

  it('says money the way people read it, and signals with their reason', () => {
    expect(readableMoney(123456, pt)).toBe('R$\u00a01.234,56');
    expect(readableMoney(123456, en)).toBe('$1,234.56');
    const labels = labelsFor('pt');
    expect(signalText({ kind: 'overdue', recencyDays: 95, cycleDays: 14.5 }, 'revenue', labels, pt)).toBe(
      'Atrasado: 95 dias sem comprar, mais de 1,5 × o ciclo de 14,5 dias',
    );
    expect(signalText({ kind: 'declining', recentMean: 1500, earlierMean: 4000 }, 'quantity', labels, pt)).toBe(
      'Em queda: média de 1,5 nos últimos 3 períodos contra 4 antes',
    );
    expect(signalText({ kind: 'dropped class', from: 'A', to: 'C', previousRunId: 4 }, 'revenue', labelsFor('en'), en)).toBe(
      'Dropped class: from A to C since analysis no. 4',
    );
  });
});

describe('locales, formats and file names', () => {
  it('maps language tags to the four languages and refuses others', () => {
    expect(resolveLocale('pt')!.tag).toBe('pt-BR');
    expect(resolveLocale('en-US')!.csvSeparator).toBe(',');
    expect(resolveLocale('es-MX')!.tag).toBe('es');
    expect(resolveLocale('ca-ES')!.decimal).toBe(',');
    expect(resolveLocale('fr')).toBeNull();
    expect(() => formatSettings('de')).toThrow(/Idioma desconhecido "de"/);
    expect(() => formatSettings('pt-BR', 'R$')).toThrow(/Moeda inválida/);
    expect(formatSettings('pt-BR', 'eur').loc.currency).toBe('EUR');
  });

  it('gives Excel number formats with the currency and the date order of the locale', () => {
    expect(excelFormats(pt)).toMatchObject({ money: '"R$" #,##0.00;-"R$" #,##0.00', date: 'dd/mm/yyyy', percent: '0.00%' });
    expect(excelFormats(resolveLocale('ca')!).money).toBe('#,##0.00 "€";-#,##0.00 "€"');
    expect(excelFormats(en).date).toBe('mm/dd/yyyy');
  });

  it('names exported files by the month the window ends in', () => {
    expect(workbookFileName({ id: 7, window: { to: '2026-10-31' } })).toBe('clave-analise-7-2026-10.xlsx');
    expect(csvFileName({ id: 7, window: { to: '2026-10-31' } })).toBe('clave-clientes-7-2026-10.csv');
    expect(rejectsFileName(12)).toBe('clave-rejeitadas-lote-12.xlsx');
  });

  it('has every label in every language', () => {
    const shape = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? shape(v).map((s) => `${k}.${s}`) : [k])).sort();
    const reference = shape(labelsFor('pt'));
    for (const lang of ['en', 'es', 'ca'] as const) expect(shape(labelsFor(lang))).toEqual(reference);
  });
});
