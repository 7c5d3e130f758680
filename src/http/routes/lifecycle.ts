import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listMemberNotices } from '../../app/case-queries.js';
import { cancelTransfer, receiveTransfer, returnTransfer } from '../../app/decide-transfer.js';
import { extendProbation } from '../../app/extend-probation.js';
import { promoteMember } from '../../app/promote-member.js';
import { rejectMember } from '../../app/reject-member.js';
import { activityKinds, recordMemberActivity } from '../../app/record-member-activity.js';
import { sendTransfer } from '../../app/send-transfer.js';
import { listTransfers } from '../../app/transfer-queries.js';
import { unitAttention } from '../../app/unit-attention.js';
import { attentionItemSchema, meetingRef, noticeSchema, transferParams, transferSchema, transferStateSchema } from '../discipline-schemas.js';
import { errorResponses, id, isoDate, memberParams, memberSchema, orgParams, pageOf, pageQuery, reason, unitParams, version } from '../schemas.js';

export function lifecycleRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const step = { params: memberParams, response: { 200: memberSchema, ...errorResponses } };

    app.post(
      '/orgs/:org/members/:memberId/promote',
      { schema: { tags: ['members'], summary: 'Applicant → candidate (probation starts), or candidate → full member after probation', ...step, body: z.strictObject({ reason, meetingRef, version: version.optional() }) } },
      async (req) => promoteMember(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, ...req.body }),
    );
    app.post(
      '/orgs/:org/members/:memberId/extend-probation',
      { schema: { tags: ['members'], summary: 'Extend a candidate\u2019s probation (as often as the rulebook allows, once by default)', ...step, body: z.strictObject({ months: z.number().int().optional(), reason, meetingRef, version: version.optional() }) } },
      async (req) => extendProbation(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, ...req.body }),
    );
    app.post(
      '/orgs/:org/members/:memberId/reject',
      { schema: { tags: ['members'], summary: 'Reject an applicant or candidate, with the reason', ...step, body: z.strictObject({ reason, meetingRef, version: version.optional() }) } },
      async (req) => rejectMember(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, ...req.body }),
    );
    app.post(
      '/orgs/:org/members/:memberId/activity',
      {
        schema: {
          tags: ['members'],
          summary: 'Record dues paid or participation (what the rulebook\u2019s lapse rule measures from)',
          ...step,
          body: z.strictObject({ kind: z.enum(activityKinds), on: isoDate.optional() }),
        },
      },
      async (req) => recordMemberActivity(req.ctx, { org: req.params.org, member: { id: req.params.memberId }, kind: req.body.kind, on: req.body.on }),
    );
    app.get(
      '/orgs/:org/members/:memberId/notices',
      { schema: { tags: ['members'], summary: 'What the member has been told (cases, transfers); only the member reads it', params: memberParams, response: { 200: z.object({ items: z.array(noticeSchema) }), ...errorResponses } } },
      async (req) => ({ items: await listMemberNotices(req.ctx, req.params.org, { id: req.params.memberId }) }),
    );

    app.get(
      '/orgs/:org/transfers',
      {
        schema: {
          tags: ['transfers'],
          summary: 'Transfers sent from or to units the caller may read',
          params: orgParams,
          querystring: z.object({ within: id.optional(), state: transferStateSchema.optional(), ...pageQuery }),
          response: { 200: pageOf(transferSchema), ...errorResponses },
        },
      },
      async (req) => listTransfers(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined, state: req.query.state, cursor: req.query.cursor, limit: req.query.limit }),
    );
    app.post(
      '/orgs/:org/transfers',
      {
        schema: {
          tags: ['transfers'],
          summary: 'Send a member to another unit; they stay in the old one until received',
          description: 'The receiving unit may be anywhere in the tree. The one-step transfer (`/members/{id}/transfer`) stays for staff of the whole organization.',
          params: orgParams,
          body: z.strictObject({ memberId: id, toUnitId: id, reason, dueOn: isoDate.optional(), meetingRef, version: version.optional() }),
          response: { 201: transferSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        const b = req.body;
        return sendTransfer(req.ctx, { org: req.params.org, member: { id: b.memberId }, to: { id: b.toUnitId }, reason: b.reason, dueOn: b.dueOn, meetingRef: b.meetingRef, version: b.version });
      },
    );
    app.post(
      '/orgs/:org/transfers/:transferId/receive',
      { schema: { tags: ['transfers'], summary: 'The receiving unit receives the member', params: transferParams, body: z.strictObject({ reason: reason.optional(), meetingRef, version: version.optional() }), response: { 200: transferSchema, ...errorResponses } } },
      async (req) => receiveTransfer(req.ctx, { org: req.params.org, transferId: req.params.transferId, ...req.body }),
    );
    app.post(
      '/orgs/:org/transfers/:transferId/return',
      { schema: { tags: ['transfers'], summary: 'The receiving unit returns the transfer; the member stays', params: transferParams, body: z.strictObject({ reason, meetingRef, version: version.optional() }), response: { 200: transferSchema, ...errorResponses } } },
      async (req) => returnTransfer(req.ctx, { org: req.params.org, transferId: req.params.transferId, ...req.body }),
    );

    app.post(
      '/orgs/:org/transfers/:transferId/cancel',
      { schema: { tags: ['transfers'], summary: 'The sending unit cancels a transfer not yet decided; the member stays', params: transferParams, body: z.strictObject({ reason, version: version.optional() }), response: { 200: transferSchema, ...errorResponses } } },
      async (req) => cancelTransfer(req.ctx, { org: req.params.org, transferId: req.params.transferId, ...req.body }),
    );

    app.get(
      '/orgs/:org/units/:unitId/attention',
      {
        schema: {
          tags: ['reports'],
          summary: 'What needs attention in a unit\u2019s subtree',
          description: 'Overdue defences, appeal windows closing or closed, decisions awaiting ratification or appeal, overdue transfers, candidates whose probation has ended. Computed from the dates on every read.',
          params: unitParams,
          response: { 200: z.object({ items: z.array(attentionItemSchema) }), ...errorResponses },
        },
      },
      async (req) => ({ items: await unitAttention(req.ctx, req.params.org, { id: req.params.unitId }) }),
    );
  };
}
