import { AppError } from '../core/errors.js';
import { findUserById } from '../store/user.repository.js';
import type { Executor } from '../store/database.js';
import type { AppContext } from './context.js';

/**
 * Accounts are managed by the local operator (the CLI on the server) or by a system administrator.
 * Everyone else is refused, whatever interface they come through.
 */
export async function assertAccountAdmin(db: Executor, ctx: AppContext): Promise<void> {
  if (ctx.actor.kind === 'system') return;
  const user = await findUserById(db, ctx.actor.userId);
  if (!user || user.is_admin !== 1 || user.disabled_at !== null) throw new AppError('forbidden', 'Only administrators manage accounts');
}

/** The acting user's id; accounts' own operations (tokens, logout) need a person, not the system. */
export function actingUserId(ctx: AppContext): number {
  if (ctx.actor.kind !== 'user') throw new AppError('unauthorized', 'This needs a logged-in user');
  return ctx.actor.userId;
}
