import { isIsoDate } from '../core/dates.js';
import { actorAccessOf, assertNotOwnRecord, checkMember, checkUnit, withAccess } from './access.js';
import { pendingAudit } from './audit-log.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { orgScopeOf } from './org-scope.js';
import { readForMove } from '../store/member-move.repository.js';
import { checkVersion, requireReason, type MemberRef, type UnitRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface TransferMemberInput {
  org: string;
  member: MemberRef;
  to: UnitRef;
  reason: string;
  on?: string | undefined;
  version?: number | undefined;
}

/** Places an active member in another unit; the old placement goes into their history. */
export async function transferMember(ctx: AppContext, input: TransferMemberInput): Promise<MemberView> {
  const reason = requireReason(input.reason);
  const today = todayOf(ctx);
  const on = input.on ?? today;
  if (!isIsoDate(on) || on > today) {
    throw new AppError('validation_failed', 'The transfer date is not valid', { problems: [{ path: 'on', message: 'a date (YYYY-MM-DD) not in the future' }] });
  }
  return inTransaction(ctx, async (trx) => {
    // The organization, the actor's access, the member, both units and the member's open offices:
    // one statement on PostgreSQL, since this is the hottest write path.
    const read = await readForMove(trx, {
      slug: input.org,
      member: input.member,
      target: input.to,
      on,
      access: ctx.actor.kind === 'user' ? { userId: ctx.actor.userId, on: today } : null,
    });
    const s = withAccess(orgScopeOf(input.org, read.org), actorAccessOf(ctx, read.access));
    const { org, rules } = s;
    const found = read.move;
    const member = await checkMember(trx, s, found?.member, found?.current, input.member, 'write_members');
    assertNotOwnRecord(s, member, 'unit');
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    if (!isActiveStatus(member.status as MemberStatus)) {
      throw new AppError('invalid_transition', `Member '${member.member_no}' is ${member.status} and cannot be transferred`, { hint: 'Readmit the person first' });
    }
    const target = checkUnit(s, found?.target, input.to, 'write_members', { label: 'Target unit', active: true });
    if (!rules.kind(target.kind).holdsMembers) {
      throw new AppError('rule_violation', `A ${rules.kind(target.kind).name.en} does not hold members`, { hint: `Transfer to a ${rules.memberKinds().map((k) => k.name.en).join(' or ')}` });
    }
    const current = found?.current ?? null;
    const deltas = new CounterDeltas();
    const at = nowOf(ctx);
    const { event: audit } = pendingAudit(ctx, { orgId: org.id, action: 'member.transfer', entityType: 'member', entityId: member.id, reason, data: { before: { unitCode: current?.code ?? null }, after: { unitCode: target.code }, on } });
    // The placement, its history, the counters and the audit event: one statement on PostgreSQL.
    await placeMember(trx, org.id, member, current, target, { on, at, reason, deltas, openTerms: found?.openTerms, writeCounters: true, audit });
    return memberView({ ...member, unit_id: target.id, placed_on: on, placement_reason: reason, updated_at: at, version: member.version + 1 });
  });
}
