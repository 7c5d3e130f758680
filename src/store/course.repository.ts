import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { CourseClassTable, CourseTable, EnrolmentEventTable, EnrolmentTable } from './schema.js';
import type { PathRange } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type CourseRow = Selectable<CourseTable>;
export type ClassRow = Selectable<CourseClassTable>;
export type EnrolmentRow = Selectable<EnrolmentTable>;
export type EnrolmentEventRow = Selectable<EnrolmentEventTable>;
export type ClassWithUnit = ClassRow & { unit_code: string; unit_name: string; unit_path: string };
export type EnrolmentWithMember = EnrolmentRow & { member_no: string; family_name: string; given_name: string };

export async function insertCourse(db: Executor, row: Insertable<CourseTable>): Promise<CourseRow> {
  return db.insertInto('courses').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findCourse(db: Executor, orgId: number, ref: { id: number } | { code: string }): Promise<CourseRow | undefined> {
  let q = db.selectFrom('courses').selectAll().where('org_id', '=', orgId);
  q = 'id' in ref ? q.where('id', '=', ref.id) : q.where('code', '=', ref.code);
  return q.executeTakeFirst();
}

export async function updateCourseIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<CourseTable>): Promise<boolean> {
  return updateIfVersion(db, 'courses', { orgId, id, version }, patch);
}

export async function listCourses(db: Executor, orgId: number, f: { area?: string | undefined; afterId?: number | undefined; limit: number }): Promise<(CourseRow & { unit_code: string })[]> {
  let q = db.selectFrom('courses as c').innerJoin('units as u', 'u.id', 'c.unit_id').selectAll('c').select('u.code as unit_code').where('c.org_id', '=', orgId);
  if (f.area !== undefined) q = q.where('c.area', '=', f.area);
  if (f.afterId !== undefined) q = q.where('c.id', '>', f.afterId);
  return q.orderBy('c.id').limit(f.limit).execute();
}

export async function insertClass(db: Executor, row: Insertable<CourseClassTable>): Promise<ClassRow> {
  return db.insertInto('course_classes').values(row).returningAll().executeTakeFirstOrThrow();
}

const classQuery = (db: Executor, orgId: number) =>
  db.selectFrom('course_classes as k').innerJoin('units as u', 'u.id', 'k.unit_id').selectAll('k').select(['u.code as unit_code', 'u.name as unit_name', 'u.path as unit_path']).where('k.org_id', '=', orgId);

export async function findClass(db: Executor, orgId: number, id: number): Promise<ClassWithUnit | undefined> {
  return classQuery(db, orgId).where('k.id', '=', id).executeTakeFirst();
}

export async function findClassByUnit(db: Executor, orgId: number, unitId: number): Promise<ClassWithUnit | undefined> {
  return classQuery(db, orgId).where('k.unit_id', '=', unitId).executeTakeFirst();
}

/** Locks the class row for the rest of the transaction (PostgreSQL), so places are counted by one writer at a time. */
export async function lockClass(db: Executor, orgId: number, id: number, postgres: boolean): Promise<void> {
  if (!postgres) return; // SQLite has one writer at a time already.
  await db.selectFrom('course_classes').select('id').where('org_id', '=', orgId).where('id', '=', id).forUpdate().execute();
}

export async function updateClassIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<CourseClassTable>): Promise<boolean> {
  return updateIfVersion(db, 'course_classes', { orgId, id, version }, patch);
}

export async function listClasses(
  db: Executor,
  orgId: number,
  f: { courseId?: number | undefined; subtree?: PathRange | undefined; scopes?: readonly PathRange[] | undefined; afterId?: number | undefined; limit: number },
): Promise<ClassWithUnit[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = classQuery(db, orgId);
  if (f.courseId !== undefined) q = q.where('k.course_id', '=', f.courseId);
  if (f.subtree) q = q.where('u.path', '>=', f.subtree.low).where('u.path', '<', f.subtree.high);
  const scopes = f.scopes;
  if (scopes) q = q.where((eb) => eb.or(scopes.map((r) => eb.and([eb('u.path', '>=', r.low), eb('u.path', '<', r.high)]))));
  if (f.afterId !== undefined) q = q.where('k.id', '>', f.afterId);
  return q.orderBy('k.id').limit(f.limit).execute();
}

/** Enrolments per state for many classes in one query. */
export async function enrolmentCounts(db: Executor, orgId: number, classIds: readonly number[]): Promise<{ class_id: number; state: string; n: number }[]> {
  if (classIds.length === 0) return [];
  const rows = await db
    .selectFrom('enrolments')
    .select(['class_id', 'state', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('class_id', 'in', classIds)
    .groupBy(['class_id', 'state'])
    .execute();
  return rows.map((r) => ({ class_id: Number(r.class_id), state: r.state, n: Number(r.n) }));
}

export async function insertEnrolment(db: Executor, row: Insertable<EnrolmentTable>): Promise<EnrolmentRow> {
  return db.insertInto('enrolments').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findEnrolment(db: Executor, orgId: number, id: number): Promise<EnrolmentRow | undefined> {
  return db.selectFrom('enrolments').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findOpenEnrolment(db: Executor, orgId: number, classId: number, memberId: number): Promise<EnrolmentRow | undefined> {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('member_id', '=', memberId)
    .where('state', 'in', ['enquiry', 'waitlisted', 'enrolled'])
    .executeTakeFirst();
}

export async function updateEnrolmentIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<EnrolmentTable>): Promise<boolean> {
  return updateIfVersion(db, 'enrolments', { orgId, id, version }, patch);
}

export async function countEnrolled(db: Executor, orgId: number, classId: number): Promise<number> {
  const r = await db.selectFrom('enrolments').select((eb) => eb.fn.countAll<number>().as('n')).where('org_id', '=', orgId).where('class_id', '=', classId).where('state', '=', 'enrolled').executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The first on the waitlist: waiting longest, then the lower id. */
export async function firstWaitlisted(db: Executor, orgId: number, classId: number): Promise<EnrolmentRow | undefined> {
  return db
    .selectFrom('enrolments')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('class_id', '=', classId)
    .where('state', '=', 'waitlisted')
    .orderBy('waitlisted_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export async function listEnrolments(db: Executor, orgId: number, classId: number): Promise<EnrolmentWithMember[]> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('members as m', 'm.id', 'e.member_id')
    .selectAll('e')
    .select(['m.member_no', 'm.family_name', 'm.given_name'])
    .where('e.org_id', '=', orgId)
    .where('e.class_id', '=', classId)
    .orderBy('e.id')
    .execute();
}

export async function listEnrolmentsOfMember(db: Executor, orgId: number, memberId: number): Promise<EnrolmentRow[]> {
  return db.selectFrom('enrolments').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id').execute();
}

export async function insertEnrolmentEvent(db: Executor, row: Insertable<EnrolmentEventTable>): Promise<void> {
  await db.insertInto('enrolment_events').values(row).execute();
}

export async function listEnrolmentEvents(db: Executor, orgId: number, enrolmentIds: readonly number[]): Promise<EnrolmentEventRow[]> {
  if (enrolmentIds.length === 0) return [];
  return db.selectFrom('enrolment_events').selectAll().where('org_id', '=', orgId).where('enrolment_id', 'in', enrolmentIds).orderBy('id').execute();
}
