// One list of the agenda (overdue, or due): date, what kind of item, the customer (linked to its
// dossier), what to do, the owner, and "Registrar contato", which opens the activity form for
// that customer right under its row; an overdue purchase also "Feita" and "Adiar", and an owner
// chosen there when its account has none (purchase-controls.tsx).
import { Fragment, useRef } from 'react';
import type { AgendaItem, PurchaseMark } from '../../../shared/api/followup-api';
import type { Day } from '../../../shared/domain/calendar';
import type { Activity, TeamMember } from '../../../shared/kam/kam-types';
import { hrefFor } from '../../app/router';
import { ActivityForm } from '../../components/activity-form';
import { activityFormMessages } from '../../components/activity-form-messages';
import { ClassBadge } from '../../components/class-badge';
import { LikelyLosingFlag } from '../../components/likely-losing-flag';
import { ShowMore } from '../../components/show-more';
import { useMessages, useSettings } from '../../i18n/settings';
import { agendaMessages } from './agenda-messages';
import { PurchaseActions, PurchaseOwner, SnoozeForm } from './purchase-controls';

export const itemKey = (i: AgendaItem) => `${i.kind}-${i.code}-${i.sourceId ?? i.day}`;

type Props = {
  /** The items loaded so far; `total` in all, `onMore` asks for the next page. */
  items: AgendaItem[];
  total: number;
  loading: boolean;
  onMore(): void;
  today: Day;
  /** The KAM team; null while it is on its way. */
  team: TeamMember[] | null;
  /** The item whose activity form is open (its key), or whose snooze form is (`snooze:` and its key). */
  open: string | null;
  onOpen(key: string | null): void;
  onSaved(activity: Activity, code: string): void;
  /** Marks a purchase done or snoozed (null: back to overdue); true once saved. */
  onMark(item: AgendaItem, mark: PurchaseMark | null): Promise<boolean>;
  onChooseKam(item: AgendaItem, member: TeamMember): void;
  busy: boolean;
  testId: string;
};

export function AgendaTable({ items, total, loading, onMore, today, team, open, onOpen, onSaved, onMark, onChooseKam, busy, testId }: Props) {
  const m = useMessages(agendaMessages);
  const ma = useMessages(activityFormMessages);
  const { fmt } = useSettings();
  const openers = useRef(new Map<string, HTMLButtonElement>());

  const when = (day: Day) => (day === today ? m.today : day < today ? m.daysLate(today - day) : m.inDays(day - today));
  const what = (i: AgendaItem) => {
    if (!i.purchase) return i.what;
    const expected = m.purchaseWhat(fmt.day(i.purchase.expected), i.purchase.cycleDays, i.purchase.recencyDays);
    return i.purchase.snoozedUntil === null ? expected : `${expected} ${m.snoozedUntil(fmt.day(i.purchase.snoozedUntil))}.`;
  };
  const owner = (id: number | null) => (id === null ? '—' : (team?.find((t) => t.id === id)?.name ?? '—'));
  const close = (key: string) => {
    onOpen(null);
    // Back to the button that opened the form, for the keyboard.
    requestAnimationFrame(() => openers.current.get(key)?.focus());
  };

  return (
    <>
      <table className="data agenda-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{m.day}</th>
            <th>{m.kind}</th>
            <th>{m.customer}</th>
            <th>{m.what}</th>
            <th>{m.owner}</th>
            <th>{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((i) => {
            const key = itemKey(i);
            const customer = i.name ? `${i.code} · ${i.name}` : i.code;
            return (
              <Fragment key={key}>
                <tr className={i.overdue ? 'overdue' : undefined} data-testid={`agenda-item-${i.kind}-${i.code}`}>
                  <td>
                    {fmt.day(i.day)} <span className="muted when">{when(i.day)}</span>
                  </td>
                  <td>
                    <span className={`item-kind kind-${i.kind}`}>{m.kinds[i.kind]}</span>
                    {i.activityKind && <span className="muted"> · {ma.kinds[i.activityKind]}</span>}
                  </td>
                  <td className="customer-cell">
                    <ClassBadge value={i.abc} />{' '}
                    <a href={hrefFor('dossier', { code: i.code })} title={m.openDossier(customer)}>
                      {i.code}
                    </a>{' '}
                    <span className="customer-name">{i.name ?? ''}</span> <LikelyLosingFlag likelyLosing={i.likelyLosing} pAlive={i.pAlive} />
                  </td>
                  <td className="what-cell">{what(i)}</td>
                  <td>{i.purchase !== null ? <PurchaseOwner item={i} team={team} customer={customer} onChooseKam={onChooseKam} /> : owner(i.ownerId)}</td>
                  <td className="actions-cell">
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) openers.current.set(key, el);
                        else openers.current.delete(key);
                      }}
                      aria-expanded={open === key}
                      aria-label={m.logContactFor(customer)}
                      onClick={() => onOpen(open === key ? null : key)}
                      data-testid={`log-${i.kind}-${i.code}`}
                    >
                      {m.logContact}
                    </button>
                    {i.purchase !== null && (
                      <PurchaseActions
                        item={i}
                        customer={customer}
                        busy={busy}
                        snoozing={open === `snooze:${key}`}
                        onSnooze={() => onOpen(open === `snooze:${key}` ? null : `snooze:${key}`)}
                        onMark={onMark}
                      />
                    )}
                  </td>
                </tr>
                {open === `snooze:${key}` && (
                  <tr className="form-row">
                    <td colSpan={6}>
                      <SnoozeForm item={i} today={today} customer={customer} busy={busy} onMark={onMark} onClose={() => onOpen(null)} />
                    </td>
                  </tr>
                )}
                {open === key && (
                  <tr className="form-row">
                    <td colSpan={6}>
                      <ActivityForm
                        code={i.code}
                        customerName={i.name}
                        onCancel={() => close(key)}
                        onSaved={(activity, code) => {
                          onSaved(activity, code);
                          close(key);
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <ShowMore shown={items.length} total={total} loading={loading} onMore={onMore} testId={`${testId}-more`} />
    </>
  );
}
