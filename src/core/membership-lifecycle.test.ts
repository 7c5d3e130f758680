import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { memberStatuses, statusTransitions, type MemberStatus } from './member-status.js';
import { hasLapsed, lifecycleSteps, lifecycleTable, lifecycleTarget, probationEnd, type LifecycleStep } from './membership-lifecycle.js';
import type { MembershipRules } from './rulebook/schema.js';

const rules: MembershipRules = { candidateMonths: 12, maxProbationExtensions: 1, probationExtensionMonths: 6, transferDays: 30, lapseAfterMonths: null };
const TODAY = '2026-11-29';

/** Written out independently: the steps an organization decides on the path into membership. */
const expected: Record<LifecycleStep, Partial<Record<MemberStatus, MemberStatus>>> = {
  promote: { applicant: 'candidate', candidate: 'full_member' },
  extend_probation: { candidate: 'candidate' },
  reject: { applicant: 'rejected', candidate: 'rejected' },
};

function attempt(step: LifecycleStep, from: MemberStatus, over: Partial<Parameters<typeof lifecycleTarget>[0]> = {}): MemberStatus | AppError {
  try {
    return lifecycleTarget({ step, from, rules, today: TODAY, probationEndsOn: from === 'candidate' ? '2026-11-01' : null, extensions: 0, ...over });
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
}

const pairs = lifecycleSteps.flatMap((step) => memberStatuses.map((from) => ({ step, from, to: expected[step][from] ?? null })));

describe('membership lifecycle table', () => {
  it.each(pairs)('$step from $from → $to', ({ step, from, to }) => {
    const r = attempt(step, from);
    if (to) expect(r).toBe(to);
    else expect(r instanceof AppError && r.code).toBe('invalid_transition');
  });

  it('uses only transitions of the status table (an extension stays a candidate)', () => {
    for (const step of lifecycleSteps) {
      for (const [from, to] of Object.entries(lifecycleTable[step]) as [MemberStatus, MemberStatus][]) {
        if (from !== to) expect(statusTransitions[from]).toContain(to);
      }
    }
  });

  it('promotes an applicant straight to full member when the rulebook has no candidate stage', () => {
    expect(attempt('promote', 'applicant', { rules: { ...rules, candidateMonths: 0 } })).toBe('full_member');
  });

  it('keeps a candidate on probation until it ends', () => {
    const e = attempt('promote', 'candidate', { probationEndsOn: '2026-12-01' });
    expect(e instanceof AppError && e.code).toBe('rule_violation');
    expect(e instanceof AppError && e.message).toMatch(/until 2026-12-01/);
    expect(attempt('promote', 'candidate', { probationEndsOn: TODAY })).toBe('full_member');
  });

  it('extends probation only as often as the rulebook allows', () => {
    expect(attempt('extend_probation', 'candidate', { extensions: 0 })).toBe('candidate');
    const e = attempt('extend_probation', 'candidate', { extensions: 1 });
    expect(e instanceof AppError && e.code).toBe('rule_violation');
    expect(attempt('extend_probation', 'candidate', { extensions: 1, rules: { ...rules, maxProbationExtensions: 2 } })).toBe('candidate');
  });

  it('computes the probation end and lapses only when the rulebook says so', () => {
    expect(probationEnd('2026-02-28', rules)).toBe('2027-02-28');
    expect(hasLapsed('2020-01-01', TODAY, rules)).toBe(false);
    expect(hasLapsed('2026-05-29', TODAY, { ...rules, lapseAfterMonths: 6 })).toBe(true);
    expect(hasLapsed('2026-05-30', TODAY, { ...rules, lapseAfterMonths: 6 })).toBe(false);
  });

  it('random walks of lifecycle steps and exits stay within the status table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...lifecycleSteps), fc.boolean()), { maxLength: 30 }), (walk) => {
        let status: MemberStatus = 'applicant';
        let extensions = 0;
        for (const [step, ended] of walk) {
          const r = attempt(step, status, { extensions, probationEndsOn: status === 'candidate' ? (ended ? '2026-01-01' : '2027-01-01') : null });
          if (r instanceof AppError) {
            expect(['invalid_transition', 'rule_violation']).toContain(r.code);
            continue;
          }
          if (r !== status) expect(statusTransitions[status]).toContain(r);
          else extensions++;
          expect(extensions).toBeLessThanOrEqual(rules.maxProbationExtensions);
          if (r === 'candidate' && status === 'applicant') extensions = 0;
          status = r;
        }
        expect(memberStatuses).toContain(status);
      }),
    );
  });
});
