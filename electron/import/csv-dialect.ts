// How a text file's records and fields are written (SPEC "Import"): the line break, and the field
// delimiter — `,` `;` `|` or tab, or runs of spaces as fixed-width and statistical exports
// write them — decided from the file's first lines.

/** ' ' stands for "runs of spaces" (and tabs): leading and trailing ones are not fields. */
export type Delimiter = ',' | ';' | '\t' | '|' | ' ';
export type CsvDialect = { delimiter: Delimiter; newline: '\n' | '\r' };

/** In order of preference on a tie; spaces last, since names and descriptions hold spaces too. */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ',', '|', ' '];
const LINES = 40;

export function detectDialect(sample: string): CsvDialect {
  const newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
  return { delimiter: detectDelimiter(sample, newline), newline };
}

/** How many fields-breaks a line has for a delimiter, outside quotes. */
function breaks(line: string, d: Delimiter): number {
  let n = 0;
  let quoted = false;
  if (d === ' ') {
    let inRun = true; // leading spaces are not a break
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '"') quoted = !quoted;
      const space = !quoted && (c === ' ' || c === '\t');
      if (space && !inRun) n++;
      inRun = space;
    }
    return inRun && n > 0 ? n - 1 : n; // trailing spaces are not one either
  }
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * The delimiter whose count per line is the most regular over the first lines: the one whose most
 * frequent non-zero count occurs on the most lines, then the larger count, then the order of
 * CANDIDATES. A decimal comma in a `;` file varies from line to line; the `;` does not.
 */
export function detectDelimiter(sample: string, newline: '\n' | '\r' = '\n'): Delimiter {
  const lines = sample.split(newline).filter((l) => l.trim() !== '').slice(0, LINES);
  if (lines.length > 1) lines.pop(); // may be cut short
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = breaks(line, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [count, times] of counts) {
      if (times > bestLines || (times === bestLines && count > bestCount)) {
        best = d;
        bestLines = times;
        bestCount = count;
      }
    }
  }
  return best;
}
