import { AppError } from '../core/errors.js';
import { subtreeRange } from '../core/unit-path.js';
import { listLessonAttendance, listLessons as listLessonRows } from '../store/lesson.repository.js';
import { memberFor, scopedOrg, unitFor } from './access.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { MemberRef, UnitRef } from './refs.js';
import { classFor, lessonFor } from './training-access.js';
import { lessonView, type LessonView } from './training-views.js';

export async function getLesson(ctx: AppContext, org: string, id: number): Promise<LessonView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const lesson = await lessonFor(db, s, id, 'read_names');
  return lessonView(lesson, await listLessonAttendance(db, s.org.id, [lesson.id]));
}

export interface ListLessonsInput {
  org: string;
  classId?: number | undefined;
  instructor?: MemberRef | undefined;
  within?: UnitRef | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Lessons (class and private) the actor may see: of a class, an instructor, or a subtree. */
export async function listLessons(ctx: AppContext, input: ListLessonsInput): Promise<Page<LessonView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const limit = clampLimit(input.limit);
  for (const [k, v] of [['from', input.from], ['to', input.to]] as const) {
    if (v !== undefined && Number.isNaN(Date.parse(v))) throw new AppError('validation_failed', `'${k}' is not a date`, { problems: [{ path: k, message: 'an ISO date or date-time' }] });
  }
  const klass = input.classId !== undefined ? await classFor(db, s, input.classId, 'read_names') : undefined;
  const instructor = input.instructor ? await memberFor(db, s, input.instructor, 'read') : undefined;
  const within = input.within ? await unitFor(db, s, input.within, 'read_names') : undefined;
  const roots = s.access.unrestricted ? null : [...new Set([...(s.access.roots('read') ?? []), ...(s.access.roots('read_names') ?? [])])];
  const scopes = roots === null ? undefined : roots.map(subtreeRange);
  const after = decodeCursor(input.cursor);
  const rows = await listLessonRows(db, s.org.id, {
    classId: klass?.id,
    instructorId: instructor?.id,
    subtree: within ? subtreeRange(within.path) : undefined,
    scopes,
    from: input.from ? new Date(input.from).toISOString() : undefined,
    to: input.to ? new Date(input.to).toISOString() : undefined,
    ...(after !== undefined ? { afterId: after } : {}),
    limit: limit + 1,
  });
  const attendance = await listLessonAttendance(db, s.org.id, rows.map((r) => r.id));
  return toPage(rows, limit, (r) => lessonView(r, attendance));
}
