import { addDays, isIsoDate } from '../core/dates.js';
import { AppError, type Problem } from '../core/errors.js';
import { isTimeZone } from '../core/meetings/time-zone.js';
import { findClassByUnit, insertClass } from '../store/course.repository.js';
import { insertOfficeTerm, overlappingTerms } from '../store/office.repository.js';
import { memberFor, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { assertQualified } from './instructor-checks.js';
import { checkText, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef, UnitRef } from './refs.js';
import { courseFor, type CourseRef } from './training-access.js';
import { classView, placeCounts, type ClassView } from './training-views.js';

export interface OpenClassInput {
  org: string;
  /** The class unit (of a kind the rulebook lets hold classes). */
  unit: UnitRef;
  course: CourseRef;
  instructor: MemberRef;
  /** How the class meets, in words: "Tue and Thu 10:00–12:00". Lessons are scheduled one by one. */
  schedule: string;
  room: string;
  capacity: number;
  startsOn: string;
  endsOn: string;
  timeZone: string;
}

/**
 * Opens a class of a course in a class unit: instructor, schedule, room and capacity. The instructor
 * must hold a valid qualification for the course's area; where the unit's kind has an `instructor`
 * office, they are appointed to it for the class's dates (unless someone holds it already).
 */
export async function openClass(ctx: AppContext, input: OpenClassInput): Promise<ClassView> {
  const problems: Problem[] = [];
  const schedule = checkText(input.schedule, 'schedule', 300, problems);
  const room = checkText(input.room, 'room', 100, problems);
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 1000) problems.push({ path: 'capacity', message: 'a whole number of places, 1–1000' });
  if (!isIsoDate(input.startsOn)) problems.push({ path: 'startsOn', message: 'write YYYY-MM-DD' });
  if (!isIsoDate(input.endsOn)) problems.push({ path: 'endsOn', message: 'write YYYY-MM-DD' });
  else if (isIsoDate(input.startsOn) && input.endsOn < input.startsOn) problems.push({ path: 'endsOn', message: 'must not be before the start' });
  if (!isTimeZone(input.timeZone)) problems.push({ path: 'timeZone', message: 'an IANA time zone such as Asia/Seoul' });
  failOn(problems, 'The class is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    const course = await courseFor(trx, s, input.course, 'read_names');
    if (course.status !== 'active') throw new AppError('rule_violation', `Course '${course.code}' is retired`, { hint: 'Reactivate it or choose another course' });
    const kind = s.rules.kind(unit.kind);
    const classKinds = s.rules.rulebook.training.classKinds;
    if (classKinds ? !classKinds.includes(unit.kind) : !kind.holdsMembers) {
      throw new AppError('rule_violation', `A ${kind.name.en} cannot hold a class`, { hint: classKinds ? `Classes are units of kind ${classKinds.join(' or ')}` : 'Classes are units whose kind holds members' });
    }
    if (await findClassByUnit(trx, s.org.id, unit.id)) throw new AppError('already_exists', `Unit '${unit.code}' already runs a class`, { hint: 'Create a new class unit for the next term' });
    const instructor = await memberFor(trx, s, input.instructor, 'read');
    const today = todayOf(ctx);
    await assertQualified(trx, s.org.id, instructor, course.area, [...new Set([today, input.startsOn])].sort());
    const at = nowOf(ctx);
    const k = await insertClass(trx, {
      org_id: s.org.id,
      unit_id: unit.id,
      course_id: course.id,
      instructor_id: instructor.id,
      schedule,
      room,
      capacity: input.capacity,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      time_zone: input.timeZone,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    const office = kind.offices.find((o) => o.key === 'instructor');
    let appointed = false;
    if (office) {
      const start = today < input.startsOn ? today : input.startsOn;
      const end = addDays(input.endsOn, 1);
      if ((await overlappingTerms(trx, s.org.id, unit.id, office.key, start, end)).length === 0) {
        const term = await insertOfficeTerm(trx, { org_id: s.org.id, unit_id: unit.id, office: office.key, member_id: instructor.id, start_on: start, end_on: end, end_reason: null, version: 1, created_at: at });
        await recordAudit(trx, ctx, { orgId: s.org.id, action: 'office.appoint', entityType: 'office_term', entityId: term.id, data: { unitCode: unit.code, office: office.key, memberId: instructor.id, startOn: start, endOn: end } });
        appointed = true;
      }
    }
    await recordAudit(trx, ctx, {
      orgId: s.org.id,
      action: 'class.open',
      entityType: 'class',
      entityId: k.id,
      data: { unitCode: unit.code, courseCode: course.code, instructorId: instructor.id, capacity: input.capacity, room, startsOn: input.startsOn, endsOn: input.endsOn, instructorAppointed: appointed },
    });
    return classView({ ...k, unit_code: unit.code, unit_name: unit.name, unit_path: unit.path }, course, placeCounts(k.capacity, []));
  });
}
