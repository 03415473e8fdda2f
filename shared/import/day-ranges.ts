// How the dates of a file's lines already stored are summed up for a person to read ("already
// stored: 10/04/2025 to 20/06/2025"): a short list of date ranges. A range runs over the file's
// own days, so that the days it has no sale on (weekends, a monthly export's gaps) do not break
// it; a day of the file with none of its lines stored does. Past six ranges, the two closest are
// joined until six are left.
import type { DateRange } from '../api/import-api';
import { isoOfDay, type Day } from '../domain/calendar';

const MAX_RANGES = 6;

/** `stored`: how many of the file's lines each day holds that are stored; `fileDays`: every day the file has lines on. */
export function dayRanges(stored: ReadonlyMap<Day, number>, fileDays: Iterable<Day>): DateRange[] {
  const days = [...new Set([...fileDays, ...stored.keys()])].sort((a, b) => a - b);
  const runs: { from: Day; to: Day; lines: number }[] = [];
  let open = false;
  for (const day of days) {
    const lines = stored.get(day) ?? 0;
    if (lines === 0) {
      open = false;
      continue;
    }
    const last = runs[runs.length - 1];
    if (open && last) {
      last.to = day;
      last.lines += lines;
    } else runs.push({ from: day, to: day, lines });
    open = true;
  }
  while (runs.length > MAX_RANGES) {
    let closest = 0;
    for (let i = 1; i < runs.length - 1; i++) if (runs[i + 1]!.from - runs[i]!.to < runs[closest + 1]!.from - runs[closest]!.to) closest = i;
    const [a, b] = [runs[closest]!, runs[closest + 1]!];
    runs.splice(closest, 2, { from: a.from, to: b.to, lines: a.lines + b.lines });
  }
  return runs.map((r) => ({ from: isoOfDay(r.from), to: isoOfDay(r.to), lines: r.lines }));
}
