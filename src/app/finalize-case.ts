import { AppError } from '../core/errors.js';
import { actsFor } from './case-access.js';
import { makeFinal, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';

/**
 * Ends the appeal window: the member waives their appeal, or (after the window has closed) the
 * opening unit records that none came. The sweep (sweepDiscipline) does the latter by itself.
 */
export async function finalizeCase(ctx: AppContext, input: CaseInput & { reason?: string | undefined }): Promise<CaseDetail> {
  return withCase(ctx, input, 'finalize', async (trx, s, c) => {
    const own = s.access.isOwnMember(c.member_id);
    const closed = c.appeal_due_on !== null && todayOf(ctx) > c.appeal_due_on;
    if (!own && !actsFor(s, c.unit_path)) throw new AppError('forbidden', `Only the member concerned or the unit that opened case ${c.id} may close its appeal window`);
    if (!own && !closed && c.state === 'appeal_window') throw new AppError('rule_violation', `The member may appeal until ${c.appeal_due_on}`, { hint: 'Wait for the window to close, or for the member to waive their appeal' });
    return makeFinal(trx, ctx, s, c, { reason: input.reason?.trim() || (own ? 'the member waived the appeal' : 'no appeal within the window') });
  });
}
