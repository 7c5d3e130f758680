import { AppError, type Problem } from '../core/errors.js';
import { memberFor, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { writeLesson } from './lesson-booking.js';
import { personalReason } from './enrolment-workflow.js';
import { getLesson } from './lesson-queries.js';
import { checkText, checkTimes, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef, UnitRef } from './refs.js';
import { checkArea } from './create-course.js';
import { assertMayTeachLesson, availabilityOverride } from './lesson-rules.js';
import type { LessonView } from './training-views.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';

export interface BookPrivateLessonInput {
  org: string;
  /** The unit the lesson is run by (the center, a program). */
  unit: UnitRef;
  instructor: MemberRef;
  student: MemberRef;
  start: string;
  end: string;
  timeZone: string;
  room?: string | undefined;
  /** The craft area (a rulebook area key) the lesson teaches: the instructor must hold a valid qualification for it. */
  area?: string | undefined;
  /** Book outside the instructor's weekly availability, for this reason (kept with the lesson). */
  outsideAvailabilityReason?: string | undefined;
}

/**
 * Books a private lesson within the instructor's availability (or outside it with a reason), by an
 * instructor qualified for its area if it names one. The database refuses a second booking of the
 * same instructor or room (compared by normalized name) at an overlapping time, however many book at once.
 */
export async function bookPrivateLesson(ctx: AppContext, input: BookPrivateLessonInput): Promise<LessonView> {
  const problems: Problem[] = [];
  const times = checkTimes(input, problems);
  const room = input.room === undefined ? null : checkText(input.room, 'room', 100, problems) || null;
  failOn(problems, 'The booking is not valid');
  if (!times) throw new AppError('validation_failed', 'The lesson times are not valid');
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'run_meetings', { active: true });
    const instructor = await memberFor(trx, s, input.instructor, 'read');
    const student = await memberFor(trx, s, input.student, 'read');
    for (const m of [instructor, student]) if (!isActiveStatus(m.status as MemberStatus)) throw new AppError('rule_violation', `Member '${m.member_no}' is not an active member`);
    if (instructor.id === student.id) throw new AppError('validation_failed', 'An instructor cannot book a lesson with themselves', { problems: [{ path: 'student', message: 'another member' }] });
    const area = input.area === undefined || input.area.trim() === '' ? null : input.area.trim();
    if (area !== null) {
      const areaProblems: Problem[] = [];
      checkArea(s.rules, area, areaProblems);
      failOn(areaProblems, 'The booking is not valid');
    }
    await assertMayTeachLesson(trx, s.org.id, instructor.id, area, times.startsAt, input.timeZone);
    const outsideAvailabilityReason = await availabilityOverride(trx, s.org.id, instructor, times, input.timeZone, input.outsideAvailabilityReason);
    const at = nowOf(ctx);
    const lesson = await writeLesson(trx, {
      org_id: s.org.id,
      unit_id: unit.id,
      class_id: null,
      kind: 'private',
      instructor_id: instructor.id,
      student_id: student.id,
      room,
      area,
      outside_availability_reason: outsideAvailabilityReason,
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      time_zone: input.timeZone,
      status: 'booked',
      cancel_reason: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'lesson.book', entityType: 'lesson', entityId: lesson.id, data: { unitCode: unit.code, instructorId: instructor.id, studentId: student.id, startsAt: times.startsAt, room, area, outsideAvailability: outsideAvailabilityReason !== null }, ...personalReason(student.id, outsideAvailabilityReason) });
    return lesson.id;
  });
  return getLesson(ctx, input.org, id);
}
