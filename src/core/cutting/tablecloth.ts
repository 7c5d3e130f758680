import { z } from 'zod';
import { planFabric, type CuttingList, type Figure } from './cutting-list.js';
import { commonFields, InputReader, lengthInput, parseShape } from './input-reader.js';
import { formatSize } from './length.js';
import { panelPieces } from './panel-pieces.js';

export const tableclothInputSchema = z.strictObject({
  ...commonFields,
  shape: z.enum(['rectangle', 'round']).describe('A rectangular (or square) or a round table'),
  tableLength: lengthInput.optional().describe('Rectangle: the long side of the table top'),
  tableWidth: lengthInput.optional().describe('Rectangle: the short side of the table top'),
  tableDiameter: lengthInput.optional().describe('Round: the diameter of the table top'),
  drop: lengthInput.describe('How far the cloth hangs down from the table edge'),
  hem: lengthInput.optional().describe('Hem allowance at each edge (default 0)'),
  seamAllowance: lengthInput.optional().describe('Seam allowance at each edge of a join, when the fabric is too narrow (default 0)'),
});
export type TableclothInput = z.input<typeof tableclothInputSchema>;

/**
 * Tablecloths.
 *   rectangle: cut = (table length + 2 × drop + 2 × hem) × (table width + 2 × drop + 2 × hem)
 *   round:     cut a square of side D = table diameter + 2 × drop + 2 × hem, then a circle of diameter D
 * The table's length runs along the roll; a cloth wider than the fabric gets full widths in the
 * centre and two equal side strips (see panel-pieces.ts).
 */
export function calculateTablecloth(input: unknown): CuttingList {
  const raw = parseShape(tableclothInputSchema, input, 'tablecloth');
  const r = new InputReader(raw);
  const round = raw.shape === 'round';
  if (round) {
    r.check(raw.tableDiameter !== undefined, 'tableDiameter', 'is required for a round table');
    r.check(raw.tableLength === undefined && raw.tableWidth === undefined, 'tableLength', 'a round table takes tableDiameter only');
  } else {
    r.check(raw.tableLength !== undefined, 'tableLength', 'is required for a rectangular table');
    r.check(raw.tableWidth !== undefined, 'tableWidth', 'is required for a rectangular table');
    r.check(raw.tableDiameter === undefined, 'tableDiameter', 'is for round tables; give tableLength and tableWidth');
  }
  r.finish('tablecloth');
  const tableLength = r.positive(round ? 'tableDiameter' : 'tableLength', (round ? raw.tableDiameter : raw.tableLength) ?? 0);
  const tableWidth = round ? tableLength : r.positive('tableWidth', raw.tableWidth ?? 0);
  const drop = r.allowance('drop', raw.drop);
  const hem = r.allowance('hem', raw.hem);
  const seam = r.allowance('seamAllowance', raw.seamAllowance);
  const rollWidth = r.positive('fabricWidth', raw.fabricWidth);
  const usable = raw.usableWidth === undefined ? rollWidth : r.positive('usableWidth', raw.usableWidth);
  const repeat = r.optionalPositive('patternRepeat', raw.patternRepeat);
  r.finish('tablecloth');
  const s = r.system;
  r.check(usable <= rollWidth, 'usableWidth', `is wider than the fabric (${formatSize(rollWidth, s)})`);
  r.check(usable > 2 * seam, 'seamAllowance', `two seam allowances (${formatSize(2 * seam, s)}) take the whole usable width (${formatSize(usable, s)})`);
  r.finish('tablecloth');

  const along = tableLength + 2 * drop + 2 * hem;
  const across = tableWidth + 2 * drop + 2 * hem;
  const figures: Figure[] = round
    ? [{ key: 'diameter', label: 'Cut diameter (table + 2 × drop + 2 × hem)', length: along }]
    : [
        { key: 'cutLength', label: 'Cut length (table length + 2 × drop + 2 × hem)', length: along },
        { key: 'cutWidth', label: 'Cut width (table width + 2 × drop + 2 × hem)', length: across },
      ];
  const panel = panelPieces({ name: 'Tablecloth', across, along, usable, seam, repeat, system: s });
  const notes = [...panel.notes];
  if (round) notes.push(`Sew the square first, fold it in four and cut a circle of radius ${formatSize(Math.ceil(along / 2), s)} from the folded corner.`);
  return {
    kind: 'tablecloth',
    system: s,
    round: r.round,
    figures: [...figures, ...panel.figures],
    fabrics: [planFabric({ fabric: 'main', rollWidth, usableWidth: usable, patternRepeat: repeat, round: r.round, pieces: panel.pieces })],
    notes,
  };
}
