import { AppError, type Problem } from '../core/errors.js';
import { listEnrolments } from '../store/course.repository.js';
import { upsertLessonAttendance } from '../store/lesson.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { getLesson } from './lesson-queries.js';
import { failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import { lessonFor } from './training-access.js';
import type { LessonView } from './training-views.js';

export interface RecordLessonAttendanceInput {
  org: string;
  lessonId: number;
  entries: { memberId: number; status: 'present' | 'absent' | 'excused' }[];
}

/** Marks the students of a lesson present, absent or excused: a class's enrolled students, or a private lesson's student. */
export async function recordLessonAttendance(ctx: AppContext, input: RecordLessonAttendanceInput): Promise<LessonView> {
  const problems: Problem[] = [];
  input.entries.forEach((e, i) => {
    if (!['present', 'absent', 'excused'].includes(e.status)) problems.push({ path: `entries[${i}].status`, message: 'present, absent or excused' });
  });
  if (input.entries.length === 0) problems.push({ path: 'entries', message: 'at least one' });
  failOn(problems, 'The attendance is not valid');
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const lesson = await lessonFor(trx, s, input.lessonId, 'run_meetings');
    if (lesson.status === 'cancelled') throw new AppError('invalid_transition', `Lesson ${lesson.id} was cancelled`);
    const students = lesson.class_id === null ? new Set([lesson.student_id]) : new Set((await listEnrolments(trx, s.org.id, lesson.class_id)).filter((e) => e.state === 'enrolled' || e.state === 'completed').map((e) => e.member_id));
    const outsiders = input.entries.map((e, i) => ({ e, i })).filter(({ e }) => !students.has(e.memberId));
    failOn(outsiders.map(({ i }) => ({ path: `entries[${i}].memberId`, message: lesson.class_id === null ? 'not the student of this lesson' : 'not enrolled in this class' })), 'Attendance is recorded for the lesson’s students only');
    const at = nowOf(ctx);
    for (const e of input.entries) await upsertLessonAttendance(trx, { org_id: s.org.id, lesson_id: lesson.id, member_id: e.memberId, status: e.status, recorded_at: at });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'lesson.attendance', entityType: 'lesson', entityId: lesson.id, data: { entries: input.entries.map((e) => `${e.memberId}:${e.status}`) } });
  });
  return getLesson(ctx, input.org, input.lessonId);
}
