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
  /** For each A customer, the share of the total lost if it left (the API may give the first ones only). */
  aCustomers: { code: string; name: string | null; value: number; share: number }[];
  /** How many A customers there are. */
  aCount: number;
};

export type Sensitivity = {
  /** How many customers change class if a threshold moves by `delta` points. */
  rows: { threshold: 'a' | 'b'; delta: number; value: number; changed: number; A: number; B: number; C: number }[];
};

export type MigrationKey = AbcClass | '-';
/** The migration table's rows and columns: each class, and '-' (not in that run). */
export const MIGRATION_KEYS = ['A', 'B', 'C', '-'] as const satisfies readonly MigrationKey[];

export type MigrationTable = {
  fromRunId: number;
  toRunId: number;
  /** Rows: class in the first run ('-' = absent); columns: class in the second; how many customers moved so. */
  cells: { from: MigrationKey; to: MigrationKey; customers: number }[];
};

/** A customer behind a cell of the migration: its class and value in each run (null where absent). */
/** A customer in one run of the migration: its class, its value, and the figure of each basis (to show like with like). */
export type MigrationSide = { abc: AbcClass; value: number; revenue: number; margin: number | null; quantity: number; orders: number };

export type MigrationCustomer = {
  code: string;
  name: string | null;
  before: MigrationSide | null;
  after: MigrationSide | null;
};
