import { describe, expect, it } from 'vitest';
import { buildCell, buildMember, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { expectError } from '../test-support/expect-error.js';
import { findTextEverywhere } from '../test-support/find-text.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { verifyAudit } from './audit-queries.js';
import { actingAs, type AppContext } from './context.js';
import { exportMembers } from './export-csv.js';
import { listMembers } from './member-queries.js';
import { erasePerson, exportPersonData } from './person-data.js';
import { transferMember } from './transfer-member.js';
import { updateMember } from './update-member.js';

const UNIQUE = '엽기떡볶이Zyxwv';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`personal data on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('lets a member download everything held about them, and nobody else\'s', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const me = await buildMember(ctx, slug, cell, { familyName: '박', givenName: '서준', email: 'sj@example.org' });
      const other = await buildMember(ctx, slug, cell);
      await updateMember(ctx, { org: slug, member: { id: me.id }, phone: '+82 2 555 0199', reason: 'new phone' });
      const myUser = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, memberId: me.id }));
      const data = await exportPersonData(myUser, slug, { id: me.id });
      expect(data.member).toMatchObject({ familyName: '박', givenName: '서준', email: 'sj@example.org', phone: '+82 2 555 0199' });
      expect(data.auditHistory.map((e) => e.action)).toEqual(['member.admit', 'member.update']);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
      await expectError(exportPersonData(myUser, slug, { id: other.id }), 'not_found');
      // A plain member sees their cell's roster with names only.
      const roster = await listMembers(myUser, { org: slug, unit: { id: cell.id } });
      expect(roster.items.map((m) => m.email)).toEqual([null, null]);
      expect(roster.items.some((m) => m.familyName === '박')).toBe(true);
    });

    it('erases a person everywhere: database, exports and history, and the audit chain still verifies', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const a = await buildCell(ctx, slug, section, 'A');
      const b = await buildCell(ctx, slug, section, 'B');
      const m = await buildMember(ctx, slug, a, { familyName: UNIQUE, givenName: `${UNIQUE}2`, email: `${UNIQUE.toLowerCase()}@example.org`, phone: '+82 10 5555 0101', birthDate: '1977-07-07' });
      await updateMember(ctx, { org: slug, member: { id: m.id }, givenName: `${UNIQUE}3`, reason: 'typo' });
      await transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'moved' });
      await buildUser(ctx, { orgSlug: slug, memberId: m.id });
      expect((await findTextEverywhere(ctx.database, UNIQUE)).length).toBeGreaterThan(0);

      const staff = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, grants: [{ role: 'staff', unitId: section.id }] }));
      await expectError(erasePerson(staff, { org: slug, member: { id: m.id }, reason: 'request' }), 'forbidden');

      const result = await erasePerson(ctx, { org: slug, member: { id: m.id }, reason: 'erasure request of the person' });
      expect(result.erasedSnapshots).toBe(2);
      expect(await findTextEverywhere(ctx.database, UNIQUE)).toEqual([]);
      expect(await findTextEverywhere(ctx.database, '1977-07-07')).toEqual([]);
      let csv = '';
      for await (const chunk of exportMembers(ctx, { org: slug })) csv += chunk;
      expect(csv).not.toContain(UNIQUE);
      expect(csv).toContain(m.memberNo);
      const history = await exportPersonData(ctx, slug, { id: m.id });
      expect(JSON.stringify(history)).not.toContain(UNIQUE);
      expect(history.member.placements.map((p) => p.unitCode)).toEqual(['A', 'B']);
      expect(history.auditHistory.every((e) => e.personal === null)).toBe(true);
      expect((await verifyAudit(ctx, { org: slug }))[0]).toMatchObject({ intact: true });
      expect((await listMembers(ctx, { org: slug, q: UNIQUE })).items).toEqual([]);
    });
  });
}
