import type { Executor } from './database.js';

export async function insertAdminToken(db: Executor, tokenHash: string, label: string, at: string): Promise<void> {
  await db.insertInto('admin_tokens').values({ token_hash: tokenHash, label, created_at: at }).execute();
}

export async function adminTokenExists(db: Executor, tokenHash: string): Promise<boolean> {
  const row = await db.selectFrom('admin_tokens').select('id').where('token_hash', '=', tokenHash).executeTakeFirst();
  return row !== undefined;
}

export async function countAdminTokens(db: Executor): Promise<number> {
  const row = await db.selectFrom('admin_tokens').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteAdminTokens(db: Executor): Promise<void> {
  await db.deleteFrom('admin_tokens').execute();
}
