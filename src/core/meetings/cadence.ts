import { addMonths } from '../dates.js';

/** A period a unit must have met in: [start, end), dates YYYY-MM-DD. */
export interface CadencePeriod {
  start: string;
  end: string;
}

const monthIndex = (date: string): number => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const firstOfMonth = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;

/**
 * The periods of `everyMonths` calendar months (aligned to January of year 0, so 3 gives calendar
 * quarters and 12 calendar years) that lie wholly inside [from, to) and begin on or after the day
 * the unit existed (`since`). A period still running on `to` is not yet due, so it is left out.
 */
export function cadencePeriods(everyMonths: number, since: string, from: string, to: string): CadencePeriod[] {
  const first = from > since ? from : since;
  let i = monthIndex(first);
  i += (everyMonths - (i % everyMonths)) % everyMonths;
  // A unit created mid-period owes its first meeting in the next whole period.
  if (firstOfMonth(i) < first) i += everyMonths;
  const out: CadencePeriod[] = [];
  for (;;) {
    const start = firstOfMonth(i);
    const end = addMonths(start, everyMonths);
    if (end > to) return out;
    out.push({ start, end });
    i += everyMonths;
  }
}

/** The periods without a meeting on one of `meetingDates` (YYYY-MM-DD, in the unit's own zone). */
export function missedPeriods(periods: readonly CadencePeriod[], meetingDates: readonly string[]): CadencePeriod[] {
  const dates = [...meetingDates].sort();
  return periods.filter((p) => !dates.some((d) => d >= p.start && d < p.end));
}
