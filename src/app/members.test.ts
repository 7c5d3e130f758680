import { describe, expect, it } from 'vitest';
import { admitMember } from './admit-member.js';
import { appointOfficer } from './appoint-officer.js';
import { changeMemberStatus } from './change-member-status.js';
import { type AppContext } from './context.js';
import { getMember, listMembers } from './member-queries.js';
import { transferMember } from './transfer-member.js';
import { getUnit } from './unit-queries.js';
import { updateMember } from './update-member.js';
import { verifyCounters } from './verify-counters.js';
import { buildCell, buildMember, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { expectError, TODAY } from '../test-support/expect-error.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`members on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    const names = async (org: string, q: string): Promise<string[]> =>
      (await listMembers(ctx, { org, q })).items.map((m) => `${m.familyName} ${m.givenName}`).sort();

    describe('admission', () => {
      it('generates member numbers with the rulebook prefix and keeps a given one', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const first = await admitMember(ctx, { org: slug, familyName: '박', givenName: '지우', unit: { id: cell.id } });
        const second = await admitMember(ctx, { org: slug, familyName: 'Lee', givenName: 'Ann' });
        expect(first.memberNo).toBe('P0000001');
        expect(second.memberNo).toBe('P0000002');
        expect(first.status).toBe('applicant');
        expect(first.unitId).toBe(cell.id);
        expect(first.joinedOn).toBe(TODAY);
        expect(second.unitId).toBeNull();
        const given = await admitMember(ctx, { org: slug, memberNo: 'OLD-0042', familyName: 'Cho', givenName: 'Ara', status: 'full_member', joinedOn: '1998-05-01', unit: { code: cell.code } });
        expect(given.memberNo).toBe('OLD-0042');
        expect(given.status).toBe('full_member');
        expect(given.placedOn).toBe('1998-05-01');
        // A given number that looks like a generated one is skipped by the generator.
        await admitMember(ctx, { org: slug, memberNo: 'P0000003', familyName: 'Han', givenName: 'Bo' });
        expect((await admitMember(ctx, { org: slug, familyName: 'Yu', givenName: 'Na' })).memberNo).toBe('P0000004');
        expect((await getUnit(ctx, slug, { id: cell.id })).counts.directMembers).toBe(2);
      });

      it('refuses a member number already used in the organization', async () => {
        const { slug } = await buildPartyOrg(ctx);
        await admitMember(ctx, { org: slug, memberNo: 'M-1', familyName: 'Kang', givenName: 'Dae' });
        const e = await expectError(admitMember(ctx, { org: slug, memberNo: 'M-1', familyName: 'Other', givenName: 'Person' }), 'already_exists', /M-1/);
        expect(e.problems.map((p) => p.path)).toEqual(['memberNo']);
        expect((await listMembers(ctx, { org: slug })).items).toHaveLength(1);
      });

      it('lists every field problem at once', async () => {
        const { slug } = await buildPartyOrg(ctx);
        const e = await expectError(
          admitMember(ctx, {
            org: slug,
            memberNo: '-bad no',
            familyName: ' ',
            givenName: '',
            birthDate: '1999-02-30',
            email: 'not-an-address',
            phone: 'call me',
            status: 'resigned',
            joinedOn: '2027-01-01',
          }),
          'validation_failed',
        );
        expect(e.problems.map((p) => p.path).sort()).toEqual(['birthDate', 'email', 'familyName', 'joinedOn', 'memberNo', 'phone', 'status']);
        expect(e.problems.find((p) => p.path === 'birthDate')?.message).toMatch(/1999-02-30/);
        expect(e.problems.find((p) => p.path === 'joinedOn')?.message).toMatch(/future/);
        expect((await listMembers(ctx, { org: slug })).items).toHaveLength(0);
      });

      it('refuses to place a member in a committee, which holds no members', async () => {
        const { slug, section, root } = await buildPartyOrg(ctx);
        const e = await expectError(admitMember(ctx, { org: slug, familyName: 'Seo', givenName: 'Jun', unit: { id: section.id } }), 'rule_violation', /Sectional Committee does not hold members/);
        expect(e.hint).toMatch(/Cell/);
        expect((await getUnit(ctx, slug, { id: root.id })).counts.subtreeMembers).toBe(0);
        expect((await listMembers(ctx, { org: slug })).items).toHaveLength(0);
      });
    });

    describe('name search', () => {
      it('finds Hangul and romanized names in either order', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        await admitMember(ctx, { org: slug, familyName: '김', givenName: '민준', unit: { id: cell.id } });
        await admitMember(ctx, { org: slug, familyName: '이', givenName: '서연', unit: { id: cell.id } });
        await admitMember(ctx, { org: slug, familyName: 'Kim', givenName: 'Min-jun' });
        await admitMember(ctx, { org: slug, familyName: '김', givenName: '서준' });

        expect(await names(slug, '김민준')).toEqual(['김 민준']);
        expect(await names(slug, '민준')).toEqual(['김 민준']);
        expect(await names(slug, '민준 김')).toEqual(['김 민준']);
        expect(await names(slug, '서연')).toEqual(['이 서연']);
        expect(await names(slug, '김')).toEqual(['김 민준', '김 서준']);
        expect(await names(slug, 'min-jun kim')).toEqual(['Kim Min-jun']);
        expect(await names(slug, 'Kim Min-jun')).toEqual(['Kim Min-jun']);
        expect(await names(slug, 'MINJUN')).toEqual(['Kim Min-jun']);
        // Decomposed jamo (as some keyboards send them) match the precomposed syllables.
        expect(await names(slug, '김민준'.normalize('NFD'))).toEqual(['김 민준']);
        expect(await names(slug, '박')).toEqual([]);
        // Wildcard characters are not wildcards: '김_준' must not match 김민준.
        expect(await names(slug, '김_준')).toEqual([]);
        expect(await names(slug, '김%준')).toEqual([]);
        const inCell = await listMembers(ctx, { org: slug, q: '김', unit: { id: cell.id } });
        expect(inCell.items.map((m) => m.givenName)).toEqual(['민준']);
      });

      it('finds a member under the new name after a correction', async () => {
        const { slug } = await buildPartyOrg(ctx);
        const m = await admitMember(ctx, { org: slug, familyName: '최', givenName: '유나' });
        const fixed = await updateMember(ctx, { org: slug, member: { id: m.id }, givenName: '윤아', version: m.version, reason: 'typo' });
        expect(fixed.version).toBe(m.version + 1);
        expect(await names(slug, '유나')).toEqual([]);
        expect(await names(slug, '최윤아')).toEqual(['최 윤아']);
      });
    });

    describe('transfers', () => {
      it('keeps the placement history with dates and reasons, and the counters of both cells', async () => {
        const { slug, section, root, primary } = await buildPartyOrg(ctx);
        const a = await buildCell(ctx, slug, section);
        const b = await buildCell(ctx, slug, primary);
        await buildMembers(ctx, slug, a, 2);
        const m = await admitMember(ctx, { org: slug, familyName: '정', givenName: '하늘', status: 'full_member', joinedOn: '2026-01-10', unit: { id: a.id } });

        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'too early', on: '2025-12-31' }), 'validation_failed', /before/);
        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'future', on: '2026-12-01' }), 'validation_failed');
        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: ' ' }), 'validation_failed', /reason/);
        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: a.id }, reason: 'same' }), 'validation_failed', /already in/);
        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: section.id }, reason: 'committee' }), 'rule_violation');

        const moved = await transferMember(ctx, { org: slug, member: { memberNo: m.memberNo }, to: { code: b.code }, reason: 'moved to the mill', on: '2026-06-01', version: m.version });
        expect(moved.unitId).toBe(b.id);
        expect(moved.placedOn).toBe('2026-06-01');
        await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: a.id }, reason: 'moved back' });

        const detail = await getMember(ctx, slug, { id: m.id });
        expect(detail.unitCode).toBe(a.code);
        expect(detail.placements).toEqual([
          { unitId: a.id, unitCode: a.code, startOn: '2026-01-10', endOn: '2026-06-01', reason: 'admitted', endReason: 'moved to the mill' },
          { unitId: b.id, unitCode: b.code, startOn: '2026-06-01', endOn: TODAY, reason: 'moved to the mill', endReason: 'moved back' },
          { unitId: a.id, unitCode: a.code, startOn: TODAY, endOn: null, reason: 'moved back', endReason: null },
        ]);
        expect(detail.events.filter((e) => e.type === 'transferred').map((e) => [e.from, e.to, e.occurredOn])).toEqual([
          [a.code, b.code, '2026-06-01'],
          [b.code, a.code, TODAY],
        ]);

        await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'again' });
        expect((await getUnit(ctx, slug, { id: a.id })).counts.directMembers).toBe(2);
        expect((await getUnit(ctx, slug, { id: b.id })).counts.directMembers).toBe(1);
        expect((await getUnit(ctx, slug, { id: section.id })).counts.subtreeMembers).toBe(2);
        expect((await getUnit(ctx, slug, { id: primary.id })).counts).toEqual({ directMembers: 0, subtreeMembers: 3, subtreeUnits: 4 });
        expect((await getUnit(ctx, slug, { id: root.id })).counts.subtreeMembers).toBe(3);
        expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
      });

      it('places a member who had no unit, and refuses to transfer someone who left', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const m = await buildMember(ctx, slug, null);
        const placed = await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: cell.id }, reason: 'first placement' });
        expect(placed.unitId).toBe(cell.id);
        expect((await getMember(ctx, slug, { id: m.id })).placements).toHaveLength(1);
        await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'deceased', reason: 'passed away' });
        await expectError(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: cell.id }, reason: 'x' }), 'invalid_transition', /deceased/);
      });
    });

    describe('status changes', () => {
      it('follows the allowed transitions and refuses the others', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const m = await admitMember(ctx, { org: slug, familyName: '윤', givenName: '도윤', unit: { id: cell.id } });
        const path = ['candidate', 'full_member', 'suspended', 'full_member'];
        for (const status of path) {
          const changed = await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status, reason: `now ${status}` });
          expect(changed.status).toBe(status);
          expect(changed.unitId).toBe(cell.id);
        }
        const e = await expectError(changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'applicant', reason: 'x' }), 'invalid_transition', /full_member.*applicant/);
        expect(e.hint).toMatch(/suspended/);
        await expectError(changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'full_member', reason: 'x' }), 'invalid_transition', /already/);
        await expectError(changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'retired', reason: 'x' }), 'validation_failed');
        const detail = await getMember(ctx, slug, { id: m.id });
        expect(detail.status).toBe('full_member');
        expect(detail.events.filter((x) => x.type === 'status_changed').map((x) => `${x.from}>${x.to}`)).toEqual([
          'applicant>candidate',
          'candidate>full_member',
          'full_member>suspended',
          'suspended>full_member',
        ]);
        // Suspended members stay on the roll.
        expect((await getUnit(ctx, slug, { id: cell.id })).counts.directMembers).toBe(1);
      });

      it('an exit takes the member out of the cell, lowers the counts and ends their office terms', async () => {
        const { slug, section, root } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const [secretary, deputy, other] = await buildMembers(ctx, slug, cell, 3);
        if (!secretary || !deputy || !other) throw new Error('members missing');
        const term = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: secretary.id }, startOn: '2026-02-01' });
        await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'deputy_secretary', member: { id: deputy.id }, startOn: '2026-02-01' });

        const gone = await changeMemberStatus(ctx, { org: slug, member: { id: secretary.id }, status: 'resigned', reason: 'moved abroad', version: secretary.version });
        expect(gone.status).toBe('resigned');
        expect(gone.unitId).toBeNull();
        expect(gone.placedOn).toBeNull();
        await changeMemberStatus(ctx, { org: slug, member: { id: deputy.id }, status: 'expelled', reason: 'decision of the meeting' });
        await changeMemberStatus(ctx, { org: slug, member: { id: other.id }, status: 'deceased', reason: 'passed away' });

        expect((await getUnit(ctx, slug, { id: cell.id })).counts.directMembers).toBe(0);
        expect((await getUnit(ctx, slug, { id: root.id })).counts.subtreeMembers).toBe(0);
        const detail = await getMember(ctx, slug, { id: secretary.id });
        expect(detail.unitCode).toBeNull();
        expect(detail.placements).toEqual([{ unitId: cell.id, unitCode: cell.code, startOn: TODAY, endOn: TODAY, reason: 'admitted', endReason: 'resigned: moved abroad' }]);
        expect(detail.offices).toHaveLength(1);
        expect(detail.offices[0]).toMatchObject({ id: term.id, endOn: TODAY });
        expect(detail.offices[0]?.endReason).toMatch(/left the unit/);
        expect((await getMember(ctx, slug, { id: deputy.id })).offices[0]?.endOn).toBe(TODAY);
        // The people are still in the registry, just not on any roll.
        expect((await listMembers(ctx, { org: slug, status: 'resigned' })).items.map((m) => m.id)).toEqual([secretary.id]);
        expect((await listMembers(ctx, { org: slug, unit: { id: cell.id } })).items).toEqual([]);
        expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
      });

      it('readmits a person who resigned, as an applicant placed in a unit', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const a = await buildCell(ctx, slug, section);
        const b = await buildCell(ctx, slug, section);
        const m = await buildMember(ctx, slug, a);
        await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'resigned', reason: 'personal' });
        await expectError(changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'full_member', reason: 'back', unit: { id: b.id } }), 'invalid_transition', /resigned.*full_member/);
        await expectError(changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'applicant', reason: 'back', unit: { id: section.id } }), 'rule_violation');
        const back = await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'applicant', reason: 'asked to return', unit: { id: b.id } });
        expect(back.status).toBe('applicant');
        expect(back.unitId).toBe(b.id);
        expect(back.placedOn).toBe(TODAY);
        const detail = await getMember(ctx, slug, { id: m.id });
        expect(detail.placements.map((p) => [p.unitCode, p.endOn, p.reason])).toEqual([
          [a.code, TODAY, 'admitted'],
          [b.code, null, 'readmitted: asked to return'],
        ]);
        expect((await getUnit(ctx, slug, { id: a.id })).counts.directMembers).toBe(0);
        expect((await getUnit(ctx, slug, { id: b.id })).counts.directMembers).toBe(1);
        expect((await getUnit(ctx, slug, { id: section.id })).counts.subtreeMembers).toBe(1);
        expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
      });

      it('readmits without a unit, leaving the person unplaced', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const m = await buildMember(ctx, slug, cell);
        await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'expelled', reason: 'ruling' });
        const back = await changeMemberStatus(ctx, { org: slug, member: { id: m.id }, status: 'applicant', reason: 'appeal upheld' });
        expect(back.unitId).toBeNull();
        expect((await listMembers(ctx, { org: slug, unplaced: true })).items.map((x) => x.id)).toEqual([m.id]);
      });
    });

    describe('optimistic concurrency', () => {
      it('refuses every write made with a stale version and leaves the record as it was', async () => {
        const { slug, section } = await buildPartyOrg(ctx);
        const a = await buildCell(ctx, slug, section);
        const b = await buildCell(ctx, slug, section);
        const seen = await buildMember(ctx, slug, a);
        const current = await updateMember(ctx, { org: slug, member: { id: seen.id }, phone: '+82 10 1234 5678', version: seen.version });
        expect(current.phone).toBe('+82 10 1234 5678');

        const stale = seen.version;
        await expectError(updateMember(ctx, { org: slug, member: { id: seen.id }, email: 'x@example.org', version: stale }), 'version_conflict', /your version 1, current 2/);
        await expectError(transferMember(ctx, { org: slug, member: { id: seen.id }, to: { id: b.id }, reason: 'x', version: stale }), 'version_conflict');
        await expectError(changeMemberStatus(ctx, { org: slug, member: { id: seen.id }, status: 'resigned', reason: 'x', version: stale }), 'version_conflict');

        const after = await getMember(ctx, slug, { id: seen.id });
        expect(after.version).toBe(current.version);
        expect(after.email).toBeNull();
        expect(after.unitId).toBe(a.id);
        expect(after.status).toBe('full_member');
        expect((await transferMember(ctx, { org: slug, member: { id: seen.id }, to: { id: b.id }, reason: 'fresh', version: current.version })).version).toBe(current.version + 1);
      });
    });
  });
}
