import { AppError } from './errors.js';

export const memberStatuses = [
  'applicant',
  'candidate',
  'full_member',
  'suspended',
  'expelled',
  'resigned',
  'deceased',
  'rejected',
  'lapsed',
] as const;

export type MemberStatus = (typeof memberStatuses)[number];

/** Statuses in which a person is on a unit's roll (placed in a unit and counted in its size). */
export const activeStatuses: readonly MemberStatus[] = ['applicant', 'candidate', 'full_member', 'suspended'];

/**
 * Statuses that end membership: the member leaves their unit, the record stays. `rejected`: an
 * applicant or candidate not admitted; `lapsed`: membership ended by the rulebook's lapse rule.
 */
export const exitStatuses: readonly MemberStatus[] = ['expelled', 'resigned', 'deceased', 'rejected', 'lapsed'];

export function isActiveStatus(status: MemberStatus): boolean {
  return activeStatuses.includes(status);
}

/**
 * Allowed status changes. Exits are reachable from every active status; readmission goes back
 * through the applicant stage so the organization's admission rules apply again. Death is final.
 */
export const statusTransitions: Readonly<Record<MemberStatus, readonly MemberStatus[]>> = {
  applicant: ['candidate', 'full_member', 'resigned', 'deceased', 'rejected'],
  candidate: ['full_member', 'suspended', 'expelled', 'resigned', 'deceased', 'rejected', 'lapsed'],
  full_member: ['suspended', 'expelled', 'resigned', 'deceased', 'lapsed'],
  suspended: ['full_member', 'expelled', 'resigned', 'deceased', 'lapsed'],
  expelled: ['applicant'],
  resigned: ['applicant'],
  deceased: [],
  rejected: ['applicant'],
  lapsed: ['applicant'],
};

/** Statuses a person may be entered into the registry with (admission at a later stage is allowed). */
export const admissionStatuses: readonly MemberStatus[] = ['applicant', 'candidate', 'full_member'];

export function isMemberStatus(value: string): value is MemberStatus {
  return (memberStatuses as readonly string[]).includes(value);
}

export function assertTransition(from: MemberStatus, to: MemberStatus): void {
  if (from === to) {
    throw new AppError('invalid_transition', `The member is already '${to}'`);
  }
  const allowed = statusTransitions[from];
  if (!allowed.includes(to)) {
    throw new AppError('invalid_transition', `A member cannot go from '${from}' to '${to}'`, {
      hint: allowed.length > 0 ? `Allowed next statuses: ${allowed.join(', ')}` : `'${from}' is final`,
    });
  }
}
