import { AppError } from '../core/errors.js';
import { endQualificationIfVersion, findQualification } from '../store/qualification.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';
import { qualificationView, type QualificationView } from './training-views.js';

/**
 * Ends an instructor's qualification or licence now (withdrawn by its issuer, recorded in error):
 * it stays on record and is no longer valid, so it no longer allows teaching its area. Needs write
 * access to the holder's record; a qualification out of sight answers like a missing one.
 */
export async function endQualification(ctx: AppContext, input: { org: string; qualificationId: number; reason: string; version: number }): Promise<QualificationView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const missing = new AppError('not_found', `Qualification with id ${input.qualificationId} was not found`);
    const q = await findQualification(trx, s.org.id, input.qualificationId);
    if (!q) throw missing;
    await memberFor(trx, s, { id: q.member_id }, 'write_members').catch((e: unknown) => {
      throw e instanceof AppError && e.code === 'not_found' ? missing : e;
    });
    checkVersion(`Qualification ${q.id}`, q.version, input.version);
    if (q.revoked_at !== null) throw new AppError('invalid_transition', `Qualification ${q.id} already ended on ${q.revoked_at.slice(0, 10)}`);
    const at = nowOf(ctx);
    if (!(await endQualificationIfVersion(trx, s.org.id, q.id, q.version, at))) throw staleWrite(`Qualification ${q.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'qualification.end', entityType: 'qualification', entityId: q.id, reason, data: { memberId: q.member_id, area: q.area, kind: q.kind } });
    return qualificationView({ ...q, revoked_at: at, version: q.version + 1 }, todayOf(ctx));
  });
}
