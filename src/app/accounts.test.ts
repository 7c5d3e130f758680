import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { actingAs, createAppContext, type AppContext } from './context.js';
import { authenticateSession } from './authenticate.js';
import { changeMemberStatus } from './change-member-status.js';
import { createUser } from './create-user.js';
import { disableUser } from './disable-user.js';
import { enableUser } from './enable-user.js';
import { ensureFirstAdmin } from './ensure-first-admin.js';
import { issuePasswordReset } from './issue-password-reset.js';
import { logIn } from './log-in.js';
import { resetPassword } from './reset-password.js';
import { listUsers } from './user-queries.js';
import { buildApiToken, buildAccount, TEST_PASSWORD } from '../test-support/accounts.js';
import { expectError } from '../test-support/expect-error.js';
import { buildCell, buildMember, buildPartyOrg } from '../test-support/factories.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

const at = (iso: string): Date => new Date(iso);

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`accounts on ${dialect}`, () => {
    let ctx: AppContext;
    let now: Date;
    useFreshContext(dialect, (c) => {
      now = at('2026-11-29T10:00:00Z');
      ctx = createAppContext(c.database, () => now);
    });
    const login = (username: string, password = TEST_PASSWORD, address = '198.51.100.1') => logIn(ctx, { username, password, address });

    it('stores argon2id hashes with the agreed parameters, and usernames case-insensitively', async () => {
      const u = await buildAccount(ctx, { username: 'Minjun' });
      expect(u.username).toBe('minjun');
      const row = await ctx.database.db.selectFrom('users').select('password_hash').where('id', '=', u.id).executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      await expectError(createUser(ctx, { username: 'MINJUN', password: TEST_PASSWORD }), 'already_exists');
      await expectError(createUser(ctx, { username: 'x', password: TEST_PASSWORD }), 'validation_failed');
      const weak = await expectError(createUser(ctx, { username: 'seoyeon', password: 'Password2024!' }), 'validation_failed');
      expect(weak.problems[0]?.path).toBe('password');
      await expectError(createUser(ctx, { username: 'seoyeon', password: 'seoyeon-and-more' }), 'validation_failed', /password/);
      expect((await login('MinJun')).user.username).toBe('minjun');
    });

    it('links an account to a member record, once', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const m = await buildMember(ctx, slug, await buildCell(ctx, slug, section));
      await buildAccount(ctx, { username: 'linked', member: { org: slug, memberNo: m.memberNo } });
      await expectError(buildAccount(ctx, { username: 'again', member: { org: slug, memberNo: m.memberNo } }), 'already_exists');
      await expectError(buildAccount(ctx, { username: 'nobody', member: { org: slug, memberNo: 'NOPE' } }), 'not_found');
      expect((await listUsers(ctx)).find((u) => u.username === 'linked')).toMatchObject({ orgSlug: slug, memberNo: m.memberNo, state: 'active' });
    });

    it('creates the first administrator with a one-time setup token, only when there are no accounts', async () => {
      const first = await ensureFirstAdmin(ctx);
      expect(first?.username).toBe('admin');
      expect(first?.token).toMatch(/^cbr_[A-Za-z0-9_-]{43}$/);
      expect(await ensureFirstAdmin(ctx)).toBeNull();
      expect((await listUsers(ctx))[0]).toMatchObject({ username: 'admin', isAdmin: true, state: 'no_password' });
      await expectError(login('admin', ''), 'unauthorized');
      await resetPassword(ctx, { token: first?.token ?? '', password: 'quiet orchard at dusk', address: '127.0.0.1' });
      expect((await login('admin', 'quiet orchard at dusk')).user).toMatchObject({ username: 'admin', isAdmin: true });
    });

    it('accepts a reset token once, within 30 minutes; a refused password leaves it usable', async () => {
      const u = await buildAccount(ctx, { username: 'seoyeon' });
      const session = await login('seoyeon');
      const { token, expiresAt } = await issuePasswordReset(ctx, 'seoyeon');
      expect(Date.parse(expiresAt) - now.getTime()).toBe(30 * 60_000);
      await expectError(resetPassword(ctx, { token, password: 'seoyeon12345678', address: '127.0.0.1' }), 'validation_failed');
      await resetPassword(ctx, { token, password: 'violet kettle on the stairs', address: '127.0.0.1' });
      await expectError(resetPassword(ctx, { token, password: 'another fine passphrase', address: '127.0.0.1' }), 'unauthorized', /unknown, used or expired/);
      // Whoever knew the old password is logged out, and it no longer works.
      await expectError(authenticateSession(ctx, session.token), 'unauthorized');
      await expectError(login(u.username), 'unauthorized');
      expect((await login(u.username, 'violet kettle on the stairs')).user.id).toBe(u.id);

      const late = await issuePasswordReset(ctx, 'seoyeon');
      now = new Date(now.getTime() + 30 * 60_000);
      await expectError(resetPassword(ctx, { token: late.token, password: 'another fine passphrase', address: '127.0.0.1' }), 'unauthorized');
      // A newer reset voids the older one.
      const a = await issuePasswordReset(ctx, 'seoyeon');
      const b = await issuePasswordReset(ctx, 'seoyeon');
      await expectError(resetPassword(ctx, { token: a.token, password: 'another fine passphrase', address: '127.0.0.1' }), 'unauthorized');
      await resetPassword(ctx, { token: b.token, password: 'another fine passphrase', address: '127.0.0.1' });
      await expectError(resetPassword(ctx, { token: 'cbr_forged', password: 'another fine passphrase', address: '127.0.0.1' }), 'unauthorized');
    });

    it('disables an account: its session is refused on the next request and its credentials stay revoked', async () => {
      await buildAccount(ctx, { username: 'root', admin: true });
      const u = await buildAccount(ctx, { username: 'jiwoo' });
      const session = await login('jiwoo');
      expect((await authenticateSession(ctx, session.token)).username).toBe('jiwoo');
      await buildApiToken(u);
      // Every request reads the account's state with the session, whoever changed it and however.
      await ctx.database.db.updateTable('users').set({ disabled_at: now.toISOString() }).where('id', '=', u.id).execute();
      await expectError(authenticateSession(ctx, session.token), 'unauthorized', /disabled/);
      await ctx.database.db.updateTable('users').set({ disabled_at: null }).where('id', '=', u.id).execute();
      expect((await authenticateSession(ctx, session.token)).username).toBe('jiwoo');
      await disableUser(ctx, { username: 'jiwoo', reason: 'left the staff' });
      await expectError(authenticateSession(ctx, session.token), 'unauthorized', /disabled/);
      await expectError(login('jiwoo'), 'unauthorized', /Wrong username or password/);
      await expectError(issuePasswordReset(ctx, 'jiwoo'), 'invalid_transition');
      await enableUser(ctx, { username: 'jiwoo' });
      await expectError(authenticateSession(ctx, session.token), 'unauthorized');
      const live = await ctx.database.db.selectFrom('api_tokens').select('id').where('user_id', '=', u.id).where('revoked_at', 'is', null).execute();
      expect(live).toEqual([]);
      expect((await login('jiwoo')).user.username).toBe('jiwoo');
      await expectError(disableUser(ctx, { username: 'root' }), 'invalid_transition', /last administrator/);
      // Only administrators manage accounts.
      await expectError(disableUser(u.ctx, { username: 'root' }), 'forbidden');
      await expectError(listUsers(u.ctx), 'forbidden');
    });

    it("refuses a member's account once the member leaves the organization", async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const m = await buildMember(ctx, slug, await buildCell(ctx, slug, section));
      await buildAccount(ctx, { username: 'member1', member: { org: slug, memberNo: m.memberNo } });
      const session = await login('member1');
      await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'expelled', reason: 'decision of the cell' });
      await expectError(authenticateSession(ctx, session.token), 'unauthorized', /left the organization/);
      await expectError(login('member1'), 'unauthorized');
    });

    it('writes an audit event for every account change, with no password, token or hash in it', async () => {
      const first = await ensureFirstAdmin(ctx);
      await resetPassword(ctx, { token: first?.token ?? '', password: 'quiet orchard at dusk', address: '127.0.0.1' });
      const u = await buildAccount(ctx, { username: 'auditee' });
      const session = await login('auditee');
      const api = await buildApiToken(u);
      const reset = await issuePasswordReset(actingAs(ctx, { kind: 'system', label: 'cli:ops' }), 'auditee');
      await disableUser(ctx, { username: 'auditee', reason: 'test' });
      await enableUser(ctx, { username: 'auditee' });
      const events = await ctx.database.db.selectFrom('audit_events').selectAll().where('chain', '=', 'system').orderBy('seq').execute();
      expect(events.map((e) => e.action)).toEqual(['user.create', 'user.password_set', 'user.create', 'user.login', 'api_token.create', 'user.reset_issued', 'user.disable', 'user.enable']);
      expect(events.every((e) => e.org_id === null)).toBe(true);
      expect(events.find((e) => e.action === 'user.reset_issued')?.actor).toBe('system:cli:ops');
      expect(events.find((e) => e.action === 'user.login')?.actor).toBe(`user:${u.id}:auditee`);
      const hashes = (await sql<{ h: string }>`select password_hash as h from users union all select token_hash from sessions union all select token_hash from api_tokens union all select token_hash from password_resets`.execute(ctx.database.db)).rows.map((r) => r.h).filter(Boolean);
      const stored = JSON.stringify(events);
      for (const secret of [TEST_PASSWORD, 'quiet orchard at dusk', first?.token, session.token, api, reset.token, ...hashes]) expect(stored).not.toContain(secret);
    });
  });
}
