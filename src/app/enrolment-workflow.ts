import { nextEnrolmentState, type EnrolmentAction } from '../core/training/enrolment-states.js';
import { countEnrolled, firstWaitlisted, insertEnrolmentEvent, updateEnrolmentIfVersion, type ClassWithUnit, type EnrolmentRow } from '../store/course.repository.js';
import type { Executor } from '../store/database.js';
import type { EnrolmentTable } from '../store/schema.js';
import type { Updateable } from 'kysely';
import { recordAudit } from './audit-log.js';
import { actorName, nowOf, type AppContext } from './context.js';
import { staleWrite } from './refs.js';

/**
 * One step of an enrolment: the state table decides the next state; the row changes only at the
 * version read; the step goes on the enrolment's timeline and into the audit chain.
 */
export async function stepEnrolment(
  trx: Executor,
  ctx: AppContext,
  orgId: number,
  e: EnrolmentRow,
  action: EnrolmentAction,
  opts: { reason?: string | null | undefined; patch?: Updateable<EnrolmentTable>; data?: Record<string, string | number | boolean | null> } = {},
): Promise<EnrolmentRow> {
  const to = nextEnrolmentState(e.state, action);
  const at = nowOf(ctx);
  const patch = { ...opts.patch, state: to, updated_at: at };
  if (!(await updateEnrolmentIfVersion(trx, orgId, e.id, e.version, patch))) throw staleWrite(`Enrolment ${e.id}`);
  await insertEnrolmentEvent(trx, { org_id: orgId, enrolment_id: e.id, action, from_state: e.state, to_state: to, reason: opts.reason ?? null, actor: actorName(ctx.actor), at });
  await recordAudit(trx, ctx, { orgId, action: `enrolment.${action}`, entityType: 'enrolment', entityId: e.id, ...personalReason(e.member_id, opts.reason), data: { classId: e.class_id, memberId: e.member_id, from: e.state, to, ...opts.data } });
  return { ...e, ...patch, version: e.version + 1 } as EnrolmentRow;
}

/** Records a new enrolment's first state on its timeline and in the audit chain. */
export async function recordNewEnrolment(trx: Executor, ctx: AppContext, orgId: number, e: EnrolmentRow, action: EnrolmentAction | 'enquire', reason: string | null, data: Record<string, string | number | boolean | null> = {}): Promise<void> {
  await insertEnrolmentEvent(trx, { org_id: orgId, enrolment_id: e.id, action, from_state: null, to_state: e.state, reason, actor: actorName(ctx.actor), at: e.created_at });
  await recordAudit(trx, ctx, { orgId, action: `enrolment.${action}`, entityType: 'enrolment', entityId: e.id, ...personalReason(e.member_id, reason), data: { classId: e.class_id, memberId: e.member_id, to: e.state, ...data } });
}

/**
 * A reason given about one student's enrolment is about that person: it goes to the audit event's
 * personal snapshot (erased with them), not into the chain, which cannot forget.
 */
export const personalReason = (memberId: number, reason: string | null | undefined): { personal?: { memberId: number; values: { reason: string } } } =>
  reason ? { personal: { memberId, values: { reason } } } : {};

/**
 * Gives every free place to the first on the waitlist, in order, and tells each of them (a notice
 * they see in their own record). Returns the enrolments promoted.
 */
export async function fillFreePlaces(trx: Executor, ctx: AppContext, orgId: number, klass: ClassWithUnit): Promise<number[]> {
  const promoted: number[] = [];
  let taken = await countEnrolled(trx, orgId, klass.id);
  while (taken < klass.capacity) {
    const next = await firstWaitlisted(trx, orgId, klass.id);
    if (!next) break;
    await stepEnrolment(trx, ctx, orgId, next, 'promote', { reason: 'a place became free', patch: { waitlisted_at: null } });
    await trx
      .insertInto('member_notices')
      .values({ org_id: orgId, member_id: next.member_id, case_id: null, kind: 'class_place', message: `A place in class ${klass.unit_code} (${klass.unit_name}) is yours: you moved from the waitlist to enrolled.`, due_on: null, created_at: nowOf(ctx) })
      .execute();
    promoted.push(next.id);
    taken++;
  }
  return promoted;
}
