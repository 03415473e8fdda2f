// The KPI handlers' arguments (kpi-api.ts). The health weights are checked for their shape (a
// number per factor); their range (0 to 100) is the handler's rule, worded for the user.
import { PERIODS } from '../analysis/params';
import { HEALTH_FACTORS } from '../kam/kpi-types';
import { argChecksOf, nothing, object, oneOf, optional } from './arg-checks';
import { fileId, line, numeric } from './common-arg-checks';
import type { KpiHandlers } from './kpi-api';

const weights = object(Object.fromEntries(HEALTH_FACTORS.map((f) => [f, numeric])) as { [F in (typeof HEALTH_FACTORS)[number]]: typeof numeric });

export const kpiArgChecks = argChecksOf<KpiHandlers>()({
  'surveys/import': object({ fileId, kind: oneOf(['nps', 'csat'] as const) }),
  'kpi/nps': nothing,
  'kpi/churn': object({ period: optional(oneOf(PERIODS)), periods: optional(numeric) }),
  'kpi/clv': object({ code: line }),
  'kpi/health': object({ code: line }),
  'kpi/health-weights': nothing,
  'kpi/set-health-weights': object({ weights }),
  'kpi/dashboard': object({ atRiskLimit: optional(numeric) }),
});
