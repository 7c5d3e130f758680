import { z } from 'zod';
import { caseActions, caseStates } from '../core/discipline/case-states.js';
import { transferStates } from '../core/discipline/transfer-states.js';

/** Request and response schemas of membership steps, transfers and disciplinary cases. */

export const meetingRef = z.string().trim().min(1).max(100).nullable().optional().describe('The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere');
export const caseParams = z.object({ org: z.string().min(1).max(40), caseId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const transferParams = z.object({ org: z.string().min(1).max(40), transferId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export const caseStateSchema = z.enum(caseStates);
export const transferStateSchema = z.enum(transferStates);

export const voteCountSchema = z.strictObject({
  entitled: z.number().int().min(0).describe('Everyone entitled to vote in the deciding body'),
  present: z.number().int().min(0),
  for: z.number().int().min(0),
  against: z.number().int().min(0),
  abstain: z.number().int().min(0),
});

const voteResultSchema = z.object({
  adopted: z.boolean(),
  quorumMet: z.boolean(),
  quorumRequired: z.number().int(),
  votesNeeded: z.number().int(),
  rule: z.object({ quorum: z.union([z.string(), z.object({ atLeast: z.number().int() })]), majority: z.string() }),
  count: z.object({ entitled: z.number().int(), present: z.number().int(), for: z.number().int(), against: z.number().int(), abstain: z.number().int() }),
  explanation: z.string(),
});

export const caseSchema = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberNo: z.string(),
  unitId: z.number().int().describe('The unit that opened the case and decides it'),
  unitCode: z.string(),
  state: z.string(),
  charges: z.string(),
  incidentOn: z.string().nullable(),
  openedOn: z.string(),
  defenceDueOn: z.string(),
  defence: z.string().nullable(),
  defenceOn: z.string().nullable(),
  hearingOn: z.string().nullable(),
  hearingMeetingRef: z.string().nullable(),
  penalty: z.string().nullable().describe('The penalty decided'),
  penaltyMonths: z.number().int().nullable(),
  decidedOn: z.string().nullable(),
  decisionMeetingRef: z.string().nullable(),
  vote: voteResultSchema.nullable(),
  ratifyUnitId: z.number().int().nullable(),
  ratifiedOn: z.string().nullable(),
  appealUnitId: z.number().int().nullable(),
  appealDueOn: z.string().nullable(),
  appeal: z.string().nullable(),
  appealedOn: z.string().nullable(),
  finalPenalty: z.string().nullable().describe('The penalty in effect once final (after a reduction on appeal, the reduced one)'),
  finalMonths: z.number().int().nullable(),
  closedOn: z.string().nullable(),
  sanction: z.object({ endsOn: z.string(), inForce: z.boolean() }).nullable().describe('A final probation: in force until the day before endsOn, by the date alone'),
  nextActions: z.array(z.enum(caseActions)),
  version: z.number().int(),
});

export const attachmentSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

export const caseDetailSchema = caseSchema.extend({
  timeline: z.array(
    z.object({
      action: z.string(),
      from: z.string().nullable(),
      to: z.string(),
      actor: z.string(),
      reason: z.string().nullable(),
      meetingRef: z.string().nullable(),
      detail: z.record(z.string(), z.unknown()),
      occurredOn: z.string(),
      at: z.string(),
    }),
  ),
  attachments: z.array(attachmentSchema),
});

export const caseReportSchema = z.object({
  asOf: z.string(),
  total: z.number().int(),
  byState: z.record(z.string(), z.number().int()),
  byPenalty: z.record(z.string(), z.number().int()),
  byUnit: z.array(z.object({ unitId: z.number().int(), unitCode: z.string(), total: z.number().int(), open: z.number().int(), final: z.number().int() })),
  daysToOutcome: z.object({ cases: z.number().int(), average: z.number().nullable(), median: z.number().nullable(), max: z.number().int().nullable() }),
  overdue: z.object({ defence: z.number().int(), ratification: z.number().int(), appealWindowClosed: z.number().int() }),
});

export const transferSchema = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberNo: z.string(),
  memberName: z.string(),
  fromUnitId: z.number().int(),
  fromUnitCode: z.string(),
  toUnitId: z.number().int(),
  toUnitCode: z.string(),
  state: z.string(),
  reason: z.string(),
  sentOn: z.string(),
  dueOn: z.string(),
  overdue: z.boolean(),
  sentBy: z.string(),
  decidedOn: z.string().nullable(),
  decidedBy: z.string().nullable(),
  decisionReason: z.string().nullable(),
  meetingRef: z.string().nullable(),
  version: z.number().int(),
});

export const attentionItemSchema = z.object({
  kind: z.enum(['defence_overdue', 'appeal_window_closing', 'appeal_window_closed', 'pending_ratification', 'appeal_pending', 'transfer_overdue', 'probation_ended', 'membership_lapsed']),
  dueOn: z.string(),
  caseId: z.number().int().nullable(),
  transferId: z.number().int().nullable(),
  memberId: z.number().int(),
  memberNo: z.string(),
  unitCode: z.string(),
  message: z.string(),
});

export const noticeSchema = z.object({ id: z.number().int(), kind: z.string(), caseId: z.number().int().nullable(), message: z.string(), dueOn: z.string().nullable(), at: z.string() });
