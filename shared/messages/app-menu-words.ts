// The desktop window's menu in the four languages (electron/shell/app-menu.ts), and the title of
// the box that says the workspace could not be opened at start. The desktop speaks the language
// of the computer (Electron's app.getLocale()), as the command line speaks its environment's.
import type { Lang } from './wording';

export type MenuWords = {
  file: string;
  newWorkspace: string;
  openWorkspace: string;
  recentWorkspaces: string;
  allWorkspaces: string;
  importFile: string;
  exportRun: string;
  printDossier: string;
  backup: string;
  quit: string;
  edit: string;
  undo: string;
  redo: string;
  cut: string;
  copy: string;
  paste: string;
  selectAll: string;
  help: string;
  about: string;
  cannotOpenWorkspace: string;
};

export const MENU_WORDS: Record<Lang, MenuWords> = {
  pt: {
    file: 'Arquivo',
    newWorkspace: 'Novo espaço de trabalho…',
    openWorkspace: 'Abrir espaço de trabalho…',
    recentWorkspaces: 'Espaços de trabalho recentes',
    allWorkspaces: 'Todos os espaços de trabalho…',
    importFile: 'Importar planilha…',
    exportRun: 'Exportar…',
    printDossier: 'Imprimir dossiê…',
    backup: 'Backup…',
    quit: 'Sair',
    edit: 'Editar',
    undo: 'Desfazer',
    redo: 'Refazer',
    cut: 'Recortar',
    copy: 'Copiar',
    paste: 'Colar',
    selectAll: 'Selecionar tudo',
    help: 'Ajuda',
    about: 'Sobre',
    cannotOpenWorkspace: 'Não foi possível abrir o espaço de trabalho.',
  },
  en: {
    file: 'File',
    newWorkspace: 'New workspace…',
    openWorkspace: 'Open workspace…',
    recentWorkspaces: 'Recent workspaces',
    allWorkspaces: 'All workspaces…',
    importFile: 'Import spreadsheet…',
    exportRun: 'Export…',
    printDossier: 'Print dossier…',
    backup: 'Backup…',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    help: 'Help',
    about: 'About',
    cannotOpenWorkspace: 'The workspace could not be opened.',
  },
  es: {
    file: 'Archivo',
    newWorkspace: 'Nuevo espacio de trabajo…',
    openWorkspace: 'Abrir espacio de trabajo…',
    recentWorkspaces: 'Espacios de trabajo recientes',
    allWorkspaces: 'Todos los espacios de trabajo…',
    importFile: 'Importar hoja de cálculo…',
    exportRun: 'Exportar…',
    printDossier: 'Imprimir dosier…',
    backup: 'Copia de seguridad…',
    quit: 'Salir',
    edit: 'Editar',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    selectAll: 'Seleccionar todo',
    help: 'Ayuda',
    about: 'Acerca de',
    cannotOpenWorkspace: 'No se pudo abrir el espacio de trabajo.',
  },
  ca: {
    file: 'Fitxer',
    newWorkspace: 'Nou espai de treball…',
    openWorkspace: 'Obre un espai de treball…',
    recentWorkspaces: 'Espais de treball recents',
    allWorkspaces: 'Tots els espais de treball…',
    importFile: 'Importa un full de càlcul…',
    exportRun: 'Exporta…',
    printDossier: 'Imprimeix el dossier…',
    backup: 'Còpia de seguretat…',
    quit: 'Surt',
    edit: 'Edita',
    undo: 'Desfés',
    redo: 'Refés',
    cut: 'Retalla',
    copy: 'Copia',
    paste: 'Enganxa',
    selectAll: 'Selecciona-ho tot',
    help: 'Ajuda',
    about: 'Quant a',
    cannotOpenWorkspace: "No s'ha pogut obrir l'espai de treball.",
  },
};
