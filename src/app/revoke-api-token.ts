import { AppError } from '../core/errors.js';
import { findApiTokenOfUser, revokeApiToken as revokeRow } from '../store/api-token.repository.js';
import { actingUserId } from './account-admin.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';

/** Revokes one of the acting user's API tokens; another user's token answers as missing. */
export async function revokeApiToken(ctx: AppContext, id: number): Promise<void> {
  const userId = actingUserId(ctx);
  await inTransaction(ctx, async (trx) => {
    const row = await findApiTokenOfUser(trx, userId, id);
    if (!row) throw new AppError('not_found', `API token ${id} was not found`);
    if (row.revoked_at !== null) return;
    await revokeRow(trx, id, nowOf(ctx));
    await recordAudit(trx, ctx, { orgId: null, action: 'api_token.revoke', entityType: 'api_token', entityId: id, data: { userId, label: row.label } });
  });
}
