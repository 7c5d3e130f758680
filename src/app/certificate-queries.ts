import type { Permission } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import { displayName } from '../core/training/open-badge.js';
import { findCertificate, listCertificatesOfMember, type CertificateRow } from '../store/certificate.repository.js';
import { findClass, findCourse, findEnrolment, type ClassWithUnit } from '../store/course.repository.js';
import type { Executor } from '../store/database.js';
import { findMemberById } from '../store/member.repository.js';
import { memberFor, scopedOrg, type ScopedOrg } from './access.js';
import { achievementOf, OB_CONTEXT, VC_CONTEXT, type Achievement } from '../core/training/open-badge.js';
import { certificateView, courseAchievement, verifyApiBase, type CertificateView, type PublicVerification } from './certificate-views.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';

export type CertificateRef = { id: number } | { number: string };

const normalizeNumber = (n: string): string => n.trim().toUpperCase();
export const certificateNotFound = (ref: CertificateRef): AppError => new AppError('not_found', `Certificate ${'id' in ref ? `with id ${ref.id}` : `'${ref.number}'`} was not found`);

/**
 * A certificate, checked at its class. The holder and those who may read the class's records see
 * it; to anyone else it answers exactly like a missing one, so certificate ids and numbers cannot
 * be probed (a student who sees the class still does not learn of classmates' certificates).
 * Someone who sees it but lacks `permission` is refused (403).
 */
export async function certificateFor(db: Executor, s: ScopedOrg, ref: CertificateRef, permission: Permission): Promise<{ cert: CertificateRow; klass: ClassWithUnit }> {
  const cert = await findCertificate(db, s.org.id, 'number' in ref ? { number: normalizeNumber(ref.number) } : ref);
  const enrolment = cert ? await findEnrolment(db, s.org.id, cert.enrolment_id) : undefined;
  const klass = enrolment ? await findClass(db, s.org.id, enrolment.class_id) : undefined;
  if (!cert || !klass) throw certificateNotFound(ref);
  const ownOrReadable = s.access.isOwnMember(cert.member_id) || s.access.allows('read', klass.unit_path);
  if (!ownOrReadable) throw certificateNotFound(ref);
  if (permission !== 'read' && !s.access.allows(permission, klass.unit_path)) throw new AppError('forbidden', `You may not revoke the certificates of class '${klass.unit_code}'`);
  return { cert, klass };
}

async function view(db: Executor, s: ScopedOrg, cert: CertificateRow, baseUrl: string): Promise<CertificateView> {
  const member = await findMemberById(db, s.org.id, cert.member_id);
  const course = await findCourse(db, s.org.id, { id: cert.course_id });
  return certificateView(cert, {
    org: s.org.slug,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    holderName: member ? displayName(member.family_name, member.given_name) : '',
    courseCode: course?.code ?? '',
    courseTitle: course?.title ?? '',
    area: course?.area ?? '',
  });
}

export async function getCertificate(ctx: AppContext, org: string, ref: CertificateRef, baseUrl: string): Promise<CertificateView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { cert } = await certificateFor(db, s, ref, 'read');
  return view(db, s, cert, baseUrl);
}

/** A member's certificates (theirs to read, or for those who may read their record). */
export async function listMemberCertificates(ctx: AppContext, org: string, member: MemberRef, baseUrl: string): Promise<CertificateView[]> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const m = await memberFor(db, s, member, 'read');
  const out: CertificateView[] = [];
  for (const c of await listCertificatesOfMember(db, s.org.id, m.id)) out.push(await view(db, s, c, baseUrl));
  return out;
}

/**
 * What anyone may learn about a certificate from its number: that it exists and whether it stands,
 * and only those details the holder consented to show. An unknown number and an unknown
 * organization answer alike.
 */
export async function verifyCertificate(ctx: AppContext, org: string, number: string, baseUrl: string): Promise<PublicVerification> {
  const db = readDb(ctx);
  const missing = new AppError('not_found', `Certificate '${number.slice(0, 40)}' was not found`);
  const scope = await loadOrg(db, org).catch(() => null);
  if (!scope) throw missing;
  const cert = await findCertificate(db, scope.org.id, { number: normalizeNumber(number) });
  if (!cert) throw missing;
  const member = cert.show_name === 1 ? await findMemberById(db, scope.org.id, cert.member_id) : undefined;
  const course = cert.show_course === 1 ? await findCourse(db, scope.org.id, { id: cert.course_id }) : undefined;
  const api = `${baseUrl.replace(/\/+$/, '')}/api/v1/verify/orgs/${encodeURIComponent(scope.org.slug)}`;
  return {
    number: cert.number,
    issuer: { name: scope.org.name, profileUrl: `${api}/issuer`, keysUrl: `${api}/keys` },
    status: cert.revoked_at === null ? 'valid' : 'revoked',
    revokedOn: cert.revoked_at?.slice(0, 10) ?? null,
    revocationReason: cert.revocation_reason,
    holderName: member ? displayName(member.family_name, member.given_name) : null,
    course: course ? { title: course.title, area: course.area, areaName: scope.rules.rulebook.training.areas.find((a) => a.key === course.area)?.name ?? null } : null,
    issuedOn: cert.show_issued_on === 1 ? cert.issued_on : null,
  };
}

/** The issuer's OB 3.0 Profile (DID-less: identified by its URL), with where its keys are published. */
export async function issuerProfile(ctx: AppContext, org: string, baseUrl: string): Promise<Record<string, unknown>> {
  const db = readDb(ctx);
  const { org: o } = await loadOrg(db, org);
  const api = `${baseUrl.replace(/\/+$/, '')}/api/v1/verify/orgs/${encodeURIComponent(o.slug)}`;
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
    id: `${api}/issuer`,
    type: ['Profile'],
    name: o.name,
    publicKeys: `${api}/keys`,
  };
}

/**
 * The OB 3.0 Achievement a course's credentials claim, answered at the achievement's id: the
 * course's public description only (no holders, no instructor). Retired courses still answer, so
 * old credentials keep resolving; an unknown organization or course answers alike.
 */
export async function publicAchievement(ctx: AppContext, org: string, code: string, baseUrl: string): Promise<Achievement & { '@context': string[] }> {
  const db = readDb(ctx);
  const missing = new AppError('not_found', `Achievement '${code.slice(0, 40)}' was not found`);
  const scope = await loadOrg(db, org).catch(() => null);
  if (!scope) throw missing;
  const course = await findCourse(db, scope.org.id, { code: code.trim().toUpperCase() });
  if (!course) throw missing;
  const area = scope.rules.rulebook.training.areas.find((a) => a.key === course.area);
  return { '@context': [VC_CONTEXT, OB_CONTEXT], ...achievementOf(courseAchievement(course, area?.name.en, verifyApiBase(baseUrl, scope.org.slug))) };
}
