import { isIsoDate } from '../core/dates.js';
import type { Problem } from '../core/errors.js';
import { insertQualification } from '../store/qualification.repository.js';
import { memberFor, scopedOrg } from './access.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, todayOf, type AppContext } from './context.js';
import { checkArea } from './create-course.js';
import { checkText, failOn } from './meeting-input.js';
import { loadOrg } from './org-scope.js';
import type { MemberRef } from './refs.js';
import { qualificationView, type QualificationView } from './training-views.js';

export interface RecordQualificationInput {
  org: string;
  member: MemberRef;
  area: string;
  kind: 'qualification' | 'licence';
  title: string;
  issuer: string;
  number?: string | undefined;
  issuedOn: string;
  expiresOn?: string | null | undefined;
}

/** Records an instructor's qualification or licence in an area (issuer, number, issued, expires). */
export async function recordQualification(ctx: AppContext, input: RecordQualificationInput): Promise<QualificationView> {
  const problems: Problem[] = [];
  if (input.kind !== 'qualification' && input.kind !== 'licence') problems.push({ path: 'kind', message: 'qualification or licence' });
  const title = checkText(input.title, 'title', 200, problems);
  const issuer = checkText(input.issuer, 'issuer', 200, problems);
  const number = checkText(input.number ?? '', 'number', 100, problems, false) || null;
  if (!isIsoDate(input.issuedOn)) problems.push({ path: 'issuedOn', message: 'write YYYY-MM-DD' });
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn !== null && !isIsoDate(expiresOn)) problems.push({ path: 'expiresOn', message: 'write YYYY-MM-DD' });
  else if (expiresOn !== null && isIsoDate(input.issuedOn) && expiresOn < input.issuedOn) problems.push({ path: 'expiresOn', message: 'must not be before it was issued' });
  failOn(problems, 'The qualification is not valid');
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const member = await memberFor(trx, s, input.member, 'write_members');
    const areaProblems: Problem[] = [];
    checkArea(s.rules, input.area, areaProblems);
    failOn(areaProblems, 'The qualification is not valid');
    const q = await insertQualification(trx, { org_id: s.org.id, member_id: member.id, area: input.area, kind: input.kind, title, issuer, number, issued_on: input.issuedOn, expires_on: expiresOn, revoked_at: null, version: 1, created_at: nowOf(ctx) });
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'qualification.record', entityType: 'qualification', entityId: q.id, data: { memberId: member.id, area: input.area, kind: input.kind, issuer, issuedOn: input.issuedOn, expiresOn } });
    return qualificationView(q, todayOf(ctx));
  });
}
