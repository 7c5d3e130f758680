import { AppError } from '../core/errors.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { changeLesson } from './lesson-booking.js';
import { personalReason } from './enrolment-workflow.js';
import { getLesson } from './lesson-queries.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';
import { lessonFor } from './training-access.js';
import type { LessonView } from './training-views.js';

/** Cancels a lesson (kept on record): its instructor and room are free again at that time. */
export async function cancelLesson(ctx: AppContext, input: { org: string; lessonId: number; reason: string; version: number }): Promise<LessonView> {
  const reason = requireReason(input.reason);
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const lesson = await lessonFor(trx, s, input.lessonId, 'run_meetings');
    checkVersion(`Lesson ${lesson.id}`, lesson.version, input.version);
    if (lesson.status === 'cancelled') throw new AppError('invalid_transition', `Lesson ${lesson.id} is already cancelled`);
    if (!(await changeLesson(trx, s.org.id, lesson.id, lesson.version, { status: 'cancelled', cancel_reason: reason, updated_at: nowOf(ctx) }, lesson.room, lesson.instructor_id))) throw staleWrite(`Lesson ${lesson.id}`);
    // A private lesson's reason is about its student (erased with them); a class lesson's about the class.
    const why = lesson.student_id === null ? { reason } : personalReason(lesson.student_id, reason);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'lesson.cancel', entityType: 'lesson', entityId: lesson.id, ...why, data: { startsAt: lesson.starts_at } });
  });
  return getLesson(ctx, input.org, input.lessonId);
}
