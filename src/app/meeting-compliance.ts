import { addMonths, isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { cadencePeriods, missedPeriods, type CadencePeriod } from '../core/meetings/cadence.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import { subtreeRange } from '../core/unit-path.js';
import { heldMeetingsInSubtree } from '../store/meeting.repository.js';
import { listUnits, type PathRange } from '../store/unit.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

export interface ComplianceInput {
  org: string;
  within?: UnitRef | undefined;
  /** First day of the window (default: 12 months before `to`). */
  from?: string | undefined;
  /** Day after the window (default today); only periods wholly before it are due. */
  to?: string | undefined;
}

export interface MissedMeetings {
  unit: { id: number; code: string; name: string; kind: string };
  everyMonths: number;
  missed: CadencePeriod[];
  /** Local date of the unit's last meeting in the window, if any. */
  lastMeetingOn: string | null;
}

export interface ComplianceReport {
  from: string;
  to: string;
  checkedUnits: number;
  totals: { unitsMissing: number; missedPeriods: number };
  units: MissedMeetings[];
  truncated: boolean;
}

const LIST_LIMIT = 500;

/**
 * Units that missed a meeting the rulebook's cadence requires ("a cell meets monthly"), derived only
 * from meetings already recorded. A meeting counts in the period of its local date in its own zone;
 * cancelled meetings do not count.
 */
export async function meetingCompliance(ctx: AppContext, input: ComplianceInput): Promise<ComplianceReport> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const to = input.to ?? todayOf(ctx);
  const from = input.from ?? addMonths(to, -12);
  const problems = [];
  if (!isIsoDate(to)) problems.push({ path: 'to', message: 'YYYY-MM-DD' });
  if (!isIsoDate(from)) problems.push({ path: 'from', message: 'YYYY-MM-DD' });
  else if (isIsoDate(to) && from >= to) problems.push({ path: 'from', message: 'must be before to' });
  if (problems.length > 0) throw new AppError('validation_failed', 'The report window is not valid', { problems });
  const within = input.within ? await unitFor(db, s, input.within, 'read') : undefined;
  const subtree: PathRange | undefined = within ? subtreeRange(within.path) : undefined;
  const roots = s.access.roots('read');
  const scopes = roots === null ? undefined : roots.map(subtreeRange);
  // A day's margin either side: a meeting's local date may fall on another UTC day.
  const held = await heldMeetingsInSubtree(db, s.org.id, subtree, `${addDays(from, -1)}T00:00:00.000Z`, `${addDays(to, 1)}T00:00:00.000Z`);
  const datesByUnit = new Map<number, string[]>();
  for (const m of held) {
    const local = utcToLocal(new Date(m.starts_at), m.time_zone).slice(0, 10);
    if (local < from || local >= to) continue;
    const list = datesByUnit.get(m.unit_id) ?? [];
    list.push(local);
    datesByUnit.set(m.unit_id, list);
  }
  const out: MissedMeetings[] = [];
  let checked = 0;
  let missing = 0;
  let missedTotal = 0;
  for (const rule of s.rules.rulebook.meetings.cadence) {
    const units = await listUnits(db, s.org.id, { ...(subtree ? { subtree } : {}), scopes, kind: rule.unitKind, limit: 1_000_000 });
    for (const u of units) {
      checked++;
      const dates = datesByUnit.get(u.id) ?? [];
      const missed = missedPeriods(cadencePeriods(rule.everyMonths, u.created_on, from, to), dates);
      if (missed.length === 0) continue;
      missing++;
      missedTotal += missed.length;
      if (out.length < LIST_LIMIT) {
        out.push({ unit: { id: u.id, code: u.code, name: u.name, kind: u.kind }, everyMonths: rule.everyMonths, missed, lastMeetingOn: dates.length > 0 ? ([...dates].sort().at(-1) ?? null) : null });
      }
    }
  }
  return { from, to, checkedUnits: checked, totals: { unitsMissing: missing, missedPeriods: missedTotal }, units: out, truncated: missing > out.length };
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
