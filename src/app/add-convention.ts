import { isIsoDate } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import { isTimeZone } from '../core/meetings/time-zone.js';
import { insertConvention, listEditions } from '../store/convention.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { seriesFor } from './convention-access.js';
import { conventionView, type ConventionView } from './convention-views.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface AddConventionInput {
  org: string;
  seriesId: number;
  /** Default: one after the highest recorded. */
  ordinal?: number | undefined;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  place?: string | null | undefined;
  plannedParticipants?: number | null | undefined;
  /** A past edition known only from the archive: its dates, and its figures when known. */
  past?: { participants?: number | null | undefined; present?: number | null | undefined } | undefined;
}

/** Adds an edition to a series: one being planned, or a past one recorded with its dates only. */
export async function addConvention(ctx: AppContext, input: AddConventionInput): Promise<ConventionView> {
  const problems: Problem[] = [];
  if (!isIsoDate(input.startsOn)) problems.push({ path: 'startsOn', message: 'YYYY-MM-DD' });
  if (!isIsoDate(input.endsOn)) problems.push({ path: 'endsOn', message: 'YYYY-MM-DD' });
  else if (isIsoDate(input.startsOn) && input.endsOn < input.startsOn) problems.push({ path: 'endsOn', message: 'on or after the first day' });
  if (!isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', message: 'an IANA time zone such as Asia/Seoul' });
  if (input.ordinal !== undefined && (!Number.isInteger(input.ordinal) || input.ordinal < 1 || input.ordinal > 10_000)) problems.push({ path: 'ordinal', message: 'a whole number from 1' });
  if ((input.place?.length ?? 0) > 300) problems.push({ path: 'place', message: 'at most 300 characters' });
  for (const [path, n] of [['plannedParticipants', input.plannedParticipants], ['past.participants', input.past?.participants], ['past.present', input.past?.present]] as const) {
    if (n !== undefined && n !== null && (!Number.isInteger(n) || n < 0 || n > 10_000_000)) problems.push({ path, message: 'a whole number ≥ 0' });
  }
  if (input.past?.present != null && input.past.participants != null && input.past.present > input.past.participants) problems.push({ path: 'past.present', message: 'cannot exceed participants' });
  if (input.past && isIsoDate(input.endsOn) && input.endsOn >= todayOf(ctx)) problems.push({ path: 'past', message: 'a past edition must have ended before today' });
  if (problems.length > 0) throw new AppError('validation_failed', 'The convention is not valid', { problems });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { series, unit } = await seriesFor(trx, s, input.seriesId, 'run_meetings');
    const editions = await listEditions(trx, s.org.id, series.id);
    const ordinal = input.ordinal ?? (editions.at(-1)?.ordinal ?? 0) + 1;
    if (editions.some((e) => e.ordinal === ordinal)) throw new AppError('already_exists', `The series already has edition ${ordinal}`);
    const at = nowOf(ctx);
    const row = await insertConvention(trx, {
      org_id: s.org.id,
      series_id: series.id,
      ordinal,
      status: input.past ? 'past' : 'planned',
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      time_zone: input.timeZone,
      place: input.place?.trim() || null,
      planned_participants: input.plannedParticipants ?? null,
      recorded_participants: input.past?.participants ?? null,
      recorded_present: input.past?.present ?? null,
      cutoff_on: null,
      roster_rule: null,
      roster_basis: null,
      roster_frozen_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.add', entityType: 'convention', entityId: row.id, data: { seriesId: series.id, ordinal, startsOn: input.startsOn, past: input.past !== undefined } });
    const previous = editions.filter((e) => e.ordinal < ordinal).at(-1);
    return conventionView(row, series, unit.code, previous?.id ?? null);
  });
}
