import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachCaseEvidence } from '../../app/attach-case-evidence.js';
import { caseReport, getCase, getCaseAttachment, listCases } from '../../app/case-queries.js';
import { decideAppeal } from '../../app/decide-appeal.js';
import { decideCase } from '../../app/decide-case.js';
import { finalizeCase } from '../../app/finalize-case.js';
import { lodgeAppeal } from '../../app/lodge-appeal.js';
import { openCase } from '../../app/open-case.js';
import { ratifyCase } from '../../app/ratify-case.js';
import { scheduleHearing } from '../../app/schedule-hearing.js';
import { submitDefence } from '../../app/submit-defence.js';
import { withdrawCase } from '../../app/withdraw-case.js';
import { AppError } from '../../core/errors.js';
import { attachmentSchema, caseDetailSchema, caseParams, caseReportSchema, caseSchema, caseStateSchema, meetingRef, voteCountSchema } from '../discipline-schemas.js';
import { errorResponses, id, isoDate, orgParams, pageOf, pageQuery, reason, version } from '../schemas.js';

/** Evidence travels as base64 in JSON; the rulebook's limit (at most 8 MiB) is checked on the bytes. */
const MAX_EVIDENCE_BODY = Math.ceil((8 * 1024 * 1024 * 4) / 3) + 64 * 1024;

export function caseRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['cases'];
    const description = 'Confidential: visible only to the bodies handling the case (officers of the opening, ratifying and appeal units; staff over them), auditors over them, and the member concerned. Anyone else gets 404.';

    app.get(
      '/orgs/:org/cases',
      {
        schema: {
          tags,
          summary: 'Disciplinary cases the caller may see',
          description,
          params: orgParams,
          querystring: z.object({ within: id.optional().describe('Only cases opened in this unit\u2019s subtree'), memberId: id.optional(), state: caseStateSchema.optional(), ...pageQuery }),
          response: { 200: pageOf(caseSchema), ...errorResponses },
        },
      },
      async (req) => listCases(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined, member: req.query.memberId ? { id: req.query.memberId } : undefined, state: req.query.state, cursor: req.query.cursor, limit: req.query.limit }),
    );

    app.post(
      '/orgs/:org/cases',
      {
        schema: {
          tags,
          summary: 'Open a case against a member',
          description: 'By the member\u2019s unit or a committee above it (its officers, or staff over it). The member is notified and may answer until the rulebook\u2019s defence deadline.',
          params: orgParams,
          body: z.strictObject({ memberId: id, unitId: id, charges: z.string().max(10_000), incidentOn: isoDate.nullable().optional() }),
          response: { 201: caseDetailSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return openCase(req.ctx, { org: req.params.org, member: { id: req.body.memberId }, unit: { id: req.body.unitId }, charges: req.body.charges, incidentOn: req.body.incidentOn });
      },
    );

    app.get(
      '/orgs/:org/cases/report',
      {
        schema: {
          tags: ['reports'],
          summary: 'Cases by state and penalty, per unit, time to outcome and overdue steps',
          params: orgParams,
          querystring: z.object({ within: id.optional() }),
          response: { 200: caseReportSchema, ...errorResponses },
        },
      },
      async (req) => caseReport(req.ctx, { org: req.params.org, within: req.query.within ? { id: req.query.within } : undefined }),
    );

    app.get('/orgs/:org/cases/:caseId', { schema: { tags, summary: 'A case with its timeline and evidence list', description, params: caseParams, response: { 200: caseDetailSchema, ...errorResponses } } }, async (req) =>
      getCase(req.ctx, req.params.org, req.params.caseId),
    );

    app.post(
      '/orgs/:org/cases/:caseId/attachments',
      {
        bodyLimit: MAX_EVIDENCE_BODY,
        schema: {
          tags,
          summary: 'Add an evidence file (base64)',
          description: 'Allowed types and the size limit come from the rulebook (discipline.attachments); the content must match the type. Stored with its SHA-256 checksum.',
          params: caseParams,
          body: z.strictObject({ filename: z.string().max(200), contentType: z.string().max(100), contentBase64: z.string().max(MAX_EVIDENCE_BODY) }),
          response: { 201: attachmentSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b64 = req.body.contentBase64.replace(/\s+/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) throw new AppError('validation_failed', 'The content is not base64', { problems: [{ path: 'contentBase64', message: 'standard base64 (RFC 4648 \u00a74)' }] });
        reply.code(201);
        return attachCaseEvidence(req.ctx, { org: req.params.org, caseId: req.params.caseId, filename: req.body.filename, contentType: req.body.contentType, content: Buffer.from(b64, 'base64') });
      },
    );

    app.get(
      '/orgs/:org/cases/:caseId/attachments/:attachmentId',
      { schema: { tags, summary: 'Download an evidence file', description: 'The bytes as stored, with their content type; the SHA-256 checksum in `x-checksum-sha256`.', params: caseParams.extend({ attachmentId: id }) } },
      async (req, reply) => {
        const file = await getCaseAttachment(req.ctx, req.params.org, req.params.caseId, req.params.attachmentId);
        const ascii = file.filename.replace(/[^A-Za-z0-9._-]/g, '_');
        reply.header('content-type', file.contentType);
        reply.header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
        reply.header('x-checksum-sha256', file.sha256);
        return reply.send(file.content);
      },
    );

    const step = { params: caseParams, response: { 200: caseDetailSchema, ...errorResponses } };
    app.post(
      '/orgs/:org/cases/:caseId/defence',
      { schema: { tags, summary: 'The member\u2019s defence (once; or recorded for them by the opening unit)', ...step, body: z.strictObject({ defence: z.string().max(20_000), version: version.optional() }) } },
      async (req) => submitDefence(req.ctx, { org: req.params.org, caseId: req.params.caseId, defence: req.body.defence, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/hearing',
      { schema: { tags, summary: 'Set or move the hearing (moving needs a reason)', ...step, body: z.strictObject({ on: isoDate, meetingRef, reason: reason.optional(), version: version.optional() }) } },
      async (req) => scheduleHearing(req.ctx, { org: req.params.org, caseId: req.params.caseId, ...req.body }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/decision',
      {
        schema: {
          tags,
          summary: 'Decide by vote under the rulebook\u2019s quorum and majority',
          description: 'Refused without a quorum or before the defence is in or its deadline passed. Adopted: pending ratification when the penalty needs it, else the appeal window opens. Not adopted: dismissed.',
          ...step,
          body: z.strictObject({ penalty: z.string().max(40), months: z.number().int().nullable().optional(), vote: voteCountSchema, meetingRef, reason, version: version.optional() }),
        },
      },
      async (req) => decideCase(req.ctx, { org: req.params.org, caseId: req.params.caseId, ...req.body }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/ratification',
      { schema: { tags, summary: 'The ratifying body ratifies or overturns a decision', ...step, body: z.strictObject({ outcome: z.enum(['ratify', 'overturn']), reason, meetingRef, version: version.optional() }) } },
      async (req) => ratifyCase(req.ctx, { org: req.params.org, caseId: req.params.caseId, ...req.body }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/appeal',
      { schema: { tags, summary: 'The member appeals to the next higher body within the window', ...step, body: z.strictObject({ grounds: z.string().max(20_000), version: version.optional() }) } },
      async (req) => lodgeAppeal(req.ctx, { org: req.params.org, caseId: req.params.caseId, grounds: req.body.grounds, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/appeal-decision',
      {
        schema: {
          tags,
          summary: 'The appeal body upholds, reduces (to a milder penalty) or annuls',
          ...step,
          body: z.strictObject({ outcome: z.enum(['uphold', 'reduce', 'annul']), penalty: z.string().max(40).optional(), months: z.number().int().nullable().optional(), reason, meetingRef, version: version.optional() }),
        },
      },
      async (req) => decideAppeal(req.ctx, { org: req.params.org, caseId: req.params.caseId, ...req.body }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/withdraw',
      { schema: { tags, summary: 'Withdraw the charges before a decision', ...step, body: z.strictObject({ reason, version: version.optional() }) } },
      async (req) => withdrawCase(req.ctx, { org: req.params.org, caseId: req.params.caseId, reason: req.body.reason, version: req.body.version }),
    );
    app.post(
      '/orgs/:org/cases/:caseId/finalize',
      {
        schema: {
          tags,
          summary: 'Close the appeal window: the member waives the appeal, or the opening unit after it closed',
          description: 'The server also does this by itself once the window has closed (on read of the case, at start and hourly).',
          ...step,
          body: z.strictObject({ reason: reason.optional(), version: version.optional() }),
        },
      },
      async (req) => finalizeCase(req.ctx, { org: req.params.org, caseId: req.params.caseId, reason: req.body.reason, version: req.body.version }),
    );
  };
}
