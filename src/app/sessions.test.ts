import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RateLimitedError } from '../core/rate-limited.js';
import { authenticateApiToken, authenticateSession } from './authenticate.js';
import { createAppContext, type AppContext } from './context.js';
import { createApiToken } from './create-api-token.js';
import { logIn } from './log-in.js';
import { logOut, logOutEverywhere } from './log-out.js';
import { listOwnApiTokens } from './account-queries.js';
import { passwordHasher } from './password-hashing.js';
import { revokeApiToken } from './revoke-api-token.js';
import { buildApiToken, buildAccount, TEST_PASSWORD, type TestAccount } from '../test-support/accounts.js';
import { expectError } from '../test-support/expect-error.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

const MIN = 60_000;

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`sessions, API tokens and login limits on ${dialect}`, () => {
    let ctx: AppContext;
    let now: Date;
    let user: TestAccount;
    useFreshContext(dialect, (c) => {
      now = new Date('2026-11-29T10:00:00Z');
      ctx = createAppContext(c.database, () => now);
    });
    const later = (ms: number): void => {
      now = new Date(now.getTime() + ms);
    };
    const login = (password = TEST_PASSWORD, address = '198.51.100.1', username = user.username) => logIn(ctx, { username, password, address });
    afterEach(() => vi.restoreAllMocks());

    it('logs in with the right password only, and rotates the session at every login', async () => {
      user = await buildAccount(ctx, { username: 'hana' });
      await expectError(login('wrong horse battery'), 'unauthorized', /Wrong username or password/);
      await expectError(login(TEST_PASSWORD, '198.51.100.1', 'nobody'), 'unauthorized', /Wrong username or password/);
      const first = await login();
      expect(first.token).toMatch(/^cbs_[A-Za-z0-9_-]{43}$/);
      expect(first.expiresAt).toBe('2026-11-29T22:00:00.000Z');
      expect(await authenticateSession(ctx, first.token)).toMatchObject({ userId: user.id, username: 'hana', via: 'session', scope: 'write' });
      const second = await logIn(ctx, { username: 'hana', password: TEST_PASSWORD, address: '198.51.100.1', previousToken: first.token });
      expect(second.token).not.toBe(first.token);
      await expectError(authenticateSession(ctx, first.token), 'unauthorized');
      expect((await authenticateSession(ctx, second.token)).userId).toBe(user.id);
      // Only hashes are stored.
      const rows = await ctx.database.db.selectFrom('sessions').select('token_hash').execute();
      expect(rows.map((r) => r.token_hash)).not.toContain(second.token);
    });

    it('ends a session after 30 idle minutes, sliding with use, and 12 hours after login at the latest', async () => {
      user = await buildAccount(ctx);
      const s = await login();
      for (let i = 0; i < 30; i++) {
        later(25 * MIN); // used every 25 minutes: never idle for 30
        if (i < 28) expect((await authenticateSession(ctx, s.token)).userId).toBe(user.id);
      }
      // 12 h 30 min after login, though it was used 25 minutes ago.
      await expectError(authenticateSession(ctx, s.token), 'unauthorized', /expired/);
      const idle = await login();
      later(29 * MIN);
      await authenticateSession(ctx, idle.token);
      later(29 * MIN);
      await authenticateSession(ctx, idle.token);
      later(30 * MIN);
      await expectError(authenticateSession(ctx, idle.token), 'unauthorized', /expired/);
    });

    it('logs out one session, or all of them everywhere', async () => {
      user = await buildAccount(ctx);
      const a = await login();
      const b = await login();
      const c = await login();
      const principal = await authenticateSession(ctx, a.token);
      await logOut(user.ctx, principal.credentialId);
      await expectError(authenticateSession(ctx, a.token), 'unauthorized');
      await authenticateSession(ctx, b.token);
      expect(await logOutEverywhere(user.ctx)).toEqual({ revoked: 2 });
      await expectError(authenticateSession(ctx, b.token), 'unauthorized');
      await expectError(authenticateSession(ctx, c.token), 'unauthorized');
      expect((await login()).token).toMatch(/^cbs_/);
    });

    it('issues API tokens once with a scope and an expiry, lists them without the secret, and revokes them', async () => {
      user = await buildAccount(ctx);
      const other = await buildAccount(ctx);
      const read = await buildApiToken(user, 'read', 1);
      const write = await buildApiToken(user, 'write', 365);
      expect(read).toMatch(/^cbt_[A-Za-z0-9_-]{43}$/);
      expect(await authenticateApiToken(ctx, read)).toMatchObject({ userId: user.id, via: 'token', scope: 'read' });
      expect((await authenticateApiToken(ctx, write)).scope).toBe('write');
      const listed = await listOwnApiTokens(user.ctx);
      expect(listed.map((t) => t.scope)).toEqual(['read', 'write']);
      expect(JSON.stringify(listed)).not.toContain(read.slice(4));
      expect(await listOwnApiTokens(other.ctx)).toEqual([]);
      await expectError(revokeApiToken(other.ctx, listed[1]?.id ?? 0), 'not_found');
      await revokeApiToken(user.ctx, listed[1]?.id ?? 0);
      await expectError(authenticateApiToken(ctx, write), 'unauthorized', /revoked/);
      later(24 * 60 * MIN);
      await expectError(authenticateApiToken(ctx, read), 'unauthorized', /expired/);
      await expectError(authenticateApiToken(ctx, 'cbt_nope'), 'unauthorized');
      await expectError(createApiToken(user.ctx, { label: 'x', scope: 'read', expiresInDays: 366, via: 'session', address: '127.0.0.1' }), 'validation_failed');
      await expectError(createApiToken(user.ctx, { label: 'x', scope: 'read', expiresInDays: 30, via: 'token', address: '127.0.0.1' }), 'forbidden');
    });

    it('refuses a login flood with 429 before hashing: 5 per account, 20 per address, per 15 minutes', async () => {
      user = await buildAccount(ctx, { username: 'target' });
      const verify = vi.spyOn(passwordHasher, 'verify');
      const hash = vi.spyOn(passwordHasher, 'hash');
      for (let i = 0; i < 5; i++) await expectError(login(`wrong guess number ${i}`, `203.0.113.${i}`), 'unauthorized');
      expect(verify).toHaveBeenCalledTimes(5);
      later(5 * MIN);
      for (let i = 0; i < 50; i++) {
        const err = await expectError(login(i === 49 ? TEST_PASSWORD : `wrong guess ${i}`, `203.0.113.${100 + i}`), 'too_many_requests');
        expect((err as RateLimitedError).retryAfterSeconds).toBe(10 * 60);
      }
      // The right password too: the limit is checked before the password is looked at.
      expect(verify).toHaveBeenCalledTimes(5);
      expect(hash).not.toHaveBeenCalled();
      later(10 * MIN);
      expect((await login()).user.username).toBe('target');

      // One address guessing across many accounts.
      verify.mockClear();
      for (let i = 0; i < 20; i++) await expectError(login('wrong guess', '192.0.2.9', `someone${i}`), 'unauthorized');
      await expectError(login(TEST_PASSWORD, '192.0.2.9'), 'too_many_requests');
      expect(verify).toHaveBeenCalledTimes(20);
      // Another address is not affected, and successes do not use up an address's allowance.
      for (let i = 0; i < 25; i++) await login(TEST_PASSWORD, '192.0.2.10');
    });

    it('forgives an account its failures once it logs in', async () => {
      user = await buildAccount(ctx);
      for (let i = 0; i < 4; i++) await expectError(login('wrong guess'), 'unauthorized');
      await login();
      for (let i = 0; i < 5; i++) await expectError(login('wrong guess'), 'unauthorized');
      await expectError(login(), 'too_many_requests');
    });
  });
}
