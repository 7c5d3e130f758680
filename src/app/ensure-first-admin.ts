import { AppError } from '../core/errors.js';
import { countUsers } from '../store/user.repository.js';
import { readDb, type AppContext } from './context.js';
import { createUser } from './create-user.js';

export const FIRST_ADMIN = 'admin';

/**
 * On a server with no accounts, creates the administrator `admin` without a password and returns
 * its one-time setup token; null when accounts exist. Two servers starting at once cannot both
 * create it: the username is unique, and the loser returns null.
 */
export async function ensureFirstAdmin(ctx: AppContext): Promise<{ username: string; token: string; expiresAt: string } | null> {
  if ((await countUsers(readDb(ctx))) > 0) return null;
  try {
    const { user, setup } = await createUser(ctx, { username: FIRST_ADMIN, isAdmin: true });
    return setup ? { username: user.username, ...setup } : null;
  } catch (e) {
    if (e instanceof AppError && e.code === 'already_exists') return null;
    throw e;
  }
}
