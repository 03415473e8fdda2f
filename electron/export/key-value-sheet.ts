// A sheet of labelled values (the run's parameters, an import batch's facts), written line by
// line: a section title, "label | value" pairs, blank lines, and small tables of plain cells.
import type { WorkbookWriter } from './stream-workbook';
import type { CellStyle, StyleBook } from './workbook-styles';

export type SheetValue = string | number | Date | null;

export type Line =
  | 'blank'
  | { section: string }
  | { label: string; value: SheetValue; style: CellStyle }
  | { header: string[] }
  | { cells: { value: SheetValue; style: CellStyle }[] };

export function writeKeyValueSheet(wb: WorkbookWriter, name: string, lines: Line[], styles: StyleBook, widths: number[]): void {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  for (const line of lines) {
    if (line === 'blank') {
      ws.addRow([]).commit();
      continue;
    }
    let cells: { value: SheetValue; style: CellStyle }[];
    if ('section' in line) cells = [{ value: line.section, style: styles.section }];
    else if ('label' in line) cells = [{ value: line.label, style: styles.label }, { value: line.value, style: line.style }];
    else if ('header' in line) cells = line.header.map((value) => ({ value, style: styles.header }));
    else cells = line.cells;
    const row = ws.addRow(cells.map((c) => c.value));
    cells.forEach((c, j) => {
      row.getCell(j + 1).style = c.value === null ? styles.empty : c.style;
    });
    row.commit();
  }
  ws.commit();
}
