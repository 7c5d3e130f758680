import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOrg } from '../../app/create-org.js';
import { getOrg, listOrgs } from '../../app/org-queries.js';
import { AppError } from '../../core/errors.js';
import { templateNames, templateRulebook } from '../../core/rulebook/templates.js';
import { validateRulebook } from '../../core/rulebook/validate-rulebook.js';
import { rulebookSchema } from '../../core/rulebook/schema.js';
import { errorResponses, orgParams, orgSchema } from '../schemas.js';

export function orgRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get('/health', { config: { public: true }, schema: { tags: ['system'], security: [], response: { 200: z.object({ status: z.literal('ok') }) } } }, async () => ({ status: 'ok' as const }));

    app.get('/orgs', { schema: { tags: ['orgs'], summary: 'List organizations', response: { 200: z.object({ items: z.array(orgSchema) }), ...errorResponses } } }, async (req) => ({ items: await listOrgs(req.ctx) }));

    app.post(
      '/orgs',
      {
        schema: {
          tags: ['orgs'],
          summary: 'Create an organization from a template or a rulebook',
          body: z.strictObject({
            slug: z.string(),
            name: z.string().max(200).optional(),
            template: z.enum(templateNames).optional(),
            rulebook: z.record(z.string(), z.unknown()).optional().describe('A rulebook document (see docs/rulebook.md)'),
          }),
          response: { 201: orgSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const { template, rulebook } = req.body;
        if ((template === undefined) === (rulebook === undefined)) {
          throw new AppError('validation_failed', 'Give either a template or a rulebook', { problems: [{ path: 'body', message: `template (${templateNames.join(', ')}) or rulebook, not both` }] });
        }
        const rb = template ? templateRulebook(template) : validateRulebook(rulebook, 'rulebook');
        reply.code(201);
        return createOrg(req.ctx, { slug: req.body.slug, name: req.body.name, rulebook: rb });
      },
    );

    app.get(
      '/orgs/:org',
      { schema: { tags: ['orgs'], summary: 'An organization with its rulebook', params: orgParams, response: { 200: orgSchema.extend({ rulebook: rulebookSchema }), ...errorResponses } } },
      async (req) => getOrg(req.ctx, req.params.org),
    );
  };
}
