import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOwnApiTokens, ownAccount } from '../../app/account-queries.js';
import { API_TOKEN_MAX_DAYS } from '../../app/account-policy.js';
import type { AppContext } from '../../app/context.js';
import { createApiToken } from '../../app/create-api-token.js';
import { logIn } from '../../app/log-in.js';
import { logOut, logOutEverywhere } from '../../app/log-out.js';
import { resetPassword } from '../../app/reset-password.js';
import { revokeApiToken } from '../../app/revoke-api-token.js';
import { AppError } from '../../core/errors.js';
import { errorResponses, id, problemSchema } from '../schemas.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from '../session-cookie.js';

const tags = ['auth'];
const limited = { 403: problemSchema, 429: problemSchema };
const userSchema = z.object({ id: z.number().int(), username: z.string(), isAdmin: z.boolean() });
const apiTokenSchema = z.object({ id: z.number().int(), label: z.string(), scope: z.enum(['read', 'write']), expiresAt: z.string(), revokedAt: z.string().nullable(), createdAt: z.string() });

/**
 * Login, logout, password reset and API tokens. Login and password reset are public (they are how
 * one gets credentials) and run with the server's base context; the app acts as the user itself.
 */
export function authRoutes(baseCtx: AppContext) {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'Log in: sets the session cookie',
          description: 'Sets an HttpOnly, SameSite=Strict session cookie (Secure over TLS); a session ends after 30 idle minutes or 12 hours. At most 5 failed attempts per account and 20 per client address per 15 minutes: then 429 with Retry-After.',
          security: [],
          body: z.strictObject({ username: z.string().min(1).max(200), password: z.string().min(1).max(1024) }),
          response: { 200: z.object({ user: userSchema, expiresAt: z.string() }), ...errorResponses, ...limited },
        },
      },
      async (req, reply) => {
        const s = await logIn(baseCtx, { username: req.body.username, password: req.body.password, address: req.ip, previousToken: readSessionCookie(req) });
        setSessionCookie(req, reply, s.token, s.expiresAt, baseCtx.clock());
        return { user: s.user, expiresAt: s.expiresAt };
      },
    );

    app.post(
      '/auth/password-reset',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'Set a password with a one-time reset or setup token',
          description: 'The token comes from `cellbook user create` or `cellbook user reset`; it works once, for 30 minutes. Every session of the account ends.',
          security: [],
          body: z.strictObject({ token: z.string().min(1).max(200), password: z.string().min(1).max(1024) }),
          response: { 200: z.object({ username: z.string() }), ...errorResponses, ...limited },
        },
      },
      async (req) => resetPassword(baseCtx, { token: req.body.token, password: req.body.password, address: req.ip }),
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags,
          summary: 'The logged-in user and the credential used',
          response: { 200: userSchema.extend({ orgId: z.number().int().nullable(), memberId: z.number().int().nullable(), via: z.enum(['session', 'token']), scope: z.enum(['read', 'write']), expiresAt: z.string() }), ...errorResponses },
        },
      },
      async (req) => {
        const p = principalOf(req.principal);
        return { ...(await ownAccount(req.ctx)), via: p.via, scope: p.scope, expiresAt: p.expiresAt };
      },
    );

    app.post('/auth/logout', { schema: { tags, summary: 'End this session', response: { 204: z.null(), ...errorResponses, ...limited } } }, async (req, reply) => {
      const p = principalOf(req.principal);
      if (p.via !== 'session') throw new AppError('validation_failed', 'Logout ends a browser session; an API token is revoked with DELETE /api/v1/auth/tokens/{id}');
      await logOut(req.ctx, p.credentialId);
      clearSessionCookie(req, reply);
      return reply.code(204).send(null);
    });

    app.post(
      '/auth/logout-everywhere',
      { schema: { tags, summary: 'End every session of this user on every device', response: { 200: z.object({ revoked: z.number().int() }), ...errorResponses, ...limited } } },
      async (req, reply) => {
        const result = await logOutEverywhere(req.ctx);
        if (principalOf(req.principal).via === 'session') clearSessionCookie(req, reply);
        return result;
      },
    );

    app.post(
      '/auth/tokens',
      {
        schema: {
          tags,
          summary: 'Create an API token (shown once)',
          description: `From a logged-in session only. A \`read\` token may only read (GET). Expires after 1–${API_TOKEN_MAX_DAYS} days. Send it as \`Authorization: Bearer <token>\`.`,
          body: z.strictObject({ label: z.string().min(1).max(100), scope: z.enum(['read', 'write']), expiresInDays: z.number().int().min(1).max(API_TOKEN_MAX_DAYS) }),
          response: { 201: apiTokenSchema.extend({ token: z.string() }), ...errorResponses, ...limited },
        },
      },
      async (req, reply) => {
        const created = await createApiToken(req.ctx, { ...req.body, via: principalOf(req.principal).via, address: req.ip });
        reply.code(201);
        return created;
      },
    );

    app.get('/auth/tokens', { schema: { tags, summary: 'Your API tokens (labels and dates, never the tokens)', response: { 200: z.object({ items: z.array(apiTokenSchema) }), ...errorResponses } } }, async (req) => ({
      items: await listOwnApiTokens(req.ctx),
    }));

    app.delete(
      '/auth/tokens/:tokenId',
      { schema: { tags, summary: 'Revoke one of your API tokens', params: z.object({ tokenId: id }), response: { 204: z.null(), ...errorResponses, ...limited } } },
      async (req, reply) => {
        await revokeApiToken(req.ctx, req.params.tokenId);
        return reply.code(204).send(null);
      },
    );
  };
}

function principalOf<T>(p: T | null): T {
  if (p === null) throw new AppError('unauthorized', 'Log in first');
  return p;
}
