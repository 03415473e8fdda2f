// The application menu. Every item that is about the user's data only tells the screens what was
// chosen (a `menu` event); the screens own the flow (wizard, export, printing, backup, about,
// which workspace to open). The recent workspaces are listed in a submenu of Arquivo.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/events';
import type { RecentWorkspace } from '../../shared/api/workspace-api';

export function menuTemplate(
  send: (action: MenuAction, path?: string) => void,
  platform: NodeJS.Platform,
  recent: readonly RecentWorkspace[] = [],
): MenuItemConstructorOptions[] {
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(action),
  });
  const others = recent.filter((w) => !w.current && w.exists);
  const recentMenu: MenuItemConstructorOptions = {
    label: 'Espaços de trabalho recentes',
    submenu: [
      // The name, and the folder (two workspaces may share a name).
      ...others.map((w): MenuItemConstructorOptions => ({ label: `${w.name} — ${w.path}`, click: () => send('workspace-recent', w.path) })),
      ...(others.length > 0 ? [{ type: 'separator' } as const] : []),
      item('Todos os espaços de trabalho…', 'workspace-recent'),
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'Arquivo',
    submenu: [
      item('Novo espaço de trabalho…', 'workspace-new', 'CmdOrCtrl+N'),
      item('Abrir espaço de trabalho…', 'workspace-open', 'CmdOrCtrl+Shift+O'),
      recentMenu,
      { type: 'separator' },
      item('Importar planilha…', 'import', 'CmdOrCtrl+O'),
      item('Exportar…', 'export', 'CmdOrCtrl+E'),
      item('Imprimir dossiê…', 'print-dossier', 'CmdOrCtrl+P'),
      { type: 'separator' },
      item('Backup…', 'backup'),
      { type: 'separator' },
      { label: 'Sair', role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
    ],
  };
  // Without an Edit menu, copy and paste shortcuts do nothing in text fields on macOS.
  const edit: MenuItemConstructorOptions = {
    label: 'Editar',
    submenu: [
      { label: 'Desfazer', role: 'undo' },
      { label: 'Refazer', role: 'redo' },
      { type: 'separator' },
      { label: 'Recortar', role: 'cut' },
      { label: 'Copiar', role: 'copy' },
      { label: 'Colar', role: 'paste' },
      { label: 'Selecionar tudo', role: 'selectAll' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: 'Ajuda', submenu: [item('Sobre', 'about')] };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, help];
}
