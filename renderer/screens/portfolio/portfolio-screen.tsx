// Screen "portfolio" (carteira, seed 003): every customer by status, KAM, seller or segment, with
// filters and a quick search; the seller × segment table; new prospects; the team.
import { useMemo, useState } from 'react';
import type { Status } from '../../../shared/analysis/result-types';
import { invoke } from '../../api';
import { hrefFor, navigate } from '../../app/router';
import { LoadingNotice } from '../../components/with-run';
import { useApiData } from '../../components/use-api-data';
import { useUndoOffer } from '../../components/undo-notice';
import { INTL_TAG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { groupRows, passesOthers, VIEW_KEYS, viewFromParams, type PortfolioView } from './portfolio-filter';
import { portfolioMessages } from './portfolio-messages';
import { nextSort, sortFromParam, sortParam, sortRows } from './portfolio-sort';
import { PortfolioTable } from './portfolio-table';
import { PortfolioToolbar } from './portfolio-toolbar';
import { NewProspectForm } from './new-prospect-form';
import { SellerSegmentTable } from './seller-segment-table';
import { StatusTabs } from './status-tabs';
import { TeamPanel } from './team-panel';
import './portfolio.css';

export function PortfolioScreen({ route }: ScreenProps) {
  const m = useMessages(portfolioMessages);
  const { locale } = useSettings();
  const undo = useUndoOffer();
  // Bumped after a change that the loaded lists must show (a team member added or removed).
  const [version, setVersion] = useState(0);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const rows = useApiData(`rows:${version}`, () => invoke('customers/list', {}));
  const team = useApiData(`team:${version}`, () => invoke('team/list', {}));
  const cells = useApiData(`cells:${version}`, () => invoke('customers/seller-segment', {}));

  const viewKey = VIEW_KEYS.map((k) => route.params[k] ?? '').join('|');
  const view = useMemo(() => viewFromParams(route.params), [viewKey]);
  const setView = (change: Partial<Record<keyof PortfolioView, string | undefined>>) => {
    const keep = Object.fromEntries(VIEW_KEYS.map((k) => [k, route.params[k]]));
    navigate('portfolio', { ...keep, ...change });
  };

  const all = rows.data ?? [];
  const others = useMemo(() => all.filter((r) => passesOthers(r, view, search)), [all, view, search]);
  const counts = useMemo(() => {
    const c: Record<Status, number> = { prospect: 0, active: 0, 'at risk': 0, inactive: 0, lost: 0 };
    for (const r of others) c[r.status] += 1;
    return c;
  }, [others]);
  const shown = view.status === null ? others : others.filter((r) => r.status === view.status);
  const sort = sortFromParam(view.sort ?? undefined);
  const collator = useMemo(() => new Intl.Collator(INTL_TAG[locale], { numeric: true, sensitivity: 'base' }), [locale]);
  const groups = useMemo(() => groupRows(sortRows(shown, sort, collator), view.group), [shown, view.sort, view.group, collator]);

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
      {rows.loading && !rows.data ? (
        <LoadingNotice />
      ) : all.length === 0 ? (
        <p className="notice">{m.emptyWorkspace}</p>
      ) : (
        <>
          <StatusTabs counts={counts} total={others.length} value={view.status} onChange={(s) => setView({ status: s ?? undefined })} />
          <PortfolioToolbar
            rows={all}
            team={team.data ?? []}
            view={view}
            onView={setView}
            onClear={() => setView(Object.fromEntries(VIEW_KEYS.map((k) => [k, k === 'group' || k === 'sort' ? route.params[k] : undefined])))}
            search={search}
            onSearch={setSearch}
            shown={m.shown(shown.length, all.length)}
          />
          {shown.length === 0 ? <p className="notice">{m.empty}</p> : <PortfolioTable groups={groups} grouped={view.group !== 'none'} sort={sort} onSort={(key) => setView({ sort: sortParam(nextSort(sort, key)) })} />}
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
