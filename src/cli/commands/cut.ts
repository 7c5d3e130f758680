import { Option, type Command } from 'commander';
import { writeFileSync } from 'node:fs';
import { calculateCurtains } from '../../core/cutting/curtains.js';
import { calculateCushion } from '../../core/cutting/cushion.js';
import { cuttingDiagramSvg } from '../../core/cutting/cutting-diagram-svg.js';
import { cuttingListJson, cuttingListText, type CuttingList } from '../../core/cutting/cutting-list.js';
import { lengthUnits } from '../../core/cutting/length.js';
import { calculateRomanBlind } from '../../core/cutting/roman-blind.js';
import { roundingSteps } from '../../core/cutting/rounding.js';
import { calculateTablecloth } from '../../core/cutting/tablecloth.js';
import { AppError } from '../../core/errors.js';
import type { CliRuntime } from '../runtime.js';

/** Options every `cut` command takes. */
interface CommonOptions {
  unit?: string;
  round?: string;
  fabricWidth: string;
  usableWidth?: string;
  repeat?: string;
  svg?: string;
  json?: boolean;
}

const lengthsHelp = `
Lengths are numbers in --unit (default cm), or carry their own unit: 140cm, 1.4m, 54in, 54 1/2in, 54½in, 2 1/8yd.
Metric units (mm, cm, m) show sizes in cm and amounts in m; imperial (in, yd) in inches and yards.
Every rounding goes up: whole fabric widths, whole pattern repeats, then the total to the --round step.
The formulas, with worked examples and their sources, are in docs/cutting.md.`;

/** The calculator's field names as the options a person typed, so an error points at the right flag. */
const optionOf: Record<string, string> = {
  unit: '--unit',
  round: '--round',
  fabricWidth: '--fabric-width',
  usableWidth: '--usable-width',
  patternRepeat: '--repeat',
  trackWidth: '--track',
  fullness: '--fullness',
  curtains: '--single',
  returns: '--returns',
  overlap: '--overlap',
  sideHems: '--side-hems',
  widthAllowance: '--extra-width',
  finishedLength: '--length',
  headingAllowance: '--heading',
  hemAllowance: '--hem',
  'lining.fabricWidth': '--lining-width',
  'lining.usableWidth': '--lining-usable-width',
  'lining.headingAllowance': '--lining-heading',
  'lining.hemAllowance': '--lining-hem',
  shape: '--length and --width, or --diameter',
  tableLength: '--length',
  tableWidth: '--width',
  tableDiameter: '--diameter',
  drop: '--drop',
  hem: '--hem',
  seamAllowance: '--seam',
  width: '--width',
  height: '--height',
  openingHem: '--opening-hem',
  covers: '--covers',
  length: '--length',
  topAllowance: '--top',
  bottomHem: '--bottom-hem',
  rods: '--rods',
  rodAllowance: '--rod-allowance',
};

const withCommonOptions = (cmd: Command): Command =>
  cmd
    .requiredOption('--fabric-width <length>', 'width of the fabric on the roll')
    .option('--usable-width <length>', 'width left once the selvedges are trimmed (default: the fabric width)')
    .option('--repeat <length>', 'vertical pattern repeat')
    .addOption(new Option('--unit <unit>', 'unit of bare numbers, and metric or imperial results (default cm)').choices([...lengthUnits]))
    .addOption(new Option('--round <step>', 'selling step the total rounds up to (default 10cm metric, 1/8yd imperial)').choices([...roundingSteps]))
    .option('--svg <file>', 'also write the cutting diagram (SVG) to this file')
    .option('--json', 'print the cutting list as JSON')
    .addHelpText('after', lengthsHelp);

/** Drops options that were not given, so the calculator's defaults apply. */
const defined = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const common = (o: CommonOptions) => defined({ unit: o.unit, round: o.round, fabricWidth: o.fabricWidth, usableWidth: o.usableWidth, patternRepeat: o.repeat });

/** A whole number option (`field` names it in the calculator's terms, for the error). */
function count(field: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new AppError('validation_failed', 'The measurements are not valid', { problems: [{ path: field, message: `'${value}' is not a whole number` }] });
  return Number(value);
}

export function registerCutCommands(program: Command, rt: CliRuntime): void {
  const { io } = rt;
  const cut = program
    .command('cut')
    .description('fabric cutting calculator: a cutting list and diagram for curtains, tablecloths, cushions and roman blinds (no database needed)')
    .addHelpText('after', lengthsHelp);

  const run = (o: CommonOptions, calculate: () => CuttingList): void => {
    let list: CuttingList;
    try {
      list = calculate();
    } catch (e) {
      if (e instanceof AppError) {
        throw new AppError(e.code, e.message, { problems: e.problems.map((p) => ({ ...p, path: optionOf[p.path] ?? p.path })), hint: e.hint });
      }
      throw e;
    }
    if (o.svg !== undefined) {
      try {
        writeFileSync(o.svg, cuttingDiagramSvg(list));
      } catch (e) {
        throw new Error(`Cannot write the diagram to '${o.svg}': ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
    if (o.json) io.stdout(`${JSON.stringify(cuttingListJson(list), null, 2)}\n`);
    else io.stdout(`${cuttingListText(list)}${o.svg !== undefined ? `\nDiagram written to ${o.svg}\n` : ''}`);
  };

  withCommonOptions(
    cut
      .command('curtains')
      .description('curtains: widths from track × fullness, cut drops in whole pattern repeats, optional lining')
      .requiredOption('--track <length>', 'track or rod width')
      .requiredOption('--fullness <ratio>', 'fullness ratio, e.g. 2, 2.25, 2 1/2')
      .requiredOption('--length <length>', 'finished drop')
      .option('--single', 'one curtain instead of a pair')
      .option('--returns <length>', 'depth of each return (both ends of the track)')
      .option('--overlap <length>', 'of a pair: overlap of each leading edge at the centre')
      .option('--side-hems <length>', 'allowance at each side edge of each curtain')
      .option('--extra-width <length>', 'any other extra width, added once')
      .option('--heading <length>', 'heading allowance')
      .option('--hem <length>', 'hem allowance')
      .option('--railroaded', 'turn the fabric: its width becomes the drop')
      .option('--whole-widths-per-curtain', 'round the widths of each curtain up separately (no half widths)')
      .option('--lining-width <length>', 'add a lining of this roll width')
      .option('--lining-usable-width <length>', 'usable width of the lining')
      .option('--lining-heading <length>', 'lining heading allowance (default: the curtain\u2019s)')
      .option('--lining-hem <length>', 'lining hem allowance (default: the curtain\u2019s)')
      .option('--lining-railroaded', 'turn the lining: its width becomes the drop'),
  ).action(
    (
      o: CommonOptions & {
        track: string;
        fullness: string;
        length: string;
        single?: boolean;
        returns?: string;
        overlap?: string;
        sideHems?: string;
        extraWidth?: string;
        heading?: string;
        hem?: string;
        railroaded?: boolean;
        wholeWidthsPerCurtain?: boolean;
        liningWidth?: string;
        liningUsableWidth?: string;
        liningHeading?: string;
        liningHem?: string;
        liningRailroaded?: boolean;
      },
    ) => {
      if (o.liningWidth === undefined && (o.liningUsableWidth ?? o.liningHeading ?? o.liningHem ?? o.liningRailroaded) !== undefined) {
        throw new AppError('validation_failed', 'The lining options need --lining-width', { hint: 'Give the lining\u2019s roll width with --lining-width' });
      }
      run(o, () =>
        calculateCurtains({
          ...common(o),
          ...defined({
            trackWidth: o.track,
            fullness: o.fullness,
            finishedLength: o.length,
            curtains: o.single ? 1 : 2,
            returns: o.returns,
            overlap: o.overlap,
            sideHems: o.sideHems,
            widthAllowance: o.extraWidth,
            headingAllowance: o.heading,
            hemAllowance: o.hem,
            railroaded: o.railroaded,
            wholeWidthsPerCurtain: o.wholeWidthsPerCurtain,
            lining:
              o.liningWidth === undefined
                ? undefined
                : defined({ fabricWidth: o.liningWidth, usableWidth: o.liningUsableWidth, headingAllowance: o.liningHeading, hemAllowance: o.liningHem, railroaded: o.liningRailroaded }),
          }),
        }),
      );
    },
  );

  withCommonOptions(
    cut
      .command('tablecloth')
      .description('tablecloths: table + 2 × drop + 2 × hem each way; a round one is cut from a square')
      .option('--length <length>', 'rectangular table: length of the top')
      .option('--width <length>', 'rectangular table: width of the top')
      .option('--diameter <length>', 'round table: diameter of the top')
      .requiredOption('--drop <length>', 'how far the cloth hangs below the table edge')
      .option('--hem <length>', 'hem allowance at each edge')
      .option('--seam <length>', 'seam allowance at each edge of a join, when the fabric is too narrow'),
  ).action((o: CommonOptions & { length?: string; width?: string; diameter?: string; drop: string; hem?: string; seam?: string }) => {
    run(o, () =>
      calculateTablecloth({
        ...common(o),
        ...defined({ shape: o.diameter !== undefined ? 'round' : 'rectangle', tableLength: o.length, tableWidth: o.width, tableDiameter: o.diameter, drop: o.drop, hem: o.hem, seamAllowance: o.seam }),
      }),
    );
  });

  withCommonOptions(
    cut
      .command('cushion')
      .description('envelope cushion covers: a front and two overlapping backs')
      .requiredOption('--width <length>', 'width of the cushion pad')
      .requiredOption('--height <length>', 'height of the cushion pad')
      .requiredOption('--overlap <length>', 'how far the two finished backs overlap')
      .option('--seam <length>', 'seam allowance on each edge')
      .option('--opening-hem <length>', 'turned in on the opening edge of each back')
      .option('--covers <n>', 'how many covers (default 1)'),
  ).action((o: CommonOptions & { width: string; height: string; overlap: string; seam?: string; openingHem?: string; covers?: string }) => {
    run(o, () => calculateCushion({ ...common(o), ...defined({ width: o.width, height: o.height, overlap: o.overlap, seamAllowance: o.seam, openingHem: o.openingHem, covers: count('covers', o.covers) }) }));
  });

  withCommonOptions(
    cut
      .command('roman-blind')
      .description('roman blinds: width + side hems, length + top and bottom allowances and rod pockets')
      .requiredOption('--width <length>', 'finished width of the blind')
      .requiredOption('--length <length>', 'finished drop of the blind')
      .option('--side-hems <length>', 'allowance at each side')
      .option('--top <length>', 'allowance at the top (batten or headrail)')
      .option('--bottom-hem <length>', 'allowance at the bottom')
      .option('--rods <n>', 'rods sewn in pockets of the face fabric')
      .option('--rod-allowance <length>', 'fabric each rod pocket takes')
      .option('--seam <length>', 'seam allowance at each edge of a join, when the fabric is too narrow'),
  ).action((o: CommonOptions & { width: string; length: string; sideHems?: string; top?: string; bottomHem?: string; rods?: string; rodAllowance?: string; seam?: string }) => {
    run(o, () =>
      calculateRomanBlind({
        ...common(o),
        ...defined({ width: o.width, length: o.length, sideHems: o.sideHems, topAllowance: o.top, bottomHem: o.bottomHem, rods: count('rods', o.rods), rodAllowance: o.rodAllowance, seamAllowance: o.seam }),
      }),
    );
  });
}
