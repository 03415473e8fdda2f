// Why a typed day is not one (components/day-text.ts), in Clave's four languages.
import { defineMessages } from '../i18n/locales';

export const dayTextMessages = defineMessages({
  'pt-BR': {
    shape: (text: string) => `“${text}” não é uma data: use dd/mm/aaaa.`,
    noMonth: (text: string, month: number) => `${text} não existe: não há mês ${month}.`,
    noDay: (text: string, monthName: string, year: number, days: number) => `${text} não existe: ${monthName} de ${year} tem ${days} dias.`,
    range: (text: string) => `${text}: use uma data entre 1900 e 2099.`,
  },
  en: {
    shape: (text: string) => `“${text}” is not a date: use mm/dd/yyyy.`,
    noMonth: (text: string, month: number) => `${text} does not exist: there is no month ${month}.`,
    noDay: (text: string, monthName: string, year: number, days: number) => `${text} does not exist: ${monthName} ${year} has ${days} days.`,
    range: (text: string) => `${text}: use a date between 1900 and 2099.`,
  },
  es: {
    shape: (text: string) => `«${text}» no es una fecha: usa dd/mm/aaaa.`,
    noMonth: (text: string, month: number) => `${text} no existe: no hay mes ${month}.`,
    noDay: (text: string, monthName: string, year: number, days: number) => `${text} no existe: ${monthName} de ${year} tiene ${days} días.`,
    range: (text: string) => `${text}: usa una fecha entre 1900 y 2099.`,
  },
  ca: {
    shape: (text: string) => `«${text}» no és una data: feu servir dd/mm/aaaa.`,
    noMonth: (text: string, month: number) => `${text} no existeix: no hi ha mes ${month}.`,
    noDay: (text: string, monthName: string, year: number, days: number) => `${text} no existeix: ${monthName} de ${year} té ${days} dies.`,
    range: (text: string) => `${text}: feu servir una data entre 1900 i 2099.`,
  },
});
