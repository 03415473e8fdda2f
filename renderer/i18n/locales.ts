// The screens' languages. pt-BR is the default; every string lives in a typed catalogue per
// screen (`defineMessages`), so a missing translation is a type error, not a blank on screen.
import { resolveLocale, withCurrency, type Lang, type LocaleFormat } from '../../shared/format/locale';

export type UiLocale = 'pt-BR' | 'en' | 'es' | 'ca';
export const UI_LOCALES: { id: UiLocale; name: string }[] = [
  { id: 'pt-BR', name: 'Português (Brasil)' },
  { id: 'en', name: 'English' },
  { id: 'es', name: 'Español' },
  { id: 'ca', name: 'Català' },
];

/** The language of the backend's message catalogues (shared/messages) for each screen locale. */
export const MESSAGE_LANG: Record<UiLocale, Lang> = { 'pt-BR': 'pt', en: 'en', es: 'es', ca: 'ca' };

/** The Intl tag for numbers and dates of each language. */
export const INTL_TAG: Record<UiLocale, string> = { 'pt-BR': 'pt-BR', en: 'en-US', es: 'es-ES', ca: 'ca-ES' };

export const CURRENCIES = ['BRL', 'EUR', 'USD', 'GBP', 'ARS', 'MXN', 'CLP', 'COP'];

export type Catalogue<T> = Record<UiLocale, T>;

/** Declares a screen's strings in the four languages, all of the same shape as pt-BR. */
export function defineMessages<T>(catalogue: Catalogue<T>): Catalogue<T> {
  return catalogue;
}

/** The shared/format locale (labels, CSV and signal texts) for a screen locale and currency. */
export function formatLocale(locale: UiLocale, currency: string): LocaleFormat {
  const base = resolveLocale(INTL_TAG[locale])!;
  return withCurrency(base, currency) ?? base;
}
