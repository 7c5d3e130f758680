import { addMonths } from './dates.js';
import { AppError } from './errors.js';
import { assertTransition, type MemberStatus } from './member-status.js';
import type { MembershipRules } from './rulebook/schema.js';

/**
 * The path into membership as data: which steps move a person from which status to which. The
 * statuses and the transitions between them are those of member-status.ts; this table only names
 * the steps an organization decides (at a meeting, by a unit), and every step must be one of those
 * transitions (or, for an extension, stay a candidate).
 */
export const lifecycleSteps = ['promote', 'extend_probation', 'reject'] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

export const lifecycleTable: Readonly<Record<LifecycleStep, Readonly<Partial<Record<MemberStatus, MemberStatus>>>>> = {
  // With no candidate stage (candidateMonths 0), an applicant is promoted straight to full member.
  promote: { applicant: 'candidate', candidate: 'full_member' },
  extend_probation: { candidate: 'candidate' },
  reject: { applicant: 'rejected', candidate: 'rejected' },
};

export interface LifecycleCheck {
  step: LifecycleStep;
  from: MemberStatus;
  rules: MembershipRules;
  today: string;
  /** The candidate's probation end (null: not a candidate) and how often it was extended. */
  probationEndsOn: string | null;
  extensions: number;
}

/** The status a step leads to, or an error saying why it may not be taken now. */
export function lifecycleTarget(c: LifecycleCheck): MemberStatus {
  let to = lifecycleTable[c.step][c.from];
  if (to === undefined) {
    const from = Object.keys(lifecycleTable[c.step]).join(' or ');
    throw new AppError('invalid_transition', `A member who is '${c.from}' cannot be ${c.step === 'promote' ? 'promoted' : c.step === 'reject' ? 'rejected' : 'given a longer probation'}`, { hint: `Only from: ${from}` });
  }
  if (c.step === 'promote' && c.from === 'applicant' && c.rules.candidateMonths === 0) to = 'full_member';
  if (c.step === 'promote' && c.from === 'candidate' && c.probationEndsOn !== null && c.probationEndsOn > c.today) {
    throw new AppError('rule_violation', `The probation runs until ${c.probationEndsOn}`, { hint: 'Promote on or after that day, or extend the probation' });
  }
  if (c.step === 'extend_probation' && c.extensions >= c.rules.maxProbationExtensions) {
    throw new AppError('rule_violation', `The probation was already extended ${c.extensions} time${c.extensions === 1 ? '' : 's'}; the rulebook allows ${c.rules.maxProbationExtensions}`, {
      hint: 'Promote or reject the candidate',
    });
  }
  if (to !== c.from) assertTransition(c.from, to);
  return to;
}

/** When a probation that starts on `start` ends. */
export const probationEnd = (start: string, rules: MembershipRules): string => addMonths(start, rules.candidateMonths);

/** Whether membership has lapsed by the rulebook: off unless `lapseAfterMonths` is set. */
export function hasLapsed(lastActiveOn: string, today: string, rules: MembershipRules): boolean {
  return rules.lapseAfterMonths !== null && addMonths(lastActiveOn, rules.lapseAfterMonths) <= today;
}
