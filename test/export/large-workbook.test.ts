import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRunWorkbook } from '../../electron/export/run-workbook';
import { openWorkspace, storeRun, syntheticCustomers } from './export-fixture';

describe('a large run', () => {
  // Only that it works: the speed is measured by `npm run bench`, the content by the round trips.
  it('writes a 50,000-customer workbook without error', async () => {
    const ws = openWorkspace();
    const { runId } = storeRun(ws.db, syntheticCustomers(50_000));
    const path = join(ws.dir, 'grande.xlsx');
    const { bytes } = await writeRunWorkbook(ws.db, runId, path);
    const file = readFileSync(path);
    expect(file.length).toBe(bytes);
    expect(bytes).toBeGreaterThan(1_000_000);
    expect(file.subarray(0, 2).toString()).toBe('PK');
    // The zip is complete: its end-of-central-directory record closes the file.
    expect(file.readUInt32LE(file.length - 22)).toBe(0x06054b50);
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
    ws.db.close();
  });
});
