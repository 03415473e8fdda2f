// Screen "portfolio" (carteira, seed 003): every customer by status, KAM, seller or segment, with
// filters and a quick search; the seller × segment table; new prospects; the team. The backend
// filters, sorts, groups and counts the whole portfolio and answers a page at a time
// ('customers/page'); "show more" reads the next one.
import { useMemo, useState } from 'react';
import type { PortfolioPage } from '../../../shared/api/customers-api';
import type { PortfolioRow } from '../../../shared/kam/kam-types';
import { invoke } from '../../api';
import { hrefFor, navigate } from '../../app/router';
import { ShowMore } from '../../components/show-more';
import { LoadingNotice } from '../../components/with-run';
import { useApiData } from '../../components/use-api-data';
import { usePagedList } from '../../components/use-paged-list';
import { useUndoOffer } from '../../components/undo-notice';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { queryOf, VIEW_KEYS, viewFromParams, type PortfolioView } from './portfolio-filter';
import { portfolioMessages } from './portfolio-messages';
import { nextSort, sortFromParam, sortParam } from './portfolio-sort';
import { PortfolioTable } from './portfolio-table';
import { PortfolioToolbar } from './portfolio-toolbar';
import { NewProspectForm } from './new-prospect-form';
import { SellerSegmentTable } from './seller-segment-table';
import { StatusTabs } from './status-tabs';
import { TeamPanel } from './team-panel';
import './portfolio.css';

type Extra = Omit<PortfolioPage, 'rows' | 'total' | 'offset'>;

export function PortfolioScreen({ route }: ScreenProps) {
  const m = useMessages(portfolioMessages);
  const undo = useUndoOffer();
  // Bumped after a change that the loaded lists must show (a team member added or removed).
  const [version, setVersion] = useState(0);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const team = useApiData(`team:${version}`, () => invoke('team/list', {}));
  const cells = useApiData(`cells:${version}`, () => invoke('customers/seller-segment', {}));

  const viewKey = VIEW_KEYS.map((k) => route.params[k] ?? '').join('|');
  const view = useMemo(() => viewFromParams(route.params), [viewKey]);
  const setView = (change: Partial<Record<keyof PortfolioView, string | undefined>>) => {
    const keep = Object.fromEntries(VIEW_KEYS.map((k) => [k, route.params[k]]));
    navigate('portfolio', { ...keep, ...change });
  };
  const sort = sortFromParam(view.sort ?? undefined);
  const request = { ...queryOf(view), search, ...(sort ? { sort } : {}) };
  const list = usePagedList<PortfolioRow, Extra>(JSON.stringify([version, request]), (offset, limit) =>
    invoke('customers/page', { ...request, offset, limit }),
  );
  const extra = list.extra;

  return (
    <section className="portfolio-screen">
      <div className="screen-title">
        <h1>{m.title}</h1>
        <button type="button" className="primary" onClick={() => setCreating(true)} data-testid="new-prospect">
          {m.newProspect}
        </button>
        <a className="button" href={hrefFor('dossiers')} data-testid="print-key-accounts">
          {m.printKeyAccounts}
        </a>
      </div>
      <p className="muted">{m.intro}</p>
      {creating && <NewProspectForm onClose={() => setCreating(false)} />}
      {list.rows === null || extra === null ? (
        <LoadingNotice />
      ) : extra.all === 0 ? (
        <p className="notice">{m.emptyWorkspace}</p>
      ) : (
        <>
          <StatusTabs counts={extra.counts} value={view.status} onChange={(s) => setView({ status: s ?? undefined })} />
          <PortfolioToolbar
            choices={extra.choices}
            team={team.data ?? []}
            view={view}
            onView={setView}
            onClear={() => setView(Object.fromEntries(VIEW_KEYS.map((k) => [k, k === 'group' || k === 'sort' ? route.params[k] : undefined])))}
            search={search}
            onSearch={setSearch}
            shown={m.shown(list.total, extra.all)}
            busy={!list.current}
          />
          {list.total === 0 ? (
            <p className="notice">{m.empty}</p>
          ) : (
            <>
              <PortfolioTable rows={list.rows} groups={extra.groups} sort={sort} onSort={(key) => setView({ sort: sortParam(nextSort(sort, key)) })} />
              <ShowMore shown={list.rows.length} total={list.total} loading={list.loading} onMore={list.more} testId="portfolio-more" />
            </>
          )}
        </>
      )}
      <div className="portfolio-side">
        <SellerSegmentTable cells={cells.data ?? []} />
        <TeamPanel team={team.data ?? []} version={version} onChanged={() => setVersion((v) => v + 1)} undo={undo} />
      </div>
      {undo.notice}
    </section>
  );
}
