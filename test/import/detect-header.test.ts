import { describe, expect, it } from 'vitest';
import { detectHeader, headerKey, mapHeaders, missingFields } from '../../shared/import/detect-header';

describe('columns are recognised by their headers (SPEC "Import")', () => {
  it('a Brazilian ERP export', () => {
    const { mapping } = mapHeaders([
      'Data Emissão', 'Nº Pedido', 'Cód. Cliente', 'Razão Social', 'Vendedor', 'Produto', 'Qtde', 'Preço Unit.',
      'Valor Total', 'Custo', 'Segmento', 'Região',
    ]);
    expect(mapping).toEqual({
      date: 0, orderId: 1, customer: 2, customerName: 3, seller: 4, product: 5, quantity: 6, unitPrice: 7,
      amount: 8, cost: 9, segment: 10, region: 11,
    });
  });

  it('more Portuguese names: nota fiscal, CNPJ, representante, margem', () => {
    const { mapping } = mapHeaders(['NOTA FISCAL', 'CNPJ', 'Nome do Cliente', 'DATA', 'VALOR (R$)', 'Margem', 'Representante', 'UF']);
    expect(mapping).toEqual({ orderId: 0, customer: 1, customerName: 2, date: 3, amount: 4, margin: 5, seller: 6, region: 7 });
  });

  it('Catalan', () => {
    const { mapping } = mapHeaders(['Codi client', 'Nom client', 'Data', 'Import', 'Quantitat', 'Preu unitari', 'Cost', 'Venedor', 'Regió']);
    expect(mapping).toEqual({
      customer: 0, customerName: 1, date: 2, amount: 3, quantity: 4, unitPrice: 5, cost: 6, seller: 7, region: 8,
    });
  });

  it('Spanish', () => {
    const { mapping } = mapHeaders(['Fecha', 'Cliente', 'Razón social', 'Importe', 'Cantidad', 'Precio unitario', 'Vendedor', 'Región', 'Margen']);
    expect(mapping).toEqual({
      date: 0, customer: 1, customerName: 2, amount: 3, quantity: 4, unitPrice: 5, seller: 6, region: 7, margin: 8,
    });
  });

  it('English, case- and accent-insensitive', () => {
    const { mapping } = mapHeaders(['ORDER_ID', 'date', 'Customer Code', 'customer_name', 'Quantity', 'Unit Price', 'AMOUNT', 'Cost']);
    expect(mapping).toEqual({ orderId: 0, date: 1, customer: 2, customerName: 3, quantity: 4, unitPrice: 5, amount: 6, cost: 7 });
  });

  it('"Cliente" is the code, unless a code column exists: then it is the name', () => {
    expect(mapHeaders(['Cliente', 'Data', 'Valor']).mapping).toEqual({ customer: 0, date: 1, amount: 2 });
    expect(mapHeaders(['Cód. Cliente', 'Cliente', 'Data', 'Valor']).mapping).toEqual({ customer: 0, customerName: 1, date: 2, amount: 3 });
  });

  it('a percentage column is never read as money', () => {
    expect(mapHeaders(['Cliente', 'Data', 'Valor', 'Margem %']).mapping.margin).toBeUndefined();
  });

  it('finds the header below title rows', () => {
    const found = detectHeader([
      ['Relatório de vendas por cliente'],
      ['Período: 01/11/2024 a 31/10/2026'],
      ['Data Emissão', 'Cód. Cliente', 'Valor Total'],
      [45597, 'C001', 10],
    ]);
    expect(found).toEqual({ index: 2, mapping: { date: 0, customer: 1, amount: 2 } });
  });

  it('finds nothing in rows without recognisable names', () => {
    expect(detectHeader([['foo', 'bar'], ['1', '2']])).toBeNull();
  });

  it('lists the required fields that are missing', () => {
    expect(missingFields({ customer: 0, quantity: 1, unitPrice: 2 })).toEqual(['date']);
    expect(missingFields({ customer: 0, date: 1, quantity: 2 })).toEqual(['amount']);
    expect(missingFields({})).toEqual(['customer', 'date', 'amount']);
  });

  it('keys a header set by its folded names', () => {
    expect(headerKey(['Cód. Cliente', 'DATA', 'Valor', null])).toBe('cod cliente|data|valor');
  });
});
