import { type Insertable, type Selectable } from 'kysely';
import { SqlText } from './sql-text.js';
import type { Executor } from './database.js';
import type { GrantTable } from './schema.js';

export type GrantRow = Selectable<GrantTable>;

/** What authorization needs to know about a user account. */
export async function findUserAccess(db: Executor, userId: number): Promise<{ is_admin: number; org_id: number | null; member_id: number | null; disabled_at: string | null } | undefined> {
  return db.selectFrom('users').select(['is_admin', 'org_id', 'member_id', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
}

export interface ActorAccessRow {
  is_admin: number;
  disabled_at: string | null;
  /** The user's own member record in this organization (null: none, or in another organization). */
  member_id: number | null;
  member_status: string | null;
  /** Path of the unit the own member is placed in. */
  member_unit_path: string | null;
  /** 'grant': a stored grant held on `on`; 'office': an office of the own member on `on`; null: neither. */
  source: 'grant' | 'office' | null;
  role: string | null;
  path: string | null;
}

/**
 * Everything authorization needs about a user in an organization, in one round trip (every request
 * pays it): one row per stored grant and per office of their own member held on `on` (with the unit
 * path), each carrying the account's standing and the own member's status and unit; one row with
 * `source` null when there are none; no rows when the user does not exist.
 */
export async function findActorAccess(db: Executor, orgId: number, userId: number, on: string): Promise<ActorAccessRow[]> {
  const t = new SqlText(db);
  return (await db.executeQuery(t.compiled<ActorAccessRow>(actorAccessQuery(t, null, orgId, userId, on)))).rows;
}

/**
 * The query of `findActorAccess` as text (values added to `t`), for an organization given by id
 * or, in a statement that finds the organization itself, by an SQL expression such as `o.id`.
 */
export function actorAccessQuery(t: SqlText, orgExpr: string | null, orgId: number | null, userId: number, on: string): string {
  const org = (): string => orgExpr ?? t.param(orgId);
  return `select u.is_admin, u.disabled_at, m.id as member_id, m.status as member_status, mu.path as member_unit_path, x.source, x.role, x.path
    from users u
    left join members m on m.org_id = ${org()} and u.org_id = ${org()} and m.id = u.member_id
    left join units mu on mu.org_id = ${org()} and mu.id = m.unit_id
    left join (
      select 'grant' as source, g.role as role, gu.path as path
      from grants g inner join units gu on gu.id = g.unit_id
      where g.org_id = ${org()} and g.user_id = ${t.param(userId)} and g.start_on <= ${t.param(on)} and (g.end_on is null or g.end_on > ${t.param(on)})
      union all
      select 'office', 'officer', ou.path
      from users tu inner join office_terms t on t.org_id = ${org()} and t.member_id = tu.member_id inner join units ou on ou.id = t.unit_id
      where tu.id = ${t.param(userId)} and tu.org_id = ${org()} and t.start_on <= ${t.param(on)} and (t.end_on is null or t.end_on > ${t.param(on)}) and ou.status = 'active'
    ) x on 1 = 1
    where u.id = ${t.param(userId)}`;
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
