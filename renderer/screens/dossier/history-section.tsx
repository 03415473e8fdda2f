// Section 2 (seed 002): the relationship history — automatic from the sales and the stored runs
// (first purchase, yearly revenue and margin, orders, average ticket, top products, the class
// in each run, the monthly chart), and entered by hand (proposals won or lost and why,
// deliveries, meetings, complaints).
import type { Dossier } from '../../../shared/api/customers-api';
import { dayOfIso, type Day } from '../../../shared/domain/calendar';
import { EVENT_KINDS, type RelationshipEvent } from '../../../shared/kam/kam-types';
import { PROPOSAL_OUTCOMES } from '../../../shared/kam/record-input';
import { useReportError } from '../../app/errors';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { StatusPill } from '../portfolio/status-pill';
import { dossierMessages } from './dossier-messages';
import { cents, centsText, day, dayText, text, type FormValues } from './form-values';
import { MonthlyChart } from './monthly-chart';
import { ProposalOutcome, ProposalsSummary } from './proposal-outcome';
import { RecordForm, RecordRow, type FieldSpec } from './record-form';
import type { DossierEditor } from './use-dossier-editor';

type Props = { dossier: Dossier; editor: DossierEditor | null; today: Day };

export function HistorySection({ dossier, editor, today }: Props) {
  const m = useMessages(dossierMessages);
  const h = m.history;
  const { fmt, locale } = useSettings();
  const report = useReportError();
  const { history } = dossier;
  const hasSales = history.firstPurchase !== null;

  const fields: FieldSpec[] = [
    { key: 'kind', label: h.kind, type: 'select', options: EVENT_KINDS.map((k) => [k, h.kinds[k]]) },
    { key: 'day', label: h.day, type: 'date', required: true },
    { key: 'title', label: h.titleField, required: true },
    { key: 'outcome', label: h.outcome, type: 'select', options: PROPOSAL_OUTCOMES.map((o) => [o, h.outcomes[o]]), when: (v) => v.kind === 'proposal' },
    { key: 'reason', label: h.reason, when: (v) => v.kind === 'proposal' },
    { key: 'amount', label: h.amount, type: 'money' },
    { key: 'notes', label: h.notes, type: 'textarea' },
  ];
  const blank: FormValues = { kind: 'meeting', day: fmt.day(today), title: '', outcome: 'open', reason: '', amount: '', notes: '' };
  const valuesOf = (e: RelationshipEvent): FormValues => ({
    kind: e.kind,
    day: dayText(e.day, fmt),
    title: e.title,
    outcome: e.outcome ?? 'open',
    reason: e.reason ?? '',
    amount: centsText(e.amount, locale),
    notes: e.notes ?? '',
  });
  const save = async (v: FormValues, id?: number) => {
    if (!editor) return false;
    const kind = EVENT_KINDS.find((k) => k === v.kind) ?? 'meeting';
    const amount = cents(v.amount, locale);
    if (Number.isNaN(amount)) {
      report(new Error(m.record.badAmount(v.amount ?? '')));
      return false;
    }
    const proposal = kind === 'proposal';
    return editor.save('event', {
      ...(id === undefined ? {} : { id }),
      kind,
      day: day(v.day, locale) ?? today,
      title: v.title ?? '',
      notes: text(v.notes),
      outcome: proposal ? (PROPOSAL_OUTCOMES.find((o) => o === v.outcome) ?? 'open') : null,
      reason: proposal ? text(v.reason) : null,
      amount,
    });
  };

  return (
    <section className="dossier-section panel" aria-labelledby="sec-history">
      <h2 id="sec-history">{m.sections.history}</h2>
      <h3>{h.automatic}</h3>
      {!hasSales ? (
        <p className="muted">{h.noSales}</p>
      ) : (
        <>
          <p>
            {h.firstPurchase}: <strong>{fmt.day(history.firstPurchase)}</strong> · {h.lastPurchase}: <strong>{fmt.day(history.lastPurchase)}</strong>
          </p>
          <div className="info-row">
            <table className="data compact yearly" data-testid="yearly">
              <thead>
                <tr>
                  <th>{h.year}</th>
                  <th className="num">{h.revenue}</th>
                  <th className="num">{h.margin}</th>
                  <th className="num">{h.orders}</th>
                  <th className="num">{h.averageTicket}</th>
                </tr>
              </thead>
              <tbody>
                {history.yearly.map((y) => (
                  <tr key={y.year}>
                    <td>{y.year}</td>
                    <td className="num">{fmt.money(y.revenue)}</td>
                    <td className="num">{fmt.money(y.margin)}</td>
                    <td className="num">{fmt.integer(y.orders)}</td>
                    <td className="num">{fmt.money(y.averageTicket)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {history.topProducts.length > 0 && (
              <table className="data compact top-products">
                <thead>
                  <tr>
                    <th>{h.topProducts}</th>
                    <th className="num">{h.revenue}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.topProducts.map((p) => (
                    <tr key={p.product}>
                      <td>{p.product}</td>
                      <td className="num">{fmt.money(p.revenue)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {history.classes.length > 0 && (
              <table className="data compact classes">
                <thead>
                  <tr>
                    <th colSpan={3}>{h.classes}</th>
                  </tr>
                </thead>
                <tbody>
                  {history.classes.map((c) => (
                    <tr key={c.runId}>
                      <td>{h.runTo(c.runId, fmt.day(dayOfIso(c.windowTo)))}</td>
                      <td>
                        {c.abc === null ? <span className="muted">{h.absent}</span> : <><ClassBadge value={c.abc} /> <ClassBadge value={c.xyz} /></>}
                      </td>
                      <td>{c.status && <StatusPill status={c.status} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <h3>{h.monthly}</h3>
          <MonthlyChart monthly={history.monthly} />
        </>
      )}
      <h3>{h.entries}</h3>
      {editor && <p className="muted small no-print">{h.entriesHint}</p>}
      <ProposalsSummary events={dossier.events} />
      {dossier.events.length === 0 ? (
        <p className="muted">{h.noEntries}</p>
      ) : (
        <table className="data compact records" data-testid="events">
          <thead>
            <tr>
              <th>{h.day}</th>
              <th>{h.kind}</th>
              <th>{h.titleField}</th>
              <th>{h.outcome}</th>
              <th className="num">{h.amount}</th>
              <th>{h.notes}</th>
              {editor && <th className="no-print" />}
            </tr>
          </thead>
          <tbody>
            {dossier.events.map((e) => (
              <RecordRow
                key={e.id}
                testId={`event-${e.id}`}
                cells={[
                  fmt.day(e.day),
                  h.kinds[e.kind],
                  e.title,
                  e.kind === 'proposal' ? <ProposalOutcome event={e} editable={editor !== null} onChange={(outcome) => void save({ ...valuesOf(e), outcome }, e.id)} /> : '',
                  e.amount === null ? '' : fmt.money(e.amount),
                  e.notes ?? '',
                ]}
                numeric={[4]}
                fields={fields}
                initial={valuesOf(e)}
                onSave={(v) => save(v, e.id)}
                onDelete={() => editor!.remove('event', e.id, e.title)}
                editable={editor !== null}
              />
            ))}
          </tbody>
        </table>
      )}
      {editor && <RecordForm fields={fields} initial={blank} submitLabel={h.add} onSubmit={(v) => save(v)} testId="event-form" />}
    </section>
  );
}

