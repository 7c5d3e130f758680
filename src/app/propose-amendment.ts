import { AppError, type Problem } from '../core/errors.js';
import { insertAmendment } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, failOn } from './meeting-input.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';

/** Proposes an amendment to a draft: the full text as it would read if accepted, and why. */
export async function proposeAmendment(ctx: AppContext, input: { org: string; motionId: number; text: string; rationale?: string | undefined }): Promise<MotionView> {
  const problems: Problem[] = [];
  const text = checkText(input.text, 'text', 200_000, problems);
  const rationale = checkText(input.rationale, 'rationale', 5000, problems, false);
  failOn(problems, 'The amendment is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion } = await motionFor(trx, s, input.motionId, 'run_meetings');
    if (motion.status !== 'draft') throw new AppError('invalid_transition', `Motion ${motion.id} is ${motion.status}; only a draft can be amended`);
    const row = await insertAmendment(trx, { org_id: s.org.id, motion_id: motion.id, text, rationale: rationale === '' ? null : rationale, status: 'proposed', created_at: nowOf(ctx), decided_at: null });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.amendment', entityType: 'motion', entityId: motion.id, data: { amendmentId: row.id } });
    return motionViewOf(trx, motion);
  });
}
