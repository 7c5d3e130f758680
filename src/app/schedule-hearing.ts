import { isIsoDate } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { assertActsFor } from './case-access.js';
import { advanceCase, withCase, type CaseInput } from './case-workflow.js';
import type { CaseDetail } from './case-views.js';
import type { AppContext } from './context.js';
import { requireReason } from './refs.js';

export interface ScheduleHearingInput extends CaseInput {
  on: string;
  /** The meeting at which the case is heard (a free reference until meetings exist). */
  meetingRef?: string | null | undefined;
  reason?: string | undefined;
}

/** Sets (or moves) the hearing at a meeting of the opening unit; the member is told when. */
export async function scheduleHearing(ctx: AppContext, input: ScheduleHearingInput): Promise<CaseDetail> {
  if (!isIsoDate(input.on)) throw new AppError('validation_failed', 'The hearing date is not valid', { problems: [{ path: 'on', message: 'write YYYY-MM-DD' }] });
  return withCase(ctx, input, 'schedule_hearing', async (trx, s, c) => {
    assertActsFor(s, c, 'opening', 'schedule the hearing');
    const moving = c.state === 'hearing_scheduled';
    const reason = moving ? requireReason(input.reason) : (input.reason?.trim() ?? null);
    if (input.on < c.opened_on) throw new AppError('validation_failed', 'The hearing cannot be before the case was opened', { problems: [{ path: 'on', message: `on or after ${c.opened_on}` }] });
    return advanceCase(trx, ctx, s, c, {
      action: 'schedule_hearing',
      to: 'hearing_scheduled',
      patch: { hearing_on: input.on, hearing_meeting_ref: input.meetingRef ?? null },
      reason,
      meetingRef: input.meetingRef,
      detail: { hearingOn: input.on, moved: moving },
      notice: { kind: 'hearing_scheduled', message: `Case ${c.id}: the hearing is on ${input.on}${input.meetingRef ? ` (meeting ${input.meetingRef})` : ''}. You may attend and speak.`, dueOn: input.on },
    });
  });
}
