import { describe, expect, it } from 'vitest';
import { classifyAbc } from '../../shared/analysis/abc';

const reais = (n: number) => n * 100;

describe('ABC (Pareto)', () => {
  it("reproduces seed 000's worked example: 2,000,000 in 6 months, list down until 1,600,000", () => {
    const values = [700_000, 500_000, 300_000, 200_000, 150_000, 100_000, 50_000];
    const rows = classifyAbc(
      values.map((v, i) => ({ code: `C${i + 1}`, value: reais(v) })),
      80,
      95,
    );
    // 700k + 500k + 300k = 1.5M < 1.6M, so the 200k customer whose value crosses 80 % is still A.
    expect(rows.map((r) => r.abc).join('')).toBe('AAAABBC');
    expect(rows[3]!.cumulativeShare).toBeCloseTo(0.85, 12);
    expect(rows[0]!.share).toBeCloseTo(0.35, 12);
  });

  it('breaks ties by code in plain code-unit order, not locale order', () => {
    const rows = classifyAbc(
      [
        { code: 'b', value: 100 },
        { code: 'B', value: 100 },
        { code: 'a', value: 100 },
        { code: 'Á', value: 100 },
      ],
      80,
      95,
    );
    expect(rows.map((r) => r.code)).toEqual(['B', 'a', 'b', 'Á']);
  });

  it('is A while the cumulative value above is strictly below the threshold', () => {
    // 80 | 20: the second customer starts exactly at 80 % → not A.
    const rows = classifyAbc(
      [
        { code: 'X', value: 80 },
        { code: 'Y', value: 15 },
        { code: 'Z', value: 5 },
      ],
      80,
      95,
    );
    expect(rows.map((r) => r.abc)).toEqual(['A', 'B', 'C']);
  });

  it('puts customers with value ≤ 0 in C, flagged, outside the cumulative sum', () => {
    const rows = classifyAbc(
      [
        { code: 'R', value: -500 },
        { code: 'P', value: 1000 },
        { code: 'Z', value: 0 },
      ],
      80,
      95,
    );
    expect(rows.map((r) => [r.code, r.abc, r.nonPositive, r.cumulativeShare])).toEqual([
      ['P', 'A', false, 1],
      ['Z', 'C', true, null],
      ['R', 'C', true, null],
    ]);
    expect(rows[2]!.share).toBe(-0.5); // share = value / total of positive values
  });

  it('handles a run where nobody has a positive value', () => {
    const rows = classifyAbc([{ code: 'R', value: -1 }], 80, 95);
    expect(rows[0]).toMatchObject({ abc: 'C', nonPositive: true, share: null, cumulativeShare: null });
  });
});
