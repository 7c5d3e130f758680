import { AppError } from '../errors.js';

/**
 * A student's enrolment in a class as a table of state × action → next state. `enrol` and
 * `waitlist` are decided by the class's free places (and an explicit override); a free place goes
 * to the first on the waitlist by `promote`. Completed, dropped and transferred are ends: a transfer
 * leaves this enrolment `transferred` and opens a new one in the other class.
 */
export const enrolmentStates = ['enquiry', 'enrolled', 'waitlisted', 'completed', 'dropped', 'transferred'] as const;
export type EnrolmentState = (typeof enrolmentStates)[number];

export const enrolmentActions = ['enrol', 'waitlist', 'promote', 'complete', 'drop', 'transfer'] as const;
export type EnrolmentAction = (typeof enrolmentActions)[number];

export const enrolmentTransitions: Readonly<Record<EnrolmentState, Readonly<Partial<Record<EnrolmentAction, EnrolmentState>>>>> = {
  enquiry: { enrol: 'enrolled', waitlist: 'waitlisted', drop: 'dropped' },
  waitlisted: { promote: 'enrolled', drop: 'dropped', transfer: 'transferred' },
  enrolled: { complete: 'completed', drop: 'dropped', transfer: 'transferred' },
  completed: {},
  dropped: {},
  transferred: {},
};

/** States that take one of the class's places. */
export const placeTakingStates: readonly EnrolmentState[] = ['enrolled'];
/** States in which the student is still part of the class (a new enrolment of them is refused). */
export const openEnrolmentStates: readonly EnrolmentState[] = ['enquiry', 'waitlisted', 'enrolled'];

export const isEnrolmentState = (s: string): s is EnrolmentState => (enrolmentStates as readonly string[]).includes(s);

export function nextEnrolmentState(from: EnrolmentState, action: EnrolmentAction): EnrolmentState {
  const to = enrolmentTransitions[from][action];
  if (!to) {
    const allowed = Object.keys(enrolmentTransitions[from]);
    throw new AppError('invalid_transition', `An enrolment that is ${from} cannot ${action === 'waitlist' ? 'go on the waitlist' : `be ${actionPast[action]}`}`, {
      hint: allowed.length === 0 ? `'${from}' is final` : `From '${from}' it may: ${allowed.join(', ')}`,
    });
  }
  return to;
}

const actionPast: Record<EnrolmentAction, string> = { enrol: 'enrolled', waitlist: 'waitlisted', promote: 'promoted from the waitlist', complete: 'completed', drop: 'dropped', transfer: 'transferred' };

/** Where a new or waiting student goes: a free place, else the waitlist, unless capacity is overridden. */
export function placementFor(taken: number, capacity: number, override: boolean): 'enrol' | 'waitlist' {
  return taken < capacity || override ? 'enrol' : 'waitlist';
}
