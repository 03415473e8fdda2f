// The portfolio (carteira, seed 003): every customer not deleted, with its effective fields and
// the current run's figures. Decisions:
// - A customer of the current run shows that run's class, revenue, last purchase, signals, types
//   and status. One of the run's others (no sale in its window) shows the status, last purchase
//   and signal the run gave it at its reference date. A customer the run does not list (its
//   sales all came after the reference date, or it was created since) gets its status from its
//   last purchase at the reference date (shared/kam/portfolio-status.ts).
// - Lost and inactive customers also show their value lost and what they used to buy (winback.ts).
// - Next contact: the next contact date of its latest activity.
// - Order: the run's ABC order, then the customers outside the run by code.
// - `search` matches the code or the effective name, case- and accent-insensitive.
import type { PortfolioFilter } from '../../shared/api/customers-api';
import { apiError } from '../../shared/api/errors';
import { ABC_CLASSES, STATUSES } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { foldText } from '../../shared/import/fold-text';
import type { PortfolioRow } from '../../shared/kam/kam-types';
import { isLikelyLosing } from '../../shared/kam/likely-losing';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import { tagsByCustomer } from '../db/customer-tags-table';
import type { Db } from '../db/open-database';
import { teamMemberNames } from '../db/team-members-table';
import { effectiveAttributes } from './customer-record';
import { loadHealthContext } from './health-context';
import { figuresOf, kpiReferenceDay, runView, statusLimits } from './current-run';
import { lastPurchaseOf, topProductsOf } from './sales-history';
import { isLost, valuesLost } from './winback';

function checkFilter(filter: unknown): PortfolioFilter {
  if (filter === undefined || filter === null) return {};
  if (typeof filter !== 'object' || Array.isArray(filter)) throw apiError('kam/bad-filter', { field: null });
  const f = filter as Record<string, unknown>;
  const text = (k: string) => {
    if (f[k] !== undefined && f[k] !== null && typeof f[k] !== 'string') throw apiError('kam/bad-filter', { field: k });
  };
  ['seller', 'segment', 'tag', 'search'].forEach(text);
  if (f.status !== undefined && !(STATUSES as unknown[]).includes(f.status)) throw apiError('kam/bad-status', { value: String(f.status) });
  if (f.abc !== undefined && !(ABC_CLASSES as unknown[]).includes(f.abc)) throw apiError('kam/bad-class', { value: String(f.abc) });
  if (f.kamId !== undefined && !Number.isSafeInteger(f.kamId)) throw apiError('kam/bad-filter', { field: 'kamId' });
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
  // Only the customers the run does not list need their last purchase read from the sales.
  const lastPurchases = lastPurchaseOf(db, profiles.filter((p) => figuresOf(view, p.code) === null).map((p) => p.id));
  const rows: (PortfolioRow & { order: number; id: number; stored: number | null })[] = [];
  for (const p of profiles) {
    const attrs = effectiveAttributes(p);
    const result = view?.byCode.get(p.code) ?? null;
    const figures = figuresOf(view, p.code);
    const lastPurchase = figures ? figures.lastPurchase : (lastPurchases.get(p.id) ?? null);
    const status = figures?.status ?? statusOutsideRun(lastPurchase, reference, limits);
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
      id: p.id,
      stored: result?.trailingRevenue ?? view?.otherByCode.get(p.code)?.trailingRevenue ?? null,
      code: p.code,
      ...attrs,
      kamId: p.kam_id,
      kamName: p.kam_id === null ? null : (kamNames.get(p.kam_id) ?? null),
      status,
      inWindow: result !== null,
      abc: result?.abc ?? null,
      xyz: result?.xyz ?? null,
      revenue: result?.revenue ?? null,
      lastPurchase,
      valueLost: null,
      usedToBuy: [],
      signals: figures?.signals ?? [],
      types: result?.types ?? [],
      tags: customerTags,
      threeP: (p.need_ok ?? 0) + (p.pay_ok ?? 0) + (p.authority_ok ?? 0),
      nextContactDay: health.latestActivity(p.id)?.nextContactDay ?? null,
      health: health.scoreOf(p.id, figures).score,
      pAlive: figures?.pAlive ?? null,
      expectedPurchases90d: figures?.expectedPurchases90d ?? null,
      predictedRevenue12m: figures?.predictedRevenue12m ?? null,
      clv12m: figures?.clv12m ?? null,
      likelyLosing: isLikelyLosing(result?.abc ?? null, figures?.pAlive ?? null),
    });
  }
  // The lost and inactive: what they were worth and what they used to buy.
  const lost = rows.filter((r) => isLost(r.status));
  const values = valuesLost(db, lost.map((r) => ({ id: r.id, lastPurchase: r.lastPurchase, stored: r.stored })));
  const products = topProductsOf(db, lost.map((r) => r.id));
  for (const r of lost) {
    r.valueLost = values.get(r.id) ?? 0;
    r.usedToBuy = (products.get(r.id) ?? []).map((p) => p.product);
  }
  rows.sort((a, b) => a.order - b.order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows.map(({ order: _order, id: _id, stored: _stored, ...row }) => row);
}
