// The words of a proposal's result in the dossier (proposal-outcome.tsx), in Clave's four languages.
import { defineMessages } from '../../i18n/locales';

export const proposalMessages = defineMessages({
  'pt-BR': {
    outcomeOf: (title: string) => `Resultado da proposta “${title}”`,
    title: 'Propostas',
    open: (_n: number, text: string) => `${text} em aberto`,
    won: (n: number, text: string) => (n === 1 ? `${text} ganha` : `${text} ganhas`),
    lost: (n: number, text: string) => (n === 1 ? `${text} perdida` : `${text} perdidas`),
    winRate: (share: string) => `${share} das decididas foram ganhas`,
  },
  en: {
    outcomeOf: (title: string) => `Outcome of the proposal “${title}”`,
    title: 'Proposals',
    open: (_n: number, text: string) => `${text} open`,
    won: (_n: number, text: string) => `${text} won`,
    lost: (_n: number, text: string) => `${text} lost`,
    winRate: (share: string) => `${share} of those decided were won`,
  },
  es: {
    outcomeOf: (title: string) => `Resultado de la propuesta «${title}»`,
    title: 'Propuestas',
    open: (n: number, text: string) => (n === 1 ? `${text} abierta` : `${text} abiertas`),
    won: (n: number, text: string) => (n === 1 ? `${text} ganada` : `${text} ganadas`),
    lost: (n: number, text: string) => (n === 1 ? `${text} perdida` : `${text} perdidas`),
    winRate: (share: string) => `${share} de las decididas se ganaron`,
  },
  ca: {
    outcomeOf: (title: string) => `Resultat de la proposta «${title}»`,
    title: 'Propostes',
    open: (n: number, text: string) => (n === 1 ? `${text} oberta` : `${text} obertes`),
    won: (n: number, text: string) => (n === 1 ? `${text} guanyada` : `${text} guanyades`),
    lost: (n: number, text: string) => (n === 1 ? `${text} perduda` : `${text} perdudes`),
    winRate: (share: string) => `${share} de les decidides es van guanyar`,
  },
});
