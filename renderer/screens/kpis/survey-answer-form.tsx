// "Registrar uma resposta": one NPS or CSAT answer typed where the indicators are (customer,
// date, score, comment), checked in the user's language before it is sent ('records/save' of a
// survey answer, the same rules as an imported sheet: shared/kam/satisfaction.ts SCORE_RANGE),
// then counted at once; "Desfazer" takes it back.
import { useId, useState, type FormEvent } from 'react';
import type { SurveyAnswer, SurveyKind } from '../../../shared/kam/kam-types';
import { SCORE_RANGE } from '../../../shared/kam/satisfaction';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { CustomerInput } from '../../components/customer-input';
import { findCustomer } from '../../components/customer-lookup';
import { dayProblemText, isDayProblem, readDayText } from '../../components/day-text';
import { localToday } from '../../components/local-today';
import { useUndoOffer } from '../../components/undo-notice';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';
import { surveyAnswerMessages } from './survey-answer-messages';

const KIND_NAME: Record<SurveyKind, string> = { nps: 'NPS', csat: 'CSAT' };

export function SurveyAnswerForm({ onSaved }: { onSaved(): void }) {
  const m = useMessages(surveyAnswerMessages);
  const k = useMessages(kpisMessages);
  const { fmt, locale } = useSettings();
  const report = useReportError();
  const undo = useUndoOffer();
  const id = useId();
  const [kind, setKind] = useState<SurveyKind>('nps');
  const [customerText, setCustomerText] = useState('');
  const [day, setDay] = useState(() => fmt.day(localToday()));
  const [score, setScore] = useState('');
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { min, max } = SCORE_RANGE[kind];

  /** The answer as typed, or why it cannot be saved, in the user's words. */
  const check = async (): Promise<{ code: string; name: string | null; record: Omit<SurveyAnswer, 'id' | 'source'> } | string> => {
    const dayRead = readDayText(day, locale);
    if (dayRead === null) return m.noDay;
    if (isDayProblem(dayRead)) return `${m.day}: ${dayProblemText(dayRead, locale)}`;
    const scoreText = score.trim();
    if (scoreText === '') return m.noScore(min, max);
    const value = /^\d{1,2}$/.test(scoreText) ? Number(scoreText) : Number.NaN;
    if (!(value >= min && value <= max)) return m.badScore(KIND_NAME[kind], scoreText, min, max);
    if (customerText.trim() === '') return m.noCustomer;
    const customer = await findCustomer(customerText);
    if (!customer) return m.unknownCustomer(customerText.trim());
    return { code: customer.code, name: customer.name, record: { kind, day: dayRead.day, score: value, comment: comment.trim() || null } };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const checked = await check();
      if (typeof checked === 'string') return setProblem(checked);
      setProblem(null);
      const saved = (await invoke('records/save', { kind: 'survey', code: checked.code, record: checked.record })) as SurveyAnswer;
      setScore('');
      setComment('');
      onSaved();
      const who = checked.name ? `${checked.code} · ${checked.name}` : checked.code;
      undo.offer(m.saved(KIND_NAME[saved.kind], saved.score, who, fmt.day(saved.day)), async () => {
        await invoke('records/delete', { kind: 'survey', id: saved.id });
        onSaved();
      });
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="survey-answer" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="survey-answer-form">
      <h3 id={`${id}-title`}>{m.title}</h3>
      <p className="muted hint">{m.hint}</p>
      <div className="row answer-row">
        <label className="field">
          {m.survey}
          <select value={kind} onChange={(e) => setKind(e.target.value === 'csat' ? 'csat' : 'nps')} data-testid="answer-kind">
            <option value="nps">{k.nps} (0–10)</option>
            <option value="csat">{k.csat} (1–5)</option>
          </select>
        </label>
        <label className="field customer-field">
          {m.customer}
          <CustomerInput listId={`${id}-customers`} value={customerText} onChange={setCustomerText} placeholder={m.customerHint} testId="answer-customer" />
        </label>
        <label className="field">
          {m.day}
          <input value={day} onChange={(e) => setDay(e.target.value)} placeholder={m.dayPlaceholder} size={11} data-testid="answer-day" />
        </label>
        <label className="field">
          {m.score} ({min}–{max})
          <input value={score} onChange={(e) => setScore(e.target.value)} inputMode="numeric" size={4} className="num" data-testid="answer-score" />
        </label>
        <label className="field grow">
          {m.comment}
          <input value={comment} onChange={(e) => setComment(e.target.value)} data-testid="answer-comment" />
        </label>
        <button type="submit" className="primary" disabled={busy} data-testid="answer-save">
          {busy ? m.saving : m.save}
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="answer-problem">
          {problem}
        </p>
      )}
      {undo.notice}
    </form>
  );
}
