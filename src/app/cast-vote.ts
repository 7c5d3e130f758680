import { AppError } from '../core/errors.js';
import { findRosterEntry, findRosterOfMember, hasAnyCheckIn, isCheckedIn, type RosterRow } from '../store/convention.repository.js';
import { addSecretBallot, insertOpenVote, markSecretVoter } from '../store/motion.repository.js';
import type { BallotChoice } from '../store/schema.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, type AppContext } from './context.js';
import { rosterEntryNotFound } from './convention-access.js';
import { motionFor } from './motion-access.js';
import { ballotChoices } from './motion-views.js';
import { loadOrg } from './org-scope.js';

export interface CastVoteInput {
  org: string;
  motionId: number;
  choice: BallotChoice;
  /**
   * A teller recording a named person's open vote (show of hands, roll call). Without it the actor
   * votes for themselves. Secret ballots are only ever cast by the voter.
   */
  rosterId?: number | undefined;
}

/**
 * Casts a ballot. Only entitled people on the roster (not guests, not replaced) who are checked in
 * to the motion's session may vote, once. A secret ballot writes two things that share no key: the
 * voter into the list of who has voted, and one more vote into the running total of the choice.
 */
export async function castVote(ctx: AppContext, input: CastVoteInput): Promise<{ motionId: number; ballot: 'open' | 'secret'; recorded: true }> {
  if (!(ballotChoices as readonly string[]).includes(input.choice)) throw new AppError('validation_failed', 'Unknown choice', { problems: [{ path: 'choice', message: ballotChoices.join(', ') }] });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, convention, unit } = await motionFor(trx, s, input.motionId, 'read_names', { onRoster: true });
    if (motion.status !== 'voting' || motion.ballot === null) throw new AppError('invalid_transition', `Motion ${motion.id} is not open for voting (${motion.status})`);
    if (motion.ballot_medium === 'paper') throw new AppError('invalid_transition', `Motion ${motion.id} is voted on paper`, { hint: 'Cast your ballot paper; the tellers enter the totals' });
    let entry: RosterRow | undefined;
    if (input.rosterId !== undefined) {
      if (!s.access.allows('run_meetings', unit.path)) throw new AppError('forbidden', 'Only those who run the convention record the votes of others');
      if (motion.ballot === 'secret') throw new AppError('invalid_transition', 'A secret ballot is cast by the voter alone', { hint: 'Each voter casts their own ballot' });
      entry = await findRosterEntry(trx, s.org.id, input.rosterId);
      if (!entry || entry.convention_id !== convention.id) throw rosterEntryNotFound(input.rosterId);
    } else {
      entry = s.access.ownMemberId === null ? undefined : await findRosterOfMember(trx, s.org.id, convention.id, s.access.ownMemberId);
      if (!entry) throw new AppError('forbidden', `You do not sit at convention ${convention.id}`);
    }
    if (entry.status !== 'entitled' || entry.member_id === null || entry.category === 'guest') throw new AppError('forbidden', `Roster entry ${entry.id} has no vote (${entry.category === 'guest' ? 'guest' : entry.status})`);
    const present = motion.session_id === null ? await hasAnyCheckIn(trx, s.org.id, entry.id) : await isCheckedIn(trx, motion.session_id, entry.id);
    if (!present) throw new AppError('invalid_transition', 'Only people checked in to the session vote', { hint: 'Check in at the desk first' });
    if (motion.ballot === 'open') {
      if (!(await insertOpenVote(trx, s.org.id, motion.id, entry.id, input.choice))) throw new AppError('already_exists', 'This person has already voted on this motion');
      await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.vote', entityType: 'motion', entityId: motion.id, data: { rosterId: entry.id, choice: input.choice } });
    } else {
      if (!(await markSecretVoter(trx, s.org.id, motion.id, entry.id))) throw new AppError('already_exists', 'You have already voted on this motion');
      await addSecretBallot(trx, s.org.id, motion.id, input.choice);
      // The audit event says that this person voted, never how.
      await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.secret_ballot', entityType: 'motion', entityId: motion.id, data: { rosterId: entry.id } });
    }
    return { motionId: motion.id, ballot: motion.ballot, recorded: true as const };
  });
}
