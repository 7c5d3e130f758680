import { appealBody, appealDue, penaltyMonths, penaltyRule, ratifyingBody } from '../core/discipline/penalties.js';
import { AppError } from '../core/errors.js';
import { checkVoteCount, decideVote, InvalidVoteCount, type VoteCount } from '../core/vote-rules.js';
import { assertActsFor } from './case-access.js';
import { advanceCase, ancestorsOf, makeFinal, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';
import { requireReason } from './refs.js';

export interface DecideCaseInput extends CaseInput {
  /** The penalty the motion proposed. */
  penalty: string;
  months?: number | null | undefined;
  /** The vote on the motion, counted at the hearing. */
  vote: VoteCount;
  meetingRef?: string | null | undefined;
  reason: string;
}

/**
 * The opening unit decides at the hearing by a vote under the rulebook's quorum and majority. No
 * quorum: refused, nothing recorded as decided. Adopted: the penalty waits for ratification when
 * the rulebook says so, otherwise the appeal window opens. Not adopted: the case is dismissed.
 * The member's defence must be in, or its deadline passed, before anything is decided.
 */
export async function decideCase(ctx: AppContext, input: DecideCaseInput): Promise<CaseDetail> {
  const reason = requireReason(input.reason);
  try {
    checkVoteCount(input.vote);
  } catch (e) {
    if (e instanceof InvalidVoteCount) throw new AppError('validation_failed', 'The vote count is not possible', { problems: [{ path: 'vote', message: e.message }] });
    throw e;
  }
  return withCase(ctx, input, 'decide', async (trx, s, c) => {
    assertActsFor(s, c, 'opening', 'decide');
    const rules = s.rules.rulebook.discipline;
    const today = todayOf(ctx);
    if (c.defence === null && today <= c.defence_due_on) {
      throw new AppError('rule_violation', `The member may answer the charges until ${c.defence_due_on}`, { hint: 'Decide after the defence is in or its deadline has passed' });
    }
    if (c.hearing_on !== null && today < c.hearing_on) throw new AppError('rule_violation', `The hearing is on ${c.hearing_on}; decide at or after it`);
    const penalty = penaltyRule(rules, input.penalty);
    const months = penaltyMonths(penalty, input.months);
    const result = decideVote(rules.vote, input.vote);
    if (!result.quorumMet) throw new AppError('rule_violation', result.explanation, { hint: 'Without a quorum the body cannot decide; hold the vote again' });
    const common = { decided_on: today, decision_meeting_ref: input.meetingRef ?? null, vote: JSON.stringify(result) };
    const detail = { penalty: penalty.key, months, adopted: result.adopted, vote: result.explanation };
    if (!result.adopted) {
      return advanceCase(trx, ctx, s, c, {
        action: 'decide',
        to: 'dismissed',
        patch: { ...common, closed_on: today },
        reason,
        meetingRef: input.meetingRef,
        detail,
        notice: { kind: 'case_dismissed', message: `Case ${c.id}: the motion for ${penalty.name.en} was not adopted; the case is dismissed.` },
      });
    }
    const ancestors = await ancestorsOf(trx, s.org.id, c.unit_path);
    const ratifier = ratifyingBody(penalty, ancestors);
    const appeal = appealBody(ancestors, ratifier);
    if (ratifier) {
      return advanceCase(trx, ctx, s, c, {
        action: 'decide',
        to: 'pending_ratification',
        patch: { ...common, penalty: penalty.key, penalty_months: months, ratify_unit_id: ratifier.id, appeal_unit_id: appeal?.id ?? null },
        reason,
        meetingRef: input.meetingRef,
        detail,
        notice: { kind: 'case_decided', message: `Case ${c.id}: ${penalty.name.en} was decided and awaits ratification by the higher body. It has no effect until then.` },
      });
    }
    const due = appeal ? appealDue(today, rules) : today;
    const decided = await advanceCase(trx, ctx, s, c, {
      action: 'decide',
      to: 'appeal_window',
      patch: { ...common, penalty: penalty.key, penalty_months: months, appeal_unit_id: appeal?.id ?? null, appeal_due_on: due },
      reason,
      meetingRef: input.meetingRef,
      detail,
      notice: appeal
        ? { kind: 'case_decided', message: `Case ${c.id}: ${penalty.name.en} was decided. You may appeal to the higher body until ${due}.`, dueOn: due }
        : { kind: 'case_decided', message: `Case ${c.id}: ${penalty.name.en} was decided by the top body; there is no appeal.` },
    });
    return appeal ? decided : makeFinal(trx, ctx, s, decided, { reason: 'no higher body to appeal to' });
  });
}
