import { describe, expect, it } from 'vitest';
import { appointOfficer } from './appoint-officer.js';
import { changeMemberStatus } from './change-member-status.js';
import { type AppContext } from './context.js';
import { createUnit } from './create-unit.js';
import { mergeUnits } from './merge-units.js';
import { splitUnit } from './split-unit.js';
import { getUnit } from './unit-queries.js';
import { reportViolations, type Violation, type ViolationReport } from './violation-report.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

const sizeViolations = (r: ViolationReport): Violation[] => r.violations.filter((v) => v.type === 'unit_too_small' || v.type === 'unit_too_large');
const byCode = (r: ViolationReport, code: string): Violation[] => r.violations.filter((v) => v.unit?.code === code);

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`violation report on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('reports cells outside 5–30 with a merge or a split as remedy, and unplaced members', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const small = await buildCell(ctx, slug, section, 'SMALL');
      const fits = await buildCell(ctx, slug, section, 'FITS');
      const big = await buildCell(ctx, slug, section, 'BIG');
      await buildMembers(ctx, slug, small, 3);
      await buildMembers(ctx, slug, fits, 20);
      const bigRoll = await buildMembers(ctx, slug, big, 34);
      const loose = await buildMember(ctx, slug, null, { status: 'applicant' });
      const gone = await buildMember(ctx, slug, null);
      await changeMemberStatus(ctx, { org: slug, member: { id: gone.id }, status: 'resigned', reason: 'left' });

      const report = await reportViolations(ctx, { org: slug });
      expect(report.checkedOn).toBe('2026-11-29');
      expect(report.truncated).toBe(false);
      expect(report.totals).toEqual({ unit_too_small: 1, unit_too_large: 1, office_vacant: 4 + 3, member_without_unit: 1 });
      expect(byCode(report, 'FITS').filter((v) => v.type !== 'office_vacant')).toEqual([]);

      const [tooSmall] = byCode(report, 'SMALL').filter((v) => v.type === 'unit_too_small');
      expect(tooSmall?.message).toBe("Cell 'SMALL' has 3 members; the minimum is 5");
      expect(tooSmall?.remedy).toMatchObject({ action: 'merge', with: { id: fits.id, code: 'FITS', count: 20 }, resultingSize: 23 });
      expect(tooSmall?.remedy.description).toBe("Merge 'SMALL' with sibling 'FITS' (20 members) into one unit of 23");

      const [tooLarge] = byCode(report, 'BIG').filter((v) => v.type === 'unit_too_large');
      expect(tooLarge?.message).toBe("Cell 'BIG' has 34 members; the maximum is 30");
      expect(tooLarge?.remedy).toEqual({ action: 'split', sizes: [17, 17], description: "Split 'BIG' into 2 units of 17, 17 members" });

      const unplaced = report.violations.filter((v) => v.type === 'member_without_unit');
      expect(unplaced.map((v) => v.member)).toEqual([{ id: loose.id, memberNo: loose.memberNo }]);
      expect(unplaced[0]?.remedy.action).toBe('place');
      expect(unplaced[0]?.message).toMatch(/applicant/);

      // Doing the suggested split clears the violation.
      const half = bigRoll.slice(0, 17).map((m) => m.id);
      await splitUnit(ctx, { org: slug, unit: { id: big.id }, memberIds: half, newName: 'Big B', newCode: 'BIG-B', reason: 'too large' });
      // Doing the suggested merge clears the other one.
      await mergeUnits(ctx, { org: slug, source: { id: small.id }, target: { id: fits.id }, reason: 'too small' });
      const after = await reportViolations(ctx, { org: slug });
      expect(sizeViolations(after)).toEqual([]);
      expect(after.totals.unit_too_small + after.totals.unit_too_large).toBe(0);
      expect((await getUnit(ctx, slug, { code: 'BIG-B' })).counts.directMembers).toBe(17);
      // The merged-away cell is dissolved, so it is no longer a vacancy either; the new one is.
      expect(byCode(after, 'SMALL')).toEqual([]);
      expect(byCode(after, 'BIG-B').map((v) => v.type)).toEqual(['office_vacant']);
    });

    it('chooses remedies by what the siblings allow', async () => {
      const { slug, section, primary } = await buildPartyOrg(ctx);
      // Two too-small siblings: merging them fixes both, so that is preferred over a roomy sibling.
      const a = await buildCell(ctx, slug, section, 'A');
      const b = await buildCell(ctx, slug, section, 'B');
      const roomy = await buildCell(ctx, slug, section, 'ROOMY');
      await buildMembers(ctx, slug, a, 3);
      await buildMembers(ctx, slug, b, 2);
      await buildMembers(ctx, slug, roomy, 6);
      // Only full siblings: take members from them.
      const lone = await buildCell(ctx, slug, primary, 'LONE');
      const full1 = await buildCell(ctx, slug, primary, 'FULL1');
      const full2 = await buildCell(ctx, slug, primary, 'FULL2');
      await buildMembers(ctx, slug, lone, 1);
      await buildMembers(ctx, slug, full1, 30);
      await buildMembers(ctx, slug, full2, 30);
      // A cell alone under its committee: nothing to merge with.
      const county = await createUnit(ctx, { org: slug, code: 'C2', name: 'County 2', kind: 'county_committee', parent: { code: 'P1' } });
      const primary2 = await createUnit(ctx, { org: slug, code: 'C2-P', name: 'Primary 2', kind: 'primary_committee', parent: { id: county.id } });
      const alone = await buildCell(ctx, slug, primary2, 'ALONE');
      await buildMember(ctx, slug, alone);

      const report = await reportViolations(ctx, { org: slug });
      const remedyOf = (code: string) => byCode(report, code).find((v) => v.type === 'unit_too_small')?.remedy;
      expect(remedyOf('A')).toMatchObject({ action: 'merge', with: { code: 'B' }, resultingSize: 5 });
      expect(remedyOf('B')).toMatchObject({ action: 'merge', with: { code: 'A' }, resultingSize: 5 });
      expect(remedyOf('LONE')).toMatchObject({ action: 'transfer_in', needed: 4, from: [{ unit: { code: 'FULL1' }, count: 4 }] });
      expect(remedyOf('LONE')?.description).toBe("Transfer 4 member(s) into 'LONE': 4 from 'FULL1'");
      expect(remedyOf('ALONE')).toMatchObject({ action: 'dissolve' });
      expect(report.totals.unit_too_small).toBe(4);
    });

    it('limits the report to a subtree with `within`', async () => {
      const { slug, section, root, province } = await buildPartyOrg(ctx);
      const north = await buildCell(ctx, slug, section, 'NORTH');
      await buildMembers(ctx, slug, north, 2);
      const p2 = await createUnit(ctx, { org: slug, code: 'P2', name: 'South', kind: 'provincial_committee', parent: { id: root.id } });
      const c2 = await createUnit(ctx, { org: slug, code: 'P2-C', name: 'South County', kind: 'county_committee', parent: { id: p2.id } });
      const pr2 = await createUnit(ctx, { org: slug, code: 'P2-C-P', name: 'South Primary', kind: 'primary_committee', parent: { id: c2.id } });
      const south = await buildCell(ctx, slug, pr2, 'SOUTH');
      await buildMembers(ctx, slug, south, 31);
      await buildMember(ctx, slug, null);

      const whole = await reportViolations(ctx, { org: slug });
      expect(whole.totals).toMatchObject({ unit_too_small: 1, unit_too_large: 1, member_without_unit: 1 });

      const northOnly = await reportViolations(ctx, { org: slug, within: { id: province.id } });
      expect(northOnly.totals).toEqual({ unit_too_small: 1, unit_too_large: 0, office_vacant: 4, member_without_unit: 0 });
      expect(new Set(northOnly.violations.map((v) => v.unit?.code))).toEqual(new Set(['P1', 'P1-C1', 'P1-C1-P1', 'NORTH']));

      const southOnly = await reportViolations(ctx, { org: slug, within: { code: 'P2-C' } });
      expect(southOnly.totals).toEqual({ unit_too_small: 0, unit_too_large: 1, office_vacant: 3, member_without_unit: 0 });
      expect(sizeViolations(southOnly).map((v) => [v.unit?.code, v.remedy])).toEqual([['SOUTH', { action: 'split', sizes: [16, 15], description: "Split 'SOUTH' into 2 units of 16, 15 members" }]]);
      const cellOnly = await reportViolations(ctx, { org: slug, within: { id: south.id } });
      expect(cellOnly.violations.map((v) => v.type).sort()).toEqual(['office_vacant', 'unit_too_large']);
      await expectError(reportViolations(ctx, { org: slug, within: { code: 'NOPE' } }), 'not_found');
    });

    it('gives full totals and marks the report truncated when the limit is smaller', async () => {
      const { slug, section, root } = await buildPartyOrg(ctx);
      const cells = [];
      for (let i = 0; i < 5; i++) cells.push(await buildCell(ctx, slug, section, `S${i}`));
      for (const cell of cells.slice(0, 4)) await buildMember(ctx, slug, cell);
      for (let i = 0; i < 3; i++) await buildMember(ctx, slug, null);
      // One committee office filled, so the vacancy count is not simply "every unit".
      const chair = await buildMember(ctx, slug, cells[0] ?? null);
      await appointOfficer(ctx, { org: slug, unit: { id: root.id }, office: 'chair', member: { id: chair.id } });

      const full = await reportViolations(ctx, { org: slug });
      expect(full.totals).toEqual({ unit_too_small: 5, unit_too_large: 0, office_vacant: 3 + 5, member_without_unit: 3 });
      expect(full.truncated).toBe(false);

      const cut = await reportViolations(ctx, { org: slug, limit: 2 });
      expect(cut.totals).toEqual(full.totals);
      expect(cut.truncated).toBe(true);
      const counts = (r: ViolationReport, type: string) => r.violations.filter((v) => v.type === type).length;
      expect(counts(cut, 'unit_too_small')).toBe(2);
      expect(counts(cut, 'member_without_unit')).toBe(2);
      expect(counts(cut, 'office_vacant')).toBeLessThanOrEqual(2 * 4);
      expect(counts(cut, 'office_vacant')).toBeLessThan(full.totals.office_vacant);

      const exact = await reportViolations(ctx, { org: slug, limit: 5 });
      expect(exact.totals).toEqual(full.totals);
      expect(counts(exact, 'unit_too_small')).toBe(5);
      await expectError(reportViolations(ctx, { org: slug, limit: 0 }), 'validation_failed');
    });
  });
}
