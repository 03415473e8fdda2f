// One place that shows what went wrong: the backend's `{type, code, params}`, worded in the
// screen's language, or an unexpected error of the screens themselves.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { isTypedError, wordError } from '../../shared/api/errors';
import { MESSAGE_LANG } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { appMessages } from './app-messages';

type ErrorSink = (e: unknown) => void;
const ErrorContext = createContext<ErrorSink>(() => {});

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [error, setError] = useState<unknown>(null);
  const m = useMessages(appMessages);
  const { locale } = useSettings();
  const report = useCallback<ErrorSink>((e) => setError(e), []);
  const message = error === null ? null : errorText(error, MESSAGE_LANG[locale]);
  return (
    <ErrorContext.Provider value={report}>
      {message && (
        <div className="error-banner" role="alert">
          <strong>{m.error}:</strong> <span>{message}</span>
          <button type="button" onClick={() => setError(null)}>
            {m.dismiss}
          </button>
        </div>
      )}
      {children}
    </ErrorContext.Provider>
  );
}

/** Call with anything a failed promise gives; the banner shows its message. */
export function useReportError(): ErrorSink {
  return useContext(ErrorContext);
}

/** What a screen shows for a failed call: the backend's message in the user's language. */
export function errorText(e: unknown, lang: Parameters<typeof wordError>[1]): string {
  if (isTypedError(e)) return wordError(e, lang);
  return e instanceof Error ? e.message : String(e);
}

/** The same, in the screen's language, for screens that show the error in place. */
export function useErrorText(): (e: unknown) => string {
  const { locale } = useSettings();
  return useCallback((e: unknown) => errorText(e, MESSAGE_LANG[locale]), [locale]);
}
