import { allowedCaseActions, isCaseState, type CaseAction } from '../core/discipline/case-states.js';
import { sanctionInForce } from '../core/discipline/penalties.js';
import type { VoteResult } from '../core/vote-rules.js';
import type { AttachmentMeta, CaseStepRow, CaseWithBodies, NoticeRow } from '../store/discipline.repository.js';

export interface CaseView {
  id: number;
  memberId: number;
  memberNo: string;
  unitId: number;
  unitCode: string;
  state: string;
  charges: string;
  incidentOn: string | null;
  openedOn: string;
  defenceDueOn: string;
  defence: string | null;
  defenceOn: string | null;
  hearingOn: string | null;
  hearingMeetingRef: string | null;
  penalty: string | null;
  penaltyMonths: number | null;
  decidedOn: string | null;
  decisionMeetingRef: string | null;
  vote: VoteResult | null;
  ratifyUnitId: number | null;
  ratifiedOn: string | null;
  appealUnitId: number | null;
  appealDueOn: string | null;
  appeal: string | null;
  appealedOn: string | null;
  finalPenalty: string | null;
  finalMonths: number | null;
  closedOn: string | null;
  /** A final probation: in force from the final day until the day before `endsOn`, by the date alone. */
  sanction: { endsOn: string; inForce: boolean } | null;
  /** What the case allows next (whoever may take it). */
  nextActions: CaseAction[];
  version: number;
}

export interface CaseStepView {
  action: string;
  from: string | null;
  to: string;
  actor: string;
  reason: string | null;
  meetingRef: string | null;
  detail: Record<string, unknown>;
  occurredOn: string;
  at: string;
}

export interface AttachmentView {
  id: number;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface CaseDetail extends CaseView {
  timeline: CaseStepView[];
  attachments: AttachmentView[];
}

export interface NoticeView {
  id: number;
  kind: string;
  caseId: number | null;
  message: string;
  dueOn: string | null;
  at: string;
}

export function caseView(c: CaseWithBodies, today: string): CaseView {
  const state = c.state;
  return {
    id: c.id,
    memberId: c.member_id,
    memberNo: c.member_no,
    unitId: c.unit_id,
    unitCode: c.unit_code,
    state,
    charges: c.charges,
    incidentOn: c.incident_on,
    openedOn: c.opened_on,
    defenceDueOn: c.defence_due_on,
    defence: c.defence,
    defenceOn: c.defence_on,
    hearingOn: c.hearing_on,
    hearingMeetingRef: c.hearing_meeting_ref,
    penalty: c.penalty,
    penaltyMonths: c.penalty_months,
    decidedOn: c.decided_on,
    decisionMeetingRef: c.decision_meeting_ref,
    vote: c.vote === null ? null : (JSON.parse(c.vote) as VoteResult),
    ratifyUnitId: c.ratify_unit_id,
    ratifiedOn: c.ratified_on,
    appealUnitId: c.appeal_unit_id,
    appealDueOn: c.appeal_due_on,
    appeal: c.appeal,
    appealedOn: c.appealed_on,
    finalPenalty: c.final_penalty,
    finalMonths: c.final_months,
    closedOn: c.closed_on,
    sanction: c.sanction_ends_on === null ? null : { endsOn: c.sanction_ends_on, inForce: state === 'final' && sanctionInForce(c.closed_on, c.sanction_ends_on, today) },
    nextActions: isCaseState(state) ? allowedCaseActions(state) : [],
    version: c.version,
  };
}

export const caseStepView = (s: CaseStepRow): CaseStepView => ({
  action: s.action,
  from: s.from_state,
  to: s.to_state,
  actor: s.actor,
  reason: s.reason,
  meetingRef: s.meeting_ref,
  detail: JSON.parse(s.detail) as Record<string, unknown>,
  occurredOn: s.occurred_on,
  at: s.at,
});

export const attachmentView = (a: AttachmentMeta): AttachmentView => ({
  id: a.id,
  filename: a.filename,
  contentType: a.content_type,
  sizeBytes: a.size_bytes,
  sha256: a.sha256,
  uploadedBy: a.uploaded_by,
  uploadedAt: a.created_at,
});

export const noticeView = (n: NoticeRow): NoticeView => ({ id: n.id, kind: n.kind, caseId: n.case_id, message: n.message, dueOn: n.due_on, at: n.created_at });
