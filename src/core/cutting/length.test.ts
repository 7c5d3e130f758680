import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatSize, fractionIn, parseLength, ticks, ticksPer, type LengthUnit } from './length.js';

const ok = (input: number | string, unit: LengthUnit = 'cm'): number => {
  const r = parseLength(input, unit);
  if (!r.ok) throw new Error(r.message);
  return r.ticks;
};

describe('the exact length unit (1/8000 mm)', () => {
  it('holds the steps a sewing class uses exactly', () => {
    expect(ticksPer.in).toBe(25.4 * 8000);
    expect(ticksPer.in / 64).toBe(3175);
    expect(ticksPer.in / 100).toBe(2032);
    expect(ticksPer.mm / 100).toBe(80);
    expect(ticksPer.yd / 8).toBe(914_400);
  });

  it('reads numbers in the default unit and text with its own unit', () => {
    expect(ok(140)).toBe(ticks(140, 'cm'));
    expect(ok('140cm', 'in')).toBe(ticks(140, 'cm'));
    expect(ok('1.4 m')).toBe(ticks(140, 'cm'));
    expect(ok('54in')).toBe(ticks(54, 'in'));
    expect(ok('54"')).toBe(ticks(54, 'in'));
    expect(ok('54 1/2in')).toBe(ok('54.5in'));
    expect(ok('54-1/2 in')).toBe(ok('54.5in'));
    expect(ok('54½in')).toBe(ok('54.5in'));
    expect(ok('3/4', 'yd')).toBe(ticks(27, 'in'));
    expect(ok('2 1/8yd')).toBe(ok('76.5in'));
    expect(ok('0.35in')).toBe(0.35 * ticksPer.in);
    expect(ok('12.25', 'mm')).toBe(98_000);
    expect(ok(0)).toBe(0);
  });

  it('refuses what it cannot hold exactly, negatives, nonsense and absurd lengths, saying why', () => {
    const message = (input: number | string, unit: LengthUnit = 'cm'): string => {
      const r = parseLength(input, unit);
      return r.ok ? 'accepted' : r.message;
    };
    expect(message('1/128in')).toContain('finer than the calculator holds exactly');
    expect(message('0.001in')).toContain('finer');
    expect(message(-5)).toContain('negative');
    expect(message('-5cm')).toContain('negative');
    expect(message('five metres')).toContain('is not a length');
    expect(message('12ft')).toContain('is not a length');
    expect(message('')).toContain('is not a length');
    expect(message('101m')).toContain('longer than 100 m');
    expect(message(Number.NaN)).toContain('not a plain decimal');
  });

  it('metric ↔ imperial round trips are exact for every length both can write', () => {
    // Any whole number of 1/64 in, written in millimetres (25.4 mm per inch, so 0.396875 mm per 1/64 in), reads back identically.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 64 * 3900 }), (sixtyFourths) => {
        const inches = ok(`${Math.floor(sixtyFourths / 64)} ${sixtyFourths % 64}/64 in`);
        const mm = ok(`${(sixtyFourths * 0.396875).toFixed(6)}mm`);
        expect(mm).toBe(inches);
        expect(fractionIn(inches, 'in', 64).exact).toBe(true);
      }),
    );
    // Any whole number of 0.1 mm shows in centimetres exactly and reads back.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (tenthsMm) => {
        const t = ok(`${tenthsMm / 10}mm`);
        expect(ok(formatSize(t, 'metric').replace(' cm', ''), 'cm')).toBe(t);
      }),
    );
  });

  it('shows sizes in cm or fractional inches, and amounts in metres or yards', () => {
    expect(formatSize(ticks(240, 'cm'), 'metric')).toBe('240 cm');
    expect(formatSize(ok('34.5cm'), 'metric')).toBe('34.5 cm');
    expect(formatSize(ok('70 3/4in'), 'imperial')).toBe('70 3/4 in');
    expect(formatSize(ticks(1, 'cm'), 'imperial')).toBe('≈25/64 in');
    expect(formatAmount(ticks(960, 'cm'), 'metric')).toBe('9.6 m');
    expect(formatAmount(ok('12 3/4yd'), 'imperial')).toBe('12 3/4 yd');
    expect(formatAmount(ok('141.5in'), 'imperial')).toBe('141 1/2 in (≈3.93 yd)');
  });
});
