import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../core/errors.js';

/** Awaits `p`, expects it to fail with an AppError of `code` (and a message matching `text`), returns the error. */
export async function expectError(p: Promise<unknown>, code: ErrorCode, text?: RegExp): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, `expected AppError '${code}'`).toBeInstanceOf(AppError);
  const err = e as AppError;
  expect(err.code, err.message).toBe(code);
  if (text) expect(err.message).toMatch(text);
  return err;
}

/** A fixed clock: every test runs on the same day, so dates in assertions are stable. */
export const TODAY = '2026-11-29';
export const fixedClock = (): Date => new Date(`${TODAY}T10:00:00Z`);
