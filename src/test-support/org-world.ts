import { appointOfficer } from '../app/appoint-officer.js';
import type { AppContext } from '../app/context.js';
import { createOrg } from '../app/create-org.js';
import { createUnit } from '../app/create-unit.js';
import { newSecret, secretHash } from '../app/secret-token.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { insertApiToken } from '../store/api-token.repository.js';
import { insertSession } from '../store/session.repository.js';
import { buildMember, buildUser } from './factories.js';

/**
 * One organization shaped for authorization tests, and the people who act on it.
 *
 *   CC central
 *   ├── PA province A            ← org_admin, staff, auditor are granted here
 *   │   └── CA county
 *   │       ├── PRA primary
 *   │       │   └── SA section   ← "parent"  (secretary: ownX)
 *   │       │       ├── OWN cell ← "own"     (members: member, secretary, ownX; secretary: secretary)
 *   │       │       └── SIB cell ← "sibling" (member: sib1, its secretary)
 *   │       └── PRA2 primary     ← landing place for moves
 *   │           └── LAND cell    ← empty, receives merges and transfers
 *   └── PB province B
 *       └── CB county └── PRB primary └── CELLB cell ← "other" (member: b1, its secretary)
 *   unplaced: an active member placed in no unit (belongs to the organization as a whole)
 *
 * A user `grantee` holds an auditor grant at OWN, SIB, SA and CELLB (targets for ending grants).
 */

export const matrixRoles = ['admin', 'orgAdmin', 'staff', 'auditor', 'secretary', 'member', 'nobody', 'anonymous'] as const;
export type MatrixRole = (typeof matrixRoles)[number];

/** A user and an API token (scope write) of theirs. */
export interface Identity {
  userId: number;
  token: string;
}

/** Users that exist once per database: they act in every world (grants are added per world). */
export interface Staff {
  admin: Identity;
  orgAdmin: Identity;
  staff: Identity;
  auditor: Identity;
  nobody: Identity;
  grantee: Identity;
}

export type UnitKey = 'cc' | 'pa' | 'ca' | 'pra' | 'sa' | 'own' | 'sib' | 'pra2' | 'land' | 'pb' | 'cb' | 'prb' | 'cellB';
export type MemberKey = 'member' | 'secretary' | 'ownX' | 'sib1' | 'b1' | 'unplaced';
export type PlaceKey = 'own' | 'sib' | 'sa' | 'cellB';

export interface World {
  slug: string;
  unit: Record<UnitKey, number>;
  member: Record<MemberKey, number>;
  /** The secretary's office term at each place. */
  term: Record<PlaceKey, number>;
  /** The grantee's auditor grant at each place. */
  grant: Record<PlaceKey, number>;
  /** Who acts; anonymous has no credential. */
  as: Record<MatrixRole, Identity | null>;
}

/** A term starts before "today" (the fixed test clock), so it can be ended today. */
const TERM_START = '2026-06-01';

/** A new API token (scope write, one day) of `userId`, stored as `POST /auth/tokens` stores it. */
export async function apiTokenOf(ctx: AppContext, userId: number): Promise<{ id: number; token: string }> {
  const token = newSecret('api');
  const now = ctx.clock();
  const row = await insertApiToken(ctx.database.db, {
    token_hash: secretHash(token),
    user_id: userId,
    label: 'authorization test',
    scope: 'write',
    expires_at: new Date(now.getTime() + 86_400_000).toISOString(),
    revoked_at: null,
    created_at: now.toISOString(),
  });
  return { id: row.id, token };
}

/** A fresh logged-in session of `userId` (its cookie value), as a login would create it. */
export async function openSession(ctx: AppContext, userId: number): Promise<string> {
  const token = newSecret('session');
  const now = ctx.clock();
  await insertSession(ctx.database.db, {
    token_hash: secretHash(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + 3_600_000).toISOString(),
    revoked_at: null,
  });
  return token;
}

async function identity(ctx: AppContext, opts: Parameters<typeof buildUser>[1] = {}): Promise<Identity> {
  const user = await buildUser(ctx, opts);
  return { userId: user.userId, token: (await apiTokenOf(ctx, user.userId)).token };
}

export async function buildStaff(ctx: AppContext): Promise<Staff> {
  return {
    admin: await identity(ctx, { isAdmin: true }),
    orgAdmin: await identity(ctx),
    staff: await identity(ctx),
    auditor: await identity(ctx),
    nobody: await identity(ctx),
    grantee: await identity(ctx),
  };
}

async function grant(ctx: AppContext, orgId: number, userId: number, unitId: number, role: string): Promise<number> {
  const on = ctx.clock().toISOString();
  const row = await ctx.database.db
    .insertInto('grants')
    .values({ org_id: orgId, user_id: userId, unit_id: unitId, role, start_on: on.slice(0, 10), end_on: null, created_at: on })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Builds the organization `slug` (acting as `ctx`, the local operator) with its people. */
export async function buildWorld(ctx: AppContext, staff: Staff, slug: string): Promise<World> {
  await createOrg(ctx, { slug, rulebook: templateRulebook('party') });
  const orgId = (await ctx.database.db.selectFrom('orgs').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;
  const unit = async (code: string, kind: string, parent?: number): Promise<number> =>
    (await createUnit(ctx, { org: slug, code, name: `Unit ${code}`, kind, parent: parent === undefined ? null : { id: parent } })).id;
  const cc = await unit('CC', 'central_committee');
  const pa = await unit('PA', 'provincial_committee', cc);
  const ca = await unit('CA', 'county_committee', pa);
  const pra = await unit('PRA', 'primary_committee', ca);
  const sa = await unit('SA', 'sectional_committee', pra);
  const own = await unit('OWN', 'cell', sa);
  const sib = await unit('SIB', 'cell', sa);
  const pra2 = await unit('PRA2', 'primary_committee', ca);
  const land = await unit('LAND', 'cell', pra2);
  const pb = await unit('PB', 'provincial_committee', cc);
  const cb = await unit('CB', 'county_committee', pb);
  const prb = await unit('PRB', 'primary_committee', cb);
  const cellB = await unit('CELLB', 'cell', prb);

  const member = async (unitId: number | null): Promise<number> => (await buildMember(ctx, slug, null, { unit: unitId === null ? null : { id: unitId } })).id;
  const m: Record<MemberKey, number> = {
    member: await member(own),
    secretary: await member(own),
    ownX: await member(own),
    sib1: await member(sib),
    b1: await member(cellB),
    unplaced: await member(null),
  };
  const appoint = async (unitId: number, memberId: number): Promise<number> =>
    (await appointOfficer(ctx, { org: slug, unit: { id: unitId }, office: 'secretary', member: { id: memberId }, startOn: TERM_START })).id;
  const term: Record<PlaceKey, number> = { own: await appoint(own, m.secretary), sib: await appoint(sib, m.sib1), sa: await appoint(sa, m.ownX), cellB: await appoint(cellB, m.b1) };

  for (const role of ['orgAdmin', 'staff', 'auditor'] as const) await grant(ctx, orgId, staff[role].userId, pa, role === 'orgAdmin' ? 'org_admin' : role);
  const grants: Record<PlaceKey, number> = {
    own: await grant(ctx, orgId, staff.grantee.userId, own, 'auditor'),
    sib: await grant(ctx, orgId, staff.grantee.userId, sib, 'auditor'),
    sa: await grant(ctx, orgId, staff.grantee.userId, sa, 'auditor'),
    cellB: await grant(ctx, orgId, staff.grantee.userId, cellB, 'auditor'),
  };
  return {
    slug,
    unit: { cc, pa, ca, pra, sa, own, sib, pra2, land, pb, cb, prb, cellB },
    member: m,
    term,
    grant: grants,
    as: {
      admin: staff.admin,
      orgAdmin: staff.orgAdmin,
      staff: staff.staff,
      auditor: staff.auditor,
      secretary: await identity(ctx, { orgSlug: slug, memberId: m.secretary }),
      member: await identity(ctx, { orgSlug: slug, memberId: m.member }),
      nobody: staff.nobody,
      anonymous: null,
    },
  };
}

/** The stored version of a row, as a client would have read it. */
export async function versionOf(ctx: AppContext, table: 'units' | 'members' | 'office_terms', id: number): Promise<number> {
  const row = await ctx.database.db.selectFrom(table).select('version').where('id', '=', id).executeTakeFirst();
  return row?.version ?? 1;
}
