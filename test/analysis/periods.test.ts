import { describe, expect, it } from 'vitest';
import { periodEnd, periodLabel, periodOf, periodStart, resolveWindow, snapWindow } from '../../shared/analysis/periods';
import { dayOfIso, isoOfDay } from '../../shared/domain/calendar';

const d = (iso: string) => dayOfIso(iso)!;
const iso = isoOfDay;

describe('periods', () => {
  it('labels ISO weeks by the year of their Thursday', () => {
    expect(periodLabel('week', periodOf('week', d('2021-01-03')))).toBe('2020-W53');
    expect(periodLabel('week', periodOf('week', d('2021-01-04')))).toBe('2021-W01');
    expect(periodLabel('week', periodOf('week', d('2026-11-23')))).toBe('2026-W48');
    expect(periodLabel('week', periodOf('week', d('2024-12-30')))).toBe('2025-W01');
  });

  it('starts weeks on Monday and ends them on Sunday', () => {
    const w = periodOf('week', d('2026-11-25')); // a Wednesday
    expect(iso(periodStart('week', w))).toBe('2026-11-23');
    expect(iso(periodEnd('week', w))).toBe('2026-11-29');
  });

  it('knows quarters and months', () => {
    const q = periodOf('quarter', d('2026-08-15'));
    expect(periodLabel('quarter', q)).toBe('2026-Q3');
    expect([iso(periodStart('quarter', q)), iso(periodEnd('quarter', q))]).toEqual(['2026-07-01', '2026-09-30']);
    const m = periodOf('month', d('2024-02-10'));
    expect([periodLabel('month', m), iso(periodEnd('month', m))]).toEqual(['2024-02', '2024-02-29']);
  });

  it('snaps a window outward to whole periods', () => {
    const w = snapWindow('quarter', d('2025-05-20'), d('2026-04-02'));
    expect([iso(w.from), iso(w.to), w.lastPeriod - w.firstPeriod + 1]).toEqual(['2025-04-01', '2026-06-30', 5]);
    const weeks = snapWindow('week', d('2026-10-01'), d('2026-10-31'));
    expect([iso(weeks.from), iso(weeks.to)]).toEqual(['2026-09-28', '2026-11-01']);
  });

  it('defaults to the 12 calendar months ending with the month of the latest sale', () => {
    const w = resolveWindow('month', d('2026-10-28'));
    expect([iso(w.from), iso(w.to), w.lastPeriod - w.firstPeriod + 1]).toEqual(['2025-11-01', '2026-10-31', 12]);
    const fromOnly = resolveWindow('month', d('2026-10-28'), d('2025-03-10'));
    expect([iso(fromOnly.from), iso(fromOnly.to)]).toEqual(['2025-03-01', '2026-03-31']);
    const toOnly = resolveWindow('month', d('2026-10-28'), undefined, d('2026-04-30'));
    expect([iso(toOnly.from), iso(toOnly.to)]).toEqual(['2025-05-01', '2026-04-30']);
  });
});
