// Numbers and days as text in a locale. Two families:
// - plain text for files other programs read back (CSV): no thousands separators, a fixed number
//   of decimals, exact for integer minor units (cents, thousandths);
// - readable text for sentences shown to people (signal reasons): grouped, with the currency.
import { ymdOfDay, type Day } from '../domain/calendar';
import type { LocaleFormat } from './locale';

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `-0,00` reads as a mistake: a value that rounds to zero has no sign. */
function dropNegativeZero(text: string): string {
  return /^-0([.,]0*)?$/.test(text) ? text.slice(1) : text;
}

/**
 * An amount kept in integer minor units as plain decimal text, exactly: `scaledText(-123456, 2)`
 * is `-1234,56` in pt-BR. Fractions of a unit (a mean of cents) are rounded half away from zero.
 */
export function scaledText(units: number, scale: number, loc: LocaleFormat): string {
  const abs = Math.round(Math.abs(units));
  const div = 10 ** scale;
  const whole = Math.floor(abs / div);
  const text = scale > 0 ? `${whole}${loc.decimal}${String(abs % div).padStart(scale, '0')}` : String(whole);
  return units < 0 && abs > 0 ? `-${text}` : text;
}

/** A number with exactly `decimals` decimals, plain (no grouping). */
export function decimalText(n: number, decimals: number, loc: LocaleFormat): string {
  const text = n.toFixed(decimals);
  return dropNegativeZero(loc.decimal === '.' ? text : text.replace('.', loc.decimal));
}

/** A number with as many decimals as it needs, up to `maxDecimals` (a cycle of 14.5 days). */
export function shortNumberText(n: number, loc: LocaleFormat, maxDecimals = 6): string {
  const text = String(Number(n.toFixed(maxDecimals)));
  return loc.decimal === '.' ? text : text.replace('.', loc.decimal);
}

/** A calendar day in the locale's order: `31/10/2026` (pt-BR, en-GB, es, ca), `10/31/2026` (en-US). */
export function dayText(day: Day, loc: LocaleFormat): string {
  const { year, month, day: d } = ymdOfDay(day);
  const y = String(year).padStart(4, '0');
  return loc.dateOrder === 'mdy' ? `${pad2(month)}/${pad2(d)}/${y}` : `${pad2(d)}/${pad2(month)}/${y}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f;
}

/** Money for a sentence: `R$ 1.234,56`, `1.234,56 €`, `$1,234.56`. */
export function readableMoney(cents: number, loc: LocaleFormat): string {
  const f = formatter(`money|${loc.tag}|${loc.currency}`, () =>
    new Intl.NumberFormat(loc.tag, { style: 'currency', currency: loc.currency }),
  );
  return f.format(Math.round(cents) / 100);
}

/** A grouped number for a sentence, with up to `maxDecimals` decimals: `1.234,5`. */
export function readableNumber(n: number, loc: LocaleFormat, maxDecimals = 2): string {
  const f = formatter(`number|${loc.tag}|${maxDecimals}`, () =>
    new Intl.NumberFormat(loc.tag, { maximumFractionDigits: maxDecimals }),
  );
  return f.format(n);
}
