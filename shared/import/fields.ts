// The fields a sale line can carry (SPEC "Data") and the mapping from a file's columns to them.

export const FIELD_KEYS = [
  'customer',
  'customerName',
  'date',
  'amount',
  'orderId',
  'quantity',
  'unitPrice',
  'cost',
  'margin',
  'product',
  'seller',
  'segment',
  'region',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** Field → 0-based column index in the header row. A field that is absent is not mapped. */
export type ColumnMapping = Partial<Record<FieldKey, number>>;

/**
 * The locale decides ties: the decimal separator when a column's values do not prove it
 * (pt-BR, ca, es: comma), and whether `mm/dd/yyyy` is allowed without proof (en-US only).
 */
export type ImportLocale = 'pt-BR' | 'ca' | 'es' | 'en-US' | 'en-GB';

export const IMPORT_LOCALES: ImportLocale[] = ['pt-BR', 'ca', 'es', 'en-US', 'en-GB'];

/** Field names as the screens and messages show them (pt-BR). */
export const FIELD_LABELS: Record<FieldKey, string> = {
  customer: 'cliente (código)',
  customerName: 'nome do cliente',
  date: 'data',
  amount: 'valor',
  orderId: 'pedido / nota fiscal',
  quantity: 'quantidade',
  unitPrice: 'preço unitário',
  cost: 'custo',
  margin: 'margem',
  product: 'produto',
  seller: 'vendedor',
  segment: 'segmento',
  region: 'região',
};
