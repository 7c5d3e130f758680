import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { UserTable } from './schema.js';

export type UserRow = Selectable<UserTable>;

export async function insertUser(db: Executor, row: Insertable<UserTable>): Promise<UserRow> {
  return db.insertInto('users').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every account with the organization and member number it is linked to, for administrators. */
export async function listUsersWithLinks(db: Executor): Promise<(UserRow & { org_slug: string | null; member_no: string | null })[]> {
  return db
    .selectFrom('users')
    .leftJoin('orgs', 'orgs.id', 'users.org_id')
    .leftJoin('members', 'members.id', 'users.member_id')
    .selectAll('users')
    .select(['orgs.slug as org_slug', 'members.member_no as member_no'])
    .orderBy('users.username')
    .execute();
}

/** Applies `changes` if the row still has `version`; false when someone changed it meanwhile. */
export async function updateUser(db: Executor, id: number, version: number, changes: Updateable<UserTable>): Promise<boolean> {
  const res = await db
    .updateTable('users')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function findUserByMember(db: Executor, memberId: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('member_id', '=', memberId).executeTakeFirst();
}

/** Administrators who can still log in (the last one must not be disabled). */
export async function countEnabledAdmins(db: Executor): Promise<number> {
  const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('is_admin', '=', 1).where('disabled_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The account a login names, with the status of its member record (null: staff without one). */
export async function findLoginAccount(db: Executor, username: string): Promise<(UserRow & { member_status: string | null }) | undefined> {
  return db
    .selectFrom('users')
    .leftJoin('members', 'members.id', 'users.member_id')
    .selectAll('users')
    .select('members.status as member_status')
    .where('users.username', '=', username)
    .executeTakeFirst();
}
