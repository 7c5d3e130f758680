import type { Ticks } from './length.js';
import { ceilDiv } from './rounding.js';

/**
 * How many fabric widths, joined side by side, cover a required width. Widths always round up.
 * Each join takes `seam` from both pieces it joins, so n widths cover n·usable − (n−1)·2·seam.
 */
export function widthsToCover(required: Ticks, usable: Ticks, seam: Ticks = 0): number {
  if (usable <= 2 * seam) throw new RangeError('the usable width must be more than two seam allowances');
  if (required <= usable) return 1;
  return ceilDiv(required - 2 * seam, usable - 2 * seam);
}

/** What one flat panel wider than the fabric is cut into. */
export interface SplitPanel {
  /** Full-width pieces down the middle. */
  centreWidths: number;
  /** Width of each of the two equal side strips, both cut from one more width (0 when not needed). */
  sideStrip: Ticks;
  /** Fabric widths used: the centre ones plus one for the two strips. */
  widths: number;
}

/**
 * A panel (tablecloth, blind) wider than the fabric: full widths in the centre and two equal strips at
 * the sides, so no seam runs down the middle. Both strips come from one width, which needs
 * n ≥ required ÷ (usable − 2·seam); each strip is (required − (n−1)·usable + 2·seam·n) ÷ 2.
 */
export function splitPanel(required: Ticks, usable: Ticks, seam: Ticks = 0): SplitPanel {
  if (usable <= 2 * seam) throw new RangeError('the usable width must be more than two seam allowances');
  if (required <= usable) return { centreWidths: 1, sideStrip: 0, widths: 1 };
  const widths = ceilDiv(required, usable - 2 * seam);
  const centreWidths = widths - 1;
  const sideStrip = ceilDiv(required - centreWidths * usable + 2 * seam * widths, 2);
  return { centreWidths, sideStrip, widths };
}

/** The width a split panel really covers once sewn (≥ the required width). */
export const splitPanelCovers = (p: SplitPanel, usable: Ticks, seam: Ticks): Ticks =>
  p.sideStrip === 0 ? usable : p.centreWidths * usable + 2 * p.sideStrip - 2 * seam * (p.centreWidths + 1);
