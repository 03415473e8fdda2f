// One place that shows what went wrong: the backend's `{type, message}` or an unexpected error.
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { useMessages } from '../i18n/settings';
import { appMessages } from './app-messages';

type ErrorSink = (e: unknown) => void;
const ErrorContext = createContext<ErrorSink>(() => {});

export function ErrorProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  const m = useMessages(appMessages);
  const report = useCallback<ErrorSink>((e) => setMessage(e instanceof Error ? e.message : String(e)), []);
  return (
    <ErrorContext.Provider value={report}>
      {message && (
        <div className="error-banner" role="alert">
          <strong>{m.error}:</strong> <span>{message}</span>
          <button type="button" onClick={() => setMessage(null)}>
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
