import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { MembershipStepTable, TransferRequestTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type MembershipStepRow = Selectable<MembershipStepTable>;
export type TransferRow = Selectable<TransferRequestTable>;
type Range = { low: string; high: string };

export async function insertMembershipStep(db: Executor, row: Insertable<MembershipStepTable>): Promise<void> {
  await db.insertInto('membership_steps').values(row).execute();
}

export async function listMembershipSteps(db: Executor, orgId: number, memberId: number): Promise<MembershipStepRow[]> {
  return db.selectFrom('membership_steps').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id').execute();
}

export async function insertTransfer(db: Executor, row: Insertable<TransferRequestTable>): Promise<TransferRow> {
  return db.insertInto('transfer_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findTransfer(db: Executor, orgId: number, id: number): Promise<TransferRow | undefined> {
  return db.selectFrom('transfer_requests').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findOpenTransferOfMember(db: Executor, orgId: number, memberId: number): Promise<TransferRow | undefined> {
  return db.selectFrom('transfer_requests').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).where('state', '=', 'sent').executeTakeFirst();
}

export async function updateTransferIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<TransferRequestTable>): Promise<boolean> {
  return updateIfVersion(db, 'transfer_requests', { orgId, id, version }, patch);
}

export interface TransferListFilter {
  /** Transfers whose sending or receiving unit lies in one of these subtrees; undefined: all. */
  scopes?: readonly Range[] | undefined;
  state?: string | undefined;
  /** Only sent transfers due before this day. */
  overdueOn?: string | undefined;
  afterId?: number | undefined;
  limit: number;
}

export type TransferListRow = TransferRow & { from_code: string; to_code: string; member_no: string; family_name: string; given_name: string };

export async function listTransfers(db: Executor, orgId: number, f: TransferListFilter): Promise<TransferListRow[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = db
    .selectFrom('transfer_requests as t')
    .innerJoin('units as fu', 'fu.id', 't.from_unit_id')
    .innerJoin('units as tu', 'tu.id', 't.to_unit_id')
    .innerJoin('members as m', 'm.id', 't.member_id')
    .selectAll('t')
    .select(['fu.code as from_code', 'tu.code as to_code', 'm.member_no', 'm.family_name', 'm.given_name'])
    .where('t.org_id', '=', orgId);
  const scopes = f.scopes;
  if (scopes) {
    q = q.where((w) =>
      w.or(scopes.flatMap((r) => [w.and([w('fu.path', '>=', r.low), w('fu.path', '<', r.high)]), w.and([w('tu.path', '>=', r.low), w('tu.path', '<', r.high)])])),
    );
  }
  if (f.state) q = q.where('t.state', '=', f.state as TransferRow['state']);
  if (f.overdueOn) q = q.where('t.state', '=', 'sent').where('t.due_on', '<', f.overdueOn);
  if (f.afterId !== undefined) q = q.where('t.id', '>', f.afterId);
  return q.orderBy('t.id').limit(f.limit).execute();
}

/** Candidates placed in a subtree (for probation checks). */
export async function listCandidatesIn(db: Executor, orgId: number, range: Range, limit: number) {
  return db
    .selectFrom('members')
    .innerJoin('units', 'units.id', 'members.unit_id')
    .select(['members.id', 'members.member_no', 'members.joined_on', 'members.placed_on', 'members.probation_ends_on', 'units.id as unit_id', 'units.code as unit_code'])
    .where('members.org_id', '=', orgId)
    .where('members.status', '=', 'candidate')
    .where('units.path', '>=', range.low)
    .where('units.path', '<', range.high)
    .orderBy('members.id')
    .limit(limit)
    .execute();
}

/** Active members placed in a subtree with no recorded activity (dues, attendance; else placement or joining) since `cutoff`. */
export async function listInactiveIn(db: Executor, orgId: number, range: Range, statuses: readonly string[], cutoff: string, limit: number) {
  return db
    .selectFrom('members')
    .innerJoin('units', 'units.id', 'members.unit_id')
    .select(['members.id', 'members.member_no', 'units.code as unit_code', sql<string>`coalesce(members.last_active_on, members.placed_on, members.joined_on)`.as('last_active')])
    .where('members.org_id', '=', orgId)
    .where('members.status', 'in', statuses)
    .where('units.path', '>=', range.low)
    .where('units.path', '<', range.high)
    .where(sql<boolean>`coalesce(members.last_active_on, members.placed_on, members.joined_on) <= ${cutoff}`)
    .orderBy('members.id')
    .limit(limit)
    .execute();
}
