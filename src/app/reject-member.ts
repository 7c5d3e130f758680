import type { AppContext } from './context.js';
import { takeMembershipStep, type MembershipStepInput } from './membership-step.js';
import type { MemberView } from './views.js';

/** Rejects an applicant or a candidate, with the reason: they leave their unit; the record and its history stay. */
export function rejectMember(ctx: AppContext, input: MembershipStepInput): Promise<MemberView> {
  return takeMembershipStep(ctx, 'reject', input);
}
