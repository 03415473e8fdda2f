// Status at the reference date and the signals behind "at risk" (SPEC "Purchase cycle, status
// and signals").
import type { AbcClass, Signal, Status } from './result-types';

const RANK: Record<AbcClass, number> = { A: 0, B: 1, C: 2 };

export function overdueSignal(recencyDays: number | null, cycleDays: number | null): Signal | null {
  if (recencyDays === null || cycleDays === null) return null;
  return recencyDays > 1.5 * cycleDays ? { kind: 'overdue', recencyDays, cycleDays } : null;
}

/** ABC class worse than in the previous stored run with the same parameters. */
export function droppedClassSignal(previous: AbcClass | undefined, current: AbcClass, previousRunId: number): Signal | null {
  if (previous === undefined || RANK[current] <= RANK[previous]) return null;
  return { kind: 'dropped class', from: previous, to: current, previousRunId };
}

export function statusOf(
  recencyDays: number | null,
  signals: Signal[],
  limits: { inactiveDays: number; lostDays: number },
): Status {
  if (recencyDays === null) return 'prospect';
  if (recencyDays > limits.lostDays) return 'lost';
  if (recencyDays > limits.inactiveDays) return 'inactive';
  return signals.length > 0 ? 'at risk' : 'active';
}
