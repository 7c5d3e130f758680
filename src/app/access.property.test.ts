import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { isInSubtree } from '../core/unit-path.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { buildUser } from '../test-support/factories.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { actingAs, type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { exportMembers } from './export-csv.js';
import { importMembers } from './import-members.js';
import { importUnits } from './import-units.js';
import { listMembers } from './member-queries.js';
import { moveUnit } from './move-unit.js';
import { getUnitCounts, listUnits } from './unit-queries.js';
import { reportViolations } from './violation-report.js';

/** A random party tree: central → provinces → counties → primaries → cells with members. */
function randomTree(seed: number): { units: string; members: string; cells: string[] } {
  let a = seed >>> 0;
  const rand = (n: number): number => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a % n;
  };
  const units = ['code,name,kind,parent_code', 'CC,Central,central_committee,'];
  const members = ['member_no,family_name,given_name,unit_code'];
  const cells: string[] = [];
  let m = 0;
  for (let p = 0; p < 2 + rand(2); p++) {
    units.push(`P${p},Province ${p},provincial_committee,CC`);
    for (let c = 0; c < 1 + rand(2); c++) {
      units.push(`P${p}C${c},County,county_committee,P${p}`);
      for (let q = 0; q < 1 + rand(2); q++) {
        const primary = `P${p}C${c}Q${q}`;
        units.push(`${primary},Primary,primary_committee,P${p}C${c}`);
        for (let k = 0; k < 1 + rand(3); k++) {
          const cell = `${primary}K${k}`;
          units.push(`${cell},Cell,cell,${primary}`);
          cells.push(cell);
          for (let i = 0; i < 1 + rand(5); i++) members.push(`M${++m},Kim,Name${m},${cell}`);
        }
      }
    }
  }
  return { units: `${units.join('\n')}\n`, members: `${members.join('\n')}\n`, cells };
}

async function all<T>(fetch: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`access scope on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c), 'suite');

    it('lists, searches, counts, reports and exports show nothing outside the actor\'s subtree (1,000 runs over 5 random trees)', async () => {
      for (let tree = 0; tree < 5; tree++) {
        const slug = `t${tree}`;
        const shape = randomTree(tree + 1);
        await createOrg(ctx, { slug, rulebook: templateRulebook('party') });
        await importUnits(ctx, { org: slug, input: [shape.units], source: 'test' });
        await importMembers(ctx, { org: slug, input: [shape.members], source: 'test' });
        const allUnits = await all((cursor) => listUnits(ctx, { org: slug, cursor, limit: 500, includeDissolved: true }));
        const allMembers = await all((cursor) => listMembers(ctx, { org: slug, cursor, limit: 500 }));
        // The expected scope is computed independently of the store: paths rebuilt from parent ids.
        const pathOf = new Map<number, string>();
        const byId = new Map(allUnits.map((u) => [u.id, u]));
        const pathFor = (id: number): string => {
          const u = byId.get(id);
          return u ? `${u.parentId === null ? '/' : pathFor(u.parentId)}${id}/` : '/';
        };
        for (const u of allUnits) pathOf.set(u.id, pathFor(u.id));

        await fc.assert(
          fc.asyncProperty(fc.constantFrom('staff', 'auditor', 'org_admin'), fc.nat(allUnits.length - 1), fc.nat(allUnits.length - 1), async (role, at, probe) => {
            const grantUnit = allUnits[at];
            const probeUnit = allUnits[probe];
            if (!grantUnit || !probeUnit) return;
            const user = await buildUser(ctx, { orgSlug: slug, grants: [{ role, unitId: grantUnit.id }] });
            const as = actingAs(ctx, user);
            const root = pathOf.get(grantUnit.id) as string;
            const inScope = (unitId: number | null): boolean => unitId !== null && isInSubtree(pathOf.get(unitId) as string, root);

            const units = await all((cursor) => listUnits(as, { org: slug, cursor, limit: 500 }));
            expect(units.every((u) => inScope(u.id))).toBe(true);
            expect(units.length).toBe(allUnits.filter((u) => u.status === 'active' && inScope(u.id)).length);

            const members = await all((cursor) => listMembers(as, { org: slug, cursor, limit: 500 }));
            expect(new Set(members.map((m) => m.id))).toEqual(new Set(allMembers.filter((m) => inScope(m.unitId)).map((m) => m.id)));

            const found = await all((cursor) => listMembers(as, { org: slug, q: 'kim', cursor, limit: 500 }));
            expect(found.every((m) => inScope(m.unitId))).toBe(true);

            const counts = await getUnitCounts(as, slug, { id: probeUnit.id }).catch((e: unknown) => e);
            if (inScope(probeUnit.id)) expect(counts).toEqual(probeUnit.counts);
            else expect(counts).toMatchObject({ code: 'not_found', message: `Unit with id ${probeUnit.id} was not found` });

            const report = await reportViolations(as, { org: slug });
            expect(report.violations.every((v) => v.unit === null || inScope(v.unit.id))).toBe(true);
            const reportedUnitTotal = report.totals.unit_too_small + report.totals.unit_too_large;
            expect(reportedUnitTotal).toBeLessThanOrEqual(allUnits.filter((u) => inScope(u.id)).length);

            let csv = '';
            for await (const chunk of exportMembers(as, { org: slug, bom: false })) csv += chunk;
            const exported = csv.trim().split(/\r\n/).slice(1).map((l) => l.split(',')[0]);
            expect(new Set(exported)).toEqual(new Set(allMembers.filter((m) => inScope(m.unitId)).map((m) => m.memberNo)));
          }),
          { numRuns: 200 },
        );
      }
    }, 240_000); // 1,000 property runs: minutes on a loaded 2-core machine

    it('leaves no stale access after a unit moves out of a subtree', async () => {
      const shape = randomTree(99);
      const slug = 'moving';
      await createOrg(ctx, { slug, rulebook: templateRulebook('party') });
      await importUnits(ctx, { org: slug, input: [shape.units], source: 'test' });
      await importMembers(ctx, { org: slug, input: [shape.members], source: 'test' });
      const [p0, p1] = (await listUnits(ctx, { org: slug, kind: 'provincial_committee' })).items;
      const county = (await listUnits(ctx, { org: slug, kind: 'county_committee', within: { id: p0?.id as number } })).items[0];
      if (!p0 || !p1 || !county) throw new Error('tree too small');
      const staff = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, grants: [{ role: 'staff', unitId: p0.id }] }));
      const before = await all((cursor) => listMembers(staff, { org: slug, within: { id: county.id }, cursor }));
      expect(before.length).toBeGreaterThan(0);
      await moveUnit(ctx, { org: slug, unit: { id: county.id }, newParent: { id: p1.id }, reason: 'reorganized' });
      const err = await listMembers(staff, { org: slug, within: { id: county.id } }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('not_found');
      const still = await all((cursor) => listMembers(staff, { org: slug, cursor }));
      expect(still.some((m) => before.some((b) => b.id === m.id))).toBe(false);
    });
  });
}

describe('access that follows from facts', () => {
  for (const dialect of dialectNames) {
    describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`on ${dialect}`, () => {
      let ctx: AppContext;
      useFreshContext(dialect, (c) => (ctx = c));

      it('ends an officer\'s access with the term, during a suspension, and lists only organizations with a current grant', async () => {
        const { buildPartyOrg, buildCell, buildMember } = await import('../test-support/factories.js');
        const { appointOfficer } = await import('./appoint-officer.js');
        const { endOfficeTerm } = await import('./end-office-term.js');
        const { changeMemberStatus } = await import('./change-member-status.js');
        const { listOrgs } = await import('./org-queries.js');
        const { slug, section } = await buildPartyOrg(ctx);
        const cell = await buildCell(ctx, slug, section);
        const sec = await buildMember(ctx, slug, cell, { familyName: 'Sec' });
        const other = await buildMember(ctx, slug, cell, { familyName: 'Other', email: 'o@example.org' });
        const term = await appointOfficer(ctx, { org: slug, unit: { id: cell.id }, office: 'secretary', member: { id: sec.id }, startOn: '2026-01-01' });
        const as = actingAs(ctx, await buildUser(ctx, { orgSlug: slug, memberId: sec.id }));
        const read = async (): Promise<string | null> => (await listMembers(as, { org: slug, unit: { id: cell.id } })).items.find((m) => m.id === other.id)?.email ?? null;
        expect(await read()).toBe('o@example.org');
        await changeMemberStatus(ctx, { org: slug, member: { id: sec.id }, status: 'suspended', reason: 'inquiry' });
        expect(await read()).toBeNull(); // names only while suspended
        await changeMemberStatus(ctx, { org: slug, member: { id: sec.id }, status: 'full_member', reason: 'cleared' });
        expect(await read()).toBe('o@example.org');
        await endOfficeTerm(ctx, { org: slug, termId: term.id, reason: 'term over' });
        expect(await read()).toBeNull();

        const staff = await buildUser(ctx, { orgSlug: slug, grants: [{ role: 'staff', unitId: section.id, endOn: '2026-11-30' }] });
        expect((await listOrgs(actingAs(ctx, staff))).map((o) => o.slug)).toEqual([slug]);
        const later = actingAs({ ...ctx, clock: () => new Date('2026-12-01T10:00:00Z') }, staff);
        expect(await listOrgs(later)).toEqual([]);
      });
    });
  }
});
