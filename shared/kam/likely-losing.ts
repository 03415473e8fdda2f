// A key account the models say is probably being lost (issue #12): class A or B in the current
// analysis and a probability of still buying, P(alive), under 50 %. The portfolio, the agenda and
// the dossier flag it "provavelmente perdendo".
import type { AbcClass } from '../analysis/result-types';

export const LIKELY_LOSING_BELOW = 0.5;

export function isLikelyLosing(abc: AbcClass | null, pAlive: number | null): boolean {
  return (abc === 'A' || abc === 'B') && pAlive !== null && pAlive < LIKELY_LOSING_BELOW;
}
