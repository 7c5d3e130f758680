import { AppError } from '../core/errors.js';
import { findMotion, nextPublicNumber, updateMotionIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

/**
 * Publishes an adopted text in the organization's public bulletin under a stable, citable id
 * ("<series>-<edition>-<n>": "1-4-2" is the second text published from the 4th edition of series 1).
 * Publication cannot be undone: a citation must keep working.
 */
export async function publishText(ctx: AppContext, input: { org: string; motionId: number; version: number }): Promise<MotionView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, convention } = await motionFor(trx, s, input.motionId, 'run_meetings');
    checkVersion(`Motion ${motion.id}`, motion.version, input.version);
    if (motion.status !== 'adopted') throw new AppError('invalid_transition', `Motion ${motion.id} is ${motion.status}; only adopted texts are published`);
    if (motion.published_at !== null) throw new AppError('invalid_transition', `Motion ${motion.id} is already published as ${motion.public_id ?? ''}`);
    const prefix = `${convention.series_id}-${convention.ordinal}-`;
    const publicId = `${prefix}${await nextPublicNumber(trx, s.org.id, prefix)}`;
    const at = nowOf(ctx);
    if (!(await updateMotionIfVersion(trx, s.org.id, motion.id, motion.version, { public_id: publicId, published_at: at, updated_at: at }))) throw staleWrite(`Motion ${motion.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.publish', entityType: 'motion', entityId: motion.id, data: { publicId } });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
