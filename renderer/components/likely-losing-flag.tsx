// The flag of a key account the models say is probably being lost (A or B with P(alive) under
// 50 %, shared/kam/likely-losing.ts): the same words and colour in the portfolio, the agenda and
// the dossier.
import { defineMessages } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { chanceText } from './clv-explained';
import './likely-losing-flag.css';

const messages = defineMessages({
  'pt-BR': {
    flag: 'provavelmente perdendo',
    title: (chance: string) => `Conta-chave com chance de ainda comprar de ${chance}, abaixo de 50 %`,
  },
  en: {
    flag: 'probably being lost',
    title: (chance: string) => `Key account with a ${chance} chance of still buying, under 50 %`,
  },
  es: {
    flag: 'probablemente perdiéndose',
    title: (chance: string) => `Cuenta clave con una probabilidad de seguir comprando del ${chance}, por debajo del 50 %`,
  },
  ca: {
    flag: 'probablement es perd',
    title: (chance: string) => `Compte clau amb una probabilitat de continuar comprant del ${chance}, per sota del 50 %`,
  },
});

export function LikelyLosingFlag({ likelyLosing, pAlive }: { likelyLosing: boolean; pAlive: number | null }) {
  const m = useMessages(messages);
  const { fmt } = useSettings();
  if (!likelyLosing || pAlive === null) return null;
  return (
    <span className="likely-losing" title={m.title(chanceText(pAlive, fmt))} data-testid="likely-losing">
      {m.flag}
    </span>
  );
}
