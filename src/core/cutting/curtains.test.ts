import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { CuttingList } from './cutting-list.js';
import { calculateCurtains } from './curtains.js';
import { ticks } from './length.js';

const figure = (list: CuttingList, key: string): number | undefined => {
  const f = list.figures.find((x) => x.key === key);
  return f?.length ?? f?.number;
};
const main = (list: CuttingList) => list.fabrics[0]!;
const cm = (n: number) => ticks(n, 'cm');
const inch = (n: number) => ticks(n, 'in');

describe('curtains, checked against published worked examples', () => {
  // Easy Track, "Calculating fabric for curtains", https://easytrack.com.au/pages/calculating-fabric-for-curtains
  // (also http://www.easytrack.com.au/calculating-fabric.php): 200 cm × 2 + 40 cm = 440 cm ÷ 140 = 3.14 → 4 drops;
  // drop 213 − 3 + 30 = 240 cm; 4 × 240 = 960 cm; with a 37 cm repeat 240 ÷ 37 = 6.49 → 7 × 37 = 259 cm per drop.
  it('Easy Track: 4 drops of 240 cm = 9.6 m; 259 cm per drop with a 37 cm repeat', () => {
    const input = { trackWidth: 200, fullness: 2, widthAllowance: 40, fabricWidth: 140, finishedLength: 213 - 3, hemAllowance: 30 };
    const plain = calculateCurtains(input);
    expect(figure(plain, 'requiredWidth')).toBe(cm(440));
    expect(figure(plain, 'widths')).toBe(4);
    expect(figure(plain, 'cutDropPlain')).toBe(cm(240));
    expect(main(plain).length).toBe(cm(960));
    expect(main(plain).toBuy).toBe(cm(960));
    const patterned = calculateCurtains({ ...input, patternRepeat: 37 });
    expect(figure(patterned, 'cutDrop')).toBe(cm(259));
    expect(main(patterned).pieces[0]).toMatchObject({ count: 4, along: cm(259) });
    expect(main(patterned).length).toBe(cm(4 * 259));
    expect(main(patterned).toBuy).toBe(cm(1040)); // rounded up to 10 cm
  });

  // Easy Track (same page), continuous fabric: 200 cm × 2.5 + 40 cm = 540 cm; continuous lining: 2 drops × 140 cm = 280 cm.
  it('Easy Track: railroaded sheer 540 cm, and railroaded lining of 2 drops × 140 cm = 280 cm', () => {
    const sheer = calculateCurtains({ trackWidth: 200, fullness: 2.5, widthAllowance: 40, fabricWidth: 300, finishedLength: 210, hemAllowance: 30, railroaded: true });
    expect(main(sheer).railroaded).toBe(true);
    expect(main(sheer).length).toBe(cm(540));
    const lined = calculateCurtains({ trackWidth: 100, fullness: 2, widthAllowance: 40, fabricWidth: 140, finishedLength: 210, hemAllowance: 30, lining: { fabricWidth: 300, railroaded: true } });
    expect(figure(lined, 'widths')).toBe(2);
    expect(lined.fabrics[1]).toMatchObject({ fabric: 'lining', length: cm(280) });
  });

  // Homesteady, "How to Determine Fabric Needed for Pinch-Pleated Drapes",
  // https://homesteady.com/how-7849834-determine-needed-pinch-pleated-drapes.html: 65 in × 2.25 = 146.25 ÷ 54 = 2.708 → 3 widths;
  // 80 in + 16 in heading and hem = 96 in; 3 × 96 = 288 in = 8 yards.
  it('Homesteady: 3 widths × 96 in = 8 yd', () => {
    const list = calculateCurtains({ unit: 'in', trackWidth: 65, fullness: 2.25, curtains: 1, fabricWidth: 54, finishedLength: 80, headingAllowance: 8, hemAllowance: 8 });
    expect(figure(list, 'fullWidth')).toBe(inch(146.25));
    expect(figure(list, 'widths')).toBe(3);
    expect(main(list).length).toBe(inch(288));
    expect(main(list).toBuy).toBe(ticks(8, 'yd'));
  });

  // DRP Inc., "Measuring for Draperies", http://www.drpinc.net/drp/measuring_for_draperies.php:
  // 3 × 63 in = 189 ÷ 54 = 3.5 → 4 widths; 4 × 114 in = 456 ÷ 36 = "12.6 yards" (12.67, which the source truncates);
  // with an 11 in repeat 114 ÷ 11 = 10.36 → 11 repeats = 121 in.
  it('DRP: 4 widths × 114 in = 456 in; bought in eighths 12 3/4 yd (the source truncates to 12.6), in halves 13 yd', () => {
    const input = { unit: 'in' as const, trackWidth: 63, fullness: 3, curtains: 1 as const, fabricWidth: 54, finishedLength: 114 };
    const list = calculateCurtains(input);
    expect(figure(list, 'widths')).toBe(4);
    expect(main(list).length).toBe(inch(456));
    expect(main(list).toBuy).toBe(inch(12.75 * 36));
    expect(main(calculateCurtains({ ...input, round: '1/2yd' })).toBuy).toBe(ticks(13, 'yd'));
    const patterned = calculateCurtains({ ...input, patternRepeat: 11 });
    expect(figure(patterned, 'cutDrop')).toBe(inch(121));
    expect(main(patterned).length).toBe(inch(484));
  });

  // eHow UK, "How to Calculate the Amount of Fabric Needed for Curtains",
  // http://www.ehow.co.uk/how_6326063_calculate-amount-fabric-needed-curtains.html: 84 in × 2.5 = 210 + 7 (two 3.5 in returns)
  // + 8 (two 4 in side hems) = 225 ÷ 54 = 4.1 → 5; 78 + 8 hem + 2 heading = 88 in; 5 × 88 = 440 in = 12.22 yd.
  it('eHow: returns and side hems are added flat after fullness; 5 widths × 88 in = 440 in', () => {
    const list = calculateCurtains({ unit: 'in', trackWidth: 84, fullness: 2.5, curtains: 1, returns: 3.5, sideHems: 4, fabricWidth: 54, finishedLength: 78, headingAllowance: 2, hemAllowance: 8 });
    expect(figure(list, 'requiredWidth')).toBe(inch(225));
    expect(figure(list, 'widths')).toBe(5);
    expect(main(list).length).toBe(inch(440));
    expect(main(list).toBuy).toBe(inch(12.25 * 36));
  });

  // Free Live Calculators, "Curtain Fabric Yardage Formula", https://freelivecalculators.com/curtain-fabric-calculator/docs/curtain-yardage-formula/:
  // 72 in pole, 2 panels, 2.25×, 1.5 in side hems: 36 × 2.25 + 3 = 84 in per panel, ⌈84 ÷ 54⌉ = 2 widths per panel, 4 in all;
  // 90 + 4 + 6 = 100 in cut length, with an 8 in repeat ⌈100 ÷ 8⌉ = 13 → 104 in; 4 × 100 = 400 in.
  it('Free Live Calculators: widths rounded per panel (a setting), 4 widths; 104 in drops with an 8 in repeat', () => {
    const input = { unit: 'in' as const, trackWidth: 72, fullness: 2.25, curtains: 2 as const, sideHems: 1.5, fabricWidth: 54, finishedLength: 90, headingAllowance: 4, hemAllowance: 6, wholeWidthsPerCurtain: true };
    const list = calculateCurtains(input);
    expect(figure(list, 'requiredWidth')).toBe(inch(168));
    expect(figure(list, 'widths')).toBe(4);
    expect(main(list).length).toBe(inch(400));
    expect(figure(calculateCurtains({ ...input, patternRepeat: 8 }), 'cutDrop')).toBe(inch(104));
  });

  it('rounding the pair together may give an odd number of widths, and says how to split it', () => {
    const list = calculateCurtains({ trackWidth: 150, fullness: 2, fabricWidth: 137, finishedLength: 200 });
    expect(figure(list, 'widths')).toBe(3);
    expect(list.notes.join(' ')).toContain('cut one width in half lengthwise');
    expect(figure(calculateCurtains({ trackWidth: 150, fullness: 2, fabricWidth: 137, finishedLength: 200, wholeWidthsPerCurtain: true }), 'widths')).toBe(4);
  });
});

describe('curtain properties', () => {
  it('the widths always cover the required width, and the cut drop is a whole number of repeats that holds the plain drop', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 600 }),
        fc.constantFrom('1.5', '2', '2.25', '2.5', '3', '2 1/3'),
        fc.integer({ min: 90, max: 300 }),
        fc.integer({ min: 50, max: 300 }),
        fc.integer({ min: 0, max: 30 }),
        fc.option(fc.integer({ min: 5, max: 90 }), { nil: undefined }),
        (track, fullness, fabric, length, hem, repeat) => {
          const list = calculateCurtains({ trackWidth: `${track}cm`, fullness, fabricWidth: fabric, finishedLength: length, hemAllowance: hem, sideHems: 2, patternRepeat: repeat });
          const widths = figure(list, 'widths') ?? 0;
          const required = figure(list, 'requiredWidth') ?? 0;
          expect(widths * cm(fabric)).toBeGreaterThanOrEqual(required);
          expect((widths - 1) * cm(fabric)).toBeLessThan(required);
          const drop = main(list).pieces[0]!.along;
          expect(drop).toBeGreaterThanOrEqual(cm(length + hem));
          if (repeat !== undefined) {
            expect(drop % cm(repeat)).toBe(0);
            expect(drop - cm(length + hem)).toBeLessThan(cm(repeat));
          }
          expect(main(list).toBuy).toBeGreaterThanOrEqual(widths * drop);
        },
      ),
    );
  });
});

describe('curtain inputs that cannot work are refused, field by field', () => {
  const refuse = (input: unknown): AppError => {
    try {
      calculateCurtains(input);
    } catch (e) {
      if (e instanceof AppError) return e;
      throw e;
    }
    throw new Error('accepted');
  };

  it('lists every bad field at once, with what is wrong', () => {
    const e = refuse({ trackWidth: 0, fullness: 'lots', fabricWidth: '-140', finishedLength: '2 metres' });
    expect(e.code).toBe('validation_failed');
    expect(e.problems.map((p) => p.path)).toEqual(['trackWidth', 'fullness', 'fabricWidth', 'finishedLength']);
    expect(e.problems[0]?.message).toBe('must be more than 0');
    expect(e.hint).toContain('140cm');
  });

  it('refuses unknown fields and wrong types through the schema', () => {
    const e = refuse({ trackWidth: 200, fullness: 2, fabricWidth: 140, finishedLength: 200, widht: 3, curtains: 3 });
    expect(e.problems.map((p) => p.path).sort()).toEqual(['(input)', 'curtains']);
  });

  it('refuses fabric narrower than its side hems, fullness under 1, and railroading onto fabric narrower than the drop', () => {
    expect(refuse({ trackWidth: 200, fullness: 2, fabricWidth: 10, finishedLength: 200, sideHems: 5 }).problems[0]).toMatchObject({ path: 'sideHems' });
    expect(refuse({ trackWidth: 200, fullness: 0.5, fabricWidth: 140, finishedLength: 200 }).problems[0]?.message).toContain('below 1');
    expect(refuse({ trackWidth: 200, fullness: 2, fabricWidth: 140, finishedLength: 200, railroaded: true }).problems[0]?.message).toContain('at least as wide as the cut drop');
    expect(refuse({ trackWidth: 200, fullness: 2, fabricWidth: 140, usableWidth: 150, finishedLength: 200 }).problems[0]).toMatchObject({ path: 'usableWidth' });
  });
});
