import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import { checkCompletion } from './completion.js';
import { enrolmentActions, enrolmentStates, enrolmentTransitions, nextEnrolmentState, placementFor, type EnrolmentAction, type EnrolmentState } from './enrolment-states.js';

// Every state × action, written out: a change to the table must change this test too.
// prettier-ignore
const expected: Record<EnrolmentState, Record<EnrolmentAction, EnrolmentState | null>> = {
  enquiry:     { enrol: 'enrolled', waitlist: 'waitlisted', promote: null,       complete: null,        drop: 'dropped', transfer: null },
  waitlisted:  { enrol: null,       waitlist: null,         promote: 'enrolled', complete: null,        drop: 'dropped', transfer: 'transferred' },
  enrolled:    { enrol: null,       waitlist: null,         promote: null,       complete: 'completed', drop: 'dropped', transfer: 'transferred' },
  completed:   { enrol: null,       waitlist: null,         promote: null,       complete: null,        drop: null,      transfer: null },
  dropped:     { enrol: null,       waitlist: null,         promote: null,       complete: null,        drop: null,      transfer: null },
  transferred: { enrol: null,       waitlist: null,         promote: null,       complete: null,        drop: null,      transfer: null },
};

describe('enrolment states', () => {
  it('covers exactly the six states and six actions', () => {
    expect(Object.keys(enrolmentTransitions).sort()).toEqual([...enrolmentStates].sort());
    expect(Object.keys(expected).sort()).toEqual([...enrolmentStates].sort());
  });

  for (const from of enrolmentStates) {
    for (const action of enrolmentActions) {
      const to = expected[from][action];
      it(`${from} --${action}--> ${to ?? 'refused'}`, () => {
        if (to) expect(nextEnrolmentState(from, action)).toBe(to);
        else {
          let err: unknown;
          try {
            nextEnrolmentState(from, action);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(AppError);
          expect((err as AppError).code).toBe('invalid_transition');
          expect((err as AppError).message).toContain(from);
        }
      });
    }
  }

  it('gives a free place, else the waitlist, and over capacity only with an override', () => {
    expect(placementFor(0, 1, false)).toBe('enrol');
    expect(placementFor(1, 1, false)).toBe('waitlist');
    expect(placementFor(1, 1, true)).toBe('enrol');
    expect(placementFor(5, 3, false)).toBe('waitlist');
  });
});

describe('completion rule', () => {
  const rule = { minAttendancePercent: 80, finalPieceRequired: true };
  it('needs 80 % attendance exactly, not 79.x %', () => {
    expect(checkCompletion(rule, 10, 8, 'passed').met).toBe(true);
    const short = checkCompletion(rule, 9, 7, 'passed'); // 77.7 %
    expect(short.met).toBe(false);
    expect(short.attendancePercent).toBe(77);
    expect(short.missing[0]).toMatch(/attendance 77 % is below 80 %/);
    expect(checkCompletion(rule, 5, 4, 'passed').met).toBe(true); // 80 % exactly
  });
  it('needs a passed final piece when the course requires one', () => {
    expect(checkCompletion(rule, 8, 8, null).missing).toEqual(['the final piece has not been assessed']);
    expect(checkCompletion(rule, 8, 8, 'failed').missing).toEqual(['the final piece did not pass']);
    expect(checkCompletion({ ...rule, finalPieceRequired: false }, 8, 8, null).met).toBe(true);
  });
  it('is not met before any lesson was given', () => {
    expect(checkCompletion({ minAttendancePercent: 0, finalPieceRequired: false }, 0, 0, null).met).toBe(false);
  });
});
