import { readFileSync } from 'node:fs';
import { AppError } from '../../core/errors.js';
import type { CliIo } from '../output.js';
import type { GlobalOptions } from '../runtime.js';

export type OrgOpts = GlobalOptions & { org: string };

/** The text of a file named on the command line; a missing file is `not_found` (exit 4). */
export const readText = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new AppError('not_found', `Cannot read '${file}'`);
  }
};

export const readJson = (file: string): unknown => {
  const text = readText(file);
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new AppError('validation_failed', `'${file}' is not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
};

/** An id or other whole number ≥ 1. */
export const whole = (v: string, name: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new AppError('validation_failed', `${name} must be a whole number`, { problems: [{ path: name, message: 'a whole number ≥ 1' }] });
  return n;
};

/** A count ≥ 0 (votes, ballots). */
export const count = (v: string, name: string): number => {
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n)) throw new AppError('validation_failed', `${name} must be a count`, { problems: [{ path: name, message: 'a whole number ≥ 0' }] });
  return n;
};

/** `--text` or `--text-file`: exactly one. */
export const textOf = (o: { text?: string; textFile?: string }, name = 'text'): string => {
  if ((o.text === undefined) === (o.textFile === undefined)) throw new AppError('validation_failed', `Give --${name} or --${name}-file`, { problems: [{ path: name, message: `one of --${name} or --${name}-file` }] });
  return o.text ?? readText(o.textFile ?? '');
};

export const printer =
  (io: CliIo) =>
  (opts: GlobalOptions, value: unknown, text: string): void => {
    io.stdout(opts.json ? `${JSON.stringify(value, null, 2)}\n` : text.endsWith('\n') ? text : `${text}\n`);
  };
