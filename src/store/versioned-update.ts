import type { Kysely, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { DB } from './schema.js';

/** Tables whose rows belong to an organization, by id, and carry a version (optimistic concurrency). */
export type VersionedTable = { [T in keyof DB]: DB[T] extends { org_id: unknown; id: unknown; version: unknown } ? T : never }[keyof DB];

/** What else the row must still be for the write to happen: a draft, or not revoked yet. */
export type StillIs = { status: 'draft' } | { revoked_at: null };

/**
 * Writes `patch` to the organization's row `id` of `table` only if the row is still at `version`
 * (and, with `still`, still a draft or not revoked), moving it to the next version. False when no
 * row was written: someone else changed it first (the caller answers 409), or it is gone.
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Executor,
  table: T,
  key: { orgId: number; id: number; version: number },
  patch: Updateable<DB[T]>,
  still?: StillIs,
): Promise<boolean> {
  // Kysely cannot follow a table named by a type parameter; every column used here is one that
  // each VersionedTable has (`status` and `revoked_at` only where `still` names them).
  const loose = db as unknown as Kysely<Record<string, { org_id: number; id: number; version: number; status: string; revoked_at: string | null }>>;
  let q = loose
    .updateTable(table as string)
    .set({ ...(patch as object), version: key.version + 1 })
    .where('org_id', '=', key.orgId)
    .where('id', '=', key.id)
    .where('version', '=', key.version);
  if (still && 'status' in still) q = q.where('status', '=', still.status);
  if (still && 'revoked_at' in still) q = q.where('revoked_at', 'is', null);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
