import type { Problem } from '../core/errors.js';
import { updateCourseIfVersion } from '../store/course.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkCourseNumbers, type CourseLevel } from './create-course.js';
import { checkText, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';
import { courseFor, type CourseRef } from './training-access.js';
import { courseView, type CourseView } from './training-views.js';

export interface UpdateCourseInput {
  org: string;
  course: CourseRef;
  title?: string | undefined;
  description?: string | undefined;
  level?: string | undefined;
  fee?: number | undefined;
  lessons?: number | undefined;
  minAttendancePercent?: number | undefined;
  finalPieceRequired?: boolean | undefined;
  /** A retired course opens no new classes; its classes and certificates stay. */
  retired?: boolean | undefined;
  version: number;
}

/** Changes a course's description, level, fee, lessons or completion rule, or retires it. */
export async function updateCourse(ctx: AppContext, input: UpdateCourseInput): Promise<CourseView> {
  const problems: Problem[] = [];
  checkCourseNumbers(input, problems);
  const title = input.title === undefined ? undefined : checkText(input.title, 'title', 200, problems);
  const description = input.description === undefined ? undefined : checkText(input.description, 'description', 5000, problems, false);
  failOn(problems, 'The change is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const course = await courseFor(trx, s, input.course, 'write_structure');
    checkVersion(`Course '${course.code}'`, course.version, input.version);
    const patch = {
      ...(title !== undefined ? { title } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(input.level !== undefined ? { level: input.level as CourseLevel } : {}),
      ...(input.fee !== undefined ? { fee: input.fee } : {}),
      ...(input.lessons !== undefined ? { lessons: input.lessons } : {}),
      ...(input.minAttendancePercent !== undefined ? { min_attendance_percent: input.minAttendancePercent } : {}),
      ...(input.finalPieceRequired !== undefined ? { final_piece_required: input.finalPieceRequired ? 1 : 0 } : {}),
      ...(input.retired !== undefined ? { status: input.retired ? ('retired' as const) : ('active' as const) } : {}),
      updated_at: nowOf(ctx),
    };
    if (!(await updateCourseIfVersion(trx, s.org.id, course.id, course.version, patch))) throw staleWrite(`Course '${course.code}'`);
    const { updated_at: _ignored, ...changed } = patch;
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'course.update', entityType: 'course', entityId: course.id, data: { code: course.code, changed } });
    return courseView({ ...course, ...patch, version: course.version + 1 }, course.unit_code);
  });
}
