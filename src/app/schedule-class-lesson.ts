import { AppError, type Problem } from '../core/errors.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { writeLesson } from './lesson-booking.js';
import { assertMayTeachLesson } from './lesson-rules.js';
import { findCourse } from '../store/course.repository.js';
import { getLesson } from './lesson-queries.js';
import { checkText, checkTimes, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import { classFor } from './training-access.js';
import type { LessonView } from './training-views.js';

export interface ScheduleClassLessonInput {
  org: string;
  classId: number;
  /** Wall-clock, YYYY-MM-DDTHH:mm, in the class's zone unless `timeZone` is given. */
  start: string;
  end: string;
  timeZone?: string | undefined;
  /** The class's room unless given. */
  room?: string | undefined;
}

/** Schedules one lesson of a class, taught by the class's instructor (qualified for the course's area on that day), in its room. */
export async function scheduleClassLesson(ctx: AppContext, input: ScheduleClassLessonInput): Promise<LessonView> {
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const k = await classFor(trx, s, input.classId, 'run_meetings', 'schedule lessons of');
    const problems: Problem[] = [];
    const timeZone = input.timeZone ?? k.time_zone;
    const times = checkTimes({ start: input.start, end: input.end, timeZone }, problems);
    const room = input.room === undefined ? k.room : checkText(input.room, 'room', 100, problems);
    failOn(problems, 'The lesson is not valid');
    if (!times) throw new AppError('validation_failed', 'The lesson times are not valid');
    const course = await findCourse(trx, s.org.id, { id: k.course_id });
    if (!course) throw new AppError('internal_error', 'The class’s course is missing');
    await assertMayTeachLesson(trx, s.org.id, k.instructor_id, course.area, times.startsAt, timeZone);
    const at = nowOf(ctx);
    const lesson = await writeLesson(trx, {
      org_id: s.org.id,
      unit_id: k.unit_id,
      class_id: k.id,
      kind: 'class',
      instructor_id: k.instructor_id,
      student_id: null,
      room,
      area: course.area,
      starts_at: times.startsAt,
      ends_at: times.endsAt,
      time_zone: timeZone,
      status: 'booked',
      cancel_reason: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'lesson.schedule', entityType: 'lesson', entityId: lesson.id, data: { classId: k.id, unitCode: k.unit_code, startsAt: times.startsAt, room } });
    return lesson.id;
  });
  return getLesson(ctx, input.org, id);
}
