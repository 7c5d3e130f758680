import type { Database, Db, Trx } from '../store/database.js';
import { isoToday } from '../core/dates.js';

/** What every use case runs with: the database and a clock (injectable so tests control time). */
export interface AppContext {
  readonly database: Database;
  readonly clock: () => Date;
}

export function createAppContext(database: Database, clock: () => Date = () => new Date()): AppContext {
  return Object.freeze({ database, clock });
}

export const todayOf = (ctx: AppContext): string => isoToday(ctx.clock());
export const nowOf = (ctx: AppContext): string => ctx.clock().toISOString();

/** Runs `work` in one transaction: every write of a use case commits together or not at all. */
export function inTransaction<T>(ctx: AppContext, work: (trx: Trx) => Promise<T>): Promise<T> {
  return ctx.database.db.transaction().execute(work);
}

export function readDb(ctx: AppContext): Db {
  return ctx.database.db;
}
