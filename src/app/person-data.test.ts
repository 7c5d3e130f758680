import { describe, expect, it } from 'vitest';
import { buildCell, buildMember, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { findTextEverywhere } from '../test-support/find-text.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { verifyAudit } from './audit-queries.js';
import { actingAs, type AppContext } from './context.js';
import { exportMembers } from './export-csv.js';
import { listMembers } from './member-queries.js';
import { erasePerson, exportPersonData } from './person-data.js';
import { transferMember } from './transfer-member.js';
import { updateMember } from './update-member.js';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { buildCenter, buildClass, buildStudent } from '../test-support/training-fixtures.js';
import { bookPrivateLesson } from './book-private-lesson.js';
import { cancelLesson } from './cancel-lesson.js';
import { getCertificate, verifyCertificate } from './certificate-queries.js';
import { enrolStudent } from './enrol-student.js';
import { getEnrolment } from './enrolment-queries.js';
import { issueCertificate } from './issue-certificate.js';
import { getLesson } from './lesson-queries.js';
import { recordLessonAttendance } from './record-lesson-attendance.js';
import { recordQualification } from './record-qualification.js';
import { scheduleClassLesson } from './schedule-class-lesson.js';
import { publicKeySet } from './signing-keys.js';

const UNIQUE = '엽기떡볶이Zyxwv';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`personal data on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('lets a member download everything held about them, and nobody else\'s', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const me = await buildMember(ctx, slug, cell, { familyName: '박', givenName: '서준', email: 'sj@example.org' });
      const other = await buildMember(ctx, slug, cell);
      await updateMember(ctx, { org: slug, member: { id: me.id }, phone: '+82 2 555 0199', reason: 'new phone' });
      const myUser = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, memberId: me.id }));
      const data = await exportPersonData(myUser, slug, { id: me.id });
      expect(data.member).toMatchObject({ familyName: '박', givenName: '서준', email: 'sj@example.org', phone: '+82 2 555 0199' });
      expect(data.auditHistory.map((e) => e.action)).toEqual(['member.admit', 'member.update']);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      await expectError(exportPersonData(myUser, slug, { id: other.id }), 'not_found');
      // A plain member sees their cell's roster with names only.
      const roster = await listMembers(myUser, { org: slug, unit: { id: cell.id } });
      expect(roster.items.map((m) => m.email)).toEqual([null, null]);
      expect(roster.items.some((m) => m.familyName === '박')).toBe(true);
    });

    it('exports a student’s training and erases it: certificates stay verifiable without the name, lessons anonymized', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 1);
      await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: (await buildStudent(ctx, w)).id } });
      const me = await buildStudent(ctx, w, `${UNIQUE}G`);
      await ctx.database.db.updateTable('members').set({ family_name: UNIQUE }).where('id', '=', me.id).execute();
      const e = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: me.id }, overCapacityReason: `sister of ${UNIQUE}` });
      const lesson = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-11-10T10:00', end: '2026-11-10T12:00' });
      await recordLessonAttendance(ctx, { org: w.slug, lessonId: lesson.id, entries: [{ memberId: me.id, status: 'present' }] });
      await ctx.database.db.updateTable('courses').set({ final_piece_required: 0 }).where('id', '=', w.course.id).execute();
      const cert = await issueCertificate(ctx, { org: w.slug, enrolmentId: e.id, consent: { showName: true, showCourse: true, showIssuedOn: true }, baseUrl: 'https://center.example.org', version: (await getEnrolment(ctx, w.slug, e.id)).version });
      const booked = await bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: me.id }, start: '2026-12-05T10:00', end: '2026-12-05T11:00', timeZone: 'Asia/Seoul', room: 'Studio', area: 'home_fashion', outsideAvailabilityReason: `${UNIQUE} works on weekdays` });
      const other = await bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: me.id }, start: '2026-12-12T10:00', end: '2026-12-12T11:00', timeZone: 'Asia/Seoul', outsideAvailabilityReason: 'Saturday' });
      await cancelLesson(ctx, { org: w.slug, lessonId: other.id, reason: `${UNIQUE} is in hospital`, version: other.version });
      // The student is an instructor too, in another area.
      await recordQualification(ctx, { org: w.slug, member: { id: me.id }, area: 'ribbon_art', kind: 'licence', title: 'Ribbon art teacher', issuer: 'Fictional Guild', number: `RA-${UNIQUE}`, issuedOn: '2025-01-01', expiresOn: '2027-12-31' });

      const holder = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: me.id }));
      const data = await exportPersonData(holder, w.slug, { id: me.id });
      expect(data.training.enrolments).toEqual([expect.objectContaining({ id: e.id, courseCode: 'HF101', classUnitCode: 'HF-1', state: 'completed', overCapacityReason: `sister of ${UNIQUE}`, history: [expect.objectContaining({ to: 'enrolled' }), expect.objectContaining({ from: 'enrolled', to: 'completed' })] })]);
      expect(data.training.lessonAttendance).toEqual([expect.objectContaining({ lessonId: lesson.id, kind: 'class', status: 'present' })]);
      expect(data.training.privateLessons.map((l) => [l.id, l.role, l.status, l.area])).toEqual([[booked.id, 'student', 'booked', 'home_fashion'], [other.id, 'student', 'cancelled', null]]);
      expect(data.training.qualifications).toEqual([expect.objectContaining({ area: 'ribbon_art', number: `RA-${UNIQUE}`, valid: true })]);
      expect(data.training.certificates).toEqual([expect.objectContaining({ number: cert.number, courseCode: 'HF101', status: 'valid', consent: expect.objectContaining({ showName: true }) })]);
      expect((decodeJwt(data.training.certificates[0]?.credentialJwt ?? '') as { credentialSubject: { identifier: { identityHash: string }[] } }).credentialSubject.identifier[0]?.identityHash).toContain(UNIQUE);

      await erasePerson(ctx, { org: w.slug, member: { id: me.id }, reason: 'erasure request of the person' });
      expect(await findTextEverywhere(ctx.database, UNIQUE)).toEqual([]);
      // The certificate still verifies by its number, as valid, without a name; its stored
      // credential was re-signed without any identity and verifies against the published keys.
      expect(await verifyCertificate(ctx, w.slug, cert.number, 'https://center.example.org')).toMatchObject({ number: cert.number, status: 'valid', holderName: null, course: { title: 'Curtains and cushions' } });
      const after = await getCertificate(ctx, w.slug, { id: cert.id }, 'https://center.example.org');
      expect(after.consent.showName).toBe(false);
      const verified = await jwtVerify(after.credentialJwt, createLocalJWKSet(await publicKeySet(ctx, w.slug)), { algorithms: ['EdDSA'] });
      const subject = (verified.payload as { credentialSubject: Record<string, unknown> }).credentialSubject;
      expect(subject).not.toHaveProperty('identifier');
      expect(subject).toMatchObject({ type: ['AchievementSubject'], achievement: { humanCode: 'HF101' } });
      expect(verified.payload.jti).toBe(`https://center.example.org/verify/${w.slug}/${cert.number}`);
      // The lessons stay on the instructor's calendar, without the texts about the person.
      expect(await getLesson(ctx, w.slug, booked.id)).toMatchObject({ status: 'booked', studentId: me.id, outsideAvailabilityReason: '(erased)' });
      expect(await getLesson(ctx, w.slug, other.id)).toMatchObject({ status: 'cancelled', cancelReason: '(erased)', outsideAvailabilityReason: '(erased)' });
      const erased = await exportPersonData(ctx, w.slug, { id: me.id });
      expect(erased.training.enrolments[0]).toMatchObject({ state: 'completed', overCapacityReason: '(erased)' });
      expect(erased.training.qualifications[0]).toMatchObject({ area: 'ribbon_art', number: null });
      expect(JSON.stringify(erased)).not.toContain(UNIQUE);
      expect((await verifyAudit(ctx, { org: w.slug }))[0]).toMatchObject({ intact: true });
    });

    it('erases a person everywhere: database, exports and history, and the audit chain still verifies', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const a = await buildCell(ctx, slug, section, 'A');
      const b = await buildCell(ctx, slug, section, 'B');
      const m = await buildMember(ctx, slug, a, { familyName: UNIQUE, givenName: `${UNIQUE}2`, email: `${UNIQUE.toLowerCase()}@example.org`, phone: '+82 10 5555 0101', birthDate: '1977-07-07' });
      await updateMember(ctx, { org: slug, member: { id: m.id }, givenName: `${UNIQUE}3`, reason: 'typo' });
      await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'moved' });
      await buildUser(ctx, { orgSlug: slug, memberId: m.id });
      expect((await findTextEverywhere(ctx.database, UNIQUE)).length).toBeGreaterThan(0);

      const staff = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, grants: [{ role: 'staff', unitId: section.id }] }));
      await expectError(erasePerson(staff, { org: slug, member: { id: m.id }, reason: 'request' }), 'forbidden');

      const result = await erasePerson(ctx, { org: slug, member: { id: m.id }, reason: 'erasure request of the person' });
      expect(result.erasedSnapshots).toBe(2);
      expect(await findTextEverywhere(ctx.database, UNIQUE)).toEqual([]);
      expect(await findTextEverywhere(ctx.database, '1977-07-07')).toEqual([]);
      let csv = '';
      for await (const chunk of exportMembers(ctx, { org: slug })) csv += chunk;
      expect(csv).not.toContain(UNIQUE);
      expect(csv).toContain(m.memberNo);
      const history = await exportPersonData(ctx, slug, { id: m.id });
      expect(JSON.stringify(history)).not.toContain(UNIQUE);
      expect(history.member.placements.map((p) => p.unitCode)).toEqual(['A', 'B']);
      expect(history.auditHistory.every((e) => e.personal === null)).toBe(true);
      expect((await verifyAudit(ctx, { org: slug }))[0]).toMatchObject({ intact: true });
      expect((await listMembers(ctx, { org: slug, q: UNIQUE })).items).toEqual([]);
    });
  });
}
