// 'surveys/import': NPS or CSAT answers from an .xlsx sheet (the first sheet whose header names a
// customer, a date and a score; a comment column is optional), read with the sales import's
// reader and parsers. Decisions:
// - Dates are read like the sales import's: real Excel dates, serial numbers, or text whose
//   day/month order is decided by the column's values (pt-BR, day first, on a tie).
// - Scores must be whole numbers in range (NPS 0–10, CSAT 1–5). A row with an unknown (or
//   deleted) customer, no date or a bad score is rejected with its row, column and reason;
//   an answer identical to one already stored (customer, date, score, comment) is rejected as
//   a repeat, so importing the same sheet twice adds nothing.
// - The accepted answers are written in one transaction, with the file name as their source.
import type { SurveyImportResult } from '../../shared/api/kpi-api';
import { apiError, apiMessage, isTypedError, withDetails, type ApiMessage } from '../../shared/api/errors';
import type { Day } from '../../shared/domain/calendar';
import { createEvidenceCollector } from '../../shared/import/column-formats';
import { HEADER_SCAN_ROWS, type Cell } from '../../shared/import/detect-header';
import { cellText } from '../../shared/import/fold-text';
import { dayFromExcelSerial, parseDateText } from '../../shared/import/parse-date';
import { parseNumberText } from '../../shared/import/parse-number';
import { isBlankRow } from '../../shared/import/parse-row';
import type { SurveyKind } from '../../shared/kam/kam-types';
import { SCORE_RANGE } from '../../shared/kam/satisfaction';
import { findSurveyHeader, type SurveyMapping } from '../../shared/kam/survey-columns';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { allSurveyAnswers, insertSurveyAnswers, type NewSurveyAnswer } from '../db/survey-answers-table';
import { detectFileKind } from '../import/file-kind';
import { readXlsxSheets } from '../import/read-xlsx';

type Table = { headers: string[]; mapping: SurveyMapping; rows: { cells: Cell[]; number: number }[] };

/** The first sheet with a recognised header, all its rows in memory (a survey is small). */
async function readSurveySheet(path: string, fileName: string): Promise<Table> {
  const sheets = readXlsxSheets(path);
  try {
    for await (const sheet of sheets) {
      const rows: { cells: Cell[]; number: number }[] = [];
      for await (const chunk of sheet.rows) chunk.rows.forEach((cells, i) => rows.push({ cells, number: chunk.numbers[i]! }));
      const filled = rows.filter((r) => !isBlankRow(r.cells));
      const header = findSurveyHeader(filled.slice(0, HEADER_SCAN_ROWS).map((r) => r.cells));
      if (!header) continue;
      return {
        headers: filled[header.index]!.cells.map((c) => cellText(c).trim()),
        mapping: header.mapping,
        rows: filled.slice(header.index + 1),
      };
    }
  } catch (e) {
    if (isTypedError(e)) throw e;
    throw withDetails(apiError('kam/survey-unreadable', { file: fileName }), (e as Error).message);
  } finally {
    await sheets.return(undefined).catch(() => undefined);
  }
  throw apiError('kam/survey-no-columns', { file: fileName, rows: HEADER_SCAN_ROWS });
}

const answerKey = (customerId: number, day: Day, score: number, comment: string | null) => JSON.stringify([customerId, day, score, comment]);

export async function importSurveys(db: Db, file: { path: string; name: string }, kind: SurveyKind): Promise<SurveyImportResult> {
  if (kind !== 'nps' && kind !== 'csat') throw apiError('kam/bad-survey-kind', { value: String(kind) });
  const { kind: fileKind } = await detectFileKind(file.path, file.name);
  if (fileKind !== 'xlsx') throw apiError('kam/survey-not-xlsx', { file: file.name });
  const table = await readSurveySheet(file.path, file.name);
  const { customer: cCustomer, date: cDate, score: cScore, comment: cComment } = table.mapping as Required<Pick<SurveyMapping, 'customer' | 'date' | 'score'>> & SurveyMapping;

  const evidence = createEvidenceCollector({ date: cDate });
  for (const r of table.rows) evidence.add(r.cells);
  const monthFirst = evidence.decide('pt-BR').date?.dateOrder === 'mdy';

  const customers = new Map(listCustomerProfiles(db, { includeDeleted: true }).map((p) => [p.code, p]));
  const seen = new Set(allSurveyAnswers(db).filter((a) => a.kind === kind).map((a) => answerKey(a.customerId, a.day, a.score, a.comment)));
  const { min, max } = SCORE_RANGE[kind];
  const header = (c: number) => table.headers[c] || null;
  const rejects: SurveyImportResult['rejects'] = [];
  const accepted: { customerId: number; answer: NewSurveyAnswer }[] = [];

  for (const { cells, number } of table.rows) {
    const reject = (column: number | null, reason: ApiMessage) => rejects.push({ row: number, column: column === null ? null : header(column), reason });
    const code = cellText(cells[cCustomer]).trim();
    if (code === '') {
      reject(cCustomer, apiMessage('kam/survey-reject/no-customer'));
      continue;
    }
    const customer = customers.get(code);
    if (!customer) {
      reject(cCustomer, apiMessage('kam/survey-reject/unknown-customer', { code }));
      continue;
    }
    if (customer.deleted_at !== null) {
      reject(cCustomer, apiMessage('kam/survey-reject/deleted-customer', { code }));
      continue;
    }
    const dateCell = cells[cDate];
    const dateText = cellText(dateCell).trim();
    if (dateText === '') {
      reject(cDate, apiMessage('kam/survey-reject/no-date'));
      continue;
    }
    const day = typeof dateCell === 'number' ? dayFromExcelSerial(dateCell) : parseDateText(dateText, monthFirst);
    if (day === null) {
      reject(cDate, apiMessage('kam/survey-reject/bad-date', { value: dateText.slice(0, 80), monthFirst }));
      continue;
    }
    const scoreCell = cells[cScore];
    const scoreText = cellText(scoreCell).trim();
    if (scoreText === '') {
      reject(cScore, apiMessage('kam/survey-reject/no-score'));
      continue;
    }
    let score = typeof scoreCell === 'number' ? scoreCell : parseNumberText(scoreText, ',');
    if (typeof scoreCell !== 'number' && (score === null || Number.isNaN(score))) score = parseNumberText(scoreText, '.');
    if (score === null || Number.isNaN(score) || !Number.isInteger(score) || score < min || score > max) {
      reject(cScore, apiMessage('kam/survey-reject/bad-score', { value: typeof scoreCell === 'number' ? scoreCell : scoreText.slice(0, 80), kind, min, max }));
      continue;
    }
    const comment = cComment === undefined ? null : cellText(cells[cComment]).trim() || null;
    const key = answerKey(customer.id, day, score, comment);
    if (seen.has(key)) {
      reject(null, apiMessage('kam/survey-reject/repeat', { code }));
      continue;
    }
    seen.add(key);
    accepted.push({ customerId: customer.id, answer: { kind, day, score, comment, source: file.name } });
  }
  insertSurveyAnswers(db, accepted);
  return { fileName: file.name, rowsRead: table.rows.length, imported: accepted.length, rejected: rejects.length, rejects };
}
