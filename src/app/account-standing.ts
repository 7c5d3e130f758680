import { exitStatuses, type MemberStatus } from '../core/member-status.js';

/** What the login and every request know about an account, read in the same query as the credential. */
export interface AccountState {
  disabled_at: string | null;
  /** Status of the member record the account is linked to (null: staff without one). */
  member_status: string | null;
}

/**
 * Why the account may not act at all right now, or null when it may. Checked at login and on
 * every request (the state is read with the session or token), so a change takes effect on the
 * very next request without revoking anything. Access that ends with an office term is not
 * decided here but by authorization (src/app/access.ts), which reads today's grants per use case.
 */
export function accountStandingProblem(state: AccountState): string | null {
  if (state.disabled_at !== null) return 'The account is disabled';
  // A member who left the organization (expelled, resigned, deceased) keeps their record, not their login.
  if (state.member_status !== null && exitStatuses.includes(state.member_status as MemberStatus)) return 'The account belongs to a member who left the organization';
  return null;
}
