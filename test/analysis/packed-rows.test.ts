// The rows a reader thread sends packed (electron/analysis/packed-rows.ts) arrive as the rule made
// them: every field, nulls and hand-set types included, through a real worker_threads message.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { customerStep, type CustomerInput, type RunRow } from '../../shared/analysis/analyze';
import type { SaleGroup } from '../../shared/analysis/sale-columns';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { runPlan } from '../../shared/analysis/run-plan';
import { addMonths, dayOfIso } from '../../shared/domain/calendar';
import { packRows, unpackRows, type PackedRows } from '../../electron/analysis/packed-rows';

const d = (iso: string) => dayOfIso(iso)!;
let order = 1;
const sale = (iso: string, reais: number, margin: number | null = null): SaleGroup => ({
  order: `O${order++}`,
  day: d(iso),
  amount: Math.round(reais * 100),
  quantity: 1500,
  margin: margin === null ? null : Math.round(margin * 100),
});
const monthly = (first: string, months: number, reais: (i: number) => number): SaleGroup[] =>
  Array.from({ length: months }, (_, i) => ({ order: `M${order++}`, day: addMonths(d(`${first}-15`), i), amount: reais(i) * 100, quantity: 1000, margin: 10 }));

describe('rows packed for the trip from a reader thread', () => {
  it('arrive with every field as the rule made them', () => {
    const latest = d('2026-10-31');
    const plan = runPlan(resolveWindow('month', latest), latest, 'revenue');
    const inputs: CustomerInput[] = [
      // One purchase only, no margin, no name: no summary m, no cycle, no XYZ class.
      { code: 'ONE', name: null, seller: null, segment: null, region: null, sales: [sale('2026-09-10', 500)] },
      // Two years of months, falling at the end: a cycle, a class, "declining", margins known.
      { code: 'LONG', name: 'Longa', seller: 'Ana', segment: 'Varejo', region: 'Sul', sales: monthly('2024-11', 24, (i) => (i < 21 ? 1000 : 100)) },
      // A return bigger than its sale (no purchase left: no summary m, no cycle), types set by hand.
      { code: 'RET', name: 'Devolve', seller: 'Bia', segment: null, region: 'Norte', manualTypes: ['image maker', 'expert'], sales: [sale('2026-03-01', 800, 80), sale('2026-04-01', -900, -90)] },
    ];
    const rows = inputs.map((input) => {
      const step = customerStep(input, plan, DEFAULT_PARAMS);
      if (!step || !('row' in step)) throw new Error(`${input.code} is not a row`);
      return step.row;
    });
    expect(rows.map((r) => [r.summary?.m ?? null, r.cycleDays, r.xyz, r.declining === null, r.margin])).toEqual([
      [null, null, null, true, null],
      [expect.any(Number), expect.any(Number), expect.any(String), false, expect.any(Number)],
      [null, null, 'Z', true, -1000],
    ]);

    const { port1, port2 } = new MessageChannel();
    const packed = packRows(rows);
    port1.postMessage(packed, [packed.numbers.buffer]);
    const arrived = receiveMessageOnPort(port2)!.message as PackedRows;
    port1.close();
    const unpacked: RunRow[] = [];
    unpackRows(arrived, unpacked);
    expect(unpacked).toStrictEqual(rows);
    // In the same field order as the rule's (a row's fields are spread into its result).
    expect(unpacked.map((r) => Object.keys(r))).toEqual(rows.map((r) => Object.keys(r)));
  });
});
