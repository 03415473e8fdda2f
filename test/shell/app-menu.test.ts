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
    expect(sent).toEqual(['import', 'export', 'print-dossier', 'backup', 'about']);
  });

  it('starts with the application menu on macOS', () => {
    expect(menuTemplate(() => {}, 'darwin')[0]?.role).toBe('appMenu');
    expect(menuTemplate(() => {}, 'linux')[0]?.label).toBe('Arquivo');
  });
});
