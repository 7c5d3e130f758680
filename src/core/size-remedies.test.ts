import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suggestSmallUnitRemedy, suggestSplitSizes, type SiblingSize } from './size-remedies.js';

describe('suggestSplitSizes', () => {
  it('splits 34 members of a 5–30 cell into two even halves', () => {
    expect(suggestSplitSizes(34, 5, 30)).toEqual([17, 17]);
  });

  it('splits 61 members into three parts as even as possible', () => {
    expect(suggestSplitSizes(61, 5, 30)).toEqual([21, 20, 20]);
  });

  it('uses the fewest parts that fit', () => {
    expect(suggestSplitSizes(31, 5, 30)).toEqual([16, 15]);
    expect(suggestSplitSizes(91, 5, 30)).toEqual([23, 23, 23, 22]);
  });

  it('suggests nothing for a unit at or under its maximum', () => {
    expect(suggestSplitSizes(30, 5, 30)).toBeNull();
    expect(suggestSplitSizes(12, 5, 30)).toBeNull();
    expect(suggestSplitSizes(0, 5, 30)).toBeNull();
  });

  it('suggests nothing when no split can respect both bounds', () => {
    // Two parts of ≥20 need 40 members; one part can hold at most 30.
    expect(suggestSplitSizes(31, 20, 30)).toBeNull();
    expect(suggestSplitSizes(39, 20, 30)).toBeNull();
    expect(suggestSplitSizes(40, 20, 30)).toEqual([20, 20]);
    // min above max
    expect(suggestSplitSizes(50, 30, 20)).toBeNull();
  });

  it('handles a minimum of zero', () => {
    expect(suggestSplitSizes(3, 0, 1)).toEqual([1, 1, 1]);
  });

  it('whenever it suggests sizes they sum to the count and each fits; it finds one whenever one exists', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 60 }), (count, min, max) => {
        const sizes = suggestSplitSizes(count, min, max);
        if (count <= max) {
          expect(sizes).toBeNull();
          return;
        }
        // Brute force: some number of parts k with k·min ≤ count ≤ k·max.
        let possible = false;
        for (let k = 2; k <= count; k++) if (k * min <= count && count <= k * max) possible = true;
        if (!possible) {
          expect(sizes).toBeNull();
          return;
        }
        expect(sizes).not.toBeNull();
        const parts = sizes ?? [];
        expect(parts.length).toBeGreaterThanOrEqual(2);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(count);
        for (const s of parts) {
          expect(s).toBeGreaterThanOrEqual(min);
          expect(s).toBeLessThanOrEqual(max);
        }
        // As even as possible, and no more parts than needed.
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        expect(parts.length).toBe(Math.ceil(count / max));
      }),
    );
  });
});

const sib = (id: number, count: number): SiblingSize => ({ id, code: `C${id}`, name: `Cell ${id}`, count });

describe('suggestSmallUnitRemedy', () => {
  it('merges with a sibling that is itself too small, fixing two units at once', () => {
    const small = sib(2, 3);
    expect(suggestSmallUnitRemedy(2, [sib(1, 12), small, sib(3, 20)], 5, 30)).toEqual({ action: 'merge', with: small, resultingSize: 5 });
  });

  it('picks the smallest fitting sum among siblings', () => {
    expect(suggestSmallUnitRemedy(3, [sib(1, 10), sib(2, 8), sib(3, 28)], 5, 30)).toMatchObject({ action: 'merge', with: { id: 2 }, resultingSize: 11 });
  });

  it('never merges into a sum outside the bounds', () => {
    // 3 + 1 is still too small, 3 + 28 too large: only 3 + 20 fits.
    expect(suggestSmallUnitRemedy(3, [sib(1, 1), sib(2, 28), sib(3, 20)], 5, 30)).toMatchObject({ action: 'merge', with: { id: 3 }, resultingSize: 23 });
  });

  it('breaks ties by the lower id, whatever the order of siblings', () => {
    const siblings = [sib(9, 7), sib(4, 7), sib(6, 7)];
    expect(suggestSmallUnitRemedy(1, siblings, 5, 30)).toMatchObject({ action: 'merge', with: { id: 4 } });
    expect(suggestSmallUnitRemedy(1, [...siblings].reverse(), 5, 30)).toMatchObject({ action: 'merge', with: { id: 4 } });
  });

  it('takes members from a sibling with a surplus when no merge fits', () => {
    // Any merge exceeds 10; sibling 2 can spare 5, sibling 1 can spare 4.
    expect(suggestSmallUnitRemedy(2, [sib(1, 9), sib(2, 10)], 5, 10)).toEqual({
      action: 'transfer_in',
      needed: 3,
      from: [{ unit: sib(2, 10), count: 3 }],
    });
  });

  it('takes from several siblings, largest first, leaving each at least at the minimum', () => {
    // Every merge would exceed 6; 4 members are needed, sibling 2 can spare 3, the others 1 each.
    const remedy = suggestSmallUnitRemedy(1, [sib(1, 6), sib(2, 8), sib(3, 6), sib(4, 6)], 5, 6);
    expect(remedy).toEqual({
      action: 'transfer_in',
      needed: 4,
      from: [
        { unit: sib(2, 8), count: 3 },
        { unit: sib(1, 6), count: 1 },
      ],
    });
  });

  it('dissolves when siblings cannot spare enough', () => {
    const remedy = suggestSmallUnitRemedy(1, [sib(1, 6), sib(2, 6), sib(3, 6)], 5, 6);
    expect(remedy.action).toBe('dissolve');
  });

  it('dissolves a unit without siblings', () => {
    expect(suggestSmallUnitRemedy(2, [], 5, 30)).toMatchObject({ action: 'dissolve', reason: expect.any(String) });
  });

  it('any remedy it suggests leaves every unit involved within bounds', () => {
    const siblingsArb = fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 50 }), count: fc.integer({ min: 0, max: 40 }) }), {
      selector: (s) => s.id,
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 15 }), fc.integer({ min: 5, max: 30 }), siblingsArb, (min, max, raw) => {
        fc.pre(min <= max);
        const siblings = raw.map((s) => sib(s.id, s.count));
        for (let count = 0; count < min; count++) {
          const remedy = suggestSmallUnitRemedy(count, siblings, min, max);
          if (remedy.action === 'merge') {
            expect(siblings).toContain(remedy.with);
            expect(remedy.resultingSize).toBe(count + remedy.with.count);
            expect(remedy.resultingSize).toBeGreaterThanOrEqual(min);
            expect(remedy.resultingSize).toBeLessThanOrEqual(max);
            // The smallest fitting sibling wins.
            const fits = siblings.filter((s) => count + s.count >= min && count + s.count <= max).map((s) => s.count);
            expect(remedy.with.count).toBe(Math.min(...fits));
          } else if (remedy.action === 'transfer_in') {
            expect(siblings.some((s) => count + s.count >= min && count + s.count <= max)).toBe(false);
            expect(remedy.needed).toBe(min - count);
            expect(remedy.from.reduce((a, f) => a + f.count, 0)).toBe(remedy.needed);
            for (const f of remedy.from) {
              expect(f.count).toBeGreaterThan(0);
              expect(f.unit.count - f.count).toBeGreaterThanOrEqual(min);
            }
          } else {
            expect(siblings.some((s) => count + s.count >= min && count + s.count <= max)).toBe(false);
            const spare = siblings.reduce((a, s) => a + Math.max(0, s.count - min), 0);
            expect(spare).toBeLessThan(min - count);
          }
        }
      }),
    );
  });
});
