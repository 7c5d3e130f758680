import { AppError } from '../core/errors.js';
import { subtreeRange } from '../core/unit-path.js';
import { attendanceCounts, listAttendance, listDecisions, listMeetings as listMeetingRows, listMinutes } from '../store/meeting.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { attendanceView, countsFrom, decisionView, meetingView, minutesView, type MeetingDetail, type MeetingView } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { UnitRef } from './refs.js';

export interface ListMeetingsInput {
  org: string;
  /** Meetings of this unit only. */
  unit?: UnitRef | undefined;
  /** Meetings of every unit in this subtree. */
  within?: UnitRef | undefined;
  /** Starting at or after / before these instants (ISO). */
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Meetings the actor may see (their own unit's, or every unit in their subtrees), oldest id first. */
export async function listMeetings(ctx: AppContext, input: ListMeetingsInput): Promise<Page<MeetingView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const limit = clampLimit(input.limit);
  for (const [k, v] of [['from', input.from], ['to', input.to]] as const) {
    if (v !== undefined && Number.isNaN(Date.parse(v))) throw new AppError('validation_failed', `'${k}' is not a date`, { problems: [{ path: k, message: 'an ISO date or date-time' }] });
  }
  const unit = input.unit ? await unitFor(db, s, input.unit, 'read_names') : undefined;
  const within = input.within ? await unitFor(db, s, input.within, 'read_names') : undefined;
  const roots = s.access.unrestricted ? null : [...new Set([...(s.access.roots('read') ?? []), ...(s.access.roots('read_names') ?? [])])];
  const rows = await listMeetingRows(db, s.org.id, {
    ...(unit ? { unitId: unit.id } : {}),
    ...(within ? { subtree: subtreeRange(within.path) } : {}),
    scopes: roots === null ? undefined : roots.map(subtreeRange),
    ...(input.from ? { from: new Date(input.from).toISOString() } : {}),
    ...(input.to ? { to: new Date(input.to).toISOString() } : {}),
    ...(decodeCursor(input.cursor) !== undefined ? { afterId: decodeCursor(input.cursor) } : {}),
    limit: limit + 1,
  });
  const counts = await attendanceCounts(db, s.org.id, rows.map((r) => r.id));
  return toPage(rows, limit, (r) => meetingView(r, r.unit_code, countsFrom(counts.filter((c) => c.meeting_id === r.id))));
}

/** A meeting with who was invited and came, its minutes (every revision) and decisions. */
export async function getMeeting(ctx: AppContext, org: string, meetingId: number): Promise<MeetingDetail> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { meeting, unit } = await meetingFor(db, s, meetingId, 'read_names');
  const attendance = await listAttendance(db, s.org.id, meeting.id);
  const counts = countsFrom(attendance.map((a) => ({ status: a.status, n: 1 })));
  return {
    ...meetingView(meeting, unit.code, counts),
    invitees: attendance.map(attendanceView),
    minutes: (await listMinutes(db, s.org.id, meeting.id)).map(minutesView),
    decisions: (await listDecisions(db, s.org.id, meeting.id)).map(decisionView),
  };
}
