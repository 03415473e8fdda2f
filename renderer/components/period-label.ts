// A period key of the KPIs ('2026-03', '2025-Q3', '2025-W07') as a reader expects it in the
// screen's language: "mar. de 2026", "T3 2025", "S07 2025". Unknown shapes are shown as they are.
import { INTL_TAG, type UiLocale } from '../i18n/locales';

const QUARTER: Record<UiLocale, string> = { 'pt-BR': 'T', en: 'Q', es: 'T', ca: 'T' };
const WEEK: Record<UiLocale, string> = { 'pt-BR': 'S', en: 'W', es: 'S', ca: 'S' };

export function periodLabel(period: string, locale: UiLocale): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const quarter = /^(\d{4})-Q(\d)$/.exec(period);
  if (quarter) return `${QUARTER[locale]}${quarter[2]} ${quarter[1]}`;
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `${WEEK[locale]}${week[2]} ${week[1]}`;
  return period;
}
