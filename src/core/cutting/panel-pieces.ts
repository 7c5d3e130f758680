import type { PieceSpec } from './cutting-layout.js';
import type { Figure } from './cutting-list.js';
import { splitPanel } from './fabric-widths.js';
import { formatSize, type Ticks, type UnitSystem } from './length.js';
import { roundUpTo } from './rounding.js';

/**
 * The pieces of one flat panel (a tablecloth, a blind) `across` × `along`: one piece when the fabric
 * is wide enough, otherwise full widths in the centre and two equal side strips, all cut to the same
 * length — whole pattern repeats when there is a repeat, so the joins match.
 */
export function panelPieces(args: { name: string; across: Ticks; along: Ticks; usable: Ticks; seam: Ticks; repeat: Ticks | null; system: UnitSystem }): {
  pieces: PieceSpec[];
  figures: Figure[];
  notes: string[];
} {
  const { name, across, along, usable, seam, repeat, system } = args;
  const split = splitPanel(across, usable, seam);
  const joined = split.sideStrip > 0;
  // A single piece needs no matching; joined lengths start at the same point of the pattern.
  const length = repeat !== null && joined ? roundUpTo(along, repeat) : along;
  const trim = length > along ? `trim to ${formatSize(along, system)} after matching` : undefined;
  const figures: Figure[] = [{ key: 'widths', label: 'Fabric widths (rounded up)', number: split.widths }];
  const notes: string[] = [];
  if (!joined) return { pieces: [{ name, across, along, count: 1 }], figures, notes };
  figures.push({ key: 'sideStrip', label: 'Each side strip (cut two from one width)', length: split.sideStrip });
  if (length > along) figures.push({ key: 'cutLength', label: 'Cut length in whole repeats', length });
  notes.push(
    `The fabric is narrower than the ${name.toLowerCase()}: ${split.centreWidths === 1 ? 'a full width goes' : `${split.centreWidths} full widths go`} in the centre and two equal strips at the sides, so no seam runs down the middle.`,
  );
  if (seam > 0) notes.push(`Each join takes ${formatSize(seam, system)} from both pieces it joins.`);
  return {
    pieces: [
      { name: `${name} centre`, across: usable, along: length, count: split.centreWidths, note: trim },
      { name: `${name} side strip`, across: split.sideStrip, along: length, count: 2, note: trim },
    ],
    figures,
    notes,
  };
}
