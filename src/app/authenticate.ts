import { AppError } from '../core/errors.js';
import { findApiTokenWithUser } from '../store/api-token.repository.js';
import { findSessionWithUser, touchSession } from '../store/session.repository.js';
import { SESSION_IDLE_MS, SESSION_TOUCH_EVERY_MS } from './account-policy.js';
import { accountStandingProblem } from './account-standing.js';
import { readDb, type Actor, type AppContext } from './context.js';
import { isSecretOf, secretHash } from './secret-token.js';

/** Who a request comes from, and by which credential. */
export interface Principal {
  userId: number;
  username: string;
  isAdmin: boolean;
  via: 'session' | 'token';
  /** The session or API token row. */
  credentialId: number;
  /** What the credential allows: a read token may only read. Sessions can do what their user can. */
  scope: 'read' | 'write';
  /** When the credential ends at the latest. */
  expiresAt: string;
}

export const principalActor = (p: Principal): Actor => ({ kind: 'user', userId: p.userId, username: p.username });

const rejected = (detail: string): AppError => new AppError('unauthorized', detail, { hint: 'Log in again (POST /api/v1/auth/login) or send a valid API token' });

/**
 * The user behind a session token: one query reads the session with its user, so a disabled
 * account or a revoked session is refused on the very next request.
 */
export async function authenticateSession(ctx: AppContext, token: string): Promise<Principal> {
  if (!isSecretOf('session', token)) throw rejected('The session is not valid');
  const row = await findSessionWithUser(readDb(ctx), secretHash(token));
  if (!row) throw rejected('The session is not valid');
  const problem = accountStandingProblem(row);
  if (problem) throw rejected(problem);
  if (row.revoked_at !== null) throw rejected('The session has ended');
  const now = ctx.clock().getTime();
  if (now >= Date.parse(row.expires_at) || now - Date.parse(row.last_seen_at) >= SESSION_IDLE_MS) throw rejected('The session has expired');
  if (now - Date.parse(row.last_seen_at) >= SESSION_TOUCH_EVERY_MS) await touchSession(readDb(ctx), row.id, new Date(now).toISOString());
  return { userId: row.user_id, username: row.username, isAdmin: row.is_admin === 1, via: 'session', credentialId: row.id, scope: 'write', expiresAt: row.expires_at };
}

/** The user behind an API token (`Authorization: Bearer cbt_…`), with the token's scope. */
export async function authenticateApiToken(ctx: AppContext, token: string): Promise<Principal> {
  if (!isSecretOf('api', token)) throw rejected('The API token is not valid');
  const row = await findApiTokenWithUser(readDb(ctx), secretHash(token));
  if (!row) throw rejected('The API token is not valid');
  const problem = accountStandingProblem(row);
  if (problem) throw rejected(problem);
  if (row.revoked_at !== null) throw rejected('The API token was revoked');
  if (ctx.clock().getTime() >= Date.parse(row.expires_at)) throw rejected('The API token has expired');
  return { userId: row.user_id, username: row.username, isAdmin: row.is_admin === 1, via: 'token', credentialId: row.id, scope: row.scope, expiresAt: row.expires_at };
}
