// CSV fields that a spreadsheet opens as data, never as a formula (OWASP "CSV Injection"): text
// that starts like a formula gets a leading single quote, every text field is quoted with its
// quotes doubled (so a separator or line break inside a name cannot start a new cell), and the
// numbers Clave writes itself stay bare numbers.

/**
 * Text a spreadsheet could evaluate: starting with = + - @, a tab or a line break (also after
 * leading spaces, and the full-width ＝ ＋ － ＠ some programs fold to ASCII).
 */
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text field from users: quoted, quotes doubled, `'` in front when it looks like a formula. */
export function csvTextField(text: string): string {
  const safe = isFormulaLike(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** One record: the fields already rendered (`csvTextField` for text, bare numbers), CRLF-terminated. */
export function csvRecord(fields: string[], separator: string): string {
  return `${fields.join(separator)}\r\n`;
}

/** Excel and LibreOffice recognise UTF-8 only with the byte-order mark. */
export const UTF8_BOM = '\ufeff';
