import { AppError, type Problem } from '../core/errors.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { changeLesson } from './lesson-booking.js';
import { personalReason } from './enrolment-workflow.js';
import { assertMayTeachLesson, availabilityOverride } from './lesson-rules.js';
import { findMemberById } from '../store/member.repository.js';
import { getLesson } from './lesson-queries.js';
import { checkText, checkTimes, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';
import { lessonFor } from './training-access.js';
import type { LessonView } from './training-views.js';

export interface RescheduleLessonInput {
  org: string;
  lessonId: number;
  start: string;
  end: string;
  timeZone?: string | undefined;
  room?: string | undefined;
  /** A private lesson moved outside the instructor's weekly availability: why (kept with the lesson). */
  outsideAvailabilityReason?: string | undefined;
  version: number;
}

/**
 * Moves a booked lesson (class or private) to another time or room, under the rules of a new
 * booking: the instructor qualified for its area on the new day, a private lesson within the
 * instructor's availability or with a reason; the database refuses a double booking.
 */
export async function rescheduleLesson(ctx: AppContext, input: RescheduleLessonInput): Promise<LessonView> {
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const lesson = await lessonFor(trx, s, input.lessonId, 'run_meetings');
    checkVersion(`Lesson ${lesson.id}`, lesson.version, input.version);
    if (lesson.status === 'cancelled') throw new AppError('invalid_transition', `Lesson ${lesson.id} was cancelled`, { hint: 'Book a new lesson instead' });
    const problems: Problem[] = [];
    const timeZone = input.timeZone ?? lesson.time_zone;
    const times = checkTimes({ start: input.start, end: input.end, timeZone }, problems);
    const room = input.room === undefined ? lesson.room : checkText(input.room, 'room', 100, problems) || null;
    failOn(problems, 'The change is not valid');
    if (!times) throw new AppError('validation_failed', 'The lesson times are not valid');
    await assertMayTeachLesson(trx, s.org.id, lesson.instructor_id, lesson.area, times.startsAt, timeZone);
    let outside = lesson.outside_availability_reason;
    if (lesson.kind === 'private') {
      const instructor = await findMemberById(trx, s.org.id, lesson.instructor_id);
      if (!instructor) throw new AppError('internal_error', 'The lesson’s instructor is missing');
      outside = await availabilityOverride(trx, s.org.id, instructor, times, timeZone, input.outsideAvailabilityReason);
    }
    const ok = await changeLesson(trx, s.org.id, lesson.id, lesson.version, { starts_at: times.startsAt, ends_at: times.endsAt, time_zone: timeZone, room, outside_availability_reason: outside, updated_at: nowOf(ctx) }, room, lesson.instructor_id);
    if (!ok) throw staleWrite(`Lesson ${lesson.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'lesson.reschedule', entityType: 'lesson', entityId: lesson.id, data: { before: { startsAt: lesson.starts_at, room: lesson.room }, after: { startsAt: times.startsAt, room, outsideAvailability: outside !== null } }, ...(lesson.student_id === null ? {} : personalReason(lesson.student_id, outside)) });
  });
  return getLesson(ctx, input.org, input.lessonId);
}
