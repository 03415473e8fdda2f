// The button under a list read a page at a time: "Mostrar mais (100 de 43.805)", or "Carregando…"
// while the next page comes. Nothing when every row is shown.
import { defineMessages } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';

const messages = defineMessages({
  'pt-BR': { more: (shown: string, total: string) => `Mostrar mais (${shown} de ${total})`, loading: 'Carregando…' },
  en: { more: (shown: string, total: string) => `Show more (${shown} of ${total})`, loading: 'Loading…' },
  es: { more: (shown: string, total: string) => `Mostrar más (${shown} de ${total})`, loading: 'Cargando…' },
  ca: { more: (shown: string, total: string) => `Mostra’n més (${shown} de ${total})`, loading: 'Carregant…' },
});

type Props = { shown: number; total: number; loading: boolean; onMore(): void; testId: string };

export function ShowMore({ shown, total, loading, onMore, testId }: Props) {
  const m = useMessages(messages);
  const { fmt } = useSettings();
  if (shown >= total) return null;
  return (
    <button type="button" className="show-more" onClick={onMore} disabled={loading} data-testid={testId}>
      {loading ? m.loading : m.more(fmt.integer(shown), fmt.integer(total))}
    </button>
  );
}
