import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { actingAs, type AppContext } from '../app/context.js';
import { errorCatalogue } from '../core/errors.js';
import { registerAuth } from './auth.js';
import { sendProblem } from './problem.js';
import { importRoutes } from './routes/imports.js';
import { memberRoutes } from './routes/members.js';
import { orgRoutes } from './routes/orgs.js';
import { reportRoutes } from './routes/reports.js';
import { unitRoutes } from './routes/units.js';
import { webRoutes } from './routes/web.js';

export interface ServerOptions {
  /** Log requests with pino (personal data redacted). Off in tests. */
  logger?: boolean | undefined;
  version?: string | undefined;
  /** Where logs go (standard output by default); tests capture them. */
  logStream?: NodeJS.WritableStream | undefined;
}

/** Log paths that may carry secrets or personal data; never written to logs. */
export const redactedLogPaths = ['req.headers.authorization', 'req.headers.cookie', 'req.body', 'res.headers["set-cookie"]'];

/**
 * Builds the HTTP application without listening, so tests drive it through `inject()` and
 * `cellbook serve` adds only `listen()`.
 */
export async function buildServer(baseCtx: AppContext, options: ServerOptions = {}): Promise<FastifyInstance> {
  // Until accounts exist every API call acts as the holder of the admin token.
  const ctx = actingAs(baseCtx, { kind: 'system', label: 'admin-token' });
  const app = Fastify({
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
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(error, request, reply));
  app.setNotFoundHandler((request, reply) => sendProblem(Object.assign(new Error(`No route ${request.method} ${request.url.split('?')[0]}`), { statusCode: 404, code: 'FST_ERR_NOT_FOUND' }), request, reply));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
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
      components: { securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'The admin token printed on first start' } } },
      security: [{ adminToken: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  registerAuth(app, ctx);
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      api.get('/problems', { schema: { hide: true } }, async () =>
        Object.entries(errorCatalogue).map(([code, e]) => ({ code, status: e.status, title: e.title, cliExitCode: e.exit })),
      );
      await api.register(orgRoutes(ctx));
      await api.register(unitRoutes(ctx));
      await api.register(memberRoutes(ctx));
      await api.register(reportRoutes(ctx));
      await api.register(importRoutes(ctx));
    },
    { prefix: '/api/v1' },
  );
  await app.register(webRoutes());
  return app;
}
