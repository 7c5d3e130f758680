import { AppError } from '../core/errors.js';
import { checkinCounts, findSession, type SessionRow } from '../store/convention.repository.js';
import type { Executor } from '../store/database.js';
import type { ScopedOrg } from './access.js';
import { conventionFor, type ConventionInScope } from './convention-access.js';

export const sessionNotFound = (id: number): AppError => new AppError('not_found', `Session with id ${id} was not found`);

/** A session of a convention the actor runs; out of sight answers as missing. */
export async function sessionFor(db: Executor, s: ScopedOrg, conventionId: number, sessionId: number): Promise<ConventionInScope & { session: SessionRow; present: number }> {
  const inScope = await conventionFor(db, s, conventionId, 'run_meetings');
  const session = await findSession(db, s.org.id, sessionId);
  if (!session || session.convention_id !== inScope.convention.id) throw sessionNotFound(sessionId);
  if (inScope.convention.status === 'past' || inScope.convention.status === 'closed') throw new AppError('invalid_transition', `Convention ${inScope.convention.id} is ${inScope.convention.status}`);
  return { ...inScope, session, present: (await checkinCounts(db, s.org.id, inScope.convention.id)).get(session.id) ?? 0 };
}
