import type { AppContext } from './context.js';
import { takeMembershipStep, type MembershipStepInput } from './membership-step.js';
import type { MemberView } from './views.js';

/** Extends a candidate's probation by up to the rulebook's months, as often as it allows (once by default), with a reason. */
export function extendProbation(ctx: AppContext, input: MembershipStepInput & { months?: number | undefined }): Promise<MemberView> {
  return takeMembershipStep(ctx, 'extend_probation', input);
}
