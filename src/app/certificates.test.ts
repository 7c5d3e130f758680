import * as ed from '@noble/ed25519';
import { describe, expect, it } from 'vitest';
import { expectError } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildCenter, buildClass, buildStudent, type CenterWorld } from '../test-support/training-fixtures.js';
import { assessFinalPiece } from './assess-final-piece.js';
import { getCertificate, verifyCertificate } from './certificate-queries.js';
import { getClass } from './course-queries.js';
import type { AppContext } from './context.js';
import { enrolStudent } from './enrol-student.js';
import { getEnrolment } from './enrolment-queries.js';
import { issueCertificate } from './issue-certificate.js';
import { recordLessonAttendance } from './record-lesson-attendance.js';
import { revokeCertificate } from './revoke-certificate.js';
import { scheduleClassLesson } from './schedule-class-lesson.js';
import { publicKeySet, rotateSigningKey } from './signing-keys.js';
import { dropEnrolment } from './drop-enrolment.js';
import { trainingReport } from './training-report.js';

const BASE = 'https://center.example.org';
const b64url = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'));
const json = (s: string): Record<string, unknown> => JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as Record<string, unknown>;

/** A student enrolled in a class that gave five lessons before today, present at `present` of them. */
async function studentWithLessons(ctx: AppContext, w: CenterWorld, present: number, givenName = '민서'): Promise<{ enrolmentId: number; version: number }> {
  const k = await buildClass(ctx, w, 0, 5);
  const student = await buildStudent(ctx, w, givenName);
  await ctx.database.db.updateTable('members').set({ family_name: '김' }).where('id', '=', student.id).execute();
  const e = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: student.id } });
  for (let i = 0; i < 5; i++) {
    const l = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: `2026-11-0${i + 2}T10:00`, end: `2026-11-0${i + 2}T12:00` });
    await recordLessonAttendance(ctx, { org: w.slug, lessonId: l.id, entries: [{ memberId: student.id, status: i < present ? 'present' : 'absent' }] });
  }
  return { enrolmentId: e.id, version: (await getEnrolment(ctx, w.slug, e.id)).version };
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`certificates on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('issues a certificate only when attendance and the final piece meet the course’s rule', async () => {
      const w = await buildCenter(ctx);
      const e = await studentWithLessons(ctx, w, 3);
      const consent = { showName: true, showCourse: true, showIssuedOn: true };
      await expectError(issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent, baseUrl: BASE, version: e.version }), 'rule_violation', /attendance 60 % is below 80 % \(3 of 5 lessons\); the final piece has not been assessed/);
      const assessed = await assessFinalPiece(ctx, { org: w.slug, enrolmentId: e.enrolmentId, result: 'passed', version: e.version });
      await expectError(issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent, baseUrl: BASE, version: assessed.version }), 'rule_violation', /attendance 60 %/);
    });

    it('signs an Open Badges 3.0 credential that an independent Ed25519 implementation verifies with the published key', async () => {
      const w = await buildCenter(ctx);
      const e = await studentWithLessons(ctx, w, 4);
      const assessed = await assessFinalPiece(ctx, { org: w.slug, enrolmentId: e.enrolmentId, result: 'passed', version: e.version });
      const cert = await issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent: { showName: false, showCourse: true, showIssuedOn: true }, baseUrl: BASE, version: assessed.version });
      expect(cert.number).toMatch(/^SB-2026-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(cert).toMatchObject({ holderName: '김민서', status: 'valid', verificationUrl: `${BASE}/verify/${w.slug}/${cert.number}`, issuedOn: '2026-11-29' });
      expect((await getEnrolment(ctx, w.slug, e.enrolmentId)).state).toBe('completed');
      // The class roster links the completed enrolment to its certificate.
      const roster = await getClass(ctx, w.slug, (await getEnrolment(ctx, w.slug, e.enrolmentId)).classId);
      expect(roster.enrolments.map((x) => [x.id, x.certificateId])).toEqual([[e.enrolmentId, cert.id]]);

      const [h, p, sig] = cert.credentialJwt.split('.') as [string, string, string];
      const header = json(h);
      expect(header).toEqual({ alg: 'EdDSA', typ: 'JWT', kid: cert.signingKeyId });
      const { keys } = await publicKeySet(ctx, w.slug);
      expect(keys).toHaveLength(1);
      const key = keys[0];
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', kid: cert.signingKeyId, alg: 'EdDSA', status: 'active' });
      expect(Object.keys(key ?? {})).not.toContain('d');
      const ok = await ed.verifyAsync(b64url(sig), new TextEncoder().encode(`${h}.${p}`), b64url(key?.x ?? ''));
      expect(ok).toBe(true);
      // A changed payload no longer verifies.
      const forged = Buffer.from(JSON.stringify({ ...json(p), name: 'Something else' })).toString('base64url');
      expect(await ed.verifyAsync(b64url(sig), new TextEncoder().encode(`${h}.${forged}`), b64url(key?.x ?? ''))).toBe(false);

      const vc = json(p);
      expect(vc['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
      expect(vc.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
      expect(vc.id).toBe(cert.verificationUrl);
      expect(vc.issuer).toEqual({ id: `${BASE}/api/v1/verify/orgs/${w.slug}/issuer`, type: ['Profile'], name: expect.any(String) });
      expect(vc.iss).toBe((vc.issuer as { id: string }).id);
      expect(vc.jti).toBe(vc.id);
      expect(vc.nbf).toBe(Math.floor(Date.parse('2026-11-29T10:00:00Z') / 1000));
      expect(vc.validFrom).toBe('2026-11-29T10:00:00Z');
      const subject = vc.credentialSubject as { type: string[]; identifier: { hashed: boolean; identityHash: string; salt: string; identityType: string }[]; achievement: Record<string, unknown> };
      expect(subject.type).toEqual(['AchievementSubject']);
      expect(subject.achievement).toMatchObject({ type: ['Achievement'], name: 'Curtains and cushions', achievementType: 'Certificate', fieldOfStudy: 'Home fashion', humanCode: 'HF101', criteria: { narrative: "Attended at least 80 % of the course's 8 lessons and made a final piece that was assessed and passed." } });
      // No consent to show the name: the credential carries it only as a salted hash.
      expect(JSON.stringify(vc)).not.toContain('김민서');
      const id = subject.identifier[0];
      expect(id).toMatchObject({ type: 'IdentityObject', identityType: 'name', hashed: true });
      const { createHash } = await import('node:crypto');
      expect(id?.identityHash).toBe(`sha256$${createHash('sha256').update(`김민서${id?.salt ?? ''}`).digest('hex')}`);
    });

    it('shows on the public page only what the holder consented to, and a revocation with its reason', async () => {
      const w = await buildCenter(ctx);
      const e = await studentWithLessons(ctx, w, 5);
      const assessed = await assessFinalPiece(ctx, { org: w.slug, enrolmentId: e.enrolmentId, result: 'passed', version: e.version });
      const cert = await issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent: { showName: false, showCourse: true, showIssuedOn: false }, baseUrl: BASE, version: assessed.version });
      const pub = await verifyCertificate(ctx, w.slug, cert.number.toLowerCase(), BASE);
      expect(pub).toEqual({
        number: cert.number,
        issuer: { name: expect.any(String), profileUrl: `${BASE}/api/v1/verify/orgs/${w.slug}/issuer`, keysUrl: `${BASE}/api/v1/verify/orgs/${w.slug}/keys` },
        status: 'valid',
        revokedOn: null,
        revocationReason: null,
        holderName: null,
        course: { title: 'Curtains and cushions', area: 'home_fashion', areaName: { en: 'Home fashion', ko: '홈패션' } },
        issuedOn: null,
      });
      const unknown = await expectError(verifyCertificate(ctx, w.slug, 'SB-2026-0000-0000-0000', BASE), 'not_found');
      const noOrg = await expectError(verifyCertificate(ctx, 'no-such-org', 'SB-2026-0000-0000-0000', BASE), 'not_found');
      expect(unknown.message).toBe(noOrg.message);

      await expectError(revokeCertificate(ctx, { org: w.slug, certificate: { number: cert.number }, reason: ' ', version: cert.version, baseUrl: BASE }), 'validation_failed');
      const revoked = await revokeCertificate(ctx, { org: w.slug, certificate: { number: cert.number }, reason: 'issued in error', version: cert.version, baseUrl: BASE });
      expect(revoked).toMatchObject({ status: 'revoked', revocationReason: 'issued in error' });
      expect(await verifyCertificate(ctx, w.slug, cert.number, BASE)).toMatchObject({ status: 'revoked', revokedOn: '2026-11-29', revocationReason: 'issued in error' });
      await expectError(revokeCertificate(ctx, { org: w.slug, certificate: { id: cert.id }, reason: 'again', version: revoked.version, baseUrl: BASE }), 'invalid_transition');
    });

    it('reports students trained per year and area, lessons given and the completion rate', async () => {
      const w = await buildCenter(ctx);
      const e = await studentWithLessons(ctx, w, 4);
      const second = await buildStudent(ctx, w);
      const k = (await ctx.database.db.selectFrom('course_classes').select('id').executeTakeFirstOrThrow()).id;
      const dropped = await enrolStudent(ctx, { org: w.slug, classId: k, member: { id: second.id } });
      await dropEnrolment(ctx, { org: w.slug, enrolmentId: dropped.id, reason: 'moved away', version: dropped.version });
      const assessed = await assessFinalPiece(ctx, { org: w.slug, enrolmentId: e.enrolmentId, result: 'passed', version: e.version });
      await issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent: { showName: true, showCourse: true, showIssuedOn: true }, baseUrl: BASE, version: assessed.version });
      const r2026 = await trainingReport(ctx, { org: w.slug, year: 2026 });
      expect(r2026).toMatchObject({ studentsTrained: 1, lessonsGiven: { class: 5, private: 0, total: 5 }, completion: { completed: 0, ended: 0, rate: null } });
      expect(r2026.byArea).toEqual([{ area: 'home_fashion', name: { en: 'Home fashion', ko: '홈패션' }, studentsTrained: 1, lessonsGiven: 5, completed: 0, ended: 0, completionRate: null }]);
      // The class ends on 2027-01-31: its completion counts in 2027 (one completed, one dropped).
      // A third student is still enrolled: asked in January 2027, before the class has ended, they
      // do not count yet; once it has ended they count as not completed.
      const third = await buildStudent(ctx, w);
      await enrolStudent(ctx, { org: w.slug, classId: k, member: { id: third.id } });
      const inJanuary = { ...ctx, clock: () => new Date('2027-01-15T00:00:00Z') };
      expect((await trainingReport(inJanuary, { org: w.slug, year: 2027 })).completion).toEqual({ completed: 1, ended: 2, rate: 50 });
      const in2027 = { ...ctx, clock: () => new Date('2027-03-01T00:00:00Z') };
      expect((await trainingReport(in2027, { org: w.slug, year: 2027 })).completion).toEqual({ completed: 1, ended: 3, rate: 33 });
      await expectError(trainingReport(ctx, { org: w.slug, year: 20 }), 'validation_failed');
    });

    it('keeps verifying old credentials after the key is rotated', async () => {
      const w = await buildCenter(ctx);
      const e = await studentWithLessons(ctx, w, 5);
      const assessed = await assessFinalPiece(ctx, { org: w.slug, enrolmentId: e.enrolmentId, result: 'passed', version: e.version });
      const cert = await issueCertificate(ctx, { org: w.slug, enrolmentId: e.enrolmentId, consent: { showName: true, showCourse: true, showIssuedOn: true }, baseUrl: BASE, version: assessed.version });
      const { kid } = await rotateSigningKey(ctx, w.slug, 'yearly rotation');
      expect(kid).not.toBe(cert.signingKeyId);
      const { keys } = await publicKeySet(ctx, w.slug);
      expect(keys.map((k) => [k.kid, k.status])).toEqual([[cert.signingKeyId, 'retired'], [kid, 'active']]);
      const old = keys.find((k) => k.kid === cert.signingKeyId);
      const [h, p, sig] = (await getCertificate(ctx, w.slug, { id: cert.id }, BASE)).credentialJwt.split('.') as [string, string, string];
      expect(await ed.verifyAsync(b64url(sig), new TextEncoder().encode(`${h}.${p}`), b64url(old?.x ?? ''))).toBe(true);
      // The private key is in the database, and nowhere in what the API returns.
      const stored = await ctx.database.db.selectFrom('signing_keys').select('private_pkcs8').execute();
      expect(stored.every((r) => r.private_pkcs8.includes('PRIVATE KEY'))).toBe(true);
      expect(JSON.stringify([keys, cert])).not.toMatch(/PRIVATE KEY|"d":/);
    });
  });
}
