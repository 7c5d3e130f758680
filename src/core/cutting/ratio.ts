/**
 * A fullness ratio (2, 2.25, 2½) held as an exact fraction, so `track × fullness` is exact in ticks.
 */
export interface Ratio {
  num: number;
  den: number;
}

export type ParsedRatio = { ok: true; ratio: Ratio } | { ok: false; message: string };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Reads `2`, `2.25`, `2½`, `2 1/2` or `9/4` (up to three decimal places). */
export function parseRatio(input: number | string): ParsedRatio {
  const text = (typeof input === 'number' ? String(input) : input.trim()).replace('½', ' 1/2').replace('¼', ' 1/4').replace('¾', ' 3/4').trim();
  const m = /^(?:(\d+)(?:\.(\d{1,3}))?)?(?:(?:^|\s+)(\d+)\/(\d+))?$/.exec(text);
  if (!m || (m[1] === undefined && m[3] === undefined)) {
    return { ok: false, message: `'${String(input)}' is not a ratio; write e.g. 2, 2.5, 2 1/2 (up to three decimal places)` };
  }
  const [, whole = '0', decimals = '', fn, fd] = m;
  let den = 10 ** decimals.length;
  let num = Number(whole) * den + Number(decimals === '' ? '0' : decimals);
  if (fn !== undefined && fd !== undefined) {
    const d = Number(fd);
    if (d === 0) return { ok: false, message: `'${String(input)}' divides by zero` };
    num = num * d + Number(fn) * den;
    den *= d;
  }
  if (!Number.isSafeInteger(num) || num > 20 * den) return { ok: false, message: `'${String(input)}' is too large; a fullness above 20 is not a curtain` };
  const g = gcd(num, den) || 1;
  return { ok: true, ratio: { num: num / g, den: den / g } };
}

export const ratioText = (r: Ratio): string => (r.den === 1 ? String(r.num) : String(Number((r.num / r.den).toFixed(4))));
