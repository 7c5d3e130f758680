import type { Executor } from './database.js';
import type { LessonWithUnit } from './lesson.repository.js';

/*
 * A person's training records, for their data export and their erasure: enrolments (with their
 * history), lesson attendance, private lessons (as student or as instructor), qualifications,
 * availability and certificates live in their own tables, keyed by the member id.
 */

export interface EnrolmentOfPerson {
  id: number;
  class_id: number;
  class_unit_code: string;
  course_code: string;
  course_title: string;
  state: string;
  final_piece: string | null;
  over_capacity_reason: string | null;
  created_at: string;
  updated_at: string;
}

export async function listEnrolmentsOfPerson(db: Executor, orgId: number, memberId: number): Promise<EnrolmentOfPerson[]> {
  return db
    .selectFrom('enrolments as e')
    .innerJoin('course_classes as k', 'k.id', 'e.class_id')
    .innerJoin('units as u', 'u.id', 'k.unit_id')
    .innerJoin('courses as c', 'c.id', 'k.course_id')
    .select(['e.id', 'e.class_id', 'u.code as class_unit_code', 'c.code as course_code', 'c.title as course_title', 'e.state', 'e.final_piece', 'e.over_capacity_reason', 'e.created_at', 'e.updated_at'])
    .where('e.org_id', '=', orgId)
    .where('e.member_id', '=', memberId)
    .orderBy('e.id')
    .execute();
}

export async function listEnrolmentEventsOfPerson(db: Executor, orgId: number, memberId: number): Promise<{ enrolment_id: number; action: string; from_state: string | null; to_state: string; reason: string | null; at: string }[]> {
  return db
    .selectFrom('enrolment_events as v')
    .innerJoin('enrolments as e', 'e.id', 'v.enrolment_id')
    .select(['v.enrolment_id', 'v.action', 'v.from_state', 'v.to_state', 'v.reason', 'v.at'])
    .where('v.org_id', '=', orgId)
    .where('e.member_id', '=', memberId)
    .orderBy('v.id')
    .execute();
}

export async function listAttendanceOfPerson(db: Executor, orgId: number, memberId: number): Promise<{ lesson_id: number; kind: string; class_id: number | null; unit_code: string; starts_at: string; status: string; recorded_at: string }[]> {
  return db
    .selectFrom('lesson_attendance as a')
    .innerJoin('lessons as l', 'l.id', 'a.lesson_id')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .select(['a.lesson_id', 'l.kind', 'l.class_id', 'u.code as unit_code', 'l.starts_at', 'a.status', 'a.recorded_at'])
    .where('a.org_id', '=', orgId)
    .where('a.member_id', '=', memberId)
    .orderBy('l.starts_at')
    .execute();
}

/** Private lessons the person takes or gives. */
export async function listPrivateLessonsOfPerson(db: Executor, orgId: number, memberId: number): Promise<LessonWithUnit[]> {
  return db
    .selectFrom('lessons as l')
    .innerJoin('units as u', 'u.id', 'l.unit_id')
    .selectAll('l')
    .select(['u.code as unit_code', 'u.path as unit_path'])
    .where('l.org_id', '=', orgId)
    .where('l.kind', '=', 'private')
    .where((eb) => eb.or([eb('l.student_id', '=', memberId), eb('l.instructor_id', '=', memberId)]))
    .orderBy('l.starts_at')
    .execute();
}

/**
 * What erasure does to a person's training records (docs/ARCHITECTURE.md): the records stay, so
 * classes, reports and the instructors' calendars still add up, but every free text written about
 * the person (reasons, an override's reason, a cancellation's reason) is removed, a licence number
 * (which names them at its issuer) is dropped, and their weekly availability is deleted.
 * Certificates are handled by the app (they are re-signed without the name).
 */
export async function eraseTrainingTextsOfPerson(db: Executor, orgId: number, memberId: number): Promise<void> {
  const enrolments = db.selectFrom('enrolments').select('id').where('org_id', '=', orgId).where('member_id', '=', memberId);
  await db.updateTable('enrolment_events').set({ reason: null }).where('org_id', '=', orgId).where('enrolment_id', 'in', enrolments).execute();
  await db.updateTable('enrolments').set({ over_capacity_reason: '(erased)' }).where('org_id', '=', orgId).where('member_id', '=', memberId).where('over_capacity_reason', 'is not', null).execute();
  for (const column of ['cancel_reason', 'outside_availability_reason'] as const) {
    await db
      .updateTable('lessons')
      .set({ [column]: '(erased)' })
      .where('org_id', '=', orgId)
      .where('kind', '=', 'private')
      .where((eb) => eb.or([eb('student_id', '=', memberId), eb('instructor_id', '=', memberId)]))
      .where(column, 'is not', null)
      .execute();
  }
  await db.updateTable('qualifications').set({ number: null }).where('org_id', '=', orgId).where('member_id', '=', memberId).execute();
  await db.deleteFrom('instructor_availability').where('org_id', '=', orgId).where('instructor_id', '=', memberId).execute();
}

/** Replaces a certificate's signed credential (after erasure: one without the holder's name) and withdraws the consent to show the name. */
export async function replaceCertificateCredential(db: Executor, orgId: number, id: number, credentialJwt: string, kid: string): Promise<void> {
  await db
    .updateTable('certificates')
    .set((eb) => ({ credential_jwt: credentialJwt, signing_kid: kid, show_name: 0, version: eb('version', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}
