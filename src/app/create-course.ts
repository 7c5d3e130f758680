import { AppError, type Problem } from '../core/errors.js';
import type { RulebookIndex } from '../core/rulebook/rulebook-index.js';
import { insertCourse, type CourseRow } from '../store/course.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';
import { courseView, type CourseView } from './training-views.js';

export const courseLevels = ['beginner', 'intermediate', 'advanced', 'instructor'] as const;
export type CourseLevel = (typeof courseLevels)[number];

export interface CreateCourseInput {
  org: string;
  /** The unit that offers it (a program). */
  unit: UnitRef;
  code: string;
  title: string;
  area: string;
  level: string;
  description?: string | undefined;
  fee: number;
  currency?: string | undefined;
  lessons: number;
  /** The rulebook's completion rule unless given. */
  minAttendancePercent?: number | undefined;
  finalPieceRequired?: boolean | undefined;
}

export function checkArea(rules: RulebookIndex, area: string, problems: Problem[], path = 'area'): void {
  const areas = rules.rulebook.training.areas;
  if (!areas.some((a) => a.key === area)) {
    problems.push({ path, message: areas.length === 0 ? 'the rulebook lists no areas; add training.areas to it' : `one of the rulebook's areas: ${areas.map((a) => a.key).join(', ')}` });
  }
}

export function checkCourseNumbers(input: { fee?: number | undefined; lessons?: number | undefined; minAttendancePercent?: number | undefined; level?: string | undefined; currency?: string | undefined }, problems: Problem[]): void {
  if (input.fee !== undefined && (!Number.isInteger(input.fee) || input.fee < 0 || input.fee > 1_000_000_000)) problems.push({ path: 'fee', message: 'a whole amount ≥ 0 in the smallest unit of the currency' });
  if (input.lessons !== undefined && (!Number.isInteger(input.lessons) || input.lessons < 1 || input.lessons > 500)) problems.push({ path: 'lessons', message: 'a whole number of lessons, 1–500' });
  if (input.minAttendancePercent !== undefined && (!Number.isInteger(input.minAttendancePercent) || input.minAttendancePercent < 0 || input.minAttendancePercent > 100)) problems.push({ path: 'minAttendancePercent', message: 'a whole percent, 0–100' });
  if (input.level !== undefined && !(courseLevels as readonly string[]).includes(input.level)) problems.push({ path: 'level', message: `one of ${courseLevels.join(', ')}` });
  if (input.currency !== undefined && !/^[A-Z]{3}$/.test(input.currency)) problems.push({ path: 'currency', message: 'an ISO 4217 code such as KRW' });
}

/** Adds a course to the catalogue of a unit (a program): its area, level, fee, lessons and completion rule. */
export async function createCourse(ctx: AppContext, input: CreateCourseInput): Promise<CourseView> {
  const problems: Problem[] = [];
  const code = input.code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9-]{0,31}$/.test(code)) problems.push({ path: 'code', message: '1–32 letters, digits or -' });
  const title = checkText(input.title, 'title', 200, problems);
  const description = checkText(input.description ?? '', 'description', 5000, problems, false);
  checkCourseNumbers(input, problems);
  failOn(problems, 'The course is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'write_structure', { active: true });
    const areaProblems: Problem[] = [];
    checkArea(s.rules, input.area, areaProblems);
    failOn(areaProblems, 'The course is not valid');
    const existing = await trx.selectFrom('courses').select('id').where('org_id', '=', s.org.id).where('code', '=', code).executeTakeFirst();
    if (existing) throw new AppError('already_exists', `A course with code '${code}' exists`, { hint: 'Choose another code' });
    const rule = s.rules.rulebook.training.completion;
    const at = nowOf(ctx);
    const course: CourseRow = await insertCourse(trx, {
      org_id: s.org.id,
      unit_id: unit.id,
      code,
      title,
      area: input.area,
      level: input.level as CourseLevel,
      description,
      fee: input.fee,
      currency: input.currency ?? 'KRW',
      lessons: input.lessons,
      min_attendance_percent: input.minAttendancePercent ?? rule.minAttendancePercent,
      final_piece_required: (input.finalPieceRequired ?? rule.finalPieceRequired) ? 1 : 0,
      status: 'active',
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'course.create', entityType: 'course', entityId: course.id, data: { code, unitCode: unit.code, area: input.area, level: input.level, fee: input.fee, lessons: input.lessons } });
    return courseView(course, unit.code);
  });
}
