import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from '../../shared/api/events';
import { menuTemplate } from '../../electron/shell/app-menu';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = menu?.submenu;
  return Array.isArray(submenu) ? submenu : [];
}

describe('application menu', () => {
  it('has Arquivo and Ajuda with the items of the app, in Portuguese', () => {
    const template = menuTemplate(() => {}, 'linux');
    const file = template.find((menu) => menu.label === 'Arquivo');
    const help = template.find((menu) => menu.label === 'Ajuda');
    expect(items(file).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Novo espaço de trabalho…',
      'Abrir espaço de trabalho…',
      'Espaços de trabalho recentes',
      'Importar planilha…',
      'Exportar…',
      'Imprimir dossiê…',
      'Backup…',
      'Sair',
    ]);
    expect(items(help).map((i) => i.label)).toEqual(['Sobre']);
    expect(items(file).find((i) => i.label === 'Sair')?.role).toBe('quit');
  });

  it('tells the screens which item was chosen', () => {
    const sent: MenuAction[] = [];
    const template = menuTemplate((action) => sent.push(action), 'win32');
    for (const menu of template) {
      for (const item of items(menu)) {
        if (item.role === undefined && item.type !== 'separator') item.click?.({} as never, undefined, {} as never);
      }
    }
    expect(sent).toEqual(['workspace-new', 'workspace-open', 'import', 'export', 'print-dossier', 'backup', 'about']);
  });

  it('lists the other recent workspaces that still exist, each opening its own path', () => {
    const sent: [MenuAction, string | undefined][] = [];
    const recent = [
      { path: '/dados/loja.clave', name: 'loja', exists: true, current: true },
      { path: '/dados/distribuidora.clave', name: 'distribuidora', exists: true, current: false },
      { path: '/pendrive/antigo.clave', name: 'antigo', exists: false, current: false },
    ];
    const file = menuTemplate((action, path) => sent.push([action, path]), 'linux', recent).find((m) => m.label === 'Arquivo');
    const submenu = items(items(file).find((i) => i.label === 'Espaços de trabalho recentes'));
    expect(submenu.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual(['distribuidora — /dados/distribuidora.clave', 'Todos os espaços de trabalho…']);
    for (const i of submenu) i.click?.({} as never, undefined, {} as never);
    expect(sent).toEqual([
      ['workspace-recent', '/dados/distribuidora.clave'],
      ['workspace-recent', undefined],
    ]);
  });

  it('speaks the computer\'s language', () => {
    const [file, edit, help] = menuTemplate(() => {}, 'linux', [], 'en');
    expect([file?.label, edit?.label, help?.label]).toEqual(['File', 'Edit', 'Help']);
    expect(items(file).filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'New workspace…',
      'Open workspace…',
      'Recent workspaces',
      'Import spreadsheet…',
      'Export…',
      'Print dossier…',
      'Backup…',
      'Quit',
    ]);
    expect(menuTemplate(() => {}, 'linux', [], 'ca')[0]?.label).toBe('Fitxer');
    expect(menuTemplate(() => {}, 'linux', [], 'es')[2]?.submenu).toEqual([expect.objectContaining({ label: 'Acerca de' })]);
  });

  it('starts with the application menu on macOS', () => {
    expect(menuTemplate(() => {}, 'darwin')[0]?.role).toBe('appMenu');
    expect(menuTemplate(() => {}, 'linux')[0]?.label).toBe('Arquivo');
  });
});
