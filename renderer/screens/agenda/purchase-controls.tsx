// An overdue purchase's own controls in the agenda: its owner (the account's KAM, else its seller
// from the team, else a choice of KAM right there), and "Feita" / "Adiar" (until a day typed as
// the screen shows days, a week ahead by default, in a form under the row), or "Trazer de volta"
// when it is snoozed. The screen saves the mark ('agenda/mark-purchase') and offers to undo it.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { AgendaItem, PurchaseMark } from '../../../shared/api/followup-api';
import type { Day } from '../../../shared/domain/calendar';
import type { TeamMember } from '../../../shared/kam/kam-types';
import { hrefFor } from '../../app/router';
import { dayProblemText, isDayProblem, readDayText } from '../../components/day-text';
import { useMessages, useSettings } from '../../i18n/settings';
import { agendaMessages } from './agenda-messages';

/** How far a snooze goes when the day offered is kept: a week. */
const SNOOZE_DAYS = 7;

/** `team`: null while it is on its way (then nothing is said of the owner, least of all that there is no team). */
type OwnerProps = { item: AgendaItem; team: TeamMember[] | null; customer: string; onChooseKam(item: AgendaItem, member: TeamMember): void };

export function PurchaseOwner({ item, team, customer, onChooseKam }: OwnerProps) {
  const m = useMessages(agendaMessages);
  if (team === null) return <span data-testid={`owner-${item.code}`} />;
  const name = item.ownerId === null ? undefined : team.find((t) => t.id === item.ownerId)?.name;
  if (name !== undefined)
    return (
      <span data-testid={`owner-${item.code}`}>
        {name}
        {item.ownerVia === 'seller' && (
          <span className="muted owner-via" title={m.ownerBySellerTitle}>
            {' '}
            · {m.ownerBySeller}
          </span>
        )}
      </span>
    );
  if (team.length === 0)
    return (
      <a href={hrefFor('portfolio')} className="muted" data-testid={`owner-${item.code}`}>
        {m.noTeam}
      </a>
    );
  return (
    <select
      value=""
      aria-label={m.chooseKamFor(customer)}
      onChange={(e) => {
        const member = team.find((t) => String(t.id) === e.target.value);
        if (member) onChooseKam(item, member);
      }}
      data-testid={`owner-${item.code}`}
    >
      <option value="">{m.chooseKam}</option>
      {team.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </select>
  );
}

type ActionsProps = { item: AgendaItem; customer: string; busy: boolean; snoozing: boolean; onSnooze(): void; onMark(item: AgendaItem, mark: PurchaseMark | null): Promise<boolean> };

export function PurchaseActions({ item, customer, busy, snoozing, onSnooze, onMark }: ActionsProps) {
  const m = useMessages(agendaMessages);
  return (
    <>
      <button type="button" disabled={busy} aria-label={m.doneFor(customer)} onClick={() => void onMark(item, { state: 'done' })} data-testid={`done-${item.code}`}>
        {m.done}
      </button>
      {(item.purchase?.snoozedUntil ?? null) !== null ? (
        <button type="button" disabled={busy} aria-label={m.resumeFor(customer)} onClick={() => void onMark(item, null)} data-testid={`resume-${item.code}`}>
          {m.resume}
        </button>
      ) : (
        <button type="button" disabled={busy} aria-expanded={snoozing} aria-label={m.snoozeFor(customer)} onClick={onSnooze} data-testid={`snooze-${item.code}`}>
          {m.snooze}
        </button>
      )}
    </>
  );
}

type SnoozeProps = { item: AgendaItem; today: Day; customer: string; busy: boolean; onMark(item: AgendaItem, mark: PurchaseMark | null): Promise<boolean>; onClose(): void };

/** "Adiar até", under the purchase's row: a week ahead by default; a day typed is checked here first. */
export function SnoozeForm({ item, today, customer, busy, onMark, onClose }: SnoozeProps) {
  const m = useMessages(agendaMessages);
  const { fmt, locale } = useSettings();
  const id = useId();
  const [until, setUntil] = useState(() => fmt.day(today + SNOOZE_DAYS));
  const [problem, setProblem] = useState<string | null>(null);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.select(), []);

  const snooze = async (e: FormEvent) => {
    e.preventDefault();
    const read = readDayText(until, locale);
    if (read === null) return setProblem(m.snoozeEmpty);
    if (isDayProblem(read)) return setProblem(dayProblemText(read, locale));
    if (read.day <= today) return setProblem(m.snoozeNotAfterToday(fmt.day(today)));
    if (await onMark(item, { state: 'snoozed', until: read.day })) onClose();
  };

  return (
    <form className="snooze-form" onSubmit={snooze} onKeyDown={(e) => e.key === 'Escape' && onClose()} aria-label={m.snoozeFor(customer)} data-testid={`snooze-form-${item.code}`}>
      <label htmlFor={`${id}-until`}>{m.snoozeUntil}</label>
      <input
        id={`${id}-until`}
        ref={field}
        value={until}
        onChange={(e) => setUntil(e.target.value)}
        size={11}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-problem` : undefined}
        data-testid={`snooze-until-${item.code}`}
      />
      <button type="submit" className="primary" disabled={busy}>
        {m.snoozeConfirm}
      </button>
      <button type="button" onClick={onClose}>
        {m.cancel}
      </button>
      {problem && (
        <p className="field-error" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
