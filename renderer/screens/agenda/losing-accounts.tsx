// The agenda's list of key accounts probably being lost (A or B with P(alive) under 50 % in the
// current analysis): each linked to its dossier, with its chance of still buying and its last
// purchase, the lowest chance first — the accounts to call before they are gone.
import type { LosingAccount } from '../../../shared/api/followup-api';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { chanceText } from '../../components/clv-explained';
import { ShowMore } from '../../components/show-more';
import { useMessages, useSettings } from '../../i18n/settings';
import { agendaMessages } from './agenda-messages';

type Props = { accounts: LosingAccount[]; total: number; loading: boolean; onMore(): void };

/** `accounts`: those loaded so far (a page at a time), of `total`. */
export function LosingAccounts({ accounts, total, loading, onMore }: Props) {
  const m = useMessages(agendaMessages);
  const { fmt } = useSettings();
  return (
    <section className="agenda-section losing-accounts" aria-labelledby="agenda-losing-title" data-testid="agenda-losing">
      <h2 id="agenda-losing-title">
        {m.losingTitle} <span className="muted">{m.count(total)}</span>
      </h2>
      <p className="muted hint">{m.losingIntro}</p>
      <table className="data losing-table">
        <thead>
          <tr>
            <th>{m.customer}</th>
            <th className="num">{m.losingChance}</th>
            <th>{m.losingLast}</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => (
            <tr key={a.code} data-testid={`losing-${a.code}`}>
              <td className="customer-cell">
                <ClassBadge value={a.abc} /> <a href={hrefFor('dossier', { code: a.code })}>{a.code}</a> <span className="customer-name">{a.name ?? ''}</span>
              </td>
              <td className="num">{chanceText(a.pAlive, fmt)}</td>
              <td>{a.lastPurchase === null ? '—' : fmt.day(a.lastPurchase)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore shown={accounts.length} total={total} loading={loading} onMore={onMore} testId="agenda-losing-more" />
    </section>
  );
}
