import type { Executor } from './database.js';
import type { OrgTable } from './schema.js';
import type { Insertable, Selectable } from 'kysely';

export type OrgRow = Selectable<OrgTable>;

export async function insertOrg(db: Executor, row: Insertable<OrgTable>): Promise<OrgRow> {
  return db.insertInto('orgs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findOrgBySlug(db: Executor, slug: string): Promise<OrgRow | undefined> {
  return db.selectFrom('orgs').selectAll().where('slug', '=', slug).executeTakeFirst();
}

export async function findOrgById(db: Executor, id: number): Promise<OrgRow | undefined> {
  return db.selectFrom('orgs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listOrgs(db: Executor): Promise<OrgRow[]> {
  return db.selectFrom('orgs').selectAll().orderBy('slug').execute();
}

export async function insertRulebookVersion(db: Executor, orgId: number, version: number, document: string, at: string): Promise<void> {
  await db.insertInto('rulebook_versions').values({ org_id: orgId, version, document, created_at: at }).execute();
}

/** Reserves `count` consecutive numbers of a per-organization sequence and returns the first. */
export async function reserveSequence(db: Executor, orgId: number, column: 'member_no_seq' | 'unit_code_seq', count: number): Promise<number> {
  const row = await db
    .updateTable('orgs')
    .set((eb) => ({ [column]: eb(column, '+', count) }))
    .where('id', '=', orgId)
    .returning(column)
    .executeTakeFirstOrThrow();
  return Number(row[column]) - count + 1;
}
