import { AppError } from '../core/errors.js';
import { decideVote, voteRuleSchema } from '../core/vote-rules.js';
import { presentVoters, rosterCounts } from '../store/convention.repository.js';
import { ballotCounts, findMotion, findPaperTotals, updateMotionIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

/**
 * Closes the vote and decides it by the rule fixed when it opened: entitled is the roster's voting
 * seats (office holders, delegates, substitutes; not guests or vacant seats), present those of them
 * checked in to the motion's session. The result is stored with that basis.
 */
export async function closeVote(ctx: AppContext, input: { org: string; motionId: number; version: number }): Promise<MotionView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, convention } = await motionFor(trx, s, input.motionId, 'run_meetings');
    checkVersion(`Motion ${motion.id}`, motion.version, input.version);
    if (motion.status !== 'voting' || motion.ballot === null || motion.vote_rule === null) throw new AppError('invalid_transition', `Motion ${motion.id} is not being voted on (${motion.status})`);
    let counts: { for: number; against: number; abstain: number };
    if (motion.ballot_medium === 'paper') {
      // Spoilt papers count towards nobody: the rule sees the valid ballots, as it does electronically.
      const paper = await findPaperTotals(trx, s.org.id, motion.id);
      if (!paper) throw new AppError('invalid_transition', `The tellers have not entered the totals of motion ${motion.id}`, { hint: 'Enter the counted paper ballots first' });
      counts = { for: paper.votes_for, against: paper.votes_against, abstain: paper.abstentions };
    } else counts = await ballotCounts(trx, s.org.id, motion.id, motion.ballot);
    const { entitled } = await rosterCounts(trx, s.org.id, convention.id);
    const present = await presentVoters(trx, s.org.id, convention.id, motion.session_id);
    const result = decideVote(voteRuleSchema.parse(JSON.parse(motion.vote_rule)), { entitled, present, for: counts.for, against: counts.against, abstain: counts.abstain });
    const at = nowOf(ctx);
    const patch = { status: result.adopted ? ('adopted' as const) : ('rejected' as const), entitled, present, result: JSON.stringify(result), decided_at: at, updated_at: at };
    if (!(await updateMotionIfVersion(trx, s.org.id, motion.id, motion.version, patch))) throw staleWrite(`Motion ${motion.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.close_vote', entityType: 'motion', entityId: motion.id, data: { adopted: result.adopted, explanation: result.explanation } });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
