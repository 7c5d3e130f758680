import { AppError } from '../core/errors.js';
import { acknowledgeDispatch, findDispatch, findMotion } from '../store/motion.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, type AppContext } from './context.js';
import { motionNotFound } from './motion-access.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';

/** A unit acknowledges a decision sent down to it (its secretary, or staff above it). */
export async function acknowledgeDecision(ctx: AppContext, input: { org: string; motionId: number; unit: UnitRef }): Promise<{ motionId: number; unitId: number; acknowledgedAt: string }> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const unit = await unitFor(trx, s, input.unit, 'run_meetings');
    const motion = await findMotion(trx, s.org.id, input.motionId);
    const dispatch = motion ? await findDispatch(trx, s.org.id, motion.id, unit.id) : undefined;
    // A decision not sent to this unit is, from here, a decision that does not exist.
    if (!motion || !dispatch) throw motionNotFound(input.motionId);
    if (dispatch.acknowledged_at !== null) throw new AppError('invalid_transition', `'${unit.code}' acknowledged this decision on ${dispatch.acknowledged_at}`);
    const at = nowOf(ctx);
    if (!(await acknowledgeDispatch(trx, s.org.id, dispatch.id, at, actorName(ctx.actor)))) throw new AppError('version_conflict', 'Acknowledged by someone else meanwhile');
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'decision.acknowledge', entityType: 'motion', entityId: motion.id, data: { unitCode: unit.code } });
    return { motionId: motion.id, unitId: unit.id, acknowledgedAt: at };
  });
}
