import { AppError } from '../core/errors.js';
import { placementFor } from '../core/training/enrolment-states.js';
import { countEnrolled, findOpenEnrolment, insertEnrolment, lockClass } from '../store/course.repository.js';
import { scopedOrg } from './access.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { fillFreePlaces, recordNewEnrolment, stepEnrolment } from './enrolment-workflow.js';
import { getEnrolment } from './enrolment-queries.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason } from './refs.js';
import { classFor, enrolmentFor } from './training-access.js';
import type { EnrolmentView } from './training-views.js';

export interface TransferEnrolmentInput {
  org: string;
  enrolmentId: number;
  toClassId: number;
  reason: string;
  version: number;
  /** Enrol in the new class even though it is full (with the reason). */
  overCapacityReason?: string | undefined;
}

/**
 * Moves a student to another class: this enrolment ends `transferred`, a new one opens in the other
 * class (a free place, or its waitlist), and the place left behind goes to the first waiting here.
 */
export async function transferEnrolment(ctx: AppContext, input: TransferEnrolmentInput): Promise<EnrolmentView> {
  const reason = requireReason(input.reason);
  const override = input.overCapacityReason === undefined ? null : requireReason(input.overCapacityReason);
  const newId = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { enrolment, klass } = await enrolmentFor(trx, s, input.enrolmentId, 'write_members');
    const target = await classFor(trx, s, input.toClassId, 'write_members', 'enrol students in');
    if (target.id === klass.id) throw new AppError('validation_failed', 'The student is already in this class', { problems: [{ path: 'toClassId', message: 'another class' }] });
    const pg = ctx.database.dialect === 'postgres';
    // Lock both classes in id order, so two opposite transfers cannot deadlock.
    for (const id of [klass.id, target.id].sort((a, b) => a - b)) await lockClass(trx, s.org.id, id, pg);
    checkVersion(`Enrolment ${enrolment.id}`, enrolment.version, input.version);
    if (await findOpenEnrolment(trx, s.org.id, target.id, enrolment.member_id)) throw new AppError('already_exists', `The student already has an enrolment in class '${target.unit_code}'`);
    const taken = await countEnrolled(trx, s.org.id, target.id);
    const action = placementFor(taken, target.capacity, override !== null);
    const at = nowOf(ctx);
    const created = await insertEnrolment(trx, {
      org_id: s.org.id,
      class_id: target.id,
      member_id: enrolment.member_id,
      state: action === 'enrol' ? 'enrolled' : 'waitlisted',
      waitlisted_at: action === 'waitlist' ? at : null,
      over_capacity_reason: action === 'enrol' && taken >= target.capacity ? override : null,
      final_piece: null,
      transferred_to_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordNewEnrolment(trx, ctx, s.org.id, created, action, reason, { transferredFrom: enrolment.id });
    await stepEnrolment(trx, ctx, s.org.id, enrolment, 'transfer', { reason, patch: { transferred_to_id: created.id, waitlisted_at: null }, data: { toClassId: target.id, newEnrolmentId: created.id } });
    await fillFreePlaces(trx, ctx, s.org.id, klass);
    return created.id;
  });
  return getEnrolment(ctx, input.org, newId);
}
