import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor } from './database.js';
import type { OfficeTermTable } from './schema.js';
import { updateIfVersion } from './versioned-update.js';

export type OfficeTermRow = Selectable<OfficeTermTable>;

export async function insertOfficeTerm(db: Executor, row: Insertable<OfficeTermTable>): Promise<OfficeTermRow> {
  return db.insertInto('office_terms').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOfficeTerm(db: Executor, orgId: number, id: number): Promise<OfficeTermRow | undefined> {
  return db.selectFrom('office_terms').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
}

/** Terms of a unit's office that overlap [start, end) — end null meaning open-ended. */
export async function overlappingTerms(db: Executor, orgId: number, unitId: number, office: string, start: string, end: string | null): Promise<OfficeTermRow[]> {
  let q = db
    .selectFrom('office_terms')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('unit_id', '=', unitId)
    .where('office', '=', office)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>', start)]));
  if (end !== null) q = q.where('start_on', '<', end);
  return q.execute();
}

export async function listUnitTerms(db: Executor, orgId: number, unitId: number): Promise<OfficeTermRow[]> {
  return db.selectFrom('office_terms').selectAll().where('org_id', '=', orgId).where('unit_id', '=', unitId).orderBy('start_on').orderBy('id').execute();
}

export async function listMemberTerms(db: Executor, orgId: number, memberId: number): Promise<OfficeTermRow[]> {
  return db.selectFrom('office_terms').selectAll().where('org_id', '=', orgId).where('member_id', '=', memberId).orderBy('start_on').orderBy('id').execute();
}

/** Terms of a member not over by `on`: the current ones and those that start later. */
export async function openTermsOfMember(db: Executor, orgId: number, memberId: number, on: string): Promise<OfficeTermRow[]> {
  return db
    .selectFrom('office_terms')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('member_id', '=', memberId)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>', on)]))
    .execute();
}

export async function endTermIfVersion(db: Executor, orgId: number, id: number, version: number, endOn: string, reason: string): Promise<boolean> {
  return updateIfVersion(db, 'office_terms', { orgId, id, version }, { end_on: endOn, end_reason: reason });
}

/** Active units of `kind` (in a subtree, if given) with no current holder of `office` on `on`. */
export async function unitsWithoutHolder(
  db: Executor,
  orgId: number,
  kind: string,
  office: string,
  on: string,
  subtree: { low: string; high: string } | undefined,
  limit: number,
): Promise<{ id: number; code: string; name: string; kind: string; path: string }[]> {
  let q = db
    .selectFrom('units as u')
    .select(['u.id', 'u.code', 'u.name', 'u.kind', 'u.path'])
    .where('u.org_id', '=', orgId)
    .where('u.kind', '=', kind)
    .where('u.status', '=', 'active')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('office_terms as t')
            .select(sql`1`.as('one'))
            .whereRef('t.unit_id', '=', 'u.id')
            .where('t.org_id', '=', orgId)
            .where('t.office', '=', office)
            .where('t.start_on', '<=', on)
            .where((eb) => eb.or([eb('t.end_on', 'is', null), eb('t.end_on', '>', on)])),
        ),
      ),
    );
  if (subtree) q = q.where('u.path', '>=', subtree.low).where('u.path', '<', subtree.high);
  return q.orderBy('u.id').limit(limit).execute();
}

/** Offices held on `on` in each of `unitIds` (one row per unit and office). */
export async function heldOffices(db: Executor, orgId: number, unitIds: readonly number[], on: string): Promise<{ unit_id: number; office: string }[]> {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('office_terms')
    .select(['unit_id', 'office'])
    .distinct()
    .where('org_id', '=', orgId)
    .where('unit_id', 'in', [...unitIds])
    .where('start_on', '<=', on)
    .where((eb) => eb.or([eb('end_on', 'is', null), eb('end_on', '>', on)]))
    .execute();
}
