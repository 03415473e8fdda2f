// The portfolio (carteira, seed 003): every customer not deleted, with its effective fields and
// the newest run's figures. Decisions:
// - A customer in the newest run shows that run's class, revenue, last purchase, signals, types
//   and status. One outside it shows no figures; its status comes from its last purchase at the
//   run's reference day (shared/kam/portfolio-status.ts): 'prospect' without any purchase.
// - Its last purchase, outside the run, is the last one over all its history.
// - Next contact: the next contact date of its latest activity.
// - Order: the run's ABC order, then the customers outside the run by code.
// - `search` matches the code or the effective name, case- and accent-insensitive.
import type { PortfolioFilter } from '../../shared/api/customers-api';
import { legacyError } from '../../shared/api/errors';
import { ABC_CLASSES, STATUSES } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { foldText } from '../../shared/import/fold-text';
import type { PortfolioRow } from '../../shared/kam/kam-types';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import { tagsByCustomer } from '../db/customer-tags-table';
import type { Db } from '../db/open-database';
import { teamMemberNames } from '../db/team-members-table';
import { effectiveAttributes } from './customer-record';
import { loadHealthContext } from './health-context';
import { kpiReferenceDay, runView, statusLimits } from './newest-run';
import { lastPurchaseOf } from './sales-history';

function checkFilter(filter: unknown): PortfolioFilter {
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== 'object' || Array.isArray(filter)) throw legacyError('bad-option', 'Filtro inválido.');
  const f = filter as Record<string, unknown>;
  const text = (k: string) => {
    if (f[k] !== undefined && f[k] !== null && typeof f[k] !== 'string') throw legacyError('bad-option', `Filtro inválido: ${k}.`);
  };
  ['seller', 'segment', 'tag', 'search'].forEach(text);
  if (f.status !== undefined && !(STATUSES as unknown[]).includes(f.status)) throw legacyError('bad-option', `Situação inválida: ${String(f.status)}.`);
  if (f.abc !== undefined && !(ABC_CLASSES as unknown[]).includes(f.abc)) throw legacyError('bad-option', `Classe inválida: ${String(f.abc)}.`);
  if (f.kamId !== undefined && !Number.isSafeInteger(f.kamId)) throw legacyError('bad-option', 'KAM inválido.');
  return f as PortfolioFilter;
}

export function portfolioRows(db: Db, rawFilter: unknown, today: Day): PortfolioRow[] {
  const filter = checkFilter(rawFilter);
  const view = runView(db);
  const reference = kpiReferenceDay(db, view);
  const limits = statusLimits(view);
  const tags = tagsByCustomer(db);
  const kamNames = teamMemberNames(db);
  const health = loadHealthContext(db, today);
  const rank = new Map(view?.results.map((r, i) => [r.code, i]) ?? []);
  const search = filter.search ? foldText(filter.search) : '';

  const profiles = listCustomerProfiles(db);
  // Only the customers outside the run need their last purchase read from the sales.
  const lastPurchases = lastPurchaseOf(db, profiles.filter((p) => !view?.byCode.has(p.code)).map((p) => p.id));
  const rows: (PortfolioRow & { order: number })[] = [];
  for (const p of profiles) {
    const attrs = effectiveAttributes(p);
    const result = view?.byCode.get(p.code) ?? null;
    const status = result?.status ?? statusOutsideRun(lastPurchases.get(p.id) ?? null, reference, limits);
    const customerTags = tags.get(p.id) ?? [];
    if (filter.status !== undefined && status !== filter.status) continue;
    if (filter.kamId !== undefined && p.kam_id !== filter.kamId) continue;
    if (filter.seller !== undefined && attrs.seller !== filter.seller) continue;
    if (filter.segment !== undefined && attrs.segment !== filter.segment) continue;
    if (filter.abc !== undefined && result?.abc !== filter.abc) continue;
    if (filter.tag !== undefined && !customerTags.includes(filter.tag)) continue;
    if (search && !foldText(p.code).includes(search) && !foldText(attrs.name ?? '').includes(search)) continue;
    rows.push({
      order: rank.get(p.code) ?? Number.MAX_SAFE_INTEGER,
      code: p.code,
      ...attrs,
      kamId: p.kam_id,
      kamName: p.kam_id === null ? null : (kamNames.get(p.kam_id) ?? null),
      status,
      abc: result?.abc ?? null,
      xyz: result?.xyz ?? null,
      revenue: result?.revenue ?? null,
      lastPurchase: result ? result.lastPurchase : (lastPurchases.get(p.id) ?? null),
      signals: result?.signals ?? [],
      types: result?.types ?? [],
      tags: customerTags,
      threeP: (p.need_ok ?? 0) + (p.pay_ok ?? 0) + (p.authority_ok ?? 0),
      nextContactDay: health.latestActivity(p.id)?.nextContactDay ?? null,
      health: health.scoreOf(p.id, result).score,
    });
  }
  rows.sort((a, b) => a.order - b.order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows.map(({ order: _order, ...row }) => row);
}
