// How the dates of some lines are summed up for a person to read ("already stored: 01/04–30/06"):
// a short list of date ranges. Sales skip weekends and holidays, so days up to a week apart belong
// to one range; past six ranges, the two closest ranges are joined until six are left.
import type { DateRange } from '../api/import-api';
import { isoOfDay, type Day } from '../domain/calendar';

/** Days this far apart (or closer) are one range. */
const JOIN_GAP = 7;
const MAX_RANGES = 6;

/** `lines`: how many lines each day holds (days in any order). */
export function dayRanges(lines: ReadonlyMap<Day, number>): DateRange[] {
  const days = [...lines.keys()].sort((a, b) => a - b);
  const runs: { from: Day; to: Day; lines: number }[] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && day - last.to <= JOIN_GAP) {
      last.to = day;
      last.lines += lines.get(day)!;
    } else runs.push({ from: day, to: day, lines: lines.get(day)! });
  }
  while (runs.length > MAX_RANGES) {
    let closest = 0;
    for (let i = 1; i < runs.length - 1; i++) if (runs[i + 1]!.from - runs[i]!.to < runs[closest + 1]!.from - runs[closest]!.to) closest = i;
    const [a, b] = [runs[closest]!, runs[closest + 1]!];
    runs.splice(closest, 2, { from: a.from, to: b.to, lines: a.lines + b.lines });
  }
  return runs.map((r) => ({ from: isoOfDay(r.from), to: isoOfDay(r.to), lines: r.lines }));
}
