import type { Executor } from './database.js';

export async function revokeFeedTokensOfUser(db: Executor, userId: number, at: string): Promise<number> {
  const res = await db.updateTable('feed_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export async function insertFeedToken(db: Executor, userId: number, tokenHash: string, at: string): Promise<void> {
  await db.insertInto('feed_tokens').values({ user_id: userId, token_hash: tokenHash, created_at: at, revoked_at: null }).execute();
}

/** The live feed token with this hash and its user (with what authorization needs to know). */
export async function findFeedToken(db: Executor, tokenHash: string): Promise<{ user_id: number; username: string; disabled_at: string | null } | undefined> {
  return db
    .selectFrom('feed_tokens as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.user_id', 'u.username', 'u.disabled_at'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();
}
