import ExcelJS from 'exceljs';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileRegistry, createJobRegistry, type Context } from '../../electron/api/context';
import { finishBatch, insertBatch } from '../../electron/db/import-batches-table';
import { createRejectWriter } from '../../electron/db/import-rejects-table';
import { exportHandlers } from '../../electron/export/export-handlers';
import { openWorkspace, storeRun, syntheticCustomers, type Workspace } from './export-fixture';
import { readWorkbook } from './read-back';

describe('export handlers', () => {
  let ws: Workspace;
  let ctx: Context;
  let runId: number;
  let handlers: ReturnType<typeof exportHandlers>;

  beforeAll(() => {
    ws = openWorkspace();
    ({ runId } = storeRun(ws.db, syntheticCustomers(30)));
    ctx = {
      db: ws.db,
      dbPath: ws.dbPath,
      files: createFileRegistry(),
      jobs: createJobRegistry(),
      emit: () => undefined,
      appVersion: '9.9.9',
      tempDir: join(ws.dir, 'tmp'),
      readAhead: () => {},
    };
    handlers = exportHandlers(ctx);
  });
  afterAll(() => ws.db.close());

  it("'export/workbook' without a target makes a temporary file to download, named for the run's number and month", async () => {
    const result = await handlers['export/workbook']({ runId });
    expect(result.fileName).toBe(`clave-analise-${runId}-2026-10.xlsx`);
    const entry = ctx.files.get(result.fileId);
    expect(entry.name).toBe(`clave-analise-${runId}-2026-10.xlsx`);
    expect(entry.path.startsWith(ctx.tempDir)).toBe(true);
    expect(result.bytes).toBe(statSync(entry.path).size);
    const wb = await readWorkbook(entry.path);
    expect(wb.getWorksheet('Parâmetros')!.getColumn(2).values).toContain('9.9.9');
    // A second export of the same run keeps the friendly name, in a folder of its own.
    const again = await handlers['export/workbook']({ runId });
    expect(again.fileName).toBe(result.fileName);
    expect(ctx.files.get(again.fileId).path).not.toBe(entry.path);
  });

  it("'export/workbook' and 'export/csv' write to the save dialog's file when given its id", async () => {
    const target = ctx.files.add(join(ws.dir, 'escolhido.xlsx'));
    const result = await handlers['export/workbook']({ runId, target, locale: 'en' });
    expect(result).toEqual({ fileId: target, fileName: 'escolhido.xlsx', bytes: statSync(join(ws.dir, 'escolhido.xlsx')).size });
    expect((await readWorkbook(join(ws.dir, 'escolhido.xlsx'))).worksheets[0]!.name).toBe('Customers');

    const csvTarget = ctx.files.add(join(ws.dir, 'clientes.csv'));
    const csv = await handlers['export/csv']({ runId, target: csvTarget, locale: 'pt-BR' });
    expect(csv.fileName).toBe('clientes.csv');
    expect(readFileSync(join(ws.dir, 'clientes.csv'), 'utf8').startsWith('\ufeff"Posição";"Código"')).toBe(true);
    const temp = await handlers['export/csv']({ runId });
    expect(temp.fileName).toBe(`clave-clientes-${runId}-2026-10.csv`);
  });

  it('refuses a missing run, an unknown file id or locale with typed errors, and registers nothing', async () => {
    await expect(handlers['export/workbook']({ runId: 999 })).rejects.toMatchObject({ type: 'not-found' });
    await expect(handlers['export/csv']({ runId: 1.5 })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(handlers['export/workbook']({ runId, target: 'not-an-id' })).rejects.toMatchObject({ type: 'refused' });
    await expect(handlers['export/csv']({ runId, locale: 'de' })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(handlers['export/rejects']({ batchId: 424242 })).rejects.toMatchObject({ type: 'not-found' });
  });

  it("'export/rejects' writes the batch's rejected rows (row, column, reason, raw values as text)", async () => {
    const batchId = ws.db.transaction(() => {
      const id = insertBatch(ws.db, { fileName: 'vendas-ruins.csv', contentHash: 'h-rejects', sheet: null, mapping: {}, locale: 'pt-BR' });
      const rejects = createRejectWriter(ws.db, id);
      rejects.add({ sheet: null, row: 7, column: 'Data', columnIndex: 1, code: 'bad-date', reason: 'Data ilegível "31/02/2026"', raw: ['C001', '31/02/2026', '100,00'] }, 0);
      rejects.add({ sheet: null, row: 12, column: null, columnIndex: null, code: 'total-row', reason: 'Linha de total', raw: ['Total', '', '=SUM(C2:C11)', '@x', '+1'] }, 0);
      finishBatch(ws.db, id, { rowsRead: 20, imported: 18, rejected: 2, firstLineId: null, lastLineId: null });
      return id;
    })();
    const result = await handlers['export/rejects']({ batchId });
    expect(result.fileName).toBe(`clave-rejeitadas-lote-${batchId}.xlsx`);
    const wb = await readWorkbook(ctx.files.get(result.fileId).path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Linhas rejeitadas', 'Lote']);
    const sheet = wb.getWorksheet('Linhas rejeitadas')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Linha', 'Coluna', 'Motivo', 'Valor 1', 'Valor 2', 'Valor 3', 'Valor 4', 'Valor 5']);
    expect(sheet.getRow(2).values).toEqual([undefined, 7, 'Data', 'Data ilegível "31/02/2026"', 'C001', '31/02/2026', '100,00']);
    const total = sheet.getRow(3);
    expect(total.getCell(1).value).toBe(12);
    expect(total.getCell(2).value).toBeNull();
    expect(total.getCell(6).value).toBe('=SUM(C2:C11)');
    for (const col of [6, 7, 8]) {
      expect(total.getCell(col).type).toBe(ExcelJS.ValueType.String);
      expect(total.getCell(col).formula).toBeUndefined();
    }
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:H3');
    const batch = new Map<string, unknown>();
    wb.getWorksheet('Lote')!.eachRow((row) => batch.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(batch.get('Arquivo')).toBe('vendas-ruins.csv');
    expect(batch.get('Rejeitadas')).toBe(2);
    expect(batch.get('Importado em')).toBeInstanceOf(Date);
  });

  it('leaves no temporary folder behind when an export fails', async () => {
    await expect(handlers['export/rejects']({ batchId: 31337 })).rejects.toMatchObject({ type: 'not-found' });
    await expect(handlers['export/workbook']({ runId, locale: 'xx' })).rejects.toMatchObject({ type: 'bad-option' });
    // Every folder left holds the one file a successful export made.
    for (const dir of readdirSync(ctx.tempDir)) expect(readdirSync(join(ctx.tempDir, dir)), dir).toHaveLength(1);
  });
});
