import { describe, expect, it } from 'vitest';
import { templateRulebook } from '../core/rulebook/templates.js';
import { appointOfficer } from './appoint-officer.js';
import { changeMemberStatus } from './change-member-status.js';
import { type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { createUnit } from './create-unit.js';
import { endOfficeTerm } from './end-office-term.js';
import { getMember } from './member-queries.js';
import { mergeUnits } from './merge-units.js';
import { moveUnit } from './move-unit.js';
import { transferMember } from './transfer-member.js';
import { reportViolations } from './violation-report.js';
import type { UnitView } from './views.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`offices on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    /** Vacancies reported for one unit (the rest of the tree has vacancies of its own). */
    const vacanciesOf = async (org: string, unit: UnitView): Promise<string[]> =>
      (await reportViolations(ctx, { org, within: { id: unit.id } })).violations
        .filter((v) => v.type === 'office_vacant' && v.unit?.id === unit.id)
        .map((v) => (v.remedy.action === 'appoint' ? v.remedy.office : v.remedy.action));

    it('appoints a cell secretary for the rulebook term and fills the vacancy', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const [m, n] = await buildMembers(ctx, slug, cell, 2);
      if (!m || !n) throw new Error('members missing');
      expect(await vacanciesOf(slug, cell)).toEqual(['secretary']);

      const term = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-02-15' });
      expect(term).toMatchObject({ unitId: cell.id, office: 'secretary', memberId: m.id, startOn: '2026-02-15', endOn: '2027-02-15', endReason: null });
      expect(await vacanciesOf(slug, cell)).toEqual([]);

      // Defaults: the term starts today and runs for the office's termMonths.
      const deputy = await appointOfficer(ctx, { org: slug, unit: { code: cell.code }, office: 'deputy_secretary', member: { memberNo: n.memberNo } });
      expect(deputy.startOn).toBe(TODAY);
      expect(deputy.endOn).toBe('2027-11-29');
      const open = await appointOfficer(ctx, { org: slug, unit: { id: section.id }, office: 'secretary', member: { id: n.id }, startOn: '2025-08-31', endOn: null });
      expect(open.endOn).toBeNull();

      expect((await getMember(ctx, slug, { id: m.id })).offices.map((o) => o.id)).toEqual([term.id]);
    });

    it('computes the term end at a month end', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell, { joinedOn: '2020-01-01' });
      const t = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2023-02-28' });
      expect(t.endOn).toBe('2024-02-28');
      // 24 months from a leap day ends on the last day of February.
      const s = await appointOfficer(ctx, { org: slug, unit: { id: section.id }, office: 'secretary', member: { id: m.id }, startOn: '2024-02-29' });
      expect(s.endOn).toBe('2026-02-28');
    });

    it('refuses an overlapping appointment, and accepts one that starts when the term ends', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const [m, n] = await buildMembers(ctx, slug, cell, 2);
      if (!m || !n) throw new Error('members missing');
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-02-15' });
      const e = await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: n.id }, startOn: '2026-06-01' }), 'already_exists', /2026-02-15 until 2027-02-15/);
      expect(e.hint).toMatch(/End the current term/);
      await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: n.id }, startOn: '2025-06-01', endOn: '2026-02-16' }), 'already_exists');
      await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: n.id }, startOn: '2025-06-01', endOn: null }), 'already_exists');
      // Adjacent terms do not overlap: the first ends (exclusive) the day the next begins.
      const before = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: n.id }, startOn: '2025-02-15', endOn: '2026-02-15' });
      const next = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: n.id }, startOn: '2027-02-15' });
      expect([before.endOn, next.endOn]).toEqual(['2026-02-15', '2028-02-15']);
      // Another office of the same unit is independent.
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'deputy_secretary', member: { id: n.id }, startOn: '2026-06-01' });
    });

    it('refuses an appointee from another cell, an unplaced or departed member, and offices the kind lacks', async () => {
      const { slug, section, primary } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const other = await buildCell(ctx, slug, section);
      const outsider = await buildMember(ctx, slug, other);
      const e = await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: outsider.id } }), 'rule_violation', new RegExp(`belongs to '${other.code}', outside '${cell.code}'`));
      expect(e.hint).toMatch(/transfer the member/);
      const unplaced = await buildMember(ctx, slug, null);
      await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: unplaced.id } }), 'rule_violation', /not an active, placed member/);
      const left = await buildMember(ctx, slug, cell);
      await changeMemberStatus(ctx, { org: slug, member: { id: left.id }, status: 'resigned', reason: 'x' });
      await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: left.id } }), 'rule_violation');
      const member = await buildMember(ctx, slug, cell);
      const noOffice = await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'chair', member: { id: member.id } }), 'rule_violation', /no office 'chair'/);
      expect(noOffice.hint).toMatch(/secretary, deputy_secretary/);
      await expectError(appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: member.id }, startOn: '2026-05-01', endOn: '2026-04-01' }), 'validation_failed');
      // A committee's secretary may come from any cell in its subtree.
      const t = await appointOfficer(ctx, { org: slug, unit: { id: primary.id }, office: 'secretary', member: { id: outsider.id } });
      expect(t.unitId).toBe(primary.id);
      expect(await vacanciesOf(slug, cell)).toEqual(['secretary']);
    });

    it('ending a term leaves a vacancy in the violation report; a term ends only once', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell);
      const term = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-03-01' });
      expect(await vacanciesOf(slug, cell)).toEqual([]);

      await expectError(endOfficeTerm(ctx, { org: slug, termId: term.id, reason: 'x', version: term.version + 1 }), 'version_conflict');
      await expectError(endOfficeTerm(ctx, { org: slug, termId: term.id, reason: 'x', endOn: '2026-03-01' }), 'validation_failed', /cannot end on/);
      await expectError(endOfficeTerm(ctx, { org: slug, termId: term.id, reason: '' }), 'validation_failed');
      const ended = await endOfficeTerm(ctx, { org: slug, termId: term.id, reason: 'stepped down', version: term.version });
      expect(ended).toMatchObject({ endOn: TODAY, endReason: 'stepped down', version: term.version + 1 });
      await expectError(endOfficeTerm(ctx, { org: slug, termId: term.id, reason: 'again' }), 'invalid_transition');
      await expectError(endOfficeTerm(ctx, { org: slug, termId: 999_999, reason: 'x' }), 'not_found');

      const report = await reportViolations(ctx, { org: slug, within: { id: cell.id } });
      const vacancy = report.violations.find((v) => v.type === 'office_vacant' && v.unit?.id === cell.id);
      expect(vacancy).toMatchObject({ unit: { code: cell.code, kind: 'cell' }, remedy: { action: 'appoint', office: 'secretary' } });
      expect(vacancy?.message).toMatch(/has no Cell Secretary/);
      expect(vacancy?.remedy.description).toMatch(new RegExp(`Appoint a member of '${cell.code}' as secretary`));
      expect(report.totals.office_vacant).toBe(1);

      // The next secretary can start the day the old term ended.
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id } });
      expect(await vacanciesOf(slug, cell)).toEqual([]);
    });

    it('a term that has run out is a vacancy without anyone ending it', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell, { joinedOn: '2020-01-01' });
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2025-01-01' });
      expect(await vacanciesOf(slug, cell)).toEqual(['secretary']);
    });

    it('transferring the secretary out of the cell ends the term; a move inside the committee keeps its secretary', async () => {
      const { slug, section, primary } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const sibling = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell, { joinedOn: '2026-01-01' });
      const cellTerm = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-02-01' });
      const committeeTerm = await appointOfficer(ctx, { org: slug, unit: { id: primary.id }, office: 'secretary', member: { id: m.id }, startOn: '2026-02-01' });

      await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: sibling.id }, reason: 'needed in the dye shop', on: '2026-10-01' });

      const offices = (await getMember(ctx, slug, { id: m.id })).offices;
      const cellNow = offices.find((o) => o.id === cellTerm.id);
      const committeeNow = offices.find((o) => o.id === committeeTerm.id);
      expect(cellNow?.endOn).toBe('2026-10-01');
      expect(cellNow?.endReason).toBe('left the unit: needed in the dye shop');
      expect(committeeNow?.endOn).toBe(committeeTerm.endOn);
      expect(committeeNow?.endReason).toBeNull();
      expect(await vacanciesOf(slug, cell)).toEqual(['secretary']);
      expect(await vacanciesOf(slug, primary)).toEqual([]);
    });

    it('leaving the cell also cancels an appointment that has not started yet', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const sibling = await buildCell(ctx, slug, section);
      const m = await buildMember(ctx, slug, cell);
      const n = await buildMember(ctx, slug, cell);
      const future = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: m.id }, startOn: '2027-01-01' });
      const futureDeputy = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'deputy_secretary', member: { id: n.id }, startOn: '2027-01-01' });
      await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: sibling.id }, reason: 'moved' });
      await changeMemberStatus(ctx, { org: slug, member: { id: n.id }, status: 'resigned', reason: 'left' });
      for (const [memberId, termId] of [[m.id, future.id], [n.id, futureDeputy.id]] as const) {
        const t = (await getMember(ctx, slug, { id: memberId })).offices.find((o) => o.id === termId);
        expect(t?.endReason).toMatch(/left the unit/);
        // Ended before it began: a term of no days, so the member never holds the office.
        expect(t?.endOn).toBe(t?.startOn);
      }
      const successor = await buildMember(ctx, slug, cell);
      await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: successor.id }, startOn: '2027-01-01' });
    });

    it('a merge or a subtree move that takes a committee officer out of the committee ends the term', async () => {
      const { slug, section, primary, province } = await buildPartyOrg(ctx);
      const county2 = await createUnit(ctx, { org: slug, code: 'C2', name: 'County 2', kind: 'county_committee', parent: { id: province.id } });
      const primary2 = await createUnit(ctx, { org: slug, code: 'C2-P', name: 'Primary 2', kind: 'primary_committee', parent: { id: county2.id } });
      const cell = await buildCell(ctx, slug, section);
      const elsewhere = await buildCell(ctx, slug, primary2);
      const [officer, other] = await buildMembers(ctx, slug, cell, 2);
      if (!officer || !other) throw new Error('members missing');
      const sectionTerm = await appointOfficer(ctx, { org: slug, unit: { id: section.id }, office: 'secretary', member: { id: officer.id } });
      const primaryTerm = await appointOfficer(ctx, { org: slug, unit: { id: primary.id }, office: 'secretary', member: { id: other.id } });
      const countyTerm = await appointOfficer(ctx, { org: slug, unit: { code: 'P1-C1' }, office: 'chief_secretary', member: { id: other.id } });
      const provinceTerm = await appointOfficer(ctx, { org: slug, unit: { id: province.id }, office: 'chief_secretary', member: { id: officer.id } });
      const termOf = async (memberId: number, termId: number) => (await getMember(ctx, slug, { id: memberId })).offices.find((o) => o.id === termId);

      // The section moves to the other primary committee: its members leave the old primary and county.
      await moveUnit(ctx, { org: slug, unit: { id: section.id }, newParent: { id: primary2.id }, reason: 'reorganized' });
      expect((await termOf(other.id, primaryTerm.id))?.endOn).toBe(TODAY);
      expect((await termOf(other.id, countyTerm.id))?.endReason).toMatch(/left the unit/);
      expect((await termOf(officer.id, sectionTerm.id))?.endReason).toBeNull();
      expect((await termOf(officer.id, provinceTerm.id))?.endReason).toBeNull();

      // The cell merges into a cell outside the section: its members leave the section.
      await mergeUnits(ctx, { org: slug, source: { id: cell.id }, target: { id: elsewhere.id }, reason: 'merged' });
      expect((await termOf(officer.id, sectionTerm.id))?.endOn).toBe(TODAY);
      expect((await termOf(officer.id, sectionTerm.id))?.endReason).toMatch(/left the unit/);
      expect((await termOf(officer.id, provinceTerm.id))?.endReason).toBeNull();
    });

    it('an instructor may come from anywhere in the organization and keeps the class when moved between units', async () => {
      await createOrg(ctx, { slug: 'center', rulebook: templateRulebook('culture-center') });
      const center = await createUnit(ctx, { org: 'center', code: 'C', name: 'Center', kind: 'center' });
      const program = await createUnit(ctx, { org: 'center', code: 'QUILT', name: 'Quilting', kind: 'program', parent: { id: center.id } });
      const a = await createUnit(ctx, { org: 'center', code: 'Q1', name: 'Quilting 1', kind: 'class', parent: { id: program.id } });
      const b = await createUnit(ctx, { org: 'center', code: 'Q2', name: 'Quilting 2', kind: 'class', parent: { id: program.id } });
      const teacher = await buildMember(ctx, 'center', center);
      const term = await appointOfficer(ctx, { org: 'center', unit: { id: a.id }, office: 'instructor', member: { id: teacher.id } });
      await transferMember(ctx, { org: 'center', member: { id: teacher.id }, to: { id: b.id }, reason: 'also takes a class' });
      const t = (await getMember(ctx, 'center', { id: teacher.id })).offices.find((o) => o.id === term.id);
      expect(t?.endReason).toBeNull();
      expect(await vacanciesOf('center', a)).toEqual([]);
      expect(await vacanciesOf('center', b)).toEqual(['instructor']);
    });
  });
}
