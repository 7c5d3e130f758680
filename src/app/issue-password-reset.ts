import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { insertPasswordReset, voidPasswordResetsOfUser } from '../store/password-reset.repository.js';
import { RESET_TOKEN_TTL_MS } from './account-policy.js';
import { assertAccountAdmin } from './account-admin.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, type AppContext } from './context.js';
import { newSecret, secretHash } from './secret-token.js';
import { resolveUser } from './user-queries.js';

export interface IssuedReset {
  username: string;
  /** Shown once to the administrator, who hands it to the person; only its hash is stored. */
  token: string;
  expiresAt: string;
}

/**
 * Stores a new one-time reset token for a user (voiding older unused ones) inside the caller's
 * transaction; used for password resets and for the first password of a new account.
 */
export async function storeResetToken(trx: Executor, ctx: AppContext, userId: number): Promise<{ token: string; expiresAt: string }> {
  const now = ctx.clock();
  const token = newSecret('reset');
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS).toISOString();
  await voidPasswordResetsOfUser(trx, userId, now.toISOString());
  await insertPasswordReset(trx, { token_hash: secretHash(token), user_id: userId, expires_at: expiresAt, created_at: now.toISOString() });
  return { token, expiresAt };
}

/** An administrator issues a one-time password-reset token for `username` (valid once, 30 minutes). */
export async function issuePasswordReset(ctx: AppContext, username: string): Promise<IssuedReset> {
  return inTransaction(ctx, async (trx) => {
    await assertAccountAdmin(trx, ctx);
    const user = await resolveUser(trx, username);
    if (user.disabled_at !== null) throw new AppError('invalid_transition', `User '${user.username}' is disabled`, { hint: `Enable the account first: cellbook user enable ${user.username}` });
    const { token, expiresAt } = await storeResetToken(trx, ctx, user.id);
    await recordAudit(trx, ctx, { orgId: null, action: 'user.reset_issued', entityType: 'user', entityId: user.id, data: { username: user.username, expiresAt } });
    return { username: user.username, token, expiresAt };
  });
}
