import { assertActsFor } from './case-access.js';
import { advanceCase, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';
import { requireReason } from './refs.js';

/** The opening unit withdraws the charges before a decision, with its reason. */
export async function withdrawCase(ctx: AppContext, input: CaseInput & { reason: string }): Promise<CaseDetail> {
  const reason = requireReason(input.reason);
  return withCase(ctx, input, 'withdraw', async (trx, s, c) => {
    assertActsFor(s, c, 'opening', 'withdraw the charges');
    return advanceCase(trx, ctx, s, c, {
      action: 'withdraw',
      to: 'withdrawn',
      patch: { closed_on: todayOf(ctx) },
      reason,
      notice: { kind: 'case_withdrawn', message: `Case ${c.id} was withdrawn: ${reason}` },
    });
  });
}
