import { AppError } from '../core/errors.js';
import { addMonths } from '../core/dates.js';
import { hasLapsed } from '../core/membership-lifecycle.js';
import type { MembershipRules } from '../core/rulebook/schema.js';
import type { MemberRow } from '../store/member.repository.js';
import { assertNotOwnRecord, memberFor, scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { assertTransition, isActiveStatus, isMemberStatus, memberStatuses, type MemberStatus } from '../core/member-status.js';
import { insertMemberEvent, updateMemberIfVersion } from '../store/member.repository.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveMember, resolveUnit, staleWrite, type MemberRef, type UnitRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface ChangeMemberStatusInput {
  org: string;
  member: MemberRef;
  status: string;
  reason: string;
  /** On readmission: the unit to place the person in. */
  unit?: UnitRef | undefined;
  version?: number | undefined;
}

/**
 * Moves a member along an allowed status transition. An exit (expelled, resigned, deceased) takes
 * the member out of their unit and ends their offices; the record and its history stay.
 */
export async function changeMemberStatus(ctx: AppContext, input: ChangeMemberStatusInput): Promise<MemberView> {
  const reason = requireReason(input.reason);
  if (!isMemberStatus(input.status)) {
    throw new AppError('validation_failed', `'${input.status}' is not a member status`, { problems: [{ path: 'status', message: `one of ${memberStatuses.join(', ')}` }] });
  }
  const to: MemberStatus = input.status;
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const member = await memberFor(trx, s, input.member, 'write_members');
    assertNotOwnRecord(s, member, 'status');
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    const from = member.status as MemberStatus;
    assertTransition(from, to);
    const on = todayOf(ctx);
    if (to === 'lapsed') assertLapsed(rules.rulebook.membership, member, on);
    const at = nowOf(ctx);
    const deltas = new CounterDeltas();
    const current = member.unit_id === null ? null : await resolveUnit(trx, org.id, { id: member.unit_id });
    if (!isActiveStatus(to) && current) {
      await placeMember(trx, org.id, member, current, null, { on, at, reason: `${to}: ${reason}`, deltas, patch: { status: to } });
    } else if (isActiveStatus(to) && !isActiveStatus(from) && input.unit) {
      const target = await unitFor(trx, s, input.unit, 'write_members', { active: true });
      if (!rules.kind(target.kind).holdsMembers) throw new AppError('rule_violation', `A ${rules.kind(target.kind).name.en} does not hold members`);
      await placeMember(trx, org.id, member, null, target, { on, at, reason: `readmitted: ${reason}`, deltas, patch: { status: to } });
    } else {
      if (!(await updateMemberIfVersion(trx, org.id, member.id, member.version, { status: to, updated_at: at }))) throw staleWrite(`Member '${member.member_no}'`);
    }
    await insertMemberEvent(trx, { org_id: org.id, member_id: member.id, type: 'status_changed', from_value: from, to_value: to, occurred_on: on, reason, created_at: at });
    await deltas.apply(trx, org.id);
    await recordAudit(trx, ctx, { orgId: org.id, action: 'member.status', entityType: 'member', entityId: member.id, reason, data: { before: { status: from }, after: { status: to } } });
    return memberView(await resolveMember(trx, org.id, { id: member.id }));
  });
}

/** A lapse is the rulebook's to declare: only when it has a lapse rule and the member has been inactive that long. */
function assertLapsed(rules: MembershipRules, member: MemberRow, today: string): void {
  if (rules.lapseAfterMonths === null) throw new AppError('rule_violation', 'This organization\u2019s rulebook has no lapse rule', { hint: 'Set membership.lapseAfterMonths in the rulebook, or record a resignation' });
  const last = member.last_active_on ?? member.placed_on ?? member.joined_on;
  if (!hasLapsed(last, today, rules)) {
    throw new AppError('rule_violation', `Member '${member.member_no}' was last active on ${last}; membership lapses after ${rules.lapseAfterMonths} months (on ${addMonths(last, rules.lapseAfterMonths)})`);
  }
}
