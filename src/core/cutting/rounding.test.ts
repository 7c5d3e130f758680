import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPanel, splitPanelCovers, widthsToCover } from './fabric-widths.js';
import { ticks } from './length.js';
import { ceilDiv, roundToStep, roundUpTo, stepTicks } from './rounding.js';

describe('rounding up', () => {
  it('divides exactly, also where floating point would not', () => {
    expect(ceilDiv(440, 140)).toBe(4);
    expect(ceilDiv(420, 140)).toBe(3);
    expect(ceilDiv(0, 7)).toBe(0);
    const big = 2 ** 50;
    expect(ceilDiv(big * 3 + 1, 3)).toBe(big + 1);
    expect(() => ceilDiv(1, 0)).toThrow();
  });

  it('rounds totals up to the selling step', () => {
    expect(roundToStep(ticks(1036, 'cm'), '10cm')).toBe(ticks(1040, 'cm'));
    expect(roundToStep(ticks(1036, 'cm'), '1/2m')).toBe(ticks(1050, 'cm'));
    expect(roundToStep(ticks(1036, 'cm'), '1m')).toBe(ticks(11, 'm'));
    expect(roundToStep(ticks(456, 'in'), '1/8yd')).toBe(ticks(459, 'in'));
    expect(roundToStep(ticks(456, 'in'), '1/2yd')).toBe(ticks(468, 'in'));
    expect(roundToStep(ticks(288, 'in'), '1/8yd')).toBe(ticks(288, 'in'));
  });

  it('a rounded length is a whole number of steps, covers the length, and wastes less than one step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8e8 }), fc.constantFrom(...Object.values(stepTicks)), (length, step) => {
        const r = roundUpTo(length, step);
        expect(r % step).toBe(0);
        expect(r).toBeGreaterThanOrEqual(length);
        expect(r - length).toBeLessThan(step);
      }),
    );
  });
});

describe('fabric widths', () => {
  it('joined widths always cover the required width, and one fewer would not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8e7 }), fc.integer({ min: 10_000, max: 3e7 }), fc.integer({ min: 0, max: 200_000 }), (required, usable, seam) => {
        fc.pre(usable > 2 * seam);
        const n = widthsToCover(required, usable, seam);
        const covers = (k: number) => k * usable - (k - 1) * 2 * seam;
        expect(covers(n)).toBeGreaterThanOrEqual(required);
        if (n > 1) expect(covers(n - 1)).toBeLessThan(required);
      }),
    );
  });

  it('a split panel (centre widths + two strips from one width) covers the width, and both strips fit in one width', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8e7 }), fc.integer({ min: 10_000, max: 3e7 }), fc.integer({ min: 0, max: 200_000 }), (required, usable, seam) => {
        fc.pre(usable > 2 * seam);
        const p = splitPanel(required, usable, seam);
        if (required <= usable) {
          expect(p).toEqual({ centreWidths: 1, sideStrip: 0, widths: 1 });
          return;
        }
        expect(p.widths).toBe(p.centreWidths + 1);
        expect(2 * p.sideStrip).toBeLessThanOrEqual(usable);
        expect(p.sideStrip).toBeGreaterThan(seam);
        expect(splitPanelCovers(p, usable, seam)).toBeGreaterThanOrEqual(required);
        expect(splitPanelCovers(p, usable, seam) - required).toBeLessThanOrEqual(1);
      }),
    );
  });
});
