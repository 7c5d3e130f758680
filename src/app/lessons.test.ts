import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../store/database.js';
import { noDoubleBookingTrigger } from '../store/migrations/0008-lesson-rooms-areas.js';
import { expectError, fixedClock } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildCenter, buildClass, buildStudent, type CenterWorld } from '../test-support/training-fixtures.js';
import { bookPrivateLesson } from './book-private-lesson.js';
import { cancelLesson } from './cancel-lesson.js';
import { createAppContext, type AppContext } from './context.js';
import { enrolStudent } from './enrol-student.js';
import { listLessons } from './lesson-queries.js';
import { recordLessonAttendance } from './record-lesson-attendance.js';
import { recordQualification } from './record-qualification.js';
import { rescheduleLesson } from './reschedule-lesson.js';
import { scheduleClassLesson } from './schedule-class-lesson.js';
import { setAvailability } from './set-availability.js';
import { AppError } from '../core/errors.js';

/** Monday to Friday, 09:00–18:00 Seoul time. */
const weekdays = (ctx: AppContext, w: CenterWorld) =>
  setAvailability(ctx, { org: w.slug, instructor: { id: w.instructor.id }, timeZone: 'Asia/Seoul', slots: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '18:00' })) });

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`lessons on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('schedules class lessons with the class’s instructor and room, and never double-books either', async () => {
      const w = await buildCenter(ctx, { classUnits: 2 });
      const k1 = await buildClass(ctx, w, 0, 4, 'Room 1');
      const k2 = await buildClass(ctx, w, 1, 4, 'Room 2');
      const l1 = await scheduleClassLesson(ctx, { org: w.slug, classId: k1.id, start: '2026-12-01T10:00', end: '2026-12-01T12:00' });
      expect(l1).toMatchObject({ kind: 'class', room: 'Room 1', instructorId: w.instructor.id, startsAt: '2026-12-01T01:00:00.000Z', localStart: '2026-12-01T10:00' });
      // Same instructor, another room, overlapping by a minute.
      await expectError(scheduleClassLesson(ctx, { org: w.slug, classId: k2.id, start: '2026-12-01T11:59', end: '2026-12-01T13:00' }), 'already_exists', new RegExp(`Instructor '${w.instructor.memberNo}' already has a lesson`));
      // Back to back is fine.
      const l2 = await scheduleClassLesson(ctx, { org: w.slug, classId: k2.id, start: '2026-12-01T12:00', end: '2026-12-01T13:00' });
      // Room 1 is taken at 10:00 whoever teaches: a private lesson there clashes on the room.
      const other = await buildStudent(ctx, w, 'Other teacher');
      await setAvailability(ctx, { org: w.slug, instructor: { id: other.id }, timeZone: 'Asia/Seoul', slots: [{ weekday: 2, start: '08:00', end: '20:00' }] });
      const student = await buildStudent(ctx, w);
      await expectError(bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: other.id }, student: { id: student.id }, start: '2026-12-01T11:00', end: '2026-12-01T11:30', timeZone: 'Asia/Seoul', room: 'Room 1' }), 'already_exists', /Room 'Room 1' is already booked/);
      // Moving the second lesson onto the first is refused; cancelling the first frees the time.
      await expectError(rescheduleLesson(ctx, { org: w.slug, lessonId: l2.id, start: '2026-12-01T10:30', end: '2026-12-01T11:30', version: l2.version }), 'already_exists');
      await cancelLesson(ctx, { org: w.slug, lessonId: l1.id, reason: 'instructor ill', version: l1.version });
      const moved = await rescheduleLesson(ctx, { org: w.slug, lessonId: l2.id, start: '2026-12-01T10:30', end: '2026-12-01T11:30', version: l2.version });
      expect(moved.localStart).toBe('2026-12-01T10:30');
      expect((await listLessons(ctx, { org: w.slug, instructor: { id: w.instructor.id } })).items.map((l) => l.status)).toEqual(['cancelled', 'booked']);
    });

    it('books private lessons within the instructor’s availability, and reschedules and cancels them', async () => {
      const w = await buildCenter(ctx);
      const student = await buildStudent(ctx, w);
      const book = (start: string, end: string) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: student.id }, start, end, timeZone: 'Asia/Seoul' });
      await expectError(book('2026-12-02T10:00', '2026-12-02T11:00'), 'rule_violation', /does not take lessons/);
      await weekdays(ctx, w);
      await expectError(book('2026-12-05T10:00', '2026-12-05T11:00'), 'rule_violation', /2026-12-05T10:00/); // a Saturday
      await expectError(book('2026-12-02T17:30', '2026-12-02T18:30'), 'rule_violation'); // runs past 18:00
      const lesson = await book('2026-12-02T10:00', '2026-12-02T11:00');
      expect(lesson).toMatchObject({ kind: 'private', studentId: student.id, room: null, status: 'booked' });
      await expectError(book('2026-12-02T10:30', '2026-12-02T11:30'), 'already_exists', /Instructor 'S\d+' already has a lesson/);
      const moved = await rescheduleLesson(ctx, { org: w.slug, lessonId: lesson.id, start: '2026-12-03T10:00', end: '2026-12-03T11:00', version: lesson.version });
      await expectError(rescheduleLesson(ctx, { org: w.slug, lessonId: lesson.id, start: '2026-12-04T10:00', end: '2026-12-04T11:00', version: lesson.version }), 'version_conflict');
      const cancelled = await cancelLesson(ctx, { org: w.slug, lessonId: lesson.id, reason: 'student ill', version: moved.version });
      expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'student ill' });
      expect((await book('2026-12-03T10:00', '2026-12-03T11:00')).status).toBe('booked');
    });

    it('records attendance for enrolled students only', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 3);
      const s1 = await buildStudent(ctx, w);
      const stranger = await buildStudent(ctx, w);
      await enrolStudent(ctx, { org: w.slug, classId: k.id, member: { id: s1.id } });
      const lesson = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-11-24T10:00', end: '2026-11-24T12:00' });
      const err = await expectError(recordLessonAttendance(ctx, { org: w.slug, lessonId: lesson.id, entries: [{ memberId: s1.id, status: 'present' }, { memberId: stranger.id, status: 'present' }] }), 'validation_failed');
      expect(err.problems).toEqual([{ path: 'entries[1].memberId', message: 'not enrolled in this class' }]);
      const marked = await recordLessonAttendance(ctx, { org: w.slug, lessonId: lesson.id, entries: [{ memberId: s1.id, status: 'present' }] });
      expect(marked.attendance).toEqual([{ memberId: s1.id, status: 'present' }]);
    });

    it('clashes on a room by its normalized name (trimmed, case-folded, spaces collapsed), in the database too', async () => {
      const w = await buildCenter(ctx, { classUnits: 1 });
      const k = await buildClass(ctx, w, 0, 4, 'Room 2');
      const l = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-12-01T10:00', end: '2026-12-01T12:00' });
      const other = await buildStudent(ctx, w, 'Other teacher');
      await recordQualification(ctx, { org: w.slug, member: { id: other.id }, area: 'ribbon_art', kind: 'qualification', title: 'Ribbon art', issuer: 'Fictional Guild', issuedOn: '2020-01-01' });
      await setAvailability(ctx, { org: w.slug, instructor: { id: other.id }, timeZone: 'Asia/Seoul', slots: [{ weekday: 2, start: '08:00', end: '20:00' }] });
      const student = await buildStudent(ctx, w);
      const book = (room: string) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: other.id }, student: { id: student.id }, start: '2026-12-01T11:00', end: '2026-12-01T11:30', timeZone: 'Asia/Seoul', room });
      await expectError(book('  room   2 '), 'already_exists', /Room 'room {3}2' is already booked/);
      await expectError(book('ROOM 2'), 'already_exists', /Room/);
      expect((await book('Room 22')).room).toBe('Room 22');
      // Written past the app, with a tab and another case: the database's own rule refuses it.
      const row = await ctx.database.db.selectFrom('lessons').selectAll().where('id', '=', l.id).executeTakeFirstOrThrow();
      const { id: _id, room_key: key, ...copy } = row;
      expect(key).toBe('room 2');
      const write = ctx.database.db.insertInto('lessons').values({ ...copy, instructor_id: student.id, kind: 'private', class_id: null, student_id: other.id, room: 'rOOm\t 2', starts_at: '2026-12-01T02:30:00.000Z', ends_at: '2026-12-01T04:00:00.000Z' }).execute();
      await expect(write).rejects.toThrow(/overlap/);
    });

    it('refuses a lesson whose instructor holds no valid qualification for its area on its day', async () => {
      const w = await buildCenter(ctx, { licenceExpires: '2026-12-15' });
      await weekdays(ctx, w);
      const k = await buildClass(ctx, w, 0, 4);
      // The class opened while the licence was valid; a lesson after it expires is refused.
      await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-12-15T10:00', end: '2026-12-15T12:00' });
      await expectError(scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-12-22T10:00', end: '2026-12-22T12:00' }), 'rule_violation', /holds no valid qualification for 'home_fashion' on 2026-12-22/);
      const student = await buildStudent(ctx, w);
      const book = (day: string, area?: string) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: student.id }, start: `${day}T14:00`, end: `${day}T15:00`, timeZone: 'Asia/Seoul', area });
      const err = await expectError(book('2026-12-16', 'home_fashion'), 'rule_violation', /on 2026-12-16/);
      expect(err.hint).toContain('expired on 2026-12-15');
      await expectError(book('2026-12-09', 'ribbon_art'), 'rule_violation', /no valid qualification for 'ribbon_art'/);
      await expectError(book('2026-12-09', 'knitting'), 'validation_failed');
      const lesson = await book('2026-12-09', 'home_fashion');
      expect(lesson).toMatchObject({ area: 'home_fashion', outsideAvailabilityReason: null });
      await expectError(rescheduleLesson(ctx, { org: w.slug, lessonId: lesson.id, start: '2026-12-17T14:00', end: '2026-12-17T15:00', version: lesson.version }), 'rule_violation', /on 2026-12-17/);
      // A lesson that names no area is not tied to a qualification.
      expect((await book('2026-12-16')).area).toBeNull();
    });

    it('books outside the instructor’s availability only with a reason, which the lesson keeps', async () => {
      const w = await buildCenter(ctx);
      const student = await buildStudent(ctx, w);
      const book = (start: string, end: string, outsideAvailabilityReason?: string) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: student.id }, start, end, timeZone: 'Asia/Seoul', outsideAvailabilityReason });
      const none = await expectError(book('2026-12-05T10:00', '2026-12-05T11:00'), 'rule_violation', /does not take lessons at 2026-12-05T10:00/);
      expect(none.hint).toMatch(/Set the instructor’s availability first.*outsideAvailabilityReason/);
      await weekdays(ctx, w);
      await expectError(book('2026-12-05T10:00', '2026-12-05T11:00', '   '), 'rule_violation');
      const saturday = await book('2026-12-05T10:00', '2026-12-05T11:00', 'exhibition week: Saturday agreed with the instructor');
      expect(saturday.outsideAvailabilityReason).toBe('exhibition week: Saturday agreed with the instructor');
      await expectError(rescheduleLesson(ctx, { org: w.slug, lessonId: saturday.id, start: '2026-12-06T10:00', end: '2026-12-06T11:00', version: saturday.version }), 'rule_violation', /does not take lessons/);
      const weekday = await rescheduleLesson(ctx, { org: w.slug, lessonId: saturday.id, start: '2026-12-07T10:00', end: '2026-12-07T11:00', version: saturday.version });
      expect(weekday.outsideAvailabilityReason).toBeNull();
      const sunday = await rescheduleLesson(ctx, { org: w.slug, lessonId: saturday.id, start: '2026-12-06T10:00', end: '2026-12-06T11:00', outsideAvailabilityReason: 'make-up lesson', version: weekday.version });
      expect(sunday).toMatchObject({ localStart: '2026-12-06T10:00', outsideAvailabilityReason: 'make-up lesson' });
    });

    it('refuses an overlapping lesson written past the app, straight into the database', async () => {
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 3);
      const l = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-12-01T10:00', end: '2026-12-01T12:00' });
      const row = await ctx.database.db.selectFrom('lessons').selectAll().where('id', '=', l.id).executeTakeFirstOrThrow();
      const { id: _id, room_key: _key, ...copy } = row;
      const write = ctx.database.db.insertInto('lessons').values({ ...copy, room: 'Elsewhere', starts_at: '2026-12-01T02:30:00.000Z', ends_at: '2026-12-01T04:00:00.000Z' }).execute();
      await expect(write).rejects.toThrow(/overlap/);
      // A cancelled lesson holds nothing.
      await ctx.database.db.insertInto('lessons').values({ ...copy, status: 'cancelled' }).execute();
    });

    if (dialect === 'postgres') {
      it('lets exactly one of many concurrent bookings of the same instructor through', async () => {
        const w = await buildCenter(ctx);
        await weekdays(ctx, w);
        const students = [];
        for (let i = 0; i < 6; i++) students.push(await buildStudent(ctx, w));
        // Different rooms and students, overlapping times: only the instructor clashes.
        const results = await Promise.allSettled(
          students.map((s, i) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: s.id }, start: `2026-12-02T10:${String(i * 5).padStart(2, '0')}`, end: '2026-12-02T11:30', timeZone: 'Asia/Seoul', room: `Room ${i}` })),
        );
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
        expect(refused.every((e) => e instanceof AppError && e.code === 'already_exists')).toBe(true);
        const n = await ctx.database.db.selectFrom('lessons').select(sql<number>`count(*)`.as('n')).where('status', '=', 'booked').executeTakeFirstOrThrow();
        expect(Number(n.n)).toBe(1);
      });
    }
  });
}

/** Inserts one lesson row on its own connection, started by all workers at the same moment. */
const workerSource = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.file);
db.pragma('busy_timeout = 10000');
const go = new Int32Array(workerData.gate);
Atomics.wait(go, 0, 0);
try {
  const r = workerData.row;
  db.prepare('insert into lessons (org_id, unit_id, class_id, kind, instructor_id, student_id, room, starts_at, ends_at, time_zone, status, cancel_reason, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(r.org_id, r.unit_id, r.class_id, r.kind, r.instructor_id, r.student_id, r.room, r.starts_at, r.ends_at, r.time_zone, r.status, r.cancel_reason, r.version, r.created_at, r.updated_at);
  parentPort.postMessage('booked');
} catch (e) {
  parentPort.postMessage(String(e.message));
} finally {
  db.close();
}`;

describe('lessons on sqlite with concurrent writers', () => {
  it('lets exactly one of several connections booking the same instructor at once through (the trigger decides)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cellbook-lessons-'));
    const file = join(dir, 'db.sqlite');
    const database = openDatabase(file);
    try {
      await migrateToLatest(database);
      const ctx = createAppContext(database, fixedClock);
      const w = await buildCenter(ctx);
      const k = await buildClass(ctx, w, 0, 3);
      const template = await scheduleClassLesson(ctx, { org: w.slug, classId: k.id, start: '2026-12-01T10:00', end: '2026-12-01T12:00' });
      const row = await database.db.selectFrom('lessons').selectAll().where('id', '=', template.id).executeTakeFirstOrThrow();
      const gate = new SharedArrayBuffer(4);
      const workers = [0, 1, 2, 3].map(
        (i) =>
          new Promise<string>((resolve, reject) => {
            const wk = new Worker(workerSource, { eval: true, workerData: { file, gate, row: { ...row, room: `Room ${i + 10}`, starts_at: `2026-12-03T0${i}:00:00.000Z`, ends_at: '2026-12-03T05:00:00.000Z' } } });
            wk.once('message', (m: string) => resolve(m));
            wk.once('error', reject);
          }),
      );
      // Give every worker time to open its connection and wait at the gate, then open it for all.
      await new Promise((r) => setTimeout(r, 300));
      Atomics.store(new Int32Array(gate), 0, 1);
      Atomics.notify(new Int32Array(gate), 0);
      const outcomes = await Promise.all(workers);
      expect(outcomes.filter((o) => o === 'booked')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'booked').every((o) => /lesson_overlap:instructor/.test(o))).toBe(true);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!postgresAvailable())('PostgreSQL: exclusion constraints, or the trigger where btree_gist is missing', () => {
  it('uses exclusion constraints when the extension is available (as on the test server)', async () => {
    const t = await createTestDatabase('postgres');
    try {
      const r = await sql<{ conname: string }>`select conname from pg_constraint where conname like 'lessons_%_no_overlap' order by conname`.execute(t.database.db);
      expect(r.rows.map((x) => x.conname)).toEqual(['lessons_instructor_no_overlap', 'lessons_room_no_overlap']);
    } finally {
      await t.drop();
    }
  });

  it('lets exactly one concurrent booking through with the fallback trigger instead', async () => {
    const t = await createTestDatabase('postgres');
    try {
      const db = t.database.db;
      await sql`alter table lessons drop constraint lessons_instructor_no_overlap, drop constraint lessons_room_no_overlap`.execute(db);
      await noDoubleBookingTrigger(db);
      const ctx = createAppContext(t.database, fixedClock);
      const w = await buildCenter(ctx);
      await weekdays(ctx, w);
      const students = [];
      for (let i = 0; i < 5; i++) students.push(await buildStudent(ctx, w));
      const results = await Promise.allSettled(
        students.map((s, i) => bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: w.instructor.id }, student: { id: s.id }, start: `2026-12-02T10:0${i}`, end: '2026-12-02T11:00', timeZone: 'Asia/Seoul', room: `Room ${i}` })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.every((r) => r.status === 'fulfilled' || (r.reason instanceof AppError && r.reason.code === 'already_exists'))).toBe(true);
      // The room rule holds too, by normalized name: another instructor in the booked room.
      const booked = (await db.selectFrom('lessons').select('room').where('status', '=', 'booked').executeTakeFirstOrThrow()).room;
      const other = await buildStudent(ctx, w);
      await setAvailability(ctx, { org: w.slug, instructor: { id: other.id }, timeZone: 'Asia/Seoul', slots: [{ weekday: 3, start: '09:00', end: '18:00' }] });
      await expectError(bookPrivateLesson(ctx, { org: w.slug, unit: { id: w.center.id }, instructor: { id: other.id }, student: { id: students[0]?.id ?? 0 }, start: '2026-12-02T10:30', end: '2026-12-02T11:30', timeZone: 'Asia/Seoul', room: ` ${(booked ?? '').toUpperCase().replace(' ', '   ')}` }), 'already_exists', /Room/);
    } finally {
      await t.drop();
    }
  });
});
