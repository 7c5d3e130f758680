import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import {
  activeStatuses,
  admissionStatuses,
  assertTransition,
  exitStatuses,
  isActiveStatus,
  isMemberStatus,
  memberStatuses,
  statusTransitions,
  type MemberStatus,
} from './member-status.js';

/**
 * The membership rules, written out independently of the implementation: row = from, column = to.
 * Exits from every active status (rejection only before full membership, lapse only after the
 * applicant stage), readmission only through 'applicant', death is final.
 */
const Y = true;
const N = false;
const expected: Record<MemberStatus, Record<MemberStatus, boolean>> = {
  //            applicant candidate full_member suspended expelled resigned deceased rejected lapsed
  applicant: row([N, Y, Y, N, N, Y, Y, Y, N]),
  candidate: row([N, N, Y, Y, Y, Y, Y, Y, Y]),
  full_member: row([N, N, N, Y, Y, Y, Y, N, Y]),
  suspended: row([N, N, Y, N, Y, Y, Y, N, Y]),
  expelled: row([Y, N, N, N, N, N, N, N, N]),
  resigned: row([Y, N, N, N, N, N, N, N, N]),
  deceased: row([N, N, N, N, N, N, N, N, N]),
  rejected: row([Y, N, N, N, N, N, N, N, N]),
  lapsed: row([Y, N, N, N, N, N, N, N, N]),
};

function row(cells: boolean[]): Record<MemberStatus, boolean> {
  return Object.fromEntries(memberStatuses.map((s, i) => [s, cells[i] === true])) as Record<MemberStatus, boolean>;
}

function transitionError(from: MemberStatus, to: MemberStatus): AppError | undefined {
  try {
    assertTransition(from, to);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
}

const pairs = memberStatuses.flatMap((from) => memberStatuses.map((to) => ({ from, to, allowed: expected[from][to] })));

describe('member status transitions', () => {
  it('has the nine statuses', () => {
    expect(pairs).toHaveLength(81);
    expect([...memberStatuses].sort()).toEqual(['applicant', 'candidate', 'deceased', 'expelled', 'full_member', 'lapsed', 'rejected', 'resigned', 'suspended']);
  });

  it.each(pairs)('$from → $to: allowed=$allowed', ({ from, to, allowed }) => {
    expect(statusTransitions[from].includes(to)).toBe(allowed);
    const error = transitionError(from, to);
    if (allowed) {
      expect(error).toBeUndefined();
    } else {
      expect(error?.code).toBe('invalid_transition');
      expect(error?.status).toBe(409);
    }
  });

  it('says a member is already in the status they are asked to move to', () => {
    expect(transitionError('candidate', 'candidate')?.message).toBe("The member is already 'candidate'");
  });

  it('names the allowed next statuses, or says the status is final', () => {
    expect(transitionError('expelled', 'full_member')?.hint).toBe('Allowed next statuses: applicant');
    expect(transitionError('deceased', 'applicant')?.hint).toBe("'deceased' is final");
  });

  it('random walks along allowed transitions never throw and never leave deceased', () => {
    fc.assert(
      fc.property(fc.constantFrom(...memberStatuses), fc.array(fc.nat(), { maxLength: 60 }), (start, choices) => {
        let current: MemberStatus = start;
        for (const choice of choices) {
          const next = statusTransitions[current];
          if (next.length === 0) {
            expect(current).toBe('deceased');
            // Nothing, not even a readmission, brings the dead back.
            for (const to of memberStatuses) expect(transitionError(current, to)?.code).toBe('invalid_transition');
            return;
          }
          const to = next[choice % next.length] as MemberStatus;
          assertTransition(current, to);
          current = to;
        }
      }),
    );
  });

  it('every status can be reached from applicant', () => {
    const seen = new Set<MemberStatus>(['applicant']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const from of seen) {
        for (const to of statusTransitions[from]) {
          if (!seen.has(to)) {
            seen.add(to);
            grew = true;
          }
        }
      }
    }
    expect(seen.size).toBe(memberStatuses.length);
  });
});

describe('status groups', () => {
  it('splits the statuses into active and exit', () => {
    expect([...activeStatuses, ...exitStatuses].sort()).toEqual([...memberStatuses].sort());
    for (const s of memberStatuses) expect(isActiveStatus(s)).toBe(activeStatuses.includes(s));
    expect(isActiveStatus('suspended')).toBe(true);
    expect(isActiveStatus('resigned')).toBe(false);
  });

  it('every active status can exit, every exit can only go back through applicant (or nowhere)', () => {
    for (const s of activeStatuses) expect(statusTransitions[s]).toEqual(expect.arrayContaining(['resigned', 'deceased']));
    for (const s of exitStatuses) expect(statusTransitions[s].every((t) => t === 'applicant')).toBe(true);
  });

  it('admits only at the applicant, candidate or full member stage', () => {
    expect(admissionStatuses).toEqual(['applicant', 'candidate', 'full_member']);
  });

  it('recognises status strings', () => {
    expect(isMemberStatus('full_member')).toBe(true);
    expect(isMemberStatus('Full_Member')).toBe(false);
    expect(isMemberStatus('member')).toBe(false);
    expect(isMemberStatus('')).toBe(false);
  });
});
