import { AppError } from '../core/errors.js';
import { subtreeRange } from '../core/unit-path.js';
import { localToUtc, utcToLocal } from '../core/meetings/time-zone.js';
import { enrolmentsOfClassesEnding, lessonsBetween, presencesBetween } from '../store/training-report.repository.js';
import { allowsOrgWide, scopedOrg, unitFor } from './access.js';
import { nowOf, readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

export interface AreaFigures {
  area: string;
  name: { en: string; ko: string } | null;
  studentsTrained: number;
  lessonsGiven: number;
  completed: number;
  ended: number;
  /** completed ÷ ended in whole percent (null when no class ended). */
  completionRate: number | null;
}

export interface TrainingReport {
  year: number;
  timeZone: string;
  /** Lessons are counted when they have started (up to now, for the current year). */
  asOf: string;
  studentsTrained: number;
  lessonsGiven: { class: number; private: number; total: number };
  /** Of the enrolments of classes ending this year: completed, and all that have ended (completed, dropped, or still enrolled in a class that has ended). */
  completion: { completed: number; ended: number; rate: number | null };
  byArea: AreaFigures[];
  /** Students in private lessons only (no course area). */
  privateStudents: number;
}

const rate = (completed: number, ended: number): number | null => (ended === 0 ? null : Math.floor((100 * completed) / ended));

/**
 * The year's figures: students trained (present at a lesson at least once) in total and per area,
 * lessons given, and the completion rate of classes that ended in the year.
 */
export async function trainingReport(ctx: AppContext, input: { org: string; year: number; within?: UnitRef | undefined; timeZone?: string | undefined }): Promise<TrainingReport> {
  if (!Number.isInteger(input.year) || input.year < 1900 || input.year > 2999) throw new AppError('validation_failed', 'The year is not valid', { problems: [{ path: 'year', message: 'a year such as 2026' }] });
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, input.org));
  const within = input.within ? await unitFor(db, s, input.within, 'read') : undefined;
  if (!within && !(await allowsOrgWide(db, s, 'read'))) throw new AppError('forbidden', 'You may not read the whole organization', { hint: 'Name a unit you may read (within)' });
  const zone = input.timeZone ?? 'Asia/Seoul';
  const from = localToUtc(`${input.year}-01-01T00:00`, zone).toISOString();
  const end = localToUtc(`${input.year + 1}-01-01T00:00`, zone).toISOString();
  const now = nowOf(ctx);
  const to = now < end ? now : end;
  const subtree = within ? subtreeRange(within.path) : undefined;
  const presences = await presencesBetween(db, s.org.id, from, to, subtree);
  const lessons = await lessonsBetween(db, s.org.id, from, to, subtree);
  // A completed or dropped enrolment has ended; one still enrolled counts (as not completed) only
  // once its class has ended: mid-year, a student of a running class is not yet a failure.
  const today = utcToLocal(new Date(now), zone).slice(0, 10);
  const ended = (await enrolmentsOfClassesEnding(db, s.org.id, `${input.year}-01-01`, `${input.year}-12-31`, subtree)).filter((e) => e.state !== 'enrolled' || e.ends_on < today);
  const areas = [...new Set([...presences.map((p) => p.area), ...lessons.map((l) => l.area), ...ended.map((e) => e.area)].filter((a): a is string => a !== null))].sort();
  const byArea = areas.map((area): AreaFigures => {
    const done = ended.filter((e) => e.area === area);
    const completed = done.filter((e) => e.state === 'completed').length;
    return {
      area,
      name: s.rules.rulebook.training.areas.find((a) => a.key === area)?.name ?? null,
      studentsTrained: new Set(presences.filter((p) => p.area === area).map((p) => p.member_id)).size,
      lessonsGiven: lessons.filter((l) => l.area === area).length,
      completed,
      ended: done.length,
      completionRate: rate(completed, done.length),
    };
  });
  const completed = ended.filter((e) => e.state === 'completed').length;
  const inCourses = new Set(presences.filter((p) => p.area !== null).map((p) => p.member_id));
  const classLessons = lessons.filter((l) => l.kind === 'class').length;
  return {
    year: input.year,
    timeZone: zone,
    asOf: to,
    studentsTrained: new Set(presences.map((p) => p.member_id)).size,
    lessonsGiven: { class: classLessons, private: lessons.length - classLessons, total: lessons.length },
    completion: { completed, ended: ended.length, rate: rate(completed, ended.length) },
    byArea,
    privateStudents: new Set(presences.filter((p) => p.area === null && !inCourses.has(p.member_id)).map((p) => p.member_id)).size,
  };
}
