// The dense portfolio table: one row per customer (grouped by KAM, seller or segment when asked),
// class badges, money and days formatted for the locale. A row opens the customer's dossier on
// click or Enter, so the table works from the keyboard.
import type { PortfolioRow } from '../../../shared/kam/kam-types';
import { navigate } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import type { RowGroup } from './portfolio-filter';
import { portfolioMessages } from './portfolio-messages';
import { StatusPill } from './status-pill';

const COLUMNS = 14;

export function PortfolioTable({ groups, grouped }: { groups: RowGroup[]; grouped: boolean }) {
  const m = useMessages(portfolioMessages);
  const { fmt } = useSettings();
  const c = m.col;
  return (
    <div className="portfolio-table-wrap">
      <table className="data portfolio-table" data-testid="portfolio-table">
        <thead>
          <tr>
            <th>{c.code}</th>
            <th>{c.name}</th>
            <th>{c.abc}</th>
            <th>{c.xyz}</th>
            <th>{c.status}</th>
            <th>{c.kam}</th>
            <th>{c.seller}</th>
            <th>{c.segment}</th>
            <th className="num">{c.revenue}</th>
            <th>{c.lastPurchase}</th>
            <th>{c.nextContact}</th>
            <th className="num">{c.threeP}</th>
            <th className="num">{c.health}</th>
            <th>{c.tags}</th>
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            {grouped && (
              <tr className="group-row">
                <th colSpan={COLUMNS}>{m.groupLine(g.name ?? m.none, fmt.integer(g.rows.length), fmt.money(g.revenue))}</th>
              </tr>
            )}
            {g.rows.map((r) => (
              <Row key={r.code} row={r} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function Row({ row: r }: { row: PortfolioRow }) {
  const m = useMessages(portfolioMessages);
  const { fmt } = useSettings();
  const open = () => navigate('dossier', { code: r.code });
  return (
    <tr
      tabIndex={0}
      className="portfolio-row"
      data-code={r.code}
      title={m.openTitle(r.name ?? r.code)}
      onClick={open}
      onKeyDown={(e) => {
        if (e.key === 'Enter') open();
      }}
    >
      <td>{r.code}</td>
      <td className="name-cell">{r.name ?? ''}</td>
      <td>
        <ClassBadge value={r.abc} />
      </td>
      <td>
        <ClassBadge value={r.xyz} />
      </td>
      <td>
        <StatusPill status={r.status} />
      </td>
      <td>{r.kamName ?? ''}</td>
      <td>{r.seller ?? ''}</td>
      <td>{r.segment ?? ''}</td>
      <td className="num">{r.revenue === null ? '' : fmt.money(r.revenue)}</td>
      <td>{r.lastPurchase === null ? '' : fmt.day(r.lastPurchase)}</td>
      <td>{r.nextContactDay === null ? '' : fmt.day(r.nextContactDay)}</td>
      <td className="num" title={m.threePTitle(r.threeP)}>
        {r.threeP}/3
      </td>
      <td className="num">{r.health === null ? '' : fmt.integer(r.health)}</td>
      <td className="tags-cell">{r.tags.join(', ')}</td>
    </tr>
  );
}
