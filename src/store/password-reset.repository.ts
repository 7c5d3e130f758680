import type { Insertable, Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { PasswordResetTable } from './schema.js';

export type PasswordResetRow = Selectable<PasswordResetTable>;

export async function insertPasswordReset(db: Executor, row: Insertable<PasswordResetTable>): Promise<void> {
  await db.insertInto('password_resets').values(row).execute();
}

export async function findPasswordResetByHash(db: Executor, tokenHash: string): Promise<PasswordResetRow | undefined> {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Marks a reset used; false when it already was (two requests raced with the same token). */
export async function consumePasswordReset(db: Executor, id: number, at: string): Promise<boolean> {
  const res = await db.updateTable('password_resets').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Voids every unused reset of a user (a newer one replaces them, or the account is disabled). */
export async function voidPasswordResetsOfUser(db: Executor, userId: number, at: string): Promise<void> {
  await db.updateTable('password_resets').set({ used_at: at }).where('user_id', '=', userId).where('used_at', 'is', null).execute();
}
