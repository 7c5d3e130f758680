import { lifecycleTarget, probationEnd, type LifecycleStep } from '../core/membership-lifecycle.js';
import { addMonths } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { insertMembershipStep } from '../store/lifecycle.repository.js';
import { insertMemberEvent, updateMemberIfVersion } from '../store/member.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { assertNotOwnRecord, memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkMeetingRef } from './meeting-ref.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, resolveMember, staleWrite, type MemberRef } from './refs.js';
import { memberView, type MemberView } from './views.js';

export interface MembershipStepInput {
  org: string;
  member: MemberRef;
  reason: string;
  /** The meeting that decided: `meeting:<id>` for a recorded meeting (checked), or a free reference. */
  meetingRef?: string | null | undefined;
  version?: number | undefined;
}

/**
 * One step on the path into membership, decided by the member's unit: checked against the
 * lifecycle table and the rulebook, recorded with who decided, at which meeting and why.
 */
export async function takeMembershipStep(ctx: AppContext, step: LifecycleStep, input: MembershipStepInput & { months?: number | undefined }): Promise<MemberView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const member = await memberFor(trx, s, input.member, 'write_members');
    assertNotOwnRecord(s, member, 'membership');
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    const m = rules.rulebook.membership;
    const today = todayOf(ctx);
    const from = member.status as MemberStatus;
    const currentEnd = from === 'candidate' ? (member.probation_ends_on ?? probationEnd(member.joined_on, m)) : null;
    const to = lifecycleTarget({ step, from, rules: m, today, probationEndsOn: currentEnd, extensions: member.probation_extensions });
    let probationEndsOn: string | null = null;
    if (step === 'extend_probation') {
      const months = input.months ?? m.probationExtensionMonths;
      if (!Number.isInteger(months) || months < 1 || months > m.probationExtensionMonths) {
        throw new AppError('validation_failed', `An extension is 1–${m.probationExtensionMonths} months`, { problems: [{ path: 'months', message: `1–${m.probationExtensionMonths}` }] });
      }
      probationEndsOn = addMonths(currentEnd ?? today, months);
    } else if (to === 'candidate') probationEndsOn = probationEnd(today, m);
    const at = nowOf(ctx);
    await checkMeetingRef(trx, org.id, input.meetingRef, { held: true, now: at });
    const unit = member.unit_id === null ? undefined : await findUnitById(trx, org.id, member.unit_id);
    const patch = { status: to, probation_ends_on: to === 'candidate' ? probationEndsOn : null, probation_extensions: step === 'extend_probation' ? member.probation_extensions + 1 : to === 'candidate' ? 0 : member.probation_extensions };
    if (!isActiveStatus(to) && unit) {
      const deltas = new CounterDeltas();
      await placeMember(trx, org.id, member, unit, null, { on: today, at, reason: `${to}: ${reason}`, deltas, patch: { status: to } });
      await deltas.apply(trx, org.id);
      const placed = await resolveMember(trx, org.id, { id: member.id });
      if (!(await updateMemberIfVersion(trx, org.id, member.id, placed.version, { probation_ends_on: null, updated_at: at }))) throw staleWrite(`Member '${member.member_no}'`);
    } else if (!(await updateMemberIfVersion(trx, org.id, member.id, member.version, { ...patch, updated_at: at }))) throw staleWrite(`Member '${member.member_no}'`);
    if (to !== from) await insertMemberEvent(trx, { org_id: org.id, member_id: member.id, type: 'status_changed', from_value: from, to_value: to, occurred_on: today, reason, created_at: at });
    await insertMembershipStep(trx, {
      org_id: org.id,
      member_id: member.id,
      step,
      from_status: from,
      to_status: to,
      unit_id: unit?.id ?? null,
      meeting_ref: input.meetingRef ?? null,
      occurred_on: today,
      probation_ends_on: probationEndsOn,
      reason,
      actor: actorName(ctx.actor),
      created_at: at,
    });
    await recordAudit(trx, ctx, { orgId: org.id, action: `member.${step}`, entityType: 'member', entityId: member.id, reason, data: { before: { status: from }, after: { status: to, probationEndsOn }, unitCode: unit?.code ?? null, meetingRef: input.meetingRef ?? null } });
    return memberView(await resolveMember(trx, org.id, { id: member.id }));
  });
}
