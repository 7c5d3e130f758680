import { attachCaseEvidence } from '../app/attach-case-evidence.js';
import type { AppContext } from '../app/context.js';
import { decideCase } from '../app/decide-case.js';
import { lodgeAppeal } from '../app/lodge-appeal.js';
import { openCase } from '../app/open-case.js';
import { scheduleHearing } from '../app/schedule-hearing.js';
import { sendTransfer } from '../app/send-transfer.js';
import { submitDefence } from '../app/submit-defence.js';
import { TODAY } from './expect-error.js';
import type { World } from './org-world.js';

/**
 * Cases and transfers at the places of an authorization world (see org-world.ts), built by the
 * local operator and remembered per world, so each route call finds its object in the state it needs.
 *
 * Cases, by target:
 *   own      about `member` (the plain member), opened by OWN
 *   sibling  about `sib1`, opened by SIB
 *   parent   about `ownX` (a member of OWN), opened by the section SA above — not OWN's business
 *   other    about `b1`, opened by CELLB in province B
 * Stages: open; heard (defence in, hearing today); pending (expulsion decided, awaiting the primary
 * committee); window (warning decided, appeal window open); appealed (warning under appeal); evidence
 * (open, with one file).
 */
export type CasePlace = 'own' | 'sibling' | 'parent' | 'other';
export type CaseStage = 'open' | 'heard' | 'pending' | 'window' | 'appealed' | 'evidence';

// Per database: both engines' suites run in one process with the same world names.
const memo = new WeakMap<object, Map<string, { caseId: number; attachmentId?: number }>>();
function madeIn(ctx: AppContext): Map<string, { caseId: number; attachmentId?: number }> {
  let m = memo.get(ctx.database.db);
  if (!m) memo.set(ctx.database.db, (m = new Map()));
  return m;
}
const CHARGES = 'Charges for the authorization tests: absent from every meeting.';

function placeOf(w: World, t: CasePlace): { member: number; unit: number } {
  if (t === 'own') return { member: w.member.member, unit: w.unit.own };
  if (t === 'sibling') return { member: w.member.sib1, unit: w.unit.sib };
  if (t === 'parent') return { member: w.member.ownX, unit: w.unit.sa };
  return { member: w.member.b1, unit: w.unit.cellB };
}

export async function caseAt(ctx: AppContext, w: World, t: CasePlace, stage: CaseStage): Promise<{ caseId: number; attachmentId?: number }> {
  const made = madeIn(ctx);
  const key = `${w.slug}:${t}:${stage}`;
  const known = made.get(key);
  if (known) return known;
  const { member, unit } = placeOf(w, t);
  const org = w.slug;
  const c = await openCase(ctx, { org, member: { id: member }, unit: { id: unit }, charges: CHARGES });
  const out: { caseId: number; attachmentId?: number } = { caseId: c.id };
  if (stage === 'evidence') {
    out.attachmentId = (await attachCaseEvidence(ctx, { org, caseId: c.id, filename: 'minutes.txt', contentType: 'text/plain', content: new TextEncoder().encode('minutes') })).id;
  }
  if (stage === 'heard' || stage === 'pending' || stage === 'window' || stage === 'appealed') {
    await submitDefence(ctx, { org, caseId: c.id, defence: 'I deny it.' });
    await scheduleHearing(ctx, { org, caseId: c.id, on: TODAY });
  }
  const vote = { entitled: 5, present: 5, for: 5, against: 0, abstain: 0 };
  if (stage === 'pending') await decideCase(ctx, { org, caseId: c.id, penalty: 'expulsion', vote, reason: 'proven' });
  if (stage === 'window' || stage === 'appealed') await decideCase(ctx, { org, caseId: c.id, penalty: 'warning', vote, reason: 'proven' });
  if (stage === 'appealed') await lodgeAppeal(ctx, { org, caseId: c.id, grounds: 'unfair' });
  made.set(key, out);
  return out;
}

/**
 * Transfers awaiting the receiving unit, by target: own — sib1 sent from SIB into OWN; sibling —
 * ownX sent from OWN into SIB; parent — b1 sent from CELLB into LAND; other — `member` sent from OWN
 * into CELLB.
 */
export async function transferAt(ctx: AppContext, w: World, t: CasePlace): Promise<number> {
  const made = madeIn(ctx);
  const key = `${w.slug}:transfer:${t}`;
  const known = made.get(key);
  if (known) return known.caseId;
  const [member, to] =
    t === 'own' ? [w.member.sib1, w.unit.own] : t === 'sibling' ? [w.member.ownX, w.unit.sib] : t === 'parent' ? [w.member.b1, w.unit.land] : [w.member.member, w.unit.cellB];
  const sent = await sendTransfer(ctx, { org: w.slug, member: { id: member }, to: { id: to }, reason: 'authorization test' });
  made.set(key, { caseId: sent.id });
  return sent.id;
}

/** Sets a member's status directly (an applicant or candidate to promote, extend or reject). */
export async function setStatus(ctx: AppContext, memberId: number, status: 'applicant' | 'candidate'): Promise<void> {
  await ctx.database.db.updateTable('members').set({ status, probation_ends_on: status === 'candidate' ? '2026-10-01' : null }).where('id', '=', memberId).execute();
}
