// A spreadsheet column's letters, as Excel names it: 0 → A, 25 → Z, 26 → AA. Used by the
// import (a reject's column without a header), the mapping editor and the export's rows.
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
