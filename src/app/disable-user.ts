import { AppError } from '../core/errors.js';
import { revokeApiTokensOfUser } from '../store/api-token.repository.js';
import { voidPasswordResetsOfUser } from '../store/password-reset.repository.js';
import { countEnabledAdmins, updateUser } from '../store/user.repository.js';
import { assertAccountAdmin } from './account-admin.js';
import { recordAudit } from './audit-log.js';
import { revokeLiveSessions } from './log-out.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { resolveUser } from './user-queries.js';

/**
 * Disables an account: it is refused from the very next request (every request reads
 * `disabled_at`), and its sessions, API tokens and reset tokens are revoked so that enabling it
 * later does not bring old credentials back.
 */
export async function disableUser(ctx: AppContext, input: { username: string; reason?: string | undefined }): Promise<void> {
  await inTransaction(ctx, async (trx) => {
    await assertAccountAdmin(trx, ctx);
    const user = await resolveUser(trx, input.username);
    if (user.disabled_at !== null) throw new AppError('invalid_transition', `User '${user.username}' is already disabled`);
    if (user.is_admin === 1 && (await countEnabledAdmins(trx)) <= 1) {
      throw new AppError('invalid_transition', `User '${user.username}' is the last administrator`, { hint: 'Create another administrator first' });
    }
    const at = nowOf(ctx);
    if (!(await updateUser(trx, user.id, user.version, { disabled_at: at }))) throw new AppError('version_conflict', `User '${user.username}' was changed meanwhile; try again`);
    const sessions = await revokeLiveSessions(trx, ctx, user.id);
    const tokens = await revokeApiTokensOfUser(trx, user.id, at);
    await voidPasswordResetsOfUser(trx, user.id, at);
    await recordAudit(trx, ctx, { orgId: null, action: 'user.disable', entityType: 'user', entityId: user.id, reason: input.reason ?? null, data: { username: user.username, revokedSessions: sessions, revokedApiTokens: tokens } });
  });
}
