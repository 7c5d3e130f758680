import { z } from 'zod';
import { memberStatuses } from '../core/member-status.js';

/** Shared request and response schemas: the single source of validation and of the OpenAPI document. */

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD').describe('Date, YYYY-MM-DD');
export const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
export const reason = z.string().trim().min(1, 'say why; it is kept in the history').max(500);
export const version = z.number().int().positive().describe('The version you read; a stale version gets 409');

export const orgParams = z.object({ org: z.string().min(1).max(40) });
export const unitParams = orgParams.extend({ unitId: id });
export const memberParams = orgParams.extend({ memberId: id });

export const pageQuery = {
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
  limit: z.coerce.number().int().min(1).max(500).optional().describe('Page size, 1–500 (default 50)'),
};

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');
export const booleanQuery = bool.optional();

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    code: z.string(),
    hint: z.string().optional(),
    problems: z.array(z.object({ path: z.string(), message: z.string(), line: z.number().int().optional(), column: z.string().optional() })).optional(),
  })
  .describe('RFC 9457 problem details');

export const orgSchema = z.object({ slug: z.string(), name: z.string(), rulebookVersion: z.number().int(), createdAt: z.string() });

export const countsSchema = z.object({ directMembers: z.number().int(), subtreeMembers: z.number().int(), subtreeUnits: z.number().int() });

export const unitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  name: z.string(),
  kind: z.string(),
  parentId: z.number().int().nullable(),
  depth: z.number().int(),
  status: z.enum(['active', 'dissolved']),
  createdOn: z.string(),
  dissolvedOn: z.string().nullable(),
  counts: countsSchema,
  version: z.number().int(),
});

export const unitListItemSchema = unitSchema.extend({ vacantOffices: z.array(z.string()).describe('Required offices with no holder today') });

export const officeTermSchema = z.object({
  id: z.number().int(),
  unitId: z.number().int(),
  office: z.string(),
  memberId: z.number().int(),
  startOn: z.string(),
  endOn: z.string().nullable().describe('First day the holder no longer holds the office; null = open-ended'),
  endReason: z.string().nullable(),
  version: z.number().int(),
});

export const unitDetailSchema = unitSchema.extend({
  parentCode: z.string().nullable(),
  offices: z.array(z.object({ office: z.string(), required: z.boolean(), holder: officeTermSchema.extend({ holderName: z.string() }).nullable() })),
  allowed: z.array(z.enum(['read', 'read_names', 'write_members', 'write_structure', 'run_meetings'])).describe('What you may do in this unit'),
});

export const unitEventSchema = z.object({
  type: z.string(),
  occurredOn: z.string(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  recordedAt: z.string(),
});

export const memberStatusSchema = z.enum(memberStatuses);

export const memberSchema = z.object({
  id: z.number().int(),
  memberNo: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: z.string(),
  unitId: z.number().int().nullable(),
  placedOn: z.string().nullable(),
  joinedOn: z.string(),
  version: z.number().int(),
});

export const memberDetailSchema = memberSchema.extend({
  unitCode: z.string().nullable(),
  nextStatuses: z.array(memberStatusSchema).describe('Statuses this member may be moved to from the current one'),
  placements: z.array(
    z.object({ unitId: z.number().int(), unitCode: z.string().nullable(), startOn: z.string(), endOn: z.string().nullable(), reason: z.string().nullable(), endReason: z.string().nullable() }),
  ),
  events: z.array(z.object({ type: z.string(), from: z.string().nullable(), to: z.string().nullable(), occurredOn: z.string(), reason: z.string().nullable() })),
  offices: z.array(officeTermSchema),
  probation: z.object({ endsOn: z.string(), extensions: z.number().int() }).nullable().describe("A candidate's probation; null otherwise"),
  steps: z
    .array(z.object({ step: z.string(), from: z.string(), to: z.string(), unitId: z.number().int().nullable(), meetingRef: z.string().nullable(), occurredOn: z.string(), reason: z.string(), actor: z.string() }))
    .describe('Promotions, probation extensions and rejections, with the deciding unit and meeting'),
});

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const importReportSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

const siblingSchema = z.object({ id: z.number().int(), code: z.string(), name: z.string(), count: z.number().int() });
export const violationSchema = z.object({
  type: z.enum(['unit_too_small', 'unit_too_large', 'office_vacant', 'member_without_unit']),
  unit: z.object({ id: z.number().int(), code: z.string(), name: z.string(), kind: z.string() }).nullable(),
  member: z.object({ id: z.number().int(), memberNo: z.string() }).nullable(),
  message: z.string(),
  remedy: z.object({
    action: z.enum(['merge', 'transfer_in', 'dissolve', 'split', 'review_bounds', 'appoint', 'place']),
    description: z.string(),
    with: siblingSchema.optional(),
    resultingSize: z.number().int().optional(),
    needed: z.number().int().optional(),
    from: z.array(z.object({ unit: siblingSchema, count: z.number().int() })).optional(),
    sizes: z.array(z.number().int()).optional(),
    office: z.string().optional(),
    reason: z.string().optional(),
  }),
});

export const violationReportSchema = z.object({
  checkedOn: z.string(),
  totals: z.object({ unit_too_small: z.number().int(), unit_too_large: z.number().int(), office_vacant: z.number().int(), member_without_unit: z.number().int() }),
  violations: z.array(violationSchema),
  truncated: z.boolean(),
});


/** The error responses every route can give, for the OpenAPI document. */
export const errorResponses = {
  400: problemSchema,
  401: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
} as const;

const jsonValue: z.ZodType<unknown> = z.unknown();
export const auditEventSchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  reason: z.string().nullable(),
  data: jsonValue,
  personal: jsonValue.describe('Personal fields recorded with the event; null when none or erased'),
});
