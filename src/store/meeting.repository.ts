import { type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { MeetingAttendanceTable, MeetingDecisionTable, MeetingMinutesTable, MeetingTable } from './schema.js';
import type { PathRange } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type MeetingRow = Selectable<MeetingTable>;
export type AttendanceRow = Selectable<MeetingAttendanceTable>;
export type MinutesRow = Selectable<MeetingMinutesTable>;
export type DecisionRow = Selectable<MeetingDecisionTable>;

export async function insertMeeting(db: Executor, row: Insertable<MeetingTable>): Promise<MeetingRow> {
  return db.insertInto('meetings').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findMeeting(db: Executor, orgId: number, id: number): Promise<MeetingRow | undefined> {
  return db.selectFrom('meetings').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function updateMeetingIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<MeetingTable>): Promise<boolean> {
  return updateIfVersion(db, 'meetings', { orgId, id, version }, patch);
}

export interface MeetingListFilter {
  unitId?: number;
  subtree?: PathRange;
  scopes?: readonly PathRange[] | undefined;
  from?: string;
  to?: string;
  afterId?: number;
  limit: number;
}

export async function listMeetings(db: Executor, orgId: number, f: MeetingListFilter): Promise<(MeetingRow & { unit_code: string })[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = db.selectFrom('meetings as m').innerJoin('units as u', 'u.id', 'm.unit_id').selectAll('m').select('u.code as unit_code').where('m.org_id', '=', orgId);
  if (f.unitId !== undefined) q = q.where('m.unit_id', '=', f.unitId);
  if (f.subtree) q = q.where('u.path', '>=', f.subtree.low).where('u.path', '<', f.subtree.high);
  const scopes = f.scopes;
  if (scopes) q = q.where((eb) => eb.or(scopes.map((r) => eb.and([eb('u.path', '>=', r.low), eb('u.path', '<', r.high)]))));
  if (f.from) q = q.where('m.starts_at', '>=', f.from);
  if (f.to) q = q.where('m.starts_at', '<', f.to);
  if (f.afterId !== undefined) q = q.where('m.id', '>', f.afterId);
  return q.orderBy('m.id').limit(f.limit).execute();
}

export async function insertAttendance(db: Executor, rows: Insertable<MeetingAttendanceTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('meeting_attendance').values(rows.slice(i, i + 500)).execute();
}

export async function listAttendance(db: Executor, orgId: number, meetingId: number): Promise<(AttendanceRow & { member_no: string; family_name: string; given_name: string })[]> {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('members as p', 'p.id', 'a.member_id')
    .selectAll('a')
    .select(['p.member_no', 'p.family_name', 'p.given_name'])
    .where('a.org_id', '=', orgId)
    .where('a.meeting_id', '=', meetingId)
    .orderBy('p.family_name')
    .orderBy('p.given_name')
    .orderBy('p.id')
    .execute();
}

export async function setAttendance(db: Executor, orgId: number, meetingId: number, memberId: number, status: AttendanceRow['status'], checkedInAt: string | null): Promise<boolean> {
  const res = await db
    .updateTable('meeting_attendance')
    .set({ status, checked_in_at: checkedInAt })
    .where('org_id', '=', orgId)
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Attendance counts per status for many meetings in one query. */
export async function attendanceCounts(db: Executor, orgId: number, meetingIds: readonly number[]): Promise<{ meeting_id: number; status: string; n: number }[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .selectFrom('meeting_attendance')
    .select(['meeting_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('meeting_id', 'in', meetingIds)
    .groupBy(['meeting_id', 'status'])
    .execute();
  return rows.map((r) => ({ meeting_id: Number(r.meeting_id), status: r.status, n: Number(r.n) }));
}

export async function listMinutes(db: Executor, orgId: number, meetingId: number): Promise<MinutesRow[]> {
  return db.selectFrom('meeting_minutes').selectAll().where('org_id', '=', orgId).where('meeting_id', '=', meetingId).orderBy('revision').execute();
}

export async function insertMinutes(db: Executor, row: Insertable<MeetingMinutesTable>): Promise<MinutesRow> {
  return db.insertInto('meeting_minutes').values(row).returningAll().executeTakeFirstOrThrow();
}

/** Changes a draft only: approved minutes are never written again (the database refuses too). */
export async function updateDraftMinutesIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<MeetingMinutesTable>): Promise<boolean> {
  return updateIfVersion(db, 'meeting_minutes', { orgId, id, version }, patch, { status: 'draft' });
}

export async function insertDecision(db: Executor, row: Insertable<MeetingDecisionTable>): Promise<DecisionRow> {
  return db.insertInto('meeting_decisions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listDecisions(db: Executor, orgId: number, meetingId: number): Promise<DecisionRow[]> {
  return db.selectFrom('meeting_decisions').selectAll().where('org_id', '=', orgId).where('meeting_id', '=', meetingId).orderBy('id').execute();
}

/** Active members placed directly in a unit and the current holders of its offices: who a meeting invites by default. */
export async function defaultInvitees(db: Executor, orgId: number, unitId: number, on: string, activeStatuses: readonly string[]): Promise<number[]> {
  const placed = await db.selectFrom('members').select('id').where('org_id', '=', orgId).where('unit_id', '=', unitId).where('status', 'in', activeStatuses).execute();
  const holders = await db
    .selectFrom('office_terms as t')
    .innerJoin('members as m', 'm.id', 't.member_id')
    .select('m.id')
    .where('t.org_id', '=', orgId)
    .where('t.unit_id', '=', unitId)
    .where('t.start_on', '<=', on)
    .where((eb) => eb.or([eb('t.end_on', 'is', null), eb('t.end_on', '>', on)]))
    .where('m.status', 'in', activeStatuses)
    .execute();
  return [...new Set([...placed, ...holders].map((r) => r.id))].sort((a, b) => a - b);
}

/** Start instants and zones of the meetings held (not cancelled) by units in a range of paths, since `from`. */
export async function heldMeetingsInSubtree(db: Executor, orgId: number, subtree: PathRange | undefined, from: string, to: string): Promise<{ unit_id: number; starts_at: string; time_zone: string }[]> {
  let q = db
    .selectFrom('meetings as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select(['m.unit_id', 'm.starts_at', 'm.time_zone'])
    .where('m.org_id', '=', orgId)
    .where('m.status', '=', 'scheduled')
    .where('m.starts_at', '>=', from)
    .where('m.starts_at', '<', to);
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.execute();
}

/** Meetings a member is invited to (for their calendar), from `from` on. */
export async function meetingsOfMember(db: Executor, orgId: number, memberId: number, from: string): Promise<MeetingRow[]> {
  return db
    .selectFrom('meetings as m')
    .innerJoin('meeting_attendance as a', 'a.meeting_id', 'm.id')
    .selectAll('m')
    .where('a.org_id', '=', orgId)
    .where('a.member_id', '=', memberId)
    .where('m.starts_at', '>=', from)
    .orderBy('m.starts_at')
    .limit(1000)
    .execute();
}
