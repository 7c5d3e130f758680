import { createHash } from 'node:crypto';
import { AppError } from '../core/errors.js';
import { listMinutes, updateDraftMinutesIfVersion } from '../store/meeting.repository.js';
import { scopedOrg } from './access.js';
import { actorName, inTransaction, nowOf, type AppContext } from './context.js';
import { recordAudit } from './audit-log.js';
import { meetingFor } from './meeting-access.js';
import { minutesView, type MinutesView } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

/** Approves the draft minutes: from now on that revision is immutable (the database refuses changes too). */
export async function approveMinutes(ctx: AppContext, input: { org: string; meetingId: number; version: number }): Promise<MinutesView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    const draft = (await listMinutes(trx, s.org.id, meeting.id)).at(-1);
    if (!draft || draft.status !== 'draft') throw new AppError('invalid_transition', `Meeting ${meeting.id} has no draft minutes to approve`);
    checkVersion(`The minutes of meeting ${meeting.id}`, draft.version, input.version);
    const at = nowOf(ctx);
    const by = actorName(ctx.actor);
    if (!(await updateDraftMinutesIfVersion(trx, s.org.id, draft.id, draft.version, { status: 'approved', approved_at: at, approved_by: by }))) throw staleWrite(`The minutes of meeting ${meeting.id}`);
    // The digest of the approved text goes into the audit chain: a later change would show.
    const digest = createHash('sha256').update(draft.text).digest('hex');
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'minutes.approve', entityType: 'meeting', entityId: meeting.id, data: { revision: draft.revision, sha256: digest } });
    return minutesView({ ...draft, status: 'approved', approved_at: at, approved_by: by, version: draft.version + 1 });
  });
}
