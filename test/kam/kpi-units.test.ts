// The key-account figures computed by hand on small cases: churn per period and per year, CLV,
// NPS and CSAT, the health score (each contribution), the loss trend and the seller × segment table.
import { describe, expect, it } from 'vitest';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { churnReport } from '../../shared/kam/churn';
import { healthScore, type HealthInputs } from '../../shared/kam/health-score';
import { validateHealthWeights, withDefaultWeights } from '../../shared/kam/health-weights';
import { lossDays, notLostAt } from '../../shared/kam/loss-events';
import { lossTrend } from '../../shared/kam/loss-trend';
import { csatSummary, npsReport, npsSummary } from '../../shared/kam/satisfaction';
import { sellerSegmentTable } from '../../shared/kam/seller-segment';
import { editable } from '../../shared/kam/editable';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { DEFAULT_HEALTH_WEIGHTS, type HealthFactor } from '../../shared/kam/kpi-types';

const d = (iso: string): Day => dayOfIso(iso)!;

describe('loss events', () => {
  it('a customer is lost the day after lostDays without buying, unless it bought that day', () => {
    expect(lossDays([d('2026-01-05')], 30, d('2026-12-31'))).toEqual([d('2026-02-05')]);
    // A gap of exactly lostDays + 1: it buys again on the day it would have been lost.
    expect(lossDays([d('2026-01-01'), d('2026-02-01')], 30, d('2026-12-31'))).toEqual([d('2026-03-04')]);
    // Lost, back, lost again.
    expect(lossDays([d('2026-01-01'), d('2026-03-01')], 30, d('2026-12-31'))).toEqual([d('2026-02-01'), d('2026-04-01')]);
    // Nothing after the reference day.
    expect(lossDays([d('2026-01-01')], 30, d('2026-01-31'))).toEqual([]);
    expect(notLostAt([d('2026-01-01')], 30, d('2026-01-31'))).toBe(true);
    expect(notLostAt([d('2026-01-01')], 30, d('2026-02-01'))).toBe(false);
    expect(notLostAt([d('2026-01-01')], 30, d('2025-12-31'))).toBe(false);
  });
});

describe('churn', () => {
  // lostDays 30, months Jan–Mar 2026 (reference 2026-03-31).
  const customers = [
    { purchaseDays: [d('2026-01-05')], abc: 'A' as const }, // X: lost on 5 Feb
    { purchaseDays: [d('2025-12-20'), d('2026-01-15'), d('2026-02-10'), d('2026-03-10')], abc: 'A' as const }, // Y: keeps buying
    { purchaseDays: [d('2025-12-01')], abc: 'B' as const }, // Z: lost on 1 Jan, the first day of the period
    { purchaseDays: [d('2025-11-15')], abc: 'C' as const }, // W: already lost before January
    { purchaseDays: [d('2026-03-01')], abc: null }, // V: new in March, in no run
  ];

  it('counts per month the customers not lost at the start and those lost during it', () => {
    const report = churnReport(customers, { lostDays: 30, period: 'month', periods: 3, referenceDay: d('2026-03-31') });
    expect(report.lostDays).toBe(30);
    expect(report.overall).toEqual([
      { period: '2026-01', atStart: 2, lost: 1, rate: 0.5 }, // Y, Z at start; Z lost on 1 Jan
      { period: '2026-02', atStart: 2, lost: 1, rate: 0.5 }, // X, Y; X lost on 5 Feb
      { period: '2026-03', atStart: 1, lost: 0, rate: 0 }, // Y
    ]);
    const a = report.byClass.find((c) => c.abc === 'A')!;
    expect(a.periods.map((p) => [p.atStart, p.lost])).toEqual([[1, 0], [2, 1], [1, 0]]);
    const b = report.byClass.find((c) => c.abc === 'B')!;
    expect(b.periods.map((p) => p.rate)).toEqual([1, null, null]);
  });

  it('cuts the last period at the reference day', () => {
    // X is lost on 5 Feb, after a reference day of 3 Feb: not counted yet.
    const report = churnReport(customers, { lostDays: 30, period: 'month', periods: 1, referenceDay: d('2026-02-03') });
    expect(report.overall).toEqual([{ period: '2026-02', atStart: 2, lost: 0, rate: 0 }]);
  });

  it('weeks and quarters are labelled like the analysis periods', () => {
    const q = churnReport(customers, { lostDays: 30, period: 'quarter', periods: 2, referenceDay: d('2026-03-31') });
    expect(q.overall.map((p) => p.period)).toEqual(['2025-Q4', '2026-Q1']);
    const w = churnReport(customers, { lostDays: 30, period: 'week', periods: 1, referenceDay: d('2026-03-31') });
    expect(w.overall[0]!.period).toBe('2026-W14');
  });

  it('the yearly rate: lost over the last 12 months / not lost 12 months ago, overall and per class', () => {
    const year = [
      { purchaseDays: [d('2025-01-10')], abc: 'A' as const }, // at start (171 days), lost on 2026-01-11
      { purchaseDays: [d('2025-06-01'), d('2026-05-01')], abc: 'B' as const }, // at start, never lost
      { purchaseDays: [d('2024-01-01')], abc: 'C' as const }, // lost before the year
      { purchaseDays: [d('2025-08-01')], abc: 'C' as const }, // new during the year
    ];
    const report = churnReport(year, { lostDays: 365, period: 'month', periods: 12, referenceDay: d('2026-06-30') });
    expect(report.yearlyRate).toBe(0.5);
    expect(report.byClass.map((c) => [c.abc, c.yearlyRate])).toEqual([['A', 1], ['B', 0], ['C', null]]);
    expect(report.overall.find((p) => p.period === '2026-01')).toEqual({ period: '2026-01', atStart: 3, lost: 1, rate: 1 / 3 });
  });
});

describe('NPS and CSAT', () => {
  it('NPS = % promoters (9–10) − % detractors (0–6); CSAT = % of 4–5', () => {
    expect(npsSummary([10, 9, 8, 7, 6, 0])).toEqual({ answers: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
    expect(npsSummary([10, 10, 10, 6]).nps).toBe(50);
    expect(npsSummary([0, 1, 9]).nps).toBe(-33.3);
    expect(npsSummary([]).nps).toBeNull();
    expect(csatSummary([5, 4, 3, 1])).toEqual({ answers: 4, satisfied: 2, csat: 50 });
    expect(csatSummary([]).csat).toBeNull();
  });

  it('reports the last 12 months overall, per class and per customer, and month by month', () => {
    const today = d('2026-06-15');
    const customers = [
      { id: 1, code: 'C1', name: 'Um', abc: 'A' as const },
      { id: 2, code: 'C2', name: 'Dois', abc: 'B' as const },
      { id: 3, code: 'C3', name: null, abc: null },
    ];
    const answers = [
      { customerId: 1, kind: 'nps' as const, day: d('2025-05-01'), score: 0 }, // older than 12 months
      { customerId: 1, kind: 'nps' as const, day: d('2026-01-10'), score: 10 },
      { customerId: 1, kind: 'nps' as const, day: d('2026-06-01'), score: 9 },
      { customerId: 2, kind: 'nps' as const, day: d('2026-02-01'), score: 5 },
      { customerId: 3, kind: 'nps' as const, day: d('2026-03-01'), score: 8 },
      { customerId: 2, kind: 'csat' as const, day: d('2026-03-05'), score: 4 },
      { customerId: 3, kind: 'csat' as const, day: d('2026-03-06'), score: 2 },
      { customerId: 9, kind: 'nps' as const, day: d('2026-03-06'), score: 2 }, // a deleted customer: ignored
      { customerId: 1, kind: 'nps' as const, day: d('2026-07-01'), score: 0 }, // after today
    ];
    const r = npsReport(answers, customers, today);
    expect(r.overall).toEqual({ answers: 4, promoters: 2, passives: 1, detractors: 1, nps: 25 });
    expect(r.csat).toEqual({ answers: 2, satisfied: 1, csat: 50 });
    expect(r.byClass).toEqual([
      { abc: 'A', nps: { answers: 2, promoters: 2, passives: 0, detractors: 0, nps: 100 } },
      { abc: 'B', nps: { answers: 1, promoters: 0, passives: 0, detractors: 1, nps: -100 } },
      { abc: 'C', nps: { answers: 0, promoters: 0, passives: 0, detractors: 0, nps: null } },
      { abc: 'none', nps: { answers: 1, promoters: 0, passives: 1, detractors: 0, nps: 0 } },
    ]);
    expect(r.byCustomer.map((c) => [c.code, c.nps.answers, c.lastScore, c.lastDay])).toEqual([
      ['C1', 2, 9, d('2026-06-01')],
      ['C2', 1, 5, d('2026-02-01')],
      ['C3', 1, 8, d('2026-03-01')],
    ]);
    // From the first answer's month (2025-05) to today's month: 14 months.
    expect(r.overTime).toHaveLength(14);
    expect(r.overTime[0]).toMatchObject({ period: '2025-05', nps: { answers: 1, nps: -100 } });
    expect(r.overTime.find((m) => m.period === '2026-03')).toMatchObject({ nps: { answers: 1, nps: 0 }, csat: { answers: 2, csat: 50 } });
    expect(r.overTime.at(-1)).toMatchObject({ period: '2026-06', nps: { answers: 1, nps: 100 } });
    expect(npsReport([], customers, today).overTime).toEqual([]);
  });
});

describe('health score', () => {
  const healthy: HealthInputs = {
    abc: 'B',
    recencyDays: 10,
    cycleDays: 10,
    declining: null,
    droppedClass: null,
    latestAnswer: { kind: 'nps', score: 10, day: 0 },
    daysSinceContact: 5,
    decisionMakers: 1,
    sponsors: 1,
    openActions: 1,
    overdueActions: 0,
    pAlive: 0.95,
  };
  const points = (inputs: Partial<HealthInputs>, factor: HealthFactor, weights = DEFAULT_HEALTH_WEIGHTS) =>
    healthScore({ ...healthy, ...inputs }, weights).contributions.find((c) => c.factor === factor)!.points;

  it('is 100 for an account with nothing wrong, each factor listed with its weight and inputs', () => {
    const h = healthScore(healthy, DEFAULT_HEALTH_WEIGHTS);
    expect(h.score).toBe(100);
    expect(h.contributions.map((c) => [c.factor, c.points, c.weight])).toEqual([
      ['overdue', 0, 25],
      ['declining', 0, 15],
      ['droppedClass', 0, 10],
      ['satisfaction', 0, 20],
      ['lastContact', 0, 10],
      ['decisionMap', 0, 10],
      ['openActions', 0, 10],
      ['alive', 0, 15],
    ]);
    expect(h.contributions[0]!.inputs).toEqual({ recencyDays: 10, cycleDays: 10 });
  });

  it('overdue: 0 at recency = cycle, linear to the full weight at 3 × cycle', () => {
    expect(points({ recencyDays: 20 }, 'overdue')).toBe(12.5);
    expect(points({ recencyDays: 30 }, 'overdue')).toBe(25);
    expect(points({ recencyDays: 90 }, 'overdue')).toBe(25);
    expect(points({ recencyDays: 5 }, 'overdue')).toBe(0);
    expect(points({ recencyDays: 400, cycleDays: null }, 'overdue')).toBe(0);
  });

  it('declining and dropped class take their full weight', () => {
    expect(points({ declining: { recentMean: 10, earlierMean: 100 } }, 'declining')).toBe(15);
    const h = healthScore({ ...healthy, droppedClass: { from: 'A', to: 'B' } }, DEFAULT_HEALTH_WEIGHTS);
    expect(h.contributions.find((c) => c.factor === 'droppedClass')).toEqual({
      factor: 'droppedClass', points: 10, weight: 10, inputs: { from: 'A', to: 'B' },
    });
    expect(h.score).toBe(90);
  });

  it('satisfaction: detractor full, passive half, promoter 0; CSAT 1–2 full, 3 half; no answer a quarter', () => {
    expect(points({ latestAnswer: { kind: 'nps', score: 6, day: 0 } }, 'satisfaction')).toBe(20);
    expect(points({ latestAnswer: { kind: 'nps', score: 7, day: 0 } }, 'satisfaction')).toBe(10);
    expect(points({ latestAnswer: { kind: 'nps', score: 9, day: 0 } }, 'satisfaction')).toBe(0);
    expect(points({ latestAnswer: { kind: 'csat', score: 2, day: 0 } }, 'satisfaction')).toBe(20);
    expect(points({ latestAnswer: { kind: 'csat', score: 3, day: 0 } }, 'satisfaction')).toBe(10);
    expect(points({ latestAnswer: { kind: 'csat', score: 4, day: 0 } }, 'satisfaction')).toBe(0);
    expect(points({ latestAnswer: null }, 'satisfaction')).toBe(5);
  });

  it('last contact: 0 up to 30 days, full at 120 or never', () => {
    expect(points({ daysSinceContact: 30 }, 'lastContact')).toBe(0);
    expect(points({ daysSinceContact: 75 }, 'lastContact')).toBe(5);
    expect(points({ daysSinceContact: 120 }, 'lastContact')).toBe(10);
    expect(points({ daysSinceContact: null }, 'lastContact')).toBe(10);
  });

  it('decision map: half the weight each for no decision maker and no sponsor', () => {
    expect(points({ decisionMakers: 0, sponsors: 0 }, 'decisionMap')).toBe(10);
    expect(points({ decisionMakers: 2, sponsors: 0 }, 'decisionMap')).toBe(5);
    expect(points({ decisionMakers: 0, sponsors: 1 }, 'decisionMap')).toBe(5);
  });

  it('open actions: an overdue one takes the full weight; an A customer with none planned half', () => {
    expect(points({ overdueActions: 1 }, 'openActions')).toBe(10);
    expect(points({ abc: 'A', openActions: 0 }, 'openActions')).toBe(5);
    expect(points({ abc: 'B', openActions: 0 }, 'openActions')).toBe(0);
  });

  it('still buying: nothing at P(alive) ≥ 90 %, linear to the full weight at ≤ 30 %; nothing without a model', () => {
    expect(points({ pAlive: 0.9 }, 'alive')).toBe(0);
    expect(points({ pAlive: 0.6 }, 'alive')).toBe(7.5);
    expect(points({ pAlive: 0.3 }, 'alive')).toBe(15);
    expect(points({ pAlive: 0.01 }, 'alive')).toBe(15);
    expect(points({ pAlive: null }, 'alive')).toBe(0);
    expect(healthScore({ ...healthy, pAlive: 0.6 }, DEFAULT_HEALTH_WEIGHTS).contributions.at(-1)!.inputs).toEqual({ pAlive: 0.6 });
  });

  it('adds up with edited weights and never goes below 0', () => {
    const weights = { ...DEFAULT_HEALTH_WEIGHTS, satisfaction: 40 };
    expect(healthScore({ ...healthy, latestAnswer: null, daysSinceContact: 75 }, weights).score).toBe(100 - 10 - 5);
    const heavy = validateHealthWeights({ overdue: 100, declining: 100, droppedClass: 100, satisfaction: 100, lastContact: 100, decisionMap: 100, openActions: 100, alive: 100 });
    expect(healthScore({ ...healthy, recencyDays: 30, declining: { recentMean: 1, earlierMean: 9 } }, heavy).score).toBe(0);
  });

  it('weights are validated: every factor, numbers from 0 to 100', () => {
    // Each problem is a code naming the factor, worded with the factor's name in the reader's language.
    expect(() => validateHealthWeights({ ...DEFAULT_HEALTH_WEIGHTS, overdue: 101 })).toThrow(expect.objectContaining({ code: 'kam/bad-weight', params: { factor: 'overdue', value: 101 } }));
    expect(() => validateHealthWeights({ ...DEFAULT_HEALTH_WEIGHTS, overdue: 100.5 })).toThrow(/Peso inválido para "Compra atrasada" \(100,5\): use um número de 0 a 100/);
    expect(() => validateHealthWeights({ ...DEFAULT_HEALTH_WEIGHTS, overdue: '10' })).toThrow(/0 a 100/);
    expect(() => validateHealthWeights({ overdue: 10 })).toThrow(expect.objectContaining({ params: { factor: 'declining', value: 'undefined' } }));
    expect(() => validateHealthWeights({ ...DEFAULT_HEALTH_WEIGHTS, mood: 3 })).toThrow(/mood/);
    expect(() => validateHealthWeights([])).toThrow(expect.objectContaining({ code: 'kam/bad-weights', type: 'bad-option' }));
    expect(withDefaultWeights({ overdue: 5, declining: -1 })).toEqual({ ...DEFAULT_HEALTH_WEIGHTS, overdue: 5 });
  });
});

describe('loss trend, seller × segment, editable fields, status outside a run', () => {
  it('counts losses per month of their loss day, the reason only for the latest loss', () => {
    const trend = lossTrend(
      [
        { purchaseDays: [d('2025-01-01'), d('2025-03-01')], reason: 'price' }, // lost 1 Feb, back, lost 1 Apr
        { purchaseDays: [d('2025-01-15')], reason: null }, // lost 15 Feb
        { purchaseDays: [d('2025-03-20')], reason: 'competitor' }, // lost 20 Apr, after the reference day
      ],
      30,
      d('2025-04-10'),
      3,
    );
    expect(trend.periods).toEqual([
      { period: '2025-02', lost: 2, byReason: { unknown: 2 } },
      { period: '2025-03', lost: 0, byReason: {} },
      { period: '2025-04', lost: 1, byReason: { price: 1 } },
    ]);
    expect(trend.byReason).toEqual([{ reason: 'price', lost: 1 }, { reason: 'unknown', lost: 2 }]);
  });

  it('groups a run by seller and segment, the largest revenue first', () => {
    const table = sellerSegmentTable([
      { seller: 'Ana', segment: 'Varejo', revenue: 100, abc: 'A', status: 'active' },
      { seller: 'Ana', segment: 'Varejo', revenue: 50, abc: 'B', status: 'lost' },
      { seller: 'Bia', segment: null, revenue: 300, abc: 'A', status: 'at risk' },
    ]);
    expect(table).toEqual([
      { seller: 'Bia', segment: null, customers: 1, revenue: 300, aCustomers: 1, activeShare: 1 },
      { seller: 'Ana', segment: 'Varejo', customers: 2, revenue: 150, aCustomers: 1, activeShare: 0.5 },
    ]);
  });

  it('the user edit wins over the imported value, which stays visible', () => {
    expect(editable('Importado', 'Editado')).toEqual({ value: 'Editado', imported: 'Importado', edited: true });
    expect(editable('Importado', null)).toEqual({ value: 'Importado', imported: 'Importado', edited: false });
  });

  it('a customer outside the run: prospect without a purchase, else by recency at the reference day', () => {
    const limits = { inactiveDays: 180, lostDays: 365 };
    const ref = d('2026-06-30');
    expect(statusOutsideRun(null, ref, limits)).toBe('prospect');
    expect(statusOutsideRun(ref - 400, ref, limits)).toBe('lost');
    expect(statusOutsideRun(ref - 200, ref, limits)).toBe('inactive');
    expect(statusOutsideRun(ref + 3, ref, limits)).toBe('active');
  });
});
