// The header's workspace label and the banner of a stopped backend, in Clave's four languages.
import { defineMessages } from '../i18n/locales';

export const workspaceMessages = defineMessages({
  'pt-BR': {
    label: 'Espaço de trabalho',
    sample: 'exemplo',
    title: (name: string, path: string) => `Espaço de trabalho: ${name} — ${path}. Clique para trocar.`,
    restart: 'Reiniciar',
    restarting: 'Reiniciando…',
    newName: 'Novo espaço de trabalho.clave',
    filter: 'Espaço de trabalho do Clave',
  },
  en: {
    label: 'Workspace',
    sample: 'sample',
    title: (name: string, path: string) => `Workspace: ${name} — ${path}. Click to switch.`,
    restart: 'Restart',
    restarting: 'Restarting…',
    newName: 'New workspace.clave',
    filter: 'Clave workspace',
  },
  es: {
    label: 'Espacio de trabajo',
    sample: 'ejemplo',
    title: (name: string, path: string) => `Espacio de trabajo: ${name} — ${path}. Haga clic para cambiar.`,
    restart: 'Reiniciar',
    restarting: 'Reiniciando…',
    newName: 'Nuevo espacio de trabajo.clave',
    filter: 'Espacio de trabajo de Clave',
  },
  ca: {
    label: 'Espai de treball',
    sample: 'exemple',
    title: (name: string, path: string) => `Espai de treball: ${name} — ${path}. Feu clic per canviar-lo.`,
    restart: 'Reinicia',
    restarting: 'S’està reiniciant…',
    newName: 'Nou espai de treball.clave',
    filter: 'Espai de treball del Clave',
  },
});
