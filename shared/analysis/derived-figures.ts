// Figures made from a customer's stored sums, the same wherever they are shown: in a run as it
// is made, in a run read back from the workspace, and in a dossier's years.

/** Revenue per order, in whole cents; null without an order. */
export const averageTicket = (revenue: number, orders: number): number | null => (orders > 0 ? Math.round(revenue / orders) : null);

/** Margin as a share of revenue; null without a known margin or a positive revenue. */
export const marginShare = (margin: number | null, revenue: number): number | null => (margin !== null && revenue > 0 ? margin / revenue : null);
