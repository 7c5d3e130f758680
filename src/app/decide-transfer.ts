import { nextTransferState, type TransferAction, type TransferState } from '../core/discipline/transfer-states.js';
import { AppError } from '../core/errors.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { insertNotice } from '../store/discipline.repository.js';
import { findTransfer, updateTransferIfVersion } from '../store/lifecycle.repository.js';
import { findMemberById } from '../store/member.repository.js';
import { findUnitsByIds } from '../store/unit.repository.js';
import { scopedOrg, type ScopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkMeetingRef } from './meeting-ref.js';
import { CounterDeltas } from './counter-deltas.js';
import { placeMember } from './member-placement.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';
import { transferView, type TransferView } from './transfer-views.js';

export interface DecideTransferInput {
  org: string;
  transferId: number;
  reason?: string | undefined;
  meetingRef?: string | null | undefined;
  version?: number | undefined;
}

const seesEither = (s: ScopedOrg, paths: string[]): boolean => paths.some((p) => s.access.allows('read', p));

/**
 * The receiving unit decides: `receive` places the member there (the old placement goes into their
 * history); `return` leaves them where they are, with a reason. Until then the sending unit may
 * `cancel` it, with a reason. Either side sees the transfer.
 */
export async function decideTransfer(ctx: AppContext, action: TransferAction, input: DecideTransferInput): Promise<TransferView> {
  const reason = action === 'receive' ? input.reason?.trim() || 'received' : requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { org } = s;
    const missing = new AppError('not_found', `Transfer ${input.transferId} was not found`);
    const t = await findTransfer(trx, org.id, input.transferId);
    if (!t) throw missing;
    const units = new Map((await findUnitsByIds(trx, org.id, [t.from_unit_id, t.to_unit_id])).map((u) => [u.id, u]));
    const from = units.get(t.from_unit_id);
    const to = units.get(t.to_unit_id);
    if (!from || !to || !seesEither(s, [from.path, to.path])) throw missing;
    const decider = action === 'cancel' ? from : to;
    if (!s.access.allows('write_members', decider.path)) throw new AppError('forbidden', `Only the ${action === 'cancel' ? 'sending' : 'receiving'} unit '${decider.code}' may ${action} transfer ${t.id}`);
    checkVersion(`Transfer ${t.id}`, t.version, input.version);
    const state: TransferState = nextTransferState(t.state, action);
    const member = await findMemberById(trx, org.id, t.member_id);
    if (!member) throw new Error('member vanished');
    if (s.access.isOwnMember(member.id) && !s.access.unrestricted) throw new AppError('forbidden', 'You may not decide your own transfer');
    const at = nowOf(ctx);
    await checkMeetingRef(trx, org.id, input.meetingRef, { held: true, now: at });
    const on = todayOf(ctx);
    if (action === 'receive') {
      if (!isActiveStatus(member.status as MemberStatus) || member.unit_id !== from.id) {
        throw new AppError('invalid_transition', `Member '${member.member_no}' is no longer in '${from.code}'`, { hint: 'Return the transfer; the member moved or left meanwhile' });
      }
      if (to.status !== 'active') throw new AppError('rule_violation', `Unit '${to.code}' was dissolved`);
      const deltas = new CounterDeltas();
      await placeMember(trx, org.id, member, from, to, { on, at, reason: `transfer ${t.id}: ${t.reason}`, deltas });
      await deltas.apply(trx, org.id);
    }
    if (!(await updateTransferIfVersion(trx, org.id, t.id, t.version, { state, decided_on: on, decided_by: actorName(ctx.actor), decision_reason: reason, meeting_ref: input.meetingRef ?? t.meeting_ref, updated_at: at }))) {
      throw staleWrite(`Transfer ${t.id}`);
    }
    await insertNotice(trx, { org_id: org.id, member_id: member.id, case_id: null, kind: `transfer_${state}`, message: action === 'receive' ? `You were received into '${to.name}'.` : action === 'return' ? `'${to.name}' returned your transfer; you stay in '${from.name}'.` : `'${from.name}' cancelled your transfer; you stay there.`, due_on: null, created_at: at });
    await recordAudit(trx, ctx, { orgId: org.id, action: `transfer.${action}`, entityType: 'transfer', entityId: t.id, reason, data: { before: { state: t.state }, after: { state }, memberId: member.id, from: from.code, to: to.code } });
    return transferView({ ...t, state, decided_on: on, decided_by: actorName(ctx.actor), decision_reason: reason, meeting_ref: input.meetingRef ?? t.meeting_ref, version: t.version + 1, from_code: from.code, to_code: to.code, member_no: member.member_no, family_name: member.family_name, given_name: member.given_name }, on);
  });
}

export const receiveTransfer = (ctx: AppContext, input: DecideTransferInput): Promise<TransferView> => decideTransfer(ctx, 'receive', input);
export const returnTransfer = (ctx: AppContext, input: DecideTransferInput): Promise<TransferView> => decideTransfer(ctx, 'return', input);
export const cancelTransfer = (ctx: AppContext, input: DecideTransferInput): Promise<TransferView> => decideTransfer(ctx, 'cancel', input);
