// The word lists of the screen walker catch what issue #13 found on the screens, and leave data
// alone: a list that flags nothing would make the walk prove nothing.
import { describe, expect, it } from 'vitest';
import { findWords } from './screen-walker';
import { wordsOnlyIn } from './word-lists';

const flagged = (text: string, list: Set<string>) => findWords('test', text, list).map((f) => f.word);

describe('the word lists', () => {
  const english = wordsOnlyIn('en', 'pt');
  const portuguese = wordsOnlyIn('pt', 'en');

  it('flag the English the issue saw on pt-BR screens: the grid\'s own text, enum values', () => {
    expect(flagged('No Matching Rows', english)).toEqual(['matching', 'rows']);
    expect(flagged('Loading...', english)).toEqual(['loading']);
    expect(flagged('Análise 1: 2025-11-01 a 2026-10-31 (month), base revenue', english)).toEqual(['month', 'revenue']);
    expect(flagged('Situação: at risk', english)).toEqual(['risk']);
  });

  it('flag the Portuguese the backend used to send to English screens', () => {
    expect(flagged('Compra esperada em 04/05/2026 (ciclo de 7 dias; 49 dias sem comprar).', portuguese)).toEqual(expect.arrayContaining(['compra', 'esperada', 'ciclo', 'sem', 'comprar']));
    expect(flagged('Peso inválido para "overdue" (120): use um número de 0 a 100.', portuguese)).toEqual(expect.arrayContaining(['peso', 'inválido', 'para', 'número']));
  });

  it('leave the sample\'s data alone: names of customers, products, sellers, segments and regions', () => {
    expect(flagged('Padaria Três Irmãos Ltda · Café 1kg · Bruno Lima · Varejo · Sudeste', portuguese)).toEqual([]);
    expect(flagged('Food service', english)).toEqual([]);
  });
});
