import { createHash, randomBytes } from 'node:crypto';
import { adminTokenExists, countAdminTokens, deleteAdminTokens, insertAdminToken } from '../store/token.repository.js';
import { nowOf, readDb, type AppContext } from './context.js';

/**
 * Until accounts exist, the API is guarded by one admin token. Only its SHA-256 is stored (the
 * token has 256 bits of entropy, so a slow hash adds nothing); the token itself is shown once.
 */
const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

export function generateAdminToken(): string {
  return `cbk_${randomBytes(32).toString('base64url')}`;
}

/** Creates the admin token on first start; returns it, or null when one already exists. */
export async function ensureAdminToken(ctx: AppContext): Promise<string | null> {
  if ((await countAdminTokens(readDb(ctx))) > 0) return null;
  return replaceAdminToken(ctx);
}

/** Revokes every admin token and issues a new one (for a lost or leaked token). */
export async function replaceAdminToken(ctx: AppContext): Promise<string> {
  const token = generateAdminToken();
  await ctx.database.db.transaction().execute(async (trx) => {
    await deleteAdminTokens(trx);
    await insertAdminToken(trx, hashToken(token), 'admin', nowOf(ctx));
  });
  return token;
}

export async function isValidAdminToken(ctx: AppContext, token: string): Promise<boolean> {
  if (!/^cbk_[A-Za-z0-9_-]{43}$/.test(token)) return false;
  // Looked up by hash: timing can reveal at most a hash prefix, never the token.
  return adminTokenExists(readDb(ctx), hashToken(token));
}
