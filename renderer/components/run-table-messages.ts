// The strings of the stored-runs table (the start screen's and the history's).
import { defineMessages } from '../i18n/locales';

export const runTableMessages = defineMessages({
  'pt-BR': {
    id: 'Nº',
    window: 'Janela',
    windowText: (from: string, to: string) => `${from} a ${to}`,
    thresholds: 'Limites A / B',
    xyThresholds: 'Limites X / Y',
    actions: 'Ações',
    open: 'Abrir',
    openTitle: (id: number) => `Abrir a matriz ABC-XYZ da análise nº ${id}`,
  },
  en: {
    id: 'No.',
    window: 'Window',
    windowText: (from: string, to: string) => `${from} to ${to}`,
    thresholds: 'A / B thresholds',
    xyThresholds: 'X / Y thresholds',
    actions: 'Actions',
    open: 'Open',
    openTitle: (id: number) => `Open the ABC-XYZ matrix of run #${id}`,
  },
  es: {
    id: 'N.º',
    window: 'Ventana',
    windowText: (from: string, to: string) => `${from} a ${to}`,
    thresholds: 'Límites A / B',
    xyThresholds: 'Límites X / Y',
    actions: 'Acciones',
    open: 'Abrir',
    openTitle: (id: number) => `Abrir la matriz ABC-XYZ del análisis n.º ${id}`,
  },
  ca: {
    id: 'Núm.',
    window: 'Finestra',
    windowText: (from: string, to: string) => `${from} a ${to}`,
    thresholds: 'Límits A / B',
    xyThresholds: 'Límits X / Y',
    actions: 'Accions',
    open: 'Obre',
    openTitle: (id: number) => `Obre la matriu ABC-XYZ de l’anàlisi núm. ${id}`,
  },
});
