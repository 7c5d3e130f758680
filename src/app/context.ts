import type { Database, Db, Trx } from '../store/database.js';
import { isoToday } from '../core/dates.js';

/**
 * Who acts. Recorded in every audit event. `system` actors are the local operator (the CLI on the
 * server's own machine) and internal jobs (the demo loader).
 */
export type Actor = { kind: 'system'; label: string } | { kind: 'user'; userId: number; username: string };

export const actorName = (a: Actor): string => (a.kind === 'user' ? `user:${a.userId}:${a.username}` : `system:${a.label}`);

/** What every use case runs with: the database, a clock (injectable so tests control time) and the actor. */
export interface AppContext {
  readonly database: Database;
  readonly clock: () => Date;
  readonly actor: Actor;
}

export function createAppContext(database: Database, clock: () => Date = () => new Date(), actor: Actor = { kind: 'system', label: 'local' }): AppContext {
  return Object.freeze({ database, clock, actor });
}

/** The same context acting as someone else (one per request). */
export function actingAs(ctx: AppContext, actor: Actor): AppContext {
  return Object.freeze({ ...ctx, actor });
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
