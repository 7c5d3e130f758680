import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { calculateCushion } from './cushion.js';
import { ticks } from './length.js';

const cm = (n: number) => ticks(n, 'cm');

describe('envelope cushion covers, checked against published worked examples', () => {
  // Country Homes & Interiors via Ideal Home, "How to make a square envelope cushion",
  // https://www.idealhome.co.uk/bedroom/bedroom-advice/how-to-make-a-square-envelope-cushion-43917: a 40 cm pad, one 43 cm square
  // front and two 29.5 × 43 cm backs that overlap by 10 cm; hem turned 1 cm then 2 cm; 1.5 cm seams.
  it('Ideal Home: 40 cm pad → front 43 × 43 cm, two backs 43 × 29.5 cm', () => {
    const list = calculateCushion({ width: 40, height: 40, seamAllowance: 1.5, overlap: 10, openingHem: 3, fabricWidth: 137 });
    expect(list.fabrics[0]?.pieces.map((p) => [p.name, p.across, p.along, p.count])).toEqual([
      ['Front', cm(43), cm(43), 1],
      ['Back', cm(43), cm(29.5), 2],
    ]);
  });

  // Fashionskool, "Simple Envelope-Style Cushion", https://www.fashionskool.com/copy-of-home-maker-cushion: a 46 cm pad, 1.5 cm all round
  // → 49 cm front; each back 49 × (24.5 + 8 overlap + 2 hem) = 49 × 34.5 cm; "You will need 70 cm of fabric (112 cm width)".
  // The source's 8 cm is each back's share of the overlap, so the backs overlap by 16 cm.
  it('Fashionskool: 46 cm pad → 49 × 49 front, two 49 × 34.5 backs, 70 cm of 112 cm fabric', () => {
    const list = calculateCushion({ width: 46, height: 46, seamAllowance: 1.5, overlap: 16, openingHem: 2, fabricWidth: 112 });
    expect(list.fabrics[0]?.pieces[1]).toMatchObject({ across: cm(49), along: cm(34.5), count: 2 });
    expect(list.fabrics[0]?.length).toBe(cm(69));
    expect(list.fabrics[0]?.toBuy).toBe(cm(70));
  });

  it('multiplies the pieces for several covers and refuses a cover wider than the fabric', () => {
    const list = calculateCushion({ width: 40, height: 40, seamAllowance: 1.5, overlap: 10, openingHem: 3, fabricWidth: 137, covers: 4 });
    expect(list.fabrics[0]?.pieces.map((p) => p.count)).toEqual([4, 8]);
    expect(() => calculateCushion({ width: 150, height: 40, overlap: 10, fabricWidth: 137 })).toThrow(AppError);
    expect(() => calculateCushion({ width: 40, height: 40, overlap: 50, fabricWidth: 137 })).toThrow(/overlap|not valid|cannot be used/);
  });
});
