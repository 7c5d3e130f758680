import type { LocalizedName } from '../rulebook/schema.js';

/** "1st", "2nd", "3rd", "4th", "11th", "21st", "112th". */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * The title of the `n`th edition of a series: "4th Meeting of Cell Secretaries" and
 * "제4차 세포비서대회" (Korean numbers editions with 제…차).
 */
export function editionTitle(n: number, series: LocalizedName): LocalizedName {
  return { en: `${englishOrdinal(n)} ${series.en}`, ko: `제${n}차 ${series.ko}` };
}
