// Import rules that docs/decisions.md listed as "not yet tested": each through the API on a real
// workspace file, with the file a user would give.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open-database';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { lines, tempDir } from './import-helpers';

let ws: Workspace;
afterEach(() => ws?.close());

function workspace() {
  const dir = tempDir();
  ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return ws.ctx.files.add(path);
  };
  return { dir, file };
}

describe('import rules', () => {
  it('#2: a row whose amount cell is blank takes quantity × unit price; a filled one wins', async () => {
    const { file } = workspace();
    const fileId = file('v.csv', 'Data;Cliente;Qtde;Preço Unit.;Valor\n01/11/2024;C1;2;1,50;\n01/11/2024;C1;1;1,00;9,99\n02/11/2024;C2;;;\n');
    const result = await ws.api.call('import/run', { fileId });
    expect(result).toMatchObject({ imported: 2, rejected: 1 });
    expect(result.firstRejects[0]).toMatchObject({ row: 4, code: 'no-amount' });
    expect(lines(ws.ctx.db).map((l) => l.amount_cents)).toEqual([300, 999]);
  });

  it('#3: with both a margin and a cost column, the margin cell wins, then amount − cost, else none', async () => {
    const { file } = workspace();
    const fileId = file('m.csv', 'Data;Cliente;Valor;Custo;Margem\n01/11/2024;C1;100,00;60,00;30,00\n01/11/2024;C1;100,00;60,00;\n01/11/2024;C1;100,00;;\n01/11/2024;C1;100,00;;25,00\n');
    await ws.api.call('import/run', { fileId });
    expect(ws.ctx.db.prepare('SELECT cost_cents, margin_cents FROM sale_lines ORDER BY id').raw().all()).toEqual([
      [6000, 3000],
      [6000, 4000],
      [null, null],
      [null, 2500],
    ]);
  });

  it('#12: with a mapping given, a first row of unknown names is taken as the header', async () => {
    const { file } = workspace();
    const fileId = file('x.csv', 'col1;col2;col3\n01/11/2024;C1;10,00\n02/11/2024;C2;20,00\n');
    await expect(ws.api.call('import/run', { fileId })).rejects.toMatchObject({ type: 'bad-file' });
    const result = await ws.api.call('import/run', { fileId, mapping: { date: 0, customer: 1, amount: 2 } });
    expect(result).toMatchObject({ rowsRead: 2, imported: 2, rejected: 0 });
  });

  it('#22: a reject in a column without a header names it by its position (worded "coluna C" by the reader, #131)', async () => {
    const { file } = workspace();
    const fileId = file('c.csv', 'Data;Cliente;\n01/11/2024;C1;abc\n');
    const result = await ws.api.call('import/run', { fileId, mapping: { date: 0, customer: 1, amount: 2 } });
    expect(result.firstRejects).toEqual([expect.objectContaining({ row: 2, column: null, columnIndex: 2, code: 'bad-number' })]);
  });

  it('#24: another write in progress past the 5 s wait: refused with "try again", nothing written; then it imports', async () => {
    const { file } = workspace();
    const fileId = file('v.csv', 'Data;Cliente;Valor\n01/11/2024;C1;10,00\n');
    const other = openDatabase(ws.ctx.dbPath);
    other.exec('BEGIN IMMEDIATE');
    try {
      await expect(ws.api.call('import/run', { fileId })).rejects.toMatchObject({ type: 'conflict', message: expect.stringContaining('tente importar v.csv de novo') });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(lines(ws.ctx.db)).toHaveLength(0);
    expect(await ws.api.call('import/run', { fileId })).toMatchObject({ imported: 1 });
  });

  it('#26: the preview reads at most 4 MiB and shows at most 50 rows and 50 rejects', async () => {
    const { file } = workspace();
    // 4,500 rows of about 1 kB: the 4 MiB end before the 5,000-row limit. 60 bad rows near the
    // top, and one past 4 MiB that the preview never reads.
    const long = 'x'.repeat(1000);
    const rows = Array.from({ length: 4500 }, (_, i) => `01/11/2024;C${i % 40};${long};${i >= 10 && i < 70 ? 'abc' : i === 4400 ? 'depois' : '10,00'}`);
    const fileId = file('grande.csv', `Data;Cliente;Produto;Valor\n${rows.join('\n')}\n`);
    const preview = await ws.api.call('import/preview', { fileId });
    expect(preview.rows).toHaveLength(50);
    expect(preview.rejects).toHaveLength(50);
    expect(preview.rejects[0]).toMatchObject({ row: 12, code: 'bad-number' });
    expect(preview.rejects.some((r) => r.raw.includes('depois'))).toBe(false);
    const result = await ws.api.call('import/run', { fileId });
    expect(result.rejected).toBe(61); // the import reads it all
  });
});
