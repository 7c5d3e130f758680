import { AppError } from '../core/errors.js';
import { updateSessionIfVersion } from '../store/convention.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { sessionView, type SessionView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, requireReason, staleWrite } from './refs.js';
import { sessionFor } from './session-access.js';

/** Cancels a session: it stays in the program with its reason, and calendars show STATUS:CANCELLED. */
export async function cancelConventionSession(ctx: AppContext, input: { org: string; conventionId: number; sessionId: number; reason: string; version: number }): Promise<SessionView> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention, session, present } = await sessionFor(trx, s, input.conventionId, input.sessionId);
    checkVersion(`Session ${session.id}`, session.version, input.version);
    if (session.status === 'cancelled') throw new AppError('invalid_transition', `Session ${session.id} is already cancelled`);
    const patch = { status: 'cancelled' as const, cancel_reason: reason, sequence: session.sequence + 1, updated_at: nowOf(ctx) };
    if (!(await updateSessionIfVersion(trx, s.org.id, session.id, session.version, patch))) throw staleWrite(`Session ${session.id}`);
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.cancel_session', entityType: 'convention', entityId: convention.id, reason, data: { sessionId: session.id } });
    return sessionView({ ...session, ...patch, version: session.version + 1 }, convention.time_zone, present);
  });
}
