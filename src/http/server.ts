import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppContext } from '../app/context.js';
import { errorCatalogue } from '../core/errors.js';
import { registerAuth } from './auth.js';
import { sendProblem } from './problem.js';
import { authRoutes } from './routes/auth.js';
import { caseRoutes } from './routes/cases.js';
import { lifecycleRoutes } from './routes/lifecycle.js';
import { accessRoutes } from './routes/access.js';
import { cuttingRoutes } from './routes/cutting.js';
import { importRoutes } from './routes/imports.js';
import { memberRoutes } from './routes/members.js';
import { orgRoutes } from './routes/orgs.js';
import { reportRoutes } from './routes/reports.js';
import { unitRoutes } from './routes/units.js';
import { webRoutes } from './routes/web.js';
import { conventionRoutes } from './routes/conventions.js';
import { bulletinRoutes, calendarRoutes } from './routes/feeds.js';
import { meetingRoutes } from './routes/meetings.js';
import { courseRoutes } from './routes/courses.js';
import { lessonRoutes } from './routes/lessons.js';
import { certificateRoutes, verificationRoutes } from './routes/certificates.js';
import { DEFAULT_PDF_FONT } from '../app/certificate-pdf.js';
import { publicBaseOf } from './public-url.js';

export interface ServerOptions {
  /** Log requests with pino (personal data redacted). Off in tests. */
  logger?: boolean | undefined;
  version?: string | undefined;
  /** Where logs go (standard output by default); tests capture them. */
  logStream?: NodeJS.WritableStream | undefined;
  /**
   * Which proxies to believe about the client's address and protocol (X-Forwarded-For/-Proto):
   * needed behind a TLS proxy for Secure cookies, the CSRF origin check and per-address rate limits.
   * Off by default: a direct client could otherwise claim any address.
   */
  trustProxy?: boolean | string | string[] | undefined;
  /** Called for every route as it is registered: tests read the route list from the router itself. */
  onRoute?: ((route: RouteOptions) => void) | undefined;
  /** The built web app to serve at `/` (default web/dist of this installation). */
  webRoot?: string | undefined;
  /** Where the server is reached publicly (PUBLIC_URL): certificates embed it. Default: the request's own host. */
  publicUrl?: string | undefined;
  /** The font certificate PDFs are set in (CELLBOOK_PDF_FONT); default Nanum Gothic of fonts-nanum. */
  pdfFont?: string | undefined;
}

/** Log paths that may carry secrets or personal data; never written to logs. */
export const redactedLogPaths = ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.headers["set-cookie"]'];

/**
 * Builds the HTTP application without listening, so tests drive it through `inject()` and
 * `cellbook serve` adds only `listen()`.
 */
export async function buildServer(baseCtx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: options.trustProxy ?? false,
    logger: options.logger
      ? {
          level: 'info',
          ...(options.logStream ? { stream: options.logStream } : {}),
          redact: { paths: redactedLogPaths, censor: '[redacted]' },
          // Query strings can carry names (member search `q=`): log the path only.
          serializers: { req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url.split('?')[0] }) },
        }
      : false,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { coerceTypes: false } },
  });
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) => sendProblem(Object.assign(new Error(`No route ${request.method} ${request.url.split('?')[0]}`), { statusCode: 404, code: 'FST_ERR_NOT_FOUND' }), request, reply));
  // Security headers on every response, errors included. The API serves JSON only, so its CSP
  // allows nothing at all; the landing page sets its own (routes/web.ts).
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] } },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    // Personal data must not linger in shared or browser caches.
    reply.header('cache-control', reply.getHeader('cache-control') ?? 'no-store');
    return payload;
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cellbook API',
        version: options.version ?? '0.1.0',
        description: 'Units, members, offices and rule checks of organizations built from small units. Errors are RFC 9457 problem details with a stable `code`.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cellbook_session', description: 'Set by POST /api/v1/auth/login. Writes must carry an Origin header of this site.' },
          apiToken: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/v1/auth/tokens (cbt_…); a read token may only GET' },
        },
      },
      security: [{ session: [] }, { apiToken: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  registerAuth(app, baseCtx);
  const publicBase = publicBaseOf(options.publicUrl);
  const verification = verificationRoutes(baseCtx, publicBase);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
      api.get('/problems', { config: { public: true }, schema: { hide: true } }, async () =>
        Object.entries(errorCatalogue).map(([code, e]) => ({ code, status: e.status, title: e.title, cliExitCode: e.exit })),
      );
      await api.register(authRoutes(baseCtx));
      await api.register(orgRoutes());
      await api.register(unitRoutes());
      await api.register(memberRoutes());
      await api.register(reportRoutes());
      await api.register(importRoutes());
      await api.register(accessRoutes());
      await api.register(cuttingRoutes());
      await api.register(lifecycleRoutes());
      await api.register(caseRoutes());
      await api.register(meetingRoutes());
      await api.register(conventionRoutes());
      await api.register(calendarRoutes(baseCtx));
      await api.register(courseRoutes());
      await api.register(lessonRoutes());
      await api.register(certificateRoutes(publicBase, options.pdfFont ?? DEFAULT_PDF_FONT));
      await api.register(verification.api);
    },
    { prefix: '/api/v1' },
  );
  await app.register(bulletinRoutes(baseCtx));
  await app.register(verification.page);
  await app.register(webRoutes(options.webRoot));
  return app;
}
