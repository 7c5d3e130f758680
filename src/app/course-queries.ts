import { subtreeRange } from '../core/unit-path.js';
import { enrolmentCounts, findCourse, listClasses as listClassRows, listCourses as listCourseRows, listEnrolmentEvents, listEnrolments } from '../store/course.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { UnitRef } from './refs.js';
import { classFor, courseNotFound, type CourseRef } from './training-access.js';
import { findUnitById } from '../store/unit.repository.js';
import { certificateIdsOfEnrolments } from '../store/certificate.repository.js';
import { classView, courseView, enrolmentView, placeCounts, waitlistPositions, type ClassView, type CourseView, type EnrolmentView } from './training-views.js';

/**
 * The course catalogue: every course of the organization, for anyone with a part in it (a
 * catalogue holds no personal data).
 */
export async function listCourses(ctx: AppContext, input: { org: string; area?: string | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<Page<CourseView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const limit = clampLimit(input.limit);
  const after = decodeCursor(input.cursor);
  const rows = await listCourseRows(db, s.org.id, { area: input.area, ...(after !== undefined ? { afterId: after } : {}), limit: limit + 1 });
  return toPage(rows, limit, (r) => courseView(r, r.unit_code));
}

export interface CourseDetail extends CourseView {
  areaName: { en: string; ko: string } | null;
  classes: ClassView[];
}

/** A course with the classes of it that the actor can see. */
export async function getCourse(ctx: AppContext, org: string, ref: CourseRef): Promise<CourseDetail> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  // The catalogue is open to the whole organization; only its classes are scoped.
  const found = await findCourse(db, s.org.id, ref);
  if (!found) throw courseNotFound(ref);
  const unit = await findUnitById(db, s.org.id, found.unit_id);
  const course = { ...found, unit_code: unit?.code ?? '' };
  const classes = await visibleClasses(ctx, s, { courseId: course.id, limit: 500 });
  return { ...courseView(course, course.unit_code), areaName: s.rules.rulebook.training.areas.find((a) => a.key === course.area)?.name ?? null, classes };
}

async function visibleClasses(ctx: AppContext, s: Awaited<ReturnType<typeof scopedOrg>>, f: { courseId?: number | undefined; within?: string | undefined; afterId?: number | undefined; limit: number }): Promise<ClassView[]> {
  const db = readDb(ctx);
  const roots = s.access.unrestricted ? null : [...new Set([...(s.access.roots('read') ?? []), ...(s.access.roots('read_names') ?? [])])];
  const scopes = roots === null ? undefined : roots.map(subtreeRange);
  const rows = await listClassRows(db, s.org.id, { courseId: f.courseId, subtree: f.within === undefined ? undefined : subtreeRange(f.within), scopes, afterId: f.afterId, limit: f.limit });
  const counts = await enrolmentCounts(db, s.org.id, rows.map((r) => r.id));
  const courses = new Map<number, { code: string; title: string; area: string }>();
  for (const r of rows) {
    if (!courses.has(r.course_id)) {
      const c = await findCourse(db, s.org.id, { id: r.course_id });
      if (c) courses.set(r.course_id, c);
    }
  }
  return rows.map((r) => classView(r, courses.get(r.course_id) ?? { code: '?', title: '?', area: '?' }, placeCounts(r.capacity, counts.filter((c) => c.class_id === r.id))));
}

/** Classes the actor can see, of a course or within a subtree. */
export async function listClasses(ctx: AppContext, input: { org: string; course?: CourseRef | undefined; within?: UnitRef | undefined; cursor?: string | undefined; limit?: number | undefined }): Promise<Page<ClassView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const limit = clampLimit(input.limit);
  const course = input.course ? await findCourse(db, s.org.id, input.course) : undefined;
  if (input.course && !course) throw courseNotFound(input.course);
  const within = input.within ? await unitFor(db, s, input.within, 'read_names') : undefined;
  const after = decodeCursor(input.cursor);
  const items = await visibleClasses(ctx, s, { courseId: course?.id, within: within?.path, ...(after !== undefined ? { afterId: after } : {}), limit: limit + 1 });
  return toPage(items, limit, (x) => x);
}

export interface ClassDetail extends ClassView {
  /** Everyone enrolled, enquiring, waiting (in waitlist order) or gone, with their timelines. */
  enrolments: (EnrolmentView & { certificateId: number | null })[];
}

/** A class with its roster and waitlist. */
export async function getClass(ctx: AppContext, org: string, classId: number): Promise<ClassDetail> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const k = await classFor(db, s, classId, 'read_names');
  const course = await findCourse(db, s.org.id, { id: k.course_id });
  const rows = await listEnrolments(db, s.org.id, k.id);
  const events = await listEnrolmentEvents(db, s.org.id, rows.map((r) => r.id));
  const positions = waitlistPositions(rows);
  const counts = rows.reduce<{ state: string; n: number }[]>((acc, r) => [...acc, { state: r.state, n: 1 }], []);
  const certificates = await certificateIdsOfEnrolments(db, s.org.id, rows.map((r) => r.id));
  const enrolments = rows.map((r) => ({ ...enrolmentView(r, positions.get(r.id) ?? null, events), certificateId: certificates.get(r.id) ?? null })).sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || a.id - b.id);
  return { ...classView(k, course ?? { code: '?', title: '?', area: '?' }, placeCounts(k.capacity, counts)), enrolments };
}
