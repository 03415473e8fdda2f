import { defineMessages } from '../i18n/locales';

export const appMessages = defineMessages({
  'pt-BR': {
    nav: { start: 'Início', import: 'Importar', analysis: 'Análise', matrix: 'Matriz', customers: 'Clientes', pareto: 'Pareto', history: 'Histórico', portfolio: 'Carteira', agenda: 'Agenda', winback: 'Recuperação', kpis: 'Indicadores' },
    language: 'Idioma',
    currency: 'Moeda',
    current: (id: number, label: string | null, from: string, to: string, until: string) =>
      `Análise atual: nº ${id}${label ? ` “${label}”` : ''} · ${from}–${to} · dados até ${until}`,
    currentTitle: 'A análise que a carteira, a agenda, a recuperação, os indicadores e os dossiês usam. Troque-a no Histórico.',
    noRun: 'Nenhuma análise ainda',
    error: 'Algo deu errado',
    dismiss: 'Fechar',
    loading: 'Carregando…',
    about: 'Clave — encontre e cuide dos seus clientes-chave. Curva ABC (Pareto), XYZ, matriz e carteira, tudo no seu computador.',
  },
  en: {
    nav: { start: 'Start', import: 'Import', analysis: 'Analysis', matrix: 'Matrix', customers: 'Customers', pareto: 'Pareto', history: 'History', portfolio: 'Portfolio', agenda: 'Agenda', winback: 'Win-back', kpis: 'KPIs' },
    language: 'Language',
    currency: 'Currency',
    current: (id: number, label: string | null, from: string, to: string, until: string) =>
      `Current analysis: #${id}${label ? ` “${label}”` : ''} · ${from}–${to} · data up to ${until}`,
    currentTitle: 'The analysis the portfolio, agenda, win-back, KPIs and dossiers use. Change it in the History.',
    noRun: 'No analysis yet',
    error: 'Something went wrong',
    dismiss: 'Dismiss',
    loading: 'Loading…',
    about: 'Clave — find and look after your key accounts. ABC (Pareto), XYZ, matrix and portfolio, all on your computer.',
  },
  es: {
    nav: { start: 'Inicio', import: 'Importar', analysis: 'Análisis', matrix: 'Matriz', customers: 'Clientes', pareto: 'Pareto', history: 'Historial', portfolio: 'Cartera', agenda: 'Agenda', winback: 'Recuperación', kpis: 'Indicadores' },
    language: 'Idioma',
    currency: 'Moneda',
    current: (id: number, label: string | null, from: string, to: string, until: string) =>
      `Análisis actual: n.º ${id}${label ? ` «${label}»` : ''} · ${from}–${to} · datos hasta ${until}`,
    currentTitle: 'El análisis que usan la cartera, la agenda, la recuperación, los indicadores y los dosieres. Cámbialo en el Historial.',
    noRun: 'Aún no hay análisis',
    error: 'Algo salió mal',
    dismiss: 'Cerrar',
    loading: 'Cargando…',
    about: 'Clave — encuentra y cuida a tus clientes clave. ABC (Pareto), XYZ, matriz y cartera, todo en tu ordenador.',
  },
  ca: {
    nav: { start: 'Inici', import: 'Importar', analysis: 'Anàlisi', matrix: 'Matriu', customers: 'Clients', pareto: 'Pareto', history: 'Historial', portfolio: 'Cartera', agenda: 'Agenda', winback: 'Recuperació', kpis: 'Indicadors' },
    language: 'Idioma',
    currency: 'Moneda',
    current: (id: number, label: string | null, from: string, to: string, until: string) =>
      `Anàlisi actual: núm. ${id}${label ? ` «${label}»` : ''} · ${from}–${to} · dades fins al ${until}`,
    currentTitle: "L'anàlisi que fan servir la cartera, l'agenda, la recuperació, els indicadors i els dossiers. Canvieu-la a l'Historial.",
    noRun: 'Encara no hi ha cap anàlisi',
    error: 'Alguna cosa ha anat malament',
    dismiss: 'Tanca',
    loading: 'Carregant…',
    about: 'Clave — troba i cuida els teus clients clau. ABC (Pareto), XYZ, matriu i cartera, tot al teu ordinador.',
  },
});
