import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken, authenticateSession, principalActor, type Principal } from '../app/authenticate.js';
import { actingAs, type AppContext } from '../app/context.js';
import { AppError } from '../core/errors.js';
import { assertNotForeignOrigin, assertSameOrigin, SAFE_METHODS } from './csrf.js';
import { decorateRequestContext, setRequestContext } from './request-context.js';
import { clearSessionCookie, readSessionCookie } from './session-cookie.js';

const hint = 'Log in (POST /api/v1/auth/login) or send "Authorization: Bearer <API token>"';

/**
 * Every route needs a logged-in user (session cookie) or an API token, except those marked
 * `config: { public: true }`. Runs before the body is read. The request then carries a context
 * acting as that user (`req.ctx`); what the user may see and change is decided in src/app.
 */
export function registerAuth(app: FastifyInstance, baseCtx: AppContext): void {
  decorateRequestContext(app);
  app.addHook('onRequest', async (request, reply) => {
    const unsafe = !SAFE_METHODS.has(request.method);
    // Unknown routes fall through to the 404 handler.
    if (request.routeOptions.config.public === true || request.routeOptions.url === undefined) {
      if (unsafe) assertNotForeignOrigin(request);
      return;
    }
    const principal = await authenticate(request, reply, baseCtx, unsafe);
    if (unsafe && principal.scope === 'read') throw new AppError('forbidden', 'This API token may only read', { hint: 'Create a token with scope "write" for changes' });
    setRequestContext(request, actingAs(baseCtx, principalActor(principal)), principal);
  });
}

async function authenticate(request: FastifyRequest, reply: FastifyReply, ctx: AppContext, unsafe: boolean): Promise<Principal> {
  const authorization = request.headers.authorization;
  // A bearer token is sent deliberately by a script, never added by a browser on another site's behalf: no CSRF check.
  if (authorization !== undefined) {
    const token = /^Bearer +(\S+)$/i.exec(authorization)?.[1];
    if (!token) throw new AppError('unauthorized', 'The Authorization header must be "Bearer <API token>"', { hint });
    return authenticateApiToken(ctx, token);
  }
  const session = readSessionCookie(request);
  if (session === null) throw new AppError('unauthorized', 'Authentication is required', { hint });
  // Checked before the session is even looked up: a forged request costs no database work.
  if (unsafe) assertSameOrigin(request);
  try {
    return await authenticateSession(ctx, session);
  } catch (e) {
    clearSessionCookie(request, reply);
    throw e;
  }
}
