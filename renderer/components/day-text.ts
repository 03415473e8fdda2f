// Dates typed by a person. Clave's forms use text fields rather than the browser's date picker:
// the picker's format follows the browser's language, not Clave's, and would show mm/dd/yyyy on
// a pt-BR screen. A day is typed as the screen shows days (dd/mm/aaaa; mm/dd/yyyy in English)
// or as ISO yyyy-mm-dd.
import { dayFromYmd, dayOfIso, type Day } from '../../shared/domain/calendar';
import type { UiLocale } from '../i18n/locales';

/** null when empty, NaN when unreadable. */
export function parseDayText(v: string | undefined, locale: UiLocale): Day | null {
  const t = (v ?? '').trim();
  if (t === '') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return dayOfIso(t) ?? Number.NaN;
  const parts = t.split(/[/.-]/).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n))) return Number.NaN;
  const [a, b, y] = parts as [number, number, number];
  const [d, m] = locale === 'en' ? [b, a] : [a, b];
  return dayFromYmd(y < 100 ? 2000 + y : y, m, d) ?? Number.NaN;
}
