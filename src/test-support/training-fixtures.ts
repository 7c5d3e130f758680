import { issueCertificate } from '../app/issue-certificate.js';
import { recordLessonAttendance } from '../app/record-lesson-attendance.js';
import { scheduleClassLesson } from '../app/schedule-class-lesson.js';
import { enrolStudent } from '../app/enrol-student.js';
import { setAvailability } from '../app/set-availability.js';
import type { AppContext } from '../app/context.js';
import { createCourse } from '../app/create-course.js';
import { createOrg } from '../app/create-org.js';
import { createUnit } from '../app/create-unit.js';
import { openClass } from '../app/open-class.js';
import { recordQualification } from '../app/record-qualification.js';
import type { ClassView, CourseView } from '../app/training-views.js';
import type { MemberView, UnitView } from '../app/views.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { buildMember } from './factories.js';

export interface CenterWorld {
  slug: string;
  center: UnitView;
  program: UnitView;
  classUnits: UnitView[];
  instructor: MemberView;
  course: CourseView;
}

let centerSeq = 0;
/**
 * A culture center (center → home-fashion program → class units), an instructor placed in the
 * center with a home-fashion licence valid until `licenceExpires`, and a home-fashion course.
 */
export async function buildCenter(ctx: AppContext, opts: { classUnits?: number; licenceExpires?: string | null } = {}): Promise<CenterWorld> {
  const slug = `center-${++centerSeq}`;
  await createOrg(ctx, { slug, rulebook: templateRulebook('culture-center') });
  const center = await createUnit(ctx, { org: slug, code: 'CTR', name: 'Center', kind: 'center' });
  const program = await createUnit(ctx, { org: slug, code: 'HF', name: 'Home fashion', kind: 'program', parent: { id: center.id } });
  const classUnits: UnitView[] = [];
  for (let i = 1; i <= (opts.classUnits ?? 2); i++) classUnits.push(await createUnit(ctx, { org: slug, code: `HF-${i}`, name: `Home fashion class ${i}`, kind: 'class', parent: { id: program.id } }));
  const instructor = await buildMember(ctx, slug, center, { familyName: 'Teacher', givenName: 'Fictional' });
  await recordQualification(ctx, { org: slug, member: { id: instructor.id }, area: 'home_fashion', kind: 'licence', title: 'Home fashion instructor, grade 1', issuer: 'Fictional Craft Association', number: 'HF-0001', issuedOn: '2020-03-01', expiresOn: opts.licenceExpires === undefined ? '2030-02-28' : opts.licenceExpires });
  const course = await createCourse(ctx, { org: slug, unit: { id: program.id }, code: 'HF101', title: 'Curtains and cushions', area: 'home_fashion', level: 'beginner', description: 'Sew curtains and cushions for your home.', fee: 180000, lessons: 8 });
  return { slug, center, program, classUnits, instructor, course };
}

/** A class of the world's course in class unit `i` (0-based) with `capacity` places. */
export async function buildClass(ctx: AppContext, w: CenterWorld, i = 0, capacity = 2, room = `Room ${i + 1}`): Promise<ClassView> {
  const unit = w.classUnits[i];
  if (!unit) throw new Error(`buildClass: no class unit ${i}`);
  return openClass(ctx, { org: w.slug, unit: { id: unit.id }, course: { id: w.course.id }, instructor: { id: w.instructor.id }, schedule: 'Tue 10:00–12:00', room, capacity, startsOn: '2026-12-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' });
}

/** A student placed in the center. */
export const buildStudent = (ctx: AppContext, w: CenterWorld, givenName?: string): Promise<MemberView> => buildMember(ctx, w.slug, w.center, givenName ? { givenName } : {});

/** What `trainingAt` built at one unit of a test organization. */
export interface TrainingFixture {
  courseId: number;
  courseCode: string;
  instructorId: number;
  /** The instructor's qualification for the course's area. */
  qualificationId: number;
  /** A member of the unit who is not enrolled (to enrol, or to book a private lesson with). */
  spareStudentId: number;
  classId: number;
  /** Enrolled, present at one past lesson: the completion rule (80 %, no final piece) is met. */
  studentId: number;
  enrolmentId: number;
  /** A future lesson of the class. */
  lessonId: number;
  certificateId: number;
  certificateNumber: string;
}

export type TrainingStage = 'course' | 'class' | 'certified';
const trainingCache = new Map<string, TrainingFixture>();
let trainingSeq = 0;

/**
 * Training objects at a unit of a party test world (org-world.ts), built by the local operator for
 * the authorization and mass-assignment tests, up to `stage`: a course offered by the unit and a
 * qualified instructor placed in it; a class there (one per unit) with an enrolled student (the
 * given one, or a new member) who attended its one past lesson, and a future lesson; a certificate.
 * Built once per organization and unit, and extended when a later stage is asked for.
 */
export async function trainingAt(ctx: AppContext, org: string, unitId: number, stage: TrainingStage, opts: { student?: number } = {}): Promise<TrainingFixture> {
  const key = `${ctx.database.dialect}:${org}:${unitId}`;
  let f = trainingCache.get(key);
  if (!f) {
    const n = ++trainingSeq;
    const instructor = await buildMember(ctx, org, null, { unit: { id: unitId }, familyName: 'Teacher', givenName: `Fictional ${n}` });
    const qualification = await recordQualification(ctx, { org, member: { id: instructor.id }, area: 'political_study', kind: 'qualification', title: 'Study leader', issuer: 'Fictional Party School', issuedOn: '2020-01-01', expiresOn: '2027-02-28' });
    await setAvailability(ctx, { org, instructor: { id: instructor.id }, timeZone: 'Asia/Seoul', slots: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '22:00' })) });
    const course = await createCourse(ctx, { org, unit: { id: unitId }, code: `PS${n}`, title: `Study course ${n}`, area: 'political_study', level: 'beginner', fee: 0, lessons: 4 });
    const spare = await buildMember(ctx, org, null, { unit: { id: unitId } });
    f = { courseId: course.id, courseCode: course.code, instructorId: instructor.id, qualificationId: qualification.id, spareStudentId: spare.id, classId: 0, studentId: 0, enrolmentId: 0, lessonId: 0, certificateId: 0, certificateNumber: '' };
    trainingCache.set(key, f);
  }
  if ((stage === 'class' || stage === 'certified') && f.classId === 0) {
    const k = await openClass(ctx, { org, unit: { id: unitId }, course: { id: f.courseId }, instructor: { id: f.instructorId }, schedule: 'Sat 10:00–12:00', room: `Room ${unitId}`, capacity: 5, startsOn: '2026-11-01', endsOn: '2027-01-31', timeZone: 'Asia/Seoul' });
    const studentId = opts.student ?? (await buildMember(ctx, org, null, { unit: { id: unitId } })).id;
    const e = await enrolStudent(ctx, { org, classId: k.id, member: { id: studentId } });
    const past = await scheduleClassLesson(ctx, { org, classId: k.id, start: '2026-11-07T10:00', end: '2026-11-07T12:00' });
    await recordLessonAttendance(ctx, { org, lessonId: past.id, entries: [{ memberId: studentId, status: 'present' }] });
    const next = await scheduleClassLesson(ctx, { org, classId: k.id, start: '2026-12-05T10:00', end: '2026-12-05T12:00' });
    Object.assign(f, { classId: k.id, studentId, enrolmentId: e.id, lessonId: next.id });
  }
  if (stage === 'certified' && f.certificateNumber === '') {
    const version = await rowVersion(ctx, 'enrolments', f.enrolmentId);
    const c = await issueCertificate(ctx, { org, enrolmentId: f.enrolmentId, consent: { showName: true, showCourse: true, showIssuedOn: false }, baseUrl: 'http://localhost', version });
    Object.assign(f, { certificateId: c.id, certificateNumber: c.number });
  }
  return f;
}

/** The stored version of a training row, as a client would have read it. */
export async function rowVersion(ctx: AppContext, table: 'courses' | 'course_classes' | 'enrolments' | 'lessons' | 'certificates' | 'qualifications', id: number): Promise<number> {
  const row = await ctx.database.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  return row?.version ?? 1;
}
