import { addDays, daysBetween, isoWeekday, WEEKDAY_NAMES } from '../core/dates.js';
import { seededRandom } from '../core/seeded-random.js';
import { assessFinalPiece } from './assess-final-piece.js';
import { bookPrivateLesson } from './book-private-lesson.js';
import { todayOf, type AppContext } from './context.js';
import { createCourse } from './create-course.js';
import { dropEnrolment } from './drop-enrolment.js';
import { enrolStudent } from './enrol-student.js';
import { issueCertificate } from './issue-certificate.js';
import { openClass } from './open-class.js';
import { recordLessonAttendance } from './record-lesson-attendance.js';
import { recordQualification } from './record-qualification.js';
import { scheduleClassLesson } from './schedule-class-lesson.js';
import { setAvailability } from './set-availability.js';

/**
 * The training half of the demo culture center: qualifications, courses, classes with rosters and
 * waitlists, lessons with attendance, completed enrolments with certificates, and the founder's
 * private lessons. Every date is relative to the context's today (the clock tests fix), so the
 * demo always has a running term, an expiring licence and next week's lessons; randomness is seeded.
 */

const ZONE = 'Asia/Seoul';
const FOUNDER = 'S00001';
const SECOND = 'S00002';
/** Where the demo certificates say they are verified (the default local server). */
const DEMO_BASE_URL = 'http://localhost:3000';

interface CourseSpec {
  code: string;
  program: string;
  area: string;
  title: string;
  level: 'beginner' | 'intermediate' | 'advanced';
  fee: number;
  lessons: number;
  description: string;
  minAttendancePercent?: number;
  finalPieceRequired?: boolean;
}

const COURSES: CourseSpec[] = [
  { code: 'HF101', program: 'PRG1', area: 'home_fashion', title: 'Home fashion basics', level: 'beginner', fee: 180_000, lessons: 10, description: 'Cushions, table linen and simple bags: measuring, cutting and sewing on the machine.' },
  { code: 'HF201', program: 'PRG1', area: 'home_fashion', title: 'Curtains and cutting formulas', level: 'intermediate', fee: 240_000, lessons: 8, description: 'Fabric widths, cut drops, pattern repeats and linings, worked out with the formulas taught in class.' },
  { code: 'RB101', program: 'PRG2', area: 'ribbon_art', title: 'Ribbon art for beginners', level: 'beginner', fee: 120_000, lessons: 8, description: 'Ribbon flowers, corsages and hair accessories.' },
  { code: 'WD101', program: 'PRG3', area: 'wood_art', title: 'Painted wood art', level: 'beginner', fee: 200_000, lessons: 10, description: 'Sanding, base coats and country painting on small wooden pieces.' },
  { code: 'HJ101', program: 'PRG4', area: 'hanji_craft', title: 'Hanji paper craft', level: 'beginner', fee: 150_000, lessons: 8, description: 'Boxes, trays and lamps in traditional Korean paper.' },
  { code: 'QT201', program: 'PRG5', area: 'quilting', title: 'Patchwork quilting', level: 'intermediate', fee: 220_000, lessons: 12, description: 'Piecing, appliqué and hand quilting of a lap quilt.' },
  { code: 'DC101', program: 'PRG6', area: 'decoupage', title: 'Napkin art (decoupage)', level: 'beginner', fee: 100_000, lessons: 6, description: 'Decoupage on tin, wood and glass.', minAttendancePercent: 75, finalPieceRequired: false },
  { code: 'FL101', program: 'PRG7', area: 'flower_art', title: 'Seasonal flower arrangement', level: 'beginner', fee: 160_000, lessons: 8, description: 'Hand-tied bouquets and table arrangements through the season.' },
];

/** Weekday (1 Monday … 5 Friday) and hours of a class's weekly lesson. */
const SLOTS: [number, string, string][] = [1, 2, 3, 4, 5].flatMap((d): [number, string, string][] => [
  [d, '10:00', '12:00'],
  [d, '13:00', '15:00'],
]);

export interface DemoClassUnit {
  code: string;
  /** The students placed in the unit, in member-number order. */
  students: string[];
}

/** The Monday of the week `date` falls in. */
function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export async function loadCenterTraining(ctx: AppContext, org: string, classUnits: DemoClassUnit[], privateStudents: { weekday: string[]; weekend: string[] }): Promise<void> {
  const rand = seededRandom(2014);
  const today = todayOf(ctx);
  const monday = mondayOf(today);
  /** A day of a week relative to this one (week -1 is last week), weekday 1 Monday … 7 Sunday. */
  const day = (week: number, weekday: number): string => addDays(monday, week * 7 + weekday - 1);

  // Qualifications: the founder holds one in every area; her flower-art licence is about to expire.
  const founderQualifications: [string, 'qualification' | 'licence', string, string, string | null][] = [
    ['home_fashion', 'qualification', 'Home fashion instructor, first grade', '2010-05-20', null],
    ['ribbon_art', 'qualification', 'Ribbon art instructor', '2012-09-03', null],
    ['wood_art', 'licence', 'Wood art instructor licence', addDays(today, -3 * 365), addDays(today, 2 * 365)],
    ['hanji_craft', 'licence', 'Hanji craft teaching licence', addDays(today, -2 * 365), addDays(today, 400)],
    ['quilting', 'qualification', 'Quilting instructor', '2014-04-11', null],
    ['decoupage', 'qualification', 'Napkin art instructor', '2016-11-02', null],
    ['flower_art', 'licence', 'Flower arrangement licence', addDays(today, -3 * 365 + 45), addDays(today, 45)],
  ];
  for (const [i, [area, kind, title, issuedOn, expiresOn]] of founderQualifications.entries()) {
    await recordQualification(ctx, { org, member: { memberNo: FOUNDER }, area, kind, title, issuer: 'Korea Craft Teachers Association (fictional)', number: `KCTA-${String(1040 + i * 37)}`, issuedOn, expiresOn });
  }
  await recordQualification(ctx, { org, member: { memberNo: SECOND }, area: 'ribbon_art', kind: 'qualification', title: 'Ribbon art instructor', issuer: 'Korea Craft Teachers Association (fictional)', number: 'KCTA-2207', issuedOn: '2017-06-15' });
  await recordQualification(ctx, { org, member: { memberNo: SECOND }, area: 'flower_art', kind: 'licence', title: 'Flower arrangement licence', issuer: 'Seoul Floral Guild (fictional)', number: 'SFG-0815', issuedOn: addDays(today, -600), expiresOn: addDays(today, 500) });

  const courseIds = new Map<string, number>();
  for (const c of COURSES) {
    const { program, code, ...rest } = c;
    const course = await createCourse(ctx, { org, unit: { code: program }, code, ...rest, currency: 'KRW' });
    courseIds.set(code, course.id);
  }

  // Availability for private lessons: the founder on weekday evenings and Saturdays.
  await setAvailability(ctx, {
    org,
    instructor: { memberNo: FOUNDER },
    timeZone: ZONE,
    slots: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '16:00', end: '20:00' })).concat([{ weekday: 6, start: '10:00', end: '16:00' }]),
  });
  await setAvailability(ctx, { org, instructor: { memberNo: SECOND }, timeZone: ZONE, slots: [{ weekday: 3, start: '15:00', end: '18:00' }] });

  const slotOf = new Map<string, number>();
  for (const [j, unit] of classUnits.entries()) {
    const program = unit.code.split('-')[0] ?? '';
    const first = COURSES.find((c) => c.program === program);
    if (!first) continue;
    // The home-fashion program runs the beginners' course and the curtain course side by side.
    const course = unit.code === 'PRG1-2' ? COURSES[1] : first;
    if (!course) continue;
    const instructor = course.area === 'ribbon_art' || course.area === 'flower_art' ? SECOND : FOUNDER;
    const slotIndex = slotOf.get(instructor) ?? 0;
    slotOf.set(instructor, slotIndex + 1);
    const [weekday, start, end] = SLOTS[slotIndex % SLOTS.length] ?? [1, '10:00', '12:00'];
    const curtain = unit.code === 'PRG1-2';
    const full = unit.code === 'PRG1-1' || unit.code === 'PRG4-1';
    // The curtain course has given all its lessons and ends with an exhibition; the others run on.
    const pastWeeks = curtain ? course.lessons : 3 + (j % 2);
    const firstWeek = -pastWeeks;
    const startsOn = day(firstWeek, weekday);
    const endsOn = curtain ? addDays(today, 13) : day(firstWeek + course.lessons - 1, weekday);
    const capacity = full ? Math.max(1, unit.code === 'PRG4-1' ? unit.students.length - 1 : unit.students.length) : Math.min(12, unit.students.length + 2);
    const klass = await openClass(ctx, {
      org,
      unit: { code: unit.code },
      course: { id: courseIds.get(course.code) ?? 0 },
      instructor: { memberNo: instructor },
      schedule: `${WEEKDAY_NAMES[weekday - 1] ?? ''} ${start}–${end}`,
      room: `Room ${101 + j}`,
      capacity,
      startsOn,
      endsOn,
      timeZone: ZONE,
    });
    const enrolments: { id: number; memberNo: string; memberId: number; version: number; state: string }[] = [];
    for (const memberNo of unit.students) {
      const e = await enrolStudent(ctx, { org, classId: klass.id, member: { memberNo } });
      enrolments.push({ id: e.id, memberNo, memberId: e.memberId, version: e.version, state: e.state });
    }
    // Private students who want a place in the full home-fashion class wait for one.
    if (unit.code === 'PRG1-1') {
      for (const memberNo of privateStudents.weekday.slice(0, 2)) await enrolStudent(ctx, { org, classId: klass.id, member: { memberNo } });
    }
    const enrolled = enrolments.filter((e) => e.state === 'enrolled');
    const lessonWeeks = [...Array.from({ length: pastWeeks }, (_, k) => firstWeek + k), ...(curtain ? [] : [1, 2])];
    for (const week of lessonWeeks) {
      const date = day(week, weekday);
      if (date > endsOn) continue;
      const lesson = await scheduleClassLesson(ctx, { org, classId: klass.id, start: `${date}T${start}`, end: `${date}T${end}` });
      if (week >= 0 || enrolled.length === 0) continue;
      const entries = enrolled.map((e, i) => {
        if (curtain) {
          // The last student missed three lessons (below 80 %); the second missed one.
          const missed = (i === enrolled.length - 1 && week >= firstWeek + 2 && week < firstWeek + 5) || (i === 1 && week === firstWeek + 3);
          return { memberId: e.memberId, status: missed ? ('absent' as const) : ('present' as const) };
        }
        const r = rand();
        return { memberId: e.memberId, status: r < 0.88 ? ('present' as const) : r < 0.96 ? ('absent' as const) : ('excused' as const) };
      });
      await recordLessonAttendance(ctx, { org, lessonId: lesson.id, entries });
    }
    if (curtain) {
      // Final pieces were assessed; certificates went to all who met the rule but one, still to issue.
      const eligible = enrolled.slice(0, -1);
      const consents = [
        { showName: true, showCourse: true, showIssuedOn: true },
        { showName: false, showCourse: true, showIssuedOn: true },
        { showName: true, showCourse: true, showIssuedOn: false },
      ];
      for (const [i, e] of eligible.entries()) {
        const assessed = await assessFinalPiece(ctx, { org, enrolmentId: e.id, result: 'passed', version: e.version });
        if (i === eligible.length - 1) continue;
        await issueCertificate(ctx, { org, enrolmentId: e.id, consent: consents[i % consents.length] ?? { showName: false, showCourse: false, showIssuedOn: false }, baseUrl: DEMO_BASE_URL, version: assessed.version });
      }
    }
    if (unit.code === 'PRG3-1' && enrolled.length > 2) {
      const gone = enrolled[enrolled.length - 1];
      if (gone) await dropEnrolment(ctx, { org, enrolmentId: gone.id, reason: 'Moved to another city', version: gone.version });
    }
  }

  // About twenty private lessons with the founder: weekday evenings and Saturdays, last week to next.
  const booked: { id: number; studentId: number; date: string }[] = [];
  for (const [k, studentNo] of privateStudents.weekday.entries()) {
    const date = day((k % 3) - 1, 1 + (k % 5));
    const hour = 16 + 2 * Math.floor(k / 5);
    const lesson = await bookPrivateLesson(ctx, { org, unit: { code: 'PRG1-3' }, instructor: { memberNo: FOUNDER }, student: { memberNo: studentNo }, start: `${date}T${hour}:00`, end: `${date}T${hour + 1}:30`, timeZone: ZONE, room: 'Founder’s studio' });
    booked.push({ id: lesson.id, studentId: lesson.studentId ?? 0, date });
  }
  for (const [k, studentNo] of privateStudents.weekend.entries()) {
    const date = day((k % 5) - 2, 6);
    const hour = 10 + 2 * Math.floor(k / 5);
    const lesson = await bookPrivateLesson(ctx, { org, unit: { code: 'PRG1-4' }, instructor: { memberNo: FOUNDER }, student: { memberNo: studentNo }, start: `${date}T${hour}:00`, end: `${date}T${hour + 1}:30`, timeZone: ZONE, room: 'Founder’s studio' });
    booked.push({ id: lesson.id, studentId: lesson.studentId ?? 0, date });
  }
  for (const b of booked) {
    if (daysBetween(b.date, today) < 1) continue;
    await recordLessonAttendance(ctx, { org, lessonId: b.id, entries: [{ memberId: b.studentId, status: rand() < 0.9 ? 'present' : 'absent' }] });
  }
}
