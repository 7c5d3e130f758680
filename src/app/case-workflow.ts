import { checkMeetingRef } from './meeting-ref.js';
import { assertCaseAction, assertCaseTransition, isCaseState, type CaseAction, type CaseState } from '../core/discipline/case-states.js';
import { sanctionEnd } from '../core/discipline/penalties.js';
import { exitStatuses, isActiveStatus, type MemberStatus } from '../core/member-status.js';
import { pathIds } from '../core/unit-path.js';
import type { Executor } from '../store/database.js';
import { revokeApiTokensOfUser } from '../store/api-token.repository.js';
import { findCase, insertCaseStep, insertNotice, listAttachments, listCaseSteps, updateCaseIfVersion, type CaseWithBodies } from '../store/discipline.repository.js';
import { findOpenTransferOfMember, updateTransferIfVersion } from '../store/lifecycle.repository.js';
import { findMemberById, insertMemberEvent, updateMemberIfVersion } from '../store/member.repository.js';
import { endTermIfVersion, openTermsOfMember } from '../store/office.repository.js';
import { findUnitById, findUnitsByIds } from '../store/unit.repository.js';
import { findUserByMember } from '../store/user.repository.js';
import type { DisciplineCaseTable } from '../store/schema.js';
import type { Updateable } from 'kysely';
import type { ScopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { caseFor } from './case-access.js';
import { attachmentView, caseStepView, caseView, type CaseDetail } from './case-views.js';
import { actorName, inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { CounterDeltas } from './counter-deltas.js';
import { revokeLiveSessions } from './log-out.js';
import { placeMember } from './member-placement.js';
import type { OrgScope } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';
import { scopedOrg } from './access.js';
import { loadOrg } from './org-scope.js';

/** One step of a case: the transition, what changes on the row, and what goes into the timeline. */
export interface CaseStep {
  action: CaseAction;
  to: CaseState;
  patch?: Updateable<DisciplineCaseTable>;
  reason?: string | null | undefined;
  meetingRef?: string | null | undefined;
  detail?: Record<string, string | number | boolean | null>;
  /** What the member is told. */
  notice?: { kind: string; message: string; dueOn?: string | null };
}

export interface CaseInput {
  org: string;
  caseId: number;
  version?: number | undefined;
}

/** Applies one step to a case: checks the transition, writes the row, the timeline, the notice and the audit event. */
export async function advanceCase(trx: Executor, ctx: AppContext, scope: OrgScope, c: CaseWithBodies, step: CaseStep): Promise<CaseWithBodies> {
  const from = c.state;
  if (!isCaseState(from)) throw new Error(`case ${c.id} has an unknown state`);
  assertCaseTransition(from, step.action, step.to);
  const at = nowOf(ctx);
  const on = todayOf(ctx);
  await checkMeetingRef(trx, scope.org.id, step.meetingRef, { held: step.action !== 'schedule_hearing', now: at });
  if (!(await updateCaseIfVersion(trx, scope.org.id, c.id, c.version, { ...step.patch, state: step.to, updated_at: at }))) throw staleWrite(`Case ${c.id}`);
  await insertCaseStep(trx, {
    org_id: scope.org.id,
    case_id: c.id,
    action: step.action,
    from_state: from,
    to_state: step.to,
    actor: actorName(ctx.actor),
    reason: step.reason ?? null,
    meeting_ref: step.meetingRef ?? null,
    detail: JSON.stringify(step.detail ?? {}),
    occurred_on: on,
    at,
  });
  if (step.notice) await insertNotice(trx, { org_id: scope.org.id, member_id: c.member_id, case_id: c.id, kind: step.notice.kind, message: step.notice.message, due_on: step.notice.dueOn ?? null, created_at: at });
  await recordAudit(trx, ctx, { orgId: scope.org.id, action: `case.${step.action}`, entityType: 'discipline_case', entityId: c.id, reason: step.reason ?? null, data: { before: { state: from }, after: { state: step.to }, ...(step.detail ?? {}) } });
  const fresh = await findCase(trx, scope.org.id, c.id);
  if (!fresh) throw new Error('case vanished');
  return fresh;
}

/**
 * Runs one case use case: the actor's scope, the case in sight, its version, whether `action` is
 * possible in its state at all (before any rule about dates or votes), then `work`, in one transaction.
 */
export async function withCase(ctx: AppContext, input: CaseInput, action: CaseAction, work: (trx: Executor, s: ScopedOrg, c: CaseWithBodies) => Promise<CaseWithBodies>): Promise<CaseDetail> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const c = await caseFor(trx, s, input.caseId);
    checkVersion(`Case ${c.id}`, c.version, input.version);
    if (isCaseState(c.state)) assertCaseAction(c.state, action);
    const done = await work(trx, s, c);
    return caseDetail(trx, ctx, s, done);
  });
}

export async function caseDetail(db: Executor, ctx: AppContext, s: OrgScope, c: CaseWithBodies): Promise<CaseDetail> {
  return {
    ...caseView(c, todayOf(ctx)),
    timeline: (await listCaseSteps(db, s.org.id, c.id)).map(caseStepView),
    attachments: (await listAttachments(db, s.org.id, c.id)).map(attachmentView),
  };
}

/** The opening unit's ancestors, root first, without the unit itself. */
export async function ancestorsOf(db: Executor, orgId: number, path: string): Promise<{ id: number; kind: string }[]> {
  const ids = pathIds(path).slice(0, -1);
  const units = new Map((await findUnitsByIds(db, orgId, ids)).map((u) => [u.id, u]));
  return ids.flatMap((id) => {
    const u = units.get(id);
    return u ? [{ id: u.id, kind: u.kind }] : [];
  });
}

/**
 * Makes a decision final and applies its effects, all in the caller's transaction: removal from
 * office ends every running term; expulsion ends membership (out of the unit, offices ended, open
 * transfers returned) and every session and API token of an account linked to the member; a
 * probation starts and will lift itself on its end date.
 */
export async function makeFinal(trx: Executor, ctx: AppContext, scope: OrgScope, c: CaseWithBodies, why: { reason: string; action?: 'finalize' | 'uphold' | 'reduce'; penalty?: string; months?: number | null; meetingRef?: string | null }): Promise<CaseWithBodies> {
  if (isCaseState(c.state)) assertCaseTransition(c.state, why.action ?? 'finalize', 'final');
  const on = todayOf(ctx);
  const at = nowOf(ctx);
  const penalty = why.penalty ?? c.penalty;
  const months = why.months === undefined ? c.penalty_months : why.months;
  if (penalty === null) throw new Error('a case without a penalty cannot be final');
  const rule = scope.rules.rulebook.discipline.penalties.find((p) => p.key === penalty);
  const effect = rule?.effect ?? 'none';
  const sanctionEndsOn = effect === 'probation' && months ? sanctionEnd(on, months) : null;
  const applied: string[] = [];
  const member = await findMemberById(trx, scope.org.id, c.member_id);
  if (!member) throw new Error('member vanished');
  if (effect === 'remove_from_office') {
    for (const t of await openTermsOfMember(trx, scope.org.id, member.id, on)) {
      await endTermIfVersion(trx, scope.org.id, t.id, t.version, t.start_on > on ? t.start_on : on, `removed from office: case ${c.id}`);
      applied.push(`office term ${t.id} ended`);
    }
  }
  if (effect === 'expulsion') {
    const status = member.status as MemberStatus;
    if (isActiveStatus(status)) {
      const deltas = new CounterDeltas();
      const current = member.unit_id === null ? null : ((await findUnitById(trx, scope.org.id, member.unit_id)) ?? null);
      if (current) await placeMember(trx, scope.org.id, member, current, null, { on, at, reason: `expelled: case ${c.id}`, deltas, patch: { status: 'expelled' } });
      await deltas.apply(trx, scope.org.id);
      await insertMemberEvent(trx, { org_id: scope.org.id, member_id: member.id, type: 'status_changed', from_value: status, to_value: 'expelled', occurred_on: on, reason: `case ${c.id}`, created_at: at });
      if (!current && !(await updateMemberIfVersion(trx, scope.org.id, member.id, member.version, { status: 'expelled', updated_at: at }))) throw staleWrite(`Member '${member.member_no}'`);
      applied.push('membership ended');
      const transfer = await findOpenTransferOfMember(trx, scope.org.id, member.id);
      if (transfer) {
        await updateTransferIfVersion(trx, scope.org.id, transfer.id, transfer.version, { state: 'returned', decided_on: on, decided_by: actorName(ctx.actor), decision_reason: `member expelled (case ${c.id})`, updated_at: at });
        applied.push(`transfer ${transfer.id} returned`);
      }
    } else {
      applied.push(`membership had already ended (${exitStatuses.includes(status) ? status : 'inactive'})`);
    }
    const user = await findUserByMember(trx, member.id);
    if (user) {
      const sessions = await revokeLiveSessions(trx, ctx, user.id);
      const tokens = await revokeApiTokensOfUser(trx, user.id, at);
      applied.push(`${sessions} session(s) and ${tokens} API token(s) revoked`);
    }
  }
  const step: CaseStep = {
    action: why.action ?? 'finalize',
    to: 'final',
    reason: why.reason,
    meetingRef: why.meetingRef,
    patch: { final_penalty: penalty, final_months: effect === 'probation' ? months : null, closed_on: on, sanction_ends_on: sanctionEndsOn },
    detail: { penalty, months: effect === 'probation' ? months : null, effect, effects: applied.join('; ') || 'none' },
    notice: { kind: 'case_final', message: `Case ${c.id}: the decision is final: ${rule?.name.en ?? penalty}${sanctionEndsOn ? ` until ${sanctionEndsOn}` : ''}.` },
  };
  return advanceCase(trx, ctx, scope, c, step);
}
