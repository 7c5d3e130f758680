import { AppError, type Problem } from '../core/errors.js';
import { defaultInvitees, insertAttendance, insertMeeting } from '../store/meeting.repository.js';
import { memberFor, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkAgenda, checkText, checkTimes, failOn, type TimeInput } from './meeting-input.js';
import { meetingKinds, meetingView, type MeetingKind, type MeetingView } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef, UnitRef } from './refs.js';

export interface ScheduleMeetingInput extends TimeInput {
  org: string;
  unit: UnitRef;
  kind: MeetingKind | string;
  title: string;
  place: string;
  agenda?: string[] | undefined;
  /** Who is invited; by default the unit's members and its office holders. */
  invitees?: MemberRef[] | undefined;
}

/** Schedules a meeting of a unit (a cell's general meeting, a committee meeting, a class lesson). */
export async function scheduleMeeting(ctx: AppContext, input: ScheduleMeetingInput): Promise<MeetingView> {
  const problems: Problem[] = [];
  if (!(meetingKinds as readonly string[]).includes(input.kind)) problems.push({ path: 'kind', message: `one of ${meetingKinds.join(', ')}` });
  const title = checkText(input.title, 'title', 200, problems);
  const place = checkText(input.place, 'place', 300, problems);
  const agenda = checkAgenda(input.agenda, problems);
  const times = checkTimes(input, problems);
  failOn(problems, 'The meeting is not valid');
  if (!times) throw new AppError('validation_failed', 'The meeting times are not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'run_meetings', { active: true });
    let invitees: number[];
    if (input.invitees) {
      invitees = [];
      for (const ref of input.invitees) invitees.push((await memberFor(trx, s, ref, 'read')).id);
      invitees = [...new Set(invitees)];
    } else {
      // Applicants are not members yet, and a suspended member takes no part.
      invitees = await defaultInvitees(trx, s.org.id, unit.id, todayOf(ctx), ['candidate', 'full_member']);
    }
    const at = nowOf(ctx);
    const meeting = await insertMeeting(trx, {
      org_id: s.org.id,
      unit_id: unit.id,
      kind: input.kind,
      title,
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      time_zone: input.timeZone,
      place,
      agenda: JSON.stringify(agenda),
      status: 'scheduled',
      cancel_reason: null,
      sequence: 0,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertAttendance(trx, invitees.map((memberId) => ({ org_id: s.org.id, meeting_id: meeting.id, member_id: memberId, status: 'invited', checked_in_at: null })));
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'meeting.schedule', entityType: 'meeting', entityId: meeting.id, data: { unitCode: unit.code, kind: input.kind, startsAt: times.startsAt, timeZone: input.timeZone, invitees: invitees.length } });
    return meetingView(meeting, unit.code, { invited: invitees.length, present: 0, excused: 0, absent: 0, total: invitees.length });
  });
}
