import { RateLimitedError } from '../core/rate-limited.js';
import { countThrottledAttempt, forgetThrottledAttempts, purgeStaleThrottles, uncountThrottledAttempt } from '../store/login-throttle.repository.js';
import type { ThrottleRule } from './account-policy.js';
import { readDb, type AppContext } from './context.js';
import { secretHash } from './secret-token.js';

/** A counted attempt, to take back or forget once it succeeded. */
export interface ThrottleKey {
  readonly key: string;
}

/**
 * Counts an attempt against `rule` for `subject` (an account name or a client address) before the
 * expensive or guessable work is done, and refuses it when over the limit. Counting first, not
 * after a failure, means parallel guesses cannot all slip in before the first failure is stored.
 * Counters live in the database so every app server sees them; keys are hashed so the table holds
 * no usernames or addresses.
 */
export async function countAttempt(ctx: AppContext, rule: ThrottleRule, subject: string): Promise<ThrottleKey> {
  const now = ctx.clock();
  const key = secretHash(`${rule.name}:${subject}`);
  const windowOver = new Date(now.getTime() - rule.windowMs).toISOString();
  const { failures, windowStart } = await countThrottledAttempt(readDb(ctx), key, now.toISOString(), windowOver);
  if (failures > rule.limit) {
    const retryAfter = (Date.parse(windowStart) + rule.windowMs - now.getTime()) / 1000;
    throw new RateLimitedError('Too many attempts; wait before trying again', retryAfter);
  }
  return { key };
}

/** The attempt succeeded: it does not count against others sharing the address. */
export async function uncountAttempt(ctx: AppContext, k: ThrottleKey): Promise<void> {
  await uncountThrottledAttempt(readDb(ctx), k.key);
}

/** The account proved itself: its failures are forgiven, and stale counters are swept. */
export async function forgetAttempts(ctx: AppContext, k: ThrottleKey, rule: ThrottleRule): Promise<void> {
  await forgetThrottledAttempts(readDb(ctx), k.key);
  await purgeStaleThrottles(readDb(ctx), new Date(ctx.clock().getTime() - rule.windowMs).toISOString());
}
