import { AppError } from '../core/errors.js';
import { clientAddressKey } from '../core/client-address.js';
import { insertApiToken } from '../store/api-token.repository.js';
import { API_TOKEN_MAX_DAYS, tokenCreationPerAccount, tokenCreationPerAddress } from './account-policy.js';
import { actingUserId } from './account-admin.js';
import { apiTokenView, type ApiTokenView } from './api-tokens.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, type AppContext } from './context.js';
import { countAttempt } from './login-throttle.js';
import { newSecret, secretHash } from './secret-token.js';

export interface CreateApiTokenInput {
  label: string;
  scope: 'read' | 'write';
  expiresInDays: number;
  /** How the request was authenticated: tokens are minted from a logged-in session only. */
  via: 'session' | 'token';
  address: string;
}

/**
 * Creates an API token for the acting user; the token is returned once and only its SHA-256 is
 * stored. A token cannot mint tokens, so a leaked one cannot outlive its own expiry.
 */
export async function createApiToken(ctx: AppContext, input: CreateApiTokenInput): Promise<ApiTokenView & { token: string }> {
  const userId = actingUserId(ctx);
  if (input.via !== 'session') throw new AppError('forbidden', 'API tokens are created from a logged-in session, not with another token');
  const label = input.label.trim();
  const problems = [];
  if (label.length < 1 || label.length > 100) problems.push({ path: 'label', message: '1–100 characters, to recognize the token later' });
  if (!Number.isInteger(input.expiresInDays) || input.expiresInDays < 1 || input.expiresInDays > API_TOKEN_MAX_DAYS) problems.push({ path: 'expiresInDays', message: `a whole number of days, 1–${API_TOKEN_MAX_DAYS}` });
  if (problems.length > 0) throw new AppError('validation_failed', 'The token request is not valid', { problems });
  await countAttempt(ctx, tokenCreationPerAddress, clientAddressKey(input.address));
  await countAttempt(ctx, tokenCreationPerAccount, String(userId));
  const now = ctx.clock();
  const token = newSecret('api');
  const expiresAt = new Date(now.getTime() + input.expiresInDays * 86_400_000).toISOString();
  return inTransaction(ctx, async (trx) => {
    const row = await insertApiToken(trx, { token_hash: secretHash(token), user_id: userId, label, scope: input.scope, expires_at: expiresAt, revoked_at: null, created_at: now.toISOString() });
    await recordAudit(trx, ctx, { orgId: null, action: 'api_token.create', entityType: 'api_token', entityId: row.id, data: { userId, label, scope: input.scope, expiresAt } });
    return { ...apiTokenView(row), token };
  });
}
