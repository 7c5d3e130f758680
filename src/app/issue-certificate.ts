import { randomBytes } from 'node:crypto';
import { AppError } from '../core/errors.js';
import { checkCompletion } from '../core/training/completion.js';
import { displayName, openBadgeCredential } from '../core/training/open-badge.js';
import { insertCertificate } from '../store/certificate.repository.js';
import { findCourse } from '../store/course.repository.js';
import { attendanceOf } from '../store/lesson.repository.js';
import { findMemberById } from '../store/member.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { newBadgeCode, formatBadgeCode } from './badge-codes.js';
import { getCertificate } from './certificate-queries.js';
import { courseAchievement, verificationPath, verifyApiBase, type CertificateView, type Consent } from './certificate-views.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { stepEnrolment } from './enrolment-workflow.js';
import { loadOrg } from './org-scope.js';
import { checkVersion } from './refs.js';
import { nameHash, signCredential } from './signing-keys.js';
import { enrolmentFor } from './training-access.js';

export interface IssueCertificateInput {
  org: string;
  enrolmentId: number;
  /** What the holder agreed the public verification page may show (recorded with the certificate). */
  consent: Consent;
  /** Where this server is reached publicly: the verification URL, QR code and credential ids use it. */
  baseUrl: string;
  version: number;
}

/**
 * Completes an enrolment whose completion rule is met (attendance and final piece) and issues its
 * certificate: a unique, unguessable number, the holder's consent for the public page, and an
 * Open Badges 3.0 credential signed by the organization's key.
 */
export async function issueCertificate(ctx: AppContext, input: IssueCertificateInput): Promise<CertificateView> {
  const baseUrl = input.baseUrl.replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(baseUrl)) throw new AppError('validation_failed', 'The public address is not valid', { problems: [{ path: 'baseUrl', message: 'http(s)://host[:port], e.g. https://center.example.org' }] });
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { enrolment, klass } = await enrolmentFor(trx, s, input.enrolmentId, 'write_members');
    checkVersion(`Enrolment ${enrolment.id}`, enrolment.version, input.version);
    if (enrolment.state !== 'enrolled') throw new AppError('invalid_transition', `Only an enrolled student completes a course; this enrolment is ${enrolment.state}`);
    const course = await findCourse(trx, s.org.id, { id: klass.course_id });
    const member = await findMemberById(trx, s.org.id, enrolment.member_id);
    if (!course || !member) throw new AppError('internal_error', 'The enrolment’s course or student is missing');
    const now = nowOf(ctx);
    const rule = { minAttendancePercent: course.min_attendance_percent, finalPieceRequired: course.final_piece_required === 1 };
    const { given, attended } = await attendanceOf(trx, s.org.id, klass.id, member.id, now);
    const check = checkCompletion(rule, given, attended, enrolment.final_piece);
    if (!check.met) throw new AppError('rule_violation', `The completion rule of '${course.code}' is not met: ${check.missing.join('; ')}`, { hint: 'Record attendance and the final piece assessment first' });
    await stepEnrolment(trx, ctx, s.org.id, enrolment, 'complete', { data: { attendancePercent: check.attendancePercent, lessonsGiven: given } });

    const number = `${s.rules.rulebook.training.certificatePrefix}-${now.slice(0, 4)}-${formatBadgeCode(newBadgeCode())}`;
    const name = displayName(member.family_name, member.given_name);
    const salt = randomBytes(16).toString('hex');
    const api = verifyApiBase(baseUrl, s.org.slug);
    const area = s.rules.rulebook.training.areas.find((a) => a.key === course.area);
    const credential = openBadgeCredential({
      id: `${baseUrl}${verificationPath(s.org.slug, number)}`,
      issuer: { id: `${api}/issuer`, name: s.org.name },
      achievement: courseAchievement(course, area?.name.en, api),
      validFrom: now.replace(/\.\d{3}Z$/, 'Z'),
      subject: input.consent.showName ? { name, nameShown: true } : { nameHash: nameHash(name, salt), salt, nameShown: false },
    });
    const signed = await signCredential(trx, ctx, s.org.id, credential);
    const cert = await insertCertificate(trx, {
      org_id: s.org.id,
      number,
      enrolment_id: enrolment.id,
      member_id: member.id,
      course_id: course.id,
      issued_on: todayOf(ctx),
      show_name: input.consent.showName ? 1 : 0,
      show_course: input.consent.showCourse ? 1 : 0,
      show_issued_on: input.consent.showIssuedOn ? 1 : 0,
      consent_recorded_at: now,
      credential_jwt: signed.jwt,
      signing_kid: signed.kid,
      revoked_at: null,
      revocation_reason: null,
      version: 1,
      created_at: now,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'certificate.issue', entityType: 'certificate', entityId: cert.id, data: { number, enrolmentId: enrolment.id, courseCode: course.code, kid: signed.kid, consent: { ...input.consent } } });
    return cert.id;
  });
  return getCertificate(ctx, input.org, { id }, baseUrl);
}
