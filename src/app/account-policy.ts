/**
 * Timeouts and limits of accounts, in one place so docs/security.md and the tests can name them.
 */
export const MINUTE_MS = 60_000;

/** A session unused this long is over (sliding: every request moves it). */
export const SESSION_IDLE_MS = 30 * MINUTE_MS;
/** A session is over this long after login, however active (a stolen cookie does not live forever). */
export const SESSION_ABSOLUTE_MS = 12 * 60 * MINUTE_MS;
/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_EVERY_MS = MINUTE_MS;

/** A password-reset or setup token is valid once, this long. */
export const RESET_TOKEN_TTL_MS = 30 * MINUTE_MS;

export const API_TOKEN_MAX_DAYS = 365;

export interface ThrottleRule {
  /** Namespace of the counter; part of the stored (hashed) key. */
  name: string;
  /** Attempts allowed per window; the next one is refused with 429. */
  limit: number;
  windowMs: number;
}

const window = 15 * MINUTE_MS;
/** Guessing one account's password: 5 tries per 15 minutes. */
export const loginPerAccount: ThrottleRule = { name: 'login-account', limit: 5, windowMs: window };
/** Guessing many accounts' passwords from one place (an office behind one NAT gets 20). */
export const loginPerAddress: ThrottleRule = { name: 'login-address', limit: 20, windowMs: window };
/** Guessing reset tokens, and hashing new passwords on demand. */
export const resetPerAddress: ThrottleRule = { name: 'reset-address', limit: 10, windowMs: window };
/** Minting API tokens (each is a long-lived credential). */
export const tokenCreationPerAccount: ThrottleRule = { name: 'token-account', limit: 10, windowMs: window };
export const tokenCreationPerAddress: ThrottleRule = { name: 'token-address', limit: 30, windowMs: window };
