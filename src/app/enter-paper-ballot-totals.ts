import { AppError, type Problem } from '../core/errors.js';
import { presentVoters } from '../store/convention.repository.js';
import { findMotion, findPaperTotals, insertPaperTotals, updatePaperTotalsIfVersion } from '../store/motion.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { actorName, inTransaction, nowOf, type AppContext } from './context.js';
import { motionFor, motionViewOf } from './motion-access.js';
import type { MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';

export interface PaperTotalsInput {
  org: string;
  motionId: number;
  for: number;
  against: number;
  abstain: number;
  /** Papers that could not be counted (blank, marked twice, torn); they count towards nobody. */
  spoilt: number;
  /** The version of totals already entered, to correct them; omit on first entry. */
  version?: number | undefined;
}

/**
 * Tellers enter the totals they counted for a secret ballot held on paper. Only the four counts and
 * who entered them are stored — nothing per person. More papers than voters present is refused:
 * the box was stuffed or the count is wrong. The totals can be corrected until the vote closes.
 */
export async function enterPaperBallotTotals(ctx: AppContext, input: PaperTotalsInput): Promise<MotionView> {
  const problems: Problem[] = [];
  for (const k of ['for', 'against', 'abstain', 'spoilt'] as const) {
    const n = input[k];
    if (!Number.isInteger(n) || n < 0 || n > 10_000_000) problems.push({ path: k, message: 'a whole number ≥ 0' });
  }
  if (problems.length > 0) throw new AppError('validation_failed', 'The totals are not valid', { problems });
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { motion, convention } = await motionFor(trx, s, input.motionId, 'run_meetings');
    if (motion.status !== 'voting' || motion.ballot !== 'secret' || motion.ballot_medium !== 'paper') throw new AppError('invalid_transition', `Motion ${motion.id} is not being voted on paper (${motion.status})`);
    const present = await presentVoters(trx, s.org.id, convention.id, motion.session_id);
    const papers = input.for + input.against + input.abstain + input.spoilt;
    if (papers > present) {
      throw new AppError('validation_failed', `${papers} ballot papers, but only ${present} voters are present`, { problems: [{ path: 'spoilt', message: `for + against + abstain + spoilt must not exceed the ${present} voters present` }], hint: 'Count the papers again' });
    }
    const existing = await findPaperTotals(trx, s.org.id, motion.id);
    const at = nowOf(ctx);
    const row = { votes_for: input.for, votes_against: input.against, abstentions: input.abstain, spoilt: input.spoilt, entered_by: actorName(ctx.actor), entered_at: at };
    if (existing) {
      if (input.version === undefined) throw new AppError('already_exists', `The totals of motion ${motion.id} were already entered`, { hint: 'Send their version to correct them' });
      checkVersion(`The totals of motion ${motion.id}`, existing.version, input.version);
      if (!(await updatePaperTotalsIfVersion(trx, s.org.id, motion.id, existing.version, row))) throw staleWrite(`The totals of motion ${motion.id}`);
    } else await insertPaperTotals(trx, { motion_id: motion.id, org_id: s.org.id, ...row, version: 1 });
    await recordAudit(trx, ctx, {
      orgId: s.org.id,
      action: 'motion.paper_totals',
      entityType: 'motion',
      entityId: motion.id,
      data: { before: existing ? { for: existing.votes_for, against: existing.votes_against, abstain: existing.abstentions, spoilt: existing.spoilt } : null, after: { for: input.for, against: input.against, abstain: input.abstain, spoilt: input.spoilt }, present },
    });
    return motionViewOf(trx, (await findMotion(trx, s.org.id, motion.id)) ?? motion);
  });
}
