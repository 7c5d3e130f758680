import { PostgresAdapter, sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { pathIds } from '../core/unit-path.js';
import { SqlText } from './sql-text.js';
import type { Executor } from './database.js';
import type { UnitEventTable, UnitTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type UnitRow = Selectable<UnitTable>;
export type UnitEventRow = Selectable<UnitEventTable>;

export async function insertUnit(db: Executor, row: Insertable<UnitTable>): Promise<UnitRow> {
  return db.insertInto('units').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findUnitById(db: Executor, orgId: number, id: number): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findUnitByCode(db: Executor, orgId: number, code: string): Promise<UnitRow | undefined> {
  return db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('code', '=', code).executeTakeFirst();
}

export async function findUnitsByIds(db: Executor, orgId: number, ids: readonly number[]): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

/**
 * Updates a unit only if it still has `version`; returns false when someone else changed it first.
 */
export async function updateUnitIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<UnitTable>): Promise<boolean> {
  return updateIfVersion(db, 'units', { orgId, id, version }, patch);
}

export interface CounterDelta {
  direct: number;
  members: number;
  units: number;
}

/** The non-zero deltas, in id order (the order PostgreSQL takes the row locks in). */
function counterRows(deltas: ReadonlyMap<number, CounterDelta>): [number, CounterDelta][] {
  return [...deltas.entries()].filter(([, d]) => d.direct !== 0 || d.members !== 0 || d.units !== 0).sort((a, b) => a[0] - b[0]);
}

/** Up to this many units change in one statement that can also be part of another (a CTE). */
const SMALL_COUNTER_UPDATE = 16;

/**
 * The counter update of a small change (a transfer, an admission: ≤ 16 units) as one statement's
 * text with its values added to `t`, or undefined when nothing changes or the change is large.
 * Parameters, not literals: the text depends only on how many units change, so both engines reuse
 * the prepared statement. On PostgreSQL the rows are locked in ascending id order.
 */
export function smallCounterUpdate(t: SqlText, orgId: number, deltas: ReadonlyMap<number, CounterDelta>): string | undefined {
  return smallUpdateOf(t, orgId, counterRows(deltas));
}

function smallUpdateOf(t: SqlText, orgId: number, rows: readonly [number, CounterDelta][]): string | undefined {
  if (rows.length === 0 || rows.length > SMALL_COUNTER_UPDATE) return undefined;
  const int = (n: number) => `cast(${t.param(Math.trunc(n))} as integer)`;
  const caseOf = (pick: (d: CounterDelta) => number) => `case id ${rows.map(([id, d]) => `when ${int(id)} then ${int(pick(d))}`).join(' ')} else 0 end`;
  const set = `direct_members = direct_members + ${caseOf((d) => d.direct)}, subtree_members = subtree_members + ${caseOf((d) => d.members)}, subtree_units = subtree_units + ${caseOf((d) => d.units)}`;
  const ids = () => rows.map(([id]) => t.param(id)).join(', ');
  if (!t.postgres) return `update units set ${set} where org_id = ${t.param(orgId)} and id in (${ids()})`;
  // PostgreSQL: the rows locked in id order first, whatever plan the update gets (a bitmap or
  // sequential scan visits them in storage order, and two writers could then deadlock).
  return `update units set ${set} where id in (select id from units where org_id = ${t.param(orgId)} and id in (${ids()}) order by id for no key update)`;
}

/**
 * Adds deltas to the maintained counters. Rows are locked in ascending id order so concurrent
 * writers cannot deadlock. A handful of rows (a transfer) take one statement; many (a bulk import
 * touching thousands of units) one statement per chunk, so no write pays a round trip per unit.
 */
export async function applyCounterDeltas(db: Executor, orgId: number, deltas: ReadonlyMap<number, CounterDelta>): Promise<void> {
  const rows = counterRows(deltas);
  if (rows.length === 0) return;
  const t = new SqlText(db);
  const small = smallUpdateOf(t, orgId, rows);
  if (small) {
    await db.executeQuery(t.compiled(small));
    return;
  }
  // Deltas are integers computed here, never user input, so they are written as literals.
  const lit = (n: number) => sql.lit(Math.trunc(n));
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const ids = chunk.map(([id]) => id);
    // PostgreSQL: take the row locks in id order first. SQLite locks the whole database anyway, and
    // the select would double the time a large import spends here.
    if (isPostgres(db)) await sql`select id from units where org_id = ${orgId} and id in (${sql.join(ids)}) order by id for no key update`.execute(db);
    const values = sql.join(chunk.map(([id, d]) => sql`(${lit(id)}, ${lit(d.direct)}, ${lit(d.members)}, ${lit(d.units)})`));
    await sql`with v(id, d, m, u) as (values ${values})
      update units set direct_members = units.direct_members + v.d, subtree_members = units.subtree_members + v.m, subtree_units = units.subtree_units + v.u
      from v where units.id = v.id and units.org_id = ${orgId}`.execute(db);
  }
}

function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Rewrites the paths of a whole subtree after a move: one range update on the path index. */
export async function rewriteSubtreePaths(db: Executor, orgId: number, oldPath: string, newPath: string, low: string, high: string): Promise<void> {
  const depthDelta = newPath.split('/').length - oldPath.split('/').length;
  await db
    .updateTable('units')
    .set({
      path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
    })
    .where('org_id', '=', orgId)
    .where('path', '>=', low)
    .where('path', '<', high)
    .execute();
}

export async function listChildUnits(db: Executor, orgId: number, parentId: number | null, includeDissolved: boolean): Promise<UnitRow[]> {
  let q = db.selectFrom('units').selectAll().where('org_id', '=', orgId);
  q = parentId === null ? q.where('parent_id', 'is', null) : q.where('parent_id', '=', parentId);
  if (!includeDissolved) q = q.where('status', '=', 'active');
  return q.orderBy('name').orderBy('id').execute();
}

export type PathRange = { low: string; high: string };

export interface UnitListFilter {
  subtree?: PathRange;
  /** Only units inside one of these subtrees (the actor's scope); undefined means no limit. */
  scopes?: readonly PathRange[] | undefined;
  kind?: string;
  query?: string;
  includeDissolved?: boolean;
  afterId?: number;
  limit: number;
}

export async function listUnits(db: Executor, orgId: number, f: UnitListFilter): Promise<UnitRow[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = db.selectFrom('units').selectAll().where('org_id', '=', orgId);
  if (f.subtree) q = q.where('path', '>=', f.subtree.low).where('path', '<', f.subtree.high);
  const scopes = f.scopes;
  if (scopes) q = q.where((eb) => eb.or(scopes.map((r) => eb.and([eb('path', '>=', r.low), eb('path', '<', r.high)]))));
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (!f.includeDissolved) q = q.where('status', '=', 'active');
  if (f.query) {
    const like = `%${f.query}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(name)`, 'like', like), eb(sql`lower(code)`, 'like', like)]));
  }
  if (f.afterId !== undefined) q = q.where('id', '>', f.afterId);
  return q.orderBy('id').limit(f.limit).execute();
}

export async function insertUnitEvent(db: Executor, row: Insertable<UnitEventTable>): Promise<void> {
  await db.insertInto('unit_events').values(row).execute();
}

export async function listUnitEvents(db: Executor, orgId: number, unitId: number): Promise<UnitEventRow[]> {
  return db.selectFrom('unit_events').selectAll().where('org_id', '=', orgId).where('unit_id', '=', unitId).orderBy('id').execute();
}

export interface RecountedUnit {
  id: number;
  direct_members: number;
  subtree_members: number;
  subtree_units: number;
}

/**
 * Counts every unit's members and units from scratch, independently of the maintained counters:
 * the reference the counters are checked against and the source for a repair.
 */
export async function recountUnits(db: Executor, orgId: number): Promise<RecountedUnit[]> {
  const units = await db.selectFrom('units').select(['id', 'path', 'status']).where('org_id', '=', orgId).execute();
  const direct = await db
    .selectFrom('members')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('unit_id', 'is not', null)
    .groupBy('unit_id')
    .execute();
  const directById = new Map(direct.map((r) => [Number(r.unit_id), Number(r.n)]));
  const result = new Map<number, RecountedUnit>(
    units.map((u) => [u.id, { id: u.id, direct_members: directById.get(u.id) ?? 0, subtree_members: 0, subtree_units: 0 }]),
  );
  for (const u of units) {
    const own = result.get(u.id);
    for (const a of pathIds(u.path)) {
      const r = result.get(a);
      if (!r || !own) continue;
      r.subtree_members += own.direct_members;
      if (u.status === 'active') r.subtree_units += 1;
    }
  }
  return [...result.values()].sort((a, b) => a.id - b.id);
}

/** Active units of `kind` whose direct member count is outside [min, max], with the totals below and above. */
export async function unitsOutsideSize(
  db: Executor,
  orgId: number,
  kind: string,
  min: number,
  max: number,
  subtree: { low: string; high: string } | undefined,
  limit: number,
): Promise<{ rows: UnitRow[]; below: number; above: number }> {
  let q = db.selectFrom('units').where('org_id', '=', orgId).where('kind', '=', kind).where('status', '=', 'active');
  if (subtree) q = q.where('path', '>=', subtree.low).where('path', '<', subtree.high);
  const rows = await q
    .selectAll()
    .where((eb) => eb.or([eb('direct_members', '<', min), eb('direct_members', '>', max)]))
    .orderBy('id')
    .limit(limit)
    .execute();
  const totals = await q
    .select([
      sql<number>`sum(case when direct_members < ${min} then 1 else 0 end)`.as('below'),
      sql<number>`sum(case when direct_members > ${max} then 1 else 0 end)`.as('above'),
    ])
    .executeTakeFirstOrThrow();
  return { rows, below: Number(totals.below ?? 0), above: Number(totals.above ?? 0) };
}

export async function listAllUnits(db: Executor, orgId: number): Promise<Pick<UnitRow, 'id' | 'code' | 'kind' | 'path' | 'status' | 'parent_id' | 'name'>[]> {
  return db.selectFrom('units').select(['id', 'code', 'kind', 'path', 'status', 'parent_id', 'name']).where('org_id', '=', orgId).orderBy('path').execute();
}

export async function listUnitsForExport(
  db: Executor,
  orgId: number,
  afterPath: string,
  limit: number,
  subtree: { low: string; high: string } | undefined,
): Promise<{ path: string; code: string; name: string; kind: string; parent_code: string | null }[]> {
  let q = db
    .selectFrom('units as u')
    .leftJoin('units as p', 'p.id', 'u.parent_id')
    .select(['u.path', 'u.code', 'u.name', 'u.kind', 'p.code as parent_code'])
    .where('u.org_id', '=', orgId)
    .where('u.status', '=', 'active')
    .where('u.path', '>', afterPath);
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.orderBy('u.path').limit(limit).execute();
}

/** A unit and its organization's id in one round trip, for hot read paths; undefined if either is missing. */
export async function findUnitInOrg(db: Executor, slug: string, ref: { id: number } | { code: string }): Promise<UnitRow | undefined> {
  let q = db.selectFrom('units').innerJoin('orgs', 'orgs.id', 'units.org_id').selectAll('units').where('orgs.slug', '=', slug);
  q = 'id' in ref ? q.where('units.id', '=', ref.id) : q.where('units.code', '=', ref.code);
  return q.executeTakeFirst();
}

/** Units named by id or code. Two indexed lookups: an OR across both columns would scan the organization. */
export async function findUnitsByIdsOrCodes(db: Executor, orgId: number, ids: readonly number[], codes: readonly string[]): Promise<UnitRow[]> {
  const byId = ids.length > 0 ? await db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute() : [];
  const byCode = codes.length > 0 ? await db.selectFrom('units').selectAll().where('org_id', '=', orgId).where('code', 'in', codes).execute() : [];
  return [...byId, ...byCode.filter((u) => !byId.some((b) => b.id === u.id))];
}
