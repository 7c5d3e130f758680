import { describe, expect, it } from 'vitest';
import { ticks } from './length.js';
import { calculateRomanBlind } from './roman-blind.js';

const inch = (n: number) => ticks(n, 'in');

describe('roman blinds, checked against published worked examples', () => {
  // "Roman Shades: Measuring and Cutting Your Fabric", Adventures of an Overactive Mind,
  // http://adventuresofanoveractivemind.blogspot.com/2011/09/roman-shades-measuring-and-cutting-your.html: a 35 × 35 1/4 in window,
  // 2 in hem allowance at each side and top and bottom, plus 1 in to wrap the board → cut 39 × 40 1/4 in.
  it('a 35 × 35 1/4 in shade cuts 39 × 40 1/4 in', () => {
    const list = calculateRomanBlind({ unit: 'in', width: 35, length: '35 1/4', sideHems: 2, topAllowance: 3, bottomHem: 2, fabricWidth: 54 });
    expect(list.fabrics[0]?.pieces).toEqual([{ name: 'Blind', across: inch(39), along: inch(40.25), count: 1 }]);
    expect(list.fabrics[0]?.toBuy).toBe(ticks(1.125, 'yd'));
  });

  // Brilliant Blinds, "Making cascade blinds", http://brilliant-blinds.co.uk/articles/making-cascade-blinds.php: add 6 in (15 cm) for
  // side hems, divide by the fabric width and round up, and add 1 in (2.5 cm) for each extra seam.
  it('Brilliant Blinds: a blind wider than the fabric is joined, each seam taking 2.5 cm', () => {
    const list = calculateRomanBlind({ width: 160, length: 150, sideHems: 7.5, bottomHem: 10, seamAllowance: 1.25, fabricWidth: 137 });
    const widths = list.figures.find((f) => f.key === 'widths')?.number;
    expect(widths).toBe(2);
    const [centre, strip] = list.fabrics[0]?.pieces ?? [];
    // 137 + 2 × strip − 2 seams × 2.5 cm = 175 cm
    expect((centre?.across ?? 0) + 2 * (strip?.across ?? 0) - 2 * ticks(2.5, 'cm')).toBe(ticks(175, 'cm'));
  });

  it('adds rod pockets and rounds to whole repeats', () => {
    const list = calculateRomanBlind({ width: 100, length: 150, topAllowance: 5, bottomHem: 10, rods: 5, rodAllowance: 2, fabricWidth: 140, patternRepeat: 32 });
    expect(list.figures.find((f) => f.key === 'cutLengthPlain')?.length).toBe(ticks(175, 'cm'));
    expect(list.fabrics[0]?.pieces[0]?.along).toBe(ticks(192, 'cm'));
  });
});
