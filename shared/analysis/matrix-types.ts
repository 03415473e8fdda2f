// Shapes of the derived views of a run: the ABC-XYZ matrix, concentration, sensitivity, migration.
import type { AbcClass, XyzClass } from './result-types';

export type MatrixCell = {
  abc: AbcClass;
  xyz: XyzClass | null; // null: the "new" row (too little history for XYZ)
  customers: number;
  value: number;
  share: number; // of the run's total value
  treatment: string; // key into the treatment catalogue, e.g. 'AX'
  /**
   * Its customers with a value ≤ 0 (SPEC ABC 3: class C, outside the run's total) and the sum of
   * their values: `value` is the net of the cell, so the matrix's total falls short of the run's
   * total by these, and the screen says so.
   */
  nonPositive: number;
  nonPositiveValue: number;
};

export type Concentration = {
  customers: number;
  /** Share of the total held by the top 1 %, 5 %, 10 % and 20 % of customers (at least one). */
  top: { percent: number; customers: number; share: number }[];
  /** Herfindahl–Hirschman index on shares of positive values, 0–10 000. */
  hhi: number;
  /** For each A customer, the share of the total lost if it left. */
  aCustomers: { code: string; name: string | null; value: number; share: number }[];
};

export type Sensitivity = {
  /** How many customers change class if a threshold moves by `delta` points. */
  rows: { threshold: 'a' | 'b'; delta: number; value: number; changed: number; A: number; B: number; C: number }[];
};

export type MigrationTable = {
  fromRunId: number;
  toRunId: number;
  /** Rows: class in the first run ('-' = absent); columns: class in the second. */
  cells: { from: AbcClass | '-'; to: AbcClass | '-'; customers: string[] }[];
};
