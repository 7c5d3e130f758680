import { z } from 'zod';
import { planFabric, type CuttingList, type Figure } from './cutting-list.js';
import { commonFields, InputReader, lengthInput, parseShape } from './input-reader.js';
import { formatSize } from './length.js';
import { panelPieces } from './panel-pieces.js';
import { roundUpTo } from './rounding.js';

export const romanBlindInputSchema = z.strictObject({
  ...commonFields,
  width: lengthInput.describe('Finished width of the blind'),
  length: lengthInput.describe('Finished drop of the blind'),
  sideHems: lengthInput.optional().describe('Allowance at each side (default 0)'),
  topAllowance: lengthInput.optional().describe('Added at the top, to fix to the batten or headrail (default 0)'),
  bottomHem: lengthInput.optional().describe('Added at the bottom, for the hem and weight bar (default 0)'),
  rods: z.number().int().min(0).max(50).optional().describe('Rods sewn in pockets of the face fabric (default 0)'),
  rodAllowance: lengthInput.optional().describe('Fabric each rod pocket takes (default 0)'),
  seamAllowance: lengthInput.optional().describe('Seam allowance at each edge of a join, when the fabric is too narrow (default 0)'),
});
export type RomanBlindInput = z.input<typeof romanBlindInputSchema>;

/**
 * Roman blinds.
 *   cut width  = finished width + 2 × side hem
 *   cut length = finished length + top allowance + bottom hem + rods × rod pocket allowance
 * With a pattern repeat the cut length rounds up to whole repeats (so the motif can be placed);
 * a blind wider than the fabric is joined like a tablecloth (panel-pieces.ts).
 */
export function calculateRomanBlind(input: unknown): CuttingList {
  const raw = parseShape(romanBlindInputSchema, input, 'roman blind');
  const r = new InputReader(raw);
  const width = r.positive('width', raw.width);
  const length = r.positive('length', raw.length);
  const sideHems = r.allowance('sideHems', raw.sideHems);
  const top = r.allowance('topAllowance', raw.topAllowance);
  const bottom = r.allowance('bottomHem', raw.bottomHem);
  const rods = raw.rods ?? 0;
  const rodAllowance = r.allowance('rodAllowance', raw.rodAllowance);
  const seam = r.allowance('seamAllowance', raw.seamAllowance);
  const rollWidth = r.positive('fabricWidth', raw.fabricWidth);
  const usable = raw.usableWidth === undefined ? rollWidth : r.positive('usableWidth', raw.usableWidth);
  const repeat = r.optionalPositive('patternRepeat', raw.patternRepeat);
  r.finish('roman blind');
  const s = r.system;
  r.check(usable <= rollWidth, 'usableWidth', `is wider than the fabric (${formatSize(rollWidth, s)})`);
  r.check(usable > 2 * seam, 'seamAllowance', `two seam allowances (${formatSize(2 * seam, s)}) take the whole usable width (${formatSize(usable, s)})`);
  r.check(rodAllowance === 0 || rods > 0, 'rods', 'give the number of rods the rod allowance is for');
  r.finish('roman blind');

  const cutWidth = width + 2 * sideHems;
  const cutLength = length + top + bottom + rods * rodAllowance;
  const along = repeat === null ? cutLength : roundUpTo(cutLength, repeat);
  const figures: Figure[] = [
    { key: 'cutWidth', label: 'Cut width (finished width + 2 × side hem)', length: cutWidth },
    { key: 'cutLengthPlain', label: 'Cut length (finished + top + bottom hem + rods × rod allowance)', length: cutLength },
  ];
  if (repeat !== null) figures.push({ key: 'cutLength', label: 'Cut length in whole repeats', length: along });
  const panel = panelPieces({ name: 'Blind', across: cutWidth, along, usable, seam, repeat: null, system: s });
  const pieces = panel.pieces.map((p) => (along > cutLength ? { ...p, note: `trim to ${formatSize(cutLength, s)} with the motif placed` } : p));
  return {
    kind: 'roman-blind',
    system: s,
    round: r.round,
    figures: [...figures, ...panel.figures.filter((f) => f.key !== 'cutLength')],
    fabrics: [planFabric({ fabric: 'main', rollWidth, usableWidth: usable, patternRepeat: repeat, round: r.round, pieces })],
    notes: panel.notes,
  };
}
