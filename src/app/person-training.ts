import { decodeJwt } from 'jose';
import { withoutHolder, type OpenBadgeCredential } from '../core/training/open-badge.js';
import { listCertificatesOfMember } from '../store/certificate.repository.js';
import type { Executor } from '../store/database.js';
import { listAvailability } from '../store/lesson.repository.js';
import { eraseTrainingTextsOfPerson, listAttendanceOfPerson, listEnrolmentEventsOfPerson, listEnrolmentsOfPerson, listPrivateLessonsOfPerson, replaceCertificateCredential } from '../store/person-training.repository.js';
import { listQualificationsOf } from '../store/qualification.repository.js';
import { findCourse } from '../store/course.repository.js';
import type { AppContext } from './context.js';
import { recordAudit } from './audit-log.js';
import { signCredential } from './signing-keys.js';
import { lessonView, qualificationView, type LessonView, type QualificationView } from './training-views.js';

/*
 * The training part of a person's data (person-data.ts): what the export shows and what erasure
 * does. Callers have checked that the requester may read (or erase) the person.
 */

export interface PersonTrainingData {
  enrolments: {
    id: number;
    classId: number;
    classUnitCode: string;
    courseCode: string;
    courseTitle: string;
    state: string;
    finalPiece: string | null;
    overCapacityReason: string | null;
    createdAt: string;
    updatedAt: string;
    history: { action: string; from: string | null; to: string; reason: string | null; at: string }[];
  }[];
  lessonAttendance: { lessonId: number; kind: string; classId: number | null; unitCode: string; startsAt: string; status: string; recordedAt: string }[];
  /** Private lessons the person takes (role student) or gives (role instructor). */
  privateLessons: (LessonView & { role: 'student' | 'instructor' })[];
  qualifications: QualificationView[];
  availability: { weekday: number; start: string; end: string; timeZone: string }[];
  certificates: {
    id: number;
    number: string;
    courseCode: string;
    courseTitle: string;
    issuedOn: string;
    consent: { showName: boolean; showCourse: boolean; showIssuedOn: boolean; recordedAt: string };
    status: 'valid' | 'revoked';
    revokedAt: string | null;
    revocationReason: string | null;
    credentialJwt: string;
  }[];
}

export async function personTrainingData(db: Executor, orgId: number, memberId: number, today: string): Promise<PersonTrainingData> {
  const events = await listEnrolmentEventsOfPerson(db, orgId, memberId);
  const certificates: PersonTrainingData['certificates'] = [];
  for (const c of await listCertificatesOfMember(db, orgId, memberId)) {
    const course = await findCourse(db, orgId, { id: c.course_id });
    certificates.push({
      id: c.id,
      number: c.number,
      courseCode: course?.code ?? '',
      courseTitle: course?.title ?? '',
      issuedOn: c.issued_on,
      consent: { showName: c.show_name === 1, showCourse: c.show_course === 1, showIssuedOn: c.show_issued_on === 1, recordedAt: c.consent_recorded_at },
      status: c.revoked_at === null ? 'valid' : 'revoked',
      revokedAt: c.revoked_at,
      revocationReason: c.revocation_reason,
      credentialJwt: c.credential_jwt,
    });
  }
  return {
    enrolments: (await listEnrolmentsOfPerson(db, orgId, memberId)).map((e) => ({
      id: e.id,
      classId: e.class_id,
      classUnitCode: e.class_unit_code,
      courseCode: e.course_code,
      courseTitle: e.course_title,
      state: e.state,
      finalPiece: e.final_piece,
      overCapacityReason: e.over_capacity_reason,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
      history: events.filter((v) => v.enrolment_id === e.id).map((v) => ({ action: v.action, from: v.from_state, to: v.to_state, reason: v.reason, at: v.at })),
    })),
    lessonAttendance: (await listAttendanceOfPerson(db, orgId, memberId)).map((a) => ({ lessonId: a.lesson_id, kind: a.kind, classId: a.class_id, unitCode: a.unit_code, startsAt: a.starts_at, status: a.status, recordedAt: a.recorded_at })),
    privateLessons: (await listPrivateLessonsOfPerson(db, orgId, memberId)).map((l) => ({ ...lessonView(l), role: l.student_id === memberId ? 'student' : 'instructor' })),
    qualifications: (await listQualificationsOf(db, orgId, memberId)).map((q) => qualificationView(q, today)),
    availability: (await listAvailability(db, orgId, memberId)).map((a) => ({ weekday: a.weekday, start: a.start_time, end: a.end_time, timeZone: a.time_zone })),
    certificates,
  };
}

/**
 * Erases the training part of a person, inside the erasure's transaction. Their certificates stay
 * verifiable by number (status, course, date as consented) but no longer name them: the consent to
 * show the name is withdrawn, and the stored credential is re-signed with the active key without
 * any identity (a credential already handed to the holder is theirs and keeps verifying against
 * the published keys). Lessons and enrolments stay, so classes and reports still add up, without
 * free texts about the person.
 */
export async function eraseTrainingOfPerson(trx: Executor, ctx: AppContext, orgId: number, memberId: number): Promise<{ certificatesResigned: number }> {
  await eraseTrainingTextsOfPerson(trx, orgId, memberId);
  let certificatesResigned = 0;
  for (const c of await listCertificatesOfMember(trx, orgId, memberId)) {
    const { iss: _iss, jti: _jti, nbf: _nbf, ...credential } = decodeJwt(c.credential_jwt);
    // Our own credential, as signed by this organization: its shape is the one issue-certificate built.
    const signed = await signCredential(trx, ctx, orgId, withoutHolder(credential as unknown as OpenBadgeCredential));
    await replaceCertificateCredential(trx, orgId, c.id, signed.jwt, signed.kid);
    await recordAudit(trx, ctx, { orgId, action: 'certificate.holder_erased', entityType: 'certificate', entityId: c.id, data: { number: c.number, kid: signed.kid } });
    certificatesResigned++;
  }
  return { certificatesResigned };
}
