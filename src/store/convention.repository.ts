import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { ConventionAddressTable, ConventionRosterTable, ConventionSeriesTable, ConventionSessionTable, ConventionTable } from './schema.js';
import type { PathRange, UnitRow } from './unit.repository.js';
import { updateIfVersion } from './versioned-update.js';

export type SeriesRow = Selectable<ConventionSeriesTable>;
export type ConventionRow = Selectable<ConventionTable>;
export type RosterRow = Selectable<ConventionRosterTable>;
export type SessionRow = Selectable<ConventionSessionTable>;
export type AddressRow = Selectable<ConventionAddressTable>;

export async function insertSeries(db: Executor, row: Insertable<ConventionSeriesTable>): Promise<SeriesRow> {
  return db.insertInto('convention_series').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findSeries(db: Executor, orgId: number, id: number): Promise<SeriesRow | undefined> {
  return db.selectFrom('convention_series').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** The series of a convention, found through the convention's id. */
export async function findSeriesOfConvention(db: Executor, orgId: number, conventionId: number): Promise<SeriesRow | undefined> {
  return db
    .selectFrom('convention_series')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', (eb) => eb.selectFrom('conventions').select('series_id').where('org_id', '=', orgId).where('id', '=', conventionId))
    .executeTakeFirst();
}

/** The unit that convenes a convention's series, found through the convention's id. */
export async function findUnitOfConvention(db: Executor, orgId: number, conventionId: number): Promise<UnitRow | undefined> {
  return db
    .selectFrom('units')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', (eb) =>
      eb
        .selectFrom('convention_series as s')
        .innerJoin('conventions as c', 'c.series_id', 's.id')
        .select('s.unit_id')
        .where('c.org_id', '=', orgId)
        .where('c.id', '=', conventionId),
    )
    .executeTakeFirst();
}

export async function listSeries(db: Executor, orgId: number): Promise<(SeriesRow & { unit_path: string; unit_code: string })[]> {
  return db
    .selectFrom('convention_series as s')
    .innerJoin('units as u', 'u.id', 's.unit_id')
    .selectAll('s')
    .select(['u.path as unit_path', 'u.code as unit_code'])
    .where('s.org_id', '=', orgId)
    .orderBy('s.id')
    .execute();
}

export async function insertConvention(db: Executor, row: Insertable<ConventionTable>): Promise<ConventionRow> {
  return db.insertInto('conventions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findConvention(db: Executor, orgId: number, id: number): Promise<ConventionRow | undefined> {
  return db.selectFrom('conventions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listEditions(db: Executor, orgId: number, seriesId: number): Promise<ConventionRow[]> {
  return db.selectFrom('conventions').selectAll().where('org_id', '=', orgId).where('series_id', '=', seriesId).orderBy('ordinal').execute();
}

export async function updateConventionIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<ConventionTable>): Promise<boolean> {
  return updateIfVersion(db, 'conventions', { orgId, id, version }, patch);
}

/** Units of a subtree that existed on `on` (created by then, not dissolved before). */
export async function unitsExistingOn(db: Executor, orgId: number, range: PathRange, on: string): Promise<{ id: number; path: string; kind: string }[]> {
  return db
    .selectFrom('units')
    .select(['id', 'path', 'kind'])
    .where('org_id', '=', orgId)
    .where('path', '>=', range.low)
    .where('path', '<', range.high)
    .where('created_on', '<=', on)
    .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>', on)]))
    .execute();
}

/** Office terms running on `on` in a subtree's units. */
export async function officeHoldersOn(db: Executor, orgId: number, range: PathRange, on: string): Promise<{ unit_id: number; office: string; member_id: number }[]> {
  return db
    .selectFrom('office_terms as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.unit_id', 't.office', 't.member_id'])
    .where('t.org_id', '=', orgId)
    .where('u.path', '>=', range.low)
    .where('u.path', '<', range.high)
    .where('t.start_on', '<=', on)
    .where((eb) => eb.or([eb('t.end_on', 'is', null), eb('t.end_on', '>', on)]))
    .execute();
}

/**
 * Members placed directly in each unit of a subtree on `on`: current placements begun by then, and
 * closed placements that covered it (from `placements`, the history).
 */
export async function membersPerUnitOn(db: Executor, orgId: number, range: PathRange, on: string): Promise<Map<number, number>> {
  const current = await db
    .selectFrom('members as m')
    .innerJoin('units as u', 'u.id', 'm.unit_id')
    .select(['m.unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('m.org_id', '=', orgId)
    .where('u.path', '>=', range.low)
    .where('u.path', '<', range.high)
    .where('m.placed_on', '<=', on)
    .groupBy('m.unit_id')
    .execute();
  const past = await db
    .selectFrom('placements as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('p.org_id', '=', orgId)
    .where('u.path', '>=', range.low)
    .where('u.path', '<', range.high)
    .where('p.start_on', '<=', on)
    .where('p.end_on', '>', on)
    .groupBy('p.unit_id')
    .execute();
  const out = new Map<number, number>();
  for (const r of [...current, ...past]) out.set(Number(r.unit_id), (out.get(Number(r.unit_id)) ?? 0) + Number(r.n));
  return out;
}

export async function insertRosterRows(db: Executor, rows: Insertable<ConventionRosterTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) await db.insertInto('convention_roster').values(rows.slice(i, i + 500)).execute();
}

export async function insertRosterRow(db: Executor, row: Insertable<ConventionRosterTable>): Promise<RosterRow> {
  return db.insertInto('convention_roster').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRosterEntry(db: Executor, orgId: number, id: number): Promise<RosterRow | undefined> {
  return db.selectFrom('convention_roster').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function findRosterByBadge(db: Executor, orgId: number, conventionId: number, badge: string): Promise<RosterRow | undefined> {
  return db.selectFrom('convention_roster').selectAll().where('org_id', '=', orgId).where('convention_id', '=', conventionId).where('badge_code', '=', badge).executeTakeFirst();
}

export async function findRosterOfMember(db: Executor, orgId: number, conventionId: number, memberId: number): Promise<RosterRow | undefined> {
  return db
    .selectFrom('convention_roster')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('convention_id', '=', conventionId)
    .where('member_id', '=', memberId)
    .where('status', '=', 'entitled')
    .executeTakeFirst();
}

export async function updateRosterIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<ConventionRosterTable>): Promise<boolean> {
  return updateIfVersion(db, 'convention_roster', { orgId, id, version }, patch);
}

export type RosterListRow = RosterRow & { member_no: string | null; family_name: string | null; given_name: string | null; unit_code: string | null };

export interface RosterFilter {
  /** A name (search key pattern, LIKE-escaped), a member number or a badge code. */
  q?: { like: string; exact: string; badge: string } | undefined;
  /** Only these entries. */
  ids?: readonly number[] | undefined;
  entitledOnly?: boolean;
  afterId?: number;
  limit: number;
}

export async function listRoster(db: Executor, orgId: number, conventionId: number, f: RosterFilter): Promise<RosterListRow[]> {
  let q = db
    .selectFrom('convention_roster as r')
    .leftJoin('members as m', 'm.id', 'r.member_id')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .selectAll('r')
    .select(['m.member_no', 'm.family_name', 'm.given_name', 'u.code as unit_code'])
    .where('r.org_id', '=', orgId)
    .where('r.convention_id', '=', conventionId);
  const search = f.q;
  if (search) {
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`m.search_key like ${search.like} escape '\\'`,
        sql<boolean>`lower(r.guest_name) like ${search.like} escape '\\'`,
        eb('m.member_no', '=', search.exact),
        eb('r.badge_code', '=', search.badge),
      ]),
    );
  }
  if (f.ids) q = q.where('r.id', 'in', f.ids.length > 0 ? f.ids : [0]);
  if (f.entitledOnly) q = q.where('r.status', '=', 'entitled');
  if (f.afterId !== undefined) q = q.where('r.id', '>', f.afterId);
  return q.orderBy('r.id').limit(f.limit).execute();
}

/** Entitled voters (office holders, delegates and substitutes with a person), and how many of them are checked in. */
export async function rosterCounts(db: Executor, orgId: number, conventionId: number): Promise<{ entitled: number; seats: number; guests: number; vacant: number }> {
  const rows = await db
    .selectFrom('convention_roster')
    .select(['category', sql<number>`case when member_id is null and guest_name is null then 1 else 0 end`.as('vacant'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('org_id', '=', orgId)
    .where('convention_id', '=', conventionId)
    .where('status', '=', 'entitled')
    .groupBy(['category', sql`case when member_id is null and guest_name is null then 1 else 0 end`])
    .execute();
  let entitled = 0;
  let seats = 0;
  let guests = 0;
  let vacant = 0;
  for (const r of rows) {
    const n = Number(r.n);
    seats += n;
    if (r.category === 'guest') guests += n;
    else if (Number(r.vacant) === 1) vacant += n;
    else entitled += n;
  }
  return { entitled, seats, guests, vacant };
}

/** Entitled voters checked in to `sessionId` (or to any session of the convention when null). */
export async function presentVoters(db: Executor, orgId: number, conventionId: number, sessionId: number | null): Promise<number> {
  let q = db
    .selectFrom('convention_roster as r')
    .select((eb) => eb.fn.count<number>('r.id').distinct().as('n'))
    .innerJoin('session_checkins as c', 'c.roster_id', 'r.id')
    .where('r.org_id', '=', orgId)
    .where('r.convention_id', '=', conventionId)
    .where('r.status', '=', 'entitled')
    .where('r.category', '!=', 'guest')
    .where('r.member_id', 'is not', null);
  if (sessionId !== null) q = q.where('c.session_id', '=', sessionId);
  const row = await q.executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function isCheckedIn(db: Executor, sessionId: number, rosterId: number): Promise<boolean> {
  const row = await db.selectFrom('session_checkins').select('roster_id').where('session_id', '=', sessionId).where('roster_id', '=', rosterId).executeTakeFirst();
  return row !== undefined;
}

export async function hasAnyCheckIn(db: Executor, orgId: number, rosterId: number): Promise<boolean> {
  const row = await db.selectFrom('session_checkins').select('roster_id').where('org_id', '=', orgId).where('roster_id', '=', rosterId).executeTakeFirst();
  return row !== undefined;
}

export async function insertSession(db: Executor, row: Insertable<ConventionSessionTable>): Promise<SessionRow> {
  return db.insertInto('convention_sessions').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findSession(db: Executor, orgId: number, id: number): Promise<SessionRow | undefined> {
  return db.selectFrom('convention_sessions').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

export async function listSessions(db: Executor, orgId: number, conventionId: number): Promise<SessionRow[]> {
  return db.selectFrom('convention_sessions').selectAll().where('org_id', '=', orgId).where('convention_id', '=', conventionId).orderBy('starts_at').orderBy('id').execute();
}

/** Check-ins per session of a convention. */
export async function checkinCounts(db: Executor, orgId: number, conventionId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('session_checkins as c')
    .innerJoin('convention_sessions as s', 's.id', 'c.session_id')
    .select(['c.session_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('c.org_id', '=', orgId)
    .where('s.convention_id', '=', conventionId)
    .groupBy('c.session_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.session_id), Number(r.n)]));
}

/** Roster entries checked in to at least one session. */
export async function attendedCount(db: Executor, orgId: number, conventionId: number): Promise<number> {
  const row = await db
    .selectFrom('session_checkins as c')
    .innerJoin('convention_roster as r', 'r.id', 'c.roster_id')
    .select((eb) => eb.fn.count<number>('c.roster_id').distinct().as('n'))
    .where('c.org_id', '=', orgId)
    .where('r.convention_id', '=', conventionId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function checkinsOf(db: Executor, orgId: number, rosterIds: readonly number[]): Promise<{ roster_id: number; session_id: number; checked_in_at: string }[]> {
  if (rosterIds.length === 0) return [];
  return db.selectFrom('session_checkins').select(['roster_id', 'session_id', 'checked_in_at']).where('org_id', '=', orgId).where('roster_id', 'in', rosterIds).execute();
}

export async function insertAddress(db: Executor, row: Insertable<ConventionAddressTable>): Promise<AddressRow> {
  return db.insertInto('convention_addresses').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listAddresses(db: Executor, orgId: number, conventionId: number): Promise<AddressRow[]> {
  return db.selectFrom('convention_addresses').selectAll().where('org_id', '=', orgId).where('convention_id', '=', conventionId).orderBy('delivered_at').orderBy('id').execute();
}

/** Sessions of the conventions a member sits at (entitled), from `from` on: their calendar. */
export async function sessionsOfMember(db: Executor, orgId: number, memberId: number, from: string): Promise<(SessionRow & { series_id: number; ordinal: number; place: string | null; time_zone: string })[]> {
  return db
    .selectFrom('convention_sessions as s')
    .innerJoin('conventions as c', 'c.id', 's.convention_id')
    .innerJoin('convention_roster as r', 'r.convention_id', 'c.id')
    .selectAll('s')
    .select(['c.series_id', 'c.ordinal', 'c.place', 'c.time_zone'])
    .where('r.org_id', '=', orgId)
    .where('r.member_id', '=', memberId)
    .where('r.status', '=', 'entitled')
    .where('s.starts_at', '>=', from)
    .orderBy('s.starts_at')
    .limit(1000)
    .execute();
}

/** Sessions of the conventions a unit convenes, from `from` on. */
export async function sessionsOfUnit(db: Executor, orgId: number, unitId: number, from: string): Promise<(SessionRow & { series_id: number; ordinal: number; place: string | null; time_zone: string })[]> {
  return db
    .selectFrom('convention_sessions as s')
    .innerJoin('conventions as c', 'c.id', 's.convention_id')
    .innerJoin('convention_series as cs', 'cs.id', 'c.series_id')
    .selectAll('s')
    .select(['c.series_id', 'c.ordinal', 'c.place', 'c.time_zone'])
    .where('s.org_id', '=', orgId)
    .where('cs.unit_id', '=', unitId)
    .where('s.starts_at', '>=', from)
    .orderBy('s.starts_at')
    .limit(1000)
    .execute();
}

/** Roster entries by id (for a batch of check-ins). */
export async function findRosterEntries(db: Executor, orgId: number, ids: readonly number[]): Promise<Map<number, RosterRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('convention_roster').selectAll().where('org_id', '=', orgId).where('id', 'in', [...new Set(ids)]).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Checks in several (session, roster entry) pairs in two statements at most: one multi-row insert
 * that skips pairs already checked in, then one read of the earlier times of those. Results are in
 * the order given; a pair given twice is checked in once, the second answering `already`.
 */
export async function checkInMany(db: Executor, orgId: number, items: readonly { sessionId: number; rosterId: number; at: string }[]): Promise<{ at: string; already: boolean }[]> {
  const key = (sessionId: number, rosterId: number) => `${sessionId}:${rosterId}`;
  const firstOf = new Map<string, number>();
  items.forEach((it, i) => {
    if (!firstOf.has(key(it.sessionId, it.rosterId))) firstOf.set(key(it.sessionId, it.rosterId), i);
  });
  const unique = [...firstOf.values()].map((i) => items[i] as (typeof items)[number]);
  const inserted = unique.length === 0 ? [] : await db
    .insertInto('session_checkins')
    .values(unique.map((it) => ({ org_id: orgId, session_id: it.sessionId, roster_id: it.rosterId, checked_in_at: it.at })))
    .onConflict((oc) => oc.columns(['session_id', 'roster_id']).doNothing())
    .returning(['session_id', 'roster_id'])
    .execute();
  const fresh = new Set(inserted.map((r) => key(r.session_id, r.roster_id)));
  const earlier = unique.filter((it) => !fresh.has(key(it.sessionId, it.rosterId)));
  const earlierAt = new Map<string, string>();
  if (earlier.length > 0) {
    const rows = await db
      .selectFrom('session_checkins')
      .select(['session_id', 'roster_id', 'checked_in_at'])
      .where('org_id', '=', orgId)
      .where('session_id', 'in', [...new Set(earlier.map((it) => it.sessionId))])
      .where('roster_id', 'in', [...new Set(earlier.map((it) => it.rosterId))])
      .execute();
    for (const r of rows) earlierAt.set(key(r.session_id, r.roster_id), r.checked_in_at);
  }
  return items.map((it, i) => {
    const k = key(it.sessionId, it.rosterId);
    if (fresh.has(k) && firstOf.get(k) === i) return { at: it.at, already: false };
    if (fresh.has(k)) return { at: (items[firstOf.get(k) as number] as (typeof items)[number]).at, already: true };
    const at = earlierAt.get(k);
    if (at === undefined) throw new Error(`check-in ${k} neither inserted nor found`);
    return { at, already: true };
  });
}

export async function updateSessionIfVersion(db: Executor, orgId: number, id: number, version: number, patch: Updateable<ConventionSessionTable>): Promise<boolean> {
  return updateIfVersion(db, 'convention_sessions', { orgId, id, version }, patch);
}

/** Removes the copy of an erased member's name from the addresses they gave (the link stays). */
export async function eraseSpeakerNames(db: Executor, orgId: number, memberId: number): Promise<void> {
  await db.updateTable('convention_addresses').set({ speaker_name: '(erased)' }).where('org_id', '=', orgId).where('speaker_member_id', '=', memberId).execute();
}

/** Units moved to another parent after `on` (from their history), for rebuilding the tree of that day. */
export async function listUnitMovesAfter(db: Executor, orgId: number, on: string): Promise<{ unitId: number; occurredOn: string; fromParentCode: string | null; fromParentId: number | null }[]> {
  const rows = await db.selectFrom('unit_events').select(['unit_id', 'occurred_on', 'detail']).where('org_id', '=', orgId).where('type', '=', 'moved').where('occurred_on', '>', on).execute();
  return rows.map((r) => {
    const d = JSON.parse(r.detail) as { fromParentCode?: string | null; fromParentId?: number | null };
    return { unitId: r.unit_id, occurredOn: r.occurred_on, fromParentCode: d.fromParentCode ?? null, fromParentId: d.fromParentId ?? null };
  });
}

/** Every unit of an organization with its parent: the tree to rebuild a past day's shape from. */
export async function listUnitParents(db: Executor, orgId: number): Promise<{ id: number; code: string; parentId: number | null; createdOn: string; dissolvedOn: string | null }[]> {
  const rows = await db.selectFrom('units').select(['id', 'code', 'parent_id', 'created_on', 'dissolved_on']).where('org_id', '=', orgId).execute();
  return rows.map((r) => ({ id: r.id, code: r.code, parentId: r.parent_id, createdOn: r.created_on, dissolvedOn: r.dissolved_on }));
}
