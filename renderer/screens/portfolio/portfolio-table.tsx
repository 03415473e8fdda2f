// The dense portfolio table: one row per customer of the pages read so far (grouped by KAM,
// seller or segment when asked: the backend says where each group starts and what it holds),
// class badges, money and days formatted for the locale. A row opens the customer's dossier on
// click or Enter, so the table works from the keyboard; each header sorts by its column.
import { memo } from 'react';
import type { PortfolioRow } from '../../../shared/kam/kam-types';
import type { PortfolioGroup } from '../../../shared/kam/portfolio-query';
import { navigate } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import type { Sort, SortKey } from './portfolio-sort';
import { portfolioMessages } from './portfolio-messages';
import { PREDICTION_HEADERS, PredictionCells, predictionTitles } from './prediction-columns';
import { StatusPill } from './status-pill';
import { LikelyLosingFlag } from '../../components/likely-losing-flag';

type Props = { rows: PortfolioRow[]; groups: PortfolioGroup[] | null; sort: Sort; onSort: (key: SortKey) => void };

/** The loaded rows cut at each group's start; one untitled section without groups. */
function sections(rows: PortfolioRow[], groups: PortfolioGroup[] | null): { group: PortfolioGroup | null; rows: PortfolioRow[] }[] {
  if (groups === null) return [{ group: null, rows }];
  return groups.filter((g) => g.offset < rows.length).map((g) => ({ group: g, rows: rows.slice(g.offset, g.offset + g.customers) }));
}

/** The columns in order; true for the right-aligned figures. */
const HEADERS: [SortKey | 'tags', boolean][] = [
  ['code', false], ['name', false], ['abc', false], ['xyz', false], ['status', false], ['kam', false], ['seller', false],
  ['segment', false], ['revenue', true], ['lastPurchase', false], ['nextContact', false], ['threeP', true], ['health', true],
  ...PREDICTION_HEADERS, ['tags', false],
];

/** Headers whose titles may take two lines. */
const WRAPPED: ReadonlySet<string> = new Set(PREDICTION_HEADERS.map(([key]) => key));

export function PortfolioTable({ rows, groups, sort, onSort }: Props) {
  const m = useMessages(portfolioMessages);
  const { fmt, labels } = useSettings();
  // The predicted figures are titled as the customer grid and the workbook title them.
  const c = { ...m.col, ...predictionTitles(labels) };
  return (
    <div className="portfolio-table-wrap">
      <table className="data portfolio-table" data-testid="portfolio-table">
        <thead>
          <tr>
            {HEADERS.map(([key, numeric]) =>
              key === 'tags' ? (
                <th key={key}>{c.tags}</th>
              ) : (
                <th key={key} className={[numeric ? 'num' : '', WRAPPED.has(key) ? 'wrap' : ''].join(' ').trim() || undefined} aria-sort={sort?.key === key ? (sort.desc ? 'descending' : 'ascending') : undefined}>
                  {/* A button in the header: sortable from the keyboard, and says so to a screen reader. */}
                  <button type="button" className="sort-button" onClick={() => onSort(key)} title={m.sortBy(c[key])} data-testid={`sort-${key}`}>
                    {c[key]}
                    <span className="sort-mark" aria-hidden="true">
                      {sort?.key === key ? (sort.desc ? ' ▼' : ' ▲') : ''}
                    </span>
                  </button>
                </th>
              ),
            )}
          </tr>
        </thead>
        {sections(rows, groups).map(({ group: g, rows: shown }) => (
          <tbody key={g === null ? '' : `${g.offset}`}>
            {g && (
              <tr className="group-row">
                <th colSpan={HEADERS.length}>{m.groupLine(g.name ?? m.none, g.customers, fmt.money(g.revenue))}</th>
              </tr>
            )}
            {shown.map((r) => (
              <Row key={r.code} row={r} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

/**
 * A row drawn again only when its customer's row changes: a filter, a sort or "show more" first
 * draws the screen with the rows it had (the request goes once that is drawn), and the rows kept
 * by the answer are not drawn again either.
 */
const Row = memo(function Row({ row: r }: { row: PortfolioRow }) {
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
      <td className="name-cell">
        {r.name ?? ''}
        {r.valueLost !== null && (
          <div className="used-to-buy" data-testid={`used-to-buy-${r.code}`}>
            {m.usedToBuy(r.usedToBuy.length > 0 ? r.usedToBuy.join(', ') : m.noProducts, fmt.money(r.valueLost))}
          </div>
        )}
      </td>
      <td>
        <ClassBadge value={r.abc} />
      </td>
      <td>
        <ClassBadge value={r.xyz} />
      </td>
      <td title={r.inWindow || r.status === 'prospect' ? undefined : m.outsideWindow}>
        <StatusPill status={r.status} /> <LikelyLosingFlag likelyLosing={r.likelyLosing} pAlive={r.pAlive} />
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
      <PredictionCells row={r} />
      <td className="tags-cell">{r.tags.join(', ')}</td>
    </tr>
  );
});
