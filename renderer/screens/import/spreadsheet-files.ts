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
