// Handlers of 'sample/*': a generated sales history, written where the import can read it.
import { join } from 'node:path';
import { apiError } from '../../shared/api/errors';
import type { SampleHandlers } from '../../shared/api/sample-api';
import { dayFromYmd } from '../../shared/domain/calendar';
import type { Context } from '../api/context';
import { writeSampleCsv } from './write-sample';

export function sampleHandlers(ctx: Context) {
  return {
    'sample/create': async ({ lines = 20_000, customers = 600 }) => {
      if (!(Number.isInteger(lines) && lines > 0 && lines <= 2_000_000 && Number.isInteger(customers) && customers > 0))
        throw apiError('sample/bad-size');
      // The history ends with last month, so the default window (12 months) is full.
      const now = new Date();
      const lastDay = dayFromYmd(now.getFullYear(), now.getMonth() + 1, 1)! - 1;
      const fileName = 'vendas-exemplo-clave.csv';
      const path = join(ctx.tempDir, `${Date.now()}-${fileName}`);
      await writeSampleCsv(path, { lines, customers, months: 24, lastDay, seed: 2026 });
      return { fileId: ctx.files.add(path, fileName), fileName };
    },
  } satisfies Partial<SampleHandlers>;
}
