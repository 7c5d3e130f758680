import type { FastifyRequest } from 'fastify';

/**
 * Where this server is reached publicly: the configured PUBLIC_URL, or else the request's own
 * protocol and host. Certificates embed it for good (credential ids, verification URL, QR code),
 * so production should configure it rather than trust a Host header.
 */
export type PublicBase = (req: FastifyRequest) => string;

export const publicBaseOf =
  (configured: string | undefined): PublicBase =>
  (req) =>
    (configured ?? `${req.protocol}://${req.host}`).replace(/\/+$/, '');
