import type { VoteResult } from '../core/vote-rules.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import type { AttendanceRow, DecisionRow, MeetingRow, MinutesRow } from '../store/meeting.repository.js';

export const meetingKinds = ['general', 'committee', 'lesson', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const attendanceStatuses = ['invited', 'present', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export interface AttendanceCounts {
  invited: number;
  present: number;
  excused: number;
  absent: number;
}

export interface MeetingView {
  id: number;
  unitId: number;
  unitCode: string;
  kind: string;
  title: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  timeZone: string;
  /** Wall-clock times in the meeting's zone. */
  localStart: string;
  localEnd: string;
  place: string;
  agenda: string[];
  status: 'scheduled' | 'cancelled';
  cancelReason: string | null;
  sequence: number;
  /** Everyone invited, and how many of them were marked present, excused or absent. */
  attendance: AttendanceCounts & { total: number };
  version: number;
}

export interface AttendanceView {
  memberId: number;
  memberNo: string;
  familyName: string;
  givenName: string;
  status: AttendanceStatus;
  checkedInAt: string | null;
}

export interface MinutesView {
  revision: number;
  status: 'draft' | 'approved';
  text: string;
  correctionReason: string | null;
  approvedAt: string | null;
  createdAt: string;
  version: number;
}

export interface DecisionView {
  id: number;
  text: string;
  adopted: boolean;
  result: VoteResult;
  recordedAt: string;
}

export interface MeetingDetail extends MeetingView {
  invitees: AttendanceView[];
  minutes: MinutesView[];
  decisions: DecisionView[];
}

export const emptyCounts = (): AttendanceCounts & { total: number } => ({ invited: 0, present: 0, excused: 0, absent: 0, total: 0 });

export function meetingView(m: MeetingRow, unitCode: string, counts = emptyCounts()): MeetingView {
  return {
    id: m.id,
    unitId: m.unit_id,
    unitCode,
    kind: m.kind,
    title: m.title,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    timeZone: m.time_zone,
    localStart: utcToLocal(new Date(m.starts_at), m.time_zone),
    localEnd: utcToLocal(new Date(m.ends_at), m.time_zone),
    place: m.place,
    agenda: JSON.parse(m.agenda) as string[],
    status: m.status,
    cancelReason: m.cancel_reason,
    sequence: m.sequence,
    attendance: counts,
    version: m.version,
  };
}

export const attendanceView = (a: AttendanceRow & { member_no: string; family_name: string; given_name: string }): AttendanceView => ({
  memberId: a.member_id,
  memberNo: a.member_no,
  familyName: a.family_name,
  givenName: a.given_name,
  status: a.status,
  checkedInAt: a.checked_in_at,
});

export const minutesView = (m: MinutesRow): MinutesView => ({
  revision: m.revision,
  status: m.status,
  text: m.text,
  correctionReason: m.correction_reason,
  approvedAt: m.approved_at,
  createdAt: m.created_at,
  version: m.version,
});

export const decisionView = (d: DecisionRow): DecisionView => ({ id: d.id, text: d.text, adopted: d.adopted === 1, result: JSON.parse(d.result) as VoteResult, recordedAt: d.created_at });

export function countsFrom(rows: readonly { status: string; n: number }[]): AttendanceCounts & { total: number } {
  const c = emptyCounts();
  for (const r of rows) {
    if (r.status === 'invited' || r.status === 'present' || r.status === 'excused' || r.status === 'absent') c[r.status] += r.n;
    c.total += r.n;
  }
  return c;
}
