import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appointOfficer } from '../../app/appoint-officer.js';
import { createUnit } from '../../app/create-unit.js';
import { dissolveUnit } from '../../app/dissolve-unit.js';
import { endOfficeTerm } from '../../app/end-office-term.js';
import { listMembers } from '../../app/member-queries.js';
import { mergeUnits } from '../../app/merge-units.js';
import { moveUnit } from '../../app/move-unit.js';
import { renameUnit } from '../../app/rename-unit.js';
import { splitUnit } from '../../app/split-unit.js';
import { getUnit, getUnitCounts, getUnitHistory, listUnits } from '../../app/unit-queries.js';
import { entityAuditHistory } from '../../app/audit-queries.js';
import {
  auditEventSchema,
  booleanQuery,
  countsSchema,
  errorResponses,
  id,
  isoDate,
  memberSchema,
  officeTermSchema,
  orgParams,
  pageOf,
  pageQuery,
  reason,
  unitDetailSchema,
  unitEventSchema,
  unitParams,
  unitListItemSchema,
  unitSchema,
  version,
} from '../schemas.js';

const sizeCheck = z.object({ size: z.number().int(), min: z.number().int().nullable(), max: z.number().int().nullable(), withinBounds: z.boolean() });

export function unitRoutes() {
  return async (root: FastifyInstance): Promise<void> => {
    const app = root.withTypeProvider<ZodTypeProvider>();
    const tags = ['units'];

    app.get(
      '/orgs/:org/units',
      {
        schema: {
          tags,
          summary: 'List or search units',
          description: 'Filter by subtree (`within`), direct children (`parentId`, or `topLevel=true`), kind, or text in name/code.',
          params: orgParams,
          querystring: z.object({
            within: id.optional(),
            parentId: id.optional(),
            topLevel: booleanQuery,
            kind: z.string().max(40).optional(),
            q: z.string().max(100).optional(),
            includeDissolved: booleanQuery,
            ...pageQuery,
          }),
          response: { 200: pageOf(unitListItemSchema), ...errorResponses },
        },
      },
      async (req) => {
        const q = req.query;
        return listUnits(req.ctx, {
          org: req.params.org,
          within: q.within ? { id: q.within } : undefined,
          childrenOf: q.topLevel ? null : q.parentId ? { id: q.parentId } : undefined,
          kind: q.kind,
          q: q.q,
          includeDissolved: q.includeDissolved,
          cursor: q.cursor,
          limit: q.limit,
        });
      },
    );

    app.post(
      '/orgs/:org/units',
      {
        schema: {
          tags,
          summary: 'Create a unit',
          params: orgParams,
          body: z.strictObject({ code: z.string().max(40).optional(), name: z.string().max(200), kind: z.string().max(40), parentId: id.nullable().optional(), reason: z.string().max(500).optional() }),
          response: { 201: unitSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        const b = req.body;
        reply.code(201);
        return createUnit(req.ctx, { org: req.params.org, code: b.code, name: b.name, kind: b.kind, parent: b.parentId ? { id: b.parentId } : null, reason: b.reason });
      },
    );

    app.get('/orgs/:org/units/:unitId', { schema: { tags, summary: 'A unit with its counts and office holders', params: unitParams, response: { 200: unitDetailSchema, ...errorResponses } } }, async (req) =>
      getUnit(req.ctx, req.params.org, { id: req.params.unitId }),
    );

    app.get('/orgs/:org/units/:unitId/counts', { schema: { tags, summary: 'Direct and subtree member counts and subtree unit count (from maintained counters)', params: unitParams, response: { 200: countsSchema, ...errorResponses } } }, async (req) =>
      getUnitCounts(req.ctx, req.params.org, { id: req.params.unitId }),
    );

    app.get('/orgs/:org/units/:unitId/audit', { schema: { tags: ['audit'], summary: 'Audit events of a unit', params: unitParams, response: { 200: z.object({ items: z.array(auditEventSchema) }), ...errorResponses } } }, async (req) => ({
      items: await entityAuditHistory(req.ctx, req.params.org, 'unit', req.params.unitId),
    }));

    app.get('/orgs/:org/units/:unitId/history', { schema: { tags, summary: 'Renames, moves, splits, merges and dissolution of a unit', params: unitParams, response: { 200: z.object({ items: z.array(unitEventSchema) }), ...errorResponses } } }, async (req) => ({
      items: await getUnitHistory(req.ctx, req.params.org, { id: req.params.unitId }),
    }));

    app.get(
      '/orgs/:org/units/:unitId/members',
      { schema: { tags, summary: 'The roster of a unit', params: unitParams, querystring: z.object(pageQuery), response: { 200: pageOf(memberSchema), ...errorResponses } } },
      async (req) => listMembers(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, cursor: req.query.cursor, limit: req.query.limit }),
    );

    app.post(
      '/orgs/:org/units/:unitId/rename',
      { schema: { tags, summary: 'Rename a unit', params: unitParams, body: z.strictObject({ name: z.string().max(200), reason, version }), response: { 200: unitSchema, ...errorResponses } } },
      async (req) => renameUnit(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, ...req.body }),
    );

    app.post(
      '/orgs/:org/units/:unitId/move',
      { schema: { tags, summary: 'Move a unit with its whole subtree under another parent', params: unitParams, body: z.strictObject({ parentId: id, reason, version }), response: { 200: unitSchema, ...errorResponses } } },
      async (req) => moveUnit(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, newParent: { id: req.body.parentId }, reason: req.body.reason, version: req.body.version }),
    );

    app.post(
      '/orgs/:org/units/:unitId/dissolve',
      { schema: { tags, summary: 'Dissolve an empty unit (kept with its history)', params: unitParams, body: z.strictObject({ reason, version }), response: { 200: unitSchema, ...errorResponses } } },
      async (req) => dissolveUnit(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, ...req.body }),
    );

    app.post(
      '/orgs/:org/units/:unitId/split',
      {
        schema: {
          tags,
          summary: 'Split a unit: the chosen members go to a new sibling',
          description: 'With `dryRun: true` nothing is written and the result shows both sizes against the rulebook bounds.',
          params: unitParams,
          body: z.strictObject({
            memberIds: z.array(id).min(1).max(10000),
            newName: z.string().max(200),
            newCode: z.string().max(40).optional(),
            reason,
            version,
            dryRun: z.boolean().optional(),
          }),
          response: { 200: z.object({ dryRun: z.boolean(), source: unitSchema, created: unitSchema.nullable(), sizes: z.object({ source: sizeCheck, created: sizeCheck }) }), ...errorResponses },
        },
      },
      async (req) => splitUnit(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, ...req.body }),
    );

    app.post(
      '/orgs/:org/units/:unitId/merge',
      {
        schema: {
          tags,
          summary: 'Merge this unit into another of the same kind; this one is dissolved',
          params: unitParams,
          body: z.strictObject({ targetId: id, reason, version, targetVersion: version.optional() }),
          response: { 200: unitSchema.describe('The receiving unit'), ...errorResponses },
        },
      },
      async (req) =>
        mergeUnits(req.ctx, { org: req.params.org, source: { id: req.params.unitId }, target: { id: req.body.targetId }, reason: req.body.reason, sourceVersion: req.body.version, targetVersion: req.body.targetVersion }),
    );

    app.post(
      '/orgs/:org/units/:unitId/offices',
      {
        schema: {
          tags: ['offices'],
          summary: 'Appoint a member to an office of the unit',
          params: unitParams,
          body: z.strictObject({ office: z.string().max(40), memberId: id, startOn: isoDate.optional(), endOn: isoDate.nullable().optional() }),
          response: { 201: officeTermSchema, ...errorResponses },
        },
      },
      async (req, reply) => {
        reply.code(201);
        return appointOfficer(req.ctx, { org: req.params.org, unit: { id: req.params.unitId }, office: req.body.office, member: { id: req.body.memberId }, startOn: req.body.startOn, endOn: req.body.endOn });
      },
    );

    app.post(
      '/orgs/:org/office-terms/:termId/end',
      {
        schema: {
          tags: ['offices'],
          summary: 'End a term of office',
          params: orgParams.extend({ termId: id }),
          body: z.strictObject({ reason, version, endOn: isoDate.optional() }),
          response: { 200: officeTermSchema, ...errorResponses },
        },
      },
      async (req) => endOfficeTerm(req.ctx, { org: req.params.org, termId: req.params.termId, ...req.body }),
    );
  };
}
