import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { isInSubtree } from '../core/unit-path.js';
import { findRosterEntry, findRosterOfMember, updateRosterIfVersion } from '../store/convention.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { assertFrozen, conventionFor, rosterEntryNotFound } from './convention-access.js';
import { inTransaction, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { rosterEntry } from './roster-queries.js';
import type { RosterEntryView } from './convention-views.js';
import { checkVersion, staleWrite, type MemberRef } from './refs.js';

/** Names the member a delegating unit elected to one of its seats; they must belong to that unit's subtree. */
export async function fillDelegateSeat(ctx: AppContext, input: { org: string; conventionId: number; rosterId: number; member: MemberRef; version: number }): Promise<RosterEntryView> {
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    assertFrozen(convention);
    const entry = await findRosterEntry(trx, s.org.id, input.rosterId);
    if (!entry || entry.convention_id !== convention.id) throw rosterEntryNotFound(input.rosterId);
    checkVersion(`Roster entry ${entry.id}`, entry.version, input.version);
    if (entry.category !== 'delegate' || entry.member_id !== null || entry.status !== 'entitled') throw new AppError('invalid_transition', `Roster entry ${entry.id} is not a vacant delegate seat`, { hint: 'Substitute the delegate instead' });
    const member = await memberFor(trx, s, input.member, 'read');
    const home = member.unit_id === null ? undefined : await findUnitById(trx, s.org.id, member.unit_id);
    const delegating = entry.unit_id === null ? undefined : await findUnitById(trx, s.org.id, entry.unit_id);
    if (!isActiveStatus(member.status as MemberStatus) || !home || !delegating || !isInSubtree(home.path, delegating.path)) {
      throw new AppError('rule_violation', `Member '${member.member_no}' is not an active member of '${delegating?.code ?? '?'}', which holds this seat`);
    }
    if (await findRosterOfMember(trx, s.org.id, convention.id, member.id)) throw new AppError('already_exists', `Member '${member.member_no}' is already on the roster`);
    if (!(await updateRosterIfVersion(trx, s.org.id, entry.id, entry.version, { member_id: member.id }))) throw staleWrite(`Roster entry ${entry.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.fill_seat', entityType: 'convention', entityId: convention.id, data: { rosterId: entry.id, memberId: member.id, unitCode: delegating.code } });
  });
  return rosterEntry(ctx, input.org, input.conventionId, input.rosterId);
}

