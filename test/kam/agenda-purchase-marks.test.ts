// Overdue purchases in the agenda, through the API on a real workspace file (kam-fixture.ts): at
// 2026-07-01 C003 (seller Ana, no KAM) and C006 (KAM Kátia) are overdue. Each gets an owner (the
// account's KAM, else its seller when the team has that person), and can be marked done or
// snoozed until a day, undone, and kept in the file across a restart.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { isoOfDay } from '../../shared/domain/calendar';
import { d, kamWorkspace, type KamWorkspace } from './kam-fixture';

const today = d('2026-07-01');
const purchases = async (api: Workspace['api'], arg: { days?: number; ownerId?: number } = {}) => {
  const agenda = await api.call('agenda/list', { today, ...arg });
  const of = (items: typeof agenda.overdue.rows) => items.filter((i) => i.kind === 'purchase').map((i) => [i.code, isoOfDay(i.day)]);
  return { overdue: of(agenda.overdue.rows), due: of(agenda.due.rows), items: [...agenda.overdue.rows, ...agenda.due.rows].filter((i) => i.kind === 'purchase') };
};

describe('overdue purchases: owner, done, snooze', () => {
  let ws: KamWorkspace;
  let kam: number;
  let reopened: Workspace | null = null;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    kam = (await ws.api.call('team/save', { member: { name: 'Kátia', role: 'kam', email: null } })).id;
    await ws.api.call('customers/update', { code: 'C006', patch: { kamId: kam } });
  });
  afterAll(() => {
    reopened?.close();
    ws.close();
  });

  it("each has the account's KAM as owner, else its seller once the seller is in the team", async () => {
    const before = await purchases(ws.api);
    expect(before.overdue).toEqual([
      ['C003', '2025-10-06'],
      ['C006', '2026-05-04'],
    ]);
    expect(before.items.map((i) => [i.code, i.ownerId, i.ownerVia])).toEqual([
      ['C003', null, null],
      ['C006', kam, 'kam'],
    ]);
    const [ana] = await ws.api.call('team/add-sellers', { names: ['ana'] });
    const after = await purchases(ws.api);
    expect(after.items.map((i) => [i.code, i.ownerId, i.ownerVia])).toEqual([
      ['C003', ana!.id, 'seller'],
      ['C006', kam, 'kam'],
    ]);
    // Ana's agenda has her account's purchase; a KAM set on the account takes it over.
    expect((await purchases(ws.api, { ownerId: ana!.id })).overdue).toEqual([['C003', '2025-10-06']]);
    await ws.api.call('customers/update', { code: 'C003', patch: { kamId: kam } });
    expect((await purchases(ws.api, { ownerId: ana!.id })).overdue).toEqual([]);
    expect((await purchases(ws.api, { ownerId: kam })).overdue.map(([code]) => code)).toEqual(['C003', 'C006']);
    await ws.api.call('customers/update', { code: 'C003', patch: { kamId: null } });
  });

  it('done: leaves the agenda, also after a new analysis of the same sales; undone, it comes back', async () => {
    const c003 = (await purchases(ws.api)).items.find((i) => i.code === 'C003')!;
    expect(c003.purchase).toMatchObject({ expected: d('2025-10-06'), lastPurchase: d('2025-09-05'), snoozedUntil: null });
    const mark = await ws.api.call('agenda/mark-purchase', { code: 'C003', lastPurchase: c003.purchase!.lastPurchase, mark: { state: 'done' }, today });
    expect(mark).toEqual({ previous: null });
    expect((await purchases(ws.api, { days: 30 })).overdue).toEqual([['C006', '2026-05-04']]);
    await ws.api.call('analysis/run', {});
    expect((await purchases(ws.api, { days: 30 })).overdue).toEqual([['C006', '2026-05-04']]);
    // A mark of another gap (another last purchase) is not this one's.
    await ws.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase: d('2026-04-20'), mark: { state: 'done' }, today });
    expect((await purchases(ws.api)).overdue).toEqual([['C006', '2026-05-04']]);
    // Undo: the mark it had (none) set again.
    await ws.api.call('agenda/mark-purchase', { code: 'C003', lastPurchase: c003.purchase!.lastPurchase, mark: mark.previous, today });
    expect((await purchases(ws.api)).overdue.map(([code]) => code)).toEqual(['C003', 'C006']);
  });

  it('snoozed until a day: out of the overdue list, due on that day, overdue again from it', async () => {
    const c006 = (await purchases(ws.api)).items.find((i) => i.code === 'C006')!;
    const until = d('2026-07-11');
    await ws.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase: c006.purchase!.lastPurchase, mark: { state: 'snoozed', until }, today });
    const week = await purchases(ws.api);
    expect(week.overdue).toEqual([['C003', '2025-10-06']]);
    expect(week.due).toEqual([]);
    const fortnight = await purchases(ws.api, { days: 14 });
    expect(fortnight.due).toEqual([['C006', '2026-07-11']]);
    expect(fortnight.items.find((i) => i.code === 'C006')).toMatchObject({ overdue: false, ownerId: kam, purchase: { expected: d('2026-05-04'), snoozedUntil: until } });
    const onTheDay = await ws.api.call('agenda/list', { today: until });
    expect(onTheDay.overdue.rows.filter((i) => i.kind === 'purchase').map((i) => [i.code, isoOfDay(i.day)])).toEqual([
      ['C003', '2025-10-06'],
      ['C006', '2026-05-04'],
    ]);
  });

  it('is kept in the workspace file across a restart', async () => {
    ws.close();
    reopened = openWorkspace({ dbPath: join(ws.dir, 'workspace.clave'), tempDir: join(ws.dir, 'tmp2') });
    const after = await purchases(reopened.api, { days: 14 });
    expect(after.overdue).toEqual([['C003', '2025-10-06']]);
    expect(after.due).toEqual([['C006', '2026-07-11']]);
    // Snoozed again (later), then marked done: each call gives back the mark it replaced.
    const lastPurchase = after.items.find((i) => i.code === 'C006')!.purchase!.lastPurchase;
    expect(await reopened.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase, mark: { state: 'snoozed', until: d('2026-07-20') }, today })).toEqual({
      previous: { state: 'snoozed', until: d('2026-07-11') },
    });
    expect(await reopened.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase, mark: { state: 'done' }, today })).toEqual({
      previous: { state: 'snoozed', until: d('2026-07-20') },
    });
    // A snooze that has run out is no mark.
    expect(await reopened.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase, mark: { state: 'snoozed', until: d('2026-07-05') }, today })).toEqual({
      previous: { state: 'done' },
    });
    expect(await reopened.api.call('agenda/mark-purchase', { code: 'C006', lastPurchase, mark: null, today: d('2026-07-06') })).toEqual({ previous: null });
  });

  it('refuses a snooze to today or the past, or more than a year ahead, and a day that is not whole, in words', async () => {
    const api = reopened!.api;
    const call = (mark: unknown, code = 'C006') =>
      api.call('agenda/mark-purchase', { code, lastPurchase: d('2026-04-27'), mark: mark as null, today });
    await expect(call({ state: 'snoozed', until: today })).rejects.toMatchObject({
      type: 'bad-option',
      code: 'kam/bad-snooze-day',
      message: 'Não dá para adiar até 01/07/2026: escolha um dia depois de hoje (01/07/2026) e até 02/07/2027.',
    });
    await expect(call({ state: 'snoozed', until: d('2027-07-03') })).rejects.toMatchObject({ code: 'kam/bad-snooze-day' });
    await expect(call({ state: 'snoozed', until: d('2026-07-10') + 0.5 })).rejects.toMatchObject({ type: 'bad-option', code: 'kam/bad-purchase-mark' });
    await expect(
      api.call('agenda/mark-purchase', { code: 'C006', lastPurchase: 20_000.5, mark: { state: 'done' }, today }),
    ).rejects.toMatchObject({ type: 'bad-option', code: 'kam/bad-purchase-mark' });
    // A mark of another shape is refused by the API's argument check, before the handler.
    await expect(call({ state: 'later' })).rejects.toMatchObject({ type: 'bad-request' });
    await expect(call({ state: 'snoozed', until: 'amanhã' })).rejects.toMatchObject({ type: 'bad-request' });
    await expect(call(undefined)).rejects.toMatchObject({ type: 'bad-request' });
    await expect(call({ state: 'done' }, 'C999')).rejects.toMatchObject({ type: 'not-found' });
  });
});
