// The CSV tokenizer: decoded text, fed in chunks, into records of fields (RFC 4180 quoting:
// a field in quotes may hold delimiters, line breaks and doubled quotes; text after a closing
// quote is kept). A state machine that looks at each character once, whatever the chunks: the
// part of a field that a chunk leaves unfinished is kept as text, never scanned again, so the
// time is linear in the file's size. A whole line without quotes is split at once (most lines
// of most files: the same fields, three times faster). Each record is bounded (LIMITS: columns, characters per
// field and per record) and a NUL character is refused, so a hostile file is refused early with
// a message rather than grown into memory. Blank lines are skipped but counted, so that row
// numbers are the ones a spreadsheet shows.
import { apiError } from '../../shared/api/errors';
import type { Cell } from '../../shared/import/detect-header';
import { columnLetter } from '../../shared/format/column-letter';
import type { CsvDialect } from './csv-dialect';
import { LIMITS } from './limits';
import type { RowChunk } from './row-chunk';

const QUOTE = 34;
const CR = 13;
const SPACE = 32;
const TAB = 9;

/** Where the tokenizer is between two characters. */
const FIELD_START = 0; // before a field (after a delimiter, or at a record's start)
const UNQUOTED = 1; // in a field without quotes, or after a quoted one's closing quote
const QUOTED = 2; // inside quotes
const QUOTE_SEEN = 3; // a quote inside quotes ended the last chunk: doubled, or closing?

export type CsvTokenizer = {
  push(text: string, out: RowChunk): void;
  /** The end of the text: the last record needs no line break. */
  end(out: RowChunk): void;
  /** Records so far, blank ones included: the number of the last row. */
  records(): number;
};

export function createCsvTokenizer(dialect: CsvDialect, fileName: string): CsvTokenizer {
  const spaces = dialect.delimiter === ' ';
  const delimiterText = dialect.delimiter;
  const newlineText = dialect.newline;
  const delimiter = delimiterText.charCodeAt(0);
  const newline = newlineText.charCodeAt(0);
  let state = FIELD_START;
  let cells: Cell[] = [];
  /** The current field's text from earlier chunks (a field that spans chunks). */
  let field = '';
  let quoted = false;
  /** Whether the end of `field` came from inside quotes (a CR there is text, not part of a CRLF). */
  let tailQuoted = false;
  let recordChars = 0;
  let row = 0;

  /** Whether the current field began with a quote. */
  let fieldQuoted = false;
  /**
   * A field longer than a cell: in quotes, a quote never closed; outside, a line that never ends
   * (line breaks of another kind, or not text at all).
   */
  const tooLong = () =>
    fieldQuoted
      ? apiError('import/cell-too-long', { file: fileName, row: row + 1, column: columnLetter(cells.length), limit: LIMITS.cellChars })
      : apiError('import/line-too-long', { file: fileName, row: row + 1, limit: LIMITS.cellChars });

  /** A field's text is complete. */
  const endField = (text: string) => {
    if (text.length > LIMITS.cellChars) throw tooLong();
    recordChars += text.length;
    if (recordChars > LIMITS.recordChars) throw apiError('import/line-too-long', { file: fileName, row: row + 1, limit: LIMITS.recordChars });
    if (cells.length === LIMITS.columns) throw apiError('import/too-many-columns', { file: fileName, sheet: null, row: row + 1, limit: LIMITS.columns });
    cells.push(text);
    field = '';
    fieldQuoted = false;
  };

  const endRecord = (out: RowChunk) => {
    row++;
    const blank = cells.length === 0 || (cells.length === 1 && cells[0] === '' && !quoted);
    quoted = false;
    if (!blank) {
      out.rows.push(cells);
      out.numbers.push(row);
    }
    cells = [];
    recordChars = 0;
    state = FIELD_START;
  };

  /** Part of a field that continues in the next chunk (or after a quote). */
  const keep = (piece: string, inQuotes: boolean) => {
    field += piece;
    tailQuoted = inQuotes;
    if (field.length > LIMITS.cellChars) throw tooLong();
  };

  /** The last field of a record, s[i, j) after `field`: a CR just before the line break (CRLF) is part of the break. */
  const lastField = (s: string, i: number, j: number): string => {
    if (newline === CR) return field + s.slice(i, j);
    if (j > i) return field + s.slice(i, s.charCodeAt(j - 1) === CR ? j - 1 : j);
    return !tailQuoted && field.charCodeAt(field.length - 1) === CR ? field.slice(0, -1) : field;
  };

  /** A whole record without quotes, s[from, end) (its line break excluded): split at once (the fast path). */
  const plainRecord = (s: string, from: number, end: number, out: RowChunk) => {
    if (newline !== CR && end > from && s.charCodeAt(end - 1) === CR) end--;
    const fields = s.slice(from, end).split(delimiterText);
    if (fields.length > LIMITS.columns) throw apiError('import/too-many-columns', { file: fileName, sheet: null, row: row + 1, limit: LIMITS.columns });
    if (end - from > LIMITS.cellChars && fields.some((f) => f.length > LIMITS.cellChars)) {
      throw apiError('import/line-too-long', { file: fileName, row: row + 1, limit: LIMITS.cellChars });
    }
    cells = fields;
    endRecord(out);
  };

  const run = (s: string, out: RowChunk) => {
    const n = s.length;
    let i = 0;
    // Where the next quote and line break are (looked up again only once passed: linear).
    let nextQuote = spaces ? -1 : s.indexOf('"');
    let nextBreak = -1;
    while (i < n) {
      if (state === FIELD_START && cells.length === 0 && field.length === 0 && !spaces) {
        if (nextBreak < i) nextBreak = s.indexOf(newlineText, i);
        if (nextQuote !== -1 && nextQuote < i) nextQuote = s.indexOf('"', i);
        if (nextBreak !== -1 && (nextQuote === -1 || nextQuote > nextBreak)) {
          plainRecord(s, i, nextBreak, out);
          i = nextBreak + 1;
          continue;
        }
      }
      if (state === FIELD_START) {
        if (spaces) {
          for (let c = s.charCodeAt(i); c === SPACE || c === TAB || (c === CR && newline !== CR); c = s.charCodeAt(++i));
          if (i === n) break;
          if (s.charCodeAt(i) === newline) {
            endRecord(out);
            i++;
            continue;
          }
        }
        if (s.charCodeAt(i) === QUOTE) {
          state = QUOTED;
          quoted = true;
          fieldQuoted = true;
          i++;
          continue;
        }
        state = UNQUOTED;
      }
      if (state === UNQUOTED) {
        // The hot loop: most of a file goes through here.
        let j = i;
        let c = 0;
        if (spaces) {
          for (; j < n; j++) {
            c = s.charCodeAt(j);
            if (c === SPACE || c === TAB || c === newline) break;
          }
        } else {
          for (; j < n; j++) {
            c = s.charCodeAt(j);
            if (c === delimiter || c === newline) break;
          }
        }
        if (j === n) {
          keep(s.slice(i, n), false);
          break;
        }
        if (c === newline) {
          endField(lastField(s, i, j));
          endRecord(out);
        } else {
          endField(field.length === 0 ? s.slice(i, j) : field + s.slice(i, j));
          state = FIELD_START;
        }
        i = j + 1;
        continue;
      }
      if (state === QUOTED) {
        const q = s.indexOf('"', i);
        if (q === -1) {
          keep(s.slice(i, n), true);
          break;
        }
        keep(s.slice(i, q), true);
        i = q + 1;
        state = QUOTE_SEEN;
        continue;
      }
      // QUOTE_SEEN: a doubled quote is one quote; anything else closes the quotes.
      if (s.charCodeAt(i) === QUOTE) {
        keep('"', true);
        i++;
        state = QUOTED;
      } else state = UNQUOTED;
    }
  };

  return {
    push(text, out) {
      const nul = text.indexOf('\0');
      if (nul === -1) return run(text, out);
      run(text.slice(0, nul), out);
      throw apiError('import/binary-text', { file: fileName, row: row + 1 });
    },
    end(out) {
      // Quotes never closed (within the cell limit): the field takes the rest of the file.
      if (state !== FIELD_START || field.length > 0) endField(lastField('', 0, 0));
      else if (cells.length > 0 && !spaces) endField(''); // "a,b," ends with an empty field
      if (cells.length > 0) endRecord(out);
    },
    records: () => row,
  };
}
