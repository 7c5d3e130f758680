import { AppError, type Problem } from '../core/errors.js';
import { updateMeetingIfVersion } from '../store/meeting.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { checkAgenda, checkText, checkTimes, failOn, type TimeInput } from './meeting-input.js';
import { getMeeting } from './meeting-queries.js';
import type { MeetingDetail } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

export interface RescheduleMeetingInput extends Partial<TimeInput> {
  org: string;
  meetingId: number;
  title?: string | undefined;
  place?: string | undefined;
  agenda?: string[] | undefined;
  version: number;
}

/** Changes a scheduled meeting's time, place, title or agenda; calendars see a raised SEQUENCE. */
export async function rescheduleMeeting(ctx: AppContext, input: RescheduleMeetingInput): Promise<MeetingDetail> {
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting, unit } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    checkVersion(`Meeting ${meeting.id}`, meeting.version, input.version);
    if (meeting.status === 'cancelled') throw new AppError('invalid_transition', `Meeting ${meeting.id} was cancelled`, { hint: 'Schedule a new meeting instead' });
    const problems: Problem[] = [];
    const title = input.title === undefined ? meeting.title : checkText(input.title, 'title', 200, problems);
    const place = input.place === undefined ? meeting.place : checkText(input.place, 'place', 300, problems);
    const agenda = input.agenda === undefined ? meeting.agenda : JSON.stringify(checkAgenda(input.agenda, problems));
    let startsAt = meeting.starts_at;
    let endsAt = meeting.ends_at;
    const timeZone = input.timeZone ?? meeting.time_zone;
    if (input.start !== undefined || input.end !== undefined || input.timeZone !== undefined) {
      if (input.start === undefined || input.end === undefined) problems.push({ path: input.start === undefined ? 'start' : 'end', message: 'give start and end together' });
      else {
        const t = checkTimes({ start: input.start, end: input.end, timeZone }, problems);
        if (t) ({ startsAt, endsAt } = t);
      }
    }
    failOn(problems, 'The change is not valid');
    const ok = await updateMeetingIfVersion(trx, s.org.id, meeting.id, meeting.version, { title, place, agenda, starts_at: startsAt, ends_at: endsAt, time_zone: timeZone, sequence: meeting.sequence + 1, updated_at: nowOf(ctx) });
    if (!ok) throw staleWrite(`Meeting ${meeting.id}`);
    await recordAudit(trx, ctx, {
      orgId: s.org.id,
      action: 'meeting.reschedule',
      entityType: 'meeting',
      entityId: meeting.id,
      data: { unitCode: unit.code, before: { startsAt: meeting.starts_at, timeZone: meeting.time_zone, place: meeting.place }, after: { startsAt, timeZone, place } },
    });
  });
  return getMeeting(ctx, input.org, input.meetingId);
}
