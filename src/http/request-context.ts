import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Principal } from '../app/authenticate.js';
import type { AppContext } from '../app/context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The app context acting as the authenticated user. Reading it on a public route is a bug and throws. */
    readonly ctx: AppContext;
    /** Who sent the request and with which credential; null on public routes. */
    readonly principal: Principal | null;
  }
  interface FastifyContextConfig {
    /** Served without authentication (health, the OpenAPI document, login, password reset). */
    public?: boolean;
  }
}

const authenticated = new WeakMap<FastifyRequest, { ctx: AppContext; principal: Principal }>();

/**
 * Every authenticated request carries its own context, acting as its user, so each use case knows
 * who acts. Kept in a WeakMap behind getters: a public route that reaches for `req.ctx` fails
 * loudly instead of silently acting as the system.
 */
export function decorateRequestContext(app: FastifyInstance): void {
  app.decorateRequest('ctx', {
    getter(this: FastifyRequest): AppContext {
      const found = authenticated.get(this);
      if (!found) throw new Error(`No authenticated context on ${this.method} ${this.routeOptions.url ?? ''}`);
      return found.ctx;
    },
  });
  app.decorateRequest('principal', {
    getter(this: FastifyRequest): Principal | null {
      return authenticated.get(this)?.principal ?? null;
    },
  });
}

export function setRequestContext(request: FastifyRequest, ctx: AppContext, principal: Principal): void {
  authenticated.set(request, { ctx, principal });
}
