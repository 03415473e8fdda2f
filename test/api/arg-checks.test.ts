// The argument checks every API call passes before its handler runs (shared/api/arg-checks.ts).
import { describe, expect, it } from 'vitest';
import { argChecksOf, array, id, isArgProblem, nothing, nullable, number, object, oneOf, optional, record, text } from '../../shared/api/arg-checks';

const problemOf = (f: () => unknown): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    if (isArgProblem(e)) return e.argProblem;
    throw e;
  }
};

describe('argument checks', () => {
  const runRequest = object({
    from: optional(text(10)),
    params: optional(object({ a: optional(number({ min: 0, max: 100 })), period: optional(oneOf(['month', 'week', 'quarter'])) })),
    codes: optional(array(text(), 3)),
  });

  it('accepts a well-formed argument and leaves out absent fields', () => {
    expect(runRequest({ from: '2026-01-01', params: { a: 80 } }, '')).toEqual({ from: '2026-01-01', params: { a: 80 } });
    expect(runRequest({}, '')).toEqual({});
  });

  it('names the offending field: a number where text goes, NaN, an unknown field, too many items', () => {
    expect(problemOf(() => runRequest({ from: 5 }, ''))).toBe('from');
    expect(problemOf(() => runRequest({ params: { a: Number.NaN } }, ''))).toBe('params.a');
    expect(problemOf(() => runRequest({ params: { period: 'year' } }, ''))).toBe('params.period');
    expect(problemOf(() => runRequest({ extra: 1 }, ''))).toBe('extra');
    expect(problemOf(() => runRequest({ codes: ['a', 'b', 'c', 'd'] }, ''))).toBe('codes');
    expect(problemOf(() => runRequest({ codes: ['a', 7] }, ''))).toBe('codes[1]');
    expect(problemOf(() => runRequest(null, ''))).toBe('');
    expect(problemOf(() => runRequest([], ''))).toBe('');
  });

  it('refuses ids that are not positive whole numbers, and arguments to handlers that take none', () => {
    expect(problemOf(() => id(0, 'runId'))).toBe('runId');
    expect(problemOf(() => id(1.5, 'runId'))).toBe('runId');
    expect(problemOf(() => id('7', 'runId'))).toBe('runId');
    expect(id(7, 'runId')).toBe(7);
    expect(problemOf(() => nothing({ a: 1 }, ''))).toBe('a');
    expect(nullable(text())(null, 'x')).toBeNull();
    expect(problemOf(() => record(oneOf(['customer', 'date']), number({ integer: true }))({ customer: 0, amount: 2 }, 'mapping'))).toBe('mapping.amount');
  });
});

describe('checks and handler types', () => {
  it('cannot drift: a check that misses a field of its handler argument does not compile', () => {
    type Handlers = { 'f/x': (arg: { a?: string; b?: number }) => Promise<void> };
    // @ts-expect-error the check knows nothing of `b`
    const missing = argChecksOf<Handlers>()({ 'f/x': object({ a: optional(text()) }) });
    const exact = argChecksOf<Handlers>()({ 'f/x': object({ a: optional(text()), b: optional(number()) }) });
    expect(exact['f/x']({ b: 2 }, '')).toEqual({ b: 2 });
    expect(missing['f/x']).toBeTypeOf('function');
  });
});
