import type { Executor } from './database.js';

/**
 * Counts one attempt under `key` in a fixed window and returns the count so far. A window that
 * started at or before `windowStartedBefore` is over: the count starts again at 1. One atomic
 * upsert, so concurrent attempts on several app servers are all counted.
 */
export async function countThrottledAttempt(db: Executor, key: string, now: string, windowStartedBefore: string): Promise<{ failures: number; windowStart: string }> {
  const row = await db
    .insertInto('login_throttle')
    .values({ key, window_start: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        failures: eb.case().when('login_throttle.window_start', '<=', windowStartedBefore).then(1).else(eb('login_throttle.failures', '+', 1)).end(),
        window_start: eb.case().when('login_throttle.window_start', '<=', windowStartedBefore).then(now).else(eb.ref('login_throttle.window_start')).end(),
      })),
    )
    .returning(['failures', 'window_start'])
    .executeTakeFirstOrThrow();
  return { failures: Number(row.failures), windowStart: row.window_start };
}

/** Takes one attempt back (it succeeded, so it should not count against a shared address). */
export async function uncountThrottledAttempt(db: Executor, key: string): Promise<void> {
  await db.updateTable('login_throttle').set((eb) => ({ failures: eb('failures', '-', 1) })).where('key', '=', key).where('failures', '>', 0).execute();
}

export async function forgetThrottledAttempts(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('key', '=', key).execute();
}

/** Drops counters whose window is over, so keys that are never tried again do not pile up. */
export async function purgeStaleThrottles(db: Executor, windowStartedBefore: string): Promise<void> {
  await db.deleteFrom('login_throttle').where('window_start', '<=', windowStartedBefore).execute();
}
