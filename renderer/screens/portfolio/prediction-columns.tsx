// The portfolio's columns of predicted figures (the current analysis' models): P(alive) as a
// percentage, expected purchases in 90 days, predicted revenue and CLV of the next 12 months,
// titled as the customer grid and the workbook title them (shared/format/labels.ts).
import type { Labels } from '../../../shared/format/labels';
import type { PortfolioRow } from '../../../shared/kam/kam-types';
import { chanceText } from '../../components/clv-explained';
import { useSettings } from '../../i18n/settings';
import type { SortKey } from './portfolio-sort';

type PredictionKey = Extract<SortKey, 'pAlive' | 'expectedPurchases90d' | 'predictedRevenue12m' | 'clv12m'>;

/** The columns, all right-aligned figures. */
export const PREDICTION_HEADERS: [PredictionKey, true][] = [
  ['pAlive', true],
  ['expectedPurchases90d', true],
  ['predictedRevenue12m', true],
  ['clv12m', true],
];

export function predictionTitles(labels: Labels): Record<PredictionKey, string> {
  const t = labels.columns;
  return { pAlive: t.pAlive, expectedPurchases90d: t.expectedPurchases90d, predictedRevenue12m: t.predictedRevenue12m, clv12m: t.clv12m };
}

export function PredictionCells({ row: r }: { row: PortfolioRow }) {
  const { fmt } = useSettings();
  return (
    <>
      <td className="num">{r.pAlive === null ? '' : chanceText(r.pAlive, fmt)}</td>
      <td className="num">{r.expectedPurchases90d === null ? '' : fmt.number(r.expectedPurchases90d, 2)}</td>
      <td className="num">{r.predictedRevenue12m === null ? '' : fmt.money(r.predictedRevenue12m)}</td>
      <td className="num">{r.clv12m === null ? '' : fmt.money(r.clv12m)}</td>
    </>
  );
}
