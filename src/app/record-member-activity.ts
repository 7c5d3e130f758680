import { isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { insertMemberEvent, updateMemberIfVersion } from '../store/member.repository.js';
import { assertNotOwnRecord, memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { resolveMember, staleWrite, type MemberRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export const activityKinds = ['dues', 'attendance', 'other'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/**
 * Records that a member paid dues or took part, on a day: what the rulebook's lapse rule
 * (membership.lapseAfterMonths) measures from. The latest day is kept; an older one changes nothing.
 */
export async function recordMemberActivity(ctx: AppContext, input: { org: string; member: MemberRef; kind: ActivityKind; on?: string | undefined }): Promise<MemberView> {
  const today = todayOf(ctx);
  const on = input.on ?? today;
  if (!isIsoDate(on) || on > today) throw new AppError('validation_failed', 'The date is not valid', { problems: [{ path: 'on', message: 'a date (YYYY-MM-DD) not in the future' }] });
  if (!(activityKinds as readonly string[]).includes(input.kind)) throw new AppError('validation_failed', `'${input.kind}' is not an activity`, { problems: [{ path: 'kind', message: activityKinds.join(', ') }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const member = await memberFor(trx, s, input.member, 'write_members');
    assertNotOwnRecord(s, member, 'activity record');
    if (!isActiveStatus(member.status as MemberStatus)) throw new AppError('invalid_transition', `Member '${member.member_no}' is ${member.status}`);
    const at = nowOf(ctx);
    if (member.last_active_on === null || member.last_active_on < on) {
      if (!(await updateMemberIfVersion(trx, s.org.id, member.id, member.version, { last_active_on: on, updated_at: at }))) throw staleWrite(`Member '${member.member_no}'`);
    }
    await insertMemberEvent(trx, { org_id: s.org.id, member_id: member.id, type: 'activity', from_value: null, to_value: input.kind, occurred_on: on, reason: null, created_at: at });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'member.activity', entityType: 'member', entityId: member.id, data: { kind: input.kind, on } });
    return memberView(await resolveMember(trx, s.org.id, { id: member.id }));
  });
}
