import { AppError } from '../core/errors.js';
import { updateMeetingIfVersion } from '../store/meeting.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { getMeeting } from './meeting-queries.js';
import type { MeetingDetail } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';

/** Cancels a meeting; it stays on record and calendars show it as cancelled. */
export async function cancelMeeting(ctx: AppContext, input: { org: string; meetingId: number; reason: string; version: number }): Promise<MeetingDetail> {
  const reason = requireReason(input.reason);
  await inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting, unit } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    checkVersion(`Meeting ${meeting.id}`, meeting.version, input.version);
    if (meeting.status === 'cancelled') throw new AppError('invalid_transition', `Meeting ${meeting.id} is already cancelled`);
    const ok = await updateMeetingIfVersion(trx, s.org.id, meeting.id, meeting.version, { status: 'cancelled', cancel_reason: reason, sequence: meeting.sequence + 1, updated_at: nowOf(ctx) });
    if (!ok) throw staleWrite(`Meeting ${meeting.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'meeting.cancel', entityType: 'meeting', entityId: meeting.id, reason, data: { unitCode: unit.code } });
  });
  return getMeeting(ctx, input.org, input.meetingId);
}
