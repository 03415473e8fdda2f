// Which files the import takes, for the open dialog's filter and for a dropped file.
import type { FileFilter } from '../../api';

export const SPREADSHEET_EXTENSIONS = ['xlsx', 'csv', 'txt'];

export function spreadsheetFilters(name: string): FileFilter[] {
  return [{ name, extensions: SPREADSHEET_EXTENSIONS }];
}

export function isSpreadsheetName(fileName: string): boolean {
  const dot = fileName.lastIndexOf('.');
  return dot >= 0 && SPREADSHEET_EXTENSIONS.includes(fileName.slice(dot + 1).toLowerCase());
}

/** Spreadsheet column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
