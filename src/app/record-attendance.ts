import { AppError, type Problem } from '../core/errors.js';
import { insertAttendance, listAttendance, setAttendance } from '../store/meeting.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { getMeeting } from './meeting-queries.js';
import { attendanceStatuses, type AttendanceStatus, type MeetingDetail } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';

export interface AttendanceEntry {
  member: MemberRef;
  status: AttendanceStatus;
  /** When a person present checked in (ISO); default now. */
  checkedInAt?: string | undefined;
}

/**
 * Marks people present (with their check-in time), excused or absent. Someone present who was not
 * invited (a guest from another unit) is added to the list.
 */
export async function recordAttendance(ctx: AppContext, input: { org: string; meetingId: number; entries: AttendanceEntry[] }): Promise<MeetingDetail> {
  const problems: Problem[] = [];
  if (input.entries.length === 0 || input.entries.length > 1000) problems.push({ path: 'entries', message: '1–1000 entries' });
  input.entries.forEach((e, i) => {
    if (!(attendanceStatuses as readonly string[]).includes(e.status)) problems.push({ path: `entries[${i}].status`, message: attendanceStatuses.join(', ') });
    if (e.checkedInAt !== undefined && (Number.isNaN(Date.parse(e.checkedInAt)) || e.status !== 'present')) problems.push({ path: `entries[${i}].checkedInAt`, message: 'an ISO date-time, for people present only' });
  });
  if (problems.length > 0) throw new AppError('validation_failed', 'The attendance is not valid', { problems });
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    if (meeting.status === 'cancelled') throw new AppError('invalid_transition', `Meeting ${meeting.id} was cancelled`);
    const now = nowOf(ctx);
    if (meeting.starts_at > new Date(ctx.clock().getTime() + 86_400_000).toISOString()) {
      throw new AppError('invalid_transition', `Meeting ${meeting.id} has not begun`, { hint: 'Attendance is recorded from the day of the meeting' });
    }
    const invited = new Set((await listAttendance(trx, s.org.id, meeting.id)).map((a) => a.member_id));
    const changed: Record<string, string> = {};
    for (const e of input.entries) {
      const member = await memberFor(trx, s, e.member, 'read_names');
      const at = e.status === 'present' ? new Date(e.checkedInAt ?? now).toISOString() : null;
      if (!invited.has(member.id)) {
        await insertAttendance(trx, [{ org_id: s.org.id, meeting_id: meeting.id, member_id: member.id, status: e.status, checked_in_at: at }]);
        invited.add(member.id);
      } else await setAttendance(trx, s.org.id, meeting.id, member.id, e.status, at);
      changed[String(member.id)] = e.status;
    }
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'meeting.attendance', entityType: 'meeting', entityId: meeting.id, data: { attendance: changed } });
  });
  return getMeeting(ctx, input.org, input.meetingId);
}
