import { AppError } from '../core/errors.js';
import { clientAddressKey } from '../core/client-address.js';
import { normalizeUsername } from '../core/username.js';
import { deleteDeadSessionsOfUser, insertSession, revokeSessionByHash } from '../store/session.repository.js';
import { findLoginAccount } from '../store/user.repository.js';
import { loginPerAccount, loginPerAddress, SESSION_ABSOLUTE_MS } from './account-policy.js';
import { accountStandingProblem } from './account-standing.js';
import { recordAudit } from './audit-log.js';
import { actingAs, inTransaction, readDb, type AppContext } from './context.js';
import { countAttempt, forgetAttempts, uncountAttempt } from './login-throttle.js';
import { decoyHash, passwordHasher } from './password-hashing.js';
import { isSecretOf, newSecret, secretHash } from './secret-token.js';

export interface LogInInput {
  username: string;
  password: string;
  /** The client's address, for rate limiting. */
  address: string;
  /** The session token the client still holds, if any: it is revoked (rotation at login). */
  previousToken?: string | null | undefined;
}

export interface NewSession {
  /** Goes into the cookie; only its hash is stored. */
  token: string;
  expiresAt: string;
  user: { id: number; username: string; isAdmin: boolean };
}

const wrong = (): AppError => new AppError('unauthorized', 'Wrong username or password');

/**
 * Checks a password and opens a new session. Both rate limits (per account, per address) are
 * counted before anything is looked up or hashed, so a flood is refused with 429 at the cost of a
 * database write or two, and an unknown, disabled or password-less account costs the same hash as a real
 * one, so timing does not tell which usernames exist.
 */
export async function logIn(ctx: AppContext, input: LogInInput): Promise<NewSession> {
  const username = normalizeUsername(input.username);
  const byAddress = await countAttempt(ctx, loginPerAddress, clientAddressKey(input.address));
  const byAccount = await countAttempt(ctx, loginPerAccount, username);
  const user = await findLoginAccount(readDb(ctx), username);
  const stored = user && accountStandingProblem(user) === null ? user.password_hash : null;
  const matches = await passwordHasher.verify(stored ?? (await decoyHash()), input.password);
  if (!user || stored === null || !matches) throw wrong();
  await forgetAttempts(ctx, byAccount, loginPerAccount);
  await uncountAttempt(ctx, byAddress);

  const now = ctx.clock();
  const at = now.toISOString();
  const token = newSecret('session');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString();
  const asUser = actingAs(ctx, { kind: 'user', userId: user.id, username: user.username });
  return inTransaction(ctx, async (trx) => {
    if (input.previousToken && isSecretOf('session', input.previousToken)) await revokeSessionByHash(trx, secretHash(input.previousToken), at);
    await deleteDeadSessionsOfUser(trx, user.id, at);
    const sessionId = await insertSession(trx, { token_hash: secretHash(token), user_id: user.id, created_at: at, last_seen_at: at, expires_at: expiresAt, revoked_at: null });
    await recordAudit(trx, asUser, { orgId: null, action: 'user.login', entityType: 'user', entityId: user.id, data: { sessionId } });
    return { token, expiresAt, user: { id: user.id, username: user.username, isAdmin: user.is_admin === 1 } };
  });
}
