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

/** Citable id of an edition's proceedings in the bulletin ("3-4-P"); adopted texts are "3-4-1", "3-4-2"… */
export const proceedingsPublicId = (seriesId: number, ordinal: number): string => `${seriesId}-${ordinal}-P`;

/**
 * Approves the record of proceedings: it becomes immutable (the database refuses changes), is
 * published in the bulletin under a citable id, and the convention is closed. Its digest enters the
 * audit chain.
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
    // Published with the approval itself: the approved row can never be changed afterwards.
    const publicId = proceedingsPublicId(convention.series_id, convention.ordinal);
    const published = { status: 'approved' as const, approved_at: at, approved_by: by, public_id: publicId, published_at: at };
    if (!(await updateDraftProceedingsIfVersion(trx, s.org.id, draft.id, draft.version, published))) throw staleWrite(`The proceedings of convention ${convention.id}`);
    if (!(await updateConventionIfVersion(trx, s.org.id, convention.id, convention.version, { status: 'closed', updated_at: at }))) throw staleWrite(`Convention ${convention.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'proceedings.approve', entityType: 'convention', entityId: convention.id, data: { sha256: draft.content_hash, publicId } });
    return proceedingsView({ ...draft, ...published, version: draft.version + 1 });
  });
}
