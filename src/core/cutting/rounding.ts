import { ticksPer, type Ticks, type UnitSystem } from './length.js';

/**
 * Rounding rules. Every rounding in the calculator goes up, so the fabric bought always covers
 * what the formulas ask for: widths are whole widths, cut drops whole pattern repeats, and the
 * total is a whole number of the shop's selling step.
 */

/** Steps fabric is sold in. */
export const roundingSteps = ['1/8yd', '1/2yd', '10cm', '1/2m', '1m'] as const;
export type RoundingStep = (typeof roundingSteps)[number];

export const stepTicks: Readonly<Record<RoundingStep, Ticks>> = Object.freeze({
  '1/8yd': ticksPer.yd / 8,
  '1/2yd': ticksPer.yd / 2,
  '10cm': 10 * ticksPer.cm,
  '1/2m': ticksPer.m / 2,
  '1m': ticksPer.m,
});

/** The step a shop in that system usually sells by. */
export const defaultStep = (system: UnitSystem): RoundingStep => (system === 'metric' ? '10cm' : '1/8yd');

/** ⌈a ÷ b⌉ for a ≥ 0, b > 0, exactly (integer remainder, no floating division). */
export function ceilDiv(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0 || b <= 0) throw new RangeError(`ceilDiv(${a}, ${b})`);
  const r = a % b;
  return (a - r) / b + (r > 0 ? 1 : 0);
}

/** The least whole multiple of `step` that is ≥ `length`. */
export const roundUpTo = (length: Ticks, step: Ticks): Ticks => ceilDiv(length, step) * step;

/** Rounds a total up to the selling step. */
export const roundToStep = (length: Ticks, step: RoundingStep): Ticks => roundUpTo(length, stepTicks[step]);
