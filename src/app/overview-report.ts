import { activeStatuses } from '../core/member-status.js';
import { subtreeRange } from '../core/unit-path.js';
import type { PathRange } from '../store/unit.repository.js';
import { activeMembersByJoinMonth, unitSizeHistogram, unitTotalsByKind } from '../store/overview.repository.js';
import { scopedOrg, unitFor } from './access.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import type { UnitRef } from './refs.js';
import { reportViolations, type ViolationType } from './violation-report.js';

export interface OverviewReport {
  checkedOn: string;
  /** Per unit kind, in rulebook order: active units and the members placed directly in them. */
  levels: { kind: string; units: number; members: number }[];
  /** For each kind that holds members: how many units have each size, against the bounds. */
  sizes: { kind: string; min: number | null; max: number | null; histogram: { size: number; units: number }[] }[];
  /** Members on a roll now by month joined, with the running total. */
  growth: { month: string; joined: number; total: number }[];
  violations: Record<ViolationType, number>;
}

/**
 * The dashboard's figures for a subtree (or all the actor may read), from maintained counters.
 * Aggregates only: no names, so anyone who may read the units' names may see them.
 */
export async function overviewReport(ctx: AppContext, query: { org: string; within?: UnitRef | undefined }): Promise<OverviewReport> {
  const db = readDb(ctx);
  const scope = await scopedOrg(db, ctx, await loadOrg(db, query.org));
  let ranges: (PathRange | undefined)[];
  if (query.within) ranges = [subtreeRange((await unitFor(db, scope, query.within, 'read')).path)];
  else {
    const roots = scope.access.roots('read');
    ranges = roots === null ? [undefined] : roots.map(subtreeRange);
  }
  const kinds = scope.rules.rulebook.unitKinds;
  const levels = new Map(kinds.map((k) => [k.key, { kind: k.key, units: 0, members: 0 }]));
  const sizes = new Map(kinds.filter((k) => k.holdsMembers).map((k) => [k.key, new Map<number, number>()]));
  const joined = new Map<string, number>();
  for (const range of ranges) {
    for (const row of await unitTotalsByKind(db, scope.org.id, range)) {
      const level = levels.get(row.kind);
      if (level) {
        level.units += row.units;
        level.members += row.members;
      }
    }
    for (const [kind, histogram] of sizes) {
      for (const row of await unitSizeHistogram(db, scope.org.id, kind, range)) histogram.set(row.size, (histogram.get(row.size) ?? 0) + row.units);
    }
    // Unplaced members belong to the whole organization, not to a subtree.
    for (const row of await activeMembersByJoinMonth(db, scope.org.id, activeStatuses, range)) joined.set(row.month, (joined.get(row.month) ?? 0) + row.members);
  }
  let total = 0;
  const growth = [...joined.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([month, n]) => ({ month, joined: n, total: (total += n) }));
  return {
    checkedOn: todayOf(ctx),
    levels: [...levels.values()],
    sizes: [...sizes.entries()].map(([kind, histogram]) => {
      const bounds = scope.rules.kind(kind).size;
      return { kind, min: bounds?.min ?? null, max: bounds?.max ?? null, histogram: [...histogram.entries()].sort(([a], [b]) => a - b).map(([size, units]) => ({ size, units })) };
    }),
    growth,
    violations: (await reportViolations(ctx, { org: query.org, within: query.within, limit: 1 })).totals,
  };
}
