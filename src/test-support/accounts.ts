import { actingAs, type AppContext } from '../app/context.js';
import { createApiToken } from '../app/create-api-token.js';
import { createUser } from '../app/create-user.js';

/** A password the policy accepts; every test account has it unless told otherwise. */
export const TEST_PASSWORD = 'correct horse battery';

export interface TestAccount {
  id: number;
  username: string;
  password: string;
  /** The same context acting as this user. */
  ctx: AppContext;
}

let userSeq = 0;
/** An account with a password (as the local operator creates it). */
export async function buildAccount(ctx: AppContext, over: { username?: string; admin?: boolean; password?: string; member?: { org: string; memberNo: string } } = {}): Promise<TestAccount> {
  userSeq++;
  const password = over.password ?? TEST_PASSWORD;
  const { user } = await createUser(ctx, { username: over.username ?? `user${userSeq}`, isAdmin: over.admin ?? false, password, member: over.member });
  return { id: user.id, username: user.username, password, ctx: actingAs(ctx, { kind: 'user', userId: user.id, username: user.username }) };
}

/** An API token of `user`, as if minted from their logged-in session. */
export async function buildApiToken(user: TestAccount, scope: 'read' | 'write' = 'write', expiresInDays = 30): Promise<string> {
  const created = await createApiToken(user.ctx, { label: `test ${scope}`, scope, expiresInDays, via: 'session', address: '127.0.0.1' });
  return created.token;
}
