// The follow-up handlers' arguments (followup-api.ts): the agenda and the win-back list.
import { WINBACK_REASONS } from '../kam/kam-types';
import { WINBACK_OUTCOMES } from '../kam/record-input';
import { argChecksOf, id, nothing, nullable, object, oneOf, optional } from './arg-checks';
import { line, note, numeric } from './common-arg-checks';
import type { FollowupHandlers } from './followup-api';

export const followupArgChecks = argChecksOf<FollowupHandlers>()({
  'agenda/list': object({ today: optional(numeric), days: optional(numeric), ownerId: optional(id) }),
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
