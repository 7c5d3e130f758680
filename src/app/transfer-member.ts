import { isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveActiveUnit, resolveMember, resolveUnit, type MemberRef, type UnitRef } from './refs.js';
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
    const { org, rules } = await loadOrg(trx, input.org);
    const member = await resolveMember(trx, org.id, input.member);
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    if (!isActiveStatus(member.status as MemberStatus)) {
      throw new AppError('invalid_transition', `Member '${member.member_no}' is ${member.status} and cannot be transferred`, { hint: 'Readmit the person first' });
    }
    const target = await resolveActiveUnit(trx, org.id, input.to, 'Target unit');
    if (!rules.kind(target.kind).holdsMembers) {
      throw new AppError('rule_violation', `A ${rules.kind(target.kind).name.en} does not hold members`, { hint: `Transfer to a ${rules.memberKinds().map((k) => k.name.en).join(' or ')}` });
    }
    const current = member.unit_id === null ? null : await resolveUnit(trx, org.id, { id: member.unit_id });
    const deltas = new CounterDeltas();
    await placeMember(trx, org.id, member, current, target, { on, at: nowOf(ctx), reason, deltas });
    await deltas.apply(trx, org.id);
    return memberView(await resolveMember(trx, org.id, { id: member.id }));
  });
}
