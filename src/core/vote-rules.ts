import { z } from 'zod';

/**
 * Quorum and majority rules for a body's votes (a cell deciding a disciplinary case, a convention
 * adopting a statement). Rules are rulebook data; the arithmetic is integer-only so an exact
 * threshold never depends on floating-point rounding, and every result carries the basis it used.
 *
 * Definitions follow common parliamentary usage (Robert's Rules of Order, 12th ed., §44):
 * - `simple`: more votes for than against; abstentions and blank ballots do not count.
 * - `absolute`: more than half of everyone entitled to vote (the whole membership of the body).
 * - `two_thirds`: at least two thirds of the votes cast for or against; abstentions do not count.
 * Quorum: `none`; `majority` — more than half of those entitled are present; `two_thirds` — at least
 * two thirds present; or `{ atLeast: n }` present.
 */
export const majorityRules = ['simple', 'absolute', 'two_thirds'] as const;
export type MajorityRule = (typeof majorityRules)[number];

export const quorumRuleSchema = z.union([
  z.enum(['none', 'majority', 'two_thirds']),
  z.strictObject({ atLeast: z.number().int().min(1, 'a quorum of at least 1 person') }),
]);
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

export const voteRuleSchema = z.strictObject({
  quorum: quorumRuleSchema.default('majority'),
  majority: z.enum(majorityRules).default('simple'),
});
export type VoteRule = z.infer<typeof voteRuleSchema>;

export interface VoteCount {
  /** Everyone entitled to vote (the roster of the body at the time of the vote). */
  entitled: number;
  /** Entitled people present when the vote was taken. */
  present: number;
  for: number;
  against: number;
  abstain: number;
}

export interface VoteResult {
  adopted: boolean;
  quorumMet: boolean;
  /** Smallest number present that makes the quorum. */
  quorumRequired: number;
  /** Smallest number of votes for that would have adopted it with the same against/abstain counts. */
  votesNeeded: number;
  rule: VoteRule;
  count: VoteCount;
  /** Plain-language reason, for the record of the decision. */
  explanation: string;
}

export class InvalidVoteCount extends Error {}

/** Checks a count is possible: nobody votes who is not present, nobody is present who is not entitled. */
export function checkVoteCount(count: VoteCount): void {
  for (const [name, value] of Object.entries(count)) {
    if (!Number.isInteger(value) || value < 0) throw new InvalidVoteCount(`${name} must be a whole number ≥ 0 (got ${String(value)})`);
  }
  if (count.present > count.entitled) throw new InvalidVoteCount(`present (${count.present}) cannot exceed entitled (${count.entitled})`);
  const cast = count.for + count.against + count.abstain;
  if (cast > count.present) throw new InvalidVoteCount(`for + against + abstain (${cast}) cannot exceed present (${count.present})`);
}

export function quorumRequired(rule: QuorumRule, entitled: number): number {
  if (rule === 'none') return 0;
  if (rule === 'majority') return Math.floor(entitled / 2) + 1;
  if (rule === 'two_thirds') return Math.ceil((2 * entitled) / 3);
  return rule.atLeast;
}

/** The smallest number of votes for that adopts, given the other counts. */
function votesNeeded(majority: MajorityRule, count: VoteCount): number {
  if (majority === 'simple') return count.against + 1;
  if (majority === 'absolute') return Math.floor(count.entitled / 2) + 1;
  // for ≥ 2/3 (for + against)  ⇔  for ≥ 2 × against; at least one vote for.
  return Math.max(1, 2 * count.against);
}

export function decideVote(rule: VoteRule, count: VoteCount): VoteResult {
  checkVoteCount(count);
  const required = quorumRequired(rule.quorum, count.entitled);
  const quorumMet = count.present >= required && count.present > 0;
  const needed = votesNeeded(rule.majority, count);
  const majorityMet = count.for >= needed;
  const adopted = quorumMet && majorityMet;
  const basis = `${count.for} for, ${count.against} against, ${count.abstain} abstaining; ${count.present} of ${count.entitled} entitled present`;
  const explanation = !quorumMet
    ? `No quorum: ${count.present} present, ${required} needed (${describeQuorum(rule.quorum)}). ${basis}.`
    : adopted
      ? `Adopted by ${describeMajority(rule.majority)}: ${count.for} for, ${needed} needed. ${basis}.`
      : `Not adopted: ${describeMajority(rule.majority)} needs ${needed} for, got ${count.for}. ${basis}.`;
  return { adopted, quorumMet, quorumRequired: required, votesNeeded: needed, rule, count, explanation };
}

function describeQuorum(rule: QuorumRule): string {
  if (rule === 'none') return 'no quorum rule';
  if (rule === 'majority') return 'more than half of those entitled';
  if (rule === 'two_thirds') return 'two thirds of those entitled';
  return `at least ${rule.atLeast} present`;
}

function describeMajority(rule: MajorityRule): string {
  if (rule === 'simple') return 'simple majority of votes cast';
  if (rule === 'absolute') return 'absolute majority of those entitled';
  return 'two-thirds majority of votes cast';
}
