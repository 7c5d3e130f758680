import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { ApiTokenTable } from './schema.js';

export type ApiTokenRow = Selectable<ApiTokenTable>;

/** An API token with what every request must know about its user, read in one query. */
export interface ApiTokenWithUser {
  id: number;
  user_id: number;
  scope: 'read' | 'write';
  expires_at: string;
  revoked_at: string | null;
  username: string;
  is_admin: number;
  disabled_at: string | null;
  member_status: string | null;
}

export async function insertApiToken(db: Executor, row: Insertable<ApiTokenTable>): Promise<ApiTokenRow> {
  return db.insertInto('api_tokens').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findApiTokenWithUser(db: Executor, tokenHash: string): Promise<ApiTokenWithUser | undefined> {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .leftJoin('members', 'members.id', 'users.member_id')
    .select([
      'api_tokens.id',
      'api_tokens.user_id',
      'api_tokens.scope',
      'api_tokens.expires_at',
      'api_tokens.revoked_at',
      'users.username',
      'users.is_admin',
      'users.disabled_at',
      'members.status as member_status',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function listApiTokensOfUser(db: Executor, userId: number): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id').execute();
}

export async function findApiTokenOfUser(db: Executor, userId: number, id: number): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
}

export async function revokeApiToken(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function revokeApiTokensOfUser(db: Executor, userId: number, at: string): Promise<number> {
  const res = await db.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).where('expires_at', '>', at).executeTakeFirst();
  return Number(res.numUpdatedRows);
}
