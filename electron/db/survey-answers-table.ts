// SQL of the survey_answers table: NPS (0–10) and CSAT (1–5) answers, typed in or imported from
// a sheet (`source` = its file name). Soft deletes.
import type { SurveyAnswer } from '../../shared/kam/kam-types';
import type { Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  id: number;
  customer_id: number;
  kind: SurveyAnswer['kind'];
  day: number;
  score: number;
  comment: string | null;
  source: string | null;
  deleted_at: string | null;
};

export type StoredSurveyAnswer = { customerId: number; deleted: boolean; record: SurveyAnswer };
export type NewSurveyAnswer = Omit<SurveyAnswer, 'id'>;

const toAnswer = (r: Row): SurveyAnswer => ({ id: r.id, kind: r.kind, day: r.day, score: r.score, comment: r.comment, source: r.source });

/** Newest first. */
export function listSurveyAnswers(db: Db, customerId: number): SurveyAnswer[] {
  return (
    cachedStatement(db, 'SELECT * FROM survey_answers WHERE customer_id = ? AND deleted_at IS NULL ORDER BY day DESC, id DESC').all(customerId) as Row[]
  ).map(toAnswer);
}

export function getSurveyAnswer(db: Db, id: number): StoredSurveyAnswer | null {
  const r = db.prepare('SELECT * FROM survey_answers WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toAnswer(r) } : null;
}

export function insertSurveyAnswer(db: Db, customerId: number, a: NewSurveyAnswer): number {
  return Number(
    db
      .prepare('INSERT INTO survey_answers (customer_id, kind, day, score, comment, source) VALUES (?, ?, ?, ?, ?, ?)')
      .run(customerId, a.kind, a.day, a.score, a.comment, a.source).lastInsertRowid,
  );
}

/** Many answers in one transaction (an imported sheet). */
export function insertSurveyAnswers(db: Db, answers: readonly { customerId: number; answer: NewSurveyAnswer }[]): void {
  const insert = db.prepare('INSERT INTO survey_answers (customer_id, kind, day, score, comment, source) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const { customerId, answer: a } of answers) insert.run(customerId, a.kind, a.day, a.score, a.comment, a.source);
  }).immediate();
}

/** Typed answers keep their source (NULL); only kind, day, score and comment change. */
export function updateSurveyAnswer(db: Db, id: number, a: Omit<SurveyAnswer, 'id' | 'source'>): void {
  db.prepare('UPDATE survey_answers SET kind = ?, day = ?, score = ?, comment = ? WHERE id = ?').run(a.kind, a.day, a.score, a.comment, id);
}

export function setSurveyAnswerDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE survey_answers SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}

export type AnswerFactRow = { customerId: number; kind: SurveyAnswer['kind']; day: Day; score: number; comment: string | null };

/** Every answer not deleted, oldest first (reports, the latest answer per customer). */
export function allSurveyAnswers(db: Db): AnswerFactRow[] {
  return db
    .prepare(
      `SELECT customer_id AS customerId, kind, day, score, comment FROM survey_answers
        WHERE deleted_at IS NULL ORDER BY day, id`,
    )
    .all() as AnswerFactRow[];
}
