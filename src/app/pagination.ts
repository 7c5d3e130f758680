import { AppError } from '../core/errors.js';

/** Opaque cursors: the last id of the previous page, base64url-encoded so clients do not build them. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`id:${lastId}`).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  const m = /^id:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!m) throw new AppError('validation_failed', 'The cursor is not valid', { problems: [{ path: 'cursor', message: 'pass the nextCursor of a previous page unchanged' }] });
  return Number(m[1]);
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function clampLimit(limit: number | undefined, max = 500, fallback = 50): number {
  if (limit === undefined) return fallback;
  if (!Number.isInteger(limit) || limit < 1 || limit > max) {
    throw new AppError('validation_failed', `limit must be a whole number from 1 to ${max}`, { problems: [{ path: 'limit', message: `1–${max}` }] });
  }
  return limit;
}

/** Fetches limit+1 rows to know whether another page follows. */
export function toPage<R extends { id: number }, T>(rows: R[], limit: number, view: (r: R) => T): Page<T> {
  const more = rows.length > limit;
  const slice = more ? rows.slice(0, limit) : rows;
  const last = slice[slice.length - 1];
  return { items: slice.map(view), nextCursor: more && last ? encodeCursor(last.id) : null };
}
