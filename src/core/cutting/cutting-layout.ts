import type { Ticks } from './length.js';

/** A piece to cut: `across` runs across the roll (selvedge to selvedge), `along` down its length. */
export interface PieceSpec {
  name: string;
  across: Ticks;
  along: Ticks;
  count: number;
  note?: string | undefined;
}

/** Where one piece lies on the roll: x across from the left selvedge, y along from the cut end. */
export interface Placement {
  piece: number;
  label: string;
  x: Ticks;
  y: Ticks;
  across: Ticks;
  along: Ticks;
}

interface Segment {
  x: Ticks;
  width: Ticks;
  top: Ticks;
}

/**
 * Lays pieces on a roll `usable` wide, never turning them (the grain and the pattern run along the
 * roll), by the skyline bottom-left rule: biggest first, each as near the cut end as it fits, then
 * as far left. Full-width pieces simply stack; small pieces (cushion backs, tablecloth side strips)
 * share a row. Returns the placements and the length of roll used.
 */
export function layOut(pieces: readonly PieceSpec[], usable: Ticks): { placements: Placement[]; length: Ticks } {
  const items = pieces.flatMap((p, piece) => Array.from({ length: p.count }, (_, i) => ({ piece, label: p.count > 1 ? `${p.name} ${i + 1}` : p.name, across: p.across, along: p.along })));
  const order = items.map((_, i) => i).sort((a, b) => {
    const A = items[a];
    const B = items[b];
    if (!A || !B) return 0;
    return B.along - A.along || B.across - A.across || a - b;
  });
  let skyline: Segment[] = [{ x: 0, width: usable, top: 0 }];
  const placements: Placement[] = [];
  for (const index of order) {
    const item = items[index];
    if (!item) continue;
    if (item.across > usable) throw new RangeError(`${item.label} is wider than the fabric`);
    let best: { x: Ticks; y: Ticks } | null = null;
    for (const seg of skyline) {
      const x = seg.x;
      if (x + item.across > usable) break;
      const y = Math.max(...skyline.filter((s) => s.x < x + item.across && s.x + s.width > x).map((s) => s.top));
      if (best === null || y < best.y) best = { x, y };
    }
    if (best === null) throw new RangeError(`${item.label} does not fit`);
    placements.push({ piece: item.piece, label: item.label, x: best.x, y: best.y, across: item.across, along: item.along });
    skyline = raise(skyline, best.x, item.across, best.y + item.along);
  }
  placements.sort((a, b) => a.y - b.y || a.x - b.x);
  return { placements, length: Math.max(0, ...skyline.map((s) => s.top)) };
}

/** The skyline with [x, x+width) lifted to `top`, neighbours of equal height merged. */
function raise(skyline: Segment[], x: Ticks, width: Ticks, top: Ticks): Segment[] {
  const end = x + width;
  const out: Segment[] = [];
  for (const s of skyline) {
    const sEnd = s.x + s.width;
    if (sEnd <= x || s.x >= end) {
      out.push(s);
      continue;
    }
    if (s.x < x) out.push({ x: s.x, width: x - s.x, top: s.top });
    if (sEnd > end) out.push({ x: end, width: sEnd - end, top: s.top });
  }
  out.push({ x, width, top });
  out.sort((a, b) => a.x - b.x);
  const merged: Segment[] = [];
  for (const s of out) {
    const last = merged.at(-1);
    if (last && last.top === s.top && last.x + last.width === s.x) last.width += s.width;
    else merged.push({ ...s });
  }
  return merged;
}
