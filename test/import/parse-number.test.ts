import { describe, expect, it } from 'vitest';
import { createEvidenceCollector } from '../../shared/import/column-formats';
import { COMMA_DECIMAL, decimalEvidence, DOT_DECIMAL, NO_EVIDENCE, parseNumberText } from '../../shared/import/parse-number';

describe('numbers written as text (SPEC "Import")', () => {
  it.each([
    ['1234.56', '.', 1234.56],
    ['1.234,56', ',', 1234.56],
    ['1,234.56', '.', 1234.56],
    ['R$ 1.234,56', ',', 1234.56],
    ['R$1.234,56', ',', 1234.56],
    ['€ 1.234,56', ',', 1234.56],
    ['1.234,56 €', ',', 1234.56],
    ['-1.234,56', ',', -1234.56],
    ['(1.234,56)', ',', -1234.56],
    ['(R$ 318,50)', ',', -318.5],
    ['R$ -318,50', ',', -318.5],
    ['-R$ 318,50', ',', -318.5],
    ['12,50', ',', 12.5],
    ['(12,50)', ',', -12.5],
    ['1.234.567,89', ',', 1234567.89],
    ['1,234,567.89', '.', 1234567.89],
    ['1 234,56', ',', 1234.56],
    ['1\u00a0234,56', ',', 1234.56],
    ['  42  ', ',', 42],
    ['0,125', ',', 0.125],
    [',5', ',', 0.5],
    ['1.234', ',', 1234],
    ['1.234', '.', 1.234],
    ['$ 1,234.56', '.', 1234.56],
    ['1234,5', ',', 1234.5],
  ] as const)('%s with decimal "%s" is %d', (text, decimal, value) => {
    expect(parseNumberText(text, decimal)).toBeCloseTo(value, 9);
  });

  it.each([
    ['12.5', ','], // a thousands group must have three digits
    ['1,2,3', '.'],
    ['abc', ','],
    ['12 kg', ','],
    ['1.234,56', '.'],
    ['(12,50', ','],
    ['12%', ','],
    ['N/A', ','],
    ['1,234.56', ','],
  ] as const)('%s with decimal "%s" is unreadable', (text, decimal) => {
    expect(parseNumberText(text, decimal)).toBeNaN();
  });

  it('reads a blank text as no value', () => {
    expect(parseNumberText('   ', ',')).toBeNull();
  });

  it('tells which values prove the decimal separator', () => {
    expect(decimalEvidence('1.234,56')).toBe(COMMA_DECIMAL);
    expect(decimalEvidence('12,5')).toBe(COMMA_DECIMAL);
    expect(decimalEvidence('R$ 318,50')).toBe(COMMA_DECIMAL);
    expect(decimalEvidence('1.234.567')).toBe(COMMA_DECIMAL);
    expect(decimalEvidence('1,234.56')).toBe(DOT_DECIMAL);
    expect(decimalEvidence('0.125')).toBe(DOT_DECIMAL);
    expect(decimalEvidence('1234.567')).toBe(DOT_DECIMAL);
    expect(decimalEvidence('1.234')).toBe(NO_EVIDENCE);
    expect(decimalEvidence('1,234')).toBe(NO_EVIDENCE);
    expect(decimalEvidence('1234')).toBe(NO_EVIDENCE);
  });
});

describe('the decimal separator is decided per column', () => {
  const decide = (values: string[], locale: 'pt-BR' | 'en-US') => {
    const evidence = createEvidenceCollector({ amount: 0, quantity: 1 });
    for (const v of values) evidence.add([v, '1']);
    return evidence.decide(locale);
  };

  it('from the column values, whatever the locale', () => {
    expect(decide(['1.234', '12,50', '7'], 'en-US').amount).toEqual({ decimal: ',', decidedBy: 'values' });
    expect(decide(['1,234', '12.50', '7'], 'pt-BR').amount).toEqual({ decimal: '.', decidedBy: 'values' });
  });

  it('by the majority when values disagree', () => {
    expect(decide(['1,5', '2,5', '3.5'], 'en-US').amount?.decimal).toBe(',');
  });

  it('by the locale when the values prove nothing', () => {
    expect(decide(['1.234', '7'], 'pt-BR').amount).toEqual({ decimal: ',', decidedBy: 'locale' });
    expect(decide(['1.234', '7'], 'en-US').amount).toEqual({ decimal: '.', decidedBy: 'locale' });
    expect(decide([], 'pt-BR').quantity).toEqual({ decimal: ',', decidedBy: 'locale' });
  });
});
