import { AppError } from '../core/errors.js';
import { findFeedToken, insertFeedToken, revokeFeedTokensOfUser } from '../store/feed-token.repository.js';
import { recordAudit } from './audit-log.js';
import { actingAs, inTransaction, nowOf, readDb, type AppContext } from './context.js';
import { isSecretOf, newSecret, secretHash } from './secret-token.js';

/**
 * Calendar apps subscribe to a URL and send no other credential, so a calendar feed carries a
 * per-user secret in its query string: 256 random bits, stored only as SHA-256, one live token per
 * user. Issuing a new one revokes the old; revoking stops every subscription at once. The token
 * only reads calendars (see routes/feeds.ts), with the user's own access.
 */
export async function issueFeedToken(ctx: AppContext): Promise<{ token: string }> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('validation_failed', 'Feed tokens belong to user accounts', { hint: 'Log in as a user' });
  return inTransaction(ctx, async (trx) => {
    const at = nowOf(ctx);
    await revokeFeedTokensOfUser(trx, actor.userId, at);
    const token = newSecret('feed');
    await insertFeedToken(trx, actor.userId, secretHash(token), at);
    await recordAudit(trx, ctx, { orgId: null, action: 'feed_token.issue', entityType: 'user', entityId: actor.userId });
    return { token };
  });
}

export async function revokeFeedToken(ctx: AppContext): Promise<{ revoked: number }> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new AppError('validation_failed', 'Feed tokens belong to user accounts');
  return inTransaction(ctx, async (trx) => {
    const revoked = await revokeFeedTokensOfUser(trx, actor.userId, nowOf(ctx));
    await recordAudit(trx, ctx, { orgId: null, action: 'feed_token.revoke', entityType: 'user', entityId: actor.userId, data: { revoked } });
    return { revoked };
  });
}

/** The context acting as the feed token's user; a bad, revoked or disabled one is refused alike. */
export async function authenticateFeedToken(ctx: AppContext, token: string | undefined): Promise<AppContext> {
  const refused = new AppError('unauthorized', 'This calendar link is not valid (revoked or mistyped)', { hint: 'Create a new calendar link with POST /api/v1/auth/feed-token' });
  if (token === undefined || !isSecretOf('feed', token)) throw refused;
  const row = await findFeedToken(readDb(ctx), secretHash(token));
  if (!row || row.disabled_at !== null) throw refused;
  return actingAs(ctx, { kind: 'user', userId: row.user_id, username: row.username });
}
