import { isoWeekday } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { isTimeZone, utcToLocal } from '../core/meetings/time-zone.js';
import { listAvailability, replaceAvailability, type AvailabilityRow } from '../store/lesson.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, readDb, type AppContext } from './context.js';
import { failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';

export interface AvailabilitySlot {
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  /** Wall-clock HH:mm in the zone. */
  start: string;
  end: string;
}

export interface AvailabilityView {
  instructorId: number;
  timeZone: string | null;
  slots: AvailabilitySlot[];
}

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a lesson from `start` to `end` lies within one of the weekly slots (wall-clock in each slot's zone). */
export function withinAvailability(slots: readonly Pick<AvailabilityRow, 'weekday' | 'start_time' | 'end_time' | 'time_zone'>[], start: Date, end: Date): boolean {
  return slots.some((slot) => {
    const a = utcToLocal(start, slot.time_zone);
    const b = utcToLocal(end, slot.time_zone);
    if (a.slice(0, 10) !== b.slice(0, 10) && b.slice(11, 16) !== '00:00') return false;
    const weekday = isoWeekday(a.slice(0, 10));
    const endTime = a.slice(0, 10) === b.slice(0, 10) ? b.slice(11, 16) : '24:00';
    return weekday === slot.weekday && slot.start_time <= a.slice(11, 16) && endTime <= slot.end_time;
  });
}

const view = (instructorId: number, rows: readonly AvailabilityRow[]): AvailabilityView => ({
  instructorId,
  timeZone: rows[0]?.time_zone ?? null,
  slots: rows.map((r) => ({ weekday: r.weekday, start: r.start_time, end: r.end_time })),
});

/**
 * Sets an instructor's weekly hours for private lessons (replacing the previous ones). Instructors
 * set their own; otherwise it needs write access to the instructor's record.
 */
export async function setAvailability(ctx: AppContext, input: { org: string; instructor: MemberRef; timeZone: string; slots: AvailabilitySlot[] }): Promise<AvailabilityView> {
  const problems: Problem[] = [];
  if (!isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', message: 'an IANA time zone such as Asia/Seoul' });
  if (input.slots.length > 50) problems.push({ path: 'slots', message: 'at most 50 slots' });
  input.slots.forEach((s, i) => {
    if (!Number.isInteger(s.weekday) || s.weekday < 1 || s.weekday > 7) problems.push({ path: `slots[${i}].weekday`, message: '1 (Monday) to 7 (Sunday)' });
    if (!hhmm.test(s.start)) problems.push({ path: `slots[${i}].start`, message: 'HH:mm' });
    if (!hhmm.test(s.end) && s.end !== '24:00') problems.push({ path: `slots[${i}].end`, message: 'HH:mm' });
    else if (hhmm.test(s.start) && s.end <= s.start) problems.push({ path: `slots[${i}].end`, message: 'must be after the start' });
  });
  failOn(problems, 'The availability is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const read = await memberFor(trx, s, input.instructor, 'read');
    const instructor = s.access.isOwnMember(read.id) ? read : await memberFor(trx, s, input.instructor, 'write_members');
    if (!isActiveStatus(instructor.status as MemberStatus) || instructor.status === 'suspended') throw new AppError('rule_violation', `Member '${instructor.member_no}' is not an active member`);
    const at = nowOf(ctx);
    await replaceAvailability(trx, s.org.id, instructor.id, input.slots.map((x) => ({ org_id: s.org.id, instructor_id: instructor.id, weekday: x.weekday, start_time: x.start, end_time: x.end, time_zone: input.timeZone, created_at: at })));
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'availability.set', entityType: 'member', entityId: instructor.id, data: { timeZone: input.timeZone, slots: input.slots.map((x) => `${x.weekday} ${x.start}-${x.end}`) } });
    return view(instructor.id, await listAvailability(trx, s.org.id, instructor.id));
  });
}

export async function getAvailability(ctx: AppContext, org: string, instructor: MemberRef): Promise<AvailabilityView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const m = await memberFor(db, s, instructor, 'read');
  return view(m.id, await listAvailability(db, s.org.id, m.id));
}
