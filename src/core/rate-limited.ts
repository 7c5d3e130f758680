import { AppError } from './errors.js';

/**
 * A `too_many_requests` error that knows when to come back, so the HTTP layer can send
 * `Retry-After` and a script can wait exactly that long.
 */
export class RateLimitedError extends AppError {
  readonly retryAfterSeconds: number;

  constructor(message: string, retryAfterSeconds: number) {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    super('too_many_requests', message, { hint: `Try again in ${seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`}` });
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = seconds;
  }
}
