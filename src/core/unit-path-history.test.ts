import { describe, expect, it } from 'vitest';
import { childPath } from './unit-path.js';
import { pathsBeforeMoves, type UnitAtHand } from './unit-path-history.js';

const unit = (id: number, code: string, parentId: number | null, createdOn = '2026-01-01', dissolvedOn: string | null = null): UnitAtHand => ({ id, code, parentId, createdOn, dissolvedOn });
const path = (...ids: number[]) => ids.reduce<string | null>((p, id) => childPath(p, id), null);

describe('pathsBeforeMoves', () => {
  // Today: root 1 with sections 2 and 3; cell 4 now under 3, cell 5 under 4's old section 2.
  const today = [unit(1, 'ROOT', null), unit(2, 'S2', 1), unit(3, 'S3', 1), unit(4, 'C4', 3), unit(5, 'C5', 2)];

  it('gives today\u2019s paths when nothing moved', () => {
    const paths = pathsBeforeMoves(today, []);
    expect(paths.get(4)).toBe(path(1, 3, 4));
    expect(paths.get(5)).toBe(path(1, 2, 5));
  });

  it('puts a unit moved later back under the parent it left, with its subtree', () => {
    const withChild = [...today, unit(6, 'G6', 4)];
    const paths = pathsBeforeMoves(withChild, [{ unitId: 4, occurredOn: '2026-11-01', fromParentCode: 'S2' }]);
    expect(paths.get(4)).toBe(path(1, 2, 4));
    expect(paths.get(6)).toBe(path(1, 2, 4, 6));
    expect(paths.get(5)).toBe(path(1, 2, 5));
  });

  it('undoes several moves of one unit latest first, whatever order they are given in', () => {
    // 4 went S2 → ROOT on 1 Oct, then ROOT → S3 on 1 Nov: before both it sat under S2.
    const moves = [
      { unitId: 4, occurredOn: '2026-11-01', fromParentCode: 'ROOT' },
      { unitId: 4, occurredOn: '2026-10-01', fromParentCode: 'S2' },
    ];
    expect(pathsBeforeMoves(today, moves).get(4)).toBe(path(1, 2, 4));
    expect(pathsBeforeMoves(today, [...moves].reverse()).get(4)).toBe(path(1, 2, 4));
    expect(pathsBeforeMoves(today, [moves[0] as (typeof moves)[number]]).get(4)).toBe(path(1, 4));
  });

  it('takes, of two units that used one code, the one that existed on the day of the move', () => {
    const units = [...today, unit(7, 'OLD', 1, '2026-01-01', '2026-06-01'), unit(8, 'OLD', 1, '2026-07-01')];
    expect(pathsBeforeMoves(units, [{ unitId: 4, occurredOn: '2026-08-01', fromParentCode: 'OLD' }]).get(4)).toBe(path(1, 8, 4));
    expect(pathsBeforeMoves(units, [{ unitId: 4, occurredOn: '2026-03-01', fromParentCode: 'OLD' }]).get(4)).toBe(path(1, 7, 4));
  });
});
