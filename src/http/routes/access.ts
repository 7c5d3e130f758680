import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditHeads, verifyAudit } from '../../app/audit-queries.js';
import { grantRole, revokeGrant } from '../../app/grant-role.js';
import { erasePerson, exportPersonData } from '../../app/person-data.js';
import { caseSchema, noticeSchema } from '../discipline-schemas.js';
import { errorResponses, id, isoDate, memberDetailSchema, memberParams, orgParams, reason, auditEventSchema } from '../schemas.js';

const grantSchema = z.object({ id: z.number().int(), userId: z.number().int(), unitId: z.number().int(), role: z.string(), startOn: z.string(), endOn: z.string().nullable() });
const chainReportSchema = z.object({
  chain: z.string(),
  events: z.number().int(),
  head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  intact: z.boolean(),
  problem: z.string().nullable(),
});

/** Roles granted at units, a person's own data, erasure, and audit verification. */
export function accessRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();

    app.post(
      '/orgs/:org/grants',
      {
        schema: {
          tags: ['access'],
          summary: 'Grant a role at a unit (applies to its subtree)',
          description: 'Roles: org_admin, staff, auditor. Officers and members get their access from their office and membership.',
          params: orgParams,
          body: z.strictObject({ userId: id, unitId: id, role: z.enum(['org_admin', 'staff', 'auditor']), endOn: isoDate.nullable().optional(), reason }),
          response: { 201: grantSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return grantRole(req.ctx, { org: req.params.org, userId: req.body.userId, unit: { id: req.body.unitId }, role: req.body.role, endOn: req.body.endOn, reason: req.body.reason });
      },
    );

    app.post(
      '/orgs/:org/grants/:grantId/end',
      { schema: { tags: ['access'], summary: 'End a grant today', params: orgParams.extend({ grantId: id }), body: z.strictObject({ reason }), response: { 204: z.null(), ...errorResponses } } },
      async (req, reply) => {
        await revokeGrant(req.ctx, { org: req.params.org, grantId: req.params.grantId, reason: req.body.reason });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/orgs/:org/members/:memberId/data',
      {
        schema: {
          tags: ['personal data'],
          summary: 'Everything held about a person, as JSON',
          description: 'A member may download their own record; those who may read it may too.',
          params: memberParams,
          response: { 200: z.object({ exportedAt: z.string(), organization: z.string(), member: memberDetailSchema, auditHistory: z.array(auditEventSchema), cases: z.array(caseSchema), notices: z.array(noticeSchema) }), ...errorResponses },
        },
      },
      async (req, reply) => {
        const data = await exportPersonData(req.ctx, req.params.org, { id: req.params.memberId });
        reply.header('content-disposition', `attachment; filename="member-${req.params.memberId}.json"`);
        return data;
      },
    );

    app.post(
      '/orgs/:org/members/:memberId/erase',
      {
        schema: {
          tags: ['personal data'],
          summary: "Erase a person's personal data everywhere",
          description: 'Names, birth date and contacts are removed from the record, search and audit snapshots; the pseudonymous record stays so counts and the audit chain still hold. Needs the admin role at the member\'s unit.',
          params: memberParams,
          body: z.strictObject({ reason }),
          response: { 200: z.object({ memberId: z.number().int(), memberNo: z.string(), erasedSnapshots: z.number().int() }), ...errorResponses },
        },
      },
      async (req) => erasePerson(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, reason: req.body.reason }),
    );

    app.get(
      '/orgs/:org/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: "Verify the organization's audit chain from its first event",
          params: orgParams,
          querystring: z.object({ expectHead: z.string().max(200).optional().describe('seq:hash printed earlier by `cellbook audit head`') }),
          response: { 200: chainReportSchema, ...errorResponses },
        },
      },
      async (req) => {
        const [report] = await verifyAudit(req.ctx, { org: req.params.org, expectHead: req.query.expectHead });
        return report ?? { chain: '', events: 0, head: null, intact: true, problem: null };
      },
    );

    app.get(
      '/orgs/:org/audit/head',
      { schema: { tags: ['audit'], summary: 'The head of the audit chain, to keep outside the system', params: orgParams, response: { 200: z.object({ chain: z.string(), seq: z.number().int(), hash: z.string() }).nullable(), ...errorResponses } } },
      async (req) => {
        const heads = await auditHeads(req.ctx, req.params.org);
        return heads[0] ?? null;
      },
    );
  };
}
