import { AppError } from '../core/errors.js';
import { decideVote, InvalidVoteCount, type VoteResult } from '../core/vote-rules.js';
import { insertDecision, listAttendance } from '../store/meeting.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { meetingFor } from './meeting-access.js';
import { decisionView, type DecisionView } from './meeting-views.js';
import { loadOrg } from './org-scope.js';

export interface RecordDecisionInput {
  org: string;
  meetingId: number;
  text: string;
  votesFor: number;
  votesAgainst: number;
  abstentions: number;
}

/**
 * Records a decision taken at a unit meeting by an open vote. Those entitled are the people
 * invited, those present are the ones marked present; the rulebook's meeting rule decides, and
 * the result keeps the basis it used.
 */
export async function recordMeetingDecision(ctx: AppContext, input: RecordDecisionInput): Promise<DecisionView> {
  const text = input.text.trim();
  if (text === '' || text.length > 20_000) throw new AppError('validation_failed', 'The decision is not valid', { problems: [{ path: 'text', message: '1–20,000 characters' }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { meeting } = await meetingFor(trx, s, input.meetingId, 'run_meetings');
    if (meeting.status === 'cancelled') throw new AppError('invalid_transition', `Meeting ${meeting.id} was cancelled`);
    const attendance = await listAttendance(trx, s.org.id, meeting.id);
    const entitled = attendance.length;
    const present = attendance.filter((a) => a.status === 'present').length;
    let result: VoteResult;
    try {
      result = decideVote(s.rules.rulebook.meetings.vote, { entitled, present, for: input.votesFor, against: input.votesAgainst, abstain: input.abstentions });
    } catch (e) {
      if (e instanceof InvalidVoteCount) throw new AppError('validation_failed', `The vote count is not possible: ${e.message}`, { problems: [{ path: 'votesFor', message: e.message }], hint: 'Mark attendance first: only people present vote' });
      throw e;
    }
    const row = await insertDecision(trx, { org_id: s.org.id, meeting_id: meeting.id, text, adopted: result.adopted ? 1 : 0, result: JSON.stringify(result), created_at: nowOf(ctx) });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'meeting.decision', entityType: 'meeting', entityId: meeting.id, data: { decisionId: row.id, adopted: result.adopted, explanation: result.explanation } });
    return decisionView(row);
  });
}
