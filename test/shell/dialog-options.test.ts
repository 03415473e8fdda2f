import { describe, expect, it } from 'vitest';
import { sanitizeFileName, sanitizeFilters } from '../../electron/shell/dialog-options';

describe('dialog filters from the renderer', () => {
  it('keeps well-formed filters', () => {
    const filters = [{ name: 'Planilhas', extensions: ['xlsx', 'csv', 'txt'] }, { name: 'Todos os arquivos', extensions: ['*'] }];
    expect(sanitizeFilters(filters)).toEqual(filters);
  });

  it('drops anything that is not a plain extension list', () => {
    expect(sanitizeFilters('xlsx')).toEqual([]);
    expect(sanitizeFilters(null)).toEqual([]);
    expect(
      sanitizeFilters([
        { name: 'Caminho', extensions: ['../../etc/passwd', 'x/y', 'xlsx'] },
        { name: '', extensions: ['csv'] },
        { name: 'Sem extensões', extensions: [] },
        { name: 'Objeto', extensions: 'csv' },
        42,
      ]),
    ).toEqual([{ name: 'Caminho', extensions: ['xlsx'] }]);
  });

  it('caps how many filters a page can send', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ name: `F${i}`, extensions: ['csv'] }));
    expect(sanitizeFilters(many)).toHaveLength(10);
  });
});

describe('default file names from the renderer', () => {
  it('keeps a plain name, accents included', () => {
    expect(sanitizeFileName('Análise ABC 2024-06.xlsx')).toBe('Análise ABC 2024-06.xlsx');
  });

  it('keeps only the last segment of anything that looks like a path', () => {
    expect(sanitizeFileName('/etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\..\\Windows\\System32\\evil.dll')).toBe('evil.dll');
    expect(sanitizeFileName('../../.bashrc')).toBe('bashrc');
  });

  it('replaces characters that file systems refuse and removes control characters', () => {
    expect(sanitizeFileName('a<b>c:d"e|f?g*h.csv')).toBe('a_b_c_d_e_f_g_h.csv');
    expect(sanitizeFileName('rel\u0000at\u001fório.xlsx')).toBe('relatório.xlsx');
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitizeFileName('')).toBe('Clave');
    expect(sanitizeFileName('...')).toBe('Clave');
    expect(sanitizeFileName('/')).toBe('Clave');
    expect(sanitizeFileName({ toString: () => 'x' }, 'planilha')).toBe('planilha');
    expect(sanitizeFileName('x'.repeat(500))).toHaveLength(200);
  });
});
