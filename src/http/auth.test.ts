import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppContext, type AppContext } from '../app/context.js';
import { disableUser } from '../app/disable-user.js';
import { issuePasswordReset } from '../app/issue-password-reset.js';
import { passwordHasher } from '../app/password-hashing.js';
import { buildAccount, buildApiToken, TEST_PASSWORD } from '../test-support/accounts.js';
import { buildPartyOrg } from '../test-support/factories.js';
import { createTestDatabase, dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { buildServer } from './server.js';

const SITE = 'http://localhost';
const MIN = 60_000;

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`HTTP authentication on ${dialect}`, () => {
    let app: FastifyInstance;
    let ctx: AppContext;
    let now: Date;
    let drop: () => Promise<void>;
    let users = 0;

    const setCookieOf = (r: LightMyRequestResponse): string => String(r.headers['set-cookie'] ?? '');
    const cookieOf = (r: LightMyRequestResponse): string => /cellbook_session=([^;]*)/.exec(setCookieOf(r))?.[1] ?? '';
    const req = (o: InjectOptions & { session?: string; bearer?: string }): Promise<LightMyRequestResponse> => {
      const headers: Record<string, string> = { ...(o.headers as Record<string, string> | undefined) };
      if (o.session) headers.cookie = `cellbook_session=${o.session}`;
      if (o.bearer) headers.authorization = `Bearer ${o.bearer}`;
      return app.inject({ ...o, headers });
    };
    const login = (username: string, password = TEST_PASSWORD, headers: Record<string, string> = {}) => req({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, headers });
    const newUser = async (admin = false) => buildAccount(ctx, { username: `web${++users}`, admin });
    const loggedIn = async (admin = true): Promise<{ session: string; username: string; id: number }> => {
      const u = await newUser(admin);
      const r = await login(u.username);
      expect(r.statusCode, r.body).toBe(200);
      return { session: cookieOf(r), username: u.username, id: u.id };
    };
    const expectCode = (r: LightMyRequestResponse, status: number, code: string): void => {
      expect(r.statusCode, r.body).toBe(status);
      expect(r.json<{ code: string }>().code).toBe(code);
    };

    beforeAll(async () => {
      const t = await createTestDatabase(dialect);
      drop = t.drop;
      now = new Date('2026-11-29T10:00:00Z');
      ctx = createAppContext(t.database, () => now);
      app = await buildServer(ctx, { trustProxy: true });
      await app.ready();
      await buildPartyOrg(ctx, 'wp');
    });
    afterAll(async () => {
      await app.close();
      await drop();
    });
    afterEach(() => vi.restoreAllMocks());

    it('logs in with an HttpOnly, SameSite=Strict session cookie, Secure over TLS, and answers /auth/me', async () => {
      const u = await newUser();
      expectCode(await login(u.username, 'wrong horse battery'), 401, 'unauthorized');
      expectCode(await req({ method: 'POST', url: '/api/v1/auth/login', payload: { username: u.username, password: TEST_PASSWORD, remember: true } }), 400, 'validation_failed');
      const r = await login(u.username);
      expect(r.json()).toMatchObject({ user: { id: u.id, username: u.username, isAdmin: false }, expiresAt: '2026-11-29T22:00:00.000Z' });
      const cookie = setCookieOf(r);
      expect(cookie).toMatch(/^cellbook_session=cbs_[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
      const tls = await login(u.username, TEST_PASSWORD, { 'x-forwarded-proto': 'https' });
      expect(setCookieOf(tls)).toMatch(/; Secure$/);
      const me = await req({ method: 'GET', url: '/api/v1/auth/me', session: cookieOf(r) });
      expect(me.json()).toMatchObject({ id: u.id, username: u.username, via: 'session', scope: 'write', orgId: null });
    });

    it('rotates the session at login: the cookie held before no longer works', async () => {
      const u = await loggedIn();
      const again = await login(u.username, TEST_PASSWORD, { cookie: `cellbook_session=${u.session}` });
      expect(cookieOf(again)).not.toBe(u.session);
      expectCode(await req({ method: 'GET', url: '/api/v1/auth/me', session: u.session }), 401, 'unauthorized');
      expect((await req({ method: 'GET', url: '/api/v1/auth/me', session: cookieOf(again) })).statusCode).toBe(200);
    });

    it('refuses cookie-authenticated writes from another origin (CSRF), accepts this origin and bearer tokens', async () => {
      const u = await loggedIn();
      const create = (slug: string, headers: Record<string, string>, auth: { session?: string; bearer?: string }) =>
        req({ method: 'POST', url: '/api/v1/orgs', payload: { slug, template: 'party' }, headers, ...auth });
      expectCode(await create('evil1', { origin: 'https://evil.example' }, { session: u.session }), 403, 'csrf_rejected');
      expectCode(await create('evil2', {}, { session: u.session }), 403, 'csrf_rejected');
      expectCode(await create('evil3', { origin: 'null' }, { session: u.session }), 403, 'csrf_rejected');
      expectCode(await create('evil4', { referer: 'https://evil.example/page' }, { session: u.session }), 403, 'csrf_rejected');
      expectCode(await create('evil5', { origin: 'http://localhost:8080' }, { session: u.session }), 403, 'csrf_rejected');
      expect((await req({ method: 'GET', url: '/api/v1/orgs', session: u.session })).json<{ items: { slug: string }[] }>().items.map((o) => o.slug)).toEqual(['wp']);
      expect((await create('good1', { origin: SITE }, { session: u.session })).statusCode).toBe(201);
      expect((await create('good2', { referer: `${SITE}/app/orgs` }, { session: u.session })).statusCode).toBe(201);
      // Behind a TLS proxy the site's origin is https.
      expect((await create('good3', { host: 'cellbook.example.org', origin: 'https://cellbook.example.org', 'x-forwarded-proto': 'https' }, { session: u.session })).statusCode).toBe(201);
      const token = await buildApiToken(await newUser(true));
      expect((await create('good4', { origin: 'https://evil.example' }, { bearer: token })).statusCode).toBe(201);
      // Login CSRF: another site cannot log a browser into its own account.
      expectCode(await login(u.username, TEST_PASSWORD, { origin: 'https://evil.example' }), 403, 'csrf_rejected');
    });

    it('ends idle sessions after 30 minutes, clears the cookie, and logs out one or every session', async () => {
      const u = await loggedIn();
      now = new Date(now.getTime() + 29 * MIN);
      expect((await req({ method: 'GET', url: '/api/v1/auth/me', session: u.session })).statusCode).toBe(200);
      now = new Date(now.getTime() + 30 * MIN);
      const expired = await req({ method: 'GET', url: '/api/v1/auth/me', session: u.session });
      expectCode(expired, 401, 'unauthorized');
      expect(setCookieOf(expired)).toContain('cellbook_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0');

      const a = cookieOf(await login(u.username));
      const b = cookieOf(await login(u.username));
      const out = await req({ method: 'POST', url: '/api/v1/auth/logout', session: a, headers: { origin: SITE } });
      expect(out.statusCode, out.body).toBe(204);
      expect(setCookieOf(out)).toContain('Max-Age=0');
      expectCode(await req({ method: 'GET', url: '/api/v1/auth/me', session: a }), 401, 'unauthorized');
      const c = cookieOf(await login(u.username));
      const everywhere = await req({ method: 'POST', url: '/api/v1/auth/logout-everywhere', session: c, headers: { origin: SITE } });
      expect(everywhere.json()).toEqual({ revoked: 2 });
      for (const s of [b, c]) expectCode(await req({ method: 'GET', url: '/api/v1/auth/me', session: s }), 401, 'unauthorized');
    });

    it('refuses a disabled user on the very next request', async () => {
      const u = await loggedIn(false);
      expect((await req({ method: 'GET', url: '/api/v1/auth/me', session: u.session })).statusCode).toBe(200);
      await disableUser(ctx, { username: u.username });
      expectCode(await req({ method: 'GET', url: '/api/v1/auth/me', session: u.session }), 401, 'unauthorized');
    });

    it('creates API tokens from a session, shown once; a read token only reads; revoked and expired tokens are refused', async () => {
      const u = await loggedIn();
      const mint = (scope: string, expiresInDays: number, auth: { session?: string; bearer?: string }) =>
        req({ method: 'POST', url: '/api/v1/auth/tokens', payload: { label: `script ${scope}`, scope, expiresInDays }, headers: { origin: SITE }, ...auth });
      expectCode(await mint('read', 366, { session: u.session }), 400, 'validation_failed');
      expectCode(await mint('admin', 30, { session: u.session }), 400, 'validation_failed');
      const readRes = await mint('read', 1, { session: u.session });
      expect(readRes.statusCode, readRes.body).toBe(201);
      const read = readRes.json<{ id: number; token: string; expiresAt: string }>();
      expect(read.token).toMatch(/^cbt_[A-Za-z0-9_-]{43}$/);
      expect(read.expiresAt).toBe(new Date(now.getTime() + 86_400_000).toISOString());
      const write = (await mint('write', 30, { session: u.session })).json<{ id: number; token: string }>();
      const listed = await req({ method: 'GET', url: '/api/v1/auth/tokens', session: u.session });
      expect(listed.json<{ items: unknown[] }>().items).toHaveLength(2);
      expect(listed.body).not.toContain(read.token);

      expect((await req({ method: 'GET', url: '/api/v1/orgs/wp', bearer: read.token })).statusCode).toBe(200);
      expect((await req({ method: 'GET', url: '/api/v1/auth/me', bearer: read.token })).json()).toMatchObject({ via: 'token', scope: 'read' });
      expectCode(await req({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'nope1', template: 'party' }, bearer: read.token }), 403, 'forbidden');
      expectCode(await req({ method: 'DELETE', url: `/api/v1/auth/tokens/${read.id}`, bearer: read.token }), 403, 'forbidden');
      expect((await req({ method: 'POST', url: '/api/v1/orgs', payload: { slug: 'byscript', template: 'party' }, bearer: write.token })).statusCode).toBe(201);
      // A token cannot mint tokens: a leaked one cannot outlive its expiry.
      expectCode(await mint('write', 365, { bearer: write.token }), 403, 'forbidden');

      const other = await loggedIn();
      expectCode(await req({ method: 'DELETE', url: `/api/v1/auth/tokens/${write.id}`, session: other.session, headers: { origin: SITE } }), 404, 'not_found');
      expect((await req({ method: 'DELETE', url: `/api/v1/auth/tokens/${write.id}`, session: u.session, headers: { origin: SITE } })).statusCode).toBe(204);
      expectCode(await req({ method: 'GET', url: '/api/v1/orgs', bearer: write.token }), 401, 'unauthorized');
      now = new Date(now.getTime() + 24 * 60 * MIN);
      expectCode(await req({ method: 'GET', url: '/api/v1/orgs', bearer: read.token }), 401, 'unauthorized');
    });

    it('answers a login flood with 429 and Retry-After, without hashing once over the limit', async () => {
      const u = await newUser();
      const verify = vi.spyOn(passwordHasher, 'verify');
      const hash = vi.spyOn(passwordHasher, 'hash');
      for (let i = 0; i < 5; i++) expectCode(await login(u.username, `wrong guess ${i}`), 401, 'unauthorized');
      for (let i = 0; i < 20; i++) {
        const r = await login(u.username, i === 19 ? TEST_PASSWORD : `wrong guess ${i}`);
        expectCode(r, 429, 'too_many_requests');
        expect(r.headers['retry-after']).toBe('900');
      }
      expect(verify).toHaveBeenCalledTimes(5);
      expect(hash).not.toHaveBeenCalled();
      now = new Date(now.getTime() + 15 * MIN);
      expect((await login(u.username)).statusCode).toBe(200);
    });

    it('sets a password once with a reset token over the API', async () => {
      const u = await newUser();
      const { token } = await issuePasswordReset(ctx, u.username);
      const set = (password: string) => req({ method: 'POST', url: '/api/v1/auth/password-reset', payload: { token, password } });
      expectCode(await set('short'), 400, 'validation_failed');
      const ok = await set('lantern over the harbor');
      expect(ok.json()).toEqual({ username: u.username });
      expectCode(await set('another lantern tonight'), 401, 'unauthorized');
      expect((await login(u.username, 'lantern over the harbor')).statusCode).toBe(200);
    });

    it('gives a user without any grant nothing of an organization, as if it did not exist', async () => {
      const u = await loggedIn(false);
      expect((await req({ method: 'GET', url: '/api/v1/orgs', session: u.session })).json()).toEqual({ items: [] });
      expectCode(await req({ method: 'GET', url: '/api/v1/orgs/wp', session: u.session }), 404, 'not_found');
      expectCode(await req({ method: 'GET', url: '/api/v1/orgs/wp/members', session: u.session }), 404, 'not_found');
    });

    it('sends security headers (strict CSP for the API, its own for the page) and no CORS headers', async () => {
      const u = await loggedIn();
      const api = await req({ method: 'GET', url: '/api/v1/orgs', session: u.session, headers: { origin: 'https://evil.example' } });
      expect(api.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none';base-uri 'none';form-action 'none'");
      expect(api.headers['x-frame-options']).toBe('DENY');
      expect(api.headers['x-content-type-options']).toBe('nosniff');
      expect(api.headers['referrer-policy']).toBe('no-referrer');
      expect(api.headers['strict-transport-security']).toContain('max-age=');
      expect(api.headers['cache-control']).toBe('no-store');
      expect(api.headers['access-control-allow-origin']).toBeUndefined();
      const denied = await req({ method: 'GET', url: '/api/v1/orgs' });
      expect(denied.headers['content-security-policy']).toContain("default-src 'none'");
      const page = await req({ method: 'GET', url: '/' });
      // The page (the web app, or the not-built notice) may run no inline script and never be framed.
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    });
  });
}
