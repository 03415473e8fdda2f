// A realistic, reproducible sales history: a few large regular customers and a long tail of
// small irregular ones, orders of several lines, occasional returns. Used by "Experimentar com
// dados de exemplo", the benchmark and the tests. Pure: the same seed gives the same lines.
import { addMonths, isoOfDay, type Day } from '../domain/calendar';

export type SampleLine = {
  order: string;
  day: Day;
  code: string;
  name: string;
  product: string;
  quantity: number;
  unitPrice: number; // cents
  amount: number; // cents
  cost: number; // cents
  seller: string;
  segment: string;
  region: string;
};

export type SampleOptions = { lines: number; customers: number; months: number; lastDay: Day; seed?: number };

const PRODUCTS: [string, number][] = [
  ['Café 1kg', 3890], ['Açúcar 5kg', 2450], ['Arroz 5kg', 2890], ['Feijão 1kg', 899], ['Óleo 900ml', 875],
  ['Leite 1L', 499], ['Farinha 1kg', 560], ['Sal 1kg', 240], ['Sabão 1kg', 1230], ['Papel A4 500fl', 3100],
];
const SELLERS = ['Ana Souza', 'Bruno Lima', 'Carla Dias', 'Diego Rocha', 'Elisa Prado', 'Fábio Nunes'];
const SEGMENTS = ['Varejo', 'Atacado', 'Serviços', 'Indústria', 'Food service'];
const REGIONS = ['Sudeste', 'Sul', 'Nordeste', 'Centro-Oeste', 'Norte'];
const KINDS = ['Mercado', 'Padaria', 'Restaurante', 'Hotel', 'Farmácia', 'Atacado', 'Clínica', 'Papelaria', 'Distribuidora', 'Indústria'];
const PLACES = ['Aurora', 'Horizonte', 'Bandeirantes', 'Guanabara', 'Ipiranga', 'Mineira', 'Paulista', 'do Vale', 'Açaí', 'Três Irmãos', 'Central', 'Nova Era'];

/** Mulberry32: tiny, fast, good enough for test data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function* generateSales(options: SampleOptions): Generator<SampleLine> {
  const random = seededRandom(options.seed ?? 42);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
  const firstDay = addMonths(options.lastDay, -options.months) + 1;
  const span = options.lastDay - firstDay + 1;
  // Zipf-like weights give a Pareto-shaped revenue; a regularity per customer gives X/Y/Z.
  const customers = Array.from({ length: options.customers }, (_, i) => {
    const code = `C${String(i + 1).padStart(String(options.customers).length + 1, '0')}`;
    const start = random() < 0.15 ? firstDay + Math.floor(random() * span * 0.9) : firstDay; // newcomers
    const stop = random() < 0.12 ? start + Math.floor(random() * (options.lastDay - start)) : options.lastDay; // churned
    return {
      code,
      name: `${pick(KINDS)} ${pick(PLACES)}${random() < 0.4 ? ' Ltda' : ''}`,
      weight: 1 / Math.pow(i + 1, 0.9),
      regular: random(),
      start,
      stop,
      seller: pick(SELLERS),
      segment: pick(SEGMENTS),
      region: pick(REGIONS),
    };
  });
  const totalWeight = customers.reduce((s, c) => s + c.weight, 0);
  // Cumulative weights for picking a customer proportionally to its weight.
  const cumulative = new Float64Array(customers.length);
  customers.reduce((s, c, i) => (cumulative[i] = s + c.weight / totalWeight), 0);
  const pickCustomer = () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return customers[lo]!;
  };

  let produced = 0;
  let orderNo = 100000;
  while (produced < options.lines) {
    const c = pickCustomer();
    // Regular customers buy evenly; irregular ones cluster their orders in a few months.
    const u = c.regular > 0.5 ? random() : Math.pow(random(), 1 + 3 * (0.5 - c.regular));
    const day = Math.min(c.stop, c.start + Math.floor(u * (c.stop - c.start + 1)));
    const isReturn = random() < 0.01;
    const order = `${isReturn ? 'DEV' : 'PED'}-${orderNo++}`;
    const lines = Math.min(options.lines - produced, 1 + Math.floor(random() * 4));
    for (let l = 0; l < lines; l++) {
      const [product, price] = pick(PRODUCTS);
      const quantity = (1 + Math.floor(random() * 60)) * (isReturn ? -1 : 1);
      const amount = quantity * price;
      const cost = Math.round(amount * (0.55 + random() * 0.3));
      yield { order, day, code: c.code, name: c.name, product, quantity, unitPrice: price, amount, cost, seller: c.seller, segment: c.segment, region: c.region };
    }
    produced += lines;
  }
}

/** Header and row cells of the Brazilian ERP form: `;`-separated, dd/mm/aaaa, decimal comma. */
export const BR_HEADER = ['Data Emissão', 'Nº Pedido', 'Cód. Cliente', 'Razão Social', 'Vendedor', 'Produto', 'Qtde', 'Preço Unit.', 'Valor Total', 'Custo', 'Segmento', 'Região'];

const brMoney = (cents: number) => {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${int},${String(abs % 100).padStart(2, '0')}`;
};

export function brRow(l: SampleLine): string[] {
  const [y, m, d] = isoOfDay(l.day).split('-');
  return [`${d}/${m}/${y}`, l.order, l.code, l.name, l.seller, l.product, String(l.quantity), brMoney(l.unitPrice), brMoney(l.amount), brMoney(l.cost), l.segment, l.region];
}
