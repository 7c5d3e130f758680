import { AppError, type Problem } from '../core/errors.js';
import { utcToLocal } from '../core/meetings/time-zone.js';
import { updateSessionIfVersion } from '../store/convention.repository.js';
import { scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { sessionView, type SessionView } from './convention-views.js';
import { inTransaction, nowOf, type AppContext } from './context.js';
import { checkText, checkTimes, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import { checkVersion, staleWrite } from './refs.js';
import { sessionFor } from './session-access.js';

export interface ChangeSessionInput {
  org: string;
  conventionId: number;
  sessionId: number;
  title?: string | undefined;
  /** Wall-clock times in the convention's zone, YYYY-MM-DDTHH:mm; give both or neither. */
  start?: string | undefined;
  end?: string | undefined;
  version: number;
}

/** Retitles or moves a session within the convention's days; calendars see a raised SEQUENCE. */
export async function changeConventionSession(ctx: AppContext, input: ChangeSessionInput): Promise<SessionView> {
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const { convention, session, present } = await sessionFor(trx, s, input.conventionId, input.sessionId);
    checkVersion(`Session ${session.id}`, session.version, input.version);
    if (session.status === 'cancelled') throw new AppError('invalid_transition', `Session ${session.id} was cancelled`);
    const problems: Problem[] = [];
    const title = input.title === undefined ? session.title : checkText(input.title, 'title', 200, problems);
    let startsAt = session.starts_at;
    let endsAt = session.ends_at;
    if (input.start !== undefined || input.end !== undefined) {
      const times = checkTimes({ start: input.start ?? utcToLocal(new Date(session.starts_at), convention.time_zone), end: input.end ?? utcToLocal(new Date(session.ends_at), convention.time_zone), timeZone: convention.time_zone }, problems);
      if (times) {
        const day = utcToLocal(new Date(times.startsAt), convention.time_zone).slice(0, 10);
        if (day < convention.starts_on || day > convention.ends_on) problems.push({ path: 'start', message: `on one of the convention's days (${convention.starts_on} to ${convention.ends_on})` });
        startsAt = times.startsAt;
        endsAt = times.endsAt;
      }
    }
    failOn(problems, 'The session is not valid');
    if (title === session.title && startsAt === session.starts_at && endsAt === session.ends_at) return sessionView(session, convention.time_zone, present);
    const patch = { title, starts_at: startsAt, ends_at: endsAt, sequence: session.sequence + 1, updated_at: nowOf(ctx) };
    if (!(await updateSessionIfVersion(trx, s.org.id, session.id, session.version, patch))) throw staleWrite(`Session ${session.id}`);
    await recordAudit(trx, ctx, {
      orgId: s.org.id,
      action: 'convention.change_session',
      entityType: 'convention',
      entityId: convention.id,
      data: { sessionId: session.id, before: { title: session.title, startsAt: session.starts_at, endsAt: session.ends_at }, after: { title, startsAt, endsAt } },
    });
    return sessionView({ ...session, ...patch, version: session.version + 1 }, convention.time_zone, present);
  });
}
