import type { Permission } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { findMeeting, type MeetingRow } from '../store/meeting.repository.js';
import { findUnitById, type UnitRow } from '../store/unit.repository.js';
import type { ScopedOrg } from './access.js';

/** Whether the actor sees anything at `path` (full records or names). */
export const seesPath = (s: ScopedOrg, path: string): boolean => s.access.allows('read', path) || s.access.allows('read_names', path);

/**
 * Checks `permission` on something located at `path`: out of sight answers exactly like missing
 * (`notFound`), visible but not allowed is `forbidden`.
 */
export function checkAt(s: ScopedOrg, path: string | undefined, permission: Permission, notFound: () => AppError, forbidden: string): void {
  if (path === undefined || !seesPath(s, path)) throw notFound();
  if (!s.access.allows(permission, path)) throw new AppError('forbidden', forbidden);
}

export const meetingNotFound = (id: number): AppError => new AppError('not_found', `Meeting with id ${id} was not found`);

/** A meeting with its unit, for `permission` at that unit (a cell secretary runs their own cell's meetings only). */
export async function meetingFor(db: Executor, s: ScopedOrg, id: number, permission: Permission): Promise<{ meeting: MeetingRow; unit: UnitRow }> {
  const meeting = await findMeeting(db, s.org.id, id);
  const unit = meeting ? await findUnitById(db, s.org.id, meeting.unit_id) : undefined;
  checkAt(s, unit?.path, permission, () => meetingNotFound(id), `You may not run the meetings of unit '${unit?.code ?? ''}'`);
  if (!meeting || !unit) throw meetingNotFound(id);
  return { meeting, unit };
}
