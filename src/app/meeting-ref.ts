import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { findMeeting } from '../store/meeting.repository.js';

/** A reference to a meeting recorded in Cellbook: `meeting:<id>`. Anything else is a free reference (a meeting held elsewhere). */
const recorded = /^meeting:(\d{1,15})$/;

export function recordedMeetingId(ref: string | null | undefined): number | null {
  const m = ref ? recorded.exec(ref.trim()) : null;
  return m ? Number(m[1]) : null;
}

/**
 * Checks a step's meeting reference before it is stored. A recorded meeting must exist in the
 * organization and not be cancelled; a decision (`held: true`) cannot cite a meeting that has not
 * started yet, while a hearing may be set for a meeting still to come.
 */
export async function checkMeetingRef(db: Executor, orgId: number, ref: string | null | undefined, opts: { held: boolean; now: string }): Promise<void> {
  const id = recordedMeetingId(ref);
  if (id === null) return;
  const meeting = await findMeeting(db, orgId, id);
  if (!meeting) {
    throw new AppError('validation_failed', `There is no meeting ${id} in this organization`, { problems: [{ path: 'meetingRef', message: `no recorded meeting ${id}; pick one of the unit's meetings or write a free reference` }] });
  }
  if (meeting.status === 'cancelled') {
    throw new AppError('validation_failed', `Meeting ${id} was cancelled`, { problems: [{ path: 'meetingRef', message: `meeting ${id} was cancelled and decided nothing` }] });
  }
  if (opts.held && meeting.starts_at > opts.now) {
    throw new AppError('validation_failed', `Meeting ${id} has not taken place yet`, { problems: [{ path: 'meetingRef', message: `meeting ${id} starts at ${meeting.starts_at}; a decision can only cite a meeting that has been held` }] });
  }
}
