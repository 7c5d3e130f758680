import { AppError } from '../core/errors.js';
import { assertAcceptablePassword } from '../core/password-policy.js';
import { validUsername } from '../core/username.js';
import type { Executor } from '../store/database.js';
import { findMemberByNo } from '../store/member.repository.js';
import { findOrgBySlug } from '../store/org.repository.js';
import { findUserByMember, findUserByUsername, insertUser } from '../store/user.repository.js';
import { assertAccountAdmin } from './account-admin.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { storeResetToken } from './issue-password-reset.js';
import { passwordHasher } from './password-hashing.js';
import { userView, type UserView } from './user-queries.js';

export interface CreateUserInput {
  username: string;
  isAdmin?: boolean | undefined;
  /** The first password; without one a one-time setup token is issued instead. */
  password?: string | undefined;
  /** Links the account to a member record (organization slug and member number); staff may have none. */
  member?: { org: string; memberNo: string } | undefined;
}

export interface CreatedUser {
  user: UserView;
  /** One-time password-setup token (shown once), when no password was given. */
  setup: { token: string; expiresAt: string } | null;
}

/** Creates a local account, optionally linked to a member record. */
export async function createUser(ctx: AppContext, input: CreateUserInput): Promise<CreatedUser> {
  const username = validUsername(input.username);
  if (input.password !== undefined) assertAcceptablePassword(input.password, username);
  // Hash before the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = input.password === undefined ? null : await passwordHasher.hash(input.password);
  return inTransaction(ctx, async (trx) => {
    await assertAccountAdmin(trx, ctx);
    if (await findUserByUsername(trx, username)) throw new AppError('already_exists', `User '${username}' already exists`, { hint: 'Choose another username' });
    const link = input.member ? await memberLink(trx, input.member) : null;
    const user = await insertUser(trx, {
      username,
      password_hash: passwordHash,
      is_admin: input.isAdmin ? 1 : 0,
      org_id: link?.orgId ?? null,
      member_id: link?.memberId ?? null,
      disabled_at: null,
      version: 1,
      created_at: nowOf(ctx),
    });
    const setup = passwordHash === null ? await storeResetToken(trx, ctx, user.id) : null;
    await recordAudit(trx, ctx, {
      orgId: null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      data: { username, isAdmin: user.is_admin === 1, orgSlug: input.member?.org ?? null, memberNo: input.member?.memberNo ?? null, setupTokenIssued: setup !== null },
    });
    return { user: userView(user, { org_slug: input.member?.org ?? null, member_no: input.member?.memberNo ?? null }), setup };
  });
}

async function memberLink(trx: Executor, ref: { org: string; memberNo: string }): Promise<{ orgId: number; memberId: number }> {
  const org = await findOrgBySlug(trx, ref.org);
  if (!org) throw new AppError('not_found', `Organization '${ref.org}' was not found`);
  const member = await findMemberByNo(trx, org.id, ref.memberNo);
  if (!member) throw new AppError('not_found', `Member with number '${ref.memberNo}' was not found`);
  const taken = await findUserByMember(trx, member.id);
  if (taken) throw new AppError('already_exists', `Member '${ref.memberNo}' already has the account '${taken.username}'`);
  return { orgId: org.id, memberId: member.id };
}
