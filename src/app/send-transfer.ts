import { addDays, isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { insertNotice } from '../store/discipline.repository.js';
import { findOpenTransferOfMember, insertTransfer } from '../store/lifecycle.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { assertNotOwnRecord, memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkMeetingRef } from './meeting-ref.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, findUnitByRef, requireReason, unitNotFound, type MemberRef, type UnitRef } from './refs.js';
import { transferView, type TransferView } from './transfer-views.js';

export interface SendTransferInput {
  org: string;
  member: MemberRef;
  to: UnitRef;
  reason: string;
  dueOn?: string | undefined;
  meetingRef?: string | null | undefined;
  version?: number | undefined;
}

/**
 * The old unit sends a member to another unit anywhere in the tree. The member stays placed in the
 * old unit until the new one receives them (or returns them), so they are never in two units or
 * none. The receiving unit may be outside the sender's sight: it is named by id or code and must
 * exist, be active and hold members.
 */
export async function sendTransfer(ctx: AppContext, input: SendTransferInput): Promise<TransferView> {
  const reason = requireReason(input.reason);
  const today = todayOf(ctx);
  if (input.dueOn !== undefined && (!isIsoDate(input.dueOn) || input.dueOn < today)) {
    throw new AppError('validation_failed', 'The due date is not valid', { problems: [{ path: 'dueOn', message: 'a date (YYYY-MM-DD) from today on' }] });
  }
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org, rules } = s;
    const member = await memberFor(trx, s, input.member, 'write_members');
    assertNotOwnRecord(s, member, 'unit');
    checkVersion(`Member '${member.member_no}'`, member.version, input.version);
    if (!isActiveStatus(member.status as MemberStatus) || member.unit_id === null) {
      throw new AppError('invalid_transition', `Member '${member.member_no}' is not placed in a unit`, { hint: 'Place the member first; a transfer moves a member between units' });
    }
    const target = await findUnitByRef(trx, org.id, input.to);
    if (!target) throw unitNotFound(input.to, 'Target unit');
    if (target.status !== 'active') throw new AppError('rule_violation', `Target unit '${target.code}' was dissolved`);
    if (!rules.kind(target.kind).holdsMembers) throw new AppError('rule_violation', `A ${rules.kind(target.kind).name.en} does not hold members`);
    if (target.id === member.unit_id) throw new AppError('validation_failed', `Member '${member.member_no}' is already in '${target.code}'`);
    const open = await findOpenTransferOfMember(trx, org.id, member.id);
    if (open) throw new AppError('already_exists', `Member '${member.member_no}' was already sent on ${open.sent_on} (transfer ${open.id})`, { hint: 'Wait until it is received or returned' });
    const from = await findUnitById(trx, org.id, member.unit_id);
    if (!from) throw new Error('unit vanished');
    const at = nowOf(ctx);
    await checkMeetingRef(trx, org.id, input.meetingRef, { held: true, now: at });
    const dueOn = input.dueOn ?? addDays(today, rules.rulebook.membership.transferDays);
    const row = await insertTransfer(trx, {
      org_id: org.id,
      member_id: member.id,
      from_unit_id: from.id,
      to_unit_id: target.id,
      state: 'sent',
      reason,
      sent_on: today,
      due_on: dueOn,
      sent_by: actorName(ctx.actor),
      decided_on: null,
      decided_by: null,
      decision_reason: null,
      meeting_ref: input.meetingRef ?? null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertNotice(trx, { org_id: org.id, member_id: member.id, case_id: null, kind: 'transfer_sent', message: `You were sent from '${from.name}' to '${target.name}'; you stay in '${from.name}' until you are received.`, due_on: dueOn, created_at: at });
    await recordAudit(trx, ctx, { orgId: org.id, action: 'transfer.send', entityType: 'transfer', entityId: row.id, reason, data: { memberId: member.id, from: from.code, to: target.code, dueOn } });
    return transferView({ ...row, from_code: from.code, to_code: target.code, member_no: member.member_no, family_name: member.family_name, given_name: member.given_name }, today);
  });
}
