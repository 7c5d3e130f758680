import { AppError } from '../core/errors.js';
import { assertMemberOrHandler } from './case-access.js';
import { advanceCase, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import { todayOf, type AppContext } from './context.js';

export interface SubmitDefenceInput extends CaseInput {
  defence: string;
}

/** The member answers the charges (or the opening unit records their answer), once, before the decision. */
export async function submitDefence(ctx: AppContext, input: SubmitDefenceInput): Promise<CaseDetail> {
  const defence = input.defence.trim();
  if (defence.length < 1 || defence.length > 20_000) throw new AppError('validation_failed', 'The defence is empty or too long', { problems: [{ path: 'defence', message: '1–20,000 characters' }] });
  return withCase(ctx, input, 'submit_defence', async (trx, s, c) => {
    assertMemberOrHandler(s, c, 'submit a defence');
    if (c.defence !== null) throw new AppError('invalid_transition', `A defence was already submitted in case ${c.id} on ${c.defence_on}`);
    // A late answer is still taken before the decision (recorded as late): due process favours hearing the member.
    const on = todayOf(ctx);
    const to = c.state === 'open' ? 'defence_received' : c.state === 'hearing_scheduled' ? 'hearing_scheduled' : 'defence_received';
    return advanceCase(trx, ctx, s, c, { action: 'submit_defence', to, patch: { defence, defence_on: on }, detail: { late: on > c.defence_due_on } });
  });
}
