import { AppError } from '../core/errors.js';
import { insertEnrolmentEvent, updateEnrolmentIfVersion } from '../store/course.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, type AppContext } from './context.js';
import { getEnrolment } from './enrolment-queries.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';
import { enrolmentFor } from './training-access.js';
import type { EnrolmentView } from './training-views.js';

export interface AssessFinalPieceInput {
  org: string;
  enrolmentId: number;
  result: 'passed' | 'failed';
  note?: string | undefined;
  version: number;
}

/** Records the assessment of an enrolled student's final piece (part of most completion rules). */
export async function assessFinalPiece(ctx: AppContext, input: AssessFinalPieceInput): Promise<EnrolmentView> {
  if (input.result !== 'passed' && input.result !== 'failed') throw new AppError('validation_failed', 'The result is not valid', { problems: [{ path: 'result', message: 'passed or failed' }] });
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { enrolment } = await enrolmentFor(trx, s, input.enrolmentId, 'write_members');
    checkVersion(`Enrolment ${enrolment.id}`, enrolment.version, input.version);
    if (enrolment.state !== 'enrolled') throw new AppError('invalid_transition', `Only an enrolled student's piece is assessed; this enrolment is ${enrolment.state}`);
    const at = nowOf(ctx);
    if (!(await updateEnrolmentIfVersion(trx, s.org.id, enrolment.id, enrolment.version, { final_piece: input.result, updated_at: at }))) throw staleWrite(`Enrolment ${enrolment.id}`);
    const note = input.note?.trim() || null;
    await insertEnrolmentEvent(trx, { org_id: s.org.id, enrolment_id: enrolment.id, action: 'assess', from_state: enrolment.state, to_state: enrolment.state, reason: note ? `final piece ${input.result}: ${note}` : `final piece ${input.result}`, actor: actorName(ctx.actor), at });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'enrolment.assess', entityType: 'enrolment', entityId: enrolment.id, reason: note, data: { result: input.result } });
  });
  return getEnrolment(ctx, input.org, input.enrolmentId);
}
