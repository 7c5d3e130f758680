import { sql } from 'kysely';
import type { Executor } from './database.js';
import type { PathRange } from './unit.repository.js';

/** Aggregates for the dashboard, from maintained counters: index scans, never recounts of members. */

export async function unitTotalsByKind(db: Executor, orgId: number, subtree: PathRange | undefined): Promise<{ kind: string; units: number; members: number }[]> {
  let q = db.selectFrom('units').where('org_id', '=', orgId).where('status', '=', 'active');
  if (subtree) q = q.where('path', '>=', subtree.low).where('path', '<', subtree.high);
  const rows = await q
    .select(['kind', sql<number>`count(*)`.as('units'), sql<number>`coalesce(sum(direct_members), 0)`.as('members')])
    .groupBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, units: Number(r.units), members: Number(r.members) }));
}

export async function unitSizeHistogram(db: Executor, orgId: number, kind: string, subtree: PathRange | undefined): Promise<{ size: number; units: number }[]> {
  let q = db.selectFrom('units').where('org_id', '=', orgId).where('status', '=', 'active').where('kind', '=', kind);
  if (subtree) q = q.where('path', '>=', subtree.low).where('path', '<', subtree.high);
  const rows = await q.select(['direct_members as size', sql<number>`count(*)`.as('units')]).groupBy('direct_members').orderBy('direct_members').execute();
  return rows.map((r) => ({ size: Number(r.size), units: Number(r.units) }));
}

/** Members on a roll now, by the month they joined (YYYY-MM), placed in the subtree if one is given. */
export async function activeMembersByJoinMonth(db: Executor, orgId: number, statuses: readonly string[], subtree: PathRange | undefined): Promise<{ month: string; members: number }[]> {
  let q = db.selectFrom('members as m').where('m.org_id', '=', orgId).where('m.status', 'in', [...statuses]);
  if (subtree) {
    q = q.innerJoin('units as u', (j) => j.onRef('u.id', '=', 'm.unit_id').on('u.org_id', '=', orgId)).where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  }
  const month = sql<string>`substr(cast(m.joined_on as text), 1, 7)`;
  const rows = await q.select([month.as('month'), sql<number>`count(*)`.as('members')]).groupBy(month).orderBy(month).execute();
  return rows.map((r) => ({ month: r.month, members: Number(r.members) }));
}
