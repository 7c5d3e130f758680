import type { Json } from '../core/audit/canonical-json.js';
import { AppError } from '../core/errors.js';
import { deletePersonalSnapshots } from '../store/audit.repository.js';
import { erasePersonFields, findMemberById } from '../store/member.repository.js';
import { anonymizeUsersOfMember } from '../store/grant.repository.js';
import { findUnitById } from '../store/unit.repository.js';
import { eraseCaseTextsOfMember } from '../store/discipline.repository.js';
import { eraseSpeakerNames } from '../store/convention.repository.js';
import { listCases, listMemberNotices } from './case-queries.js';
import type { CaseView, NoticeView } from './case-views.js';
import { memberFor, scopedOrg } from './access.js';
import { entityAuditHistory, type AuditEventView } from './audit-queries.js';
import { recordAudit } from './audit-log.js';
import { inTransaction, nowOf, readDb, todayOf, type AppContext } from './context.js';
import { getMember, type MemberDetail } from './member-queries.js';
import { loadOrg } from './org-scope.js';
import { requireReason, type MemberRef } from './refs.js';
import { eraseTrainingOfPerson, personTrainingData, type PersonTrainingData } from './person-training.js';

export interface PersonDataExport {
  exportedAt: string;
  organization: string;
  member: MemberDetail;
  auditHistory: AuditEventView[];
  /** Disciplinary cases about the person that the requester may see (a member sees all of their own). */
  cases: CaseView[];
  /** What the person was told; only in their own export (or a system administrator's). */
  notices: NoticeView[];
  /** Courses, lessons, qualifications and certificates (person-training.ts). */
  training: PersonTrainingData;
}

/**
 * Everything held about one person, as JSON: the record, its placement, status and office
 * history, the audit events about it with the personal values they recorded, the disciplinary
 * cases about them the requester may see and the notices they received, and their training
 * (enrolments, attendance, private lessons, qualifications, certificates). A member may
 * download their own; those who may read the record may too.
 */
export async function exportPersonData(ctx: AppContext, org: string, ref: MemberRef): Promise<PersonDataExport> {
  const member = await getMember(ctx, org, ref);
  const cases = (await listCases(ctx, { org, member: { id: member.id }, limit: 500 })).items;
  const notices = await listMemberNotices(ctx, org, { id: member.id }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === 'forbidden') return [];
    throw e;
  });
  const db = readDb(ctx);
  const { org: o } = await loadOrg(db, org);
  const training = await personTrainingData(db, o.id, member.id, todayOf(ctx));
  return { exportedAt: ctx.clock().toISOString(), organization: org, member, auditHistory: await entityAuditHistory(ctx, org, 'member', member.id), cases, notices, training };
}

/**
 * Erases a person: names, birth date and contacts are removed from the member record, the search
 * key and every personal snapshot of the audit trail (their salted digests stay, so the chain still
 * verifies); accounts linked to the record are disabled and renamed; training records lose their
 * free texts and certificates their holder's name (person-training.ts). What remains is
 * pseudonymous — the member number, status and placements, meeting attendance, roster seats,
 * enrolments and lessons — so counts and history still add up. Approved minutes and proceedings
 * are not rewritten.
 */
export async function erasePerson(ctx: AppContext, input: { org: string; member: MemberRef; reason: string }): Promise<{ memberId: number; memberNo: string; erasedSnapshots: number }> {
  const reason = requireReason(input.reason);
  return inTransaction(ctx, async (trx) => {
    const s = await scopedOrg(trx, ctx, await loadOrg(trx, input.org));
    const member = await memberFor(trx, s, input.member, 'read');
    const unit = member.unit_id === null ? null : await findUnitById(trx, s.org.id, member.unit_id);
    const mayErase = s.access.unrestricted || (unit ? s.access.allows('admin', unit.path) : false);
    if (!mayErase) throw new AppError('forbidden', `Only an administrator of the member's unit may erase member '${member.member_no}'`);
    await erasePersonFields(trx, s.org.id, member.id, nowOf(ctx));
    const erasedSnapshots = await deletePersonalSnapshots(trx, s.org.id, member.id);
    // Charges, answers, grounds of appeal, evidence files and notices are about the person too.
    await eraseCaseTextsOfMember(trx, s.org.id, member.id);
    await anonymizeUsersOfMember(trx, member.id, nowOf(ctx));
    // Approved minutes and proceedings are the organization's record and stay as approved (the
    // database refuses any change); attendance, roster seats and votes keep their link to the now
    // pseudonymous member record. Copies of the name kept beside them are removed. See docs/security.md.
    await eraseSpeakerNames(trx, s.org.id, member.id);
    const { certificatesResigned } = await eraseTrainingOfPerson(trx, ctx, s.org.id, member.id);
    const data: Record<string, Json> = { memberNo: member.member_no, erasedSnapshots, certificatesResigned, on: todayOf(ctx) };
    await recordAudit(trx, ctx, { orgId: s.org.id, action: 'member.erase', entityType: 'member', entityId: member.id, reason, data });
    const after = await findMemberById(trx, s.org.id, member.id);
    return { memberId: member.id, memberNo: after?.member_no ?? member.member_no, erasedSnapshots };
  });
}

