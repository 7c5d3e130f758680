import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyCounters } from '../../app/verify-counters.js';
import { reportViolations } from '../../app/violation-report.js';
import { overviewReport } from '../../app/overview-report.js';
import { errorResponses, id, orgParams, violationReportSchema } from '../schemas.js';

export function reportRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/orgs/:org/violations',
      {
        schema: {
          tags: ['reports'],
          summary: 'Rule violations with suggested remedies',
          description: 'Units outside their size bounds, vacant required offices, and members without a unit. Totals count all; the list holds up to `limit` per kind.',
          params: orgParams,
          querystring: z.object({ within: id.optional(), limit: z.coerce.number().int().min(1).max(5000).optional() }),
          response: { 200: violationReportSchema, ...errorResponses },
        },
      },
      async (req) => reportViolations(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined, limit: req.query.limit }),
    );
    const int = z.number().int();
    app.get(
      '/orgs/:org/reports/overview',
      {
        schema: {
          tags: ['reports'],
          summary: 'Dashboard figures: members per level, unit sizes against the bounds, growth, violations by type',
          description: 'Aggregates from maintained counters for a subtree (`within`) or everything you may read. No names.',
          params: orgParams,
          querystring: z.object({ within: id.optional() }),
          response: {
            200: z.object({
              checkedOn: z.string(),
              levels: z.array(z.object({ kind: z.string(), units: int, members: int })),
              sizes: z.array(z.object({ kind: z.string(), min: int.nullable(), max: int.nullable(), histogram: z.array(z.object({ size: int, units: int })) })),
              growth: z.array(z.object({ month: z.string(), joined: int, total: int })),
              violations: violationReportSchema.shape.totals,
            }),
            ...errorResponses,
          },
        },
      },
      async (req) => overviewReport(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined }),
    );
    app.get(
      '/orgs/:org/counters/verify',
      {
        schema: {
          tags: ['reports'],
          summary: 'Recount every unit and compare with the maintained counters',
          params: orgParams,
          response: {
            200: z.object({
              units: z.number().int(),
              mismatches: z.array(
                z.object({
                  unitId: z.number().int(),
                  stored: z.object({ direct: z.number().int(), members: z.number().int(), units: z.number().int() }),
                  actual: z.object({ direct: z.number().int(), members: z.number().int(), units: z.number().int() }),
                }),
              ),
            }),
            ...errorResponses,
          },
        },
      },
      async (req) => verifyCounters(req.ctx, req.params.org),
    );
  };
}
