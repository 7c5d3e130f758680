import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'cellbook_session';

/** The session token from the Cookie header, or null. Only the shape of a token is accepted. */
export function readSessionCookie(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

/**
 * HttpOnly (scripts cannot read it), SameSite=Strict (other sites' pages never send it), Path=/,
 * no Domain (this host only), Secure when the request came over TLS, and a lifetime no longer than
 * the session's absolute timeout.
 */
function cookie(request: FastifyRequest, value: string, maxAgeSeconds: number): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`, ...(request.protocol === 'https' ? ['Secure'] : [])].join('; ');
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string, now: Date): void {
  const maxAge = Math.max(0, Math.round((Date.parse(expiresAt) - now.getTime()) / 1000));
  reply.header('set-cookie', cookie(request, token, maxAge));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header('set-cookie', cookie(request, '', 0));
}
