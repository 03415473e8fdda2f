// Handlers of 'customers/*', 'dossier/*', 'records/*' and 'team/*': the portfolio, the customer
// record (every edit saved at once), its dossier and the team. Deletions are soft and undoable.
import type { CustomersHandlers } from '../../shared/api/customers-api';
import { apiError } from '../../shared/api/errors';
import { sellerSegmentTable } from '../../shared/kam/seller-segment';
import { customerCode, requiredText } from '../../shared/kam/input-checks';
import { checkPatch, checkTeamMember } from '../../shared/kam/record-input';
import type { CustomerPatch, TeamMember } from '../../shared/kam/kam-types';
import type { Context } from '../api/context';
import {
  findCustomerProfile,
  insertHandMadeCustomer,
  listCustomerProfiles,
  setCustomerDeleted,
  updateProfile,
} from '../db/customer-profiles-table';
import { replaceTags, tagsInUse } from '../db/customer-tags-table';
import type { Db } from '../db/open-database';
import {
  getTeamMember,
  insertTeamMember,
  listTeamMembers,
  setTeamMemberDeleted,
  updateTeamMember,
} from '../db/team-members-table';
import { addSellersToTeam, sellersNotInTeam } from './team-from-sellers';
import { effectiveAttributes, loadCustomerRecord, requireCustomer, requireLiveCustomer } from './customer-record';
import { buildDossier, keyAccountDossiers, loadDossierContext } from './dossier';
import { customerRunView, runView } from './current-run';
import { portfolioPage, portfolioRows, runPortfolioEntries } from './portfolio';
import { currentRunId } from '../db/analysis-runs-table';
import { keptAnswer } from './kept-answers';
import { saveRecord, setRecordDeleted } from './records';
import { localToday } from './today';

function applyPatch(db: Db, customerId: number, patch: CustomerPatch) {
  if (patch.kamId !== undefined && patch.kamId !== null) {
    const kam = getTeamMember(db, patch.kamId);
    if (!kam || kam.deleted) throw apiError('kam/kam-not-in-team', { id: patch.kamId });
  }
  const { tags, ...fields } = patch;
  updateProfile(db, customerId, fields, localToday());
  if (tags !== undefined) replaceTags(db, customerId, tags);
}

function requireMemberId(id: unknown): number {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw apiError('kam/bad-member');
  return id;
}

const publicMember = (m: TeamMember): TeamMember => ({ id: m.id, name: m.name, role: m.role, email: m.email });

export function customersHandlers(ctx: Context) {
  return {
    'customers/list': async ({ filter }) => portfolioRows(ctx.db, filter, localToday()),
    'customers/page': async (request) => portfolioPage(ctx.db, request ?? {}, localToday()),
    'customers/get': async ({ code }) => loadCustomerRecord(ctx.db, code),
    'customers/create': async ({ code, name, patch }) => {
      const c = customerCode(code);
      const checkedName = requiredText(name, 'name');
      const checkedPatch = patch === undefined ? {} : checkPatch(patch);
      ctx.db.transaction(() => {
        const existing = findCustomerProfile(ctx.db, c);
        if (existing) {
          throw apiError(existing.deleted_at === null ? 'kam/customer-exists' : 'kam/customer-exists-deleted', { code: c });
        }
        const id = insertHandMadeCustomer(ctx.db, c);
        applyPatch(ctx.db, id, { ...checkedPatch, name: checkedName });
      }).immediate();
      return loadCustomerRecord(ctx.db, c);
    },
    'customers/update': async ({ code, patch }) => {
      const checked = checkPatch(patch);
      ctx.db.transaction(() => applyPatch(ctx.db, requireLiveCustomer(ctx.db, code).id, checked)).immediate();
      return loadCustomerRecord(ctx.db, code);
    },
    'customers/delete': async ({ code }) => {
      const c = requireCustomer(ctx.db, code);
      setCustomerDeleted(ctx.db, c.id, true);
      return { code: c.code };
    },
    'customers/restore': async ({ code }) => {
      const c = requireCustomer(ctx.db, code);
      setCustomerDeleted(ctx.db, c.id, false);
      return loadCustomerRecord(ctx.db, c.code);
    },
    'customers/seller-segment': async ({ runId }) => {
      if (runId !== undefined && (!Number.isSafeInteger(runId) || runId < 1)) throw apiError('analysis/bad-run-id', { value: String(runId) });
      // The current analysis: from the portfolio's kept customers, kept itself (the portfolio
      // screen asks it with its first page, both read ahead: read-calls.ts).
      if (runId === undefined || runId === currentRunId(ctx.db)) {
        const today = localToday();
        return keptAnswer(ctx.db, `seller-segment|${today}`, () =>
          sellerSegmentTable(runPortfolioEntries(ctx.db, today).map((e) => ({ ...e, revenue: e.revenue ?? 0, abc: e.abc ?? 'C' }))),
        );
      }
      const view = runView(ctx.db, runId);
      if (!view) return [];
      const live = new Map(listCustomerProfiles(ctx.db).map((p) => [p.code, p]));
      return sellerSegmentTable(
        view.results.flatMap((r) => {
          const p = live.get(r.code);
          if (!p) return []; // deleted by the user
          const { seller, segment } = effectiveAttributes(p);
          return [{ seller, segment, revenue: r.revenue, abc: r.abc, status: r.status }];
        }),
      );
    },
    'customers/tags': async () => tagsInUse(ctx.db),
    'dossier/get': async ({ code }) => {
      const c = requireCustomer(ctx.db, code);
      return buildDossier(ctx.db, c, loadDossierContext(ctx.db, localToday(), customerRunView(ctx.db, c.id)));
    },
    'dossier/key-accounts': async ({ runId }) => {
      if (runId !== undefined && (!Number.isSafeInteger(runId) || runId < 1)) throw apiError('analysis/bad-run-id', { value: String(runId) });
      return keyAccountDossiers(ctx.db, localToday(), runId);
    },
    'records/save': async ({ kind, code, record }) => saveRecord(ctx.db, kind, code, record),
    'records/delete': async ({ kind, id }) => setRecordDeleted(ctx.db, kind, id, true),
    'records/restore': async ({ kind, id }) => setRecordDeleted(ctx.db, kind, id, false),
    'team/list': async () => listTeamMembers(ctx.db),
    'team/save': async ({ member }) => {
      const m = checkTeamMember(member);
      const id = ctx.db.transaction(() => {
        if (m.id === null) return insertTeamMember(ctx.db, m);
        const existing = getTeamMember(ctx.db, m.id);
        if (!existing || existing.deleted) throw apiError('kam/member-not-found', { id: m.id });
        updateTeamMember(ctx.db, { ...m, id: m.id });
        return m.id;
      }).immediate();
      return publicMember(getTeamMember(ctx.db, id)!);
    },
    'team/delete': async ({ id }) => {
      const memberId = requireMemberId(id);
      if (!getTeamMember(ctx.db, memberId)) throw apiError('kam/member-not-found', { id: memberId });
      setTeamMemberDeleted(ctx.db, memberId, true);
      return { id: memberId };
    },
    'team/restore': async ({ id }) => {
      const memberId = requireMemberId(id);
      if (!getTeamMember(ctx.db, memberId)) throw apiError('kam/member-not-found', { id: memberId });
      setTeamMemberDeleted(ctx.db, memberId, false);
      return publicMember(getTeamMember(ctx.db, memberId)!);
    },
    'team/sellers': async () => sellersNotInTeam(ctx.db),
    'team/add-sellers': async ({ names }) => addSellersToTeam(ctx.db, names),
  } satisfies CustomersHandlers;
}
