import type { Insertable, Updateable } from 'kysely';
import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { findMemberById } from '../store/member.repository.js';
import { insertLesson, lessonOverlapOf, updateLessonIfVersion, type LessonRow } from '../store/lesson.repository.js';
import type { LessonTable } from '../store/schema.js';

/**
 * Writes a lesson and lets the database decide whether it double-books the instructor or the room:
 * the app does not check first, so two concurrent bookings cannot both pass a check and both be
 * written. The database's refusal becomes a 409 that says which one clashed.
 */
export async function writeLesson(db: Executor, row: Insertable<LessonTable>): Promise<LessonRow> {
  // Named before the write: after a refused statement PostgreSQL reads nothing more in the transaction.
  const instructor = await instructorLabel(db, row.org_id, row.instructor_id);
  try {
    return await insertLesson(db, row);
  } catch (e) {
    throw clash(e, row.room ?? null, instructor);
  }
}

export async function changeLesson(db: Executor, orgId: number, id: number, version: number, patch: Updateable<LessonTable>, room: string | null, instructorId: number): Promise<boolean> {
  const instructor = await instructorLabel(db, orgId, instructorId);
  try {
    return await updateLessonIfVersion(db, orgId, id, version, patch);
  } catch (e) {
    throw clash(e, room, instructor);
  }
}

/** The instructor by member number (never by name: problem details may reach logs and proxies). */
const instructorLabel = async (db: Executor, orgId: number, memberId: number): Promise<string> => (await findMemberById(db, orgId, memberId))?.member_no ?? `#${memberId}`;

function clash(e: unknown, room: string | null, instructor: string): unknown {
  const which = lessonOverlapOf(e);
  if (which === 'instructor') return new AppError('already_exists', `Instructor '${instructor}' already has a lesson at that time`, { hint: 'Choose another time: see the instructor’s week of lessons' });
  if (which === 'room') return new AppError('already_exists', `Room '${room ?? ''}' is already booked at that time`, { hint: 'Choose another time or room' });
  return e;
}
