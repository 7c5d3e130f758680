import { AppError } from '../core/errors.js';
import { updateConventionIfVersion } from '../store/convention.repository.js';
import { findProceedings, updateDraftProceedingsIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { conventionFor } from './convention-access.js';
import { actorName, inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { proceedingsView, type ProceedingsView } from './proceedings-views.js';
import { checkVersion, staleWrite } from './refs.js';

/**
 * Approves the record of proceedings: it becomes immutable (the database refuses changes) and the
 * convention is closed. Its digest enters the audit chain.
 */
export async function approveProceedings(ctx: AppContext, input: { org: string; conventionId: number; version: number }): Promise<ProceedingsView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    const draft = await findProceedings(trx, s.org.id, convention.id);
    if (!draft || draft.status !== 'draft') throw new AppError('invalid_transition', `Convention ${convention.id} has no draft proceedings to approve`, { hint: 'Assemble the proceedings first' });
    checkVersion(`The proceedings of convention ${convention.id}`, draft.version, input.version);
    const at = nowOf(ctx);
    const by = actorName(ctx.actor);
    if (!(await updateDraftProceedingsIfVersion(trx, s.org.id, draft.id, draft.version, { status: 'approved', approved_at: at, approved_by: by }))) throw staleWrite(`The proceedings of convention ${convention.id}`);
    if (!(await updateConventionIfVersion(trx, s.org.id, convention.id, convention.version, { status: 'closed', updated_at: at }))) throw staleWrite(`Convention ${convention.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'proceedings.approve', entityType: 'convention', entityId: convention.id, data: { sha256: draft.content_hash } });
    return proceedingsView({ ...draft, status: 'approved', approved_at: at, approved_by: by, version: draft.version + 1 });
  });
}
