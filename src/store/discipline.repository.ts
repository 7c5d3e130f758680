import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { CaseAttachmentTable, CaseStepTable, DisciplineCaseTable, MemberNoticeTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type CaseRow = Selectable<DisciplineCaseTable>;
export type CaseStepRow = Selectable<CaseStepTable>;
export type AttachmentMeta = Omit<Selectable<CaseAttachmentTable>, 'content'>;
export type NoticeRow = Selectable<MemberNoticeTable>;
type Range = { low: string; high: string };

/** A case with the paths of the bodies handling it: what visibility is decided on. */
export type CaseWithBodies = CaseRow & { unit_code: string; unit_path: string; ratify_path: string | null; appeal_path: string | null; member_no: string };

export async function insertCase(db: Executor, row: Insertable<DisciplineCaseTable>): Promise<CaseRow> {
  return db.insertInto('discipline_cases').values(row).returningAll().executeTakeFirstOrThrow();
}

function casesWithBodies(db: Executor, orgId: number) {
  return db
    .selectFrom('discipline_cases as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .innerJoin('members as m', 'm.id', 'c.member_id')
    .leftJoin('units as r', 'r.id', 'c.ratify_unit_id')
    .leftJoin('units as a', 'a.id', 'c.appeal_unit_id')
    .selectAll('c')
    .select(['u.code as unit_code', 'u.path as unit_path', 'r.path as ratify_path', 'a.path as appeal_path', 'm.member_no'])
    .where('c.org_id', '=', orgId);
}

export async function findCase(db: Executor, orgId: number, id: number): Promise<CaseWithBodies | undefined> {
  return casesWithBodies(db, orgId).where('c.id', '=', id).executeTakeFirst();
}

export interface CaseListFilter {
  /** Cases handled by a body in one of these subtrees (opened, to ratify or on appeal); undefined: all. */
  scopes?: readonly Range[] | undefined;
  /** Also the cases about this member (their own). */
  ownMemberId?: number | null | undefined;
  /** Only cases opened by a unit in this subtree. */
  within?: Range | undefined;
  memberId?: number | undefined;
  states?: readonly string[] | undefined;
  afterId?: number | undefined;
  limit: number;
}

export async function listCases(db: Executor, orgId: number, f: CaseListFilter): Promise<CaseWithBodies[]> {
  let q = casesWithBodies(db, orgId);
  const scopes = f.scopes;
  // Nothing handled in reach and no own cases: nothing visible.
  if (scopes && scopes.length === 0 && (f.ownMemberId ?? null) === null) return [];
  if (scopes) {
    const own = f.ownMemberId ?? null;
    q = q.where((w) =>
      w.or([
        ...scopes.flatMap((r) => [
          w.and([w('u.path', '>=', r.low), w('u.path', '<', r.high)]),
          w.and([w('r.path', '>=', r.low), w('r.path', '<', r.high)]),
          w.and([w('a.path', '>=', r.low), w('a.path', '<', r.high)]),
        ]),
        ...(own === null ? [] : [w('c.member_id', '=', own)]),
      ]),
    );
  }
  if (f.within) q = q.where('u.path', '>=', f.within.low).where('u.path', '<', f.within.high);
  if (f.memberId !== undefined) q = q.where('c.member_id', '=', f.memberId);
  if (f.states && f.states.length > 0) q = q.where('c.state', 'in', f.states);
  if (f.afterId !== undefined) q = q.where('c.id', '>', f.afterId);
  return q.orderBy('c.id').limit(f.limit).execute();
}

export async function updateCaseIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<DisciplineCaseTable>): Promise<boolean> {
  return updateIfVersion(db, 'discipline_cases', { orgId, id, version }, patch);
}

export async function insertCaseStep(db: Executor, row: Insertable<CaseStepTable>): Promise<void> {
  await db.insertInto('case_steps').values(row).execute();
}

export async function listCaseSteps(db: Executor, orgId: number, caseId: number): Promise<CaseStepRow[]> {
  return db.selectFrom('case_steps').selectAll().where('org_id', '=', orgId).where('case_id', '=', caseId).orderBy('id').execute();
}

export async function insertAttachment(db: Executor, row: Insertable<CaseAttachmentTable>): Promise<AttachmentMeta> {
  return db
    .insertInto('case_attachments')
    .values(row)
    .returning(['id', 'org_id', 'case_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_by', 'created_at'])
    .executeTakeFirstOrThrow();
}

export async function listAttachments(db: Executor, orgId: number, caseId: number): Promise<AttachmentMeta[]> {
  return db
    .selectFrom('case_attachments')
    .select(['id', 'org_id', 'case_id', 'filename', 'content_type', 'size_bytes', 'sha256', 'uploaded_by', 'created_at'])
    .where('org_id', '=', orgId)
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
}

export async function findAttachment(db: Executor, orgId: number, caseId: number, id: number): Promise<Selectable<CaseAttachmentTable> | undefined> {
  return db.selectFrom('case_attachments').selectAll().where('org_id', '=', orgId).where('case_id', '=', caseId).where('id', '=', id).executeTakeFirst();
}

export async function insertNotice(db: Executor, row: Insertable<MemberNoticeTable>): Promise<void> {
  await db.insertInto('member_notices').values(row).execute();
}

export async function listNotices(db: Executor, orgId: number, memberId: number): Promise<NoticeRow[]> {
  return db.selectFrom('member_notices').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id', 'desc').limit(200).execute();
}

/** Cases whose appeal window has passed without an appeal, and final probations past their end not yet recorded as lifted. */
export async function listDueForSweep(db: Executor, orgId: number | null, today: string): Promise<Pick<CaseRow, 'id' | 'org_id' | 'state'>[]> {
  let q = db
    .selectFrom('discipline_cases')
    .select(['id', 'org_id', 'state'])
    .where((w) =>
      w.or([
        w.and([w('state', '=', 'appeal_window'), w('appeal_due_on', '<', today)]),
        w.and([w('state', '=', 'final'), w('sanction_ends_on', '<=', today), w('sanction_lifted_at', 'is', null)]),
      ]),
    );
  if (orgId !== null) q = q.where('org_id', '=', orgId);
  return q.orderBy('id').limit(1000).execute();
}

/** Cases with a final probation in force today for a member (appointments are refused meanwhile). */
export async function sanctionsInForce(db: Executor, orgId: number, memberId: number, today: string): Promise<CaseRow[]> {
  return db
    .selectFrom('discipline_cases')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('member_id', '=', memberId)
    .where('state', '=', 'final')
    .where('sanction_ends_on', '>', today)
    .where(sql<boolean>`closed_on <= ${today}`)
    .execute();
}

/** Removes the free text and files of every case about a member (an erasure); the steps and outcomes stay. */
export async function eraseCaseTextsOfMember(db: Executor, orgId: number, memberId: number): Promise<void> {
  const ids = db.selectFrom('discipline_cases').select('id').where('org_id', '=', orgId).where('member_id', '=', memberId);
  await db.deleteFrom('case_attachments').where('org_id', '=', orgId).where('case_id', 'in', ids).execute();
  await db.updateTable('case_steps').set({ reason: null }).where('org_id', '=', orgId).where('case_id', 'in', ids).execute();
  await db.updateTable('discipline_cases').set({ charges: '(erased)', defence: null, appeal: null }).where('org_id', '=', orgId).where('member_id', '=', memberId).execute();
  await db.deleteFrom('member_notices').where('org_id', '=', orgId).where('member_id', '=', memberId).execute();
}
