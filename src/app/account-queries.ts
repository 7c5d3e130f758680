import { listApiTokensOfUser } from '../store/api-token.repository.js';
import { findUserById } from '../store/user.repository.js';
import { AppError } from '../core/errors.js';
import { actingUserId } from './account-admin.js';
import { apiTokenView, type ApiTokenView } from './api-tokens.js';
import { readDb, type AppContext } from './context.js';

/** The acting user's API tokens (never the tokens themselves: only their labels and dates). */
export async function listOwnApiTokens(ctx: AppContext): Promise<ApiTokenView[]> {
  return (await listApiTokensOfUser(readDb(ctx), actingUserId(ctx))).map(apiTokenView);
}

/** The acting user's own account. */
export async function ownAccount(ctx: AppContext): Promise<{ id: number; username: string; isAdmin: boolean; orgId: number | null; memberId: number | null }> {
  const user = await findUserById(readDb(ctx), actingUserId(ctx));
  if (!user) throw new AppError('unauthorized', 'The account no longer exists');
  return { id: user.id, username: user.username, isAdmin: user.is_admin === 1, orgId: user.org_id, memberId: user.member_id };
}
