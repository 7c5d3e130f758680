/**
 * The one error catalogue. Every failure the product reports has a stable code here, and the code
 * decides the HTTP status (RFC 9457 problem details) and the CLI exit code, so the API and the CLI
 * can never disagree about what went wrong.
 */
export const errorCatalogue = {
  validation_failed: { status: 400, exit: 2, title: 'The input is not valid' },
  invalid_rulebook: { status: 400, exit: 2, title: 'The rulebook is not valid' },
  import_rejected: { status: 400, exit: 2, title: 'The import file has bad rows; nothing was written' },
  unauthorized: { status: 401, exit: 1, title: 'Authentication is required' },
  forbidden: { status: 403, exit: 1, title: 'You may see this but not change it' },
  csrf_rejected: { status: 403, exit: 1, title: 'The request did not come from this site' },
  not_found: { status: 404, exit: 4, title: 'Not found' },
  version_conflict: { status: 409, exit: 3, title: 'The record was changed by someone else' },
  already_exists: { status: 409, exit: 3, title: 'The record already exists' },
  invalid_transition: { status: 409, exit: 3, title: 'This change is not allowed from the current state' },
  rule_violation: { status: 422, exit: 2, title: 'The change would break the organization\'s rulebook' },
  payload_too_large: { status: 413, exit: 2, title: 'The request body is too large' },
  too_many_requests: { status: 429, exit: 1, title: 'Too many attempts; wait and try again' },
  internal_error: { status: 500, exit: 1, title: 'Internal error' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

/** One located problem: where in the input (a path or a line/column) and what is wrong. */
export interface Problem {
  path: string;
  message: string;
  line?: number;
  column?: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly problems: readonly Problem[];
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { problems?: Problem[]; hint?: string } = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.problems = options.problems ?? [];
    this.hint = options.hint;
  }

  get status(): number {
    return errorCatalogue[this.code].status;
  }

  get exitCode(): number {
    return errorCatalogue[this.code].exit;
  }
}
