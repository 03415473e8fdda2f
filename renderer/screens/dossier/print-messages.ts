// The name a printed dossier carries in its page margins, beside "página 2 de 5".
import { defineMessages } from '../../i18n/locales';

export const printMessages = defineMessages({
  'pt-BR': {
    one: (code: string, name: string) => `Dossiê ${code} · ${name}`,
    all: (run: number) => `Dossiês dos clientes A · análise nº ${run}`,
  },
  en: {
    one: (code: string, name: string) => `Dossier ${code} · ${name}`,
    all: (run: number) => `Dossiers of the A customers · run #${run}`,
  },
  es: {
    one: (code: string, name: string) => `Dosier ${code} · ${name}`,
    all: (run: number) => `Dosieres de los clientes A · análisis n.º ${run}`,
  },
  ca: {
    one: (code: string, name: string) => `Dossier ${code} · ${name}`,
    all: (run: number) => `Dossiers dels clients A · anàlisi núm. ${run}`,
  },
});
