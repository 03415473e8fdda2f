// A proposal's result in the dossier's relationship entries: open, won or lost, set with one
// choice in its row (saved at once; the reason and amount stay in the row's form), coloured, and
// the proposals summed up above the entries (how many of each, their amounts, the share won of
// those decided). Printed as text.
import type { RelationshipEvent } from '../../../shared/kam/kam-types';
import { PROPOSAL_OUTCOMES } from '../../../shared/kam/record-input';
import { useMessages, useSettings } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';
import { proposalMessages } from './proposal-messages';

type Outcome = (typeof PROPOSAL_OUTCOMES)[number];

type Props = { event: RelationshipEvent; editable: boolean; onChange(outcome: Outcome): void };

export function ProposalOutcome({ event, editable, onChange }: Props) {
  const h = useMessages(dossierMessages).history;
  const m = useMessages(proposalMessages);
  const outcome = event.outcome ?? 'open';
  const reason = event.reason ? <span className="outcome-reason"> — {event.reason}</span> : null;
  const text = <span className={`outcome outcome-${outcome}`}>{h.outcomes[outcome]}</span>;
  if (!editable)
    return (
      <>
        {text}
        {reason}
      </>
    );
  return (
    <>
      <select
        className={`outcome-select outcome-${outcome} screen-only`}
        value={outcome}
        aria-label={m.outcomeOf(event.title)}
        onChange={(e) => onChange(PROPOSAL_OUTCOMES.find((o) => o === e.target.value) ?? 'open')}
        data-testid={`outcome-${event.id}`}
      >
        {PROPOSAL_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {h.outcomes[o]}
          </option>
        ))}
      </select>
      <span className="print-only">{text}</span>
      {reason}
    </>
  );
}

/** "Propostas: 1 em aberto (R$ 10.000,00) · 2 ganhas (R$ 58.500,00) · 1 perdida (R$ 48.500,00) · 67 % das decididas foram ganhas". */
export function ProposalsSummary({ events }: { events: RelationshipEvent[] }) {
  const m = useMessages(proposalMessages);
  const { fmt } = useSettings();
  const proposals = events.filter((e) => e.kind === 'proposal');
  if (proposals.length === 0) return null;
  const of = (o: Outcome) => proposals.filter((e) => (e.outcome ?? 'open') === o);
  const part = (o: Outcome) => {
    const list = of(o);
    const amounts = list.filter((e) => e.amount !== null);
    const amount = amounts.length > 0 ? ` (${fmt.money(amounts.reduce((s, e) => s + e.amount!, 0))})` : '';
    return `${m[o](list.length, fmt.integer(list.length))}${amount}`;
  };
  const won = of('won').length;
  const decided = won + of('lost').length;
  const parts = PROPOSAL_OUTCOMES.filter((o) => of(o).length > 0).map(part);
  if (decided > 0) parts.push(m.winRate(fmt.percent(won / decided, 0)));
  return (
    <p className="proposals-summary" data-testid="proposals-summary">
      <strong>{m.title}:</strong> {parts.join(' · ')}
    </p>
  );
}
