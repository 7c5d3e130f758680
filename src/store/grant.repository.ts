import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { GrantTable } from './schema.js';

export type GrantRow = Selectable<GrantTable>;

/** What authorization needs to know about a user account. */
export async function findUserAccess(db: Executor, userId: number): Promise<{ is_admin: number; org_id: number | null; member_id: number | null; disabled_at: string | null } | undefined> {
  return db.selectFrom('users').select(['is_admin', 'org_id', 'member_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
}

/** Grants of a user in an organization that hold on `on`, with the path of the unit granted at. */
export async function activeGrantsWithPaths(db: Executor, orgId: number, userId: number, on: string): Promise<{ role: string; path: string }[]> {
  return db
    .selectFrom('grants')
    .innerJoin('units', 'units.id', 'grants.unit_id')
    .select(['grants.role', 'units.path'])
    .where('grants.org_id', '=', orgId)
    .where('grants.user_id', '=', userId)
    .where('grants.start_on', '<=', on)
    .where((eb) => eb.or([eb('grants.end_on', 'is', null), eb('grants.end_on', '>', on)]))
    .execute();
}

/** Paths of the units where a member holds an office on `on`. */
export async function officePathsOfMember(db: Executor, orgId: number, memberId: number, on: string): Promise<string[]> {
  const rows = await db
    .selectFrom('office_terms')
    .innerJoin('units', 'units.id', 'office_terms.unit_id')
    .select('units.path')
    .where('office_terms.org_id', '=', orgId)
    .where('office_terms.member_id', '=', memberId)
    .where('office_terms.start_on', '<=', on)
    .where((eb) => eb.or([eb('office_terms.end_on', 'is', null), eb('office_terms.end_on', '>', on)]))
    .where('units.status', '=', 'active')
    .execute();
  return rows.map((r) => r.path);
}

export async function insertGrant(db: Executor, row: Insertable<GrantTable>): Promise<GrantRow> {
  return db.insertInto('grants').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findGrant(db: Executor, orgId: number, id: number): Promise<GrantRow | undefined> {
  return db.selectFrom('grants').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function endGrant(db: Executor, orgId: number, id: number, endOn: string): Promise<void> {
  await db.updateTable('grants').set({ end_on: endOn }).where('org_id', '=', orgId).where('id', '=', id).execute();
}

/** Organizations where a user holds a grant today or is linked to a member record. */
export async function orgIdsOfUser(db: Executor, userId: number, on: string): Promise<number[]> {
  const grants = await db
    .selectFrom('grants')
    .select('org_id')
    .distinct()
    .where('user_id', '=', userId)
    .where('start_on', '<=', on)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>', on)]))
    .execute();
  const own = await db.selectFrom('users').select('org_id').where('id', '=', userId).where('org_id', 'is not', null).where('member_id', 'is not', null).execute();
  return [...new Set([...grants.map((g) => g.org_id), ...own.map((o) => Number(o.org_id))])];
}

/** Disables and renames the accounts linked to an erased member, and unlinks them. */
export async function anonymizeUsersOfMember(db: Executor, memberId: number, at: string): Promise<void> {
  const users = await db.selectFrom('users').select('id').where('member_id', '=', memberId).execute();
  for (const u of users) {
    await db.updateTable('users').set({ username: `erased-${u.id}`, password_hash: null, member_id: null, disabled_at: at }).where('id', '=', u.id).execute();
    await db.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', u.id).where('revoked_at', 'is', null).execute();
  }
}
