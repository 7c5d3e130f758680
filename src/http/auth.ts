import type { FastifyInstance } from 'fastify';
import { isValidAdminToken } from '../app/admin-token.js';
import type { AppContext } from '../app/context.js';
import { AppError } from '../core/errors.js';

/** Paths anyone may read: they hold no personal data. */
const PUBLIC = new Set(['/api/v1/health', '/api/v1/openapi.json', '/api/v1/problems']);

/**
 * Until accounts exist, every API request must carry the admin token as a bearer token. There is no
 * unauthenticated access to personal data.
 */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    if (!path.startsWith('/api/') || PUBLIC.has(path)) return;
    const header = request.headers.authorization ?? '';
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m || !(await isValidAdminToken(ctx, m[1] ?? ''))) {
      throw new AppError('unauthorized', 'A valid admin token is required', { hint: 'Send "Authorization: Bearer <token>"; `cellbook token reset` issues a new one' });
    }
  });
}
