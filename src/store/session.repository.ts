import type { Insertable } from 'kysely';
import type { Executor } from './database.js';
import type { SessionTable } from './schema.js';

/** A session with what every request must know about its user, read in one query. */
export interface SessionWithUser {
  id: number;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  username: string;
  is_admin: number;
  disabled_at: string | null;
  member_status: string | null;
}

export async function insertSession(db: Executor, row: Insertable<SessionTable>): Promise<number> {
  const r = await db.insertInto('sessions').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function findSessionWithUser(db: Executor, tokenHash: string): Promise<SessionWithUser | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', 'members.id', 'users.member_id')
    .select([
      'sessions.id',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
      'users.username',
      'users.is_admin',
      'users.disabled_at',
      'members.status as member_status',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchSession(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function revokeSession(db: Executor, userId: number, id: number, at: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: at }).where('id', '=', id).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
}

export async function revokeSessionByHash(db: Executor, tokenHash: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: at }).where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).execute();
}

/** Revokes every live session of a user (not expired, used since `idleSince`); returns how many there were. */
export async function revokeSessionsOfUser(db: Executor, userId: number, at: string, idleSince: string): Promise<number> {
  const res = await db
    .updateTable('sessions')
    .set({ revoked_at: at })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .where('last_seen_at', '>', idleSince)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Removes a user's sessions that can never be used again, so the table does not grow with every login. */
export async function deleteDeadSessionsOfUser(db: Executor, userId: number, now: string): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('revoked_at', 'is not', null)]))
    .execute();
}
