import { z } from 'zod';
import { planFabric, type CuttingList } from './cutting-list.js';
import { commonFields, InputReader, lengthInput, parseShape } from './input-reader.js';
import { formatSize } from './length.js';
import { ceilDiv, roundUpTo } from './rounding.js';

export const cushionInputSchema = z.strictObject({
  ...commonFields,
  width: lengthInput.describe('Width of the cushion pad'),
  height: lengthInput.describe('Height of the cushion pad (the envelope opening runs across it)'),
  seamAllowance: lengthInput.optional().describe('Seam allowance on each edge (default 0)'),
  overlap: lengthInput.describe('How far the two finished back pieces overlap'),
  openingHem: lengthInput.optional().describe('Turned in on the opening edge of each back piece (default 0)'),
  covers: z.number().int().min(1).max(100).optional().describe('How many covers (default 1)'),
});
export type CushionInput = z.input<typeof cushionInputSchema>;

/**
 * Envelope cushion covers.
 *   front     = (width + 2 × seam) × (height + 2 × seam)
 *   each back = (width + 2 × seam) × ((height + 2 × seam + overlap) ÷ 2 + opening hem), two per cover
 * With a pattern repeat, every piece is cut to whole repeats so a motif can sit in the same place.
 */
export function calculateCushion(input: unknown): CuttingList {
  const raw = parseShape(cushionInputSchema, input, 'cushion');
  const r = new InputReader(raw);
  const width = r.positive('width', raw.width);
  const height = r.positive('height', raw.height);
  const seam = r.allowance('seamAllowance', raw.seamAllowance);
  const overlap = r.positive('overlap', raw.overlap);
  const hem = r.allowance('openingHem', raw.openingHem);
  const rollWidth = r.positive('fabricWidth', raw.fabricWidth);
  const usable = raw.usableWidth === undefined ? rollWidth : r.positive('usableWidth', raw.usableWidth);
  const repeat = r.optionalPositive('patternRepeat', raw.patternRepeat);
  const covers = raw.covers ?? 1;
  r.finish('cushion');
  const s = r.system;
  const cutWidth = width + 2 * seam;
  const frontLength = height + 2 * seam;
  r.check(usable <= rollWidth, 'usableWidth', `is wider than the fabric (${formatSize(rollWidth, s)})`);
  r.check(cutWidth <= usable, 'width', `the cover is cut ${formatSize(cutWidth, s)} wide, more than the usable fabric width (${formatSize(usable, s)}); use wider fabric`);
  r.check(overlap < frontLength, 'overlap', `must be less than the cover's height (${formatSize(frontLength, s)}), or each back would cover it all`);
  r.finish('cushion');

  const backLength = ceilDiv(frontLength + overlap, 2) + hem;
  const cut = (t: number) => (repeat === null ? t : roundUpTo(t, repeat));
  const trim = (t: number) => (cut(t) > t ? `trim to ${formatSize(t, s)} with the motif placed` : undefined);
  return {
    kind: 'cushion',
    system: s,
    round: r.round,
    figures: [
      { key: 'front', label: 'Front (pad + 2 × seam allowance), each way', length: cutWidth },
      { key: 'frontLength', label: 'Front length', length: frontLength },
      { key: 'backLength', label: 'Each back: (front length + overlap) ÷ 2 + opening hem', length: backLength },
    ],
    fabrics: [
      planFabric({
        fabric: 'main',
        rollWidth,
        usableWidth: usable,
        patternRepeat: repeat,
        round: r.round,
        pieces: [
          { name: 'Front', across: cutWidth, along: cut(frontLength), count: covers, note: trim(frontLength) },
          { name: 'Back', across: cutWidth, along: cut(backLength), count: 2 * covers, note: trim(backLength) },
        ],
      }),
    ],
    notes: [`Hem the opening edge of each back piece, then lay the backs on the front so they overlap by ${formatSize(overlap, s)}.`],
  };
}
