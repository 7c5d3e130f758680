import { findEnrolment, listEnrolmentEvents, listEnrolments } from '../store/course.repository.js';
import { scopedOrg } from './access.js';
import { readDb, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { enrolmentFor, enrolmentNotFound } from './training-access.js';
import { enrolmentView, waitlistPositions, type EnrolmentView } from './training-views.js';

/** An enrolment with its timeline (the class's staff and instructor, or the student themselves). */
export async function getEnrolment(ctx: AppContext, org: string, id: number): Promise<EnrolmentView> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const { klass } = await enrolmentFor(db, s, id, 'read');
  const rows = await listEnrolments(db, s.org.id, klass.id);
  const row = rows.find((r) => r.id === id);
  if (!row || !(await findEnrolment(db, s.org.id, id))) throw enrolmentNotFound(id);
  const positions = waitlistPositions(rows);
  return enrolmentView(row, positions.get(id) ?? null, await listEnrolmentEvents(db, s.org.id, [id]));
}
