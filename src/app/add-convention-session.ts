import { AppError, type Problem } from '../core/errors.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import { insertSession } from '../store/convention.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { conventionFor } from './convention-access.js';
import { sessionView, type SessionView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, checkTimes, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';

/** Adds a session to a convention's program, in the convention's own time zone, within its days. */
export async function addConventionSession(ctx: AppContext, input: { org: string; conventionId: number; title: string; start: string; end: string }): Promise<SessionView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention } = await conventionFor(trx, s, input.conventionId, 'run_meetings');
    if (convention.status === 'past' || convention.status === 'closed') throw new AppError('invalid_transition', `Convention ${convention.id} is ${convention.status}`);
    const problems: Problem[] = [];
    const title = checkText(input.title, 'title', 200, problems);
    const times = checkTimes({ start: input.start, end: input.end, timeZone: convention.time_zone }, problems);
    if (times) {
      const day = utcToLocal(new Date(times.startsAt), convention.time_zone).slice(0, 10);
      if (day < convention.starts_on || day > convention.ends_on) problems.push({ path: 'start', message: `on one of the convention's days (${convention.starts_on} to ${convention.ends_on})` });
    }
    failOn(problems, 'The session is not valid');
    if (!times) throw new AppError('validation_failed', 'The session times are not valid');
    const row = await insertSession(trx, { org_id: s.org.id, convention_id: convention.id, title, starts_at: times.startsAt, ends_at: times.endsAt, sequence: 0, created_at: nowOf(ctx) });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'convention.add_session', entityType: 'convention', entityId: convention.id, data: { sessionId: row.id, startsAt: times.startsAt } });
    return sessionView(row, convention.time_zone, 0);
  });
}
