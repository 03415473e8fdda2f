// The analysis handlers' arguments (analysis-api.ts), checked before the handler runs. Dates and
// thresholds are checked for their type here; whether they make sense (a month 13, A ≥ B) is the
// handler's rule, with a message a person can act on.
import { ABC_CLASSES, STATUSES, XYZ_CLASSES } from '../analysis/result-types';
import { BASES, PERIODS, XYZ_MEASURES } from '../analysis/params';
import { MIGRATION_KEYS } from '../analysis/matrix-types';
import { RESULT_FILTER_KEYS } from '../analysis/result-filter';
import type { AnalysisHandlers } from './analysis-api';
import { argChecksOf, array, id, nothing, nullable, object, oneOf, optional, record } from './arg-checks';
import { LIMITS, line, numeric, pageFields } from './common-arg-checks';

const runId = object({ runId: id });

export const analysisArgChecks = argChecksOf<AnalysisHandlers>()({
  'analysis/defaults': nothing,
  'analysis/run': object({
    from: optional(line),
    to: optional(line),
    params: optional(
      object({
        period: optional(oneOf(PERIODS)),
        basis: optional(oneOf(BASES)),
        a: optional(numeric),
        b: optional(numeric),
        xyzMeasure: optional(oneOf(XYZ_MEASURES)),
        x: optional(numeric),
        y: optional(numeric),
        minPeriods: optional(numeric),
        inactiveDays: optional(numeric),
        lostDays: optional(numeric),
        discount: optional(numeric),
      }),
    ),
  }),
  'analysis/runs': nothing,
  'analysis/get': runId,
  'analysis/delete': runId,
  'analysis/results': object({
    runId: id,
    filter: optional(
      object({
        abc: optional(oneOf(ABC_CLASSES)),
        xyz: optional(oneOf([...XYZ_CLASSES, 'new'] as const)),
        status: optional(oneOf(STATUSES)),
        codes: optional(array(line, LIMITS.codes)),
      }),
    ),
  }),
  'analysis/class-customers': object({ runId: id, abc: oneOf(ABC_CLASSES) }),
  // The filter's values are checked by the handler (results-page.ts), which names the field.
  'analysis/results-page': object({
    runId: id,
    filter: optional(record(oneOf(RESULT_FILTER_KEYS), line)),
    codes: optional(array(line, LIMITS.codes)),
    ...pageFields(line),
  }),
  'analysis/result-values': runId,
  'analysis/others': object({ runId: id, filter: optional(object({ status: optional(oneOf(STATUSES)) })) }),
  'analysis/set-current': runId,
  'analysis/set-label': object({ runId: id, label: nullable(line) }),
  'analysis/matrix': runId,
  'analysis/concentration': object({ runId: id, aLimit: optional(numeric) }),
  'analysis/sensitivity': runId,
  'analysis/pareto': runId,
  'analysis/migration': object({ fromRunId: id, toRunId: id }),
  'analysis/migration-customers': object({
    fromRunId: id,
    toRunId: id,
    from: oneOf(MIGRATION_KEYS),
    to: oneOf(MIGRATION_KEYS),
    offset: optional(numeric),
    limit: optional(numeric),
  }),
});
