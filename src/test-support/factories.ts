import { templateRulebook } from '../core/rulebook/templates.js';
import { admitMember, type AdmitMemberInput } from '../app/admit-member.js';
import type { Actor, AppContext } from '../app/context.js';
import { createOrg } from '../app/create-org.js';
import { createUnit } from '../app/create-unit.js';
import type { MemberView, UnitView } from '../app/views.js';

/** A party organization with a minimal chain of committees down to one sectional committee. */
export async function buildPartyOrg(ctx: AppContext, slug = 'party'): Promise<{ slug: string; primary: UnitView; section: UnitView; root: UnitView; province: UnitView }> {
  await createOrg(ctx, { slug, rulebook: templateRulebook('party') });
  const root = await createUnit(ctx, { org: slug, code: 'CC', name: 'Central Committee', kind: 'central_committee' });
  const province = await createUnit(ctx, { org: slug, code: 'P1', name: 'North Province', kind: 'provincial_committee', parent: { id: root.id } });
  const county = await createUnit(ctx, { org: slug, code: 'P1-C1', name: 'River County', kind: 'county_committee', parent: { id: province.id } });
  const primary = await createUnit(ctx, { org: slug, code: 'P1-C1-P1', name: 'Mill Works Primary', kind: 'primary_committee', parent: { id: county.id } });
  const section = await createUnit(ctx, { org: slug, code: 'P1-C1-P1-S', name: 'Weaving Section', kind: 'sectional_committee', parent: { id: primary.id } });
  return { slug, root, province, primary, section };
}

let cellSeq = 0;
export async function buildCell(ctx: AppContext, org: string, parent: UnitView, code?: string): Promise<UnitView> {
  cellSeq++;
  return createUnit(ctx, { org, code: code ?? `CELL-${cellSeq}`, name: `Cell ${cellSeq}`, kind: 'cell', parent: { id: parent.id } });
}

let memberSeq = 0;
export async function buildMember(ctx: AppContext, org: string, unit: UnitView | null, over: Partial<AdmitMemberInput> = {}): Promise<MemberView> {
  memberSeq++;
  return admitMember(ctx, {
    org,
    familyName: 'Tester',
    givenName: `Person ${memberSeq}`,
    unit: unit ? { id: unit.id } : null,
    status: 'full_member',
    ...over,
  });
}

export async function buildMembers(ctx: AppContext, org: string, unit: UnitView, count: number): Promise<MemberView[]> {
  const out: MemberView[] = [];
  for (let i = 0; i < count; i++) out.push(await buildMember(ctx, org, unit));
  return out;
}

let userSeq = 0;
/**
 * A user account (no password: tests act as it through `actingAs`), optionally linked to a member
 * and holding grants `{ role, unitId }` from today.
 */
export async function buildUser(
  ctx: AppContext,
  opts: { isAdmin?: boolean; orgSlug?: string; memberId?: number; grants?: { role: string; unitId: number; endOn?: string }[] } = {},
): Promise<Actor & { kind: 'user' }> {
  userSeq++;
  const db = ctx.database.db;
  const at = ctx.clock().toISOString();
  const org = opts.orgSlug ? await db.selectFrom('orgs').select('id').where('slug', '=', opts.orgSlug).executeTakeFirstOrThrow() : null;
  const username = `user${userSeq}`;
  const user = await db
    .insertInto('users')
    .values({ username, password_hash: null, is_admin: opts.isAdmin ? 1 : 0, org_id: org?.id ?? null, member_id: opts.memberId ?? null, disabled_at: null, version: 1, created_at: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const g of opts.grants ?? []) {
    if (!org) throw new Error('buildUser: grants need orgSlug');
    await db.insertInto('grants').values({ org_id: org.id, user_id: user.id, unit_id: g.unitId, role: g.role, start_on: at.slice(0, 10), end_on: g.endOn ?? null, created_at: at }).execute();
  }
  return { kind: 'user', userId: user.id, username };
}
