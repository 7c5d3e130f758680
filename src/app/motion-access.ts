import type { Permission } from '../core/access-policy.js';
import { AppError } from '../core/errors.js';
import type { Executor } from '../store/database.js';
import { countVoters, findMotion, findPaperTotals, listAmendments, type MotionRow } from '../store/motion.repository.js';
import type { ScopedOrg } from './access.js';
import { conventionFor, type ConventionInScope } from './convention-access.js';
import { motionView, type MotionView } from './motion-views.js';

export const motionNotFound = (id: number): AppError => new AppError('not_found', `Motion with id ${id} was not found`);

/** A motion and its convention, checked at the convening unit (out of sight answers as missing). */
export async function motionFor(db: Executor, s: ScopedOrg, id: number, permission: Permission, opts: { onRoster?: boolean } = {}): Promise<ConventionInScope & { motion: MotionRow }> {
  const motion = await findMotion(db, s.org.id, id);
  if (!motion) throw motionNotFound(id);
  try {
    return { ...(await conventionFor(db, s, motion.convention_id, permission, opts)), motion };
  } catch (e) {
    if (e instanceof AppError && e.code === 'not_found') throw motionNotFound(id);
    throw e;
  }
}

export async function motionViewOf(db: Executor, motion: MotionRow): Promise<MotionView> {
  const amendments = await listAmendments(db, motion.org_id, [motion.id]);
  const paper = motion.ballot_medium === 'paper' ? await findPaperTotals(db, motion.org_id, motion.id) : undefined;
  const cast = motion.ballot === null ? 0 : paper ? paper.votes_for + paper.votes_against + paper.abstentions + paper.spoilt : await countVoters(db, motion.org_id, motion.id, motion.ballot);
  return motionView(motion, amendments, cast, paper);
}
