import { caseStates } from '../core/discipline/case-states.js';
import { daysBetween } from '../core/dates.js';
import { AppError } from '../core/errors.js';
import { subtreeRange } from '../core/unit-path.js';
import { findAttachment, listCases as listCaseRows, listNotices, type CaseWithBodies } from '../store/discipline.repository.js';
import { memberFor, scopedOrg, unitFor, type ScopedOrg } from './access.js';
import { caseFor, canSeeCase } from './case-access.js';
import { caseView, noticeView, type CaseDetail, type CaseView, type NoticeView } from './case-views.js';
import { caseDetail } from './case-workflow.js';
import { readDb, todayOf, type AppContext } from './context.js';
import { loadOrg } from './org-scope.js';
import { clampLimit, decodeCursor, toPage, type Page } from './pagination.js';
import type { MemberRef, UnitRef } from './refs.js';
import { sweepDiscipline } from './sweep-discipline.js';

/** Subtrees where the actor may be handling or auditing cases (undefined: everywhere). */
function caseScopes(s: ScopedOrg) {
  const roots = s.access.roots('read');
  return roots === null ? undefined : roots.map(subtreeRange);
}

export interface ListCasesQuery {
  org: string;
  within?: UnitRef | undefined;
  member?: MemberRef | undefined;
  state?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

/** Cases the actor may see, optionally of one subtree (by opening unit), member or state. */
export async function listCases(ctx: AppContext, q: ListCasesQuery): Promise<Page<CaseView>> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, q.org));
  const limit = clampLimit(q.limit);
  if (q.state !== undefined && !(caseStates as readonly string[]).includes(q.state)) {
    throw new AppError('validation_failed', `'${q.state}' is not a case state`, { problems: [{ path: 'state', message: `one of ${caseStates.join(', ')}` }] });
  }
  const within = q.within ? await unitFor(db, s, q.within, 'read') : undefined;
  const member = q.member ? await memberFor(db, s, q.member, 'read') : undefined;
  const visible: CaseWithBodies[] = [];
  let after = decodeCursor(q.cursor);
  // Visibility is finer than a subtree (an officer sees their own unit's cases only): filter, page on.
  for (;;) {
    const rows = await listCaseRows(db, s.org.id, {
      scopes: caseScopes(s),
      ownMemberId: s.access.ownMemberId,
      within: within ? subtreeRange(within.path) : undefined,
      memberId: member?.id,
      states: q.state ? [q.state] : undefined,
      afterId: after,
      limit: 200,
    });
    visible.push(...rows.filter((c) => canSeeCase(s, c)));
    if (rows.length < 200 || visible.length > limit) break;
    after = rows.at(-1)?.id;
  }
  const today = todayOf(ctx);
  return toPage(visible.slice(0, limit + 1), limit, (c) => caseView(c, today));
}

/** A case with its timeline and evidence list; what the clock has decided is written down first. */
export async function getCase(ctx: AppContext, org: string, caseId: number): Promise<CaseDetail> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  await caseFor(db, s, caseId);
  await sweepDiscipline(ctx, { orgId: s.org.id, caseId });
  return caseDetail(db, ctx, s, await caseFor(db, s, caseId));
}

/** One evidence file's bytes, for those who may see the case. */
export async function getCaseAttachment(ctx: AppContext, org: string, caseId: number, attachmentId: number): Promise<{ filename: string; contentType: string; sha256: string; content: Buffer }> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  await caseFor(db, s, caseId);
  const a = await findAttachment(db, s.org.id, caseId, attachmentId);
  if (!a) throw new AppError('not_found', `Attachment ${attachmentId} of case ${caseId} was not found`);
  return { filename: a.filename, contentType: a.content_type, sha256: a.sha256, content: Buffer.from(a.content) };
}

/** What a member has been told: only the member themselves (and system administrators) read it. */
export async function listMemberNotices(ctx: AppContext, org: string, ref: MemberRef): Promise<NoticeView[]> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, org));
  const m = await memberFor(db, s, ref, 'read');
  if (!s.access.unrestricted && !s.access.isOwnMember(m.id)) throw new AppError('forbidden', 'Only the member themselves may read their notices');
  return (await listNotices(db, s.org.id, m.id)).map(noticeView);
}

export interface CaseReport {
  asOf: string;
  total: number;
  byState: Record<string, number>;
  byPenalty: Record<string, number>;
  byUnit: { unitId: number; unitCode: string; total: number; open: number; final: number }[];
  /** Days from opening to the final outcome (final, dismissed, overturned, annulled, withdrawn). */
  daysToOutcome: { cases: number; average: number | null; median: number | null; max: number | null };
  overdue: { defence: number; ratification: number; appealWindowClosed: number };
}

/** Cases of a subtree (or everything the actor sees) by state and penalty, time to outcome, and overdue steps. */
export async function caseReport(ctx: AppContext, q: { org: string; within?: UnitRef | undefined }): Promise<CaseReport> {
  const db = readDb(ctx);
  const s = await scopedOrg(db, ctx, await loadOrg(db, q.org));
  const within = q.within ? await unitFor(db, s, q.within, 'read') : undefined;
  const today = todayOf(ctx);
  const cases: CaseWithBodies[] = [];
  for (let after: number | undefined; ; ) {
    const rows = await listCaseRows(db, s.org.id, { scopes: caseScopes(s), ownMemberId: null, within: within ? subtreeRange(within.path) : undefined, afterId: after, limit: 1000 });
    cases.push(...rows.filter((c) => canSeeCase(s, c) && !(s.access.isOwnMember(c.member_id) && !s.access.unrestricted)));
    if (rows.length < 1000) break;
    after = rows.at(-1)?.id;
  }
  const byState: Record<string, number> = {};
  const byPenalty: Record<string, number> = {};
  const byUnit = new Map<number, CaseReport['byUnit'][number]>();
  const durations: number[] = [];
  const overdue = { defence: 0, ratification: 0, appealWindowClosed: 0 };
  for (const c of cases) {
    byState[c.state] = (byState[c.state] ?? 0) + 1;
    const penalty = c.final_penalty ?? c.penalty;
    if (penalty && c.state === 'final') byPenalty[penalty] = (byPenalty[penalty] ?? 0) + 1;
    const u = byUnit.get(c.unit_id) ?? { unitId: c.unit_id, unitCode: c.unit_code, total: 0, open: 0, final: 0 };
    u.total++;
    if (c.closed_on === null) u.open++;
    if (c.state === 'final') u.final++;
    byUnit.set(c.unit_id, u);
    if (c.closed_on !== null) durations.push(daysBetween(c.opened_on, c.closed_on));
    if (c.state === 'open' && c.defence_due_on < today) overdue.defence++;
    if (c.state === 'pending_ratification') overdue.ratification++;
    if (c.state === 'appeal_window' && c.appeal_due_on !== null && c.appeal_due_on < today) overdue.appealWindowClosed++;
  }
  durations.sort((a, b) => a - b);
  const n = durations.length;
  const median = n === 0 ? null : n % 2 === 1 ? (durations[(n - 1) / 2] as number) : ((durations[n / 2 - 1] as number) + (durations[n / 2] as number)) / 2;
  return {
    asOf: today,
    total: cases.length,
    byState,
    byPenalty,
    byUnit: [...byUnit.values()].sort((a, b) => a.unitCode.localeCompare(b.unitCode)),
    daysToOutcome: { cases: n, average: n === 0 ? null : Math.round((durations.reduce((a, b) => a + b, 0) / n) * 10) / 10, median, max: n === 0 ? null : (durations[n - 1] as number) },
    overdue,
  };
}
