import { describe, expect, it } from 'vitest';
import { actingAs, type AppContext } from './context.js';
import { createCourse } from './create-course.js';
import { dropEnrolment } from './drop-enrolment.js';
import { enrolStudent } from './enrol-student.js';
import { getClass, getCourse, listClasses, listCourses } from './course-queries.js';
import { openClass } from './open-class.js';
import { transferEnrolment } from './transfer-enrolment.js';
import { recordQualification } from './record-qualification.js';
import { listQualifications, trainingAttention } from './training-attention.js';
import { updateCourse } from './update-course.js';
import { listMemberNotices } from './case-queries.js';
import { expectError } from '../test-support/expect-error.js';
import { buildMember, buildUser } from '../test-support/factories.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildCenter, buildClass, buildStudent } from '../test-support/training-fixtures.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`courses and classes on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('keeps a catalogue of courses per area with fee, lessons and the rulebook completion rule', async () => {
      const w = await buildCenter(ctx);
      expect(w.course).toMatchObject({ code: 'HF101', area: 'home_fashion', fee: 180000, currency: 'KRW', lessons: 8, completion: { minAttendancePercent: 80, finalPieceRequired: true } });
      const err = await expectError(createCourse(ctx, { org: w.slug, unit: { id: w.program.id }, code: 'X1', title: 'Pottery', area: 'pottery', level: 'expert', fee: -1, lessons: 0 }), 'validation_failed');
      expect(err.problems.map((p) => p.path).sort()).toEqual(['fee', 'lessons', 'level']);
      const area = await expectError(createCourse(ctx, { org: w.slug, unit: { id: w.program.id }, code: 'X1', title: 'Pottery', area: 'pottery', level: 'beginner', fee: 0, lessons: 4 }), 'validation_failed');
      expect(area.problems[0]?.message).toMatch(/home_fashion, ribbon_art, wood_art/);
      await expectError(createCourse(ctx, { org: w.slug, unit: { id: w.program.id }, code: 'hf101', title: 'Again', area: 'home_fashion', level: 'beginner', fee: 0, lessons: 4 }), 'already_exists');
      const changed = await updateCourse(ctx, { org: w.slug, course: { code: 'HF101' }, fee: 200000, version: w.course.version });
      expect(changed.fee).toBe(200000);
      await expectError(updateCourse(ctx, { org: w.slug, course: { code: 'HF101' }, fee: 1, version: w.course.version }), 'version_conflict');
      expect((await listCourses(ctx, { org: w.slug })).items.map((c) => c.code)).toEqual(['HF101']);
    });

    it('opens a class only in a class unit, with a qualified instructor who becomes its instructor', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 3);
      expect(k).toMatchObject({ unitCode: 'HF-1', courseCode: 'HF101', room: 'Room 1', places: { capacity: 3, enrolled: 0, free: 3 } });
      const term = await ctx.database.db.selectFrom('office_terms').selectAll().where('unit_id', '=', k.unitId).executeTakeFirstOrThrow();
      expect(term).toMatchObject({ office: 'instructor', member_id: w.instructor.id, end_on: '2027-02-01' });
      await expectError(buildClass(ctx, w, 0), 'already_exists');
      const base = { org: w.slug, course: { id: w.course.id }, schedule: 'Wed', room: 'A', capacity: 5, startsOn: '2026-12-01', endsOn: '2026-12-31', timeZone: 'Asia/Seoul' };
      await expectError(openClass(ctx, { ...base, unit: { id: w.program.id }, instructor: { id: w.instructor.id } }), 'rule_violation', /cannot hold a class/);
      const unqualified = await buildStudent(ctx, w);
      await expectError(openClass(ctx, { ...base, unit: { id: w.classUnits[1]?.id ?? 0 }, instructor: { id: unqualified.id } }), 'rule_violation', /no valid qualification for 'home_fashion'/);
      const detail = await getCourse(ctx, w.slug, { code: 'HF101' });
      expect(detail.areaName).toEqual({ en: 'Home fashion', ko: '홈패션' });
      expect(detail.classes.map((c) => c.unitCode)).toEqual(['HF-1']);
    });

    it('lists licences expiring within 90 days, and expired ones of instructors still teaching, as attention items', async () => {
      const w = await buildCenter(ctx, { licenceExpires: '2027-01-15' });
      const k = await buildClass(ctx, w, 0, 2);
      await recordQualification(ctx, { org: w.slug, member: { id: w.instructor.id }, area: 'ribbon_art', kind: 'qualification', title: 'Ribbon art teacher', issuer: 'Fictional Ribbon Society', issuedOn: '2019-01-01', expiresOn: '2027-06-30' });
      const a = await trainingAttention(ctx, { org: w.slug });
      expect(a.warningDays).toBe(90);
      expect(a.items).toEqual([expect.objectContaining({ kind: 'qualification_expiring', dueOn: '2027-01-15', daysLeft: 47, area: 'home_fashion', classesAffected: [k.unitCode] })]);
      expect(a.items[0]?.message).toMatch(/Licence HF-0001 of .* expires on 2027-01-15 \(in 47 days\), before classes HF-1 end/);
      const later = { ...ctx, clock: () => new Date('2027-01-20T10:00:00Z') };
      expect((await trainingAttention(later, { org: w.slug })).items.map((i) => i.kind)).toEqual(['qualification_expired']);
      expect((await listQualifications(ctx, w.slug, { id: w.instructor.id })).map((q) => [q.area, q.valid])).toEqual([['home_fashion', true], ['ribbon_art', true]]);
    });

    it('refuses a class whose instructor’s licence has expired by its start', async () => {
      const w = await buildCenter(ctx, { licenceExpires: '2026-11-30' });
      const err = await expectError(buildClass(ctx, w), 'rule_violation', /on 2026-12-01/);
      expect(err.hint).toMatch(/expired on 2026-11-30/);
    });

    it('fills places, then the waitlist in order; a freed place goes to the first waiting, who is told', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 2);
      const [a, b, c, d] = [await buildStudent(ctx, w), await buildStudent(ctx, w), await buildStudent(ctx, w), await buildStudent(ctx, w)];
      const ea = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: a.id } });
      await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: b.id } });
      const ec = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: c.id } });
      const ed = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: d.id } });
      expect([ea.state, ec.state, ed.state]).toEqual(['enrolled', 'waitlisted', 'waitlisted']);
      expect([ec.waitlistPosition, ed.waitlistPosition]).toEqual([1, 2]);
      await expectError(enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: c.id } }), 'already_exists', /already waitlisted/);

      const dropped = await dropEnrolment(ctx, { org: w.slug, enrolmentId: ea.id, reason: 'moved away', version: ea.version });
      expect(dropped.state).toBe('dropped');
      expect(dropped.promoted).toEqual([ec.id]);
      const klass = await getClass(ctx, w.slug, k.id);
      expect(klass.places).toMatchObject({ enrolled: 2, waitlisted: 1, free: 0 });
      expect(klass.enrolments.find((e) => e.id === ec.id)).toMatchObject({ state: 'enrolled', waitlistPosition: null });
      expect(klass.enrolments.find((e) => e.id === ed.id)?.waitlistPosition).toBe(1);
      expect(klass.enrolments.find((e) => e.id === ec.id)?.timeline.map((t) => `${t.action}:${t.to}`)).toEqual(['waitlist:waitlisted', 'promote:enrolled']);
      const notices = await listMemberNotices(ctx, w.slug, { id: c.id });
      expect(notices.map((n) => n.message)).toEqual([expect.stringMatching(/A place in class HF-1 .* is yours/)]);
    });

    it('enrols beyond capacity only with an explicit override and its reason', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 1);
      await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: (await buildStudent(ctx, w)).id } });
      const s2 = await buildStudent(ctx, w);
      await expectError(enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: s2.id }, overCapacityReason: ' ' }), 'validation_failed');
      const over = await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: s2.id }, overCapacityReason: 'sibling of a student' });
      expect(over).toMatchObject({ state: 'enrolled', overCapacityReason: 'sibling of a student' });
      expect((await getClass(ctx, w.slug, k.id)).places).toMatchObject({ capacity: 1, enrolled: 2, free: 0 });
    });

    it('turns an enquiry into an enrolment, and transfers a student to another class', async () => {
      const w = await buildCenter(ctx);
      const k1 = await buildClass(ctx, w, 0, 1, 'Room 1');
      const k2 = await buildClass(ctx, w, 1, 1, 'Room 2');
      const s = await buildStudent(ctx, w);
      const waiting = await buildStudent(ctx, w);
      const enquiry = await enrolStudent(ctx, { org: w.slug, classId: k1.id, member: { id: s.id }, enquiry: true });
      expect(enquiry.state).toBe('enquiry');
      const enrolled = await enrolStudent(ctx, { org: w.slug, classId: k1.id, member: { id: s.id } });
      expect(enrolled).toMatchObject({ id: enquiry.id, state: 'enrolled' });
      const w2 = await enrolStudent(ctx, { org: w.slug, classId: k1.id, member: { id: waiting.id } });
      expect(w2.state).toBe('waitlisted');
      const moved = await transferEnrolment(ctx, { org: w.slug, enrolmentId: enrolled.id, toClassId: k2.id, reason: 'prefers Thursdays', version: enrolled.version });
      expect(moved).toMatchObject({ classId: k2.id, state: 'enrolled' });
      const old = await getClass(ctx, w.slug, k1.id);
      expect(old.enrolments.find((e) => e.id === enrolled.id)).toMatchObject({ state: 'transferred', transferredToId: moved.id });
      expect(old.enrolments.find((e) => e.id === w2.id)?.state).toBe('enrolled');
      await expectError(dropEnrolment(ctx, { org: w.slug, enrolmentId: enrolled.id, reason: 'x', version: enrolled.version + 1 }), 'invalid_transition', /transferred cannot be dropped/);
    });

    it('answers a class out of sight exactly like a missing one, and refuses a reader to enrol', async () => {
      const w = await buildCenter(ctx);
      const k1 = await buildClass(ctx, w, 0, 2);
      const k2 = await buildClass(ctx, w, 1, 2);
      // (an instructor enrols only students they can see: here, one placed in their class)
      const student = await buildMember(ctx, w.slug, w.classUnits[1] ?? null);
      // Someone placed in class 2 who holds its instructor office, seeing nothing of class 1.
      const other = await buildMember(ctx, w.slug, w.classUnits[1] ?? null);
      await ctx.database.db.updateTable('office_terms').set({ member_id: other.id }).where('unit_id', '=', k2.unitId).execute();
      const asOther = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, memberId: other.id }));
      const hidden = await expectError(getClass(asOther, w.slug, k1.id), 'not_found');
      const missing = await expectError(getClass(asOther, w.slug, 999_999), 'not_found');
      expect(hidden.message.replace(/\d+/g, '#')).toBe(missing.message.replace(/\d+/g, '#'));
      expect((await listClasses(asOther, { org: w.slug })).items.map((c) => c.id)).toEqual([k2.id]);
      expect((await enrolStudent(asOther, { org: w.slug, classId: k2.id, member: { id: student.id } })).state).toBe('enrolled');
      const auditor = actingAs(ctx, await buildUser(ctx, { orgSlug: w.slug, grants: [{ role: 'auditor', unitId: w.center.id }] }));
      await expectError(enrolStudent(auditor, { org: w.slug, classId: k1.id, member: { id: student.id } }), 'forbidden');
    });
  });
}
