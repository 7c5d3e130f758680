import { z } from 'zod';
import { planFabric, type CuttingList, type FabricPlan, type Figure } from './cutting-list.js';
import type { PieceSpec } from './cutting-layout.js';
import { widthsToCover } from './fabric-widths.js';
import { commonFields, InputReader, lengthInput, parseShape } from './input-reader.js';
import { formatSize, type Ticks } from './length.js';
import { ratioText } from './ratio.js';
import { ceilDiv, roundUpTo } from './rounding.js';

export const curtainsInputSchema = z.strictObject({
  ...commonFields,
  trackWidth: lengthInput.describe('Length of the track or rod the curtains cover'),
  fullness: z.union([z.number(), z.string().max(20)]).describe('Fullness ratio: flat fabric width ÷ track width (2, 2.25, 2 1/2)'),
  curtains: z.union([z.literal(1), z.literal(2)]).optional().describe('1 for a single curtain, 2 for a pair (default 2)'),
  returns: lengthInput.optional().describe('Depth of each return, the turn to the wall at both ends of the track (default 0)'),
  overlap: lengthInput.optional().describe('Of a pair: how far each leading edge overlaps at the centre (default 0)'),
  sideHems: lengthInput.optional().describe('Allowance at each side edge of each curtain (default 0)'),
  widthAllowance: lengthInput.optional().describe('Any other extra width, added once (default 0)'),
  finishedLength: lengthInput.describe('Finished drop of the curtain'),
  headingAllowance: lengthInput.optional().describe('Added at the top for the heading (default 0)'),
  hemAllowance: lengthInput.optional().describe('Added at the bottom for the hem (default 0)'),
  railroaded: z.boolean().optional().describe('Turn the fabric so its width becomes the drop (continuous, no joins); the fabric must be at least as wide as the cut drop'),
  wholeWidthsPerCurtain: z.boolean().optional().describe('Round the widths of each curtain of a pair up separately (no half widths); default: round the pair together'),
  lining: z
    .strictObject({
      fabricWidth: lengthInput.describe('Width of the lining on the roll'),
      usableWidth: lengthInput.optional(),
      headingAllowance: lengthInput.optional().describe('Default: the curtain\u2019s'),
      hemAllowance: lengthInput.optional().describe('Default: the curtain\u2019s'),
      railroaded: z.boolean().optional(),
    })
    .optional()
    .describe('Lining cut to back the made-up curtain fabric'),
});
export type CurtainsInput = z.input<typeof curtainsInputSchema>;

/**
 * Curtains.
 *   required width = track × fullness + 2 × return + (pair: 2 × overlap) + 2 × curtains × side hem + extra
 *   widths         = ⌈required width ÷ usable width⌉            (per curtain, if whole widths per curtain)
 *   cut drop       = finished length + heading + hem, rounded up to whole pattern repeats
 *   fabric         = widths × cut drop
 * Railroaded: one piece per curtain, cut drop across the roll, its share of the required width along it.
 * Lining backs the made-up width (widths × usable width), cut to the finished length plus its own allowances.
 */
export function calculateCurtains(input: unknown): CuttingList {
  const raw = parseShape(curtainsInputSchema, input, 'curtain');
  const r = new InputReader(raw);
  const track = r.positive('trackWidth', raw.trackWidth);
  const fullness = r.ratio('fullness', raw.fullness);
  const curtains = raw.curtains ?? 2;
  const returns = r.allowance('returns', raw.returns);
  const overlap = r.allowance('overlap', raw.overlap);
  const sideHems = r.allowance('sideHems', raw.sideHems);
  const extra = r.allowance('widthAllowance', raw.widthAllowance);
  const rollWidth = r.positive('fabricWidth', raw.fabricWidth);
  const usable = raw.usableWidth === undefined ? rollWidth : r.positive('usableWidth', raw.usableWidth);
  const finished = r.positive('finishedLength', raw.finishedLength);
  const heading = r.allowance('headingAllowance', raw.headingAllowance);
  const hem = r.allowance('hemAllowance', raw.hemAllowance);
  const repeat = r.optionalPositive('patternRepeat', raw.patternRepeat);
  const lining = raw.lining && {
    rollWidth: r.positive('lining.fabricWidth', raw.lining.fabricWidth),
    usable: raw.lining.usableWidth === undefined ? null : r.positive('lining.usableWidth', raw.lining.usableWidth),
    heading: raw.lining.headingAllowance === undefined ? heading : r.allowance('lining.headingAllowance', raw.lining.headingAllowance),
    hem: raw.lining.hemAllowance === undefined ? hem : r.allowance('lining.hemAllowance', raw.lining.hemAllowance),
    railroaded: raw.lining.railroaded ?? false,
  };
  r.finish('curtain');

  const railroaded = raw.railroaded ?? false;
  const cutDropPlain = finished + heading + hem;
  const s = r.system;
  r.check(fullness.num >= fullness.den, 'fullness', `is ${ratioText(fullness)}; below 1 the curtains would not cover the track`);
  r.check(usable <= rollWidth, 'usableWidth', `is wider than the fabric (${formatSize(rollWidth, s)}); it is what is left after trimming the selvedges`);
  if (railroaded) {
    r.check(usable >= cutDropPlain, 'fabricWidth', `railroaded fabric must be at least as wide as the cut drop (${formatSize(cutDropPlain, s)}), and it is ${formatSize(usable, s)} usable; cut it in drops instead (railroaded: false)`);
  } else {
    r.check(usable > 2 * sideHems, 'sideHems', `two side hems (${formatSize(2 * sideHems, s)}) take the whole usable width (${formatSize(usable, s)}); use a wider fabric or smaller hems`);
  }
  if (lining) {
    const lu = lining.usable ?? lining.rollWidth;
    r.check(lu <= lining.rollWidth, 'lining.usableWidth', 'is wider than the lining fabric');
    if (lining.railroaded) r.check(lu >= finished + lining.heading + lining.hem, 'lining.fabricWidth', `railroaded lining must be at least as wide as its cut drop (${formatSize(finished + lining.heading + lining.hem, s)})`);
  }
  r.finish('curtain');

  const flat = ceilDiv(track * fullness.num, fullness.den);
  const required = flat + 2 * returns + (curtains === 2 ? 2 * overlap : 0) + 2 * curtains * sideHems + extra;
  const figures: Figure[] = [
    { key: 'fullWidth', label: `Track × fullness (${ratioText(fullness)})`, length: flat },
    { key: 'requiredWidth', label: 'Required flat width (with returns, overlaps, side hems, extra)', length: required },
  ];
  const notes: string[] = [];
  const fabrics: FabricPlan[] = [];
  let madeUpWidth: Ticks;

  if (railroaded) {
    const share = ceilDiv(required, curtains);
    figures.push({ key: 'cutDrop', label: 'Cut drop (across the roll)', length: cutDropPlain }, { key: 'pieceLength', label: 'Length of each curtain (along the roll)', length: share });
    if (repeat !== null) notes.push('Railroaded: the pattern repeat runs across the window, so the cut drop is not rounded to it.');
    fabrics.push(planFabric({ fabric: 'main', rollWidth, usableWidth: usable, railroaded: true, patternRepeat: repeat, round: r.round, pieces: [{ name: 'Curtain', across: cutDropPlain, along: share, count: curtains, note: 'fabric turned: its width is the drop' }] }));
    madeUpWidth = required;
  } else {
    const perCurtain = raw.wholeWidthsPerCurtain === true;
    const widths = perCurtain ? curtains * widthsToCover(ceilDiv(required, curtains), usable) : widthsToCover(required, usable);
    const cutDrop = repeat === null ? cutDropPlain : roundUpTo(cutDropPlain, repeat);
    figures.push({ key: 'widths', label: 'Fabric widths (rounded up)', number: widths }, { key: 'cutDropPlain', label: 'Cut drop (finished + heading + hem)', length: cutDropPlain });
    if (repeat !== null) figures.push({ key: 'cutDrop', label: `Cut drop in whole repeats (${repeat === 0 ? 0 : cutDrop / repeat} × ${formatSize(repeat, s)})`, length: cutDrop });
    if (curtains === 2 && widths % 2 === 1) notes.push(`${widths} widths for a pair: cut one width in half lengthwise, so each curtain has ${widths / 2} widths.`);
    if (repeat !== null) notes.push('Start every drop at the same point of the pattern; the drops then match across the joins.');
    const piece: PieceSpec = { name: 'Drop', across: usable, along: cutDrop, count: widths, ...(repeat !== null && cutDrop > cutDropPlain ? { note: `trim to ${formatSize(cutDropPlain, s)} after matching` } : {}) };
    fabrics.push(planFabric({ fabric: 'main', rollWidth, usableWidth: usable, patternRepeat: repeat, round: r.round, pieces: [piece] }));
    madeUpWidth = widths * usable;
  }

  if (lining) {
    const lu = lining.usable ?? lining.rollWidth;
    const drop = finished + lining.heading + lining.hem;
    figures.push({ key: 'liningWidth', label: 'Width the lining backs', length: madeUpWidth }, { key: 'liningDrop', label: 'Lining cut drop', length: drop });
    let pieces: PieceSpec[];
    if (lining.railroaded) {
      pieces = [{ name: 'Lining', across: drop, along: ceilDiv(madeUpWidth, curtains), count: curtains, note: 'lining turned: its width is the drop' }];
    } else {
      const liningWidths = widthsToCover(madeUpWidth, lu);
      figures.push({ key: 'liningWidths', label: 'Lining widths (rounded up)', number: liningWidths });
      pieces = [{ name: 'Lining drop', across: lu, along: drop, count: liningWidths }];
    }
    fabrics.push(planFabric({ fabric: 'lining', rollWidth: lining.rollWidth, usableWidth: lu, railroaded: lining.railroaded, round: r.round, pieces }));
  }
  return { kind: 'curtains', system: s, round: r.round, figures, fabrics, notes };
}
