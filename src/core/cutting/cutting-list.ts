import { z } from 'zod';
import { layOut, type PieceSpec, type Placement } from './cutting-layout.js';
import { formatAmount, formatSize, lengthJson, type Ticks, type UnitSystem } from './length.js';
import { roundToStep, roundingSteps, type RoundingStep } from './rounding.js';

export const cutKinds = ['curtains', 'tablecloth', 'cushion', 'roman-blind'] as const;
export type CutKind = (typeof cutKinds)[number];

/** One named quantity of the calculation, shown so a student can follow the formula. */
export interface Figure {
  key: string;
  label: string;
  length?: Ticks;
  number?: number;
}

/** Everything cut from one fabric (the face fabric, or the lining). */
export interface FabricPlan {
  fabric: 'main' | 'lining';
  rollWidth: Ticks;
  usableWidth: Ticks;
  patternRepeat: Ticks | null;
  railroaded: boolean;
  pieces: PieceSpec[];
  placements: Placement[];
  /** Length of roll the layout uses, exactly. */
  length: Ticks;
  /** `length` rounded up to the selling step. */
  toBuy: Ticks;
}

export interface CuttingList {
  kind: CutKind;
  system: UnitSystem;
  round: RoundingStep;
  figures: Figure[];
  fabrics: FabricPlan[];
  notes: string[];
}

/** Lays the pieces out on the roll and rounds the length to the selling step. */
export function planFabric(args: {
  fabric: FabricPlan['fabric'];
  rollWidth: Ticks;
  usableWidth: Ticks;
  patternRepeat?: Ticks | null;
  railroaded?: boolean;
  pieces: PieceSpec[];
  round: RoundingStep;
}): FabricPlan {
  const { placements, length } = layOut(args.pieces, args.usableWidth);
  return {
    fabric: args.fabric,
    rollWidth: args.rollWidth,
    usableWidth: args.usableWidth,
    patternRepeat: args.patternRepeat ?? null,
    railroaded: args.railroaded ?? false,
    pieces: args.pieces,
    placements,
    length,
    toBuy: roundToStep(length, args.round),
  };
}

// ---------------------------------------------------------------------------------------------
// The JSON form (API and `--json`): every length as exact mm, inches and text.

const lengthSchema = z.object({
  mm: z.number().describe('Exact millimetres'),
  in: z.number().describe('Inches (to 6 decimal places)'),
  text: z.string().describe('As shown to a person, in the chosen unit system'),
});

export const cuttingListSchema = z
  .object({
    kind: z.enum(cutKinds),
    unitSystem: z.enum(['metric', 'imperial']),
    round: z.enum(roundingSteps),
    figures: z.array(z.object({ key: z.string(), label: z.string(), text: z.string(), length: lengthSchema.nullable(), number: z.number().nullable() })),
    fabrics: z.array(
      z.object({
        fabric: z.enum(['main', 'lining']),
        rollWidth: lengthSchema,
        usableWidth: lengthSchema,
        patternRepeat: lengthSchema.nullable(),
        railroaded: z.boolean().describe('Turned so the roll runs across the window: the fabric width becomes the drop'),
        pieces: z.array(z.object({ name: z.string(), across: lengthSchema.describe('Across the roll, selvedge to selvedge'), along: lengthSchema.describe('Along the roll'), count: z.number().int(), note: z.string().nullable() })),
        layout: z.array(z.object({ label: z.string(), x: lengthSchema.describe('From the left edge of the usable width'), y: lengthSchema.describe('From the cut end'), across: lengthSchema, along: lengthSchema })),
        length: lengthSchema.describe('Length of roll the layout uses, exactly'),
        toBuy: lengthSchema.describe('The length rounded up to the selling step'),
      }),
    ),
    notes: z.array(z.string()),
  })
  .describe('A cutting list: the pieces, their sizes and counts, and the fabric to buy');

export type CuttingListJson = z.infer<typeof cuttingListSchema>;

export function cuttingListJson(list: CuttingList): CuttingListJson {
  const s = list.system;
  const L = (t: Ticks) => lengthJson(t, s);
  return {
    kind: list.kind,
    unitSystem: s,
    round: list.round,
    figures: list.figures.map((f) => ({ key: f.key, label: f.label, text: figureText(f, s), length: f.length === undefined ? null : L(f.length), number: f.number ?? null })),
    fabrics: list.fabrics.map((f) => ({
      fabric: f.fabric,
      rollWidth: L(f.rollWidth),
      usableWidth: L(f.usableWidth),
      patternRepeat: f.patternRepeat === null ? null : L(f.patternRepeat),
      railroaded: f.railroaded,
      pieces: f.pieces.map((p) => ({ name: p.name, across: L(p.across), along: L(p.along), count: p.count, note: p.note ?? null })),
      layout: f.placements.map((p) => ({ label: p.label, x: L(p.x), y: L(p.y), across: L(p.across), along: L(p.along) })),
      length: lengthJson(f.length, s, true),
      toBuy: lengthJson(f.toBuy, s, true),
    })),
    notes: list.notes,
  };
}

export const figureText = (f: Figure, system: UnitSystem): string => (f.length !== undefined ? formatSize(f.length, system) : String(f.number ?? ''));

/** The cutting list as plain text, for the terminal. */
export function cuttingListText(list: CuttingList): string {
  const s = list.system;
  const lines: string[] = [];
  const title = { curtains: 'Curtains', tablecloth: 'Tablecloth', cushion: 'Envelope cushion cover', 'roman-blind': 'Roman blind' }[list.kind];
  lines.push(`${title} — cutting list`, '');
  for (const f of list.figures) lines.push(`  ${f.label}: ${figureText(f, s)}`);
  for (const f of list.fabrics) {
    const name = f.fabric === 'main' ? 'Fabric' : 'Lining';
    lines.push('', `${name} ${formatSize(f.rollWidth, s)} wide${f.usableWidth !== f.rollWidth ? ` (${formatSize(f.usableWidth, s)} usable)` : ''}${f.railroaded ? ', railroaded' : ''}${f.patternRepeat !== null ? `, pattern repeat ${formatSize(f.patternRepeat, s)}` : ''}:`);
    for (const p of f.pieces) lines.push(`  ${p.count} × ${p.name}: ${formatSize(p.across, s)} across × ${formatSize(p.along, s)} along${p.note ? ` — ${p.note}` : ''}`);
    lines.push(`  Length used: ${formatAmount(f.length, s)}`, `  To buy (rounded up to ${list.round}): ${formatAmount(f.toBuy, s)}`);
  }
  if (list.notes.length > 0) lines.push('', 'Notes:', ...list.notes.map((n) => `  - ${n}`));
  return `${lines.join('\n')}\n`;
}
