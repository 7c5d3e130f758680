import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layOut, type PieceSpec } from './cutting-layout.js';

describe('laying pieces on the roll', () => {
  it('stacks full-width drops one after another', () => {
    const { placements, length } = layOut([{ name: 'Drop', across: 140, along: 240, count: 4 }], 140);
    expect(length).toBe(960);
    expect(placements.map((p) => [p.label, p.x, p.y])).toEqual([
      ['Drop 1', 0, 0],
      ['Drop 2', 0, 240],
      ['Drop 3', 0, 480],
      ['Drop 4', 0, 720],
    ]);
  });

  it('puts small pieces side by side (two cushion backs beside the front)', () => {
    const { length } = layOut(
      [
        { name: 'Front', across: 490, along: 490, count: 1 },
        { name: 'Back', across: 490, along: 345, count: 2 },
      ],
      1120,
    );
    expect(length).toBe(690);
  });

  it('never overlaps pieces, keeps them inside the usable width, and uses at most their stacked length', () => {
    const piece = fc.record({ name: fc.constant('P'), across: fc.integer({ min: 1, max: 100 }), along: fc.integer({ min: 1, max: 100 }), count: fc.integer({ min: 1, max: 4 }) });
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 300 }), (pieces: PieceSpec[], usable) => {
        const { placements, length } = layOut(pieces, usable);
        expect(placements.length).toBe(pieces.reduce((n, p) => n + p.count, 0));
        for (const a of placements) {
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.across).toBeLessThanOrEqual(usable);
          expect(a.y + a.along).toBeLessThanOrEqual(length);
          for (const b of placements) {
            if (a === b) continue;
            const apart = a.x + a.across <= b.x || b.x + b.across <= a.x || a.y + a.along <= b.y || b.y + b.along <= a.y;
            expect(apart, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(true);
          }
        }
        expect(length).toBeLessThanOrEqual(pieces.reduce((n, p) => n + p.along * p.count, 0));
      }),
    );
  });

  it('refuses a piece wider than the fabric', () => {
    expect(() => layOut([{ name: 'Wide', across: 150, along: 10, count: 1 }], 140)).toThrow('wider than the fabric');
  });
});
