import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import { apiTokenOf } from '../test-support/org-world.js';
import { buildUser } from '../test-support/factories.js';
import { fixedClock } from '../test-support/expect-error.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildCenter, buildStudent, type CenterWorld } from '../test-support/training-fixtures.js';
import { setAvailability } from '../app/set-availability.js';
import { readPdf } from '../test-support/pdf-text.js';
import { buildServer } from './server.js';

const PUBLIC = 'https://center.example.org';

interface Enrolment {
  id: number;
  state: string;
  waitlistPosition: number | null;
  overCapacityReason: string | null;
  version: number;
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`training over HTTP on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let drop: () => Promise<void>;
    let token: string;
    let w: CenterWorld;
    const call = (method: InjectOptions['method'], url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> =>
      app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...headers }, ...(body === undefined ? {} : { payload: body as Record<string, unknown> }) });
    const ok = async <T>(method: InjectOptions['method'], url: string, body?: unknown): Promise<T> => {
      const r = await call(method, url, body);
      expect(r.statusCode, `${method} ${url}: ${r.body}`).toBeLessThan(300);
      return r.json<T>();
    };

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      ctx = createAppContext(t.database, fixedClock);
      app = await buildServer(ctx, { publicUrl: PUBLIC });
      await app.ready();
      const admin = await buildUser(ctx, { isAdmin: true });
      token = (await apiTokenOf(ctx, admin.userId)).token;
      w = await buildCenter(ctx, { classUnits: 3 });
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });

    it('fills a class, queues the next on the waitlist, and enrols over capacity only with a reason', async () => {
      const base = `/api/v1/orgs/${w.slug}`;
      const course = await ok<{ id: number; completion: { minAttendancePercent: number } }>('POST', `${base}/courses`, { unitId: w.program.id, code: 'QU101', title: 'Quilting basics', area: 'quilting', level: 'beginner', fee: 150000, lessons: 6 });
      expect(course.completion.minAttendancePercent).toBe(80);
      const refused = await call('POST', `${base}/courses`, { unitId: w.program.id, code: 'QU102', title: 'x', area: 'knitting', level: 'beginner', fee: 1, lessons: 1 });
      expect([refused.statusCode, refused.json<{ problems: { path: string }[] }>().problems[0]?.path]).toEqual([400, 'area']);
      // The instructor holds a home-fashion licence only.
      const unqualified = await call('POST', `${base}/classes`, { unitId: w.classUnits[0]?.id, courseId: course.id, instructorId: w.instructor.id, schedule: 'Mon 10:00', room: 'Room A', capacity: 1, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' });
      expect(unqualified.statusCode).toBe(422);

      const k = await ok<{ id: number; places: { free: number } }>('POST', `${base}/classes`, { unitId: w.classUnits[0]?.id, courseId: w.course.id, instructorId: w.instructor.id, schedule: 'Mon 10:00', room: 'Room A', capacity: 1, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' });
      expect(k.places.free).toBe(1);
      const [a, b, c] = [await buildStudent(ctx, w), await buildStudent(ctx, w), await buildStudent(ctx, w)];
      const first = await ok<Enrolment>('POST', `${base}/classes/${k.id}/enrolments`, { memberId: a.id });
      const second = await ok<Enrolment>('POST', `${base}/classes/${k.id}/enrolments`, { memberId: b.id });
      const third = await ok<Enrolment>('POST', `${base}/classes/${k.id}/enrolments`, { memberId: c.id, overCapacityReason: 'Returning student, agreed with the founder' });
      expect([first.state, second.state, second.waitlistPosition, third.state, third.overCapacityReason]).toEqual(['enrolled', 'waitlisted', 1, 'enrolled', 'Returning student, agreed with the founder']);
      const empty = await call('POST', `${base}/classes/${k.id}/enrolments`, { memberId: (await buildStudent(ctx, w)).id, overCapacityReason: '  ' });
      expect(empty.statusCode).toBe(400);

      const detail = await ok<{ places: { enrolled: number; waitlisted: number; free: number }; enrolments: Enrolment[] }>('GET', `${base}/classes/${k.id}`);
      expect(detail.places).toMatchObject({ enrolled: 2, waitlisted: 1, free: 0 });
      // Dropping the first frees no place (two are enrolled in one), so the waitlist waits.
      const dropped = await ok<{ state: string; promoted: number[] }>('POST', `${base}/enrolments/${first.id}/drop`, { reason: 'Moved away', version: first.version });
      expect([dropped.state, dropped.promoted]).toEqual(['dropped', []]);
    });

    it('refuses a double booking of a room with 409 naming the room, and of an instructor naming the instructor', async () => {
      const base = `/api/v1/orgs/${w.slug}`;
      const other = await buildStudent(ctx, w, 'Instructor two');
      await setAvailability(ctx, { org: w.slug, instructor: { id: w.instructor.id }, timeZone: 'Asia/Seoul', slots: [{ weekday: 6, start: '09:00', end: '18:00' }] });
      await setAvailability(ctx, { org: w.slug, instructor: { id: other.id }, timeZone: 'Asia/Seoul', slots: [{ weekday: 6, start: '09:00', end: '18:00' }] });
      const student = await buildStudent(ctx, w);
      const booking = { unitId: w.center.id, instructorId: w.instructor.id, studentId: student.id, start: '2026-12-12T10:00', end: '2026-12-12T11:00', timeZone: 'Asia/Seoul', room: 'Studio' };
      const lesson = await ok<{ id: number; localStart: string }>('POST', `${base}/lessons`, booking);
      expect(lesson.localStart).toBe('2026-12-12T10:00');
      const sameRoom = await call('POST', `${base}/lessons`, { ...booking, instructorId: other.id, start: '2026-12-12T10:30', end: '2026-12-12T11:30' });
      expect([sameRoom.statusCode, sameRoom.json<{ code: string }>().code]).toEqual([409, 'already_exists']);
      expect(sameRoom.json<{ detail: string }>().detail).toContain("Room 'Studio'");
      const sameInstructor = await call('POST', `${base}/lessons`, { ...booking, room: 'Studio 2', start: '2026-12-12T10:30', end: '2026-12-12T11:30' });
      expect(sameInstructor.statusCode).toBe(409);
      expect(sameInstructor.json<{ detail: string }>().detail).toBe(`Instructor '${w.instructor.memberNo}' already has a lesson at that time`);
      const outside = await call('POST', `${base}/lessons`, { ...booking, start: '2026-12-13T10:00', end: '2026-12-13T11:00' });
      expect(outside.statusCode).toBe(422);
    });

    it('issues a certificate whose public page shows only what the holder consented to, and its revocation with the reason', async () => {
      const base = `/api/v1/orgs/${w.slug}`;
      const k = await ok<{ id: number }>('POST', `${base}/classes`, { unitId: w.classUnits[1]?.id, courseId: w.course.id, instructorId: w.instructor.id, schedule: 'Tue 10:00', room: 'Room B', capacity: 4, startsOn: '2026-11-01', endsOn: '2026-12-31', timeZone: 'Asia/Seoul' });
      const student = await buildStudent(ctx, w, '서연');
      await ctx.database.db.updateTable('members').set({ family_name: '이' }).where('id', '=', student.id).execute();
      const e = await ok<Enrolment>('POST', `${base}/classes/${k.id}/enrolments`, { memberId: student.id });
      const lesson = await ok<{ id: number }>('POST', `${base}/classes/${k.id}/lessons`, { start: '2026-11-10T10:00', end: '2026-11-10T12:00' });
      await ok('POST', `${base}/lessons/${lesson.id}/attendance`, { entries: [{ memberId: student.id, status: 'present' }] });
      const early = await call('POST', `${base}/enrolments/${e.id}/certificate`, { consent: { showName: false, showCourse: true, showIssuedOn: true }, version: e.version });
      expect(early.statusCode).toBe(422);
      expect(early.json<{ detail: string }>().detail).toContain('final piece');
      const assessed = await ok<Enrolment>('POST', `${base}/enrolments/${e.id}/final-piece`, { result: 'passed', version: e.version });
      const cert = await ok<{ id: number; number: string; verificationUrl: string; holderName: string; version: number }>('POST', `${base}/enrolments/${e.id}/certificate`, { consent: { showName: false, showCourse: true, showIssuedOn: true }, version: assessed.version });
      expect(cert.verificationUrl).toBe(`${PUBLIC}/verify/${w.slug}/${cert.number}`);
      expect(cert.holderName).toBe('이서연');

      const pub = await app.inject({ method: 'GET', url: `/api/v1/verify/${w.slug}/${cert.number}` });
      // Revalidated on every look, so a revocation shows at once.
      expect([pub.statusCode, pub.headers['cache-control']]).toEqual([200, 'no-cache']);
      expect(pub.json()).toMatchObject({ number: cert.number, status: 'valid', holderName: null, course: { title: 'Curtains and cushions' }, issuedOn: '2026-11-29' });
      const page = await app.inject({ method: 'GET', url: `/verify/${w.slug}/${cert.number.toLowerCase()}`, headers: { accept: 'text/html' } });
      expect([page.statusCode, page.headers['cache-control']]).toEqual([200, 'no-cache']);
      expect(page.headers['content-security-policy']).toContain("default-src 'none'");
      expect(page.body).toContain('Valid');
      expect(page.body).toContain('Curtains and cushions');
      expect(page.body).not.toContain('서연');
      expect(page.body).not.toMatch(/<script/i);
      const unknown = await app.inject({ method: 'GET', url: `/verify/${w.slug}/SB-2026-0000-0000-0000`, headers: { accept: 'text/html' } });
      expect([unknown.statusCode, unknown.headers['content-type']]).toEqual([404, 'text/html; charset=utf-8']);

      // The credential verifies against the published key set, offline, with an independent library path.
      const jwt = await call('GET', `${base}/certificates/${cert.id}/credential`);
      expect(jwt.headers['content-type']).toContain('application/vc+jwt');
      const keys = await app.inject({ method: 'GET', url: `/api/v1/verify/orgs/${w.slug}/keys` });
      const verified = await jwtVerify(jwt.body, createLocalJWKSet(keys.json()), { algorithms: ['EdDSA'] });
      expect(verified.payload.iss).toBe(`${PUBLIC}/api/v1/verify/orgs/${w.slug}/issuer`);
      const issuer = await app.inject({ method: 'GET', url: `/api/v1/verify/orgs/${w.slug}/issuer` });
      expect(issuer.json()).toMatchObject({ id: verified.payload.iss, name: expect.any(String) });

      // The achievement id resolves, publicly, to the same Achievement, and to nothing personal.
      const claimed = (verified.payload.credentialSubject as { achievement: { id: string } }).achievement;
      expect(claimed.id).toBe(`${PUBLIC}/api/v1/verify/orgs/${w.slug}/courses/HF101`);
      const achievement = await app.inject({ method: 'GET', url: claimed.id.slice(PUBLIC.length) });
      expect([achievement.statusCode, achievement.headers['cache-control']]).toEqual([200, 'public, max-age=300']);
      expect(achievement.json()).toEqual({ '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'], ...claimed });
      expect(achievement.json()).toMatchObject({ type: ['Achievement'], name: 'Curtains and cushions', achievementType: 'Certificate', criteria: { narrative: expect.stringContaining('80 %') } });
      for (const personal of ['서연', w.instructor.memberNo, 'Teacher', student.memberNo]) expect(achievement.body).not.toContain(personal);
      expect((await app.inject({ method: 'GET', url: `/api/v1/verify/orgs/${w.slug}/courses/hf101` })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: `/api/v1/verify/orgs/${w.slug}/courses/NOPE1` })).statusCode).toBe(404);
      expect((await app.inject({ method: 'GET', url: `/api/v1/verify/orgs/no-such-org/courses/HF101` })).json()).toMatchObject({ status: 404, code: 'not_found' });

      const pdf = await call('GET', `${base}/certificates/${cert.id}/pdf`);
      expect([pdf.statusCode, pdf.headers['content-type'], pdf.headers['content-disposition']]).toEqual([200, 'application/pdf', `inline; filename="${cert.number}.pdf"`]);
      const read = await readPdf(pdf.rawPayload);
      expect([read.title, read.pages.length]).toEqual([`Certificate ${cert.number}`, 1]);
      expect(read.text).toContain(cert.number);
      expect((await call('GET', `${base}/certificates/999999/pdf`)).statusCode).toBe(404);

      const print = await call('GET', `${base}/certificates/${cert.id}/print`);
      expect(print.statusCode).toBe(200);
      expect(print.headers['content-security-policy']).toContain("default-src 'none'");
      expect(print.body).toContain('<svg');
      expect(print.body).toContain('이서연');
      expect(print.body).toContain('@media print');
      expect(print.body).not.toMatch(/<script/i);

      const revoked = await ok<{ status: string }>('POST', `${base}/certificates/${cert.id}/revoke`, { reason: 'Issued in error', version: cert.version });
      expect(revoked.status).toBe('revoked');
      expect((await app.inject({ method: 'GET', url: `/api/v1/verify/${w.slug}/${cert.number}` })).json()).toMatchObject({ status: 'revoked', revokedOn: '2026-11-29', revocationReason: 'Issued in error' });
      const after = await app.inject({ method: 'GET', url: `/verify/${w.slug}/${cert.number}` });
      expect(after.body).toContain('Revoked');
      expect(after.body).toContain('Issued in error');
      const printed = await call('GET', `${base}/certificates/${cert.id}/print`);
      expect(printed.body).toContain('REVOKED');
    });

    it('reports the year and the expiring qualifications', async () => {
      const base = `/api/v1/orgs/${w.slug}`;
      const report = await ok<{ year: number; lessonsGiven: { class: number } }>('GET', `${base}/training/report?year=2026`);
      expect(report.year).toBe(2026);
      expect(report.lessonsGiven.class).toBeGreaterThanOrEqual(1);
      await ok('POST', `${base}/members/${w.instructor.id}/qualifications`, { area: 'quilting', kind: 'licence', title: 'Quilting instructor', issuer: 'Fictional Quilt Guild', number: 'Q-7', issuedOn: '2024-01-01', expiresOn: '2027-01-15' });
      const attention = await ok<{ items: { number: string | null; kind: string }[] }>('GET', `${base}/training/attention`);
      expect(attention.items).toContainEqual(expect.objectContaining({ number: 'Q-7', kind: 'qualification_expiring' }));
      const quals = await ok<{ items: { number: string | null; valid: boolean }[] }>('GET', `${base}/members/${w.instructor.id}/qualifications`);
      expect(quals.items.map((q) => q.number).sort()).toEqual(['HF-0001', 'Q-7']);
      const q7 = await ok<{ id: number; version: number }>('POST', `${base}/members/${w.instructor.id}/qualifications`, { area: 'ribbon_art', kind: 'licence', title: 'Ribbon art', issuer: 'Fictional Guild', issuedOn: '2024-01-01' });
      const ended = await ok<{ valid: boolean }>('POST', `${base}/qualifications/${q7.id}/end`, { reason: 'Withdrawn by the guild', version: q7.version });
      expect(ended.valid).toBe(false);
      expect((await call('POST', `${base}/qualifications/${q7.id}/end`, { reason: 'again', version: q7.version + 1 })).statusCode).toBe(409);
      expect((await call('POST', `${base}/qualifications/999999/end`, { reason: 'x', version: 1 })).statusCode).toBe(404);
    });
  });
}
