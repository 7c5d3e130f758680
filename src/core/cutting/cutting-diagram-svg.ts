import type { CuttingList, FabricPlan } from './cutting-list.js';
import { formatAmount, formatSize, type Ticks, type UnitSystem } from './length.js';

/** Text safe inside XML elements and attribute values. */
export const xmlEscape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const kindTitle = { curtains: 'curtains', tablecloth: 'tablecloth', cushion: 'envelope cushion cover', 'roman-blind': 'roman blind' } as const;

const COLUMN = 260; // px the widest roll is drawn at
const MARGIN = 48;
const HEAD = 56;
const GAP = 96;
const MAX_REPEAT_LINES = 400;
const px = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * The cutting diagram: each fabric as a strip of roll (cut end at the top), its usable width, every
 * piece as a labelled rectangle with its size, dashed lines at each pattern repeat, and where the
 * used length and the length to buy end. Self-contained SVG with a title and description for
 * screen readers; no scripts, no external references.
 */
export function cuttingDiagramSvg(list: CuttingList): string {
  const s = list.system;
  const widest = Math.max(...list.fabrics.map((f) => f.rollWidth));
  const scale = COLUMN / widest;
  const columns = list.fabrics.map((f) => ({ f, w: f.rollWidth * scale, h: Math.max(f.toBuy, f.length) * scale }));
  const width = MARGIN * 2 + columns.reduce((sum, c) => sum + c.w, 0) + GAP * (columns.length - 1) + 60;
  const height = HEAD + MARGIN + Math.max(...columns.map((c) => c.h)) + 40;
  const title = `Cutting diagram: ${kindTitle[list.kind]}`;
  const desc = list.fabrics
    .map((f) => `${f.fabric === 'main' ? 'Fabric' : 'Lining'} ${formatSize(f.rollWidth, s)} wide: ${f.pieces.map((p) => `${p.count} × ${p.name} ${formatSize(p.across, s)} by ${formatSize(p.along, s)}`).join('; ')}; uses ${formatAmount(f.length, s)}, buy ${formatAmount(f.toBuy, s)}.`)
    .join(' ');
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="cut-title cut-desc" font-family="sans-serif" font-size="11">`,
    `<title id="cut-title">${xmlEscape(title)}</title>`,
    `<desc id="cut-desc">${xmlEscape(desc)}</desc>`,
    '<rect width="100%" height="100%" fill="#ffffff"/>',
  ];
  let left = MARGIN;
  for (const c of columns) {
    out.push(...fabricColumn(c.f, left, scale, s));
    left += c.w + GAP;
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function fabricColumn(f: FabricPlan, left: number, scale: number, s: UnitSystem): string[] {
  const top = HEAD;
  const w = f.rollWidth * scale;
  const inset = ((f.rollWidth - f.usableWidth) / 2) * scale;
  const y = (t: Ticks): number => top + t * scale;
  const name = f.fabric === 'main' ? 'Fabric' : 'Lining';
  const heading = `${name}: ${formatSize(f.rollWidth, s)} wide${f.railroaded ? ' (railroaded)' : ''}`;
  const out: string[] = [
    `<g class="fabric" aria-label="${xmlEscape(heading)}">`,
    `<text x="${px(left)}" y="${px(top - 30)}" font-size="13" font-weight="bold">${xmlEscape(heading)}</text>`,
    // The width of the roll, as a dimension line above it.
    `<line x1="${px(left)}" y1="${px(top - 12)}" x2="${px(left + w)}" y2="${px(top - 12)}" stroke="#333333"/>`,
    `<text x="${px(left + w / 2)}" y="${px(top - 16)}" text-anchor="middle">${xmlEscape(formatSize(f.rollWidth, s))}</text>`,
    `<rect class="roll" x="${px(left)}" y="${px(top)}" width="${px(w)}" height="${px(Math.max(f.toBuy, f.length) * scale)}" fill="#f4f1ea" stroke="#8a8070"/>`,
  ];
  if (inset > 0) out.push(`<rect class="usable" x="${px(left + inset)}" y="${px(top)}" width="${px(f.usableWidth * scale)}" height="${px(f.length * scale)}" fill="none" stroke="#b8ae9c" stroke-dasharray="2 2"/>`);
  if (f.patternRepeat !== null && !f.railroaded && f.patternRepeat > 0 && f.length / f.patternRepeat <= MAX_REPEAT_LINES) {
    for (let t = f.patternRepeat; t < f.length; t += f.patternRepeat) {
      out.push(`<line class="repeat" x1="${px(left)}" y1="${px(y(t))}" x2="${px(left + w)}" y2="${px(y(t))}" stroke="#c05050" stroke-dasharray="4 3" stroke-width="0.8"/>`);
    }
  }
  for (const p of f.placements) {
    const piece = f.pieces[p.piece];
    const size = `${formatSize(p.across, s)} × ${formatSize(p.along, s)}`;
    const x = left + inset + p.x * scale;
    const pw = p.across * scale;
    const ph = p.along * scale;
    const cx = x + pw / 2;
    const cy = y(p.y) + ph / 2;
    out.push(
      `<g class="piece">`,
      `<title>${xmlEscape(`${p.label}: ${size}${piece?.note ? ` (${piece.note})` : ''}`)}</title>`,
      `<rect x="${px(x)}" y="${px(y(p.y))}" width="${px(pw)}" height="${px(ph)}" fill="#dbe8f5" fill-opacity="0.85" stroke="#1f4e79" stroke-width="1.2"/>`,
      ...pieceLabels(p.label, size, cx, cy, pw, ph),
      '</g>',
    );
  }
  // Where the layout ends, and where the length to buy ends.
  out.push(
    `<line x1="${px(left - 6)}" y1="${px(y(f.length))}" x2="${px(left + w + 6)}" y2="${px(y(f.length))}" stroke="#1f4e79" stroke-width="1.5"/>`,
    `<text x="${px(left + w + 8)}" y="${px(y(f.length) + 4)}">${xmlEscape(`used ${formatAmount(f.length, s)}`)}</text>`,
  );
  if (f.toBuy > f.length) {
    out.push(
      `<line x1="${px(left - 6)}" y1="${px(y(f.toBuy))}" x2="${px(left + w + 6)}" y2="${px(y(f.toBuy))}" stroke="#333333" stroke-dasharray="6 3"/>`,
    );
  }
  // The length to buy is labelled where it ends, but never on top of the "used" label.
  out.push(`<text x="${px(left + w + 8)}" y="${px(Math.max(y(f.toBuy) + 4, y(f.length) + 18))}">${xmlEscape(`buy ${formatAmount(f.toBuy, s)}`)}</text>`);
  out.push('</g>');
  return out;
}

/** Name and size at the centre of a piece; turned upright when the piece is too narrow to hold them across. */
function pieceLabels(label: string, size: string, cx: number, cy: number, pw: number, ph: number): string[] {
  const needed = Math.max(label.length, size.length) * 6.2;
  const upright = pw < needed && ph > pw;
  const turn = upright ? ` transform="rotate(-90 ${px(cx)} ${px(cy)})"` : '';
  return [
    `<text x="${px(cx)}" y="${px(cy - 2)}" text-anchor="middle" font-weight="bold"${turn}>${xmlEscape(label)}</text>`,
    `<text x="${px(cx)}" y="${px(cy + 12)}" text-anchor="middle"${turn}>${xmlEscape(size)}</text>`,
  ];
}
