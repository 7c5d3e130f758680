import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { actingAs, type AppContext } from './context.js';
import { auditHeads, entityAuditHistory, verifyAudit } from './audit-queries.js';
import { createUnit } from './create-unit.js';
import { listMembers } from './member-queries.js';
import { renameUnit } from './rename-unit.js';
import { getUnit } from './unit-queries.js';
import type { UnitView } from './views.js';
import { transferMember } from './transfer-member.js';
import { updateMember } from './update-member.js';
import { buildCell, buildMember, buildPartyOrg, buildUser } from '../test-support/factories.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`audit trail on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    async function scenario() {
      const { slug, section } = await buildPartyOrg(ctx);
      const a = await buildCell(ctx, slug, section, 'A');
      const b = await buildCell(ctx, slug, section, 'B');
      const m = await buildMember(ctx, slug, a, { familyName: '김', givenName: '민준', email: 'minjun@example.org' });
      const staff = await buildUser(ctx, { orgSlug: slug, grants: [{ role: 'staff', unitId: section.id }] });
      const secretary = actingAs(ctx, staff);
      await transferMember(secretary, { org: slug, member: { id: m.id }, to: { id: b.id }, reason: 'moved house' });
      await updateMember(ctx, { org: slug, member: { id: m.id }, email: 'new@example.org', reason: 'new address' });
      await renameUnit(ctx, { org: slug, unit: { id: a.id }, name: 'Loom', reason: 'renamed' });
      return { slug, a, m };
    }

    it('appends one chained event per write, with actor, action, reason and before/after', async () => {
      const { slug, a, m } = await scenario();
      const history = await entityAuditHistory(ctx, slug, 'member', m.id);
      expect(history.map((e) => e.action)).toEqual(['member.admit', 'member.transfer', 'member.update']);
      expect(history[1]).toMatchObject({ actor: expect.stringMatching(/^user:\d+:user\d+$/), reason: 'moved house', data: { before: { unitCode: 'A' }, after: { unitCode: 'B' } } });
      // Personal values are kept apart from the chain and shown only with the history.
      expect(history[0]?.personal).toMatchObject({ familyName: '김', givenName: '민준' });
      expect(history[2]?.personal).toEqual({ before: { email: 'minjun@example.org' }, after: { email: 'new@example.org' } });
      expect(JSON.stringify(history.map((e) => e.data))).not.toContain('민준');
      const unitHistory = await entityAuditHistory(ctx, slug, 'unit', a.id);
      expect(unitHistory.map((e) => e.action)).toEqual(['unit.create', 'unit.rename']);
      const [report] = await verifyAudit(ctx, { org: slug });
      // org.create, 5 units of the factory, 2 cells, admit, transfer, update, rename
      expect(report).toMatchObject({ intact: true, events: 12, problem: null });
      const [head] = await auditHeads(ctx, slug);
      expect(head?.seq).toBe(12);
      expect((await verifyAudit(ctx, { org: slug, expectHead: `${head?.seq}:${head?.hash}` }))[0]?.intact).toBe(true);
    });

    it('keeps one gapless, intact chain when writers append at the same time', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      // Each member moves between cells of their own: no counter row is shared, so nothing but the
      // chain's head orders these writers (on PostgreSQL they run on separate pooled connections).
      const moves: { member: number; to: number }[] = [];
      for (let i = 0; i < 8; i++) {
        const from = await buildCell(ctx, slug, section);
        moves.push({ member: (await buildMember(ctx, slug, from)).id, to: (await buildCell(ctx, slug, section)).id });
      }
      const before = (await auditHeads(ctx, slug))[0]?.seq ?? 0;
      await Promise.all(moves.map((m) => transferMember(ctx, { org: slug, member: { id: m.member }, to: { id: m.to }, reason: 'together' })));
      const [report] = await verifyAudit(ctx, { org: slug });
      expect(report).toMatchObject({ intact: true, events: before + 8, problem: null });
      expect((await auditHeads(ctx, slug))[0]?.seq).toBe(before + 8);
    });

    it('takes the chain last: transfers, admissions and edits that share counter rows run together without deadlock', async () => {
      // Every writer here updates counter rows of the same committees, then appends to the chain.
      // Were any of them to lock the chain's head before its other rows, two of them could each wait
      // for the other (on PostgreSQL the server would abort one as a deadlock).
      const { slug, primary, section } = await buildPartyOrg(ctx);
      const s2 = await createUnit(ctx, { org: slug, code: 'S2', name: 'Second Section', kind: 'sectional_committee', parent: { id: primary.id } });
      const [l0, l1, r0, r1] = [await buildCell(ctx, slug, section), await buildCell(ctx, slug, section), await buildCell(ctx, slug, s2), await buildCell(ctx, slug, s2)];
      const movers = [];
      for (let i = 0; i < 6; i++) movers.push(await buildMember(ctx, slug, i % 2 ? l0 : r0));
      const before = (await auditHeads(ctx, slug))[0]?.seq ?? 0;
      const writes: Promise<unknown>[] = [];
      for (const [i, m] of movers.entries()) {
        // Across the sections (both sections' counters), into both cells of the other side.
        const to = i % 2 ? (i % 4 < 2 ? r1 : r0) : i % 4 < 2 ? l1 : l0;
        writes.push(transferMember(ctx, { org: slug, member: { id: m.id }, to: { id: to.id }, reason: 'together' }));
        writes.push(buildMember(ctx, slug, i % 2 ? l1 : r1));
        const renamed = [l0, r0, l1, r1, section, s2][i] as UnitView;
        writes.push(renameUnit(ctx, { org: slug, unit: { id: renamed.id }, name: `Renamed ${i}`, reason: 'together' }));
      }
      await Promise.all(writes);
      const [report] = await verifyAudit(ctx, { org: slug });
      expect(report).toMatchObject({ intact: true, events: before + writes.length, problem: null });
      // Every counter equals a recount after the concurrent writes.
      const members = (await listMembers(ctx, { org: slug, limit: 500 })).items;
      const placed = (cells: UnitView[]) => members.filter((m) => cells.some((c) => c.id === m.unitId)).length;
      const expected: [UnitView, number][] = [[l0, placed([l0])], [l1, placed([l1])], [r0, placed([r0])], [r1, placed([r1])], [section, placed([l0, l1])], [s2, placed([r0, r1])], [primary, 12]];
      for (const [unit, n] of expected) expect((await getUnit(ctx, slug, { id: unit.id })).counts.subtreeMembers, unit.code).toBe(n);
    });

    it('detects an edited, a deleted and a truncated event in the stored chain', async () => {
      const { slug } = await scenario();
      const db = ctx.database.db;
      const [head] = await auditHeads(ctx, slug);
      await sql`update audit_events set reason = 'nothing happened' where seq = 9 and chain like 'org:%'`.execute(db);
      expect((await verifyAudit(ctx, { org: slug }))[0]?.problem).toBe('event 9 was changed after it was written');
      const drop = async (cond: string): Promise<void> => {
        await sql.raw(`delete from audit_personal where event_id in (select id from audit_events where ${cond} and chain like 'org:%')`).execute(db);
        await sql.raw(`delete from audit_events where ${cond} and chain like 'org:%'`).execute(db);
      };
      await drop('seq = 9');
      expect((await verifyAudit(ctx, { org: slug }))[0]?.problem).toMatch(/event 9 is missing/);
      await drop('seq >= 9');
      expect((await verifyAudit(ctx, { org: slug }))[0]?.problem).toMatch(/removed from the end/);
      // Even with the stored head rewritten to match, the head kept outside still tells.
      await sql`update audit_heads set seq = 8, hash = (select hash from audit_events where seq = 8 and chain like 'org:%')`.execute(db);
      expect((await verifyAudit(ctx, { org: slug }))[0]?.intact).toBe(true);
      expect((await verifyAudit(ctx, { org: slug, expectHead: `${head?.seq}:${head?.hash}` }))[0]?.problem).toMatch(/has only 8/);
    });
  });
}
