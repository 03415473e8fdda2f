// "Excluído. Desfazer": after a soft delete, a notice offers to take it back for a few seconds.
// One notice at a time per screen: a newer deletion replaces the older offer (which stays
// deleted), as a mail client does.
import { useCallback, useEffect, useRef, useState, type ReactElement } from 'react';
import { useReportError } from '../app/errors';
import { defineMessages } from '../i18n/locales';
import { useMessages } from '../i18n/settings';
import './undo-notice.css';

const messages = defineMessages({
  'pt-BR': { undo: 'Desfazer', undone: 'Desfeito.' },
  en: { undo: 'Undo', undone: 'Undone.' },
  es: { undo: 'Deshacer', undone: 'Deshecho.' },
  ca: { undo: 'Desfés', undone: 'Desfet.' },
});

/** How long the offer stays: long enough to notice a slip, short enough not to linger. */
const UNDO_MS = 8000;

type Offer = { id: number; message: string; undo: () => Promise<unknown> };

export type UndoOffer = {
  /** Shows `message` with a "Desfazer" button that runs `undo`. */
  offer(message: string, undo: () => Promise<unknown>): void;
  /** The notice to place on the screen (nothing when there is no offer). */
  notice: ReactElement | null;
};

export function useUndoOffer(): UndoOffer {
  const m = useMessages(messages);
  const report = useReportError();
  const [current, setCurrent] = useState<Offer | null>(null);
  const [done, setDone] = useState(false);
  const next = useRef(1);
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => setCurrent((c) => (c?.id === current.id ? null : c)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [current]);
  const offer = useCallback((message: string, undo: () => Promise<unknown>) => {
    setDone(false);
    setCurrent({ id: next.current++, message, undo });
  }, []);
  const notice = current ? (
    <div className="undo-notice no-print" role="status" data-testid="undo-notice">
      <span>{done ? m.undone : current.message}</span>
      {!done && (
        <button
          type="button"
          data-testid="undo"
          onClick={async () => {
            try {
              await current.undo();
              setDone(true);
            } catch (e) {
              report(e);
            }
          }}
        >
          {m.undo}
        </button>
      )}
    </div>
  ) : null;
  return { offer, notice };
}
