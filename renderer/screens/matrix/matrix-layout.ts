// The matrix as the screen lays it out: rows A, B, C and their total; columns X, Y, Z, "new"
// (no XYZ yet) and the total. Totals are cells too, so that a whole class opens like a cell.
import { cellKey } from '../../../shared/analysis/matrix';
import type { MatrixCell } from '../../../shared/analysis/matrix-types';
import type { AbcClass, XyzClass } from '../../../shared/analysis/result-types';

export type MatrixRow = AbcClass | null; // null: the totals row
export type MatrixCol = XyzClass | 'new' | null; // null: the totals column

export const MATRIX_ROWS: MatrixRow[] = ['A', 'B', 'C', null];
export const MATRIX_COLS: MatrixCol[] = ['X', 'Y', 'Z', 'new', null];

export type MatrixSlot = {
  abc: MatrixRow;
  xyz: MatrixCol;
  /** 'AX' … 'CZ', 'A-' … 'C-' (treatment keys) for the cells; null for totals. */
  cell: string | null;
  customers: number;
  value: number;
  share: number;
  /** Its customers with a value ≤ 0 and the sum of their values (≤ 0). */
  nonPositive: number;
  nonPositiveValue: number;
};

const matches = (want: MatrixRow | MatrixCol, have: string) => want === null || want === have;

/** slots[row][col] in the order of MATRIX_ROWS × MATRIX_COLS. */
export function matrixSlots(cells: MatrixCell[]): MatrixSlot[][] {
  return MATRIX_ROWS.map((abc) =>
    MATRIX_COLS.map((xyz) => {
      const inside = cells.filter((c) => matches(abc, c.abc) && matches(xyz, c.xyz ?? 'new'));
      return {
        abc,
        xyz,
        cell: abc !== null && xyz !== null ? cellKey(abc, xyz === 'new' ? null : xyz) : null,
        customers: inside.reduce((s, c) => s + c.customers, 0),
        value: inside.reduce((s, c) => s + c.value, 0),
        share: inside.reduce((s, c) => s + c.share, 0),
        nonPositive: inside.reduce((s, c) => s + c.nonPositive, 0),
        nonPositiveValue: inside.reduce((s, c) => s + c.nonPositiveValue, 0),
      };
    }),
  );
}

/** The customer grid's route filter for a slot (a total leaves its side open). */
export function slotFilter(slot: MatrixSlot): { abc?: string; xyz?: string } {
  return { abc: slot.abc ?? undefined, xyz: slot.xyz ?? undefined };
}
