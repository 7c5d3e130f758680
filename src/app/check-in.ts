import { AppError } from '../core/errors.js';
import { checkInOnce, findRosterByBadge, findRosterEntry, findSession, type RosterRow } from '../store/convention.repository.js';
import { findMemberById } from '../store/member.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { isBadgeCode, normalizeBadgeCode } from './badge-codes.js';
import { assertFrozen, conventionFor, rosterEntryNotFound } from './convention-access.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';

export interface CheckInInput {
  org: string;
  conventionId: number;
  sessionId: number;
  /** Scanned or typed from the badge… */
  badgeCode?: string | undefined;
  /** …or the roster entry found by a search at the desk. */
  rosterId?: number | undefined;
}

export interface CheckInResult {
  rosterId: number;
  name: string;
  category: RosterRow['category'];
  checkedInAt: string;
  /** True when the person was already checked in to this session (the first time is kept). */
  alreadyCheckedIn: boolean;
}

const unknownBadge = (): AppError => new AppError('not_found', 'No seat on this roster has that badge code', { hint: 'Check the code, or search the roster by name or member number' });

/** Checks a person in to one session of a convention; a second check-in keeps the first time. */
export async function checkIn(ctx: AppContext, input: CheckInInput): Promise<CheckInResult> {
  if ((input.badgeCode === undefined) === (input.rosterId === undefined)) {
    throw new AppError('validation_failed', 'Give a badge code or a roster entry', { problems: [{ path: 'badgeCode', message: 'exactly one of badgeCode and rosterId' }] });
  }
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    assertFrozen(convention);
    const session = await findSession(trx, s.org.id, input.sessionId);
    if (!session || session.convention_id !== convention.id) throw new AppError('not_found', `Session with id ${input.sessionId} was not found`);
    let entry: RosterRow | undefined;
    if (input.badgeCode !== undefined) {
      const code = normalizeBadgeCode(input.badgeCode);
      if (!isBadgeCode(code)) throw unknownBadge();
      entry = await findRosterByBadge(trx, s.org.id, convention.id, code);
      if (!entry) throw unknownBadge();
    } else {
      entry = await findRosterEntry(trx, s.org.id, input.rosterId as number);
      if (!entry || entry.convention_id !== convention.id) throw rosterEntryNotFound(input.rosterId as number);
    }
    if (entry.status !== 'entitled') throw new AppError('invalid_transition', `Roster entry ${entry.id} was replaced by a substitute`, { hint: "Check in the substitute with their own badge" });
    if (entry.member_id === null && entry.guest_name === null) throw new AppError('invalid_transition', `Roster entry ${entry.id} is a vacant seat`, { hint: 'Name the delegate to the seat first' });
    const result = await checkInOnce(trx, s.org.id, session.id, entry.id, nowOf(ctx));
    if (!result.already) await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.check_in', entityType: 'convention', entityId: convention.id, data: { sessionId: session.id, rosterId: entry.id } });
    const member = entry.member_id === null ? undefined : await findMemberById(trx, s.org.id, entry.member_id);
    return {
      rosterId: entry.id,
      name: member ? `${member.family_name} ${member.given_name}`.trim() : (entry.guest_name ?? ''),
      category: entry.category,
      checkedInAt: result.at,
      alreadyCheckedIn: result.already,
    };
  });
}
