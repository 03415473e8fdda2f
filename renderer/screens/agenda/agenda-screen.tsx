// The follow-up agenda ('agenda/list'): what is overdue and what is due within the next 7, 14 or
// 30 days (contacts, purchases the customer should have made, action-plan items), narrowed to
// one owner. Owner and horizon live in the address (#/agenda?owner=3&days=14), so a KAM can
// bookmark their own agenda. An overdue purchase marked done or snoozed can be undone from the
// notice. Each list comes a page at a time (a large workspace has tens of thousands of overdue
// purchases): the first pages together ('agenda/list'), the next on 'Mostrar mais'.
import { useRef, useState } from 'react';
import { AGENDA_PAGE, LOSING_PAGE, type Agenda, type AgendaItem, type LosingAccount, type PurchaseMark } from '../../../shared/api/followup-api';
import type { Activity, TeamMember } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { navigate } from '../../app/router';
import { ActivityForm } from '../../components/activity-form';
import { useUndoOffer } from '../../components/undo-notice';
import { useApiData } from '../../components/use-api-data';
import { usePagedList } from '../../components/use-paged-list';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { agendaMessages } from './agenda-messages';
import { AgendaTable } from './agenda-table';
import { LosingAccounts } from './losing-accounts';
import './agenda.css';

const HORIZONS = [7, 14, 30] as const;
const KINDS = ['contact', 'purchase', 'action'] as const satisfies readonly AgendaItem['kind'][];

export function AgendaScreen({ route }: ScreenProps) {
  const m = useMessages(agendaMessages);
  const { fmt } = useSettings();
  const days = HORIZONS.find((d) => String(d) === route.params.days) ?? 7;
  const kind = KINDS.find((k) => k === route.params.kind);
  const ownerParam = Number(route.params.owner);
  const ownerId = Number.isSafeInteger(ownerParam) && ownerParam > 0 ? ownerParam : undefined;
  // Bumped after a contact is logged, to load the agenda again.
  const [version, setVersion] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const undo = useUndoOffer();
  const report = useReportError();
  const team = useApiData('team', () => invoke('team/list', {}));
  const filter = { days, ...(ownerId ? { ownerId } : {}), ...(kind ? { kind } : {}) };
  const key = `${days}/${ownerId ?? ''}/${kind ?? ''}/${version}`;
  // The first page of the three lists comes in one answer, asked once per key by whichever list loads first.
  const first = useRef<{ key: string; answer: Promise<Agenda> } | null>(null);
  // The day, horizon and count of each kind of the last answer (kept while the next key loads, as the lists are).
  const [summary, setSummary] = useState<(Pick<Agenda, 'today' | 'kinds'> & { days: number }) | null>(null);
  const firstOf = (forKey: string) => {
    if (first.current?.key !== forKey) {
      const answer = invoke('agenda/list', filter);
      first.current = { key: forKey, answer };
      answer.then(
        (a) => first.current?.key === forKey && setSummary({ today: a.today, kinds: a.kinds, days: filter.days }),
        () => undefined,
      );
    }
    return first.current.answer;
  };
  const overdue = usePagedList<AgendaItem>(
    key,
    (offset, limit) => (offset === 0 ? firstOf(key).then((a) => a.overdue) : invoke('agenda/page', { ...filter, list: 'overdue', offset, limit })),
    AGENDA_PAGE,
  );
  // Their errors are the overdue list's (one answer): reported once.
  const quiet = <T,>(p: Promise<T>) => p.catch(() => new Promise<T>(() => undefined));
  const due = usePagedList<AgendaItem>(
    key,
    (offset, limit) => (offset === 0 ? quiet(firstOf(key).then((a) => a.due)) : invoke('agenda/page', { ...filter, list: 'due', offset, limit })),
    AGENDA_PAGE,
  );
  const losing = usePagedList<LosingAccount>(
    `${ownerId ?? ''}/${version}`,
    (offset, limit) => (offset === 0 ? quiet(firstOf(key).then((a) => a.losing)) : invoke('agenda/losing', { ...(ownerId ? { ownerId } : {}), offset, limit })),
    LOSING_PAGE,
  );
  const members = team.data ?? [];

  const setFilter = (params: { owner?: number; days?: number; kind?: string }) =>
    navigate('agenda', { owner: ownerId, days: days === 7 ? undefined : days, kind, ...params });
  const saved = (_activity: Activity, code: string) => {
    setNotice(m.saved(code));
    setVersion((v) => v + 1);
  };
  const reload = () => setVersion((v) => v + 1);
  const customerOf = (i: AgendaItem) => (i.name ? `${i.code} · ${i.name}` : i.code);
  const mark = async (i: AgendaItem, next: PurchaseMark | null): Promise<boolean> => {
    if (busy || i.purchase === null) return false;
    const { lastPurchase } = i.purchase;
    const setMark = (mark: PurchaseMark | null) => invoke('agenda/mark-purchase', { code: i.code, lastPurchase, mark });
    setBusy(true);
    try {
      const { previous } = await setMark(next);
      reload();
      const customer = customerOf(i);
      undo.offer(next === null ? m.markedResumed(customer) : next.state === 'done' ? m.markedDone(customer) : m.markedSnoozed(customer, fmt.day(next.until)), async () => {
        await setMark(previous);
        reload();
      });
      return true;
    } catch (e) {
      report(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const chooseKam = async (i: AgendaItem, member: TeamMember) => {
    try {
      await invoke('customers/update', { code: i.code, patch: { kamId: member.id } });
      setNotice(m.kamSet(customerOf(i), member.name));
      reload();
    } catch (e) {
      report(e);
    }
  };

  const kinds = summary?.kinds ?? { contact: 0, purchase: 0, action: 0 };
  const today = summary?.today ?? 0;
  const paging = (list: typeof overdue) => ({ total: list.total, loading: list.loading, onMore: list.more });
  return (
    <div className="agenda">
      <h1>{m.title}</h1>
      <p className="muted">{m.intro}</p>
      <div className="row agenda-toolbar">
        <label className="field">
          {m.owner}
          <select value={ownerId ?? ''} onChange={(e) => setFilter({ owner: e.target.value ? Number(e.target.value) : undefined })} data-testid="agenda-owner">
            <option value="">{m.everyone}</option>
            {members.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {m.ahead}
          <select value={days} onChange={(e) => setFilter({ days: Number(e.target.value) })} data-testid="agenda-days">
            {HORIZONS.map((d) => (
              <option key={d} value={d}>
                {m.aheadOption(d)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          {m.kindFilter}
          <select value={kind ?? ''} onChange={(e) => setFilter({ kind: e.target.value || undefined })} data-testid="agenda-kind">
            <option value="">{m.allKinds(fmt.integer(kinds.contact + kinds.purchase + kinds.action))}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {m.kindCount(m.kindsPlural[k], fmt.integer(kinds[k]))}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => setCreating((c) => !c)} aria-expanded={creating} data-testid="agenda-new">
          {m.newContact}
        </button>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="agenda-notice">
          {notice}
        </p>
      )}
      {creating && (
        <ActivityForm
          onCancel={() => setCreating(false)}
          onSaved={(a, code) => {
            saved(a, code);
            setCreating(false);
          }}
        />
      )}
      {overdue.rows === null || due.rows === null || summary === null ? (
        <p className="muted">{m.loading}</p>
      ) : (
        <>
          {losing.rows !== null && losing.total > 0 && <LosingAccounts accounts={losing.rows} total={losing.total} loading={losing.loading} onMore={losing.more} />}
          <section className="agenda-section" aria-labelledby="agenda-overdue-title">
            <h2 id="agenda-overdue-title">
              {m.overdueTitle} <span className="muted">{m.count(overdue.total)}</span>
            </h2>
            {overdue.total === 0 ? (
              <p className="muted">{m.noneOverdue}</p>
            ) : (
              <AgendaTable items={overdue.rows} {...paging(overdue)} today={today} team={team.data ?? null} open={open} onOpen={setOpen} onSaved={saved} onMark={mark} onChooseKam={chooseKam} busy={busy} testId="agenda-overdue" />
            )}
          </section>
          <section className="agenda-section" aria-labelledby="agenda-due-title">
            <h2 id="agenda-due-title">
              {m.dueTitle(summary.days)} <span className="muted">{m.count(due.total)}</span>
            </h2>
            {due.total === 0 ? (
              <p className="muted">{m.noneDue}</p>
            ) : (
              <AgendaTable items={due.rows} {...paging(due)} today={today} team={team.data ?? null} open={open} onOpen={setOpen} onSaved={saved} onMark={mark} onChooseKam={chooseKam} busy={busy} testId="agenda-due" />
            )}
          </section>
        </>
      )}
      {undo.notice}
    </div>
  );
}
