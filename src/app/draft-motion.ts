import { AppError, type Problem } from '../core/errors.js';
import { findSession } from '../store/convention.repository.js';
import { insertMotion } from '../store/motion.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { conventionFor } from './convention-access.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, failOn } from './meeting-input.js';
import { motionViewOf } from './motion-access.js';
import { motionKinds, type MotionView } from './motion-views.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';

export interface DraftMotionInput {
  org: string;
  conventionId: number;
  /** The session it is put to (its check-ins count as present); none: any session. */
  sessionId?: number | null | undefined;
  kind: (typeof motionKinds)[number];
  title: string;
  text: string;
  /** The member who moves it (they may withdraw it); default: the actor's own member record, if any. */
  mover?: MemberRef | undefined;
}

/** Tables a motion or a statement in draft; it can be amended until the vote opens. */
export async function draftMotion(ctx: AppContext, input: DraftMotionInput): Promise<MotionView> {
  const problems: Problem[] = [];
  if (!(motionKinds as readonly string[]).includes(input.kind)) problems.push({ path: 'kind', message: motionKinds.join(', ') });
  const title = checkText(input.title, 'title', 300, problems);
  const text = checkText(input.text, 'text', 200_000, problems);
  failOn(problems, 'The motion is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    if (convention.status !== 'frozen') throw new AppError('invalid_transition', `Convention ${convention.id} takes no motions while ${convention.status === 'planned' ? 'its roster is not frozen' : convention.status}`);
    if (input.sessionId != null) {
      const session = await findSession(trx, s.org.id, input.sessionId);
      if (!session || session.convention_id !== convention.id) throw new AppError('not_found', `Session with id ${input.sessionId} was not found`);
      if (session.status === 'cancelled') throw new AppError('invalid_transition', `Session ${session.id} was cancelled`, { hint: 'Put the motion to another session' });
    }
    const moverId = input.mover ? (await memberFor(trx, s, input.mover, 'read_names')).id : s.access.ownMemberId;
    const at = nowOf(ctx);
    const row = await insertMotion(trx, {
      mover_member_id: moverId,
      org_id: s.org.id,
      convention_id: convention.id,
      session_id: input.sessionId ?? null,
      kind: input.kind,
      title,
      text,
      status: 'draft',
      ballot: null,
      vote_rule: null,
      entitled: null,
      present: null,
      result: null,
      decided_at: null,
      public_id: null,
      published_at: null,
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'motion.draft', entityType: 'motion', entityId: row.id, data: { conventionId: convention.id, kind: input.kind, title, moverMemberId: moverId } });
    return motionViewOf(trx, row);
  });
}
