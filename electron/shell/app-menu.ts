// The application menu. Every item that is about the user's data only tells the screens what was
// chosen (a `menu` event); the screens own the flow (wizard, export, printing, backup, about).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/events';

export function menuTemplate(send: (action: MenuAction) => void, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(action),
  });
  const file: MenuItemConstructorOptions = {
    label: 'Arquivo',
    submenu: [
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
