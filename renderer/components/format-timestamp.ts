// A stored ISO timestamp (a run's or an import's creation) as the user reads it: date and time
// in the chosen language, on the computer's clock.
import { INTL_TAG, type UiLocale } from '../i18n/locales';

const cache = new Map<UiLocale, Intl.DateTimeFormat>();

export function formatTimestamp(iso: string | null, locale: UiLocale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = new Intl.DateTimeFormat(INTL_TAG[locale], { dateStyle: 'short', timeStyle: 'short' })));
  return f.format(date);
}
