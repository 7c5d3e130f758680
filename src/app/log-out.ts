import type { Executor } from '../store/database.js';
import { revokeSession, revokeSessionsOfUser } from '../store/session.repository.js';
import { actingUserId } from './account-admin.js';
import { SESSION_IDLE_MS } from './account-policy.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';

/** Revokes a user's sessions that are still alive (within both timeouts); returns how many. */
export async function revokeLiveSessions(trx: Executor, ctx: AppContext, userId: number): Promise<number> {
  const now = ctx.clock();
  return revokeSessionsOfUser(trx, userId, now.toISOString(), new Date(now.getTime() - SESSION_IDLE_MS).toISOString());
}

/** Ends one of the acting user's sessions (the one the request came with). */
export async function logOut(ctx: AppContext, sessionId: number): Promise<void> {
  const userId = actingUserId(ctx);
  await inTransaction(ctx, async (trx) => {
    await revokeSession(trx, userId, sessionId, nowOf(ctx));
    await recordAudit(trx, ctx, { orgId: null, action: 'user.logout', entityType: 'user', entityId: userId, data: { sessionId } });
  });
}

/** Ends every session of the acting user, on every device (API tokens are revoked one by one). */
export async function logOutEverywhere(ctx: AppContext): Promise<{ revoked: number }> {
  const userId = actingUserId(ctx);
  return inTransaction(ctx, async (trx) => {
    const revoked = await revokeLiveSessions(trx, ctx, userId);
    await recordAudit(trx, ctx, { orgId: null, action: 'user.logout_everywhere', entityType: 'user', entityId: userId, data: { revokedSessions: revoked } });
    return { revoked };
  });
}
