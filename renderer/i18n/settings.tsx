// The user's display settings (language, currency), remembered in localStorage, and the
// formatters and data labels that follow from them.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { labelsFor, type Labels } from '../../shared/format/labels';
import type { LocaleFormat } from '../../shared/format/locale';
import { createFormatters, type Formatters } from './format';
import { formatLocale, UI_LOCALES, type Catalogue, type UiLocale } from './locales';

export type Settings = {
  locale: UiLocale;
  currency: string;
  setLocale(locale: UiLocale): void;
  setCurrency(currency: string): void;
  fmt: Formatters;
  /** Labels of data (columns, statuses, types, signals) shared with the exports. */
  labels: Labels;
  loc: LocaleFormat;
};

const SettingsContext = createContext<Settings | null>(null);

const stored = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};
const store = (key: string, value: string) => {
  try {
    localStorage.setItem(key, value);
  } catch {
    // private mode: the setting lasts for this session only
  }
};

export function SettingsProvider({ children }: { children: ReactNode }) {
  const initial = stored('clave.locale');
  const [locale, setLocaleState] = useState<UiLocale>(UI_LOCALES.find((l) => l.id === initial)?.id ?? 'pt-BR');
  const [currency, setCurrencyState] = useState(stored('clave.currency') ?? 'BRL');
  const value = useMemo<Settings>(() => {
    document.documentElement.lang = locale;
    const loc = formatLocale(locale, currency);
    return {
      locale,
      currency,
      setLocale: (l) => {
        store('clave.locale', l);
        setLocaleState(l);
      },
      setCurrency: (c) => {
        store('clave.currency', c);
        setCurrencyState(c);
      },
      fmt: createFormatters(locale, currency),
      labels: labelsFor(loc.lang),
      loc,
    };
  }, [locale, currency]);
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}

export function useSettings(): Settings {
  const s = useContext(SettingsContext);
  if (!s) throw new Error('useSettings outside SettingsProvider');
  return s;
}

/** The current language's strings of a screen's catalogue. */
export function useMessages<T>(catalogue: Catalogue<T>): T {
  return catalogue[useSettings().locale];
}
