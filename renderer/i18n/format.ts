// Numbers, money, percentages and days as the user reads them, through Intl for the chosen
// locale: `R$ 1.234,56` and `31/10/2026` in pt-BR. Money arrives in cents, days as day numbers.
import { ymdOfDay, type Day } from '../../shared/domain/calendar';
import { INTL_TAG, type UiLocale } from './locales';

export type Formatters = {
  money(cents: number | null): string;
  /** Money without decimals, for dense cells and charts. */
  moneyShort(cents: number | null): string;
  number(n: number | null, decimals?: number): string;
  integer(n: number | null): string;
  percent(share: number | null, decimals?: number): string;
  day(day: Day | null): string;
  /** A value on a run's basis: money for revenue/margin, units for quantity, a count for orders. */
  basis(value: number | null, basis: string): string;
};

export function createFormatters(locale: UiLocale, currency: string): Formatters {
  const tag = INTL_TAG[locale];
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const moneyShort = new Intl.NumberFormat(tag, { style: 'currency', currency, maximumFractionDigits: 0 });
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number) => {
    let f = numbers.get(decimals);
    if (!f) numbers.set(decimals, (f = new Intl.NumberFormat(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
    return f;
  };
  const percents = new Map<number, Intl.NumberFormat>();
  const percentFormat = (decimals: number) => {
    let f = percents.get(decimals);
    if (!f) percents.set(decimals, (f = new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
    return f;
  };
  const dates = new Intl.DateTimeFormat(tag, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
  const dash = '—';
  const f: Formatters = {
    money: (cents) => (cents === null ? dash : money.format(cents / 100)),
    moneyShort: (cents) => (cents === null ? dash : moneyShort.format(cents / 100)),
    number: (n, decimals = 2) => (n === null ? dash : numberFormat(decimals).format(n)),
    integer: (n) => (n === null ? dash : numberFormat(0).format(n)),
    percent: (share, decimals = 1) => (share === null ? dash : percentFormat(decimals).format(share)),
    day: (day) => {
      if (day === null) return dash;
      const { year, month, day: d } = ymdOfDay(day);
      return dates.format(new Date(Date.UTC(year, month - 1, d)));
    },
    basis: (value, basis) => {
      if (value === null) return dash;
      if (basis === 'revenue' || basis === 'margin') return f.money(value);
      if (basis === 'quantity') return numberFormat(value % 1000 === 0 ? 0 : 3).format(value / 1000);
      return f.integer(value);
    },
  };
  return f;
}
