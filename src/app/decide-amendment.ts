import { AppError } from '../core/errors.js';
import { decideAmendmentRow, findAmendment, findMotion, updateMotionIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

/** Accepts an amendment (the draft now reads as amended) or rejects it, as the convention decided. */
export async function decideAmendment(ctx: AppContext, input: { org: string; motionId: number; amendmentId: number; accept: boolean; version: number }): Promise<MotionView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion } = await motionFor(trx, s, input.motionId, 'run_meetings');
    checkVersion(`Motion ${motion.id}`, motion.version, input.version);
    const amendment = await findAmendment(trx, s.org.id, input.amendmentId);
    if (!amendment || amendment.motion_id !== motion.id) throw new AppError('not_found', `Amendment with id ${input.amendmentId} was not found`);
    if (motion.status !== 'draft' || amendment.status !== 'proposed') throw new AppError('invalid_transition', `Amendment ${amendment.id} is ${amendment.status} and motion ${motion.id} is ${motion.status}`);
    const at = nowOf(ctx);
    if (!(await decideAmendmentRow(trx, s.org.id, amendment.id, input.accept ? 'accepted' : 'rejected', at))) throw staleWrite(`Amendment ${amendment.id}`);
    const patch = input.accept ? { text: amendment.text, updated_at: at } : { updated_at: at };
    if (!(await updateMotionIfVersion(trx, s.org.id, motion.id, motion.version, patch))) throw staleWrite(`Motion ${motion.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: input.accept ? 'motion.amendment_accept' : 'motion.amendment_reject', entityType: 'motion', entityId: motion.id, data: { amendmentId: amendment.id } });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
