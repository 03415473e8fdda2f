// Form fields hold text; records hold nulls, days and cents. These turn one into the other.
import type { Day } from '../../../shared/domain/calendar';
import { parseDayText } from '../../components/day-text';
import type { Formatters } from '../../i18n/format';
import type { UiLocale } from '../../i18n/locales';

export type FormValues = Record<string, string>;

export const text = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());
/** A typed day (see components/day-text.ts): null when empty, NaN when unreadable. */
export const day = parseDayText;
export const dayText = (d: Day | null, fmt: Formatters): string => (d === null ? '' : fmt.day(d));
export const id = (v: string | undefined): number | null => (v ? Number(v) : null);
export const idText = (n: number | null): string => (n === null ? '' : String(n));

/**
 * Money typed by a person, in the screen's locale (`1.234,56` in pt-BR, `1,234.56` in en), to
 * cents; null when empty, NaN when unreadable.
 */
export function cents(v: string | undefined, locale: UiLocale): number | null {
  const t = (v ?? '').replace(/[^\d.,-]/g, '');
  if (t === '') return null;
  const decimalComma = locale !== 'en';
  const normal = decimalComma ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  const n = Number(normal);
  return Number.isFinite(n) ? Math.round(n * 100) : Number.NaN;
}

export function centsText(c: number | null, locale: UiLocale): string {
  if (c === null) return '';
  const s = (c / 100).toFixed(2);
  return locale === 'en' ? s : s.replace('.', ',');
}
