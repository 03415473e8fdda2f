// The ABC-XYZ matrix: nine cells AX … CZ plus the "new" row (no XYZ yet).
import type { MatrixCell } from './matrix-types';
import { ABC_CLASSES, XYZ_CLASSES, type CustomerResult, type XyzClass } from './result-types';

export function cellKey(abc: string, xyz: XyzClass | null): string {
  return `${abc}${xyz ?? '-'}`;
}

/** Cells in reading order: AX AY AZ BX … CZ, then A- B- C-. Empty cells are kept (count 0). */
export function computeMatrix(customers: Pick<CustomerResult, 'abc' | 'xyz' | 'value'>[], totalValue: number): MatrixCell[] {
  const cells = new Map<string, MatrixCell>();
  for (const xyz of [...XYZ_CLASSES, null])
    for (const abc of ABC_CLASSES) {
      const key = cellKey(abc, xyz);
      cells.set(key, { abc, xyz, customers: 0, value: 0, share: 0, treatment: key, nonPositive: 0, nonPositiveValue: 0 });
    }
  for (const c of customers) {
    const cell = cells.get(cellKey(c.abc, c.xyz))!;
    cell.customers += 1;
    cell.value += c.value;
    if (c.value <= 0) {
      cell.nonPositive += 1;
      cell.nonPositiveValue += c.value;
    }
  }
  const ordered: MatrixCell[] = [];
  for (const abc of ABC_CLASSES) for (const xyz of XYZ_CLASSES) ordered.push(cells.get(cellKey(abc, xyz))!);
  for (const abc of ABC_CLASSES) ordered.push(cells.get(cellKey(abc, null))!);
  for (const cell of ordered) cell.share = totalValue > 0 ? cell.value / totalValue : 0;
  return ordered;
}
