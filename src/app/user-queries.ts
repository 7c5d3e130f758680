import { AppError } from '../core/errors.js';
import { normalizeUsername } from '../core/username.js';
import type { Executor } from '../store/database.js';
import { findUserByUsername, listUsersWithLinks, type UserRow } from '../store/user.repository.js';
import { assertAccountAdmin } from './account-admin.js';
import { readDb, type AppContext } from './context.js';

export interface UserView {
  id: number;
  username: string;
  isAdmin: boolean;
  /** `active`, `disabled`, or `no_password` (created, waiting for its setup token to be used). */
  state: 'active' | 'disabled' | 'no_password';
  orgSlug: string | null;
  memberNo: string | null;
  createdAt: string;
}

export function userView(row: UserRow, links: { org_slug: string | null; member_no: string | null }): UserView {
  return {
    id: row.id,
    username: row.username,
    isAdmin: row.is_admin === 1,
    state: row.disabled_at !== null ? 'disabled' : row.password_hash === null ? 'no_password' : 'active',
    orgSlug: links.org_slug,
    memberNo: links.member_no,
    createdAt: row.created_at,
  };
}

/** Every account, for administrators. Never includes password hashes. */
export async function listUsers(ctx: AppContext): Promise<UserView[]> {
  const db = readDb(ctx);
  await assertAccountAdmin(db, ctx);
  return (await listUsersWithLinks(db)).map((r) => userView(r, r));
}

/** The account named `username` (compared normalized), or not_found. */
export async function resolveUser(db: Executor, username: string): Promise<UserRow> {
  const user = await findUserByUsername(db, normalizeUsername(username));
  if (!user) throw new AppError('not_found', `User '${username}' was not found`, { hint: 'List accounts with `cellbook user list`' });
  return user;
}
