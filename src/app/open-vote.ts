import { AppError } from '../core/errors.js';
import { findMotion, listAmendments, updateMotionIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import { ballotKinds, ballotMedia, type BallotKind, type BallotMedium, type MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

/**
 * Puts a motion to the vote by open or secret ballot. The text is fixed from here on, and the
 * rulebook's convention vote rule in force now is the one the result will be decided by. A secret
 * ballot is cast electronically by each voter, or on paper (`medium: 'paper'`) and then counted
 * by tellers, who enter the totals.
 */
export async function openVote(ctx: AppContext, input: { org: string; motionId: number; ballot: BallotKind; medium?: BallotMedium | undefined; version: number }): Promise<MotionView> {
  if (!(ballotKinds as readonly string[]).includes(input.ballot)) throw new AppError('validation_failed', 'Unknown ballot', { problems: [{ path: 'ballot', message: ballotKinds.join(' or ') }] });
  if (input.medium !== undefined && !(ballotMedia as readonly string[]).includes(input.medium)) throw new AppError('validation_failed', 'Unknown ballot medium', { problems: [{ path: 'medium', message: ballotMedia.join(' or ') }] });
  if (input.medium === 'paper' && input.ballot !== 'secret') throw new AppError('validation_failed', 'Only a secret ballot is held on paper', { problems: [{ path: 'medium', message: 'paper is for secret ballots; an open vote is recorded by name' }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, convention } = await motionFor(trx, s, input.motionId, 'run_meetings');
    checkVersion(`Motion ${motion.id}`, motion.version, input.version);
    if (motion.status !== 'draft') throw new AppError('invalid_transition', `Motion ${motion.id} is ${motion.status}`);
    if (convention.status !== 'frozen') throw new AppError('invalid_transition', `Convention ${convention.id} is ${convention.status}`);
    const pending = (await listAmendments(trx, s.org.id, [motion.id])).filter((a) => a.status === 'proposed');
    if (pending.length > 0) throw new AppError('invalid_transition', `Motion ${motion.id} has ${pending.length} undecided amendment(s)`, { hint: 'Accept or reject every amendment before the vote' });
    const patch = { status: 'voting' as const, ballot: input.ballot, ballot_medium: input.ballot === 'secret' ? (input.medium ?? 'electronic') : null, vote_rule: JSON.stringify(s.rules.rulebook.conventions.vote), updated_at: nowOf(ctx) };
    if (!(await updateMotionIfVersion(trx, s.org.id, motion.id, motion.version, patch))) throw staleWrite(`Motion ${motion.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.open_vote', entityType: 'motion', entityId: motion.id, data: { ballot: input.ballot, medium: patch.ballot_medium, rule: s.rules.rulebook.conventions.vote } });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
