import type { Executor } from './database.js';
import type { PathRange } from './unit.repository.js';

/** Attendance marked present at lessons starting in [from, to): who, which lesson kind, which course area (null: private). */
export async function presencesBetween(db: Executor, orgId: number, from: string, to: string, subtree: PathRange | undefined): Promise<{ member_id: number; lesson_id: number; kind: string; area: string | null }[]> {
  let q = db
    .selectFrom('lesson_attendance as a')
    .innerJoin('lessons as l', 'l.id', 'a.lesson_id')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .leftJoin('course_classes as k', 'k.id', 'l.class_id')
    .leftJoin('courses as c', 'c.id', 'k.course_id')
    .select(['a.member_id', 'l.id as lesson_id', 'l.kind', 'c.area'])
    .where('a.org_id', '=', orgId)
    .where('a.status', '=', 'present')
    .where('l.status', '=', 'booked')
    .where('l.starts_at', '>=', from)
    .where('l.starts_at', '<', to);
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.execute();
}

/** Lessons held (booked, started) in [from, to) per kind and area. */
export async function lessonsBetween(db: Executor, orgId: number, from: string, to: string, subtree: PathRange | undefined): Promise<{ kind: string; area: string | null }[]> {
  let q = db
    .selectFrom('lessons as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .leftJoin('course_classes as k', 'k.id', 'l.class_id')
    .leftJoin('courses as c', 'c.id', 'k.course_id')
    .select(['l.kind', 'c.area'])
    .where('l.org_id', '=', orgId)
    .where('l.status', '=', 'booked')
    .where('l.starts_at', '>=', from)
    .where('l.starts_at', '<', to);
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.execute();
}

/** Enrolments of classes that ended in [fromDay, toDay], with their state and the course area. */
export async function enrolmentsOfClassesEnding(db: Executor, orgId: number, fromDay: string, toDay: string, subtree: PathRange | undefined): Promise<{ state: string; area: string; ends_on: string }[]> {
  let q = db
    .selectFrom('enrolments as e')
    .innerJoin('course_classes as k', 'k.id', 'e.class_id')
    .innerJoin('courses as c', 'c.id', 'k.course_id')
    .innerJoin('units as u', 'u.id', 'k.unit_id')
    .select(['e.state', 'c.area', 'k.ends_on'])
    .where('e.org_id', '=', orgId)
    .where('k.ends_on', '>=', fromDay)
    .where('k.ends_on', '<=', toDay)
    .where('e.state', 'in', ['enrolled', 'completed', 'dropped']);
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.execute();
}
