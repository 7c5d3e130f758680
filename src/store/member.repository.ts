import { PostgresAdapter, sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { appendPendingAudit, appendPendingAuditHere, linkedAudit, type PendingAuditEvent } from './audit.repository.js';
import { SqlText } from './sql-text.js';
import type { Executor } from './database.js';
import type { MemberEventTable, MemberTable, PlacementTable } from './schema.js';
import { applyCounterDeltas, smallCounterUpdate, type CounterDelta } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type MemberRow = Selectable<MemberTable>;
export type PlacementRow = Selectable<PlacementTable>;
export type MemberEventRow = Selectable<MemberEventTable>;

export async function insertMember(db: Executor, row: Insertable<MemberTable>): Promise<MemberRow> {
  return db.insertInto('members').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findMemberById(db: Executor, orgId: number, id: number): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findMemberByNo(db: Executor, orgId: number, memberNo: string): Promise<MemberRow | undefined> {
  return db.selectFrom('members').selectAll().where('org_id', '=', orgId).where('member_no', '=', memberNo).executeTakeFirst();
}

export async function findMembersByIds(db: Executor, orgId: number, ids: readonly number[]): Promise<MemberRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('members').selectAll().where('org_id', '=', orgId).where('id', 'in', ids).execute();
}

export async function updateMemberIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<MemberTable>): Promise<boolean> {
  return updateIfVersion(db, 'members', { orgId, id, version }, patch);
}

/** Moves every member of one unit to another (used by merge); returns how many moved. */
export async function moveAllMembers(db: Executor, orgId: number, fromUnitId: number, toUnitId: number, on: string, reason: string, at: string): Promise<number> {
  await db
    .insertInto('placements')
    .columns(['org_id', 'member_id', 'unit_id', 'start_on', 'end_on', 'start_reason', 'end_reason'])
    .expression((eb) =>
      eb
        .selectFrom('members')
        .select([
          'org_id',
          'id',
          'unit_id',
          sql<string>`coalesce(placed_on, joined_on)`.as('start_on'),
          sql<string>`${on}`.as('end_on'),
          'placement_reason',
          sql<string>`${reason}`.as('end_reason'),
        ])
        .where('org_id', '=', orgId)
        .where('unit_id', '=', fromUnitId),
    )
    .execute();
  await db
    .insertInto('member_events')
    .columns(['org_id', 'member_id', 'type', 'from_value', 'to_value', 'occurred_on', 'reason', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('members')
        .innerJoin('units as f', 'f.id', 'members.unit_id')
        .innerJoin('units as t', (j) => j.on('t.id', '=', toUnitId))
        .select([
          'members.org_id',
          'members.id',
          sql<string>`'transferred'`.as('type'),
          'f.code',
          't.code as to_code',
          sql<string>`${on}`.as('occurred_on'),
          sql<string>`${reason}`.as('reason'),
          sql<string>`${at}`.as('created_at'),
        ])
        .where('members.org_id', '=', orgId)
        .where('members.unit_id', '=', fromUnitId),
    )
    .execute();
  const res = await db
    .updateTable('members')
    .set((eb) => ({ unit_id: toUnitId, placed_on: on, placement_reason: reason, version: eb('version', '+', 1), updated_at: at }))
    .where('org_id', '=', orgId)
    .where('unit_id', '=', fromUnitId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

export interface MemberListFilter {
  unitId?: number;
  subtree?: { low: string; high: string };
  /** Only members placed inside one of these subtrees (the actor's scope); undefined means no limit. */
  scopes?: readonly { low: string; high: string }[] | undefined;
  searchKey?: string;
  /** With `searchKey`: also the member whose number is exactly this. */
  memberNo?: string | undefined;
  status?: string;
  unplacedActive?: readonly string[];
  afterId?: number;
  limit: number;
}

export async function listMembers(db: Executor, orgId: number, f: MemberListFilter): Promise<MemberRow[]> {
  if (f.scopes && f.scopes.length === 0) return [];
  let q = db.selectFrom('members').selectAll('members').where('members.org_id', '=', orgId);
  const scopes = f.scopes;
  if (scopes) {
    q = q.where('members.unit_id', 'in', (eb) =>
      eb
        .selectFrom('units')
        .select('units.id')
        .where('units.org_id', '=', orgId)
        .where((w) => w.or(scopes.map((r) => w.and([w('units.path', '>=', r.low), w('units.path', '<', r.high)])))),
    );
  }
  if (f.unitId !== undefined) q = q.where('members.unit_id', '=', f.unitId);
  if (f.subtree) {
    const { low, high } = f.subtree;
    q = q.where('members.unit_id', 'in', (eb) =>
      eb.selectFrom('units').select('units.id').where('units.org_id', '=', orgId).where('units.path', '>=', low).where('units.path', '<', high),
    );
  }
  if (f.searchKey) {
    const byName = sql<boolean>`members.search_key like ${`%${f.searchKey}%`} escape '\\'`;
    const memberNo = f.memberNo;
    q = memberNo ? q.where((eb) => eb.or([byName, eb('members.member_no', 'in', [...new Set([memberNo, memberNo.toUpperCase()])])])) : q.where(byName);
  }
  if (f.status) q = q.where('members.status', '=', f.status);
  if (f.unplacedActive) q = q.where('members.unit_id', 'is', null).where('members.status', 'in', f.unplacedActive);
  if (f.afterId !== undefined) q = q.where('members.id', '>', f.afterId);
  return q.orderBy('members.id').limit(f.limit).execute();
}

export async function countUnplacedActive(db: Executor, orgId: number, statuses: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('unit_id', 'is', null)
    .where('status', 'in', statuses)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPlacement(db: Executor, row: Insertable<PlacementTable>): Promise<void> {
  await db.insertInto('placements').values(row).execute();
}

/**
 * One change of a member's placement: the closed placement into history (if any), the member row
 * (only if it still has `version`; returns false otherwise, and the caller rolls back), the history
 * event (if any), the counters and the audit event. PostgreSQL writes them all in one statement
 * (data-modifying CTEs); SQLite runs them in turn, in-process.
 */
export async function writePlacementChange(
  db: Executor,
  orgId: number,
  memberId: number,
  version: number,
  w: {
    closed: Insertable<PlacementTable> | null;
    patch: Updateable<MemberTable>;
    event: Insertable<MemberEventTable> | null;
    counters?: ReadonlyMap<number, CounterDelta> | undefined;
    /** The change's audit event, appended with it (`appendPendingAudit`). */
    audit?: PendingAuditEvent | undefined;
    /**
     * Outside a transaction (PostgreSQL): one statement that writes everything or, when the member's
     * version has moved, the chain has no head yet or the counters are too many, nothing (false).
     * False at once on SQLite, which has no such statement.
     */
    guarded?: boolean;
  },
): Promise<boolean> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // One round trip for the hottest write path: the closed placement, the member event, the member,
    // the counters and the audit event, the chain's head locked only after the member and counters.
    // Written as text: building it with the query builder cost more than running it.
    const t = new SqlText(db);
    const counters = w.counters ? smallCounterUpdate(t, orgId, w.counters) : undefined;
    const large = w.counters !== undefined && counters === undefined;
    if (w.guarded && (large || !w.audit)) return false;
    // Guarded: the member row only if the chain has a head, everything else only with the member row.
    const withMember = w.guarded ? 'exists (select 1 from m)' : undefined;
    const ctes = [
      `m as (update members set ${t.assignments({ ...w.patch, version: version + 1 })} where org_id = ${t.param(orgId)} and id = ${t.param(memberId)} and version = ${t.param(version)}${
        w.guarded && w.audit ? ` and exists (select 1 from audit_heads where chain = ${t.param(w.audit.chain)})` : ''
      } returning id)`,
      ...(w.closed ? [`p as (${t.insert('placements', w.closed, withMember)})`] : []),
      ...(w.event ? [`e as (${t.insert('member_events', w.event, withMember)})`] : []),
    ];
    if (counters) ctes.push(`c as (${counters}${withMember ? ` and ${withMember}` : ''} returning id)`);
    const audit = large ? undefined : w.audit;
    if (audit) ctes.push(linkedAudit(t, audit, `(select count(*) from m) ${w.guarded ? '= 1' : '>= 0'}${counters ? ' and (select count(*) from c) >= 0' : ''}`));
    const res = await db.executeQuery(t.compiled<{ updated: number | string; audit_id: number | null }>(`with ${ctes.join(', ')} select (select count(*) from m) as updated, ${audit ? '(select id from audit_event)' : 'null'} as audit_id`));
    const row = res.rows[0];
    const ok = Number(row?.updated) === 1;
    if (ok && large && w.counters) await applyCounterDeltas(db, orgId, w.counters);
    // A chain's first event, or counters too many for one statement: the audit event comes last.
    if (ok && w.audit && (row?.audit_id ?? null) === null) await appendPendingAuditHere(db, w.audit);
    return ok;
  }
  if (w.guarded) return false;
  if (w.closed) await insertPlacement(db, w.closed);
  const ok = await updateMemberIfVersion(db, orgId, memberId, version, w.patch);
  if (ok && w.event) await insertMemberEvent(db, w.event);
  if (ok && w.counters) await applyCounterDeltas(db, orgId, w.counters);
  if (ok && w.audit) await appendPendingAudit(db, w.audit);
  return ok;
}

export async function listPlacements(db: Executor, orgId: number, memberId: number): Promise<PlacementRow[]> {
  return db.selectFrom('placements').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id').execute();
}

export async function insertMemberEvent(db: Executor, row: Insertable<MemberEventTable>): Promise<void> {
  await db.insertInto('member_events').values(row).execute();
}

export async function listMemberEvents(db: Executor, orgId: number, memberId: number): Promise<MemberEventRow[]> {
  return db.selectFrom('member_events').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('id').execute();
}

export async function findMembersByNos(db: Executor, orgId: number, memberNos: readonly string[]): Promise<MemberRow[]> {
  if (memberNos.length === 0) return [];
  return db.selectFrom('members').selectAll().where('org_id', '=', orgId).where('member_no', 'in', memberNos).execute();
}

export async function listMembersForExport(
  db: Executor,
  orgId: number,
  afterId: number,
  limit: number,
  subtree: { low: string; high: string } | undefined,
): Promise<(MemberRow & { unit_code: string | null })[]> {
  let q = db
    .selectFrom('members')
    .leftJoin('units', 'units.id', 'members.unit_id')
    .selectAll('members')
    .select('units.code as unit_code')
    .where('members.org_id', '=', orgId)
    .where('members.id', '>', afterId);
  if (subtree) q = q.where('units.path', '>=', subtree.low).where('units.path', '<', subtree.high);
  return q.orderBy('members.id').limit(limit).execute();
}

export async function orgHasMembers(db: Executor, orgId: number): Promise<boolean> {
  return (await db.selectFrom('members').select('id').where('org_id', '=', orgId).limit(1).executeTakeFirst()) !== undefined;
}

/** Removes a person's names, birth date and contacts (see erasePerson); the record stays, pseudonymous. */
export async function erasePersonFields(db: Executor, orgId: number, memberId: number, at: string): Promise<void> {
  await db
    .updateTable('members')
    .set((eb) => ({ family_name: '(erased)', given_name: '', search_key: '', birth_date: null, phone: null, email: null, updated_at: at, version: eb('version', '+', 1) }))
    .where('org_id', '=', orgId)
    .where('id', '=', memberId)
    .execute();
}

// Every column, so a row read under a prefix can be put back together (a new column fails to compile here).
export const memberColumns: Record<keyof MemberTable, true> = { id: true, org_id: true, member_no: true, family_name: true, given_name: true, search_key: true, birth_date: true, phone: true, email: true, status: true, unit_id: true, placed_on: true, placement_reason: true, joined_on: true, probation_ends_on: true, probation_extensions: true, last_active_on: true, version: true, created_at: true, updated_at: true };
