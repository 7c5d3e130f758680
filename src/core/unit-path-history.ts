import { childPath } from './unit-path.js';

/** What rebuilding the tree of a past day needs to know of a unit. */
export interface UnitAtHand {
  id: number;
  code: string;
  parentId: number | null;
  createdOn: string;
  dissolvedOn: string | null;
}

/** A unit moved under another parent on `occurredOn` (from the unit's history). */
export interface UnitMove {
  unitId: number;
  occurredOn: string;
  fromParentCode: string | null;
  /** Recorded by moves since this field existed; older moves name the parent by code only. */
  fromParentId?: number | null | undefined;
}

/**
 * The materialized paths of every unit as the tree stood before `moves` (the moves made after the
 * day asked for, in any order): each is undone, latest first, by putting the unit back under the
 * parent it left. Older history names that parent by code only; when a code was used by more than
 * one unit, the one that existed on the day of the move is meant.
 */
export function pathsBeforeMoves(units: readonly UnitAtHand[], moves: readonly UnitMove[]): Map<number, string> {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const byCode = new Map<string, UnitAtHand[]>();
  for (const u of units) byCode.set(u.code, [...(byCode.get(u.code) ?? []), u]);
  const latestFirst = [...moves].sort((a, b) => (a.occurredOn === b.occurredOn ? 0 : a.occurredOn < b.occurredOn ? 1 : -1));
  for (const m of latestFirst) {
    if (!parent.has(m.unitId)) continue;
    if (m.fromParentId !== null && m.fromParentId !== undefined && parent.has(m.fromParentId)) {
      parent.set(m.unitId, m.fromParentId);
      continue;
    }
    if (m.fromParentCode === null) {
      parent.set(m.unitId, null);
      continue;
    }
    const candidates = byCode.get(m.fromParentCode) ?? [];
    const then = candidates.find((u) => u.createdOn <= m.occurredOn && (u.dissolvedOn === null || u.dissolvedOn >= m.occurredOn)) ?? candidates[0];
    if (then) parent.set(m.unitId, then.id);
  }
  const paths = new Map<number, string>();
  const pathOf = (id: number, seen: Set<number>): string => {
    const known = paths.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id) ?? null;
    // A cycle cannot come from a consistent history; should one appear, the unit is cut loose as a root.
    const path = p === null || seen.has(p) || !parent.has(p) ? childPath(null, id) : childPath(pathOf(p, new Set(seen).add(id)), id);
    paths.set(id, path);
    return path;
  };
  for (const u of units) pathOf(u.id, new Set([u.id]));
  return paths;
}
