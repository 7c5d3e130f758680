import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError, type ErrorCode } from '../core/errors.js';
import { templateRulebook } from '../core/rulebook/templates.js';
import { admitMember } from './admit-member.js';
import { changeMemberStatus } from './change-member-status.js';
import { type AppContext } from './context.js';
import { createOrg } from './create-org.js';
import { createUnit } from './create-unit.js';
import { dissolveUnit } from './dissolve-unit.js';
import { listMembers } from './member-queries.js';
import { mergeUnits } from './merge-units.js';
import { moveUnit } from './move-unit.js';
import { splitUnit } from './split-unit.js';
import { transferMember } from './transfer-member.js';
import { listUnits } from './unit-queries.js';
import { verifyCounters } from './verify-counters.js';
import type { MemberView, UnitView } from './views.js';
import { dialectNames, postgresAvailable } from '../test-support/test-databases.js';
import { useFreshContext } from '../test-support/fresh-context.js';

type Op =
  | { t: 'admit'; cell: number; placed: boolean }
  | { t: 'transfer'; member: number; cell: number }
  | { t: 'exit'; member: number }
  | { t: 'readmit'; member: number; cell: number }
  | { t: 'move'; unit: number; parent: number }
  | { t: 'split'; cell: number; take: number }
  | { t: 'merge'; source: number; target: number }
  | { t: 'dissolve'; unit: number }
  | { t: 'create_cell'; parent: number };

const ix = fc.nat({ max: 1000 });
// Most picks among the first few units, so members gather in the same cells and splits and merges move several at once.
const cellIx = fc.oneof({ weight: 3, arbitrary: fc.nat({ max: 2 }) }, { weight: 1, arbitrary: ix });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant('admit' as const), cell: cellIx, placed: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('transfer' as const), member: ix, cell: cellIx }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('exit' as const), member: ix }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('readmit' as const), member: ix, cell: cellIx }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('move' as const), unit: ix, parent: ix }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('split' as const), cell: ix, take: ix }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('merge' as const), source: ix, target: cellIx }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('dissolve' as const), unit: ix }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('create_cell' as const), parent: ix }) },
);

/** Refusals the rules may give to a random operation; anything else (version_conflict included: nothing runs concurrently here) is a bug. */
const expectedRefusals: readonly ErrorCode[] = ['rule_violation', 'validation_failed', 'invalid_transition'];

const rules = templateRulebook('party');
const parentsOf = new Map(rules.unitKinds.map((k) => [k.key, k.parents]));

const pick = <T,>(xs: readonly T[], i: number): T | undefined => (xs.length === 0 ? undefined : xs[i % xs.length]);

for (const dialect of dialectNames) {
  describe.skipIf(dialect === 'postgres' && !postgresAvailable())(`maintained counters on ${dialect}`, () => {
    let ctx: AppContext;
    useFreshContext(dialect, (c) => (ctx = c), 'suite');

    let orgSeq = 0;
    /** A new organization per run (runs share the database; tenants are isolated): two provinces of committees with a few cells. */
    async function seedOrg(): Promise<string> {
      const org = `run-${++orgSeq}`;
      await createOrg(ctx, { slug: org, rulebook: templateRulebook('party') });
      const cc = await createUnit(ctx, { org, code: 'CC', name: 'Central', kind: 'central_committee' });
      for (const p of [1, 2]) {
        const prov = await createUnit(ctx, { org, code: `P${p}`, name: `Province ${p}`, kind: 'provincial_committee', parent: { id: cc.id } });
        const county = await createUnit(ctx, { org, code: `P${p}-C`, name: `County ${p}`, kind: 'county_committee', parent: { id: prov.id } });
        for (const q of [1, 2]) {
          const primary = await createUnit(ctx, { org, code: `P${p}-C-P${q}`, name: `Primary ${p}.${q}`, kind: 'primary_committee', parent: { id: county.id } });
          const section = await createUnit(ctx, { org, code: `P${p}-C-P${q}-S`, name: `Section ${p}.${q}`, kind: 'sectional_committee', parent: { id: primary.id } });
          await createUnit(ctx, { org, name: 'Cell', kind: 'cell', parent: { id: section.id } });
          if (q === 1) await createUnit(ctx, { org, name: 'Cell', kind: 'cell', parent: { id: primary.id } });
        }
      }
      // A few members to start with, so early splits and merges have someone to move.
      const [first, second] = (await listUnits(ctx, { org, kind: 'cell' })).items;
      for (const [cell, count] of [[first, 3], [second, 2]] as const) {
        for (let i = 0; i < count; i++) await admitMember(ctx, { org, familyName: '이', givenName: `서연${i}`, status: 'candidate', unit: cell ? { id: cell.id } : null });
      }
      return org;
    }

    const activeUnits = async (org: string): Promise<UnitView[]> => (await listUnits(ctx, { org, limit: 500 })).items;
    const allMembers = async (org: string): Promise<MemberView[]> => (await listMembers(ctx, { org, limit: 500 })).items;

    /** Runs one operation on units and members picked by index; false when there was nothing to pick. */
    async function run(org: string, op: Op): Promise<boolean> {
      const units = await activeUnits(org);
      const cells = units.filter((u) => u.kind === 'cell');
      const nonRoot = units.filter((u) => u.parentId !== null);
      const members = await allMembers(org);
      const reason = `random ${op.t}`;
      switch (op.t) {
        case 'admit': {
          const cell = op.placed ? pick(cells, op.cell) : undefined;
          await admitMember(ctx, { org, familyName: '김', givenName: `민준${members.length}`, status: 'full_member', unit: cell ? { id: cell.id } : null });
          return true;
        }
        case 'transfer': {
          const m = pick(members, op.member);
          const cell = pick(cells, op.cell);
          if (!(m && cell)) return false;
          await transferMember(ctx, { org, member: { id: m.id }, to: { id: cell.id }, reason });
          return true;
        }
        case 'exit': {
          const m = pick(members, op.member);
          if (!m) return false;
          await changeMemberStatus(ctx, { org, member: { id: m.id }, status: 'resigned', reason });
          return true;
        }
        case 'readmit': {
          const m = pick(
            members.filter((x) => x.status === 'resigned'),
            op.member,
          );
          const cell = pick(cells, op.cell);
          if (!(m && cell)) return false;
          await changeMemberStatus(ctx, { org, member: { id: m.id }, status: 'applicant', reason, unit: { id: cell.id } });
          return true;
        }
        case 'move': {
          // Choose a parent of an allowed kind, so most moves are real ones (cycles are still possible and refused).
          const unit = pick(nonRoot, op.unit);
          if (!unit) return false;
          const parents = units.filter((u) => parentsOf.get(unit.kind)?.includes(u.kind) && u.id !== unit.parentId);
          const parent = pick(parents, op.parent);
          if (!parent) return false;
          await moveUnit(ctx, { org, unit: { id: unit.id }, newParent: { id: parent.id }, reason });
          return true;
        }
        case 'split': {
          const cell = pick(
            cells.filter((c) => c.counts.directMembers > 0),
            op.cell,
          );
          if (!cell) return false;
          const roll = members.filter((m) => m.unitId === cell.id);
          const chosen = roll.slice(0, 1 + (op.take % roll.length)).map((m) => m.id);
          await splitUnit(ctx, { org, unit: { id: cell.id }, memberIds: chosen, newName: 'Split cell', reason });
          return true;
        }
        case 'merge': {
          // Mostly a source with members, so the merge moves some.
          const source = op.source % 4 === 0 ? pick(cells, op.source) : pick(cells.filter((c) => c.counts.directMembers > 0), op.source);
          const target = pick(cells, op.target);
          if (!(source && target)) return false;
          await mergeUnits(ctx, { org, source: { id: source.id }, target: { id: target.id }, reason });
          return true;
        }
        case 'dissolve': {
          // Mostly empty cells; sometimes any unit, which the rules usually refuse.
          const empty = cells.filter((c) => c.counts.directMembers === 0);
          const unit = op.unit % 4 === 0 ? pick(nonRoot, op.unit) : pick(empty, op.unit);
          if (!unit) return false;
          await dissolveUnit(ctx, { org, unit: { id: unit.id }, reason });
          return true;
        }
        case 'create_cell': {
          const parents = units.filter((u) => parentsOf.get('cell')?.includes(u.kind));
          const parent = pick(parents, op.parent);
          if (!parent) return false;
          await createUnit(ctx, { org, name: 'New cell', kind: 'cell', parent: { id: parent.id } });
          return true;
        }
      }
    }

    it('equal a full recount after any sequence of admissions, transfers, exits, readmissions, moves, splits, merges and dissolutions', async () => {
      const applied = new Map<string, number>();
      const refused = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 40 }), async (ops) => {
          const org = await seedOrg();
          for (const op of ops) {
            try {
              if (await run(org, op)) applied.set(op.t, (applied.get(op.t) ?? 0) + 1);
            } catch (e) {
              if (!(e instanceof AppError) || !expectedRefusals.includes(e.code)) throw e;
              refused.set(op.t, (refused.get(op.t) ?? 0) + 1);
            }
          }
          const check = await verifyCounters(ctx, org);
          expect(check.mismatches).toEqual([]);
          // The top unit's totals also match what a user counts by listing.
          const members = await allMembers(org);
          const top = (await listUnits(ctx, { org, childrenOf: null })).items[0];
          expect(top?.counts.subtreeMembers).toBe(members.filter((m) => m.unitId !== null).length);
          expect(top?.counts.subtreeUnits).toBe((await activeUnits(org)).length);
        }),
        { numRuns: 25 },
      );
      // The runs did exercise every operation, not only refusals.
      for (const t of ['admit', 'transfer', 'exit', 'readmit', 'move', 'split', 'merge', 'dissolve', 'create_cell']) {
        expect(applied.get(t) ?? 0, `${t} applied (refused ${refused.get(t) ?? 0})`).toBeGreaterThan(0);
      }
    });
  });
}
