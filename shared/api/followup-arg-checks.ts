// The follow-up handlers' arguments (followup-api.ts): the agenda and the win-back list.
import { WINBACK_REASONS } from '../kam/kam-types';
import { WINBACK_OUTCOMES } from '../kam/record-input';
import { argChecksOf, either, id, nothing, nullable, object, oneOf, optional } from './arg-checks';
import { line, note, numeric } from './common-arg-checks';
import type { FollowupHandlers } from './followup-api';

const agendaFilter = { today: optional(numeric), days: optional(numeric), ownerId: optional(id), kind: optional(oneOf(['contact', 'purchase', 'action'] as const)) };

export const followupArgChecks = argChecksOf<FollowupHandlers>()({
  'agenda/list': object({ ...agendaFilter, limit: optional(numeric) }),
  'agenda/page': object({ ...agendaFilter, list: oneOf(['overdue', 'due'] as const), offset: optional(numeric), limit: optional(numeric) }),
  'agenda/losing': object({ ownerId: optional(id), offset: optional(numeric), limit: optional(numeric) }),
  // The days are the handler's rule (whole, a snooze after today and within a year).
  'agenda/mark-purchase': object({
    code: line,
    lastPurchase: numeric,
    mark: nullable(either(object({ state: oneOf(['done'] as const) }), object({ state: oneOf(['snoozed'] as const), until: numeric }))),
    today: optional(numeric),
  }),
  'winback/list': nothing,
  'winback/page': object({ offset: optional(numeric), limit: optional(numeric) }),
  'winback/save': object({
    code: line,
    case: object({
      reason: nullable(oneOf(WINBACK_REASONS)),
      reasonText: nullable(note),
      offer: nullable(note),
      outcome: oneOf(WINBACK_OUTCOMES),
    }),
  }),
  'winback/trend': object({ months: optional(numeric) }),
});
