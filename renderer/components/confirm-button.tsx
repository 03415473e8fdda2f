// A button for an action that cannot be taken back (undo an import, delete a run): the first
// press asks, in place, and moves the focus to the confirmation, so it works from the keyboard
// and needs no native dialog (which a browser test or a screen reader handles badly).
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { defineMessages } from '../i18n/locales';
import { useMessages } from '../i18n/settings';
import './confirm-button.css';

const messages = defineMessages({
  'pt-BR': { cancel: 'Cancelar' },
  en: { cancel: 'Cancel' },
  es: { cancel: 'Cancelar' },
  ca: { cancel: 'Cancel·la' },
});

type Props = {
  children: ReactNode;
  /** The question shown once the button is pressed. */
  question: string;
  /** The label of the button that does it. */
  confirm: string;
  onConfirm(): void | Promise<void>;
  disabled?: boolean;
  className?: string;
  testId?: string;
};

export function ConfirmButton({ children, question, confirm, onConfirm, disabled, className = 'danger', testId }: Props) {
  const m = useMessages(messages);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" ref={opener} className={className} disabled={disabled} onClick={() => setAsking(true)} data-testid={testId}>
        {children}
      </button>
    );
  const close = () => {
    setAsking(false);
    // Give the focus back to the button that opened the question.
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <span className="confirm-inline" role="group" aria-label={question} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <span className="confirm-question">{question}</span>{' '}
      <button
        type="button"
        ref={yes}
        className="danger"
        disabled={busy}
        data-testid={testId && `${testId}-confirm`}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" onClick={close} disabled={busy}>
        {m.cancel}
      </button>
    </span>
  );
}
