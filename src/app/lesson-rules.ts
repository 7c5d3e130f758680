import { AppError } from '../core/errors.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import type { Executor } from '../store/database.js';
import { listAvailability } from '../store/lesson.repository.js';
import { findMemberById } from '../store/member.repository.js';
import { assertQualified } from './instructor-checks.js';
import { withinAvailability } from './set-availability.js';

/*
 * The rules a lesson's time must keep besides "no double booking" (which the database enforces):
 * the instructor holds a valid qualification for the lesson's area on the lesson's day, and a
 * private lesson lies within the instructor's weekly availability unless a reason is given.
 */

/** The lesson's day in its own zone: what a qualification must be valid on. */
export const lessonDay = (startsAt: string, timeZone: string): string => utcToLocal(new Date(startsAt), timeZone).slice(0, 10);

/** Refuses a lesson in `area` (none: nothing to check) by an instructor without a valid qualification for it on that day. */
export async function assertMayTeachLesson(db: Executor, orgId: number, instructorId: number, area: string | null, startsAt: string, timeZone: string): Promise<void> {
  if (area === null) return;
  const instructor = await findMemberById(db, orgId, instructorId);
  if (!instructor) throw new AppError('internal_error', 'The lesson’s instructor is missing');
  await assertQualified(db, orgId, instructor, area, [lessonDay(startsAt, timeZone)]);
}

/**
 * Whether a private lesson lies within the instructor's weekly availability: if it does, nothing
 * is recorded; if not, it is refused unless `overrideReason` says why it is booked anyway, and that
 * reason is what the lesson keeps.
 */
export async function availabilityOverride(db: Executor, orgId: number, instructor: { id: number; member_no: string }, times: { startsAt: string; endsAt: string }, timeZone: string, overrideReason: string | undefined): Promise<string | null> {
  const slots = await listAvailability(db, orgId, instructor.id);
  if (withinAvailability(slots, new Date(times.startsAt), new Date(times.endsAt))) return null;
  const reason = overrideReason?.trim() ?? '';
  if (reason !== '') {
    if (reason.length > 500) throw new AppError('validation_failed', 'The reason is too long', { problems: [{ path: 'outsideAvailabilityReason', message: 'at most 500 characters' }] });
    return reason;
  }
  throw new AppError('rule_violation', `Member '${instructor.member_no}' does not take lessons at ${utcToLocal(new Date(times.startsAt), timeZone)} (${timeZone})`, {
    problems: [{ path: 'start', message: slots.length === 0 ? 'the instructor has set no availability' : 'outside the instructor’s weekly availability' }],
    hint: `${slots.length === 0 ? 'Set the instructor’s availability first, or' : 'Book within the instructor’s weekly availability, or'} give outsideAvailabilityReason (CLI: --outside-availability-reason) to book it anyway`,
  });
}
