// Form fields hold text; records hold nulls, days and cents. These turn one into the other.
import { dayFromYmd, dayOfIso, type Day } from '../../../shared/domain/calendar';
import type { Formatters } from '../../i18n/format';
import type { UiLocale } from '../../i18n/locales';

export type FormValues = Record<string, string>;

export const text = (v: string | undefined): string | null => (v === undefined || v.trim() === '' ? null : v.trim());
/**
 * A date typed as the screen shows dates (dd/mm/aaaa; mm/dd/yyyy in English) or as ISO
 * yyyy-mm-dd. Text inputs rather than the browser's date picker: its format follows the
 * browser's language, not Clave's, and would show mm/dd/yyyy on a pt-BR screen.
 * null when empty, NaN when unreadable.
 */
export function day(v: string | undefined, locale: UiLocale): Day | null {
  const t = (v ?? '').trim();
  if (t === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return dayOfIso(t) ?? Number.NaN;
  const parts = t.split(/[/.-]/).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) return Number.NaN;
  const [a, b, y] = parts as [number, number, number];
  const [d, m] = locale === 'en' ? [b, a] : [a, b];
  return dayFromYmd(y < 100 ? 2000 + y : y, m, d) ?? Number.NaN;
}
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
