import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { InstructorAvailabilityTable, LessonAttendanceTable, LessonTable } from './schema.js';
import type { PathRange } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type LessonRow = Selectable<LessonTable>;
export type AvailabilityRow = Selectable<InstructorAvailabilityTable>;
export type LessonAttendanceRow = Selectable<LessonAttendanceTable>;
export type LessonWithUnit = LessonRow & { unit_code: string; unit_path: string };

/**
 * Which booking rule the database refused, if `error` is its refusal of a double booking: the
 * PostgreSQL exclusion constraints (or their fallback trigger), or the SQLite triggers.
 */
export function lessonOverlapOf(error: unknown): 'instructor' | 'room' | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { code?: unknown; constraint?: unknown; message?: unknown };
  const text = `${typeof e.constraint === 'string' ? e.constraint : ''} ${typeof e.message === 'string' ? e.message : ''}`;
  if (e.code === '23P01' || (typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT'))) {
    if (/instructor/.test(text) && /overlap/.test(text)) return 'instructor';
    if (/room/.test(text) && /overlap/.test(text)) return 'room';
  }
  return null;
}

export async function insertLesson(db: Executor, row: Insertable<LessonTable>): Promise<LessonRow> {
  return db.insertInto('lessons').values(row).returningAll().executeTakeFirstOrThrow();
}

const lessonQuery = (db: Executor, orgId: number) =>
  db.selectFrom('lessons as l').innerJoin('units as u', 'u.id', 'l.unit_id').selectAll('l').select(['u.code as unit_code', 'u.path as unit_path']).where('l.org_id', '=', orgId);

export async function findLesson(db: Executor, orgId: number, id: number): Promise<LessonWithUnit | undefined> {
  return lessonQuery(db, orgId).where('l.id', '=', id).executeTakeFirst();
}

export async function updateLessonIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<LessonTable>): Promise<boolean> {
  return updateIfVersion(db, 'lessons', { orgId, id, version }, patch);
}

export interface LessonFilter {
  classId?: number | undefined;
  instructorId?: number | undefined;
  subtree?: PathRange | undefined;
  scopes?: readonly PathRange[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

export async function listLessons(db: Executor, orgId: number, f: LessonFilter): Promise<LessonWithUnit[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = lessonQuery(db, orgId);
  if (f.classId !== undefined) q = q.where('l.class_id', '=', f.classId);
  if (f.instructorId !== undefined) q = q.where('l.instructor_id', '=', f.instructorId);
  if (f.subtree) q = q.where('u.path', '>=', f.subtree.low).where('u.path', '<', f.subtree.high);
  const scopes = f.scopes;
  if (scopes) q = q.where((eb) => eb.or(scopes.map((r) => eb.and([eb('u.path', '>=', r.low), eb('u.path', '<', r.high)]))));
  if (f.from) q = q.where('l.starts_at', '>=', f.from);
  if (f.to) q = q.where('l.starts_at', '<', f.to);
  if (f.afterId !== undefined) q = q.where('l.id', '>', f.afterId);
  return q.orderBy('l.id').limit(f.limit).execute();
}

export async function upsertLessonAttendance(db: Executor, row: Insertable<LessonAttendanceTable>): Promise<void> {
  await db
    .insertInto('lesson_attendance')
    .values(row)
    .onConflict((oc) => oc.columns(['lesson_id', 'member_id']).doUpdateSet({ status: row.status, recorded_at: row.recorded_at }))
    .execute();
}

export async function listLessonAttendance(db: Executor, orgId: number, lessonIds: readonly number[]): Promise<LessonAttendanceRow[]> {
  if (lessonIds.length === 0) return [];
  return db.selectFrom('lesson_attendance').selectAll().where('org_id', '=', orgId).where('lesson_id', 'in', lessonIds).execute();
}

/** Lessons of a class given by `before` (started, not cancelled), and how many of them a student attended. */
export async function attendanceOf(db: Executor, orgId: number, classId: number, memberId: number, before: string): Promise<{ given: number; attended: number }> {
  const given = await db
    .selectFrom('lessons')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('status', '=', 'booked')
    .where('starts_at', '<=', before)
    .executeTakeFirstOrThrow();
  const attended = await db
    .selectFrom('lesson_attendance as a')
    .innerJoin('lessons as l', 'l.id', 'a.lesson_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('a.org_id', '=', orgId)
    .where('l.class_id', '=', classId)
    .where('l.status', '=', 'booked')
    .where('l.starts_at', '<=', before)
    .where('a.member_id', '=', memberId)
    .where('a.status', '=', 'present')
    .executeTakeFirstOrThrow();
  return { given: Number(given.n), attended: Number(attended.n) };
}

export async function replaceAvailability(db: Executor, orgId: number, instructorId: number, rows: Insertable<InstructorAvailabilityTable>[]): Promise<void> {
  await db.deleteFrom('instructor_availability').where('org_id', '=', orgId).where('instructor_id', '=', instructorId).execute();
  if (rows.length > 0) await db.insertInto('instructor_availability').values(rows).execute();
}

export async function listAvailability(db: Executor, orgId: number, instructorId: number): Promise<AvailabilityRow[]> {
  return db.selectFrom('instructor_availability').selectAll().where('org_id', '=', orgId).where('instructor_id', '=', instructorId).orderBy('weekday').orderBy('start_time').execute();
}

/** Lessons given (booked, started before `to`) from `from` on, per class or private, with their unit paths: the yearly report. */
export async function lessonsGivenBetween(db: Executor, orgId: number, from: string, to: string): Promise<{ id: number; kind: string; class_id: number | null; unit_path: string; starts_at: string }[]> {
  return db
    .selectFrom('lessons as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['l.id', 'l.kind', 'l.class_id', 'u.path as unit_path', 'l.starts_at'])
    .where('l.org_id', '=', orgId)
    .where('l.status', '=', 'booked')
    .where('l.starts_at', '>=', from)
    .where('l.starts_at', '<', to)
    .execute();
}
