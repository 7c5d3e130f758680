import type { Command } from 'commander';
import { bookPrivateLesson } from '../../app/book-private-lesson.js';
import { cancelLesson } from '../../app/cancel-lesson.js';
import type { AppContext } from '../../app/context.js';
import { dropEnrolment } from '../../app/drop-enrolment.js';
import { endQualification } from '../../app/end-qualification.js';
import { getEnrolment } from '../../app/enrolment-queries.js';
import { assessFinalPiece } from '../../app/assess-final-piece.js';
import { getLesson, listLessons } from '../../app/lesson-queries.js';
import { getMember } from '../../app/member-queries.js';
import { recordLessonAttendance } from '../../app/record-lesson-attendance.js';
import { recordQualification } from '../../app/record-qualification.js';
import { rescheduleLesson } from '../../app/reschedule-lesson.js';
import { getAvailability, setAvailability, type AvailabilitySlot, type AvailabilityView } from '../../app/set-availability.js';
import { getQualification, listQualifications } from '../../app/training-attention.js';
import { trainingReport } from '../../app/training-report.js';
import type { LessonView, QualificationView } from '../../app/training-views.js';
import { transferEnrolment } from '../../app/transfer-enrolment.js';
import { WEEKDAY_NAMES } from '../../core/dates.js';
import { AppError } from '../../core/errors.js';
import { printTable } from '../output.js';
import type { CliRuntime, GlobalOptions } from '../runtime.js';

/*
 * Lessons, instructors' weekly hours, qualifications, enrolment steps and the yearly report.
 * Members are named by member number, lessons, enrolments, classes and qualifications by id; every
 * command prints text or, with --json, the same object the HTTP API answers.
 */

type OrgOpts = GlobalOptions & { org: string };

function wholeNumber(value: string, path: string): number;
function wholeNumber(value: string | undefined, path: string): number | undefined;
function wholeNumber(value: string | undefined, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new AppError('validation_failed', `--${path} is not a whole number`, { problems: [{ path, message: `'${value}' is not a whole number` }] });
  return Number(value);
}

const memberNos = (list: string | undefined): string[] => (list ?? '').split(',').map((x) => x.trim()).filter((x) => x !== '');

async function memberIdOf(ctx: AppContext, org: string, memberNo: string): Promise<number> {
  return (await getMember(ctx, org, { memberNo })).id;
}

const lessonLine = (l: LessonView): string =>
  `Lesson ${l.id} (${l.kind}) ${l.localStart} → ${l.localEnd.slice(11)} ${l.timeZone}${l.room ? `, ${l.room}` : ''}${l.area ? `, ${l.area}` : ''}: ${l.status}${l.cancelReason ? ` — ${l.cancelReason}` : ''}${l.outsideAvailabilityReason ? ` (outside availability: ${l.outsideAvailabilityReason})` : ''}`;

/** `--slot "Mon 09:00-12:00"` (or `1 09:00-12:00`, ISO weekday 1 Monday … 7 Sunday) as a weekly slot; the hours are checked by setAvailability. */
function slotOf(text: string, i: number): AvailabilitySlot {
  const m = /^\s*([A-Za-z]{3}|[1-7])\s+(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})\s*$/.exec(text);
  const weekday = m ? (/^\d$/.test(m[1] as string) ? Number(m[1]) : WEEKDAY_NAMES.findIndex((d) => d.toLowerCase() === (m[1] as string).toLowerCase()) + 1) : 0;
  if (!m || weekday < 1) {
    throw new AppError('validation_failed', `--slot '${text}' is not a weekly slot`, { problems: [{ path: `slot[${i}]`, message: 'a weekday (Mon … Sun, or 1 … 7) and hours, e.g. "Mon 09:00-12:00"' }] });
  }
  const pad = (t: string): string => t.padStart(5, '0');
  return { weekday, start: pad(m[2] as string), end: pad(m[3] as string) };
}

const hoursLines = (v: AvailabilityView): string => v.slots.map((x) => `${WEEKDAY_NAMES[x.weekday - 1] ?? x.weekday} ${x.start}–${x.end}`).join('\n');

const qualificationRow = (q: QualificationView): Record<string, string | number | null> => ({ id: q.id, area: q.area, kind: q.kind, title: q.title, issuer: q.issuer, number: q.number, issued: q.issuedOn, expires: q.expiresOn ?? '—', valid: q.valid ? 'yes' : 'no' });

export function registerLessonCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const print = (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
  };

  const lesson = program.command('lesson').description('class and private lessons: list, book, reschedule, cancel, attendance (lessons are named by id)');
  lesson
    .command('list')
    .description('lessons you can see: of a class, an instructor or a subtree')
    .requiredOption('--org <slug>', 'organization')
    .option('--class <classId>', 'only lessons of this class')
    .option('--instructor <memberNo>', 'only lessons of this instructor')
    .option('--within <code>', 'only lessons of units in this subtree')
    .option('--from <date>', 'starting at or after (ISO date or date-time)')
    .option('--to <date>', 'starting before (ISO date or date-time)')
    .option('--limit <n>', 'at most this many (1–500)', '100')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { class?: string; instructor?: string; within?: string; from?: string; to?: string; limit: string }) => {
      const classId = wholeNumber(o.class, 'class');
      const limit = wholeNumber(o.limit, 'limit');
      await rt.withSession(o, async ({ ctx }) => {
        const page = await listLessons(ctx, { org: o.org, classId, instructor: o.instructor ? { memberNo: o.instructor } : undefined, within: o.within ? { code: o.within } : undefined, from: o.from, to: o.to, limit });
        if (o.json) return print(o, page, '');
        if (page.items.length === 0) return io.stdout('No lessons.\n');
        printTable(
          io,
          page.items.map((l) => ({ id: l.id, kind: l.kind, unit: l.unitCode, start: l.localStart, end: l.localEnd.slice(11), zone: l.timeZone, room: l.room ?? '', area: l.area ?? '', status: l.status })),
          ['id', 'kind', 'unit', 'start', 'end', 'zone', 'room', 'area', 'status'],
        );
        if (page.nextCursor) io.stdout('(more: raise --limit or narrow the search)\n');
      });
    });
  lesson
    .command('book')
    .description('book a private lesson: within the instructor\'s availability (or with --outside-availability-reason), by an instructor qualified for --area if given; a double booking of the instructor or the room is refused (exit 3)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--unit <code>', 'the unit that runs it (the center, a program)')
    .requiredOption('--instructor <memberNo>', 'the instructor')
    .requiredOption('--student <memberNo>', 'the student')
    .requiredOption('--start <time>', 'wall-clock YYYY-MM-DDTHH:mm in --tz')
    .requiredOption('--end <time>', 'wall-clock YYYY-MM-DDTHH:mm in --tz')
    .option('--tz <zone>', 'IANA time zone', 'Asia/Seoul')
    .option('--room <room>', 'room (clashes compare names trimmed, case-folded, spaces collapsed)')
    .option('--area <key>', 'the craft area taught (a key of the rulebook\'s training.areas): the instructor must be qualified for it')
    .option('--outside-availability-reason <text>', 'book outside the instructor\'s weekly availability, for this reason')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { unit: string; instructor: string; student: string; start: string; end: string; tz: string; room?: string; area?: string; outsideAvailabilityReason?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const l = await bookPrivateLesson(ctx, { org: o.org, unit: { code: o.unit }, instructor: { memberNo: o.instructor }, student: { memberNo: o.student }, start: o.start, end: o.end, timeZone: o.tz, room: o.room, area: o.area, outsideAvailabilityReason: o.outsideAvailabilityReason });
        print(o, l, `Booked: ${lessonLine(l)}.`);
      });
    });
  lesson
    .command('reschedule <lessonId>')
    .description('move a lesson to another time or room, under the rules of a new booking')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--start <time>', 'wall-clock YYYY-MM-DDTHH:mm')
    .requiredOption('--end <time>', 'wall-clock YYYY-MM-DDTHH:mm')
    .option('--tz <zone>', 'IANA time zone (default: the lesson\'s)')
    .option('--room <room>', 'another room')
    .option('--outside-availability-reason <text>', 'a private lesson moved outside the instructor\'s availability: why')
    .option('--expect-version <n>', 'the lesson version you read (default: the current one)')
    .option('--json', 'print the result as JSON')
    .action(async (lessonId: string, o: OrgOpts & { start: string; end: string; tz?: string; room?: string; outsideAvailabilityReason?: string; expectVersion?: string }) => {
      const id = wholeNumber(lessonId, 'lessonId');
      const expected = wholeNumber(o.expectVersion, 'expect-version');
      await rt.withSession(o, async ({ ctx }) => {
        const version = expected ?? (await getLesson(ctx, o.org, id)).version;
        const l = await rescheduleLesson(ctx, { org: o.org, lessonId: id, start: o.start, end: o.end, timeZone: o.tz, room: o.room, outsideAvailabilityReason: o.outsideAvailabilityReason, version });
        print(o, l, `Moved: ${lessonLine(l)}.`);
      });
    });
  lesson
    .command('cancel <lessonId>')
    .description('cancel a lesson with a reason (kept on record); its instructor and room are free again')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--expect-version <n>', 'the lesson version you read (default: the current one)')
    .option('--json', 'print the result as JSON')
    .action(async (lessonId: string, o: OrgOpts & { reason: string; expectVersion?: string }) => {
      const id = wholeNumber(lessonId, 'lessonId');
      const expected = wholeNumber(o.expectVersion, 'expect-version');
      await rt.withSession(o, async ({ ctx }) => {
        const version = expected ?? (await getLesson(ctx, o.org, id)).version;
        const l = await cancelLesson(ctx, { org: o.org, lessonId: id, reason: o.reason, version });
        print(o, l, `Cancelled: ${lessonLine(l)}.`);
      });
    });
  lesson
    .command('attendance <lessonId>')
    .description('mark the lesson\'s students (by member number, comma-separated) present, absent or excused; without marks, show the attendance')
    .requiredOption('--org <slug>', 'organization')
    .option('--present <memberNos>', 'present')
    .option('--absent <memberNos>', 'absent')
    .option('--excused <memberNos>', 'excused')
    .option('--json', 'print the result as JSON')
    .action(async (lessonId: string, o: OrgOpts & { present?: string; absent?: string; excused?: string }) => {
      const id = wholeNumber(lessonId, 'lessonId');
      await rt.withSession(o, async ({ ctx }) => {
        const marks = (['present', 'absent', 'excused'] as const).flatMap((status) => memberNos(o[status]).map((memberNo) => ({ memberNo, status })));
        const entries: { memberId: number; status: 'present' | 'absent' | 'excused' }[] = [];
        for (const m of marks) entries.push({ memberId: await memberIdOf(ctx, o.org, m.memberNo), status: m.status });
        const l = entries.length === 0 ? await getLesson(ctx, o.org, id) : await recordLessonAttendance(ctx, { org: o.org, lessonId: id, entries });
        if (o.json) return print(o, l, '');
        io.stdout(`${lessonLine(l)}\n`);
        if (l.attendance.length === 0) return io.stdout('attendance: none recorded\n');
        const numbers = new Map(marks.map((m, i) => [entries[i]?.memberId, m.memberNo]));
        printTable(io, l.attendance.map((a) => ({ member: numbers.get(a.memberId) ?? `#${a.memberId}`, status: a.status })), ['member', 'status']);
      });
    });

  const availability = program.command('availability').description("an instructor's weekly hours for private lessons: show, set (instructors are named by member number)");
  availability
    .command('show <memberNo>')
    .description("the instructor's weekly hours, in their time zone")
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const v = await getAvailability(ctx, o.org, { memberNo });
        print(o, v, v.slots.length === 0 ? `${memberNo} has no weekly hours set: every private lesson needs --outside-availability-reason.` : `Weekly hours of ${memberNo} (${v.timeZone ?? ''}):\n${hoursLines(v)}`);
      });
    });
  availability
    .command('set <memberNo>')
    .description('replace the weekly hours (instructors set their own; others need write access to the instructor\'s record); a private lesson booked outside them needs a reason')
    .requiredOption('--org <slug>', 'organization')
    .option('--slot <slot>', 'a weekday and hours in --tz, e.g. "Mon 09:00-12:00" (end up to 24:00); repeat for more', (v: string, all: string[]) => [...all, v], [] as string[])
    .option('--clear', 'no weekly hours at all')
    .option('--tz <zone>', 'IANA time zone of the hours', 'Asia/Seoul')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { slot: string[]; clear?: boolean; tz: string }) => {
      const given = o.slot.length > 0;
      if (given === Boolean(o.clear)) {
        throw new AppError('validation_failed', 'Give the weekly hours with --slot (repeated), or --clear for none', { problems: [{ path: 'slot', message: given ? 'not with --clear' : 'at least one, or --clear' }] });
      }
      const slots = o.slot.map(slotOf);
      await rt.withSession(o, async ({ ctx }) => {
        const v = await setAvailability(ctx, { org: o.org, instructor: { memberNo }, timeZone: o.tz, slots });
        print(o, v, v.slots.length === 0 ? `Weekly hours of ${memberNo} cleared.` : `Weekly hours of ${memberNo} set (${v.timeZone ?? o.tz}):\n${hoursLines(v)}`);
      });
    });

  const qualification = program.command('qualification').description('instructors\' qualifications and licences: list, add, end');
  qualification
    .command('list <memberNo>')
    .description('a member\'s qualifications and licences, with whether each is valid today')
    .requiredOption('--org <slug>', 'organization')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts) => {
      await rt.withSession(o, async ({ ctx }) => {
        const items = await listQualifications(ctx, o.org, { memberNo });
        if (o.json) return print(o, { items }, '');
        if (items.length === 0) return io.stdout(`Member ${memberNo} holds no qualifications. Add one with \`cellbook qualification add\`.\n`);
        printTable(io, items.map(qualificationRow), ['id', 'area', 'kind', 'title', 'issuer', 'number', 'issued', 'expires', 'valid']);
      });
    });
  qualification
    .command('add <memberNo>')
    .description('record a qualification or licence of an instructor in an area (needed to teach the area)')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--area <key>', 'area (a key of the rulebook\'s training.areas)')
    .requiredOption('--title <title>', 'what it is called')
    .requiredOption('--issuer <issuer>', 'who issued it')
    .requiredOption('--issued-on <date>', 'YYYY-MM-DD')
    .option('--kind <kind>', 'qualification or licence', 'qualification')
    .option('--number <number>', 'its number')
    .option('--expires-on <date>', 'YYYY-MM-DD, the last valid day (none: does not expire)')
    .option('--json', 'print the result as JSON')
    .action(async (memberNo: string, o: OrgOpts & { area: string; title: string; issuer: string; issuedOn: string; kind: string; number?: string; expiresOn?: string }) => {
      await rt.withSession(o, async ({ ctx }) => {
        const q = await recordQualification(ctx, { org: o.org, member: { memberNo }, area: o.area, kind: o.kind as 'qualification', title: o.title, issuer: o.issuer, number: o.number, issuedOn: o.issuedOn, expiresOn: o.expiresOn ?? null });
        print(o, q, `Recorded ${q.kind} ${q.id} of ${memberNo} in '${q.area}': ${q.title} (${q.issuer})${q.expiresOn ? `, valid until ${q.expiresOn}` : ''}.`);
      });
    });
  qualification
    .command('end <qualificationId>')
    .description('end a qualification or licence now (withdrawn, recorded in error): kept on record, no longer valid')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--reason <text>', 'why')
    .option('--expect-version <n>', 'the qualification version you read (default: the current one)')
    .option('--json', 'print the result as JSON')
    .action(async (qualificationId: string, o: OrgOpts & { reason: string; expectVersion?: string }) => {
      const id = wholeNumber(qualificationId, 'qualificationId');
      const expected = wholeNumber(o.expectVersion, 'expect-version');
      await rt.withSession(o, async ({ ctx }) => {
        const version = expected ?? (await getQualification(ctx, o.org, id)).version;
        const q = await endQualification(ctx, { org: o.org, qualificationId: id, reason: o.reason, version });
        print(o, q, `Qualification ${q.id} ('${q.area}', ${q.title}) has ended; it is no longer valid.`);
      });
    });

  const enrolment = program.command('enrolment').description('steps of an enrolment: drop, transfer, assess the final piece (enrolments are named by id; `cellbook enrol` creates them)');
  const enrolmentStep = (name: string, description: string) =>
    enrolment
      .command(`${name} <enrolmentId>`)
      .description(description)
      .requiredOption('--org <slug>', 'organization')
      .option('--expect-version <n>', 'the enrolment version you read (default: the current one)')
      .option('--json', 'print the result as JSON');
  const versionOf = async (ctx: AppContext, org: string, id: number, expected: string | undefined): Promise<number> => wholeNumber(expected, 'expect-version') ?? (await getEnrolment(ctx, org, id)).version;
  enrolmentStep('drop', 'drop out of a class (a freed place goes to the first on the waitlist, who is notified)')
    .requiredOption('--reason <text>', 'why')
    .action(async (enrolmentId: string, o: OrgOpts & { reason: string; expectVersion?: string }) => {
      const id = wholeNumber(enrolmentId, 'enrolmentId');
      await rt.withSession(o, async ({ ctx }) => {
        const e = await dropEnrolment(ctx, { org: o.org, enrolmentId: id, reason: o.reason, version: await versionOf(ctx, o.org, id, o.expectVersion) });
        print(o, e, `Enrolment ${e.id} of ${e.memberNo} is dropped.${e.promoted.length ? ` From the waitlist: enrolment ${e.promoted.join(', ')} moved up.` : ''}`);
      });
    });
  enrolmentStep('transfer', 'move a student to another class of a course (enrolled there, or on its waitlist)')
    .requiredOption('--to <classId>', 'the class to move to')
    .requiredOption('--reason <text>', 'why')
    .option('--over-capacity-reason <text>', 'enrol even though that class is full, for this reason')
    .action(async (enrolmentId: string, o: OrgOpts & { to: string; reason: string; overCapacityReason?: string; expectVersion?: string }) => {
      const id = wholeNumber(enrolmentId, 'enrolmentId');
      const to = wholeNumber(o.to, 'to');
      await rt.withSession(o, async ({ ctx }) => {
        const e = await transferEnrolment(ctx, { org: o.org, enrolmentId: id, toClassId: to, reason: o.reason, overCapacityReason: o.overCapacityReason, version: await versionOf(ctx, o.org, id, o.expectVersion) });
        print(o, e, `Member ${e.memberNo} moved to class ${e.classId}: ${e.state}${e.waitlistPosition ? ` (position ${e.waitlistPosition})` : ''} (enrolment ${e.id}).`);
      });
    });
  enrolmentStep('assess', 'record the assessment of the final piece: passed or failed')
    .requiredOption('--result <result>', 'passed or failed')
    .option('--note <text>', 'a note on the piece')
    .action(async (enrolmentId: string, o: OrgOpts & { result: string; note?: string; expectVersion?: string }) => {
      const id = wholeNumber(enrolmentId, 'enrolmentId');
      if (o.result !== 'passed' && o.result !== 'failed') throw new AppError('validation_failed', '--result is passed or failed', { problems: [{ path: 'result', message: `'${o.result}' is neither passed nor failed` }] });
      const result = o.result;
      await rt.withSession(o, async ({ ctx }) => {
        const e = await assessFinalPiece(ctx, { org: o.org, enrolmentId: id, result, note: o.note, version: await versionOf(ctx, o.org, id, o.expectVersion) });
        print(o, e, `The final piece of ${e.memberNo} (enrolment ${e.id}) is ${e.finalPiece ?? result}.`);
      });
    });

  const training = program.command('training').description('training reports');
  training
    .command('report')
    .description('the year\'s figures: students trained, lessons given, completion rate, per area')
    .requiredOption('--org <slug>', 'organization')
    .requiredOption('--year <year>', 'e.g. 2026')
    .option('--within <code>', 'a unit you may read (default: the whole organization)')
    .option('--tz <zone>', 'IANA time zone of the year\'s boundaries (default: the rulebook\'s)')
    .option('--json', 'print the result as JSON')
    .action(async (o: OrgOpts & { year: string; within?: string; tz?: string }) => {
      const year = wholeNumber(o.year, 'year');
      await rt.withSession(o, async ({ ctx }) => {
        const r = await trainingReport(ctx, { org: o.org, year, within: o.within ? { code: o.within } : undefined, timeZone: o.tz });
        if (o.json) return print(o, r, '');
        const pct = (n: number | null): string => (n === null ? '—' : `${n} %`);
        io.stdout(`Training ${r.year} (${r.timeZone}, as of ${r.asOf.slice(0, 10)})\n`);
        io.stdout(`students trained: ${r.studentsTrained}   lessons given: ${r.lessonsGiven.total} (class ${r.lessonsGiven.class}, private ${r.lessonsGiven.private})   completion: ${r.completion.completed} of ${r.completion.ended} (${pct(r.completion.rate)})\n`);
        if (r.byArea.length > 0) {
          io.stdout('\n');
          printTable(io, r.byArea.map((a) => ({ area: a.area, name: a.name?.en ?? '', students: a.studentsTrained, lessons: a.lessonsGiven, completed: a.completed, ended: a.ended, rate: pct(a.completionRate) })), ['area', 'name', 'students', 'lessons', 'completed', 'ended', 'rate']);
        }
        if (r.privateStudents > 0) io.stdout(`\nstudents in private lessons only: ${r.privateStudents}\n`);
      });
    });
}
