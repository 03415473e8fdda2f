// The seller × segment table (seed 003, "the right seller for each kind of account"): per
// (effective seller, effective segment) of a run's customers, how many, their revenue, how many
// are A, and the share active (status active or at risk). Largest revenue first.
import type { AbcClass, Status } from '../analysis/result-types';
import type { SellerSegmentCell } from '../api/customers-api';

export type SellerSegmentInput = { seller: string | null; segment: string | null; revenue: number; abc: AbcClass; status: Status };

export function sellerSegmentTable(rows: Iterable<SellerSegmentInput>): SellerSegmentCell[] {
  const cells = new Map<string, SellerSegmentCell & { active: number }>();
  for (const r of rows) {
    const key = JSON.stringify([r.seller, r.segment]);
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { seller: r.seller, segment: r.segment, customers: 0, revenue: 0, aCustomers: 0, activeShare: 0, active: 0 }));
    cell.customers++;
    cell.revenue += r.revenue;
    if (r.abc === 'A') cell.aCustomers++;
    if (r.status === 'active' || r.status === 'at risk') cell.active++;
  }
  return [...cells.values()]
    .map(({ active, ...c }) => ({ ...c, activeShare: c.customers === 0 ? 0 : active / c.customers }))
    .sort((p, q) => q.revenue - p.revenue || text(p.seller).localeCompare(text(q.seller)) || text(p.segment).localeCompare(text(q.segment)));
}

const text = (s: string | null) => s ?? '';
