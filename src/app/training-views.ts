import type { EnrolmentState } from '../core/training/enrolment-states.js';
import type { ClassWithUnit, CourseRow, EnrolmentEventRow, EnrolmentWithMember } from '../store/course.repository.js';
import type { LessonAttendanceRow, LessonWithUnit } from '../store/lesson.repository.js';
import type { QualificationRow } from '../store/qualification.repository.js';
import { utcToLocal } from '../core/meetings/time-zone.js';

export interface CourseView {
  id: number;
  code: string;
  unitId: number;
  unitCode: string;
  title: string;
  area: string;
  level: CourseRow['level'];
  description: string;
  fee: number;
  currency: string;
  lessons: number;
  completion: { minAttendancePercent: number; finalPieceRequired: boolean };
  status: CourseRow['status'];
  version: number;
}

export const courseView = (c: CourseRow, unitCode: string): CourseView => ({
  id: c.id,
  code: c.code,
  unitId: c.unit_id,
  unitCode,
  title: c.title,
  area: c.area,
  level: c.level,
  description: c.description,
  fee: c.fee,
  currency: c.currency,
  lessons: c.lessons,
  completion: { minAttendancePercent: c.min_attendance_percent, finalPieceRequired: c.final_piece_required === 1 },
  status: c.status,
  version: c.version,
});

export interface PlaceCounts {
  capacity: number;
  enrolled: number;
  waitlisted: number;
  enquiries: number;
  /** Free places (never below zero, even when enrolled over capacity by override). */
  free: number;
}

export function placeCounts(capacity: number, rows: readonly { state: string; n: number }[]): PlaceCounts {
  const n = (s: EnrolmentState): number => rows.filter((r) => r.state === s).reduce((a, r) => a + r.n, 0);
  const enrolled = n('enrolled');
  return { capacity, enrolled, waitlisted: n('waitlisted'), enquiries: n('enquiry'), free: Math.max(0, capacity - enrolled) };
}

export interface ClassView {
  id: number;
  unitId: number;
  unitCode: string;
  name: string;
  courseId: number;
  courseCode: string;
  courseTitle: string;
  area: string;
  instructorId: number;
  schedule: string;
  room: string;
  startsOn: string;
  endsOn: string;
  timeZone: string;
  places: PlaceCounts;
  version: number;
}

export function classView(k: ClassWithUnit, course: Pick<CourseRow, 'code' | 'title' | 'area'>, places: PlaceCounts): ClassView {
  return {
    id: k.id,
    unitId: k.unit_id,
    unitCode: k.unit_code,
    name: k.unit_name,
    courseId: k.course_id,
    courseCode: course.code,
    courseTitle: course.title,
    area: course.area,
    instructorId: k.instructor_id,
    schedule: k.schedule,
    room: k.room,
    startsOn: k.starts_on,
    endsOn: k.ends_on,
    timeZone: k.time_zone,
    places,
    version: k.version,
  };
}

export interface EnrolmentEventView {
  action: string;
  from: string | null;
  to: string;
  reason: string | null;
  actor: string;
  at: string;
}

export interface EnrolmentView {
  id: number;
  classId: number;
  memberId: number;
  memberNo: string;
  familyName: string;
  givenName: string;
  state: EnrolmentState;
  /** 1 for the first on the waitlist; null when not waiting. */
  waitlistPosition: number | null;
  overCapacityReason: string | null;
  finalPiece: 'passed' | 'failed' | null;
  transferredToId: number | null;
  version: number;
  timeline: EnrolmentEventView[];
}

export const enrolmentEventView = (e: EnrolmentEventRow): EnrolmentEventView => ({ action: e.action, from: e.from_state, to: e.to_state, reason: e.reason, actor: e.actor, at: e.at });

export function enrolmentView(e: EnrolmentWithMember, waitlistPosition: number | null, events: readonly EnrolmentEventRow[]): EnrolmentView {
  return {
    id: e.id,
    classId: e.class_id,
    memberId: e.member_id,
    memberNo: e.member_no,
    familyName: e.family_name,
    givenName: e.given_name,
    state: e.state,
    waitlistPosition,
    overCapacityReason: e.over_capacity_reason,
    finalPiece: e.final_piece,
    transferredToId: e.transferred_to_id,
    version: e.version,
    timeline: events.filter((x) => x.enrolment_id === e.id).map(enrolmentEventView),
  };
}

/** Waitlist positions of a class's waiting enrolments, in the order places are given. */
export function waitlistPositions(rows: readonly EnrolmentWithMember[]): Map<number, number> {
  const waiting = rows.filter((r) => r.state === 'waitlisted').sort((a, b) => (a.waitlisted_at ?? '').localeCompare(b.waitlisted_at ?? '') || a.id - b.id);
  return new Map(waiting.map((r, i) => [r.id, i + 1]));
}

export interface LessonView {
  id: number;
  kind: 'class' | 'private';
  unitId: number;
  unitCode: string;
  classId: number | null;
  instructorId: number;
  studentId: number | null;
  room: string | null;
  /** The craft area taught (a class lesson's course's; a private lesson's if named). */
  area: string | null;
  /** Booked outside the instructor's weekly availability, for this reason. */
  outsideAvailabilityReason: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  localStart: string;
  localEnd: string;
  status: 'booked' | 'cancelled';
  cancelReason: string | null;
  attendance: { memberId: number; status: 'present' | 'absent' | 'excused' }[];
  version: number;
}

export const lessonView = (l: LessonWithUnit, attendance: readonly LessonAttendanceRow[] = []): LessonView => ({
  id: l.id,
  kind: l.kind,
  unitId: l.unit_id,
  unitCode: l.unit_code,
  classId: l.class_id,
  instructorId: l.instructor_id,
  studentId: l.student_id,
  room: l.room,
  area: l.area,
  outsideAvailabilityReason: l.outside_availability_reason,
  startsAt: l.starts_at,
  endsAt: l.ends_at,
  timeZone: l.time_zone,
  localStart: utcToLocal(new Date(l.starts_at), l.time_zone),
  localEnd: utcToLocal(new Date(l.ends_at), l.time_zone),
  status: l.status,
  cancelReason: l.cancel_reason,
  attendance: attendance.filter((a) => a.lesson_id === l.id).map((a) => ({ memberId: a.member_id, status: a.status })),
  version: l.version,
});

export interface QualificationView {
  id: number;
  memberId: number;
  area: string;
  kind: 'qualification' | 'licence';
  title: string;
  issuer: string;
  number: string | null;
  issuedOn: string;
  expiresOn: string | null;
  /** Valid today: issued, not expired, not revoked. */
  valid: boolean;
  version: number;
}

export const qualificationView = (q: QualificationRow, today: string): QualificationView => ({
  id: q.id,
  memberId: q.member_id,
  area: q.area,
  kind: q.kind,
  title: q.title,
  issuer: q.issuer,
  number: q.number,
  issuedOn: q.issued_on,
  expiresOn: q.expires_on,
  valid: isQualificationValid(q, today),
  version: q.version,
});

/** Valid on `on`: issued by then, not yet expired (the expiry day is the last valid day), not revoked. */
export const isQualificationValid = (q: Pick<QualificationRow, 'issued_on' | 'expires_on' | 'revoked_at'>, on: string): boolean =>
  q.revoked_at === null && q.issued_on <= on && (q.expires_on === null || q.expires_on >= on);
