// The application menu. Every item that is about the user's data only tells the screens what was
// chosen (a `menu` event); the screens own the flow (wizard, export, printing, backup, about,
// which workspace to open). The recent workspaces are listed in a submenu of Arquivo. Its words
// are in shared/messages/app-menu-words.ts, in the computer's language.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/api/events';
import type { RecentWorkspace } from '../../shared/api/workspace-api';
import { MENU_WORDS } from '../../shared/messages/app-menu-words';
import type { Lang } from '../../shared/messages/wording';

export function menuTemplate(
  send: (action: MenuAction, path?: string) => void,
  platform: NodeJS.Platform,
  recent: readonly RecentWorkspace[] = [],
  lang: Lang = 'pt',
): MenuItemConstructorOptions[] {
  const w = MENU_WORDS[lang];
  const item = (label: string, action: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(action),
  });
  const others = recent.filter((w) => !w.current && w.exists);
  const recentMenu: MenuItemConstructorOptions = {
    label: w.recentWorkspaces,
    submenu: [
      // The name, and the folder (two workspaces may share a name).
      ...others.map((w): MenuItemConstructorOptions => ({ label: `${w.name} — ${w.path}`, click: () => send('workspace-recent', w.path) })),
      ...(others.length > 0 ? [{ type: 'separator' } as const] : []),
      item(w.allWorkspaces, 'workspace-recent'),
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: w.file,
    submenu: [
      item(w.newWorkspace, 'workspace-new', 'CmdOrCtrl+N'),
      item(w.openWorkspace, 'workspace-open', 'CmdOrCtrl+Shift+O'),
      recentMenu,
      { type: 'separator' },
      item(w.importFile, 'import', 'CmdOrCtrl+O'),
      item(w.exportRun, 'export', 'CmdOrCtrl+E'),
      item(w.printDossier, 'print-dossier', 'CmdOrCtrl+P'),
      { type: 'separator' },
      item(w.backup, 'backup'),
      { type: 'separator' },
      { label: w.quit, role: 'quit', accelerator: platform === 'darwin' ? 'Cmd+Q' : 'Ctrl+Q' },
    ],
  };
  // Without an Edit menu, copy and paste shortcuts do nothing in text fields on macOS.
  const edit: MenuItemConstructorOptions = {
    label: w.edit,
    submenu: [
      { label: w.undo, role: 'undo' },
      { label: w.redo, role: 'redo' },
      { type: 'separator' },
      { label: w.cut, role: 'cut' },
      { label: w.copy, role: 'copy' },
      { label: w.paste, role: 'paste' },
      { label: w.selectAll, role: 'selectAll' },
    ],
  };
  const help: MenuItemConstructorOptions = { label: w.help, submenu: [item(w.about, 'about')] };
  const appMenu: MenuItemConstructorOptions[] = platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [...appMenu, file, edit, help];
}
