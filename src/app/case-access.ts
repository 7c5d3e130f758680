import { AppError } from '../core/errors.js';
import { isInSubtree } from '../core/unit-path.js';
import type { Executor } from '../store/database.js';
import { findCase, type CaseWithBodies } from '../store/discipline.repository.js';
import type { ScopedOrg } from './access.js';

/**
 * Who may see and act on a disciplinary case. Cases are confidential: they are visible only to the
 * bodies handling it — officers of the unit that opened it and of the bodies that ratify it or hear
 * the appeal (an office at exactly that unit), staff and administrators whose grant covers one of
 * those units — to auditors whose grant covers one of them, and to the member concerned. Officers of
 * other units, even above or beside it, and the rest of the cell see nothing: the case answers as missing.
 */
export type CaseBody = 'opening' | 'ratifying' | 'appeal';

const pathOf = (c: CaseWithBodies, body: CaseBody): string | null => (body === 'opening' ? c.unit_path : body === 'ratifying' ? c.ratify_path : c.appeal_path);

/** May the actor act for `body` (handle, ratify, decide the appeal)? Staff or an administrator over it, or its own officer. */
export function actsFor(s: ScopedOrg, path: string | null): boolean {
  if (s.access.unrestricted) return true;
  if (path === null) return false;
  return s.access.grants.some((g) => ((g.role === 'org_admin' || g.role === 'staff') && isInSubtree(path, g.path)) || (g.role === 'officer' && g.path === path));
}

export function canSeeCase(s: ScopedOrg, c: CaseWithBodies): boolean {
  if (s.access.unrestricted || s.access.isOwnMember(c.member_id)) return true;
  return (['opening', 'ratifying', 'appeal'] as const).some((b) => {
    const path = pathOf(c, b);
    return path !== null && (actsFor(s, path) || s.access.grants.some((g) => g.role === 'auditor' && isInSubtree(path, g.path)));
  });
}

export const caseNotFound = (id: number): AppError => new AppError('not_found', `Case ${id} was not found`);

/** A case the actor may see; one out of sight answers exactly like a missing one. */
export async function caseFor(db: Executor, s: ScopedOrg, id: number): Promise<CaseWithBodies> {
  const c = await findCase(db, s.org.id, id);
  if (!c || !canSeeCase(s, c)) throw caseNotFound(id);
  return c;
}

/** Refuses (403) an action of `body` to an actor who sees the case but does not act for that body, and to the member concerned. */
export function assertActsFor(s: ScopedOrg, c: CaseWithBodies, body: CaseBody, what: string): void {
  if (!s.access.unrestricted && s.access.isOwnMember(c.member_id)) throw new AppError('forbidden', `You may not ${what} in a case about yourself`);
  if (!actsFor(s, pathOf(c, body))) {
    const who = body === 'opening' ? `the unit that opened it ('${c.unit_code}')` : body === 'ratifying' ? 'the ratifying body' : 'the appeal body';
    throw new AppError('forbidden', `Only ${who} may ${what} in case ${c.id}`);
  }
}

/** The member concerned, or the opening body on their behalf. */
export function assertMemberOrHandler(s: ScopedOrg, c: CaseWithBodies, what: string): void {
  if (s.access.isOwnMember(c.member_id) || actsFor(s, c.unit_path)) return;
  throw new AppError('forbidden', `Only the member concerned (or the unit that opened it, on their behalf) may ${what} in case ${c.id}`);
}
