// What the file readers hand to the import: rows in chunks (one per block of the file read), each
// with the row number the user sees in the file or sheet (1-based).
import type { Cell } from '../../shared/import/detect-header';

export type RowChunk = { rows: Cell[][]; numbers: number[] };

export const newChunk = (): RowChunk => ({ rows: [], numbers: [] });
