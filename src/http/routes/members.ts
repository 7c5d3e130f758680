import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { admitMember } from '../../app/admit-member.js';
import { changeMemberStatus } from '../../app/change-member-status.js';
import { getMember, listMembers } from '../../app/member-queries.js';
import { transferMember } from '../../app/transfer-member.js';
import { updateMember } from '../../app/update-member.js';
import { entityAuditHistory } from '../../app/audit-queries.js';
import { auditEventSchema, booleanQuery, errorResponses, id, isoDate, memberDetailSchema, memberParams, memberSchema, memberStatusSchema, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';

const personal = {
  familyName: z.string().max(100),
  givenName: z.string().max(100),
  birthDate: isoDate.nullable().optional(),
  phone: z.string().max(40).nullable().optional(),
  email: z.string().max(254).nullable().optional(),
};

export function memberRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['members'];

    app.get(
      '/orgs/:org/members',
      {
        schema: {
          tags,
          summary: 'List or search members',
          description: '`q` searches names in any script and either order ("김민준", "Min-jun Kim"), and finds the member whose number it is ("P0000001").',
          params: orgParams,
          querystring: z.object({ unitId: id.optional(), within: id.optional(), q: z.string().max(100).optional(), status: memberStatusSchema.optional(), unplaced: booleanQuery, ...pageQuery }),
          response: { 200: pageOf(memberSchema), ...errorResponses },
        },
      },
      async (req) => {
        const q = req.query;
        return listMembers(req.ctx, {
          org: req.params.org,
          unit: q.unitId ? { id: q.unitId } : undefined,
          within: q.within ? { id: q.within } : undefined,
          q: q.q,
          status: q.status,
          unplaced: q.unplaced,
          cursor: q.cursor,
          limit: q.limit,
        });
      },
    );

    app.post(
      '/orgs/:org/members',
      {
        schema: {
          tags,
          summary: 'Admit a member',
          description: 'The member number is generated from the rulebook when not given.',
          params: orgParams,
          body: z.strictObject({
            memberNo: z.string().max(32).optional(),
            ...personal,
            unitId: id.nullable().optional(),
            status: z.enum(['applicant', 'candidate', 'full_member']).optional(),
            joinedOn: isoDate.optional(),
            reason: z.string().max(500).optional(),
          }),
          response: { 201: memberSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b = req.body;
        reply.code(201);
        return admitMember(req.ctx, { org: req.params.org, ...b, unit: b.unitId ? { id: b.unitId } : null });
      },
    );

    app.get('/orgs/:org/members/:memberId', { schema: { tags, summary: 'A member with placement, status and office history', params: memberParams, response: { 200: memberDetailSchema, ...errorResponses } } }, async (req) =>
      getMember(req.ctx, req.params.org, { id: req.params.memberId }),
    );

    app.get('/orgs/:org/members/:memberId/audit', { schema: { tags: ['audit'], summary: 'Audit events of a member, with the personal fields they recorded', params: memberParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } }, async (req) => ({
      items: await entityAuditHistory(req.ctx, req.params.org, 'member', req.params.memberId),
    }));

    app.patch(
      '/orgs/:org/members/:memberId',
      {
        schema: {
          tags,
          summary: "Correct a member's personal fields",
          description: 'Status and unit change only through their own actions (status, transfer).',
          params: memberParams,
          body: z.strictObject({
            familyName: personal.familyName.optional(),
            givenName: personal.givenName.optional(),
            birthDate: personal.birthDate,
            phone: personal.phone,
            email: personal.email,
            version,
            reason: z.string().max(500).optional(),
          }),
          response: { 200: memberSchema, ...errorResponses },
        },
      },
      async (req) => updateMember(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, ...req.body }),
    );

    app.post(
      '/orgs/:org/members/:memberId/transfer',
      { schema: { tags, summary: 'Transfer a member to another unit', params: memberParams, body: z.strictObject({ unitId: id, reason, on: isoDate.optional(), version }), response: { 200: memberSchema, ...errorResponses } } },
      async (req) => transferMember(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, to: { id: req.body.unitId }, reason: req.body.reason, on: req.body.on, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/members/:memberId/status',
      {
        schema: {
          tags,
          summary: "Change a member's status along an allowed transition",
          description: 'An exit (expelled, resigned, deceased) removes the member from their unit and ends their offices. On readmission, `unitId` places the person again.',
          params: memberParams,
          body: z.strictObject({ status: memberStatusSchema, reason, unitId: id.optional(), version }),
          response: { 200: memberSchema, ...errorResponses },
        },
      },
      async (req) =>
        changeMemberStatus(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, status: req.body.status, reason: req.body.reason, unit: req.body.unitId ? { id: req.body.unitId } : undefined, version: req.body.version }),
    );
  };
}
