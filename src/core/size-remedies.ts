/**
 * Remedies for units outside their size bounds. Pure arithmetic, so the suggestions are testable
 * without a database and identical in the API, the CLI and the web app.
 */

/** Sizes of the parts an oversize unit should be split into, as even as possible; null if impossible. */
export function suggestSplitSizes(count: number, min: number, max: number): number[] | null {
  if (count <= max) return null;
  for (let parts = Math.ceil(count / max); parts <= Math.floor(count / Math.max(min, 1)); parts++) {
    const base = Math.floor(count / parts);
    const extra = count % parts;
    const sizes = Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
    if (sizes.every((s) => s >= min && s <= max)) return sizes;
  }
  return null;
}

export interface SiblingSize {
  id: number;
  code: string;
  name: string;
  count: number;
}

export type SmallUnitRemedy =
  | { action: 'merge'; with: SiblingSize; resultingSize: number }
  | { action: 'transfer_in'; needed: number; from: { unit: SiblingSize; count: number }[] }
  | { action: 'dissolve'; reason: string };

/**
 * For a unit below its minimum: merge it with a sibling when the sum fits (preferring a sibling that
 * is itself too small, so one merge fixes two problems, then the smallest fitting sum), otherwise
 * take members from siblings with a surplus, otherwise dissolve it and place its members elsewhere.
 */
export function suggestSmallUnitRemedy(count: number, siblings: readonly SiblingSize[], min: number, max: number): SmallUnitRemedy {
  const fitting = siblings
    .filter((s) => count + s.count >= min && count + s.count <= max)
    .sort((a, b) => Number(b.count < min) - Number(a.count < min) || a.count - b.count || a.id - b.id);
  const best = fitting[0];
  if (best) return { action: 'merge', with: best, resultingSize: count + best.count };
  const needed = min - count;
  const from: { unit: SiblingSize; count: number }[] = [];
  let still = needed;
  for (const s of [...siblings].sort((a, b) => b.count - a.count || a.id - b.id)) {
    const surplus = s.count - min;
    if (surplus <= 0 || still <= 0) continue;
    const take = Math.min(surplus, still);
    from.push({ unit: s, count: take });
    still -= take;
  }
  if (still <= 0) return { action: 'transfer_in', needed, from };
  return { action: 'dissolve', reason: 'no sibling can absorb its members or spare enough of theirs' };
}
