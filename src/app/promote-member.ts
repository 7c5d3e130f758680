import type { AppContext } from './context.js';
import { takeMembershipStep, type MembershipStepInput } from './membership-step.js';
import type { MemberView } from './views.js';

/** Applicant → candidate (probation starts; straight to full member when the rulebook has no candidate stage); candidate → full member once probation has ended. */
export function promoteMember(ctx: AppContext, input: MembershipStepInput): Promise<MemberView> {
  return takeMembershipStep(ctx, 'promote', input);
}
