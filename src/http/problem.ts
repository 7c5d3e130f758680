import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorCatalogue, type ErrorCode, type Problem } from '../core/errors.js';
import { RateLimitedError } from '../core/rate-limited.js';

/** Every problem type has a page in the catalogue served at /api/v1/problems. */
export const problemTypeUri = (code: ErrorCode): string => `/api/v1/problems#${code}`;

export function problemBody(code: ErrorCode, detail: string, instance: string, extra: { problems?: readonly Problem[]; hint?: string | undefined } = {}) {
  const entry = errorCatalogue[code];
  return {
    type: problemTypeUri(code),
    title: entry.title,
    status: entry.status,
    detail,
    instance,
    code,
    ...(extra.hint ? { hint: extra.hint } : {}),
    ...(extra.problems && extra.problems.length > 0 ? { problems: [...extra.problems] } : {}),
  };
}

/** Maps any error to RFC 9457 problem details, so clients see one shape whatever failed. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const instance = request.url.split('?')[0] ?? request.url;
  let body: ReturnType<typeof problemBody>;
  if (error instanceof AppError) {
    body = problemBody(error.code, error.message, instance, { problems: error.problems, hint: error.hint });
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    const problems = error.validation.map((v) => ({
      path: [error.validationContext ?? 'request', ...v.instancePath.split('/').filter((s) => s !== '')].join('.'),
      message: v.message ?? 'is not valid',
    }));
    body = problemBody('validation_failed', `The request ${error.validationContext ?? ''} is not valid`.replace('  ', ' '), instance, { problems });
  } else {
    const fe = error as Partial<FastifyError>;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') body = problemBody('payload_too_large', 'The request body is too large', instance);
    else if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') body = problemBody('validation_failed', fe.message ?? 'Unsupported content type', instance, { hint: 'Send application/json (or text/csv to import routes)' });
    else if (fe.statusCode === 404) body = problemBody('not_found', fe.message ?? 'Not found', instance);
    else if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) body = problemBody('validation_failed', fe.message ?? 'Bad request', instance);
    else {
      request.log.error({ err: error }, 'unhandled error');
      body = problemBody('internal_error', 'Something went wrong on the server; it has been logged', instance);
    }
  }
  if (error instanceof RateLimitedError) reply.header('retry-after', String(error.retryAfterSeconds));
  return reply.code(body.status).type('application/problem+json').send(body);
}
