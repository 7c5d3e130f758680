import type { TransferRow } from '../store/lifecycle.repository.js';

export interface TransferView {
  id: number;
  memberId: number;
  /** Who is being transferred: both units' officers handle the person. */
  memberNo: string;
  memberName: string;
  fromUnitId: number;
  fromUnitCode: string;
  toUnitId: number;
  toUnitCode: string;
  state: string;
  reason: string;
  sentOn: string;
  dueOn: string;
  /** Still awaiting the receiving unit after the due date. */
  overdue: boolean;
  sentBy: string;
  decidedOn: string | null;
  decidedBy: string | null;
  decisionReason: string | null;
  meetingRef: string | null;
  version: number;
}

export const transferView = (t: TransferRow & { from_code: string; to_code: string; member_no: string; family_name: string; given_name: string }, today: string): TransferView => ({
  id: t.id,
  memberId: t.member_id,
  memberNo: t.member_no,
  memberName: `${t.family_name} ${t.given_name}`,
  fromUnitId: t.from_unit_id,
  fromUnitCode: t.from_code,
  toUnitId: t.to_unit_id,
  toUnitCode: t.to_code,
  state: t.state,
  reason: t.reason,
  sentOn: t.sent_on,
  dueOn: t.due_on,
  overdue: t.state === 'sent' && t.due_on < today,
  sentBy: t.sent_by,
  decidedOn: t.decided_on,
  decidedBy: t.decided_by,
  decisionReason: t.decision_reason,
  meetingRef: t.meeting_ref,
  version: t.version,
});
