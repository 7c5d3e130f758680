import { assertReduction, penaltyMonths, penaltyRule } from '../core/discipline/penalties.js';
import { AppError } from '../core/errors.js';
import { assertActsFor } from './case-access.js';
import { advanceCase, makeFinal, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';
import { requireReason } from './refs.js';

export interface DecideAppealInput extends CaseInput {
  outcome: 'uphold' | 'reduce' | 'annul';
  /** On `reduce`: the milder penalty (and length). */
  penalty?: string | undefined;
  months?: number | null | undefined;
  reason: string;
  meetingRef?: string | null | undefined;
}

/** The appeal body upholds the decision, reduces the penalty, or annuls it; uphold and reduce make it final. */
export async function decideAppeal(ctx: AppContext, input: DecideAppealInput): Promise<CaseDetail> {
  const reason = requireReason(input.reason);
  return withCase(ctx, input, input.outcome, async (trx, s, c) => {
    assertActsFor(s, c, 'appeal', `${input.outcome} the appeal decision`);
    const rules = s.rules.rulebook.discipline;
    if (input.outcome === 'annul') {
      return advanceCase(trx, ctx, s, c, {
        action: 'annul',
        to: 'annulled',
        patch: { closed_on: todayOf(ctx) },
        reason,
        meetingRef: input.meetingRef,
        notice: { kind: 'case_annulled', message: `Case ${c.id}: on appeal, the decision was annulled; no penalty applies.` },
      });
    }
    if (input.outcome === 'uphold') {
      if (input.penalty !== undefined) throw new AppError('validation_failed', 'Upholding keeps the decided penalty', { problems: [{ path: 'penalty', message: 'leave it out, or reduce instead' }] });
      return makeFinal(trx, ctx, s, c, { reason, action: 'uphold', meetingRef: input.meetingRef });
    }
    if (input.penalty === undefined) throw new AppError('validation_failed', 'A reduction names the milder penalty', { problems: [{ path: 'penalty', message: 'required when reducing' }] });
    const p = penaltyRule(rules, input.penalty);
    const months = penaltyMonths(p, input.months);
    if (c.state === 'under_appeal' && c.penalty !== null) assertReduction(rules, c.penalty, p.key, c.penalty_months, months);
    return makeFinal(trx, ctx, s, c, { reason, action: 'reduce', penalty: p.key, months, meetingRef: input.meetingRef });
  });
}
