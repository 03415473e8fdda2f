// Header synonyms per field, in Portuguese (Brazilian ERP exports), Catalan, Spanish and English,
// written already folded (see fold-text.ts: lower case, no accents, punctuation as spaces).
// Weight 3 is an unambiguous name; lower weights are names that another field may also claim
// ("cliente" is usually the code, but the name when a "Cód. Cliente" column exists).
import type { FieldKey } from './fields';

export type Synonym = { text: string; weight: number };

const w = (weight: number, ...texts: string[]): Synonym[] => texts.map((text) => ({ text, weight }));

export const HEADER_SYNONYMS: Record<FieldKey, Synonym[]> = {
  customer: [
    ...w(3, 'cod cliente', 'codigo cliente', 'codigo do cliente', 'cod do cliente', 'cod cli', 'cliente cod',
      'cliente codigo', 'id cliente', 'cliente id', 'codigo de cliente', 'cod de cliente', 'n cliente', 'no cliente',
      'num cliente', 'numero cliente', 'numero do cliente', 'codcli', 'codcliente', 'cd cliente',
      'customer code', 'customer id', 'customer no', 'customer number', 'customer nr', 'client code', 'client id',
      'customer ref', 'account code', 'account id', 'account number',
      'codi client', 'codi del client', 'codi de client', 'id client', 'num client', 'numero client',
      'codigo cliente', 'cod cliente', 'id del cliente', 'numero de cliente', 'codigo del cliente'),
    ...w(2, 'cliente', 'client', 'customer', 'clientes', 'account'),
    ...w(1, 'cnpj', 'cpf cnpj', 'cnpj cpf', 'cpf', 'nif', 'cif', 'nif cif', 'cif nif', 'vat number', 'tax id', 'rut'),
  ],
  customerName: [
    ...w(3, 'razao social', 'nome cliente', 'nome do cliente', 'cliente nome', 'nome fantasia', 'nome razao social',
      'customer name', 'client name', 'company name', 'account name',
      'nom client', 'nom del client', 'nom de client', 'rao social', 'rao', 'nom comercial',
      'nombre cliente', 'nombre del cliente', 'razon social', 'nombre comercial', 'nombre fiscal', 'nom fiscal'),
    ...w(2, 'nome', 'name', 'nom', 'nombre', 'fantasia', 'company', 'empresa'),
    ...w(1, 'cliente', 'client', 'customer'),
  ],
  date: [
    ...w(3, 'data', 'data emissao', 'data de emissao', 'dt emissao', 'dt emis', 'data emis', 'emissao', 'data venda',
      'data da venda', 'data de venda', 'data pedido', 'data do pedido', 'data nf', 'data da nf', 'data nota',
      'data faturamento', 'data fatura', 'data movimento', 'dt venda', 'dt pedido', 'dt faturamento', 'dt mov',
      'dt', 'data documento', 'data doc',
      'date', 'order date', 'invoice date', 'sale date', 'sales date', 'transaction date', 'document date',
      'posting date', 'doc date',
      'data factura', 'data comanda', 'data albara', 'data document', 'data de la factura',
      'fecha', 'fecha emision', 'fecha de emision', 'fecha venta', 'fecha de venta', 'fecha factura',
      'fecha de factura', 'fecha pedido', 'fecha del pedido', 'fecha documento', 'fecha albaran'),
    ...w(2, 'dia', 'day', 'periodo'),
  ],
  amount: [
    ...w(3, 'valor total', 'valor', 'valor liquido', 'valor total liquido', 'valor da venda', 'valor venda',
      'valor do item', 'valor item', 'valor total item', 'valor total do item', 'vlr total', 'vl total', 'vlr liquido',
      'vl liquido', 'total liquido', 'total item', 'valor mercadoria', 'valor faturado', 'faturamento', 'receita',
      'receita liquida', 'venda liquida', 'vendas', 'total venda',
      'amount', 'net amount', 'total amount', 'line total', 'line amount', 'net sales', 'sales amount', 'revenue',
      'net revenue', 'sales', 'value', 'net value', 'total value', 'extended price', 'total price',
      'import', 'import total', 'import net', 'import net total', 'import linia', 'vendes', 'facturacio',
      'importe', 'importe total', 'importe neto', 'importe linea', 'total linea', 'ventas', 'facturacion', 'valor neto'),
    ...w(2, 'total', 'valor r', 'total r', 'vlr', 'vl'),
  ],
  orderId: [
    ...w(3, 'pedido', 'n pedido', 'no pedido', 'num pedido', 'numero pedido', 'numero do pedido', 'nr pedido',
      'cod pedido', 'id pedido', 'pedido id', 'nota fiscal', 'nota', 'nf', 'n nf', 'no nf', 'num nf', 'numero nf',
      'nf e', 'nfe', 'numero nota', 'numero da nota', 'n nota', 'no nota', 'nota fiscal n', 'documento', 'n documento',
      'no documento', 'numero documento', 'doc', 'fatura', 'n fatura', 'numero fatura',
      'order', 'order id', 'order no', 'order number', 'order nr', 'order ref', 'invoice', 'invoice no',
      'invoice number', 'invoice id', 'invoice nr', 'document', 'document no', 'document number',
      'comanda', 'n comanda', 'num comanda', 'numero comanda', 'factura', 'n factura', 'num factura',
      'numero factura', 'numero de factura', 'albara', 'albaran', 'n albaran', 'num albaran', 'numero pedido',
      'n de pedido', 'no de pedido', 'numero de pedido'),
  ],
  quantity: [
    ...w(3, 'qtde', 'qtd', 'qt', 'quant', 'quantidade', 'qtde vendida', 'quantidade vendida', 'qtd vendida',
      'qty', 'quantity', 'units', 'units sold', 'quantity sold', 'pcs',
      'quantitat', 'unitats', 'quantitat venuda', 'cantidad', 'unidades', 'cant', 'cantidad vendida'),
  ],
  unitPrice: [
    ...w(3, 'preco unit', 'preco unitario', 'preco', 'preco venda', 'preco de venda', 'preco unit r', 'vlr unit',
      'vlr unitario', 'vl unit', 'vl unitario', 'valor unit', 'valor unitario', 'pr unit', 'p unit', 'preco liquido',
      'unit price', 'price', 'unitprice', 'price each', 'sales price', 'unit cost price',
      'preu unitari', 'preu', 'preu unit', 'preu de venda', 'precio unitario', 'precio', 'precio unit',
      'precio de venta', 'pvp'),
  ],
  cost: [
    ...w(3, 'custo', 'custo total', 'custo da venda', 'custo mercadoria', 'custo das mercadorias', 'cmv', 'cpv',
      'custo medio total', 'vlr custo', 'valor custo', 'valor do custo',
      'cost', 'total cost', 'cogs', 'cost of goods', 'cost of sales', 'line cost',
      'cost total', 'cost de venda', 'coste', 'coste total', 'costo', 'costo total', 'coste de venta', 'costo de venta'),
  ],
  margin: [
    ...w(3, 'margem', 'margem bruta', 'margem valor', 'margem r', 'margem de contribuicao', 'mc', 'lucro', 'lucro bruto',
      'margin', 'gross margin', 'margin amount', 'profit', 'gross profit', 'contribution margin',
      'marge', 'marge brut', 'marge bruta', 'benefici', 'benefici brut',
      'margen', 'margen bruto', 'margen bruta', 'beneficio', 'beneficio bruto'),
  ],
  product: [
    ...w(3, 'produto', 'descricao', 'descricao produto', 'descricao do produto', 'produto descricao', 'cod produto',
      'codigo produto', 'codigo do produto', 'item', 'sku', 'mercadoria', 'artigo', 'material',
      'product', 'product name', 'product code', 'product id', 'item name', 'item code', 'description', 'article',
      'producte', 'article', 'descripcio', 'codi producte', 'producto', 'articulo', 'descripcion',
      'codigo producto', 'referencia', 'ref'),
  ],
  seller: [
    ...w(3, 'vendedor', 'representante', 'nome vendedor', 'vendedor nome', 'cod vendedor', 'consultor',
      'rep', 'representante comercial', 'vendedor responsavel',
      'seller', 'salesperson', 'sales person', 'sales rep', 'salesman', 'sales representative', 'account manager',
      'rep name', 'agent', 'venedor', 'comercial', 'agent comercial', 'representant', 'agente', 'agente comercial'),
  ],
  segment: [
    ...w(3, 'segmento', 'segmento cliente', 'ramo', 'ramo de atividade', 'ramo atividade', 'canal', 'canal de venda',
      'tipo cliente', 'tipo de cliente', 'categoria cliente', 'setor', 'segment', 'customer segment', 'channel',
      'industry', 'sector', 'customer type', 'segment client', 'tipus client', 'canal de venda', 'tipo de cliente'),
  ],
  region: [
    ...w(3, 'regiao', 'regiao de venda', 'uf', 'estado', 'zona', 'territorio', 'praca', 'area', 'regional',
      'region', 'sales region', 'territory', 'state', 'area', 'regio', 'zona comercial', 'provincia', 'comarca',
      'region de venta'),
    ...w(2, 'country', 'pais', 'pais cliente', 'customer country'),
  ],
};

/** Words that mark a percentage column ("Margem %"): never read as money. */
export const PERCENT_WORDS = new Set(['perc', 'percentual', 'percentagem', 'porcentagem', 'pct', 'percent',
  'percentage', 'percentatge', 'porcentaje']);
