// What the import reads at most, so that every file gets an answer in time linear in its size and
// in bounded memory (issue #11; the reasons are in docs/decisions.md). Each limit reached refuses
// the file with one message saying what to do; none truncates silently.

const MiB = 1024 * 1024;

export const LIMITS = {
  /** Excel's last column (XFD): a wider row is a misread delimiter, a forged sheet or not a table. */
  columns: 16_384,
  /** Excel's last row: a workbook's cell references beyond it are forged. */
  sheetRows: 1_048_576,
  /** Excel's longest cell: a longer CSV field is an unclosed quote, not data. */
  cellChars: 32_767,
  /** A CSV record (all its fields): a sales line is a few hundred characters. */
  recordChars: 4 * MiB,
  /** Entries in an .xlsx zip: a workbook has tens; more is a forged archive. */
  zipEntries: 10_000,
  /** Unpacked size of each part of a workbook read; the sheet one is for about 3 million lines. */
  partBytes: {
    workbook: 16 * MiB,
    relationships: 4 * MiB,
    styles: 32 * MiB,
    sharedStrings: 256 * MiB,
    sheet: 2048 * MiB,
  },
  /** How many times a part larger than 1 MiB may expand: real sheets expand 5–30 times, zip bombs a thousand. */
  expansion: 200,
  /** Distinct texts of a workbook (its shared strings). */
  sharedStrings: 5_000_000,
  /** One XML tag or one run of text in a workbook part (a cell of 32,767 characters, escaped, fits). */
  xmlToken: 1 * MiB,
  /** The rows held to decide the formats are also bounded by their cells (a 16,384-column sheet). */
  evidenceCells: 2_000_000,
  /** The import's parsing thread and the preview's: V8's old space, in MB (the process stays under 1 GB). */
  workerHeapMb: 640,
  /** A preview that takes longer is stopped: it reads the beginning of a file only. */
  previewSeconds: 60,
} as const;
