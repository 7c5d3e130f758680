import { activeStatuses } from '../core/member-status.js';
import { suggestSmallUnitRemedy, suggestSplitSizes, type SmallUnitRemedy } from '../core/size-remedies.js';
import { subtreeRange } from '../core/unit-path.js';
import { countUnplacedActive, listMembers } from '../store/member.repository.js';
import { unitsWithoutHolder } from '../store/office.repository.js';
import { listChildUnits, unitsOutsideSize } from '../store/unit.repository.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { scopedOrg, unitFor, type ScopedOrg } from './access.js';
import { loadOrg } from './org-scope.js';
import { clampLimit } from './pagination.js';
import type { UnitRef } from './refs.js';

export const violationTypes = ['unit_too_small', 'unit_too_large', 'office_vacant', 'member_without_unit'] as const;
export type ViolationType = (typeof violationTypes)[number];

export type Remedy =
  | SmallUnitRemedy
  | { action: 'split'; sizes: number[] }
  | { action: 'review_bounds'; reason: string }
  | { action: 'appoint'; office: string }
  | { action: 'place'; reason: string };

export interface Violation {
  type: ViolationType;
  unit: { id: number; code: string; name: string; kind: string } | null;
  member: { id: number; memberNo: string } | null;
  message: string;
  remedy: Remedy & { description: string };
}

export interface ViolationReport {
  checkedOn: string;
  totals: Record<ViolationType, number>;
  violations: Violation[];
  /** True when some types had more violations than the limit and the list is cut. */
  truncated: boolean;
}

function describeRemedy(r: Remedy, code: string): string {
  switch (r.action) {
    case 'merge':
      return `Merge '${code}' with sibling '${r.with.code}' (${r.with.count} members) into one unit of ${r.resultingSize}`;
    case 'transfer_in':
      return `Transfer ${r.needed} member(s) into '${code}': ${r.from.map((f) => `${f.count} from '${f.unit.code}'`).join(', ')}`;
    case 'dissolve':
      return `Dissolve '${code}' and transfer its members to other units (${r.reason})`;
    case 'split':
      return `Split '${code}' into ${r.sizes.length} units of ${r.sizes.join(', ')} members`;
    case 'review_bounds':
      return r.reason;
    case 'appoint':
      return `Appoint a member of '${code}' as ${r.office}`;
    case 'place':
      return r.reason;
  }
}

/**
 * Everything in an organization (or a subtree) that breaks its rulebook, each with a suggested
 * remedy. Sizes come from the maintained counters, so the report costs index scans, not recounts.
 */
export async function reportViolations(ctx: AppContext, query: { org: string; within?: UnitRef | undefined; limit?: number | undefined }): Promise<ViolationReport> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, query.org));
  const limit = clampLimit(query.limit, 5000, 200);
  if (query.within) {
    const within = await unitFor(db, scope, query.within, 'read');
    return reportIn(ctx, scope, subtreeRange(within.path), false, limit);
  }
  const roots = scope.access.roots('read');
  if (roots === null) return reportIn(ctx, scope, undefined, true, limit);
  // Someone who sees parts of the tree gets the report of each part, merged.
  const parts = [];
  for (const root of roots) parts.push(await reportIn(ctx, scope, subtreeRange(root), false, limit));
  const merged: ViolationReport = { checkedOn: todayOf(ctx), totals: { unit_too_small: 0, unit_too_large: 0, office_vacant: 0, member_without_unit: 0 }, violations: [], truncated: false };
  for (const p of parts) {
    for (const t of violationTypes) merged.totals[t] += p.totals[t];
    merged.violations.push(...p.violations);
    merged.truncated ||= p.truncated;
  }
  return merged;
}

async function reportIn(ctx: AppContext, scope: ScopedOrg, subtree: { low: string; high: string } | undefined, includeUnplaced: boolean, limit: number): Promise<ViolationReport> {
  const db = readDb(ctx);
  const { org, rules } = scope;
  const on = todayOf(ctx);
  const totals: Record<ViolationType, number> = { unit_too_small: 0, unit_too_large: 0, office_vacant: 0, member_without_unit: 0 };
  const violations: Violation[] = [];
  let truncated = false;

  for (const kind of rules.memberKinds()) {
    if (!kind.size) continue;
    const { min, max } = kind.size;
    const { rows, below, above } = await unitsOutsideSize(db, org.id, kind.key, min, max, subtree, limit);
    totals.unit_too_small += below;
    totals.unit_too_large += above;
    truncated ||= below + above > rows.length;
    for (const u of rows) {
      const unit = { id: u.id, code: u.code, name: u.name, kind: u.kind };
      if (u.direct_members < min) {
        const siblings = (await listChildUnits(db, org.id, u.parent_id, false))
          .filter((s) => s.id !== u.id && s.kind === u.kind)
          .map((s) => ({ id: s.id, code: s.code, name: s.name, count: s.direct_members }));
        const remedy = suggestSmallUnitRemedy(u.direct_members, siblings, min, max);
        violations.push({ type: 'unit_too_small', unit, member: null, message: `${kind.name.en} '${u.code}' has ${u.direct_members} members; the minimum is ${min}`, remedy: { ...remedy, description: describeRemedy(remedy, u.code) } });
      } else {
        const sizes = suggestSplitSizes(u.direct_members, min, max);
        const remedy: Remedy = sizes ? { action: 'split', sizes } : { action: 'review_bounds', reason: `No split of ${u.direct_members} gives parts of ${min}–${max}` };
        violations.push({ type: 'unit_too_large', unit, member: null, message: `${kind.name.en} '${u.code}' has ${u.direct_members} members; the maximum is ${max}`, remedy: { ...remedy, description: describeRemedy(remedy, u.code) } });
      }
    }
  }

  for (const kind of rules.rulebook.unitKinds) {
    for (const office of kind.offices.filter((o) => o.required)) {
      const rows = await unitsWithoutHolder(db, org.id, kind.key, office.key, on, subtree, limit + 1);
      truncated ||= rows.length > limit;
      totals.office_vacant += rows.length > limit ? (await unitsWithoutHolder(db, org.id, kind.key, office.key, on, subtree, Number.MAX_SAFE_INTEGER)).length : rows.length;
      for (const u of rows.slice(0, limit)) {
        const remedy: Remedy = { action: 'appoint', office: office.key };
        violations.push({
          type: 'office_vacant',
          unit: { id: u.id, code: u.code, name: u.name, kind: u.kind },
          member: null,
          message: `${kind.name.en} '${u.code}' has no ${office.name.en}`,
          remedy: { ...remedy, description: describeRemedy(remedy, u.code) },
        });
      }
    }
  }

  if (includeUnplaced) {
    totals.member_without_unit = await countUnplacedActive(db, org.id, activeStatuses);
    const rows = await listMembers(db, org.id, { unplacedActive: activeStatuses, limit });
    truncated ||= totals.member_without_unit > rows.length;
    for (const m of rows) {
      const remedy: Remedy = { action: 'place', reason: `Place member '${m.member_no}' in a ${rules.memberKinds().map((k) => k.name.en).join(' or ')}` };
      violations.push({ type: 'member_without_unit', unit: null, member: { id: m.id, memberNo: m.member_no }, message: `Member '${m.member_no}' (${m.status}) is in no unit`, remedy: { ...remedy, description: remedy.reason } });
    }
  }
  return { checkedOn: on, totals, violations, truncated };
}
