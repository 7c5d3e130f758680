import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.js';

export const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

const originOf = (url: string): string | null => {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
};

/** Where the request says it came from: the Origin header, or failing that the Referer's origin. */
function claimedOrigin(request: FastifyRequest): string | null | undefined {
  const origin = request.headers.origin;
  if (origin !== undefined) return origin === 'null' ? null : originOf(origin);
  const referer = request.headers.referer;
  return referer === undefined ? undefined : originOf(referer);
}

/** This server's own origin as the client addressed it (Host header and protocol; behind a proxy, trusted forwarded headers). */
const ownOrigin = (request: FastifyRequest): string | null => originOf(`${request.protocol}://${request.host}`);

/**
 * A browser sends cookies with requests that another site's page makes, but it always says where
 * such a request came from (Origin on every unsafe method). So a cookie-authenticated write must
 * name this very origin; one without either header is refused too.
 */
export function assertSameOrigin(request: FastifyRequest): void {
  const claimed = claimedOrigin(request);
  if (claimed === undefined || claimed === null || claimed !== ownOrigin(request)) {
    throw new AppError('csrf_rejected', 'A write with a session cookie must come from this site (Origin header)', {
      hint: 'Browsers send Origin themselves; scripts should use an API token (Authorization: Bearer) instead of a cookie',
    });
  }
}

/** For writes without a session (login, password reset): a foreign Origin is refused, a missing one is fine (curl). */
export function assertNotForeignOrigin(request: FastifyRequest): void {
  if (claimedOrigin(request) !== undefined) assertSameOrigin(request);
}
