import { describe, expect, it } from 'vitest';
import { buildUser } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { readPdf } from '../test-support/pdf-text.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildCenter, buildClass, buildStudent } from '../test-support/training-fixtures.js';
import { certificatePdf, DEFAULT_PDF_FONT } from './certificate-pdf.js';
import { actingAs, type AppContext } from './context.js';
import { enrolStudent } from './enrol-student.js';
import { getEnrolment } from './enrolment-queries.js';
import { issueCertificate } from './issue-certificate.js';
import { recordLessonAttendance } from './record-lesson-attendance.js';
import { revokeCertificate } from './revoke-certificate.js';
import { scheduleClassLesson } from './schedule-class-lesson.js';

const BASE = 'https://center.example.org';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`certificate PDF on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /** A certificate of a student named in Hangul who did not consent to be named publicly. */
    async function certified() {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 4);
      const student = await buildStudent(ctx, w, '서연');
      await ctx.database.db.updateTable('members').set({ family_name: '이' }).where('id', '=', student.id).execute();
      const e = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: student.id } });
      const l = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-11-10T10:00', end: '2026-11-10T12:00' });
      await recordLessonAttendance(ctx, { org: w.slug, lessonId: l.id, entries: [{ memberId: student.id, status: 'present' }] });
      await ctx.database.db.updateTable('courses').set({ final_piece_required: 0 }).where('id', '=', w.course.id).execute();
      const version = (await getEnrolment(ctx, w.slug, e.id)).version;
      const cert = await issueCertificate(ctx, { org: w.slug, enrolmentId: e.id, consent: { showName: false, showCourse: true, showIssuedOn: true }, baseUrl: BASE, version });
      return { w, student, cert };
    }

    it('renders an A4 page in the Hangul font with the number, course, date, QR code and how to verify', async () => {
      const { w, student, cert } = await certified();
      const holder = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: student.id }));
      // Asked for through another address, the QR code still leads where the credential says.
      const pdf = await certificatePdf(holder, { org: w.slug, certificate: { number: cert.number.toLowerCase() }, baseUrl: 'http://localhost:3000', fontPath: DEFAULT_PDF_FONT });
      expect(pdf.fileName).toBe(`${cert.number}.pdf`);
      expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const read = await readPdf(pdf.bytes);
      expect(read.pages).toEqual([{ width: 841.89, height: 595.28 }]);
      expect(read.title).toBe(`Certificate ${cert.number}`);
      expect(read.keywords).toContain(cert.number);
      // Only the configured font, embedded (as a subset: a few hundred kilobytes at most, not the 4 MB file).
      expect(read.fonts.length).toBeGreaterThan(0);
      expect(read.fonts.every((f) => f.startsWith('NanumGothic'))).toBe(true);
      expect(read.embeddedFontPrograms).toBe(1);
      expect(pdf.bytes.length).toBeLessThan(600_000);
      // The holder's own copy names them, in Hangul glyphs that map back to the name.
      expect(read.text).toContain('이서연');
      expect(read.text).toContain('수료증');
      expect(read.text).toContain(`No. · 번호  ${cert.number}`);
      expect(read.text).toContain('Curtains and cushions (HF101)');
      expect(read.text).toContain('Home fashion · 홈패션');
      expect(read.text).toContain('Issued on · 발급일  2026-11-29');
      expect(read.text).toContain(`Verify · 확인: ${BASE}/verify/${w.slug}/${cert.number}`);
      expect(read.text).toMatch(/To verify, scan the QR code or open the address above/);
      expect(read.text).not.toContain('\uFFFD');
      expect(read.text).not.toContain('localhost');
      // The QR code is vector: filled rectangles in the content stream, no image.
      expect(read.images).toBe(0);
      expect(read.filledPaths).toBeGreaterThan(100);
    });

    it('leaves the name out of copies made by others when the holder did not consent, and shows a revocation', async () => {
      const { w, cert } = await certified();
      const staff = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, grants: [{ role: 'staff', unitId: w.center.id }] }));
      const other = await readPdf((await certificatePdf(staff, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: DEFAULT_PDF_FONT })).bytes);
      expect(other.text).not.toContain('이서연');
      expect(other.text).toContain('name not shown at the holder’s request');
      await revokeCertificate(ctx, { org: w.slug, certificate: { id: cert.id }, reason: 'Issued in error', version: cert.version, baseUrl: BASE });
      const revoked = await readPdf((await certificatePdf(staff, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: DEFAULT_PDF_FONT })).bytes);
      expect(revoked.text).toMatch(/^REVOKED 2026-11-29 · 취소됨: Issued in error$/m);
      // Another student of the center sees the class, not its certificates: to them another's
      // certificate answers exactly like a missing one (ids cannot be probed), to read or revoke.
      const stranger = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: (await buildStudent(ctx, w)).id }));
      await expectError(certificatePdf(stranger, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: DEFAULT_PDF_FONT }), 'not_found', new RegExp(`^Certificate with id ${cert.id} was not found$`));
      await expectError(revokeCertificate(stranger, { org: w.slug, certificate: { id: cert.id }, reason: 'Probing', version: cert.version + 1, baseUrl: BASE }), 'not_found', new RegExp(`^Certificate with id ${cert.id} was not found$`));
      // Staff who may read the class but not revoke are told so.
      const reader = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, grants: [{ role: 'auditor', unitId: w.center.id }] }));
      expect((await certificatePdf(reader, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: DEFAULT_PDF_FONT })).bytes.length).toBeGreaterThan(0);
      await expectError(revokeCertificate(reader, { org: w.slug, certificate: { id: cert.id }, reason: 'Not mine to revoke', version: cert.version + 1, baseUrl: BASE }), 'forbidden', /You may not revoke the certificates of class/);
      // An unknown number is missing.
      await expectError(certificatePdf(staff, { org: w.slug, certificate: { number: 'SB-2026-0000-0000-0000' }, baseUrl: BASE, fontPath: DEFAULT_PDF_FONT }), 'not_found');
    });

    it('says what is wrong and how to fix it when the font is missing', async () => {
      const { w, cert } = await certified();
      const err = await expectError(certificatePdf(ctx, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: '/nonexistent/NoHangul.ttf' }), 'internal_error', /The font for certificate PDFs, '\/nonexistent\/NoHangul\.ttf', does not exist/);
      expect(err.hint).toMatch(/apt-get install fonts-nanum.*CELLBOOK_PDF_FONT/);
      await expectError(certificatePdf(ctx, { org: w.slug, certificate: { id: cert.id }, baseUrl: BASE, fontPath: '/etc/hostname' }), 'internal_error', /not a usable TrueType or OpenType font/);
    });
  });
}
