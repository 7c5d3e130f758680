import { appointOfficer } from '../app/appoint-officer.js';
import { actingAs, type AppContext } from '../app/context.js';
import type { UnitView } from '../app/views.js';
import { buildCell, buildMember, buildPartyOrg, buildUser } from './factories.js';

/** The context `days` after the fixed test day, acting as the same actor. */
export function daysLater(ctx: AppContext, days: number): AppContext {
  const at = ctx.clock().getTime() + days * 86_400_000;
  return Object.freeze({ ...ctx, clock: () => new Date(at) });
}

/**
 * A party with a cell under the Weaving Section (under the Mill Works primary committee, under River
 * County), its members and the people who handle discipline:
 * - `secretary`: the cell secretary (an officer of the cell only);
 * - `primaryStaff`: staff granted at the primary committee (ratifies expulsions of the cell);
 * - `countyStaff`: staff granted at the county (hears appeals after the primary's ratification);
 * - `auditor`: an auditor granted at the province; `neighbour`: a plain member of the same cell;
 * - `accused`: the member the cases are about, with an account.
 */
export async function buildDisciplineWorld(ctx: AppContext, slug = 'party') {
  const org = await buildPartyOrg(ctx, slug);
  const county = { id: (await ctx.database.db.selectFrom('units').select('id').where('code', '=', 'P1-C1').executeTakeFirstOrThrow()).id } as UnitView;
  const cell = await buildCell(ctx, slug, org.section, `${slug.toUpperCase()}-CELL`);
  const other = await buildCell(ctx, slug, org.section, `${slug.toUpperCase()}-OTHER`);
  const accused = await buildMember(ctx, slug, cell);
  const secretaryMember = await buildMember(ctx, slug, cell);
  const neighbourMember = await buildMember(ctx, slug, cell);
  await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: secretaryMember.id }, startOn: '2026-01-01' });
  const as = async (opts: Parameters<typeof buildUser>[1]) => actingAs(ctx, await buildUser(ctx, { orgSlug: slug, ...opts }));
  const accusedUser = await buildUser(ctx, { orgSlug: slug, memberId: accused.id });
  return {
    ...org,
    county,
    cell,
    other,
    accused,
    accusedUser,
    secretaryMember,
    neighbourMember,
    as: {
      accused: actingAs(ctx, accusedUser),
      secretary: await as({ memberId: secretaryMember.id }),
      neighbour: await as({ memberId: neighbourMember.id }),
      primaryStaff: await as({ grants: [{ role: 'staff', unitId: org.primary.id }] }),
      countyStaff: await as({ grants: [{ role: 'staff', unitId: county.id }] }),
      auditor: await as({ grants: [{ role: 'auditor', unitId: org.province.id }] }),
    },
  };
}
