import { lockClass } from '../store/course.repository.js';
import { scopedOrg } from './access.js';
import { inTransaction, type AppContext } from './context.js';
import { fillFreePlaces, stepEnrolment } from './enrolment-workflow.js';
import { getEnrolment } from './enrolment-queries.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason } from './refs.js';
import { enrolmentFor } from './training-access.js';
import type { EnrolmentView } from './training-views.js';

export interface DropEnrolmentInput {
  org: string;
  enrolmentId: number;
  reason: string;
  version: number;
}

/** A student leaves a class (or withdraws an enquiry or their place on the waitlist); a freed place goes to the first waiting. */
export async function dropEnrolment(ctx: AppContext, input: DropEnrolmentInput): Promise<EnrolmentView & { promoted: number[] }> {
  const reason = requireReason(input.reason);
  const promoted = await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { enrolment, klass } = await enrolmentFor(trx, s, input.enrolmentId, 'write_members');
    await lockClass(trx, s.org.id, klass.id, ctx.database.dialect === 'postgres');
    checkVersion(`Enrolment ${enrolment.id}`, enrolment.version, input.version);
    await stepEnrolment(trx, ctx, s.org.id, enrolment, 'drop', { reason, patch: { waitlisted_at: null } });
    return fillFreePlaces(trx, ctx, s.org.id, klass);
  });
  return { ...(await getEnrolment(ctx, input.org, input.enrolmentId)), promoted };
}
