import { AppError } from '../core/errors.js';
import { placementFor } from '../core/training/enrolment-states.js';
import { countEnrolled, findOpenEnrolment, insertEnrolment, lockClass, type EnrolmentRow } from '../store/course.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { fillFreePlaces, recordNewEnrolment, stepEnrolment } from './enrolment-workflow.js';
import { getEnrolment } from './enrolment-queries.js';
import { loadOrg } from './org-scope.js';
import { requireReason, type MemberRef } from './refs.js';
import { classFor } from './training-access.js';
import type { EnrolmentView } from './training-views.js';
import { isActiveStatus, type MemberStatus } from '../core/member-status.js';

export interface EnrolStudentInput {
  org: string;
  classId: number;
  member: MemberRef;
  /** Record an enquiry only: no place is taken or queued for yet. */
  enquiry?: boolean | undefined;
  /** Enrol even though the class is full: only with a reason, kept on the record. */
  overCapacityReason?: string | undefined;
}

/**
 * Enrols a student in a class: a free place if there is one, otherwise the waitlist — unless the
 * class is full and an override with a reason is given. A student's open enquiry is turned into
 * the enrolment.
 */
export async function enrolStudent(ctx: AppContext, input: EnrolStudentInput): Promise<EnrolmentView> {
  const override = input.overCapacityReason === undefined ? null : requireReason(input.overCapacityReason);
  const id = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const klass = await classFor(trx, s, input.classId, 'write_members', 'enrol students in');
    await lockClass(trx, s.org.id, klass.id, ctx.database.dialect === 'postgres');
    const member = await memberFor(trx, s, input.member, 'read');
    if (!isActiveStatus(member.status as MemberStatus)) throw new AppError('rule_violation', `Member '${member.member_no}' is not an active member`);
    const open = await findOpenEnrolment(trx, s.org.id, klass.id, member.id);
    if (open && (open.state !== 'enquiry' || input.enquiry)) throw new AppError('already_exists', `Member '${member.member_no}' is already ${open.state} in class '${klass.unit_code}' (enrolment ${open.id})`);
    // Places free up for those waiting first, so a newcomer never overtakes the waitlist.
    await fillFreePlaces(trx, ctx, s.org.id, klass);
    const at = nowOf(ctx);
    if (input.enquiry) {
      const e = await insertEnrolment(trx, { org_id: s.org.id, class_id: klass.id, member_id: member.id, state: 'enquiry', waitlisted_at: null, over_capacity_reason: null, final_piece: null, transferred_to_id: null, version: 1, created_at: at, updated_at: at });
      await recordNewEnrolment(trx, ctx, s.org.id, e, 'enquire', null);
      return e.id;
    }
    const taken = await countEnrolled(trx, s.org.id, klass.id);
    const full = taken >= klass.capacity;
    const action = placementFor(taken, klass.capacity, override !== null);
    const patch = { waitlisted_at: action === 'waitlist' ? at : null, over_capacity_reason: full && action === 'enrol' ? override : null };
    let e: EnrolmentRow;
    if (open) e = await stepEnrolment(trx, ctx, s.org.id, open, action, { reason: patch.over_capacity_reason, patch });
    else {
      e = await insertEnrolment(trx, { org_id: s.org.id, class_id: klass.id, member_id: member.id, state: action === 'enrol' ? 'enrolled' : 'waitlisted', ...patch, final_piece: null, transferred_to_id: null, version: 1, created_at: at, updated_at: at });
      await recordNewEnrolment(trx, ctx, s.org.id, e, action, patch.over_capacity_reason, { overCapacity: patch.over_capacity_reason !== null });
    }
    return e.id;
  });
  return getEnrolment(ctx, input.org, id);
}
