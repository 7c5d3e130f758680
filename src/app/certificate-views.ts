import { criteriaNarrative, type OpenBadgeInput } from '../core/training/open-badge.js';
import type { CertificateRow } from '../store/certificate.repository.js';
import type { CourseRow } from '../store/course.repository.js';

export interface Consent {
  showName: boolean;
  showCourse: boolean;
  showIssuedOn: boolean;
}

export interface CertificateView {
  id: number;
  number: string;
  enrolmentId: number;
  memberId: number;
  holderName: string;
  courseId: number;
  courseCode: string;
  courseTitle: string;
  area: string;
  issuedOn: string;
  consent: Consent & { recordedAt: string };
  status: 'valid' | 'revoked';
  revokedAt: string | null;
  revocationReason: string | null;
  /** The public verification page (what the QR code points to). */
  verificationUrl: string;
  /** The Open Badges 3.0 credential, signed as a VC-JWT (EdDSA). */
  credentialJwt: string;
  signingKeyId: string;
  version: number;
}

/** Where the public verification API of an organization lives (issuer, keys, achievements). */
export const verifyApiBase = (baseUrl: string, org: string): string => `${baseUrl.replace(/\/+$/, '')}/api/v1/verify/orgs/${encodeURIComponent(org)}`;

/** The OB 3.0 achievement of a course: its id is the public URL that answers with it. */
export function courseAchievement(course: Pick<CourseRow, 'code' | 'title' | 'description' | 'area' | 'lessons' | 'min_attendance_percent' | 'final_piece_required'>, areaName: string | undefined, api: string): OpenBadgeInput['achievement'] {
  const rule = { minAttendancePercent: course.min_attendance_percent, finalPieceRequired: course.final_piece_required === 1 };
  return { id: `${api}/courses/${encodeURIComponent(course.code)}`, name: course.title, description: course.description || course.title, criteria: criteriaNarrative(rule, course.lessons), fieldOfStudy: areaName ?? course.area, humanCode: course.code };
}

export const verificationPath = (org: string, number: string): string => `/verify/${encodeURIComponent(org)}/${encodeURIComponent(number)}`;

export function certificateView(c: CertificateRow, extra: { org: string; baseUrl: string; holderName: string; courseCode: string; courseTitle: string; area: string }): CertificateView {
  return {
    id: c.id,
    number: c.number,
    enrolmentId: c.enrolment_id,
    memberId: c.member_id,
    holderName: extra.holderName,
    courseId: c.course_id,
    courseCode: extra.courseCode,
    courseTitle: extra.courseTitle,
    area: extra.area,
    issuedOn: c.issued_on,
    consent: { showName: c.show_name === 1, showCourse: c.show_course === 1, showIssuedOn: c.show_issued_on === 1, recordedAt: c.consent_recorded_at },
    status: c.revoked_at === null ? 'valid' : 'revoked',
    revokedAt: c.revoked_at,
    revocationReason: c.revocation_reason,
    verificationUrl: `${extra.baseUrl}${verificationPath(extra.org, c.number)}`,
    credentialJwt: c.credential_jwt,
    signingKeyId: c.signing_kid,
    version: c.version,
  };
}

/** What the public verification page shows: only what the holder consented to, and the status. */
export interface PublicVerification {
  number: string;
  issuer: { name: string; profileUrl: string; keysUrl: string };
  status: 'valid' | 'revoked';
  revokedOn: string | null;
  revocationReason: string | null;
  holderName: string | null;
  course: { title: string; area: string; areaName: { en: string; ko: string } | null } | null;
  issuedOn: string | null;
}
