import { describe, expect, it } from 'vitest';
import { statusTransitions } from '../core/member-status.js';
import { appointOfficer } from './appoint-officer.js';
import { changeMemberStatus } from './change-member-status.js';
import { type AppContext } from './context.js';
import { getMember } from './member-queries.js';
import { overviewReport } from './overview-report.js';
import { getUnit, listUnits } from './unit-queries.js';
import { buildAccount } from '../test-support/accounts.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`dashboard figures and web-app fields on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('counts members per level, unit sizes against the bounds, growth by month joined, and violations', async () => {
      const { slug, section, province } = await buildPartyOrg(ctx);
      const small = await buildCell(ctx, slug, section, 'SMALL');
      const fits = await buildCell(ctx, slug, section, 'FITS');
      await buildMembers(ctx, slug, small, 3);
      await buildMembers(ctx, slug, fits, 20);
      await buildMember(ctx, slug, fits, { joinedOn: '2020-01-15' });
      await buildMember(ctx, slug, fits, { joinedOn: '2020-01-20' });
      const leaver = await buildMember(ctx, slug, fits, { joinedOn: '2021-05-01' });
      await changeMemberStatus(ctx, { org: slug, member: { id: leaver.id }, status: 'resigned', reason: 'moved away' });

      const o = await overviewReport(ctx, { org: slug });
      expect(o.levels.find((l) => l.kind === 'cell')).toEqual({ kind: 'cell', units: 2, members: 25 });
      expect(o.levels.find((l) => l.kind === 'sectional_committee')).toEqual({ kind: 'sectional_committee', units: 1, members: 0 });
      expect(o.levels.find((l) => l.kind === 'central_committee')).toEqual({ kind: 'central_committee', units: 1, members: 0 });
      expect(o.sizes.find((s) => s.kind === 'cell')).toEqual({ kind: 'cell', min: 5, max: 30, histogram: [{ size: 3, units: 1 }, { size: 22, units: 1 }] });
      // The leaver is off the roll: growth counts 25 members on a roll, by month joined.
      expect(o.growth.at(-1)?.total).toBe(25);
      expect(o.growth.find((g) => g.month === '2020-01')).toMatchObject({ joined: 2 });
      expect(o.growth.some((g) => g.month === '2021-05')).toBe(false);
      expect(o.violations.unit_too_small).toBe(1);

      // A subtree sees only its own figures.
      const within = await overviewReport(ctx, { org: slug, within: { id: small.id } });
      expect(within.levels.find((l) => l.kind === 'cell')).toEqual({ kind: 'cell', units: 1, members: 3 });
      expect(within.growth.at(-1)?.total).toBe(3);
      expect((await overviewReport(ctx, { org: slug, within: { id: province.id } })).levels.find((l) => l.kind === 'cell')?.members).toBe(25);
    });

    it('lists each unit’s vacant required offices and says what the asker may do', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section, 'C1');
      const [first, second] = await buildMembers(ctx, slug, cell, 6);
      const page = await listUnits(ctx, { org: slug, childrenOf: { id: section.id } });
      expect(page.items.find((u) => u.id === cell.id)?.vacantOffices).toEqual(['secretary']);
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: first!.id } });
      const after = await listUnits(ctx, { org: slug, q: 'C1' });
      expect(after.items.find((u) => u.id === cell.id)?.vacantOffices).toEqual([]);

      const detail = await getUnit(ctx, slug, { id: cell.id });
      expect(detail.offices.find((o) => o.office === 'secretary')?.holder?.holderName).toBe(`${first!.familyName} ${first!.givenName}`);
      expect(detail.allowed).toEqual(['read', 'read_names', 'write_members', 'write_structure', 'run_meetings']);
      // The secretary runs the roster; a plain member of the cell sees names and may change nothing.
      const secretary = await buildAccount(ctx, { member: { org: slug, memberNo: first!.memberNo } });
      expect((await getUnit(secretary.ctx, slug, { id: cell.id })).allowed).toEqual(['read', 'read_names', 'write_members', 'run_meetings']);
      const member = await buildAccount(ctx, { member: { org: slug, memberNo: second!.memberNo } });
      expect((await getUnit(member.ctx, slug, { id: cell.id })).allowed).toEqual(['read_names']);
    });

    it('tells a client the statuses a member may move to next', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell, { status: 'candidate' });
      // Exactly the rulebook-independent status table's next steps, in its order.
      expect((await getMember(ctx, slug, { id: m.id })).nextStatuses).toEqual([...statusTransitions.candidate]);
      expect(statusTransitions.candidate).toContain('full_member');
      await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'deceased', reason: 'died' });
      expect((await getMember(ctx, slug, { id: m.id })).nextStatuses).toEqual([]);
    });
  });
}
