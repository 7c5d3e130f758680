import { describe, expect, it } from 'vitest';
import type { AppContext } from './context.js';
import { createUnit } from './create-unit.js';
import { moveUnit } from './move-unit.js';
import { renameUnit } from './rename-unit.js';
import { dissolveUnit } from './dissolve-unit.js';
import { splitUnit } from './split-unit.js';
import { mergeUnits } from './merge-units.js';
import { getUnit, getUnitHistory, listUnits } from './unit-queries.js';
import { listMembers, getMember } from './member-queries.js';
import { verifyCounters } from './verify-counters.js';
import { buildCell, buildMembers, buildPartyOrg } from '../test-support/factories.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';
import { expectError } from '../test-support/expect-error.js';

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`tree operations on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c));

    it('creates a chain of units and keeps subtree unit counts', async () => {
      const { slug, root, section } = await buildPartyOrg(ctx);
      await buildCell(ctx, slug, section);
      const top = await getUnit(ctx, slug, { id: root.id });
      expect(top.counts.subtreeUnits).toBe(6);
      expect(top.parentCode).toBeNull();
      const cells = await listUnits(ctx, { org: slug, kind: 'cell' });
      expect(cells.items).toHaveLength(1);
    });

    it('refuses a cell under a cell and a cell at the top, with the allowed parents named', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const e = await expectError(createUnit(ctx, { org: slug, name: 'Inner', kind: 'cell', parent: { id: cell.id } }), 'rule_violation', /cannot sit under a Cell/);
      expect(e.hint).toMatch(/Primary Committee/);
      await expectError(createUnit(ctx, { org: slug, name: 'Loose', kind: 'cell' }), 'rule_violation');
      await expectError(createUnit(ctx, { org: slug, name: 'X', kind: 'nonsense', parent: { id: section.id } }), 'validation_failed');
    });

    it('refuses a duplicate unit code', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      await buildCell(ctx, slug, section, 'DUP');
      await expectError(buildCell(ctx, slug, section, 'DUP'), 'already_exists');
    });

    it('moves a whole subtree, refuses cycles, and keeps counters of old and new ancestors', async () => {
      const { slug, root, province, primary, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      await buildMembers(ctx, slug, cell, 6);
      const province2 = await createUnit(ctx, { org: slug, code: 'P2', name: 'South Province', kind: 'provincial_committee', parent: { id: root.id } });
      const county2 = await createUnit(ctx, { org: slug, code: 'P2-C1', name: 'Hill County', kind: 'county_committee', parent: { id: province2.id } });
      await expectError(moveUnit(ctx, { org: slug, unit: { id: primary.id }, newParent: { id: section.id }, reason: 'test' }), 'rule_violation', /own subtree/);
      await expectError(moveUnit(ctx, { org: slug, unit: { id: primary.id }, newParent: { id: province2.id }, reason: 'test' }), 'rule_violation', /cannot sit under/);
      const moved = await moveUnit(ctx, { org: slug, unit: { id: primary.id }, newParent: { id: county2.id }, reason: 'reorganization' });
      expect(moved.depth).toBe(3);
      expect((await getUnit(ctx, slug, { id: province.id })).counts).toEqual({ directMembers: 0, subtreeMembers: 0, subtreeUnits: 2 });
      expect((await getUnit(ctx, slug, { id: province2.id })).counts).toEqual({ directMembers: 0, subtreeMembers: 6, subtreeUnits: 5 });
      expect((await getUnit(ctx, slug, { id: root.id })).counts.subtreeMembers).toBe(6);
      const inP2 = await listMembers(ctx, { org: slug, within: { id: province2.id } });
      expect(inP2.items).toHaveLength(6);
      const history = await getUnitHistory(ctx, slug, { id: primary.id });
      expect(history.map((h) => h.type)).toEqual(['created', 'moved']);
      expect(history[1]?.reason).toBe('reorganization');
      expect(await verifyCounters(ctx, slug)).toEqual({ units: 8, mismatches: [] });
    });

    it('renames with optimistic concurrency: a stale version gets version_conflict', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const renamed = await renameUnit(ctx, { org: slug, unit: { id: cell.id }, name: 'Loom Cell', reason: 'new name', version: cell.version });
      expect(renamed.name).toBe('Loom Cell');
      expect(renamed.version).toBe(cell.version + 1);
      await expectError(renameUnit(ctx, { org: slug, unit: { id: cell.id }, name: 'Other', reason: 'x', version: cell.version }), 'version_conflict');
    });

    it('splits a cell: chosen members go to a new sibling; history on both', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      const members = await buildMembers(ctx, slug, cell, 12);
      const chosen = members.slice(0, 6).map((m) => m.id);
      const preview = await splitUnit(ctx, { org: slug, unit: { id: cell.id }, memberIds: chosen, newName: 'Cell B', reason: 'grow', dryRun: true });
      expect(preview.sizes).toEqual({ source: { size: 6, min: 5, max: 30, withinBounds: true }, created: { size: 6, min: 5, max: 30, withinBounds: true } });
      expect((await getUnit(ctx, slug, { id: cell.id })).counts.directMembers).toBe(12);
      expect((await listUnits(ctx, { org: slug, kind: 'cell' })).items).toHaveLength(1);
      const result = await splitUnit(ctx, { org: slug, unit: { id: cell.id }, memberIds: chosen, newName: 'Cell B', newCode: 'CB', reason: 'grow' });
      expect(result.created?.code).toBe('CB');
      expect(result.created?.parentId).toBe(section.id);
      expect(result.created?.counts.directMembers).toBe(6);
      expect(result.source.counts.directMembers).toBe(6);
      const moved = await getMember(ctx, slug, { id: chosen[0] as number });
      expect(moved.unitCode).toBe('CB');
      expect(moved.placements.map((p) => p.unitCode)).toEqual([cell.code, 'CB']);
      expect((await getUnitHistory(ctx, slug, { id: cell.id })).map((h) => h.type)).toEqual(['created', 'split']);
      await expectError(splitUnit(ctx, { org: slug, unit: { id: cell.id }, memberIds: [chosen[0] as number], newName: 'C', reason: 'x' }), 'validation_failed', /not in/);
      expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
    });

    it('merges cells: members move, the source is dissolved but kept', async () => {
      const { slug, section, root } = await buildPartyOrg(ctx);
      const a = await buildCell(ctx, slug, section);
      const b = await buildCell(ctx, slug, section);
      await buildMembers(ctx, slug, a, 3);
      await buildMembers(ctx, slug, b, 4);
      const merged = await mergeUnits(ctx, { org: slug, source: { id: a.id }, target: { id: b.id }, reason: 'too small' });
      expect(merged.counts.directMembers).toBe(7);
      const gone = await getUnit(ctx, slug, { id: a.id });
      expect(gone.status).toBe('dissolved');
      expect(gone.dissolvedOn).toBe('2026-11-29');
      expect((await getUnit(ctx, slug, { id: root.id })).counts).toEqual({ directMembers: 0, subtreeMembers: 7, subtreeUnits: 6 });
      expect((await getUnitHistory(ctx, slug, { id: a.id })).map((h) => h.type)).toEqual(['created', 'merged_into']);
      await expectError(mergeUnits(ctx, { org: slug, source: { id: b.id }, target: { id: section.id }, reason: 'x' }), 'rule_violation');
      expect((await verifyCounters(ctx, slug)).mismatches).toEqual([]);
    });

    it('dissolves only empty units', async () => {
      const { slug, section } = await buildPartyOrg(ctx);
      const cell = await buildCell(ctx, slug, section);
      await buildMembers(ctx, slug, cell, 1);
      await expectError(dissolveUnit(ctx, { org: slug, unit: { id: cell.id }, reason: 'x' }), 'rule_violation', /still has 1 member/);
      await expectError(dissolveUnit(ctx, { org: slug, unit: { id: section.id }, reason: 'x' }), 'rule_violation', /sub-unit/);
      const empty = await buildCell(ctx, slug, section);
      const done = await dissolveUnit(ctx, { org: slug, unit: { id: empty.id }, reason: 'unused' });
      expect(done.status).toBe('dissolved');
      await expectError(buildCell(ctx, slug, done), 'rule_violation', /dissolved/);
    });
  });
}
