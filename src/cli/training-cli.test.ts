import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import { recordLessonAttendance } from '../app/record-lesson-attendance.js';
import { scheduleClassLesson } from '../app/schedule-class-lesson.js';
import { migrateToLatest, openDatabase } from '../store/database.js';
import { buildCenter, buildStudent, type CenterWorld } from '../test-support/training-fixtures.js';
import { useCliDatabase } from '../test-support/cli-harness.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { readPdf } from '../test-support/pdf-text.js';
import { runCli } from './main.js';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`cellbook course, class, enrol and certificate on ${dialect}`, () => {
    const env = { PUBLIC_URL: 'https://center.example.org' };
    const h = useCliDatabase(dialect, { prefix: 'cellbook-training-cli-', env });
    const { cli, json } = h;
    let w: CenterWorld;
    const students: string[] = [];
    /** Seeds through the use cases directly: the center and its people, and a class's lessons (no CLI schedules those). */
    const seed = async <T>(work: (ctx: AppContext) => Promise<T>): Promise<T> => {
      const database = openDatabase(h.url);
      try {
        await migrateToLatest(database);
        return await work(createAppContext(database));
      } finally {
        await database.close();
      }
    };

    beforeAll(async () => {
      await seed(async (ctx) => {
        w = await buildCenter(ctx, { classUnits: 2 });
        for (const name of ['One', 'Two', 'Three']) students.push((await buildStudent(ctx, w, name)).memberNo);
      });
    });

    it('documents the commands in --help', async () => {
      expect((await cli('course', '--help')).out).toMatch(/list[\s\S]*create/);
      expect((await cli('class', '--help')).out).toMatch(/open[\s\S]*list[\s\S]*show/);
      expect((await cli('certificate', '--help')).out).toMatch(/issue[\s\S]*show[\s\S]*revoke[\s\S]*keys[\s\S]*verify/);
      const create = await cli('course', 'create', '--help');
      for (const flag of ['--code', '--title', '--area', '--level', '--lessons', '--fee', '--min-attendance', '--final-piece']) expect(create.out).toContain(flag);
      expect((await cli('certificate', 'verify', '--help')).out).toContain('Exit code 0 when the signature is valid; 2 when it is not');
      expect((await cli('enrol', '--help')).out).toContain('--over-capacity-reason');
    });

    it('creates a course, opens a class, enrols to capacity and the waitlist, issues, shows, revokes and verifies a certificate', async () => {
      const course = await json<{ code: string; completion: { minAttendancePercent: number; finalPieceRequired: boolean } }>(
        'course', 'create', '--org', w.slug, '--unit', 'HF', '--code', 'hf201', '--title', 'Roman blinds', '--area', 'home_fashion', '--level', 'intermediate', '--lessons', '1', '--fee', '90000', '--min-attendance', '50', '--no-final-piece',
      );
      expect(course).toMatchObject({ code: 'HF201', completion: { minAttendancePercent: 50, finalPieceRequired: false } });
      const badArea = await cli('course', 'create', '--org', w.slug, '--unit', 'HF', '--code', 'X1', '--title', 'X', '--area', 'knitting', '--level', 'beginner', '--lessons', '4');
      expect(badArea.code).toBe(2);
      expect(badArea.err).toMatch(/area: one of the rulebook's areas: .*home_fashion/);
      expect((await cli('course', 'create', '--org', w.slug, '--unit', 'HF', '--code', 'HF201', '--title', 'Again', '--area', 'home_fashion', '--level', 'beginner', '--lessons', '4')).code).toBe(3);
      expect((await cli('course', 'create', '--org', w.slug, '--unit', 'HF', '--code', 'X2', '--title', 'X', '--area', 'home_fashion', '--level', 'beginner', '--lessons', 'many')).code).toBe(2);
      expect((await cli('course', 'list', '--org', w.slug)).out).toMatch(/HF101\s+Curtains and cushions[\s\S]*HF201\s+Roman blinds\s+home_fashion\s+intermediate\s+1\s+90000 KRW\s+HF/);

      const opened = await json<{ id: number; places: { capacity: number } }>(
        'class', 'open', '--org', w.slug, '--unit', 'HF-1', '--course', 'HF201', '--instructor', w.instructor.memberNo, '--schedule', 'Tue 10:00–12:00', '--room', 'Room 1', '--capacity', '1', '--starts-on', day(-14), '--ends-on', day(60),
      );
      expect(opened.places.capacity).toBe(1);
      const classId = String(opened.id);
      expect((await cli('class', 'open', '--org', w.slug, '--unit', 'HF-1', '--course', 'HF201', '--instructor', w.instructor.memberNo, '--schedule', 'x', '--room', 'y', '--capacity', '3', '--starts-on', day(1), '--ends-on', day(2))).code).toBe(3);

      const [first, second, third] = students as [string, string, string];
      const enrolled = await cli('enrol', classId, first, '--org', w.slug);
      expect(enrolled.out).toMatch(new RegExp(`^Member ${first} is enrolled in class ${classId} \\(enrolment \\d+\\)\\.\\n$`));
      expect((await cli('enrol', classId, second, '--org', w.slug)).out).toContain(`Member ${second} is waitlisted (position 1)`);
      expect((await cli('enrol', classId, third, '--org', w.slug, '--over-capacity-reason', 'sponsor place')).out).toContain('is enrolled over capacity');
      expect((await cli('enrol', classId, first, '--org', w.slug)).code).toBe(3);
      expect((await cli('enrol', '99999', first, '--org', w.slug)).code).toBe(4);
      const shown = await cli('class', 'show', classId, '--org', w.slug);
      expect(shown.out).toContain('places: 2 enrolled of 1, 0 free, 1 waiting');
      expect(shown.out).toMatch(new RegExp(`roster:\\n[\\s\\S]*${first}[\\s\\S]*${third}[\\s\\S]*over capacity: sponsor place\\n\\nwaitlist:\\n.*\\n1\\s+\\d+\\s+${second}`));
      const detail = await json<{ enrolments: { id: number; memberId: number; memberNo: string }[] }>('class', 'show', classId, '--org', w.slug);
      const enrolment = detail.enrolments.find((e) => e.memberNo === first);
      if (!enrolment) throw new Error('the first student is not on the roster');

      // Before attendance is recorded the completion rule is not met: nothing is issued.
      const early = await cli('certificate', 'issue', String(enrolment.id), '--org', w.slug, '--show-name');
      expect(early.code).toBe(2);
      expect(early.err).toContain("The completion rule of 'HF201' is not met");
      await seed(async (ctx) => {
        const lesson = await scheduleClassLesson(ctx, { org: w.slug, classId: opened.id, start: `${day(-7)}T10:00`, end: `${day(-7)}T12:00` });
        await recordLessonAttendance(ctx, { org: w.slug, lessonId: lesson.id, entries: [{ memberId: enrolment.memberId, status: 'present' }] });
      });
      const stale = await cli('certificate', 'issue', String(enrolment.id), '--org', w.slug, '--show-name', '--expect-version', '99');
      expect(stale.code).toBe(3);
      const issued = await json<{ id: number; number: string; status: string; verificationUrl: string; consent: { showName: boolean; showCourse: boolean } }>('certificate', 'issue', String(enrolment.id), '--org', w.slug, '--show-name', '--show-course');
      expect(issued).toMatchObject({ status: 'valid', consent: { showName: true, showCourse: true } });
      expect(issued.verificationUrl).toBe(`https://center.example.org/verify/${w.slug}/${issued.number}`);
      const id = String(issued.id);
      expect((await cli('certificate', 'issue', String(enrolment.id), '--org', w.slug)).code).toBe(3);

      const text = await cli('certificate', 'show', id, '--org', w.slug);
      expect(text.out).toContain(`Certificate ${issued.number} (id ${id}): valid\n`);
      expect(text.out).toContain("course: HF201 'Roman blinds' (home_fashion)");
      expect(text.out).toContain('public page shows: name, course');
      expect((await cli('certificate', 'show', '99999', '--org', w.slug)).code).toBe(4);

      // Offline verification: the credential and the published key set, no database.
      const jwt = (await cli('certificate', 'show', id, '--org', w.slug, '--credential')).out.trim();
      const keys = join(h.dir, 'keys.json');
      writeFileSync(keys, (await cli('certificate', 'keys', '--org', w.slug)).out);
      const credentialFile = join(h.dir, 'certificate.jwt');
      writeFileSync(credentialFile, `${jwt}\n`);
      const valid = await runCli(['certificate', 'verify', credentialFile, '--keys', keys], { stdout: () => undefined, stderr: () => undefined, env: {}, interactive: false });
      expect(valid).toBe(0);
      const verified = await cli('certificate', 'verify', credentialFile, '--keys', keys);
      expect(verified.code).toBe(0);
      expect(verified.out).toMatch(new RegExp(`^valid: signed by key \\S+\\nissuer: Culture Center \\(https://center\\.example\\.org/api/v1/verify/orgs/${w.slug}/issuer\\)\\nholder: One Tester\\nachievement: Roman blinds \\(HF201\\)\\nissued: ${day(0)}T`));
      const asJson = await json<{ valid: boolean; holder: { name: string }; achievement: { code: string } }>('certificate', 'verify', jwt, '--keys', keys);
      expect(asJson).toMatchObject({ valid: true, achievement: { code: 'HF201' } });

      const [header, payload, signature] = jwt.split('.') as [string, string, string];
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { credentialSubject: { achievement: { name: string } } };
      claims.credentialSubject.achievement.name = 'Master tailor';
      const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
      const refused = await cli('certificate', 'verify', tampered, '--keys', keys);
      expect(refused.code).toBe(2);
      expect(refused.out).toBe('invalid: the signature does not match\n');
      expect(refused.out).not.toContain('Master tailor');
      const malformed = await cli('certificate', 'verify', 'not-a-credential', '--keys', keys);
      expect(malformed.code).toBe(2);
      expect(malformed.err).toContain("'not-a-credential' is neither a VC-JWT nor a readable file");
      const otherKeys = join(h.dir, 'other-keys.json');
      writeFileSync(otherKeys, JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: Buffer.alloc(32, 7).toString('base64url'), kid: 'someone-else' }] }));
      expect((await cli('certificate', 'verify', jwt, '--keys', otherKeys)).out).toMatch(/^invalid: no key with id '\S+' in the key set\n$/);
      expect((await cli('certificate', 'verify', jwt, '--keys', join(h.dir, 'missing.json'))).code).toBe(2);

      expect((await cli('certificate', 'revoke', id, '--org', w.slug, '--reason', '')).code).toBe(2);
      expect((await cli('certificate', 'revoke', id, '--org', w.slug, '--reason', 'issued in error')).out).toBe(`Certificate ${issued.number} is revoked.\n`);
      expect((await cli('certificate', 'show', id, '--org', w.slug)).out).toMatch(/: revoked since \d{4}-\d{2}-\d{2} — issued in error\n/);
      expect((await cli('certificate', 'revoke', id, '--org', w.slug, '--reason', 'again')).code).toBe(3);
    });

    it('books, moves, marks and cancels lessons; keeps qualifications; steps enrolments; reports; writes the PDF; rotates the key', async () => {
      for (const [command, sub] of [['lesson', /list[\s\S]*book[\s\S]*reschedule[\s\S]*cancel[\s\S]*attendance/], ['qualification', /list[\s\S]*add[\s\S]*end/], ['enrolment', /drop[\s\S]*transfer[\s\S]*assess/], ['training', /report/], ['certificate', /pdf[\s\S]*rotate-key/]] as const) {
        expect((await cli(command, '--help')).out).toMatch(sub);
      }
      expect((await cli('lesson', 'book', '--help')).out).toContain('--outside-availability-reason');
      expect((await cli('certificate', 'pdf', '--help')).out).toContain('CELLBOOK_PDF_FONT');
      const teacher = w.instructor.memberNo;
      const [s1, s2, s3] = students as [string, string, string];

      // Qualifications: listed, added, ended.
      expect((await cli('qualification', 'list', teacher, '--org', w.slug)).out).toMatch(/home_fashion\s+licence\s+Home fashion instructor, grade 1\s+Fictional Craft Association\s+HF-0001\s+2020-03-01\s+2030-02-28\s+yes/);
      const ribbon = await json<{ id: number; valid: boolean }>('qualification', 'add', teacher, '--org', w.slug, '--area', 'ribbon_art', '--kind', 'licence', '--title', 'Ribbon art', '--issuer', 'Fictional Guild', '--number', 'RA-1', '--issued-on', '2025-01-01', '--expires-on', '2030-06-30');
      expect(ribbon.valid).toBe(true);
      expect((await cli('qualification', 'add', teacher, '--org', w.slug, '--area', 'knitting', '--title', 'x', '--issuer', 'y', '--issued-on', '2025-01-01')).code).toBe(2);
      expect((await cli('qualification', 'end', String(ribbon.id), '--org', w.slug, '--reason', 'withdrawn by the guild')).out).toBe(`Qualification ${ribbon.id} ('ribbon_art', Ribbon art) has ended; it is no longer valid.\n`);
      expect((await cli('qualification', 'end', String(ribbon.id), '--org', w.slug, '--reason', 'again')).code).toBe(3);
      expect((await cli('qualification', 'end', '99999', '--org', w.slug, '--reason', 'x')).code).toBe(4);

      // Private lessons: outside the (unset) availability only with a reason; rooms by normalized name.
      const at = (offset: number, hhmm: string): string => `${day(offset)}T${hhmm}`;
      const book = (student: string, ...extra: string[]) => cli('lesson', 'book', '--org', w.slug, '--unit', 'CTR', '--instructor', teacher, '--student', student, '--start', at(10, '10:00'), '--end', at(10, '11:00'), ...extra);
      const refused = await book(s1, '--room', 'Studio 1');
      expect(refused.code).toBe(2);
      expect(refused.err).toContain('hint: Set the instructor’s availability first, or give outsideAvailabilityReason');
      expect((await book(s1, '--area', 'ribbon_art', '--outside-availability-reason', 'x')).err).toContain("holds no valid qualification for 'ribbon_art'");
      const lesson = await json<{ id: number; version: number; area: string; outsideAvailabilityReason: string }>('lesson', 'book', '--org', w.slug, '--unit', 'CTR', '--instructor', teacher, '--student', s1, '--start', at(10, '10:00'), '--end', at(10, '11:00'), '--room', 'Studio 1', '--area', 'home_fashion', '--outside-availability-reason', 'no hours set yet');
      expect(lesson).toMatchObject({ area: 'home_fashion', outsideAvailabilityReason: 'no hours set yet' });
      const clash = await book(s2, '--room', ' studio   1 ', '--outside-availability-reason', 'x');
      expect(clash.code).toBe(3);
      expect(clash.err).toContain('already has a lesson at that time');
      expect((await cli('lesson', 'list', '--org', w.slug, '--instructor', teacher)).out).toMatch(new RegExp(`${lesson.id}\\s+private\\s+CTR\\s+${at(10, '10:00')}\\s+11:00\\s+Asia/Seoul\\s+Studio 1\\s+home_fashion\\s+booked`));
      expect((await cli('lesson', 'reschedule', String(lesson.id), '--org', w.slug, '--start', at(11, '14:00'), '--end', at(11, '15:00'), '--expect-version', '99')).code).toBe(3);
      expect((await cli('lesson', 'reschedule', String(lesson.id), '--org', w.slug, '--start', at(11, '14:00'), '--end', at(11, '15:00'), '--outside-availability-reason', 'moved at the student’s request')).out).toBe(
        `Moved: Lesson ${lesson.id} (private) ${at(11, '14:00')} → 15:00 Asia/Seoul, Studio 1, home_fashion: booked (outside availability: moved at the student’s request).\n`,
      );
      expect((await cli('lesson', 'attendance', String(lesson.id), '--org', w.slug, '--present', s1)).out).toMatch(new RegExp(`member\\s+status\\n${s1}\\s+present\\n$`));
      const outsider = await cli('lesson', 'attendance', String(lesson.id), '--org', w.slug, '--present', s3);
      expect(outsider.code).toBe(2);
      expect(outsider.err).toContain('not the student of this lesson');
      expect((await cli('lesson', 'cancel', String(lesson.id), '--org', w.slug, '--reason', 'student ill')).out).toMatch(/^Cancelled: Lesson \d+ .*: cancelled — student ill/);
      expect((await cli('lesson', 'cancel', String(lesson.id), '--org', w.slug, '--reason', 'again')).code).toBe(3);
      expect((await cli('lesson', 'cancel', '99999', '--org', w.slug, '--reason', 'x')).code).toBe(4);

      // Weekly hours: refused when unclear, set, shown; then a booking inside them needs no reason.
      expect((await cli('availability', '--help')).out).toMatch(/show[\s\S]*set/);
      expect((await cli('availability', 'show', teacher, '--org', w.slug)).out).toBe(`${teacher} has no weekly hours set: every private lesson needs --outside-availability-reason.\n`);
      const badSlot = await cli('availability', 'set', teacher, '--org', w.slug, '--slot', 'Someday 9-12');
      expect(badSlot.code).toBe(2);
      expect(badSlot.err).toContain("--slot 'Someday 9-12' is not a weekly slot");
      expect((await cli('availability', 'set', teacher, '--org', w.slug)).code).toBe(2);
      const backwards = await cli('availability', 'set', teacher, '--org', w.slug, '--slot', 'Mon 12:00-09:00');
      expect(backwards.code).toBe(2);
      expect(backwards.err).toContain('must be after the start');
      const lessonDay = day(12);
      const weekday = ((new Date(`${lessonDay}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
      const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
      const hours = await json<{ timeZone: string; slots: { weekday: number; start: string; end: string }[] }>('availability', 'set', teacher, '--org', w.slug, '--slot', `${names[weekday - 1]} 9:00-12:00`);
      expect(hours).toMatchObject({ timeZone: 'Asia/Seoul', slots: [{ weekday, start: '09:00', end: '12:00' }] });
      expect((await cli('availability', 'show', teacher, '--org', w.slug)).out).toBe(`Weekly hours of ${teacher} (Asia/Seoul):\n${names[weekday - 1]} 09:00–12:00\n`);
      const inside = await json<{ outsideAvailabilityReason: string | null }>('lesson', 'book', '--org', w.slug, '--unit', 'CTR', '--instructor', teacher, '--student', s2, '--start', `${lessonDay}T10:00`, '--end', `${lessonDay}T11:00`);
      expect(inside.outsideAvailabilityReason).toBeNull();
      expect((await cli('availability', 'set', teacher, '--org', w.slug, '--clear')).out).toBe(`Weekly hours of ${teacher} cleared.\n`);
      expect((await cli('availability', 'show', '99999', '--org', w.slug)).code).toBe(4);

      // Enrolment steps, then a certificate as a PDF.
      const k = await json<{ id: number }>('class', 'open', '--org', w.slug, '--unit', 'HF-2', '--course', 'HF101', '--instructor', teacher, '--schedule', 'Thu 10:00', '--room', 'Room 9', '--capacity', '1', '--starts-on', day(-20), '--ends-on', day(40));
      const e1 = await json<{ id: number; memberId: number }>('enrol', String(k.id), s1, '--org', w.slug);
      const e2 = await json<{ id: number; state: string }>('enrol', String(k.id), s2, '--org', w.slug);
      expect(e2.state).toBe('waitlisted');
      await seed(async (ctx) => {
        const l = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: `${day(-3)}T10:00`, end: `${day(-3)}T12:00` });
        await recordLessonAttendance(ctx, { org: w.slug, lessonId: l.id, entries: [{ memberId: e1.memberId, status: 'present' }] });
      });
      expect((await cli('enrolment', 'assess', String(e1.id), '--org', w.slug, '--result', 'maybe')).code).toBe(2);
      expect((await cli('enrolment', 'assess', String(e1.id), '--org', w.slug, '--result', 'passed')).out).toBe(`The final piece of ${s1} (enrolment ${e1.id}) is passed.\n`);
      expect((await cli('enrolment', 'transfer', String(e2.id), '--org', w.slug, '--to', '99999', '--reason', 'x')).code).toBe(4);
      expect((await cli('enrolment', 'drop', String(e2.id), '--org', w.slug, '--reason', 'changed plans')).out).toBe(`Enrolment ${e2.id} of ${s2} is dropped.\n`);
      expect((await cli('enrolment', 'drop', String(e2.id), '--org', w.slug, '--reason', 'again')).code).toBe(3);
      const cert = await json<{ number: string }>('certificate', 'issue', String(e1.id), '--org', w.slug, '--show-course');
      const file = join(h.dir, 'certificate.pdf');
      expect((await cli('certificate', 'pdf', cert.number, '--org', w.slug, '--out', file)).out).toMatch(new RegExp(`^Wrote certificate ${cert.number} to .*certificate\\.pdf \\(\\d+ bytes\\)\\.\\n$`));
      const pdf = await readPdf(readFileSync(file));
      expect([pdf.title, pdf.pages.length]).toEqual([`Certificate ${cert.number}`, 1]);
      expect(pdf.text).toContain(`No. · 번호  ${cert.number}`);
      expect(pdf.text).toContain('name not shown at the holder’s request');
      expect((await cli('certificate', 'pdf', 'SB-0000-0000-0000-0000', '--org', w.slug, '--out', file)).code).toBe(4);
      let err = '';
      const noFont = await runCli(['certificate', 'pdf', cert.number, '--org', w.slug, '--out', join(h.dir, 'x.pdf'), '--database', h.url], { stdout: () => undefined, stderr: (t) => (err += t), env: { ...env, CELLBOOK_PDF_FONT: '/nonexistent/font.ttf' }, interactive: false });
      expect(noFont).toBe(1);
      expect(err).toContain("The font for certificate PDFs, '/nonexistent/font.ttf', does not exist");
      expect(err).toContain('apt-get install fonts-nanum');

      // The year's report, and a new signing key.
      const year = day(0).slice(0, 4);
      const report = await json<{ year: number; lessonsGiven: { class: number }; byArea: { area: string }[] }>('training', 'report', '--org', w.slug, '--year', year);
      expect(report.year).toBe(Number(year));
      expect(report.byArea.map((a) => a.area)).toContain('home_fashion');
      expect((await cli('training', 'report', '--org', w.slug, '--year', year)).out).toMatch(/^Training \d{4} \(.+, as of \d{4}-\d{2}-\d{2}\)\nstudents trained: \d+ {3}lessons given: \d+ \(class \d+, private \d+\) {3}completion: /);
      expect((await cli('training', 'report', '--org', w.slug, '--year', 'soon')).code).toBe(2);
      const before = JSON.parse((await cli('certificate', 'keys', '--org', w.slug)).out) as { keys: unknown[] };
      expect((await cli('certificate', 'rotate-key', '--org', w.slug, '--reason', '')).code).toBe(2);
      expect((await cli('certificate', 'rotate-key', '--org', w.slug, '--reason', 'yearly rotation')).out).toMatch(/^New signing key \S+; the previous one is retired and stays published for verification\.\n$/);
      const after = JSON.parse((await cli('certificate', 'keys', '--org', w.slug)).out) as { keys: { status: string }[] };
      expect(after.keys).toHaveLength(before.keys.length + 1);
      expect(after.keys.filter((x) => x.status === 'active')).toHaveLength(1);
    });

    it('asks for the public address before issuing', async () => {
      let err = '';
      const code = await runCli(['certificate', 'issue', '1', '--org', w.slug, '--database', h.url], { stdout: () => undefined, stderr: (t) => (err += t), env: {}, interactive: false });
      expect(code).toBe(2);
      expect(err).toContain('hint: Set PUBLIC_URL');
    });
  });
}
