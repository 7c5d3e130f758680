/**
 * Lengths are held as whole numbers of ticks, one tick being 1/8000 mm (0.125 µm).
 *
 * Why that unit: 1 in = 25.4 mm exactly, so a unit that holds both metric and imperial measures
 * exactly must divide 0.01 mm, 1/64 in (0.396875 mm = 3175 ticks) and 0.01 in (0.254 mm = 2032
 * ticks). The least common multiple of those denominators is 8000 per millimetre. Every length a
 * sewing class writes down — 137.5 cm, 54 3/4 in, 2 1/8 yd, 0.35 in — is then a whole number of
 * ticks, sums and multiples stay exact, and 100 m is 8×10⁸ ticks, far inside the safe integers.
 * What a tick cannot hold (1/128 in, 0.001 in) is refused rather than silently rounded.
 */
export type Ticks = number;

export const lengthUnits = ['mm', 'cm', 'm', 'in', 'yd'] as const;
export type LengthUnit = (typeof lengthUnits)[number];

export const ticksPer: Readonly<Record<LengthUnit, number>> = Object.freeze({
  mm: 8000,
  cm: 80_000,
  m: 8_000_000,
  in: 203_200,
  yd: 7_315_200,
});

/** The longest length accepted anywhere: 100 m. */
export const MAX_TICKS = 100 * ticksPer.m;

export type UnitSystem = 'metric' | 'imperial';
export const systemOf = (unit: LengthUnit): UnitSystem => (unit === 'in' || unit === 'yd' ? 'imperial' : 'metric');

/** Whole ticks from a whole number of units (used for constants). */
export const ticks = (value: number, unit: LengthUnit): Ticks => {
  const t = value * ticksPer[unit];
  if (!Number.isSafeInteger(t)) throw new RangeError(`${value} ${unit} is not a whole number of ticks`);
  return t;
};

const vulgarFractions: Record<string, string> = { '½': '1/2', '¼': '1/4', '¾': '3/4', '⅛': '1/8', '⅜': '3/8', '⅝': '5/8', '⅞': '7/8', '⅓': '1/3', '⅔': '2/3' };

const lengthPattern = /^(?:(\d+)(?:\.(\d+))?)?(?:(?:^|[\s-]+)(\d+)\/(\d+))?\s*(mm|cm|m|in|"|yd)?$/;

export type ParsedLength = { ok: true; ticks: Ticks } | { ok: false; message: string };

/**
 * Reads a length: a number (in `unit`), or text with an optional unit of its own — `140`, `140cm`,
 * `1.4 m`, `54in`, `54"`, `54 1/2 in`, `54-1/2in`, `54½in`, `2 1/8 yd`, `3/4yd`.
 */
export function parseLength(input: number | string, unit: LengthUnit): ParsedLength {
  if (typeof input === 'number' && input < 0) return { ok: false, message: `${input} is negative; a length is 0 or more` };
  let text = typeof input === 'number' ? numberText(input) : input.trim();
  if (text === null) return { ok: false, message: `${String(input)} is not a plain decimal number` };
  if (text.startsWith('-')) return { ok: false, message: `'${text}' is negative; a length is 0 or more` };
  for (const [glyph, fraction] of Object.entries(vulgarFractions)) text = text.replaceAll(glyph, ` ${fraction}`);
  text = text.trim();
  const m = lengthPattern.exec(text);
  if (!m || (m[1] === undefined && m[3] === undefined)) {
    return { ok: false, message: `'${String(input)}' is not a length; write a number with an optional unit, e.g. 140cm, 1.4m, 54in, 54 1/2in, 2 1/8yd` };
  }
  const [, whole = '0', decimals = '', fracNum, fracDen, suffix] = m;
  const u: LengthUnit = suffix === undefined ? unit : suffix === '"' ? 'in' : (suffix as LengthUnit);
  // value = (whole.decimals) + fracNum/fracDen, as an exact fraction num/den.
  const scale = 10n ** BigInt(decimals.length);
  let num = BigInt(whole) * scale + BigInt(decimals === '' ? '0' : decimals);
  let den = scale;
  if (fracNum !== undefined && fracDen !== undefined) {
    const fn = BigInt(fracNum);
    const fd = BigInt(fracDen);
    if (fd === 0n) return { ok: false, message: `'${String(input)}' divides by zero` };
    num = num * fd + fn * den;
    den = den * fd;
  }
  const t = num * BigInt(ticksPer[u]);
  if (t % den !== 0n) {
    return { ok: false, message: `'${String(input)}' is finer than the calculator holds exactly (0.01 mm, 1/64 in or 0.01 in); round it to one of those` };
  }
  const result = t / den;
  if (result > BigInt(MAX_TICKS)) return { ok: false, message: `'${String(input)}' is longer than 100 m` };
  return { ok: true, ticks: Number(result) };
}

/** A JS number as plain decimal text, or null for NaN, infinities and negative numbers. */
function numberText(n: number): string | null {
  if (!Number.isFinite(n) || n < 0) return null;
  const s = String(n);
  if (/e/i.test(s)) return n < 1e-6 ? '0' : n.toFixed(0);
  return s;
}

// ---------------------------------------------------------------------------------------------
// Showing lengths.

const trimZeros = (s: string): string => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);

/** `ticks` in `unit` as a decimal, to at most `places` places; exact values show exactly. */
export function decimalIn(t: Ticks, unit: LengthUnit, places: number): string {
  const per = ticksPer[unit];
  const scale = 10 ** places;
  // Round half up on integers, so 0.125 shows as 0.13 the same way every time.
  const scaled = Math.floor((t * scale * 2 + per) / (2 * per));
  const whole = Math.floor(scaled / scale);
  const frac = String(scaled % scale).padStart(places, '0');
  return trimZeros(places > 0 ? `${whole}.${frac}` : String(whole));
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** `ticks` as a whole number of `unit` plus a fraction over at most `denominator` (a power of two). */
export function fractionIn(t: Ticks, unit: LengthUnit, denominator: number): { text: string; exact: boolean } {
  const step = ticksPer[unit] / denominator;
  const parts = Math.round(t / step);
  const exact = parts * step === t;
  const whole = Math.floor(parts / denominator);
  const rest = parts % denominator;
  if (rest === 0) return { text: String(whole), exact };
  const g = gcd(rest, denominator);
  const fraction = `${rest / g}/${denominator / g}`;
  return { text: whole === 0 ? fraction : `${whole} ${fraction}`, exact };
}

/** A piece dimension: centimetres (to 0.1 mm) in metric, inches with fractions to 1/64 in imperial. */
export function formatSize(t: Ticks, system: UnitSystem): string {
  if (system === 'metric') return `${decimalIn(t, 'cm', 2)} cm`;
  const f = fractionIn(t, 'in', 64);
  return `${f.exact ? '' : '≈'}${f.text} in`;
}

/** An amount of fabric: metres in metric, yards with fractions to 1/8 in imperial (plus inches when not whole eighths). */
export function formatAmount(t: Ticks, system: UnitSystem): string {
  if (system === 'metric') return `${decimalIn(t, 'm', 4)} m`;
  const yd = fractionIn(t, 'yd', 8);
  return yd.exact ? `${yd.text} yd` : `${formatSize(t, 'imperial')} (≈${decimalIn(t, 'yd', 2)} yd)`;
}

/** A length as the API and `--json` show it: exact millimetres, inches, and text in the chosen system. */
export interface LengthJson {
  mm: number;
  in: number;
  text: string;
}

export const lengthJson = (t: Ticks, system: UnitSystem, amount = false): LengthJson => ({
  mm: t / ticksPer.mm,
  in: Number((t / ticksPer.in).toFixed(6)),
  text: amount ? formatAmount(t, system) : formatSize(t, system),
});
