import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { CuttingList } from './cutting-list.js';
import { ticks } from './length.js';
import { calculateTablecloth } from './tablecloth.js';

const figure = (list: CuttingList, key: string): number | undefined => {
  const f = list.figures.find((x) => x.key === key);
  return f?.length ?? f?.number;
};
const inch = (n: number) => ticks(n, 'in');

describe('tablecloths, checked against published worked examples', () => {
  // Debbie Colgrove, About.com Sewing, "Tablecloth", http://sewing.about.com/od/homedecprojects/ss/tablecloth.htm:
  // a 60 × 36 in table, 4 in drop, 1 in for a 1/4 in turned-under hem on each edge → cut 69 × 45 in, "two yards of 45 in wide fabric";
  // a 42 in round table with the same drop and hem needs a 51 in square, i.e. 60 in wide fabric (45 in is too narrow).
  it('About.com: a 60 × 36 in table cuts 69 × 45 in, two yards of 45 in fabric', () => {
    const list = calculateTablecloth({ unit: 'in', shape: 'rectangle', tableLength: 60, tableWidth: 36, drop: 4, hem: 0.5, fabricWidth: 45 });
    expect(figure(list, 'cutLength')).toBe(inch(69));
    expect(figure(list, 'cutWidth')).toBe(inch(45));
    expect(figure(list, 'widths')).toBe(1);
    expect(list.fabrics[0]?.toBuy).toBe(ticks(2, 'yd'));
    expect(list.fabrics[0]?.toBuy).toBe(calculateTablecloth({ unit: 'in', shape: 'rectangle', tableLength: 60, tableWidth: 36, drop: 4, hem: 0.5, fabricWidth: 45, round: '1/2yd' }).fabrics[0]?.toBuy);
  });

  it('About.com: a 42 in round table needs a 51 in square — one width of 60 in fabric, a join on 45 in', () => {
    const wide = calculateTablecloth({ unit: 'in', shape: 'round', tableDiameter: 42, drop: 4, hem: 0.5, fabricWidth: 60 });
    expect(figure(wide, 'diameter')).toBe(inch(51));
    expect(figure(wide, 'widths')).toBe(1);
    expect(wide.fabrics[0]?.pieces).toEqual([{ name: 'Tablecloth', across: inch(51), along: inch(51), count: 1 }]);
    expect(figure(calculateTablecloth({ unit: 'in', shape: 'round', tableDiameter: 42, drop: 4, hem: 0.5, fabricWidth: 45 }), 'widths')).toBe(2);
  });

  // Sew News, "Q&A: round table cover", http://sewnews.com/resources/qa/qa0504a/: a 19 3/4 in table, 25 in tall, to the floor:
  // 2 × 25 + 19 3/4 + 1 in hem = 70 3/4 in, radius 35 3/8 in; on narrower fabric "two times 70 3/4 in lengths equals 4 yards".
  it('Sew News: 70 3/4 in square from two lengths = 141 1/2 in, bought as 4 yd; radius 35 3/8 in', () => {
    const list = calculateTablecloth({ unit: 'in', shape: 'round', tableDiameter: '19 3/4', drop: 25, hem: '1/2', fabricWidth: 54 });
    expect(figure(list, 'diameter')).toBe(inch(70.75));
    expect(figure(list, 'widths')).toBe(2);
    expect(list.fabrics[0]?.length).toBe(inch(141.5));
    expect(list.fabrics[0]?.toBuy).toBe(ticks(4, 'yd'));
    expect(list.notes.join(' ')).toContain('radius 35 3/8 in');
  });

  // Warehouse Fabrics Inc., "Sewing a square or rectangular tablecloth",
  // http://www.warehousefabricsinc.com/blog/sewing-a-square-or-rectangular-tablecloth/: width = 40 + 2(11.5) + 2(.5) = 64 in,
  // length = 80 + 2(11.5) + 2(.5) = 104 in; home decor fabric ~55 in wide needs side panels.
  it('Warehouse Fabrics: 64 × 104 in; on 55 in fabric a full centre width and two side strips from a second length', () => {
    const list = calculateTablecloth({ unit: 'in', shape: 'rectangle', tableLength: 80, tableWidth: 40, drop: 11.5, hem: 0.5, fabricWidth: 55 });
    expect(figure(list, 'cutWidth')).toBe(inch(64));
    expect(figure(list, 'cutLength')).toBe(inch(104));
    expect(list.fabrics[0]?.pieces.map((p) => [p.name, p.across, p.along, p.count])).toEqual([
      ['Tablecloth centre', inch(55), inch(104), 1],
      ['Tablecloth side strip', inch(4.5), inch(104), 2],
    ]);
    expect(list.fabrics[0]?.length).toBe(inch(208));
  });

  // Marcus Fabrics (Lisa Shepard), "Sew an Easy Circular Tablecloth", http://www.marcusfabrics.com/makeit/projects/circular_tablecloth/index.html:
  // 30 in diameter + 2 × 24 in drop = 78 in, + 1 in hem = 79 in; "stitch two 79 in lengths of full-width fabric together", adding 1/2 in
  // seam allowances at the joins.
  it('Marcus Fabrics: 79 in square from two 79 in lengths; joins take their seam allowance', () => {
    const list = calculateTablecloth({ unit: 'in', shape: 'round', tableDiameter: 30, drop: 24, hem: 0.5, seamAllowance: 0.5, fabricWidth: 54 });
    expect(figure(list, 'diameter')).toBe(inch(79));
    expect(figure(list, 'widths')).toBe(2);
    // 54 + 2 × 13 1/2 − 2 joins × 2 × 1/2 in = 79 in
    expect(figure(list, 'sideStrip')).toBe(inch(13.5));
    expect(list.fabrics[0]?.length).toBe(inch(158));
  });

  it('rounds joined lengths up to whole pattern repeats so the joins match', () => {
    const list = calculateTablecloth({ shape: 'rectangle', tableLength: 180, tableWidth: 90, drop: 25, hem: 2, fabricWidth: 137, patternRepeat: 64 });
    expect(list.fabrics[0]?.pieces[0]?.along).toBe(ticks(256, 'cm'));
    expect(list.fabrics[0]?.pieces[0]?.note).toBe('trim to 234 cm after matching');
  });

  it('asks for the measures a shape needs', () => {
    try {
      calculateTablecloth({ shape: 'round', tableLength: 100, drop: 20, fabricWidth: 140 });
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).problems.map((p) => p.path)).toEqual(['tableDiameter', 'tableLength']);
    }
  });
});
