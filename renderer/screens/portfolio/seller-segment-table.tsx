// Seed 003, "the right seller for each kind of account": each seller's revenue, A customers and
// share of active customers in each segment, from the current analysis ('customers/seller-segment').
import type { SellerSegmentCell } from '../../../shared/api/customers-api';
import { useMessages, useSettings } from '../../i18n/settings';
import { portfolioMessages } from './portfolio-messages';

export function SellerSegmentTable({ cells }: { cells: SellerSegmentCell[] }) {
  const m = useMessages(portfolioMessages);
  const { fmt } = useSettings();
  return (
    <section className="panel seller-segment" aria-labelledby="seller-segment-title">
      <h2 id="seller-segment-title">{m.sellerSegmentTitle}</h2>
      <p className="muted">{m.sellerSegmentIntro}</p>
      {cells.length === 0 ? (
        <p className="muted">{m.sellerSegmentEmpty}</p>
      ) : (
        <table className="data" data-testid="seller-segment">
          <thead>
            <tr>
              <th>{m.ss.seller}</th>
              <th>{m.ss.segment}</th>
              <th className="num">{m.ss.customers}</th>
              <th className="num">{m.ss.revenue}</th>
              <th className="num">{m.ss.aCustomers}</th>
              <th className="num">{m.ss.activeShare}</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={`${c.seller ?? ''}\u0000${c.segment ?? ''}`}>
                <td>{c.seller ?? m.none}</td>
                <td>{c.segment ?? m.none}</td>
                <td className="num">{fmt.integer(c.customers)}</td>
                <td className="num">{fmt.money(c.revenue)}</td>
                <td className="num">{fmt.integer(c.aCustomers)}</td>
                <td className="num">{fmt.percent(c.activeShare, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
