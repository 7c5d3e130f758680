import { AppError } from '../core/errors.js';
import { updateUser } from '../store/user.repository.js';
import { assertAccountAdmin } from './account-admin.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, type AppContext } from './context.js';
import { resolveUser } from './user-queries.js';

/** Enables a disabled account again. Its old credentials stay revoked: the person logs in anew. */
export async function enableUser(ctx: AppContext, input: { username: string; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await assertAccountAdmin(trx, ctx);
    const user = await resolveUser(trx, input.username);
    if (user.disabled_at === null) throw new AppError('invalid_transition', `User '${user.username}' is not disabled`);
    if (!(await updateUser(trx, user.id, user.version, { disabled_at: null }))) throw new AppError('version_conflict', `User '${user.username}' was changed meanwhile; try again`);
    await recordAudit(trx, ctx, { orgId: null, action: 'user.enable', entityType: 'user', entityId: user.id, reason: input.reason ?? null, data: { username: user.username } });
  });
}
