import { AppError } from '../core/errors.js';
import { findMotion, updateMotionIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';

/**
 * Withdraws a motion before its vote closes — by its mover, or by whoever chairs (runs) the
 * convention. Ballots already cast are kept but never counted; the reason is kept with the motion.
 */
export async function withdrawMotion(ctx: AppContext, input: { org: string; motionId: number; reason: string; version: number }): Promise<MotionView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, unit } = await motionFor(trx, s, input.motionId, 'read_names', { onRoster: true });
    const chair = s.access.allows('run_meetings', unit.path);
    const mover = motion.mover_member_id !== null && motion.mover_member_id === s.access.ownMemberId;
    if (!chair && !mover) throw new AppError('forbidden', `Only the mover of motion ${motion.id} or the chair may withdraw it`);
    checkVersion(`Motion ${motion.id}`, motion.version, input.version);
    if (motion.status !== 'draft' && motion.status !== 'voting') throw new AppError('invalid_transition', `Motion ${motion.id} is ${motion.status}: only a motion whose vote has not closed can be withdrawn`);
    const at = nowOf(ctx);
    const patch = { status: 'withdrawn' as const, withdrawn_at: at, withdrawn_reason: reason, updated_at: at };
    if (!(await updateMotionIfVersion(trx, s.org.id, motion.id, motion.version, patch))) throw staleWrite(`Motion ${motion.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.withdraw', entityType: 'motion', entityId: motion.id, reason, data: { from: motion.status, by: chair ? 'chair' : 'mover' } });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
