import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { isInSubtree } from '../core/unit-path.js';
import { findRosterEntry, findRosterOfMember, insertRosterRow, updateRosterIfVersion } from '../store/convention.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { newBadgeCode } from './badge-codes.js';
import { assertFrozen, conventionFor, rosterEntryNotFound } from './convention-access.js';
import type { RosterEntryView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { rosterEntry } from './roster-queries.js';
import { checkVersion, requireReason, staleWrite, type MemberRef } from './refs.js';

/**
 * Replaces an absent delegate or office holder by a substitute from the convening unit's subtree,
 * with the reason on record. The replaced entry stays on the roster, marked replaced; the
 * substitute gets a badge of their own.
 */
export async function substituteDelegate(ctx: AppContext, input: { org: string; conventionId: number; rosterId: number; member: MemberRef; reason: string; version: number }): Promise<RosterEntryView> {
  const reason = requireReason(input.reason);
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention, unit } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    assertFrozen(convention);
    if (convention.status === 'closed') throw new AppError('invalid_transition', `Convention ${convention.id} is closed`);
    const entry = await findRosterEntry(trx, s.org.id, input.rosterId);
    if (!entry || entry.convention_id !== convention.id) throw rosterEntryNotFound(input.rosterId);
    checkVersion(`Roster entry ${entry.id}`, entry.version, input.version);
    if (entry.status !== 'entitled' || entry.member_id === null || entry.category === 'guest') throw new AppError('invalid_transition', `Roster entry ${entry.id} holds no voting member to replace`);
    const member = await memberFor(trx, s, input.member, 'read');
    const home = member.unit_id === null ? undefined : await findUnitById(trx, s.org.id, member.unit_id);
    if (!isActiveStatus(member.status as MemberStatus) || !home || !isInSubtree(home.path, unit.path)) {
      throw new AppError('rule_violation', `Member '${member.member_no}' is not an active member of '${unit.code}', which convenes the convention`);
    }
    if (await findRosterOfMember(trx, s.org.id, convention.id, member.id)) throw new AppError('already_exists', `Member '${member.member_no}' is already on the roster`);
    if (!(await updateRosterIfVersion(trx, s.org.id, entry.id, entry.version, { status: 'replaced' }))) throw staleWrite(`Roster entry ${entry.id}`);
    const row = await insertRosterRow(trx, {
      org_id: s.org.id,
      convention_id: convention.id,
      category: 'substitute',
      unit_id: entry.unit_id,
      member_id: member.id,
      office: entry.office,
      seat: entry.seat,
      guest_name: null,
      badge_code: newBadgeCode(),
      status: 'entitled',
      replaces_id: entry.id,
      substitution_reason: reason,
      version: 1,
      created_at: nowOf(ctx),
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.substitute', entityType: 'convention', entityId: convention.id, reason, data: { replaced: entry.id, by: row.id, memberId: member.id } });
    return row.id;
  });
  return rosterEntry(ctx, input.org, input.conventionId, id);
}
