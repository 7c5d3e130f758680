import { AppError } from '../core/errors.js';
import { advanceCase, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';

export interface LodgeAppealInput extends CaseInput {
  grounds: string;
}

/** The member appeals to the next higher body, within the window. */
export async function lodgeAppeal(ctx: AppContext, input: LodgeAppealInput): Promise<CaseDetail> {
  const grounds = input.grounds.trim();
  if (grounds.length < 1 || grounds.length > 20_000) throw new AppError('validation_failed', 'The grounds of appeal are empty or too long', { problems: [{ path: 'grounds', message: '1–20,000 characters' }] });
  return withCase(ctx, input, 'appeal', async (trx, s, c) => {
    if (!s.access.isOwnMember(c.member_id) && !s.access.unrestricted) throw new AppError('forbidden', `Only the member concerned may appeal in case ${c.id}`);
    const today = todayOf(ctx);
    if (c.state === 'appeal_window' && c.appeal_due_on !== null && today > c.appeal_due_on) {
      throw new AppError('invalid_transition', `The appeal window closed on ${c.appeal_due_on}`);
    }
    return advanceCase(trx, ctx, s, c, {
      action: 'appeal',
      to: 'under_appeal',
      patch: { appeal: grounds, appealed_on: today },
      notice: { kind: 'appeal_lodged', message: `Case ${c.id}: your appeal was received by the higher body.` },
    });
  });
}
