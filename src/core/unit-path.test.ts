import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childPath, depthOf, encodeId, isInSubtree, pathIds, subtreeRange } from './unit-path.js';

const MAX_ID = 36 ** 8 - 1;

describe('unit paths', () => {
  it('writes ids in fixed-width base 36', () => {
    expect(encodeId(1)).toBe('00000001');
    expect(encodeId(36)).toBe('00000010');
    expect(encodeId(MAX_ID)).toBe('zzzzzzzz');
    expect(childPath(null, 1)).toBe('/00000001/');
    expect(childPath('/00000001/', 42)).toBe('/00000001/00000016/');
  });

  it('reads back the ids of a path, root first, and its depth', () => {
    const path = childPath(childPath(childPath(null, 1), 7), 42);
    expect(pathIds(path)).toEqual([1, 7, 42]);
    expect(depthOf(path)).toBe(2);
    expect(depthOf(childPath(null, 5))).toBe(0);
  });

  it('round-trips any chain of ids', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: MAX_ID }), { minLength: 1, maxLength: 12 }), (ids) => {
        const path = ids.reduce<string | null>((parent, id) => childPath(parent, id), null) ?? '';
        expect(pathIds(path)).toEqual(ids);
        expect(depthOf(path)).toBe(ids.length - 1);
      }),
    );
  });

  it('isInSubtree holds for the unit itself and its descendants only', () => {
    const a = childPath(null, 1);
    const b = childPath(a, 2);
    const c = childPath(b, 3);
    const other = childPath(a, 12);
    expect(isInSubtree(a, a)).toBe(true);
    expect(isInSubtree(c, a)).toBe(true);
    expect(isInSubtree(c, b)).toBe(true);
    expect(isInSubtree(other, b)).toBe(false);
    expect(isInSubtree(a, b)).toBe(false);
    // Id 1 is a prefix of id 12 only in variable-width writing.
    expect(isInSubtree(childPath(null, 12), childPath(null, 1))).toBe(false);
  });

  it('subtreeRange holds exactly the unit and its descendants, by plain string order', () => {
    // A random forest: each node's parent is an earlier node or none.
    const forest = fc
      .uniqueArray(fc.integer({ min: 0, max: MAX_ID }), { minLength: 1, maxLength: 40 })
      .chain((ids) =>
        fc.tuple(
          fc.constant(ids),
          fc.array(fc.integer({ min: -1, max: ids.length }), { minLength: ids.length, maxLength: ids.length }),
        ),
      );
    fc.assert(
      fc.property(forest, ([ids, parentPicks]) => {
        const parentOf: (number | null)[] = ids.map((_, i) => {
          const pick = parentPicks[i] ?? -1;
          return pick < 0 || i === 0 ? null : pick % i;
        });
        const paths: string[] = [];
        ids.forEach((id, i) => {
          const p = parentOf[i];
          paths.push(childPath(p === null || p === undefined ? null : (paths[p] ?? null), id));
        });
        const isAncestorOrSelf = (anc: number, node: number): boolean => {
          for (let n: number | null | undefined = node; n !== null && n !== undefined; n = parentOf[n]) if (n === anc) return true;
          return false;
        };
        paths.forEach((rootPath, r) => {
          const { low, high } = subtreeRange(rootPath);
          paths.forEach((p, n) => {
            const inRange = low <= p && p < high;
            expect(inRange).toBe(isAncestorOrSelf(r, n));
            expect(inRange).toBe(p.startsWith(rootPath));
            expect(isInSubtree(p, rootPath)).toBe(inRange);
          });
        });
      }),
    );
  });

  it('bounds a subtree so that the next sibling is outside it', () => {
    const { low, high } = subtreeRange(childPath(null, 1));
    expect(low).toBe('/00000001/');
    expect(childPath(childPath(null, 1), MAX_ID) < high).toBe(true);
    expect(childPath(null, 2) >= high).toBe(true);
  });
});
