// The options every export function takes (from the API, the CLI or a test), turned into the
// locale settings and the facts printed in the file.
import { formatSettings, type FormatSettings } from '../../shared/format/format-settings';
import { APP_VERSION } from '../app-version';

export type ExportOptions = {
  /** pt-BR (default), en, en-US, en-GB, es, ca. */
  locale?: string;
  /** ISO 4217 code of the money shown; default the locale's (BRL for pt-BR). */
  currency?: string;
  appVersion?: string;
  /** The export's own date, shown in "Parâmetros" (tests pass a fixed one). */
  now?: Date;
};

export type ExportMeta = { appVersion: string; exportedAt: Date };

/** Throws `bad-option` for a locale or a currency Clave cannot write. */
export function exportSettings(options: ExportOptions): { settings: FormatSettings; meta: ExportMeta } {
  return {
    settings: formatSettings(options.locale, options.currency),
    meta: { appVersion: options.appVersion ?? APP_VERSION, exportedAt: options.now ?? new Date() },
  };
}
