import { z } from 'zod';
import { AppError, type Problem } from '../errors.js';
import { lengthUnits, parseLength, systemOf, type LengthUnit, type Ticks, type UnitSystem } from './length.js';
import { parseRatio, type Ratio } from './ratio.js';
import { defaultStep, roundingSteps, type RoundingStep } from './rounding.js';

/** Input fields every calculator shares; the HTTP body and the CLI options are built from these. */
export const lengthInput = z
  .union([z.number(), z.string().max(40)])
  .describe('A length: a number in `unit`, or text with its own unit — "140cm", "1.4m", "54in", "54 1/2in", "54½in", "2 1/8yd"');

export const commonFields = {
  unit: z.enum(lengthUnits).optional().describe('How bare numbers are read, and whether results are metric (mm, cm, m; default cm) or imperial (in, yd)'),
  round: z.enum(roundingSteps).optional().describe('The step fabric is bought in; the total rounds up to it (default 10cm in metric, 1/8yd in imperial)'),
  fabricWidth: lengthInput.describe('Width of the fabric on the roll'),
  usableWidth: lengthInput.optional().describe('Width left once selvedges are trimmed (default: the fabric width)'),
  patternRepeat: lengthInput.optional().describe('Vertical pattern repeat; lengths are rounded up to whole repeats so pieces match'),
};

export const hintForLengths = 'Lengths are a number in the chosen unit (default cm) or carry their own: 140cm, 1.4m, 54in, 54 1/2in, 2 1/8yd.';

/** Checks the shape with Zod, reporting every problem with its field. */
export function parseShape<T extends z.ZodType>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems: Problem[] = result.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(input)', message: i.message }));
  throw new AppError('validation_failed', `The ${what} measurements are not valid`, { problems, hint: hintForLengths });
}

/**
 * Turns raw field values into exact lengths, collecting every problem (which field, what is wrong,
 * how to fix) before refusing, so one answer lists them all.
 */
export class InputReader {
  readonly problems: Problem[] = [];
  readonly unit: LengthUnit;
  readonly system: UnitSystem;
  readonly round: RoundingStep;

  constructor(raw: { unit?: LengthUnit | undefined; round?: RoundingStep | undefined }) {
    this.unit = raw.unit ?? 'cm';
    this.system = systemOf(this.unit);
    this.round = raw.round ?? defaultStep(this.system);
  }

  /** A length that must be more than zero. */
  positive(path: string, value: number | string): Ticks {
    const t = this.read(path, value);
    if (t === 0) this.problem(path, 'must be more than 0');
    return t ?? 0;
  }

  /** An allowance: zero or more, 0 when absent. */
  allowance(path: string, value: number | string | undefined): Ticks {
    return value === undefined ? 0 : (this.read(path, value) ?? 0);
  }

  /** An optional length that must be more than zero when given. */
  optionalPositive(path: string, value: number | string | undefined): Ticks | null {
    return value === undefined ? null : this.positive(path, value);
  }

  ratio(path: string, value: number | string): Ratio {
    const r = parseRatio(value);
    if (!r.ok) {
      this.problem(path, r.message);
      return { num: 1, den: 1 };
    }
    return r.ratio;
  }

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Adds a problem when `bad`; returns whether it was fine. */
  check(ok: boolean, path: string, message: string): boolean {
    if (!ok) this.problem(path, message);
    return ok;
  }

  get valid(): boolean {
    return this.problems.length === 0;
  }

  /** Refuses with every problem found, if any. */
  finish(what: string, hint = hintForLengths): void {
    if (this.problems.length > 0) throw new AppError('validation_failed', `The ${what} measurements cannot be used`, { problems: [...this.problems], hint });
  }

  private read(path: string, value: number | string): Ticks | null {
    const parsed = parseLength(value, this.unit);
    if (!parsed.ok) {
      this.problem(path, parsed.message);
      return null;
    }
    return parsed.ticks;
  }
}
