import { appealDue } from '../core/discipline/penalties.js';
import { assertActsFor } from './case-access.js';
import { advanceCase, makeFinal, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';
import { requireReason } from './refs.js';

export interface RatifyCaseInput extends CaseInput {
  outcome: 'ratify' | 'overturn';
  reason: string;
  meetingRef?: string | null | undefined;
}

/** The ratifying body confirms the decision (the appeal window opens) or overturns it (the case closes without penalty). */
export async function ratifyCase(ctx: AppContext, input: RatifyCaseInput): Promise<CaseDetail> {
  const reason = requireReason(input.reason);
  return withCase(ctx, input, input.outcome, async (trx, s, c) => {
    assertActsFor(s, c, 'ratifying', input.outcome);
    const today = todayOf(ctx);
    if (input.outcome === 'overturn') {
      return advanceCase(trx, ctx, s, c, {
        action: 'overturn',
        to: 'overturned',
        patch: { closed_on: today },
        reason,
        meetingRef: input.meetingRef,
        notice: { kind: 'case_overturned', message: `Case ${c.id}: the higher body overturned the decision; no penalty applies.` },
      });
    }
    const appeal = c.appeal_unit_id !== null;
    const due = appeal ? appealDue(today, s.rules.rulebook.discipline) : today;
    const ratified = await advanceCase(trx, ctx, s, c, {
      action: 'ratify',
      to: 'appeal_window',
      patch: { ratified_on: today, appeal_due_on: due },
      reason,
      meetingRef: input.meetingRef,
      notice: appeal
        ? { kind: 'case_ratified', message: `Case ${c.id}: the decision was ratified. You may appeal to the next higher body until ${due}.`, dueOn: due }
        : { kind: 'case_ratified', message: `Case ${c.id}: the decision was ratified by the top body; there is no appeal.` },
    });
    return appeal ? ratified : makeFinal(trx, ctx, s, ratified, { reason: 'no higher body to appeal to' });
  });
}
