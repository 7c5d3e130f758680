import { AppError } from '../core/errors.js';
import { subtreeRange } from '../core/unit-path.js';
import { insertDispatches } from '../store/motion.repository.js';
import { listUnits } from '../store/unit.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor } from './motion-access.js';
import { loadOrg } from './org-scope.js';

/**
 * Sends an adopted text down to the units of the convening unit's subtree (all of them, or those
 * of the given kinds) for acknowledgement. Sending again reaches only units not yet sent to.
 */
export async function sendDownDecision(ctx: AppContext, input: { org: string; motionId: number; unitKinds?: string[] | undefined }): Promise<{ motionId: number; sent: number }> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, unit } = await motionFor(trx, s, input.motionId, 'run_meetings');
    if (motion.status !== 'adopted') throw new AppError('invalid_transition', `Motion ${motion.id} is ${motion.status}; only adopted texts are sent down`);
    const kinds = input.unitKinds ?? [];
    const unknown = kinds.filter((k) => !s.rules.hasKind(k));
    if (unknown.length > 0) throw new AppError('validation_failed', 'Unknown unit kinds', { problems: unknown.map((k) => ({ path: 'unitKinds', message: `unknown unit kind '${k}'` })) });
    const units = (await listUnits(trx, s.org.id, { subtree: subtreeRange(unit.path), limit: 10_000_000 })).filter((u) => u.id !== unit.id && (kinds.length === 0 || kinds.includes(u.kind)));
    const at = nowOf(ctx);
    const sent = await insertDispatches(trx, units.map((u) => ({ org_id: s.org.id, motion_id: motion.id, unit_id: u.id, sent_at: at, acknowledged_at: null, acknowledged_by: null })));
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'decision.send_down', entityType: 'motion', entityId: motion.id, data: { sent, unitKinds: kinds } });
    return { motionId: motion.id, sent };
  });
}
