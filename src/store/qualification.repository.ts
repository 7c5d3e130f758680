import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { QualificationTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type QualificationRow = Selectable<QualificationTable>;

export async function insertQualification(db: Executor, row: Insertable<QualificationTable>): Promise<QualificationRow> {
  return db.insertInto('qualifications').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listQualificationsOf(db: Executor, orgId: number, memberId: number): Promise<QualificationRow[]> {
  return db.selectFrom('qualifications').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('area').orderBy('id').execute();
}

/** Qualifications not revoked that expire on or before `until` (already expired included), with their holders. */
export async function listExpiringQualifications(db: Executor, orgId: number, until: string): Promise<(QualificationRow & { member_no: string; unit_id: number | null })[]> {
  return db
    .selectFrom('qualifications as q')
    .innerJoin('members as m', 'm.id', 'q.member_id')
    .selectAll('q')
    .select(['m.member_no', 'm.unit_id'])
    .where('q.org_id', '=', orgId)
    .where('q.revoked_at', 'is', null)
    .where('q.expires_on', 'is not', null)
    .where('q.expires_on', '<=', until)
    .orderBy('q.expires_on')
    .limit(5000)
    .execute();
}

export async function findQualification(db: Executor, orgId: number, id: number): Promise<QualificationRow | undefined> {
  return db.selectFrom('qualifications').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Ends a qualification from `at` on (it is no longer valid), if the row still has `version`. */
export async function endQualificationIfVersion(db: Executor, orgId: number, id: number, version: number, at: string): Promise<boolean> {
  return updateIfVersion(db, 'qualifications', { orgId, id, version }, { revoked_at: at }, { revoked_at: null });
}
