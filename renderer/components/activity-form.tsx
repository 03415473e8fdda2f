// Logs an activity (call, visit, e-mail, meeting) of a customer through 'records/save': date
// (today by default), owner (a team member), notes and the next contact date, which the agenda
// then lists. Used by the agenda and the dossier. Without `code` it asks for the customer first.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ACTIVITY_KINDS, type Activity, type ActivityKind } from '../../shared/kam/kam-types';
import { invoke } from '../api';
import { useReportError } from '../app/errors';
import { useMessages, useSettings } from '../i18n/settings';
import { activityFormMessages } from './activity-form-messages';
import { CustomerInput } from './customer-input';
import { findCustomer } from './customer-lookup';
import { dayProblemText, isDayProblem, readDayText } from './day-text';
import { localToday } from './local-today';
import { useApiData } from './use-api-data';
import './activity-form.css';

type Props = {
  /** The customer; when absent (or null) the form shows a customer picker. */
  code?: string | null;
  /** Shown in the title instead of the bare code. */
  customerName?: string | null;
  onSaved?: (activity: Activity, code: string) => void;
  onCancel?: () => void;
  /** Focus the first field on open (the form was opened by a button press). */
  autoFocus?: boolean;
};

export function ActivityForm({ code, customerName, onSaved, onCancel, autoFocus = true }: Props) {
  const m = useMessages(activityFormMessages);
  const { fmt, locale } = useSettings();
  const report = useReportError();
  const id = useId();
  const team = useApiData('team', () => invoke('team/list', {}));
  const [customerText, setCustomerText] = useState('');
  const [kind, setKind] = useState<ActivityKind>('call');
  const [day, setDay] = useState(() => fmt.day(localToday()));
  const [ownerId, setOwnerId] = useState('');
  const [notes, setNotes] = useState('');
  const [next, setNext] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  // The first field (the customer picker, else the type) takes the focus when the form opens.
  useEffect(() => {
    if (autoFocus) form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, [autoFocus]);

  // The picker accepts a code, or a name typed exactly as listed.
  const picked = async (): Promise<{ code: string; name: string | null } | null> => {
    if (code) return { code, name: customerName ?? null };
    return findCustomer(customerText);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let customer: { code: string; name: string | null } | null;
    try {
      customer = await picked();
    } catch (err) {
      return report(err);
    }
    if (!customer) return setProblem(m.unknownCustomer(customerText.trim()));
    const dayRead = readDayText(day, locale);
    if (dayRead === null) return setProblem(m.badDay);
    if (isDayProblem(dayRead)) return setProblem(`${m.day}: ${dayProblemText(dayRead, locale)}`);
    const nextRead = readDayText(next, locale);
    if (isDayProblem(nextRead)) return setProblem(`${m.next}: ${dayProblemText(nextRead, locale)}`);
    const dayValue = dayRead.day;
    const nextValue = nextRead?.day ?? null;
    if (nextValue !== null && nextValue < dayValue) return setProblem(m.nextBeforeDay);
    setProblem(null);
    setBusy(true);
    try {
      const saved = await invoke('records/save', {
        kind: 'activity',
        code: customer.code,
        record: { kind, day: dayValue, ownerId: ownerId === '' ? null : Number(ownerId), notes: notes.trim() || null, nextContactDay: nextValue },
      });
      // Through the API table the generic handler's result is the union of all record kinds;
      // the 'activity' checker returns an Activity.
      onSaved?.(saved as Activity, customer.code);
      setNotes('');
      setNext('');
    } catch (err) {
      report(err);
    } finally {
      setBusy(false);
    }
  };

  const label = code ? (customerName ? `${code} · ${customerName}` : code) : null;
  return (
    <form
      ref={form}
      className="panel activity-form"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
      aria-labelledby={`${id}-title`}
      data-testid="activity-form"
    >
      <h3 id={`${id}-title`}>{label ? m.titleFor(label) : m.title}</h3>
      <div className="row">
        {!code && (
          <label className="field customer-field">
            {m.customer}
            <CustomerInput listId={`${id}-customers`} value={customerText} onChange={setCustomerText} placeholder={m.customerHint} required testId="activity-customer" />
          </label>
        )}
        <label className="field">
          {m.kind}
          <select value={kind} onChange={(e) => setKind(ACTIVITY_KINDS.find((k) => k === e.target.value) ?? 'call')} data-testid="activity-kind">
            {ACTIVITY_KINDS.map((k) => (
              <option key={k} value={k}>
                {m.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {m.day}
          <input value={day} onChange={(e) => setDay(e.target.value)} required placeholder={m.dayPlaceholder} size={11} data-testid="activity-day" />
        </label>
        <label className="field">
          {m.owner}
          <select value={ownerId} onChange={(e) => setOwnerId(e.target.value)} data-testid="activity-owner">
            <option value="">{m.noOwner}</option>
            {(team.data ?? []).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field" title={m.nextHint}>
          {m.next}
          <input value={next} onChange={(e) => setNext(e.target.value)} placeholder={m.dayPlaceholder} size={11} data-testid="activity-next" />
        </label>
      </div>
      <label className="field notes-field">
        {m.notes}
        <textarea value={notes} onChange={(e) => setNotes(e.target.value)} rows={2} data-testid="activity-notes" />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="row form-buttons">
        <button type="submit" className="primary" disabled={busy} data-testid="activity-save">
          {busy ? m.saving : m.save}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            {m.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
