import { AppError } from '../core/errors.js';
import { clientAddressKey } from '../core/client-address.js';
import { assertAcceptablePassword } from '../core/password-policy.js';
import { consumePasswordReset, findPasswordResetByHash, voidPasswordResetsOfUser } from '../store/password-reset.repository.js';
import { findUserById, updateUser } from '../store/user.repository.js';
import { resetPerAddress } from './account-policy.js';
import { accountStandingProblem } from './account-standing.js';
import { recordAudit } from './audit-log.js';
import { revokeLiveSessions } from './log-out.js';
import { actingAs, inTransaction, readDb, type AppContext } from './context.js';
import { countAttempt, uncountAttempt } from './login-throttle.js';
import { passwordHasher } from './password-hashing.js';
import { isSecretOf, secretHash } from './secret-token.js';

export interface ResetPasswordInput {
  token: string;
  password: string;
  /** The client's address, for rate limiting. */
  address: string;
}

// One answer for unknown, used and expired tokens: the endpoint is no oracle for which tokens exist.
const invalid = (): AppError => new AppError('unauthorized', 'The reset token is not valid: it is unknown, used or expired', { hint: 'Ask an administrator for a new one (cellbook user reset <username>)' });

/**
 * Sets a new password with a one-time token from `user create` or `user reset`. The token is used
 * up, every session of the user ends (whoever knew the old password is logged out), and the
 * attempt counts against the client's address before anything is looked up or hashed.
 */
export async function resetPassword(ctx: AppContext, input: ResetPasswordInput): Promise<{ username: string }> {
  const attempt = await countAttempt(ctx, resetPerAddress, clientAddressKey(input.address));
  if (!isSecretOf('reset', input.token)) throw invalid();
  const db = readDb(ctx);
  const reset = await findPasswordResetByHash(db, secretHash(input.token));
  const now = ctx.clock();
  if (!reset || reset.used_at !== null || now.getTime() >= Date.parse(reset.expires_at)) throw invalid();
  const user = await findUserById(db, reset.user_id);
  if (!user || accountStandingProblem({ disabled_at: user.disabled_at, member_status: null }) !== null) throw invalid();
  // A refused password leaves the token usable, so the person can try a better one.
  assertAcceptablePassword(input.password, user.username);
  await uncountAttempt(ctx, attempt);
  const passwordHash = await passwordHasher.hash(input.password);
  const asUser = actingAs(ctx, { kind: 'user', userId: user.id, username: user.username });
  await inTransaction(ctx, async (trx) => {
    const at = now.toISOString();
    if (!(await consumePasswordReset(trx, reset.id, at))) throw invalid();
    const fresh = await findUserById(trx, user.id);
    if (!fresh || !(await updateUser(trx, fresh.id, fresh.version, { password_hash: passwordHash }))) throw new AppError('version_conflict', 'The account was changed meanwhile; try again');
    const sessions = await revokeLiveSessions(trx, ctx, user.id);
    await voidPasswordResetsOfUser(trx, user.id, at);
    await recordAudit(trx, asUser, { orgId: null, action: 'user.password_set', entityType: 'user', entityId: user.id, data: { username: user.username, via: 'reset_token', revokedSessions: sessions } });
  });
  return { username: user.username };
}
