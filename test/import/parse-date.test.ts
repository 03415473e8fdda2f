import { describe, expect, it } from 'vitest';
import { dayFromYmd, dayOfIso } from '../../shared/domain/calendar';
import { createEvidenceCollector } from '../../shared/import/column-formats';
import { dayFromExcelSerial, parseDateText, ymdToDay } from '../../shared/import/parse-date';

const iso = (text: string) => dayOfIso(text)!;

describe('dates (SPEC "Import")', () => {
  it.each([
    ['01/11/2024', false, '2024-11-01'],
    ['1/2/2024', false, '2024-02-01'],
    ['01/11/24', false, '2024-11-01'],
    ['31/12/99', false, '1999-12-31'],
    ['2024-11-01', false, '2024-11-01'],
    ['2024/11/01', true, '2024-11-01'],
    ['01.11.2024', false, '2024-11-01'],
    ['01-11-2024', false, '2024-11-01'],
    ['11/01/2024', true, '2024-11-01'],
    ['01/11/2024 14:30', false, '2024-11-01'],
    ['01/11/2024 14:30:00', false, '2024-11-01'],
    ['2024-11-01T10:00:00', false, '2024-11-01'],
    ['2024-11-01 10:00:00.000', false, '2024-11-01'],
    ['20241101', false, '2024-11-01'],
    ['45597', false, '2024-11-01'], // an Excel serial written as text
    ['29/02/2024', false, '2024-02-29'],
  ] as const)('%s (month first: %s) is %s', (text, monthFirst, expected) => {
    expect(parseDateText(text, monthFirst)).toBe(iso(expected));
  });

  it.each(['31/02/2024', '13/13/2024', '2024-13-01', 'ontem', '01/11', '1/11/202', '29/02/2023', ''])('%s is unreadable', (text) => {
    expect(parseDateText(text, false)).toBeNull();
  });

  it('reads Excel serial numbers, including the days before 1 March 1900', () => {
    expect(dayFromExcelSerial(45597)).toBe(iso('2024-11-01'));
    expect(dayFromExcelSerial(45597.75)).toBe(iso('2024-11-01')); // a time of day is ignored
    expect(dayFromExcelSerial(25569)).toBe(0);
    expect(dayFromExcelSerial(1)).toBe(iso('1900-01-01'));
    expect(dayFromExcelSerial(61)).toBe(iso('1900-03-01'));
    expect(dayFromExcelSerial(0)).toBeNull();
  });

  it('computes days exactly as the calendar module does', () => {
    for (let year = 1899; year <= 2101; year++) {
      for (const month of [1, 2, 3, 6, 12]) {
        for (const day of [1, 28, 29, 30, 31]) expect(ymdToDay(year, month, day)).toBe(dayFromYmd(year, month, day));
      }
    }
  });
});

describe('day and month order is decided per column', () => {
  const decide = (values: string[], locale: 'pt-BR' | 'en-US' | 'en-GB') => {
    const evidence = createEvidenceCollector({ date: 0 });
    for (const v of values) evidence.add([v]);
    return evidence.decide(locale).date;
  };

  it('month-first only when a value proves it, or the locale is en-US', () => {
    expect(decide(['05/06/2024', '12/25/2024'], 'pt-BR')).toEqual({ dateOrder: 'mdy', decidedBy: 'values' });
    expect(decide(['05/06/2024', '25/12/2024'], 'en-US')).toEqual({ dateOrder: 'dmy', decidedBy: 'values' });
    expect(decide(['05/06/2024'], 'en-US')).toEqual({ dateOrder: 'mdy', decidedBy: 'locale' });
    expect(decide(['05/06/2024'], 'pt-BR')).toEqual({ dateOrder: 'dmy', decidedBy: 'locale' });
    expect(decide(['05/06/2024'], 'en-GB')).toEqual({ dateOrder: 'dmy', decidedBy: 'locale' });
  });

  it('year-first ISO dates', () => {
    expect(decide(['2024-05-06', '2024-12-25'], 'en-US')).toEqual({ dateOrder: 'ymd', decidedBy: 'values' });
  });
});
