import { AppError } from '../core/errors.js';
import { insertMinutes, listMinutes, updateDraftMinutesIfVersion } from '../store/meeting.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { minutesView, type MinutesView } from './meeting-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';

export interface SaveMinutesInput {
  org: string;
  meetingId: number;
  text: string;
  /** The draft's version when changing a draft. */
  version?: number | undefined;
  /** Required to open a corrected revision of approved minutes. */
  correctionReason?: string | undefined;
}

/**
 * Writes the draft minutes of a meeting. Approved minutes are never changed: a correction starts a
 * new revision (with its reason), which is approved in its turn; earlier revisions stay as they were.
 */
export async function saveMinutes(ctx: AppContext, input: SaveMinutesInput): Promise<MinutesView> {
  const text = input.text.trim();
  if (text === '' || text.length > 100_000) throw new AppError('validation_failed', 'The minutes are not valid', { problems: [{ path: 'text', message: '1–100,000 characters' }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    if (meeting.status === 'cancelled') throw new AppError('invalid_transition', `Meeting ${meeting.id} was cancelled; it has no minutes`);
    const revisions = await listMinutes(trx, s.org.id, meeting.id);
    const last = revisions.at(-1);
    const at = nowOf(ctx);
    if (last?.status === 'draft') {
      checkVersion(`The minutes of meeting ${meeting.id}`, last.version, input.version);
      if (!(await updateDraftMinutesIfVersion(trx, s.org.id, last.id, last.version, { text }))) throw staleWrite(`The minutes of meeting ${meeting.id}`);
      await recordAudit(trx, ctx, { orgId: s.org.id, action: 'minutes.edit', entityType: 'meeting', entityId: meeting.id, data: { revision: last.revision } });
      return minutesView({ ...last, text, version: last.version + 1 });
    }
    let correction: string | null = null;
    if (last) {
      if (input.correctionReason === undefined) {
        throw new AppError('invalid_transition', `The minutes of meeting ${meeting.id} are approved and cannot change`, { hint: 'Give a correction reason to open a corrected revision' });
      }
      correction = requireReason(input.correctionReason);
    }
    const row = await insertMinutes(trx, { org_id: s.org.id, meeting_id: meeting.id, revision: (last?.revision ?? 0) + 1, status: 'draft', text, correction_reason: correction, approved_at: null, approved_by: null, version: 1, created_at: at });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'minutes.draft', entityType: 'meeting', entityId: meeting.id, reason: correction, data: { revision: row.revision } });
    return minutesView(row);
  });
}
